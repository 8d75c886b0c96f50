#!/usr/bin/env bash
# Installs what Confidant needs to build, test and run on Debian 12, and nothing that is already there.
# Idempotent; uses sudo when not run as root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config git ca-certificates
    libssl-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 qt6-charts-dev libqt6opengl6-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus dbus-bin dbus-daemon
    xvfb xauth fonts-dejavu-core
    clang-format
    clang libclang-rt-14-dev # .ci/fuzz.sh: libFuzzer; clang only recommends its runtime
    python3-jsonschema
    tzdata # tests read dates in America/Los_Angeles (TestDateInput, TestCliAgreement)
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# npm fetches the pinned SQLCipher amalgamation; any npm on PATH will do.
if ! command -v npm >/dev/null 2>&1; then
    missing+=(npm)
fi

if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
