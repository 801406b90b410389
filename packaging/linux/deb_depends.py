"""Work out a frozen Hearth's Debian dependencies from the ELF files it actually contains.

PyInstaller bundles most shared libraries but leaves the C library, OpenGL/EGL, libxcb, libdrm and
Wayland to the system (they must match the host's drivers and display server). Which ones stay
outside depends on the build machine, so the .deb's Depends are computed, not hand-kept:
`python deb_depends.py DIR` prints `Depends:` and `Recommends:` lines for DEBIAN/control.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# Sonames provided by the C library package; the version comes from the GLIBC_x.y symbols used.
GLIBC_SONAMES = frozenset({
    "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libresolv.so.2",
    "libutil.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "ld-linux-armhf.so.3",
})

# Debian/Ubuntu package of each system library a frozen PySide6 + llama.cpp app links to. Used
# before asking dpkg, so the result does not depend on what the build machine has installed.
KNOWN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdrm.so.2": "libdrm2",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libgomp.so.1": "libgomp1",
    "libvulkan.so.1": "libvulkan1",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
}

# Qt's xcb platform plugin needs these at run time (Qt >= 6.5: libxcb-cursor0). Whether the
# build machine had them, and so whether PyInstaller bundled a copy, must not decide the package.
ALWAYS_DEPENDS = ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
                  "libfontconfig1", "libdbus-1-3")

# Only an optional plugin (the GTK platform theme, for native file dialogs) links to these.
RECOMMENDS_ONLY = frozenset({"libgtk-3-0"})
# Not linked, but the Chinese UI needs a CJK font from the system (Qt finds it through
# fontconfig); recommended so a minimal install without one still gets it.
ALWAYS_RECOMMENDS = ("fonts-noto-cjk",)

_GLIBC_VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


@dataclass
class Dependencies:
    depends: list[str] = field(default_factory=list)
    recommends: list[str] = field(default_factory=list)
    glibc: str = "2.17"
    # soname -> package for each library the bundle needs from the system
    system_libs: dict[str, str] = field(default_factory=dict)

    def control_lines(self) -> str:
        lines = [f"Depends: {', '.join(self.depends)}"]
        if self.recommends:
            lines.append(f"Recommends: {', '.join(self.recommends)}")
        return "\n".join(lines)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def needed(path: Path) -> list[str]:
    """DT_NEEDED entries of one ELF file (readelf from binutils)."""
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True,
                         check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def glibc_versions(path: Path) -> Iterable[tuple[int, ...]]:
    """The GLIBC_x.y symbol versions one ELF file requires."""
    out = subprocess.run(["readelf", "-V", "-W", str(path)], capture_output=True, text=True,
                         check=False).stdout
    for major, minor, patch in _GLIBC_VERSION.findall(out):
        yield (int(major), int(minor), int(patch or 0))


def dpkg_package(soname: str) -> str | None:
    """The installed package that ships `soname`, if dpkg knows one."""
    try:
        out = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True,
                             check=False).stdout
    except OSError:
        return None
    for line in out.splitlines():
        pkg = line.split(":", 1)[0].split(",")[0].strip()
        if pkg and not pkg.endswith("-dev"):
            return pkg
    return None


def compute(root: Path) -> Dependencies:
    files = elf_files(root)
    if not files:
        raise SystemExit(f"no ELF files under {root}: is it a frozen app?")
    bundled = {p.name for p in root.rglob("*")}
    system: set[str] = set()
    newest: tuple[int, ...] = (2, 17)
    for path in files:
        system.update(lib for lib in needed(path) if lib not in bundled)
        newest = max([newest, *glibc_versions(path)])
    shown = newest if len(newest) > 2 and newest[2] else newest[:2]
    deps = Dependencies(glibc=".".join(str(n) for n in shown))
    unknown: list[str] = []
    for soname in sorted(system - GLIBC_SONAMES):
        pkg = KNOWN_PACKAGES.get(soname) or dpkg_package(soname)
        if pkg is None:
            unknown.append(soname)
            continue
        deps.system_libs[soname] = pkg
    if unknown:
        raise SystemExit("no Debian package known for " + ", ".join(unknown)
                         + ": add them to KNOWN_PACKAGES in packaging/linux/deb_depends.py")
    packages = set(deps.system_libs.values()) | set(ALWAYS_DEPENDS)
    deps.depends = [f"libc6 (>= {deps.glibc})"] + sorted(packages - RECOMMENDS_ONLY)
    deps.recommends = sorted((packages & RECOMMENDS_ONLY) | set(ALWAYS_RECOMMENDS))
    return deps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("onedir", type=Path, help="the frozen app folder (dist/Hearth)")
    parser.add_argument("--explain", action="store_true",
                        help="also list each system library and its package")
    args = parser.parse_args(argv)
    deps = compute(args.onedir)
    print(deps.control_lines())
    if args.explain:
        for soname, pkg in sorted(deps.system_libs.items()):
            print(f"# {soname} -> {pkg}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
