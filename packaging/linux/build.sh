#!/usr/bin/env bash
# Build the Linux desktop bundle with PyInstaller, then a tarball and a .deb, and self-test it.
#
#   packaging/linux/build.sh [--clean] [--no-bench]
#
# Needs: python3 >= 3.11 (with its shared library, as Debian's and pyenv's are), dpkg-deb, and
# for the self-test and the start-up benchmark xvfb-run and xdotool (installed with apt-get when
# run as root and missing). Makes its own virtual environment in build/linux/venv (--clean
# starts over). Results in dist/: samenleren_<version>_<arch>.deb and
# samenleren-<version>-linux-<machine>.tar.gz. Prints their sizes and the start-up ratio.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
BUILD="$ROOT/build/linux"
DIST="$ROOT/dist"
PYTHON="${PYTHON:-python3}"
CLEAN=0 BENCH=1
for arg in "$@"; do
  case "$arg" in
    --clean) CLEAN=1 ;;
    --no-bench) BENCH=0 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
started=$(date +%s)

need_tools() {  # install missing Debian tools when we may; otherwise say what is missing
  local missing=()
  command -v dpkg-deb >/dev/null || missing+=(dpkg)
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  command -v xdotool >/dev/null || missing+=(xdotool)
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Install first: sudo apt-get install ${missing[*]}" >&2; exit 1
  fi
}

need_runtime_libraries() {  # the .deb's Depends, so the bundle can open a window here too
  local packages missing=()
  packages=$(dpkg-deb -f "$DEB" Depends | sed -e 's/([^)]*)//g' -e 's/,/ /g')
  for pkg in $packages; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The benchmark needs: sudo apt-get install ${missing[*]}" >&2; exit 1
  fi
}

logged() {  # run a noisy step with its output in build/linux/<name>.log, shown only on failure
  local name="$1"
  shift
  "$@" >"$BUILD/$name.log" 2>&1 || { cat "$BUILD/$name.log"; echo "failed: $*" >&2; exit 1; }
}

make_venv() {
  [ "$CLEAN" = 1 ] && rm -rf "$BUILD"
  mkdir -p "$BUILD"
  if [ ! -x "$BUILD/venv/bin/pyinstaller" ]; then
    "$PYTHON" -m venv "$BUILD/venv"
    logged pip "$BUILD/venv/bin/pip" install --upgrade pip
  fi
  echo "== build venv (log: build/linux/pip.log)"
  logged pip "$BUILD/venv/bin/pip" install ".[desktop]" "pyinstaller>=6.10,<7"
  # A clean copy of the package each time: stale files in setuptools' build/lib would be bundled.
  rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
  logged pip "$BUILD/venv/bin/pip" install --force-reinstall --no-deps .
}

VERSION=""
freeze() {
  VERSION=$("$BUILD/venv/bin/python" -c "import samenleren_desktop as s; print(s.__version__)")
  "$BUILD/venv/bin/python" "$HERE/make_icons.py" "$BUILD/icons" >/dev/null
  echo "== PyInstaller (log: build/linux/pyinstaller.log)"
  SAMENLEREN_ICON="$BUILD/icons/samenleren-256.png" SAMENLEREN_VERSION="$VERSION" \
    logged pyinstaller "$BUILD/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$ROOT/packaging/samenleren.spec"
}

install_tree() {  # $1: a root folder; lays out /opt, /usr/bin and the desktop integration
  local root="$1" share="$1/usr/share"
  mkdir -p "$root/opt" "$root/usr/bin" "$share/applications" "$share/metainfo" \
    "$share/doc/samenleren" "$share/samenleren"
  cp -a "$BUILD/dist/samenleren" "$root/opt/samenleren"
  ln -s /opt/samenleren/samenleren "$root/usr/bin/samenleren"
  install -m 644 "$HERE/nl.samenleren.Desktop.desktop" "$share/applications/"
  install -m 644 "$HERE/nl.samenleren.Desktop.metainfo.xml" "$share/metainfo/"
  for png in "$BUILD"/icons/samenleren-*.png; do
    size=$(basename "$png" .png); size=${size#samenleren-}
    install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/nl.samenleren.Desktop.png"
  done
  install -D -m 644 "$ROOT/packaging/icons/samenleren.svg" \
    "$share/icons/hicolor/scalable/apps/nl.samenleren.Desktop.svg"
  install -m 644 "$HERE/config.toml.example" "$share/samenleren/config.toml.example"
  install -m 644 "$HERE/copyright" "$share/doc/samenleren/copyright"
}

make_deb() {
  local stage="$BUILD/deb" arch
  arch=$(dpkg --print-architecture)
  rm -rf "$stage"
  install_tree "$stage"
  mkdir -p "$stage/DEBIAN"
  sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$arch/" \
    -e "s/@DEPENDS@/$("$HERE/deb_depends.sh" "$BUILD/dist/samenleren")/" \
    -e "s/@SIZE@/$(du -sk "$stage" | cut -f1)/" "$HERE/control.in" >"$stage/DEBIAN/control"
  mkdir -p "$DIST"
  DEB="$DIST/samenleren_${VERSION}_${arch}.deb"
  dpkg-deb --root-owner-group -Zxz --build "$stage" "$DEB" >/dev/null
}

make_tarball() {
  local stage="$BUILD/tar/samenleren-$VERSION"
  rm -rf "$BUILD/tar"
  install_tree "$stage"
  rm "$stage/usr/bin/samenleren"
  install -m 755 "$HERE/tarball-install.sh" "$stage/install.sh"
  TARBALL="$DIST/samenleren-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$BUILD/tar" -czf "$TARBALL" "samenleren-$VERSION"
}

need_tools
make_venv
freeze
make_deb
make_tarball
echo "== self-test of the frozen bundle (not the source tree)"
(cd "$BUILD" && env -u DISPLAY -u WAYLAND_DISPLAY "$BUILD/dist/samenleren/samenleren" --self-test)
echo "== results (build took $(($(date +%s) - started)) s)"
printf '%-60s %8s\n' "bundle folder $BUILD/dist/samenleren" "$(du -sh "$BUILD/dist/samenleren" | cut -f1)"
printf '%-60s %8s\n' "$DEB" "$(du -h "$DEB" | cut -f1)"
printf '%-60s %8s\n' "$TARBALL" "$(du -h "$TARBALL" | cut -f1)"
if [ "$BENCH" = 1 ]; then
  need_runtime_libraries
  "$BUILD/venv/bin/python" "$HERE/bench_start.py" "$BUILD/dist/samenleren/samenleren"
fi
