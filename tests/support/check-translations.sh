#!/bin/sh
# Fails when a shipped translation is incomplete: runs lupdate over the sources into copies of the
# committed .ts files and counts unfinished or missing messages.
# Usage: check-translations.sh LUPDATE SOURCE_DIR TS_FILE...
set -eu
lupdate="$1"
src="$2"
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$src/core" "$src/ui" "$src/app" -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<source>' "$copy" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$(basename "$ts"): $unfinished of $total messages untranslated; run the confidant_core_lupdate target and translate them"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
        status=1
    elif [ "$total" -eq 0 ]; then
        echo "$(basename "$ts"): no messages at all"
        status=1
    else
        echo "$(basename "$ts"): all $total messages translated"
    fi
done
exit "$status"
