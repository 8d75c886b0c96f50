#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite.
# Usage: bash .ci/test.sh [PRESET]   ("default": Debug under AddressSanitizer + UBSan, what CI runs;
#                                     "debug": the same without sanitizers; "release")
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
step() {
    local name="$1" t=$SECONDS
    shift
    "$@"
    echo "[test.sh ${preset}] ${name}: $((SECONDS - t)) s" >&2
}

step "packages" bash .ci/deps.sh
step "configure" cmake --preset "$preset"
step "build" cmake --build --preset "$preset" -j "$(nproc)"
if [ "$preset" = default ] && command -v clang-format >/dev/null 2>&1; then
    step "format" cmake --build --preset "$preset" --target check-format
fi
step "tests" ctest --preset "$preset" -j "$(nproc)"
