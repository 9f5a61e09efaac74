#!/usr/bin/env bash
# Extract the tr() strings of samenleren_desktop/ui into translations/samenleren_<lang>.ts and
# compile each to .qm. Translate new strings with pyside6-linguist (or in the .ts), then run this
# again so the .qm follows. Both the .ts and the .qm are committed.
# Uses pyside6-lupdate/-lrelease from PATH, else from .venv/bin (LUPDATE/LRELEASE override).
set -euo pipefail
cd "$(dirname "$0")/.."
tool() {
  if command -v "$1" >/dev/null; then command -v "$1"; else echo ".venv/bin/$1"; fi
}
LUPDATE="${LUPDATE:-$(tool pyside6-lupdate)}"
LRELEASE="${LRELEASE:-$(tool pyside6-lrelease)}"
mapfile -t SOURCES < <(find samenleren_desktop/ui -name '*.py' | sort)
for lang in ${LANGUAGES:-en}; do
  ts="translations/samenleren_${lang}.ts"
  "$LUPDATE" -no-obsolete -locations relative -source-language nl -target-language "$lang" \
    "${SOURCES[@]}" -ts "$ts"
  "$LRELEASE" "$ts" -qm "${ts%.ts}.qm"
done
