#!/usr/bin/env bash
# Install the built .deb as an administrator would, self-test it on a real X display, remove it.
#
#   sudo packaging/linux/smoke_test.sh [dist/samenleren_<version>_<arch>.deb]
#
# 1. `dpkg -i` (the missing Qt xcb libraries are then pulled in with `apt-get -f install`);
# 2. the installed desktop entry and AppStream file validate;
# 3. a machine-wide file (through SAMENLEREN_CONFIG, so /etc stays untouched) locks a value;
# 4. a local sync server with an organisation and a user (samenleren-server from SERVER_BIN,
#    default .venv/bin or /tmp/venv/bin), and `samenleren --self-test --server URL` under
#    xvfb-run: every screen on the xcb platform, a PDF, and one sync;
# 5. `dpkg -r`, and a check that nothing of the program is left.
# Must run as root (it installs a package). Exit status 0 when all of it worked.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEB="${1:-$(ls -t "$ROOT"/dist/samenleren_*.deb | head -n1)}"
[ "$(id -u)" = 0 ] || { echo "run as root (installs $DEB)" >&2; exit 1; }
SERVER_BIN="${SERVER_BIN:-}"
for candidate in "$ROOT/.venv/bin/samenleren-server" /tmp/venv/bin/samenleren-server; do
  [ -z "$SERVER_BIN" ] && [ -x "$candidate" ] && SERVER_BIN="$candidate"
done
[ -n "$SERVER_BIN" ] || { echo "no samenleren-server: pip install '.[server]'" >&2; exit 1; }
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

echo "== dpkg -i $(basename "$DEB")"
if ! dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1; then
  grep -E "depends on|dependency problems" "$WORK/dpkg.log" | head -n 5 || true
  echo "   (missing dependencies: apt-get -f install)"
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >/dev/null
fi
dpkg -s samenleren | grep -E "^(Status|Version):"
test "$(readlink -f /usr/bin/samenleren)" = /opt/samenleren/samenleren
samenleren --version
# A validator that is installed must pass; one that is missing is only reported.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/nl.samenleren.Desktop.desktop
else
  echo "   (desktop-file-validate not installed)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/nl.samenleren.Desktop.metainfo.xml >/dev/null
else
  echo "   (appstreamcli not installed)"
fi

echo "== a local sync server with organisation and user"
PORT=$((20000 + RANDOM % 20000))
DB="sqlite:///$WORK/server.db"
printf 'rook-test-wachtwoord-42\n' >"$WORK/wachtwoord"
"$SERVER_BIN" admin --database "$DB" create-org "Stichting Rooktest"
"$SERVER_BIN" admin --database "$DB" create-user --org "Stichting Rooktest" --role begeleider \
  --username rooktest --password-file "$WORK/wachtwoord"
"$SERVER_BIN" serve --database "$DB" --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done

echo "== samenleren --self-test --server (installed program, xcb on Xvfb, as a plain user)"
cat >"$WORK/config.toml" <<EOF
server_url = "http://127.0.0.1:$PORT"
organisation = "Stichting Rooktest"
autolock_minutes = 3
locked = ["autolock_minutes"]
EOF
chmod -R a+rX "$WORK"
RUN=(env HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" TMPDIR="$WORK/tmp"
  SAMENLEREN_CONFIG="$WORK/config.toml" SAMENLEREN_SYNC_USER=rooktest
  SAMENLEREN_SYNC_PASSWORD_FILE="$WORK/wachtwoord" QT_QPA_PLATFORM=xcb)
mkdir -p "$WORK/home" "$WORK/tmp"
if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
  chown -R nobody "$WORK/home" "$WORK/tmp"
  RUN=(setpriv --reuid=nobody --regid=nogroup --clear-groups "${RUN[@]}")
fi
"${RUN[@]}" xvfb-run -a -s "-screen 0 1280x800x24" samenleren --self-test \
  --server "http://127.0.0.1:$PORT" | tee "$WORK/selftest.log"
grep -q "^ok  Synchronisatie" "$WORK/selftest.log"
grep -q "^ok  Beheerbestand: .*vastgezet: autolock_minutes" "$WORK/selftest.log"
"$SERVER_BIN" admin --database "$DB" list-devices --username rooktest

echo "== dpkg -r samenleren"
dpkg -r samenleren >/dev/null
if [ -e /opt/samenleren ] || [ -e /usr/bin/samenleren ] ||
  [ -e /usr/share/applications/nl.samenleren.Desktop.desktop ]; then
  echo "files of the program were left behind" >&2; exit 1
fi
echo "Rooktest geslaagd: geïnstalleerd, zelftest met synchronisatie, verwijderd."
