#!/usr/bin/env bash
# Package a frozen Hearth (dist/Hearth) as an AppImage. Needs appimagetool, which no package
# registry carries: pass its path in $APPIMAGETOOL, or let this script download the release
# build from GitHub (CI runners can; a machine without internet cannot).
# Usage: make_appimage.sh ONEDIR VERSION OUT_DIR [VARIANT]
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: $0 ONEDIR VERSION OUT_DIR [VARIANT]" >&2; exit 2; }
onedir=$(cd "$1" && pwd)
version=$2
out_dir=$3
variant=${4:-cpu}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
arch=$(uname -m)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tool=${APPIMAGETOOL:-}
if [ -z "$tool" ]; then
    tool=$work/appimagetool
    url=https://github.com/AppImage/appimagetool/releases/download/continuous/appimagetool-$arch.AppImage
    echo "Downloading $url" >&2
    curl -fsSL --retry 3 -o "$tool" "$url"
    chmod +x "$tool"
fi
# No FUSE on CI runners and in containers: let AppImages (the tool, and later Hearth's own)
# extract themselves to a temporary folder instead of mounting.
export APPIMAGE_EXTRACT_AND_RUN=1

appdir=$work/Hearth.AppDir
install -d "$appdir/usr/lib" "$appdir/usr/bin"
cp -a "$onedir" "$appdir/usr/lib/hearth"
ln -s ../lib/hearth/Hearth "$appdir/usr/bin/hearth"
cat > "$appdir/AppRun" <<'EOF'
#!/bin/sh
# The AppImage runtime sets $APPDIR to where the image is mounted or extracted.
here=${APPDIR:-$(dirname "$(readlink -f "$0")")}
exec "$here/usr/lib/hearth/Hearth" "$@"
EOF
chmod 0755 "$appdir/AppRun"
install -Dm644 "$here/hearth.desktop" "$appdir/hearth.desktop"
install -Dm644 "$here/hearth.desktop" "$appdir/usr/share/applications/hearth.desktop"
install -Dm644 "$root/resources/icons/app/hearth-256.png" "$appdir/hearth.png"
ln -s hearth.png "$appdir/.DirIcon"
for size in 16 32 48 64 128 256 512; do
    install -Dm644 "$root/resources/icons/app/hearth-$size.png" \
        "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/hearth.png"
done
install -d "$appdir/usr/share/metainfo"
# appimagetool validates AppStream files under the name <id>.appdata.xml as well.
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
    "$here/org.hearth.Hearth.metainfo.xml" > "$appdir/usr/share/metainfo/org.hearth.Hearth.appdata.xml"

suffix=""
[ "$variant" = cpu ] || suffix="-$variant"
mkdir -p "$out_dir"
image=$(cd "$out_dir" && pwd)/Hearth-$version-$arch$suffix.AppImage
ARCH=$arch VERSION=$version "$tool" --no-appstream "$appdir" "$image" >&2
echo "$image"
