#!/usr/bin/env bash
# English and French translations are complete: re-extracting every tr() string from the sources into copies
# of the committed .ts files leaves nothing unfinished.
set -euo pipefail
src=${1:?source dir}
lupdate=${2:-lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src"/translations/marketdesk_*.ts "$work/"
(cd "$src" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -I . -I services -I app app ui models services \
    -ts "$work"/marketdesk_*.ts)
status=0
for ts in "$work"/marketdesk_*.ts; do
    name=$(basename "$ts")
    total=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$total" -eq 0 ]; then
        echo "$name: no messages extracted"
        status=1
    elif [ "$unfinished" -ne 0 ]; then
        echo "$name: $unfinished of $total messages untranslated or new (update translations/$name with lupdate, then translate):"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /' | head -n 40
        status=1
    else
        echo "$name: $total messages, all translated"
    fi
done
exit $status
