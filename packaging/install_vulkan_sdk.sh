#!/usr/bin/env bash
# Install LunarG's Vulkan SDK (headers, loader import library, glslc) for building llama.cpp's
# Vulkan module. Its headers must be 1.3.261 or newer (ggml-vulkan uses vk::LayerSettingEXT);
# ubuntu-22.04 ships 1.3.204 and Windows has none. On a GitHub runner the SDK's folder reaches
# the later steps through GITHUB_ENV (VULKAN_SDK, which CMake's FindVulkan reads) and GITHUB_PATH.
#
#   packaging/install_vulkan_sdk.sh [VERSION]        (default 1.4.309.0)
#
# Elsewhere it prints the two lines to export. Debian 12 developers: see docs/packaging.md for
# newer headers without the SDK.
set -euo pipefail
# shellcheck source=packaging/common.sh
source "$(dirname "$0")/common.sh"

version=${1:-1.4.309.0}
base=https://sdk.lunarg.com/sdk/download/$version
scratch=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
case "$HOST_OS/$HOST_ARCH" in
    linux/x86_64)
        step "Vulkan SDK $version (Linux tarball)"
        mkdir -p "$scratch/VulkanSDK"
        curl -fsSL --retry 3 "$base/linux/vulkansdk-linux-x86_64-$version.tar.xz" \
            | tar -xJ -C "$scratch/VulkanSDK"
        sdk=$scratch/VulkanSDK/$version/x86_64
        ;;
    windows/x86_64)
        step "Vulkan SDK $version (Windows installer)"
        curl -fsSL --retry 3 -o "$scratch/vulkan-sdk.exe" \
            "$base/windows/VulkanSDK-$version-Installer.exe"
        sdk="C:\\VulkanSDK\\$version"
        # Qt installer framework options; the runtime (vulkan-1.dll) comes with it.
        MSYS_NO_PATHCONV=1 "$scratch/vulkan-sdk.exe" --root "$sdk" --accept-licenses \
            --default-answer --confirm-command install
        ;;
    *) die "no Vulkan SDK download for $HOST_OS/$HOST_ARCH" ;;
esac
if [ -n "${GITHUB_ENV:-}" ]; then
    echo "VULKAN_SDK=$sdk" >> "$GITHUB_ENV"
    echo "$sdk/bin" >> "$GITHUB_PATH"
else
    echo "export VULKAN_SDK='$sdk' PATH=\"$sdk/bin:\$PATH\""
fi
