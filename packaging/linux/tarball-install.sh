#!/usr/bin/env bash
# Install Samen Leren from this unpacked tarball, for machines without dpkg (run as root).
#
#   sudo ./install.sh [PREFIX]      (PREFIX defaults to /usr/local; the bundle goes to /opt)
#   sudo ./install.sh --uninstall [PREFIX]
#
# The Qt xcb libraries must be installed by the system's package manager: see docs/admin.md.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ "${1:-}" = "--uninstall" ]; then
  PREFIX="${2:-/usr/local}"
  rm -rf /opt/samenleren "$PREFIX/bin/samenleren" "$PREFIX/share/samenleren" \
    "$PREFIX/share/doc/samenleren" \
    "$PREFIX/share/applications/nl.samenleren.Desktop.desktop" \
    "$PREFIX/share/metainfo/nl.samenleren.Desktop.metainfo.xml"
  find "$PREFIX/share/icons/hicolor" -name 'nl.samenleren.Desktop.*' -delete 2>/dev/null || true
  echo "Samen Leren is verwijderd (/etc/samenleren en de werkruimtes van gebruikers blijven staan)."
  exit 0
fi
PREFIX="${1:-/usr/local}"
rm -rf /opt/samenleren
cp -a "$HERE/opt/samenleren" /opt/samenleren
mkdir -p "$PREFIX/bin" "$PREFIX/share"
ln -sf /opt/samenleren/samenleren "$PREFIX/bin/samenleren"
cp -a "$HERE/usr/share/." "$PREFIX/share/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$PREFIX/share/icons/hicolor" 2>/dev/null || true
echo "Samen Leren is geïnstalleerd: $PREFIX/bin/samenleren"
