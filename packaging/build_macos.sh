#!/usr/bin/env bash
# Build Hearth for macOS: Hearth.app and a .dmg, signed and notarized when the secrets listed in
# packaging/macos/signing.sh are set (skipped, with a note, when they are not). Smoke-tests the
# app with --self-test offscreen, before and after it goes into the .dmg.
#
#   packaging/build_macos.sh [--variant metal|cpu]     (default: metal on arm64, cpu on Intel)
#
# Needs Python 3.11+ and the Xcode command line tools. Outputs in $HEARTH_DIST (default dist/).
set -euo pipefail
# shellcheck source=packaging/common.sh
source "$(dirname "$0")/common.sh"
# shellcheck source=packaging/macos/signing.sh
source "$ROOT/packaging/macos/signing.sh"

if [ -z "${HEARTH_VARIANT:-}" ]; then
    VARIANT=cpu
    [ "$HOST_ARCH" != arm64 ] || VARIANT=metal
fi
while [ $# -gt 0 ]; do
    case $1 in
        --variant) VARIANT=${2:?--variant needs a value}; shift ;;
        --variant=*) VARIANT=${1#*=} ;;
        -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
        *) die "unknown option: $1 (see --help)" ;;
    esac
    shift
done
[ "$HOST_OS" = macos ] || die "build_macos.sh runs on macOS"
export HEARTH_VARIANT=$VARIANT
trap signing_cleanup EXIT

t0=$(now)
setup_python
prepare_llama_runtime
version=$(hearth_version)
signed=0
if signing_wanted; then
    signing_setup
    signed=1
fi

t1=$(now)
run_pyinstaller
app=$DIST/Hearth.app
[ -d "$app" ] || die "PyInstaller did not make $app"
if [ "$signed" = 1 ]; then
    step "Signing $app"
    sign_app "$app"
fi
t2=$(now)
# The self-test puts no layer on the GPU (CI's virtual Macs may have no Metal device): it runs
# on the CPU module picked for this CPU, and again with the lowest one forced.
read -ra expect <<< "$(smoke_args)"
smoke_test "$app/Contents/MacOS/Hearth" "${expect[@]}"
t3=$(now)

step "Disk image"
dmg=$DIST/Hearth-$version-macos-$HOST_ARCH.dmg
[ "$VARIANT" = metal ] || [ "$VARIANT" = cpu ] || dmg=${dmg%.dmg}-$VARIANT.dmg
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Hearth $version" -srcfolder "$staging" -ov -format UDZO "$dmg" >/dev/null
rm -rf "$staging"
notarized=0
if [ "$signed" = 1 ]; then
    sign_file "$dmg"
    if notarize_wanted; then
        notarize "$dmg"
        notarized=1
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    fi
fi
t4=$(now)

step "Smoke test from the mounted .dmg"
mount=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
status=0
smoke_test "$mount/Hearth.app/Contents/MacOS/Hearth" || status=$?
hdiutil detach "$mount" >/dev/null || hdiutil detach -force "$mount" >/dev/null
[ "$status" = 0 ] || die "the app inside the .dmg failed its smoke test"
t5=$(now)

step "Done: Hearth $version ($VARIANT) for macOS $HOST_ARCH"
{
    echo "app    $(size_of "$app")  $app"
    echo "dmg    $(size_of "$dmg")  $dmg  (signed: $signed, notarized: $notarized)"
    echo "seconds  setup $((t1 - t0)), pyinstaller+sign $((t2 - t1)), smoke test $((t3 - t2)),"\
         "dmg $((t4 - t3)), dmg test $((t5 - t4)), total $((t5 - t0))"
} | tee "$DIST/build-summary-macos-$VARIANT.txt"
