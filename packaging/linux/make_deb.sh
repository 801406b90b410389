#!/usr/bin/env bash
# Package a frozen Hearth (dist/Hearth) as a .deb: /opt/hearth, /usr/bin/hearth, a menu entry,
# hicolor icons and AppStream metadata. Needs dpkg-deb and readelf; no root, no fakeroot.
# Usage: make_deb.sh ONEDIR VERSION OUT_DIR [VARIANT]     (VARIANT: cpu, cuda, vulkan...)
# HEARTH_DEB_COMPRESSION: xz (default: smallest, ~6 min on 2 cores) or zstd (~12 s, ~20% larger;
# dpkg reads zstd from Debian 12 / Ubuntu 22.04 on, the oldest systems the app runs on anyway).
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: $0 ONEDIR VERSION OUT_DIR [VARIANT]" >&2; exit 2; }
onedir=$(cd "$1" && pwd)
version=$2
out_dir=$3
variant=${4:-cpu}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-python3}

[ -x "$onedir/Hearth" ] || { echo "$onedir/Hearth is missing: build the app first" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed (apt-get install dpkg)" >&2; exit 1; }

package=hearth
[ "$variant" = cpu ] || package=hearth-$variant
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkgroot=$stage/$package

install -d "$pkgroot/opt/hearth" "$pkgroot/usr/bin" "$pkgroot/DEBIAN"
cp -a "$onedir/." "$pkgroot/opt/hearth/"
ln -s /opt/hearth/Hearth "$pkgroot/usr/bin/hearth"
install -Dm644 "$here/hearth.desktop" "$pkgroot/usr/share/applications/hearth.desktop"
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$root/resources/icons/app/hearth-$size.png" \
        "$pkgroot/usr/share/icons/hicolor/${size}x${size}/apps/hearth.png"
done
install -Dm644 "$root/resources/icons/app/hearth.svg" \
    "$pkgroot/usr/share/icons/hicolor/scalable/apps/hearth.svg"
install -d "$pkgroot/usr/share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
    "$here/org.hearth.Hearth.metainfo.xml" > "$pkgroot/usr/share/metainfo/org.hearth.Hearth.metainfo.xml"
install -d "$pkgroot/usr/share/doc/$package"
cat > "$pkgroot/usr/share/doc/$package/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Hearth
Comment: /opt/hearth bundles Python, Qt (LGPL-3.0), llama.cpp (MIT) and the Python packages
 Hearth depends on, each under its own licence; see /opt/hearth/_internal.

Files: *
License: Apache-2.0
EOF

# Catch a broken menu entry or metadata here rather than on a user's desktop.
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$pkgroot/usr/share/applications/hearth.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic \
        "$pkgroot/usr/share/metainfo/org.hearth.Hearth.metainfo.xml" >&2
fi

# Files 0644, folders and executables 0755, whatever the umask of the build machine was.
find "$pkgroot" -type d -exec chmod 0755 {} +
find "$pkgroot" -type f -exec chmod u+rw,go+r,go-w {} +

deps=$("$python" "$here/deb_depends.py" "$pkgroot/opt/hearth")
installed_kb=$(du -sk --exclude=DEBIAN "$pkgroot" | cut -f1)
description="Private, offline chat with gpt-oss models"
variant_lines=""
if [ "$variant" != cpu ]; then
    description="$description ($variant build)"
    variant_lines="Provides: hearth
Conflicts: hearth
Replaces: hearth"
fi
{
    echo "Package: $package"
    echo "Version: $version"
    echo "Architecture: $arch"
    echo "Maintainer: Hearth developers <hearth@localhost>"
    echo "Installed-Size: $installed_kb"
    echo "$deps"
    [ -z "$variant_lines" ] || echo "$variant_lines"
    echo "Section: utils"
    echo "Priority: optional"
    echo "Description: $description"
    echo " Hearth downloads one of OpenAI's open-weight gpt-oss models once and then"
    echo " chats with it entirely on this computer: conversations stay in a local"
    echo " database and nothing leaves the machine except the model download."
} > "$pkgroot/DEBIAN/control"

mkdir -p "$out_dir"
deb=$out_dir/${package}_${version}_${arch}.deb
case "${HEARTH_DEB_COMPRESSION:-xz}" in
    xz) compression=(-Zxz -z6) ;;
    zstd) compression=(-Zzstd -z9) ;;
    *) echo "HEARTH_DEB_COMPRESSION must be xz or zstd" >&2; exit 2 ;;
esac
dpkg-deb --root-owner-group "${compression[@]}" --build "$pkgroot" "$deb" >/dev/null
echo "$deb"
