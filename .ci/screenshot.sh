#!/usr/bin/env bash
# Makes docs/screenshot.png with the app itself: a 100,000-contact sample vault, the GUI on a virtual
# X display, `confidant --screenshot`. Usage: bash .ci/screenshot.sh [OUTPUT.png] [CONTACTS]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/screenshot.png}")"
contacts="${2:-100000}"

bash .ci/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target confidant confidant-cli
bin="$PWD/build/release/app"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CACHE_HOME="$tmp/home/.cache"
mkdir -p "$HOME"
pass='a screenshot passphrase'
printf '%s\n' "$pass" | "$bin/confidant-cli" --vault "$tmp/vault" --passphrase-stdin init >/dev/null
printf '%s\n' "$pass" | "$bin/confidant-cli" --vault "$tmp/vault" --passphrase-stdin sample-data --contacts "$contacts" --seed 7 >/dev/null
printf '%s\n' "$pass" | xvfb-run -a -s "-screen 0 1366x800x24" \
    "$bin/confidant" --vault "$tmp/vault" --passphrase-stdin --screenshot "$out"
echo "Wrote $out"
