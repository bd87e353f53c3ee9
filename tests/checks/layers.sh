#!/usr/bin/env bash
# Lower layers never include higher ones: services ← models ← ui ← app.
set -euo pipefail
cd "${1:?source dir}"
status=0
check() {
    local layer=$1 pattern=$2
    if grep -rnE "^\s*#\s*include\s*[\"<](\.\./)*($pattern)/" "$layer" --include='*.cpp' --include='*.h'; then
        echo "^ $layer/ must not include $pattern/"
        status=1
    fi
}
check services 'models|ui|app'
check models 'ui|app'
check ui 'app'
# Inside services/, a folder includes its own tier or lower ones only:
#   core, domain, logging, net  ←  storage, secrets  ←  providers  ←  auth, inventory, fulfilment,
#   notifications  ←  sync
declare -A tier=([core]=0 [domain]=0 [logging]=0 [net]=0 [storage]=1 [secrets]=1 [providers]=2 [auth]=3
    [inventory]=3 [fulfilment]=3 [notifications]=3 [accounts]=3 [sync]=4)
for dir in services/*/; do
    folder=$(basename "$dir")
    if [ -z "${tier[$folder]+set}" ]; then
        echo "services/$folder/ has no tier: add it to tests/checks/layers.sh"
        status=1
        continue
    fi
    while IFS=: read -r file line include; do
        target=$(sed -E 's/^[^"]*"([a-z]+)\/.*$/\1/' <<<"$include")
        [ -n "${tier[$target]+set}" ] || continue
        if [ "${tier[$target]}" -gt "${tier[$folder]}" ]; then
            echo "$file:$line: services/$folder/ must not include $target/ (a higher tier)"
            status=1
        fi
    done < <(grep -rnE '^\s*#\s*include\s*"[a-z]+/' "$dir" --include='*.cpp' --include='*.h' || true)
done
# services and models stay free of widgets (their CMake targets do not link Qt6::Widgets either).
if grep -rnE '^\s*#\s*include\s*<(QtWidgets/|QWidget>|QApplication>|QMainWindow>|QDialog>|QMessageBox>)' services models; then
    echo "^ services/ and models/ must not use widgets"
    status=1
fi
[ $status -eq 0 ] && echo "layers respected"
exit $status
