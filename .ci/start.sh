#!/usr/bin/env bash
# Installs what is missing, builds Confidant and launches it on the default vault
# (~/.local/share/confidant/vault; the first start walks you through creating it).
# Extra arguments go to the app, e.g. `bash .ci/start.sh --vault ~/work-vault`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target confidant confidant-cli
app="build/release/app/confidant"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Confidant on a virtual X display (xvfb-run)." >&2
    exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
