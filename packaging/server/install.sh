#!/usr/bin/env bash
# Install the Samen Leren sync server on a Linux machine with systemd (run as root).
#
#   sudo packaging/server/install.sh [SOURCE]     SOURCE: this checkout (default) or a wheel
#
# Creates the system user "samenleren", a virtual environment in /opt/samenleren-server with
# the Qt-free `server` extra, /etc/samenleren-server/server.env (kept when it exists) and the
# systemd unit. Running it again upgrades the program in place (then: systemctl restart).
# PREFIX (default /opt/samenleren-server) and SYSTEMD_DIR (default /etc/systemd/system) can be
# set for a trial installation elsewhere.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SOURCE="${1:-$(cd "$HERE/../.." && pwd)}"
PREFIX="${PREFIX:-/opt/samenleren-server}"
SYSTEMD_DIR="${SYSTEMD_DIR:-/etc/systemd/system}"
ETC="${ETC:-/etc/samenleren-server}"
PYTHON="${PYTHON:-python3}"
[ "$(id -u)" = 0 ] || { echo "Voer uit als root (sudo)." >&2; exit 1; }

id samenleren >/dev/null 2>&1 ||
  useradd --system --home-dir /var/lib/samenleren-server --shell /usr/sbin/nologin samenleren
[ -x "$PREFIX/bin/pip" ] || "$PYTHON" -m venv "$PREFIX"
"$PREFIX/bin/pip" install -q --upgrade pip
"$PREFIX/bin/pip" install -q "$SOURCE[server]"  # a folder or a .whl, with the server extra
if "$PREFIX/bin/python" -c "import PySide6" 2>/dev/null; then
  echo "PySide6 was installed with the server: remove it from $PREFIX" >&2; exit 1
fi
install -d -m 755 "$PREFIX/share"
install -m 644 "$HERE/../../docs/admin.md" "$PREFIX/share/admin.md" 2>/dev/null || true
install -d -m 750 -g samenleren "$ETC"
[ -e "$ETC/server.env" ] || install -m 640 -g samenleren "$HERE/server.env" "$ETC/server.env"
install -D -m 644 "$HERE/samenleren-server.service" "$SYSTEMD_DIR/samenleren-server.service"
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  echo "Start met: systemctl enable --now samenleren-server"
else
  echo "systemd draait hier niet: start met $PREFIX/bin/samenleren-server serve"
fi
"$PREFIX/bin/samenleren-server" --version
