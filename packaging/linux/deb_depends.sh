#!/usr/bin/env bash
# Print the Depends line of the .deb for a PyInstaller bundle folder ($1).
#
# The Qt xcb platform plugin's libraries are always named (they are loaded at run time, so a
# machine without them shows no window at all). Every other shared library that a file in the
# bundle needs from outside it is looked up with ldd and mapped to its Debian package with
# dpkg -S, like dpkg-shlibdeps does. glibc gets a lower bound: the version the bundle was
# built against.
set -euo pipefail
bundle="$1"
fixed=(libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libegl1
  libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0)
found=()
while IFS= read -r lib; do
  real=$(readlink -f "$lib")
  for candidate in "$real" "/usr$real" "${real#/usr}"; do
    if pkg=$(dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1); then
      found+=("$pkg"); break
    fi
  done
done < <(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 -r env LD_LIBRARY_PATH="$bundle/_internal" ldd 2>/dev/null |
  awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$bundle" | sort -u)
glibc=$(dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)
{ printf '%s\n' "${fixed[@]}" "${found[@]}"; } | grep -v '^libc6$' | sort -u |
  awk -v g="$glibc" 'BEGIN {printf "libc6 (>= %s)", g} {printf ", %s", $0} END {print ""}'
