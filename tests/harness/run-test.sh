#!/bin/sh
# Runs one test binary in isolation: a private HOME and XDG directories (no test touches the
# user's settings, keychain or journal) and, with --keyring, a private D-Bus session with an
# unlocked gnome-keyring-daemon so QtKeychain talks to a real Secret Service.
set -eu
keyring=0
if [ "${1:-}" = "--keyring" ]; then keyring=1; shift; fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cw-test.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT INT TERM

export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
       XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export CW_TEST_TMPDIR="$tmp"

status=0
if [ "$keyring" = 1 ]; then
    # The daemon reads the unlock password from stdin and creates the login keyring on first use.
    dbus-run-session -- sh -c '
        printf "%s" cw-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@" || status=$?
else
    "$@" || status=$?
fi
exit "$status"
