#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret Service)
# and a throw-away HOME, so keychain tests use the real keychain and never touch the user's.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -eu
if [ -z "${CONFIDANT_IN_KEYRING_SESSION:-}" ]; then
    export CONFIDANT_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
tmp_home=$(mktemp -d "${TMPDIR:-/tmp}/confidant-home.XXXXXX")
trap 'rm -rf "$tmp_home"' EXIT
export HOME="$tmp_home"
export XDG_DATA_HOME="$tmp_home/.local/share"
export XDG_CONFIG_HOME="$tmp_home/.config"
export XDG_CACHE_HOME="$tmp_home/.cache"
export XDG_RUNTIME_DIR="$tmp_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A non-empty password creates and unlocks the login keyring without a prompt.
eval "$(printf 'confidant-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
exit "$status"
