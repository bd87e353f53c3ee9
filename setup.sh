#!/usr/bin/env bash
# Marketdesk's one setup script, for a Debian 12 machine (root, or a user with sudo).
#
#   ./setup.sh run  [marketdesk options…]   install what is missing, build, start Marketdesk
#   ./setup.sh test [ctest options…]        install what is missing, build, run every test headless
#
# Both are idempotent: packages already installed are not touched, and the build is incremental.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

mode=${1:-run}
[ $# -gt 0 ] && shift

# What building and running needs.
app_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev qt6-qpa-plugins libgl-dev
    qtkeychain-qt6-dev libspdlog-dev libqt6sql6-sqlite libqt6sql6-psql
    gnome-keyring dbus
)
# What the headless test run adds: its own PostgreSQL server, X display, D-Bus session and keyring, the format
# check, and an independent reader of the printed barcodes (zbarimg, on PDF pages rendered by pdftoppm).
test_packages=(postgresql xvfb xauth dbus-x11 clang-format zbar-tools poppler-utils)

install_missing() {
    local missing=()
    for package in "$@"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != "installed" ]; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Node.js runs the GraphQL contract check (graphql-js). Installed by command, not by package name, so a machine
# that already has Node.js from elsewhere keeps it.
install_node() {
    local missing=()
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    [ ${#missing[@]} -eq 0 ] || install_missing "${missing[@]}"
    if [ ! -d tests/contracts/node_modules ] || [ tests/contracts/package-lock.json -nt tests/contracts/node_modules ]; then
        npm ci --prefix tests/contracts --no-audit --no-fund --loglevel=error
        touch tests/contracts/node_modules
    fi
}

build() {
    if [ ! -f build/CMakeCache.txt ]; then
        cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DMARKETDESK_WERROR=ON -DMARKETDESK_FORCE_ASSERTS=ON
    fi
    cmake --build build
}

case "$mode" in
run)
    install_missing "${app_packages[@]}"
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: Marketdesk is built (build/bin/marketdesk) but there is no display to show it on;" \
            "run it from a desktop session." >&2
        exit 1
    fi
    exec build/bin/marketdesk --demo "$@"
    ;;
test)
    install_missing "${app_packages[@]}" "${test_packages[@]}"
    install_node
    build
    exec tests/harness/run-headless.sh build "$@"
    ;;
*)
    echo "usage: $0 run [marketdesk options…] | $0 test [ctest options…]" >&2
    exit 2
    ;;
esac
