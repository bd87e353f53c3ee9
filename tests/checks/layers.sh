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
# services and models stay free of widgets (their CMake targets do not link Qt6::Widgets either).
if grep -rnE '^\s*#\s*include\s*<(QtWidgets/|QWidget>|QApplication>|QMainWindow>|QDialog>|QMessageBox>)' services models; then
    echo "^ services/ and models/ must not use widgets"
    status=1
fi
[ $status -eq 0 ] && echo "layers respected"
exit $status
