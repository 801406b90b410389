#!/usr/bin/env bash
# Build Hearth for Windows: the onedir app (Hearth.exe, windowed, and hearth-cli.exe, console)
# and an NSIS installer, smoke-testing the frozen app with --self-test offscreen.
# Run from Git Bash (it comes with Git for Windows) with Python 3.11+, NSIS (makensis on PATH or
# in Program Files) and, for CUDA, the CUDA toolkit. GitHub's windows runners have all but CUDA.
#
#   packaging/build_windows.sh [--variant cpu|cuda]   (cpu: every CPU variant + Vulkan)
#
# Python: as build_linux.sh ($HEARTH_VENV, .venv or build/venv). Outputs in $HEARTH_DIST (dist/).
set -euo pipefail
# shellcheck source=packaging/common.sh
source "$(dirname "$0")/common.sh"

while [ $# -gt 0 ]; do
    case $1 in
        --variant) VARIANT=${2:?--variant needs a value}; shift ;;
        --variant=*) VARIANT=${1#*=} ;;
        -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
        *) die "unknown option: $1 (see --help)" ;;
    esac
    shift
done
[ "$HOST_OS" = windows ] || die "build_windows.sh runs on Windows (Git Bash)"
export HEARTH_VARIANT=$VARIANT

find_makensis() {
    local candidate
    for candidate in makensis "/c/Program Files (x86)/NSIS/makensis.exe" \
        "/c/Program Files/NSIS/makensis.exe"; do
        if command -v "$candidate" >/dev/null 2>&1; then echo "$candidate"; return 0; fi
    done
    return 1
}
makensis=$(find_makensis) || die "NSIS is not installed: winget install NSIS.NSIS (or choco install nsis)"

t0=$(now)
setup_python
prepare_llama_runtime
version=$(hearth_version)
suffix=""
[ "$VARIANT" = cpu ] || suffix="-$VARIANT"

t1=$(now)
run_pyinstaller
t2=$(now)
# The self-test puts no layer on a GPU: it runs on the CPU module picked for this CPU, and
# again with the lowest one forced.
read -ra expect <<< "$(smoke_args)"
smoke_test "$DIST/Hearth/hearth-cli.exe" "${expect[@]}"
# The windowed exe has no console to print to, but its exit status still tells.
step "Self-test of the windowed Hearth.exe"
QT_QPA_PLATFORM=offscreen HEARTH_HOME=$(cygpath -w "$(mktemp -d)") "$DIST/Hearth/Hearth.exe" --self-test
t3=$(now)

step "NSIS installer"
setup=$DIST/Hearth-$version-windows-x64$suffix-setup.exe
# -D, not /D: Git Bash rewrites arguments that start with / into Windows paths.
"$makensis" -V2 -WX -DVERSION="$version" -DVARIANT="$VARIANT" \
    -DSRCDIR="$(cygpath -w "$DIST/Hearth")" -DOUTFILE="$(cygpath -w "$setup")" \
    "$(cygpath -w "$ROOT/packaging/windows/hearth.nsi")"
t4=$(now)

step "Silent install into a scratch folder, smoke test, silent uninstall"
scratch=$(mktemp -d)
# NSIS options look like paths to Git Bash: pass them through untouched. /D= must come last;
# _?= makes the uninstaller run in place and so finish before this script goes on.
MSYS_NO_PATHCONV=1 "$setup" /S "/D=$(cygpath -w "$scratch/Hearth")"
smoke_test "$scratch/Hearth/hearth-cli.exe"
MSYS_NO_PATHCONV=1 "$scratch/Hearth/Uninstall.exe" /S "_?=$(cygpath -w "$scratch/Hearth")"
[ ! -e "$scratch/Hearth/_internal" ] || die "the uninstaller left $scratch/Hearth/_internal behind"
t5=$(now)

step "Done: Hearth $version ($VARIANT) for Windows x64"
{
    echo "onedir     $(size_of "$DIST/Hearth")  $DIST/Hearth"
    echo "installer  $(size_of "$setup")  $setup"
    echo "seconds    setup $((t1 - t0)), pyinstaller $((t2 - t1)), smoke tests $((t3 - t2)),"\
         "nsis $((t4 - t3)), install test $((t5 - t4)), total $((t5 - t0))"
} | tee "$DIST/build-summary-windows$suffix.txt"
