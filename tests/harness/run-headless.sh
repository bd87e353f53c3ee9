#!/usr/bin/env bash
# Runs the whole ctest suite headless, isolated from the user's own session:
#   - a private HOME and XDG folders (nothing is written to the real ones),
#   - its own D-Bus session (dbus-run-session) with an unlocked gnome-keyring, so keychain tests use the real
#     Secret Service,
#   - its own X display (Xvfb), so GUI tests create real windows;
# PostgreSQL is started and stopped by ctest's "postgres" fixture (tests/harness/pg-ctl.sh).
#
#   tests/harness/run-headless.sh BUILD_DIR [ctest options…]
set -euo pipefail

build=$(cd "${1:?usage: run-headless.sh BUILD_DIR [ctest options…]}" && pwd)
shift

if [ -z "${MARKETDESK_HARNESS_INNER:-}" ]; then
    sandbox=$(mktemp -d /tmp/marketdesk-harness.XXXXXX)
    trap 'rm -rf "$sandbox"' EXIT
    mkdir -p "$sandbox/home" "$sandbox/runtime"
    chmod 700 "$sandbox/runtime"
    export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_CONFIG_HOME="$sandbox/home/.config"
    export XDG_DATA_HOME="$sandbox/home/.local/share" XDG_CACHE_HOME="$sandbox/home/.cache"
    export MARKETDESK_HARNESS_INNER=1 MARKETDESK_HARNESS_SANDBOX="$sandbox"
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    # Not exec: the trap above cleans the sandbox when the inner run ends.
    dbus-run-session -- "$0" "$build" "$@"
    exit $?
fi

# Inside the private D-Bus session: unlock a fresh keyring (the password only protects this throwaway keyring).
eval "$(printf 'marketdesk-harness\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

# A private X display; -displayfd picks a free display number.
displayfile="$MARKETDESK_HARNESS_SANDBOX/display"
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$displayfile" 2>"$MARKETDESK_HARNESS_SANDBOX/xvfb.log" &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    [ -s "$displayfile" ] && break
    sleep 0.1
done
if [ ! -s "$displayfile" ]; then
    echo "harness: Xvfb did not start:" >&2
    cat "$MARKETDESK_HARNESS_SANDBOX/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$(head -n1 "$displayfile")"
export QT_QPA_PLATFORM=xcb

echo "harness: D-Bus $DBUS_SESSION_BUS_ADDRESS, keyring unlocked, display $DISPLAY"
# Benchmarks (label "benchmark") are not part of the pass/fail run; ask for them with -L benchmark.
select=(-LE benchmark)
for arg in "$@"; do
    case "$arg" in -L | -L* | --label-regex*) select=() ;; esac
done
ctest --test-dir "$build" --output-on-failure --timeout 300 "${select[@]}" "$@"
