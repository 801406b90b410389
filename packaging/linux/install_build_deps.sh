#!/usr/bin/env bash
# Install what packaging/build_linux.sh needs on Debian/Ubuntu: a compiler and CMake for
# llama-cpp-python, the X11/EGL libraries Qt loads (also offscreen), dpkg-deb and the checkers
# for the .desktop and AppStream files, and the Vulkan loader with Mesa's drivers (lavapipe, a
# CPU-backed Vulkan device, for testing the Vulkan module without a GPU). The Vulkan headers and
# glslc come from packaging/install_vulkan_sdk.sh. Run as root or with sudo available.
set -euo pipefail
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends \
    build-essential cmake git curl file binutils dpkg-dev \
    python3-venv \
    libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 \
    desktop-file-utils appstream \
    libvulkan1 mesa-vulkan-drivers
