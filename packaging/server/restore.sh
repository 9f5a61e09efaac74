#!/usr/bin/env bash
# Restore a backup made by backup.sh into a PostgreSQL database (stop the server first).
#
#   packaging/server/restore.sh DUMP DATABASE_URL
#
# The database must exist (createdb); what is in it is replaced (--clean). Afterwards the server
# gets a new epoch, so every laptop pulls everything again from the restored state at its next
# sync instead of trusting its cursor (which may point past the backup). Changes that laptops
# had already sent after the backup was made are not on the server any more: see docs/admin.md.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: restore.sh DUMP DATABASE_URL" >&2; exit 2; }
DUMP="$1"
URL="${2/+psycopg/}"
pg_restore --list "$DUMP" >/dev/null
pg_restore --clean --if-exists --no-owner --exit-on-error --single-transaction \
  --dbname="$URL" "$DUMP"
EPOCH=$(python3 -c "import uuid; print(uuid.uuid4().hex)")
psql --quiet --set ON_ERROR_STOP=1 --dbname="$URL" \
  --command="UPDATE sync_counter SET epoch = '$EPOCH'"
echo "Teruggezet uit $DUMP; nieuw server-epoch $EPOCH (laptops halen alles opnieuw op)."
