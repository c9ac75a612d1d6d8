#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those that are missing. Idempotent.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev
  libtiff-dev nlohmann-json3-dev libzip-dev zlib1g-dev zip unzip
  libopencv-core-dev libopencv-imgproc-dev libopencv-dnn-dev
  xvfb xauth xdotool x11-apps imagemagick fonts-dejavu-core
)

# `install-deps.sh hardening` adds what scripts/hardening.sh needs (clang's libFuzzer and sanitizers).
if [[ "${1:-}" == hardening ]]; then
  PACKAGES+=(clang libclang-rt-14-dev llvm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing missing packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
