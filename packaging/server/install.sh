#!/usr/bin/env bash
# Install the Samen Leren sync server on a Linux machine with systemd (run as root).
#
#   sudo packaging/server/install.sh [SOURCE]     SOURCE: this checkout (default) or a wheel
#
# Creates the system user "samenleren", a virtual environment in /opt/samenleren-server with
# the Qt-free `server` extra, /etc/samenleren-server/server.env (kept when it exists) and the
# systemd unit. Running it again upgrades the program in place (then: systemctl restart).
# PREFIX (default /opt/samenleren-server), SYSTEMD_DIR (default /etc/systemd/system), ETC
# (default /etc/samenleren-server) and BACKUPS (default /var/backups/samenleren-server) can be
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
# The service runs as samenleren: a venv made from a Python in a private folder (pyenv under
# /root, say) cannot start. Debian's /usr/bin/python3 works.
if ! runuser -u samenleren -- "$PREFIX/bin/python" -c "" 2>/dev/null; then
  echo "user samenleren cannot run $PREFIX/bin/python (-> $(readlink -f "$PREFIX/bin/python"))." >&2
  echo "Remove $PREFIX and run again with PYTHON=/usr/bin/python3." >&2; exit 1
fi
"$PREFIX/bin/pip" install -q --upgrade pip
"$PREFIX/bin/pip" install -q "$SOURCE[server]"  # a folder or a .whl, with the server extra
if "$PREFIX/bin/python" -c "import PySide6" 2>/dev/null; then
  echo "PySide6 was installed with the server: remove it from $PREFIX" >&2; exit 1
fi
install -d -m 755 "$PREFIX/share"
install -m 644 "$HERE/../../docs/admin.md" "$PREFIX/share/admin.md" 2>/dev/null || true
install -d -m 750 -g samenleren "$ETC"
[ -e "$ETC/server.env" ] || install -m 640 -g samenleren "$HERE/server.env" "$ETC/server.env"
# backup.sh and restore.sh where the samenleren user can run them (a checkout in a home folder
# is often unreadable to it), and backup.sh's default folder, written by that user
install -m 755 "$HERE/backup.sh" "$PREFIX/bin/samenleren-server-backup"
install -m 755 "$HERE/restore.sh" "$PREFIX/bin/samenleren-server-restore"
install -d -m 700 -o samenleren -g samenleren "${BACKUPS:-/var/backups/samenleren-server}"
install -D -m 644 "$HERE/samenleren-server.service" "$SYSTEMD_DIR/samenleren-server.service"
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  echo "Start met: systemctl enable --now samenleren-server"
else
  echo "systemd draait hier niet: start met $PREFIX/bin/samenleren-server serve"
fi
"$PREFIX/bin/samenleren-server" --version
