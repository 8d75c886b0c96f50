#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite.
# Usage: bash .ci/test.sh [PRESET]   (default: "default"; "asan" for AddressSanitizer + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"

bash .ci/deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
if [ "$preset" = default ] && command -v clang-format >/dev/null 2>&1; then
    cmake --build --preset "$preset" --target check-format
fi
ctest --preset "$preset" -j "$(nproc)"
