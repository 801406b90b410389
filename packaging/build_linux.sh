#!/usr/bin/env bash
# Build Hearth for Linux from a checkout: the onedir app, a .tar.gz and a .deb (and an AppImage
# with --appimage), smoke-testing the app and the unpacked .deb with --self-test, offscreen.
#
#   packaging/build_linux.sh [--appimage] [--skip-deb] [--variant cpu|cuda]
#
# llama.cpp ships with every x86-64 CPU variant as a module and the Vulkan module (cpu, the
# standard build), plus CUDA (cuda): compiled once into $HEARTH_BUILD/llama-runtime-*, reused.
# HEARTH_LLAMA_RUNTIME=venv ships the venv's own llama_cpp libraries instead (quick).
# Python: $HEARTH_VENV, else the checkout's .venv (scripts/test.sh makes it), else build/venv
# (created). Outputs go to $HEARTH_DIST (default dist/), scratch to $HEARTH_BUILD (default
# build/). HEARTH_DEB_COMPRESSION=zstd makes a quick .deb.
set -euo pipefail
# shellcheck source=packaging/common.sh
source "$(dirname "$0")/common.sh"

appimage=0
deb=1
while [ $# -gt 0 ]; do
    case $1 in
        --appimage) appimage=1 ;;
        --skip-deb) deb=0 ;;
        --variant) VARIANT=${2:?--variant needs a value}; shift ;;
        --variant=*) VARIANT=${1#*=} ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        *) die "unknown option: $1 (see --help)" ;;
    esac
    shift
done
[ "$HOST_OS" = linux ] || die "build_linux.sh runs on Linux; use build_macos.sh or build_windows.sh"
export HEARTH_VARIANT=$VARIANT

t0=$(now)
setup_python
prepare_llama_runtime
version=$(hearth_version)
suffix=""
[ "$VARIANT" = cpu ] || suffix="-$VARIANT"
# The self-test loads no layer on a GPU: it runs on the CPU module picked for this CPU.
read -ra expect <<< "$(smoke_args)"

t1=$(now)
run_pyinstaller
t2=$(now)
smoke_test "$DIST/Hearth/Hearth" "${expect[@]}"
t3=$(now)

step "Archive"
tarball=$DIST/Hearth-$version-linux-$HOST_ARCH$suffix.tar.gz
tar -C "$DIST" -czf "$tarball" Hearth
t4=$(now)

deb_file=""
if [ "$deb" = 1 ]; then
    step "Debian package"
    deb_file=$(PYTHON=$PY bash "$ROOT/packaging/linux/make_deb.sh" "$DIST/Hearth" "$version" "$DIST" "$VARIANT")
    step "Smoke test of the .deb unpacked with dpkg -x"
    scratch=$(mktemp -d)
    dpkg -x "$deb_file" "$scratch"
    smoke_test "$scratch/opt/hearth/Hearth" "${expect[@]}"
    rm -rf "$scratch"
fi
t5=$(now)

image=""
if [ "$appimage" = 1 ]; then
    step "AppImage"
    image=$(bash "$ROOT/packaging/linux/make_appimage.sh" "$DIST/Hearth" "$version" "$DIST" "$VARIANT")
    APPIMAGE_EXTRACT_AND_RUN=1 smoke_test "$image" "${expect[@]}"
fi
t6=$(now)

step "Done: Hearth $version ($VARIANT) for Linux $HOST_ARCH"
{
    echo "onedir    $(size_of "$DIST/Hearth")  $DIST/Hearth"
    echo "tar.gz    $(size_of "$tarball")  $tarball"
    [ -z "$deb_file" ] || echo "deb       $(size_of "$deb_file")  $deb_file"
    [ -z "$image" ] || echo "AppImage  $(size_of "$image")  $image"
    echo "seconds   setup $((t1 - t0)), pyinstaller $((t2 - t1)), smoke test $((t3 - t2)),"\
         "tar.gz $((t4 - t3)), deb+test $((t5 - t4)), appimage $((t6 - t5)), total $((t6 - t0))"
} | tee "$DIST/build-summary-linux$suffix.txt"
