#!/usr/bin/env bash
# Back up the sync server's PostgreSQL database (run daily, e.g. from a systemd timer or cron).
#
#   packaging/server/backup.sh [DATABASE_URL] [FOLDER]
#
# DATABASE_URL: the server's SAMENLEREN_DATABASE (postgresql+psycopg://... is accepted), default
# from /etc/samenleren-server/server.env. FOLDER: default /var/backups/samenleren-server.
# Writes samenleren-<date>-<time>.dump (pg_dump's custom format: compressed, restorable table by
# table), checks it can be read back, and keeps the newest KEEP (default 14) dumps.
set -euo pipefail
ENV_FILE="${ENV_FILE:-/etc/samenleren-server/server.env}"
URL="${1:-}"
if [ -z "$URL" ] && [ -r "$ENV_FILE" ]; then
  URL=$(sed -n 's/^SAMENLEREN_DATABASE=//p' "$ENV_FILE" | tail -n1)
fi
[ -n "$URL" ] || { echo "usage: backup.sh DATABASE_URL [FOLDER]" >&2; exit 2; }
case "$URL" in
  postgresql*) ;;
  *) echo "not a PostgreSQL URL: $URL (for SQLite: sqlite3 FILE '.backup KOPIE')" >&2; exit 2 ;;
esac
URL="${URL/+psycopg/}"  # libpq does not know SQLAlchemy's driver suffix
FOLDER="${2:-/var/backups/samenleren-server}"
KEEP="${KEEP:-14}"
mkdir -p "$FOLDER"
chmod 700 "$FOLDER"
TARGET="$FOLDER/samenleren-$(date +%Y%m%d-%H%M%S).dump"
pg_dump --format=custom --compress=6 --no-owner --file="$TARGET.part" "$URL"
pg_restore --list "$TARGET.part" >/dev/null  # readable, not truncated
mv "$TARGET.part" "$TARGET"
ls -1t "$FOLDER"/samenleren-*.dump | tail -n +"$((KEEP + 1))" | xargs -r rm --
echo "$TARGET ($(du -h "$TARGET" | cut -f1))"
