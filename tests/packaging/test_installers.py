"""Installer inputs checked without a frozen build: icons, .desktop, AppStream, NSIS, .deb deps."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons" / "app"
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(LINUX))

import deb_depends  # noqa: E402

# --- the app icon -------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_png_icons_exist_at_each_size_with_transparent_corners(size: int) -> None:
    from PIL import Image

    with Image.open(ICONS / f"hearth-{size}.png") as im:
        assert im.size == (size, size) and im.mode == "RGBA"
        alpha = im.getchannel("A")
        assert alpha.getpixel((0, 0)) == 0  # the rounded square leaves the corner clear
        assert alpha.getpixel((size // 2, size // 2)) == 255


def test_ico_and_icns_hold_the_sizes_windows_and_macos_ask_for() -> None:
    from PIL import Image

    with Image.open(ICONS / "hearth.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "hearth.icns") as icns:
        assert icns.size == (1024, 1024)
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])


def test_committed_pngs_are_renderings_of_the_committed_svg(tmp_path: Path) -> None:
    """Editing hearth.svg without running packaging/make_icons.py would ship a stale icon."""
    from PIL import Image, ImageChops, ImageStat

    # In a child process: the renderer creates a QGuiApplication, and a process can hold only one
    # Qt application object, so doing it here would break every widget test that follows.
    fresh = tmp_path / "hearth-64.png"
    render = ("import sys; sys.path.insert(0, sys.argv[1]); import make_icons, pathlib; "
              "pathlib.Path(sys.argv[3]).write_bytes(make_icons.render_png("
              "pathlib.Path(sys.argv[2]), 64))")
    subprocess.run([sys.executable, "-c", render, str(ROOT / "packaging"),
                    str(ICONS / "hearth.svg"), str(fresh)],
                   check=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    with Image.open(fresh) as a, Image.open(ICONS / "hearth-64.png") as b:
        diff = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA"))
        # Tolerates anti-aliasing differences between Qt versions, not a changed drawing.
        assert max(ImageStat.Stat(diff).mean) < 1.0


# --- Linux desktop integration ------------------------------------------------------------------

def test_desktop_entry_launches_hearth_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "hearth.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Name"] == "Hearth"
    assert d["Exec"].split()[0] == "hearth" and d["Icon"] == "hearth"
    assert d["Terminal"] == "false"


def test_desktop_file_validate_accepts_the_entry() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    r = subprocess.run([tool, str(LINUX / "hearth.desktop")], capture_output=True, text=True)
    assert r.returncode == 0 and "error" not in r.stdout, r.stdout + r.stderr


def test_desktop_file_validate_would_catch_a_broken_entry(tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    broken = tmp_path / "hearth.desktop"
    broken.write_text((LINUX / "hearth.desktop").read_text(encoding="utf-8")
                      .replace("Type=Application", "Type=Program"), encoding="utf-8")
    assert subprocess.run([tool, str(broken)], capture_output=True).returncode != 0


def test_appstream_metadata_validates(tmp_path: Path) -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    meta = tmp_path / "org.hearth.Hearth.metainfo.xml"
    meta.write_text((LINUX / "org.hearth.Hearth.metainfo.xml").read_text(encoding="utf-8")
                    .replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-01-01"),
                    encoding="utf-8")
    r = subprocess.run([tool, "validate", "--no-net", str(meta)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


# --- Windows installer script -------------------------------------------------------------------

@pytest.fixture
def fake_payload(tmp_path: Path) -> Path:
    """A stand-in for PyInstaller's Windows onedir: the script only needs the file names."""
    src = tmp_path / "Hearth"
    (src / "_internal" / "resources").mkdir(parents=True)
    for exe in ("Hearth.exe", "hearth-cli.exe"):
        (src / exe).write_bytes(b"MZ" + bytes(64))
    (src / "_internal" / "resources" / "catalog.json").write_text("{}", encoding="utf-8")
    return src


def _makensis(*defines: str, script: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("makensis")
    if tool is None:
        pytest.skip("NSIS is not installed (apt-get install nsis)")
    return subprocess.run([tool, "-V2", "-WX", *defines, str(script)], capture_output=True,
                          text=True, timeout=120)


def test_nsis_script_compiles_to_an_installer(fake_payload: Path, tmp_path: Path) -> None:
    out = tmp_path / "Hearth-setup.exe"
    r = _makensis("-DVERSION=0.1.0", f"-DSRCDIR={fake_payload}", f"-DOUTFILE={out}",
                  script=ROOT / "packaging" / "windows" / "hearth.nsi")
    assert r.returncode == 0, r.stdout + r.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ" and b"Nullsoft" in data


def test_nsis_uninstaller_keeps_user_data_unless_asked() -> None:
    script = (ROOT / "packaging" / "windows" / "hearth.nsi").read_text(encoding="utf-8")
    data_section = next(line for line in script.splitlines()
                        if line.startswith("Section") and "un.Delete my" in line)
    assert data_section.startswith("Section /o ")  # /o: unticked unless the user ticks it
    assert 'CreateShortcut "$SMPROGRAMS\\' in script and "WriteUninstaller" in script
    assert "RequestExecutionLevel user" in script


def test_nsis_refuses_to_build_without_a_version(fake_payload: Path, tmp_path: Path) -> None:
    r = _makensis(f"-DSRCDIR={fake_payload}", f"-DOUTFILE={tmp_path / 'x.exe'}",
                  script=ROOT / "packaging" / "windows" / "hearth.nsi")
    assert r.returncode != 0 and "VERSION" in r.stdout + r.stderr


# --- .deb dependencies --------------------------------------------------------------------------

def _readelf_available() -> None:
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is not installed")


def test_deb_depends_takes_glibc_version_from_the_binaries(tmp_path: Path) -> None:
    _readelf_available()
    true = Path(shutil.which("true") or "/bin/true").resolve()
    shutil.copy2(true, tmp_path / "true")
    deps = deb_depends.compute(tmp_path)
    newest = max(deb_depends.glibc_versions(tmp_path / "true"))
    assert deps.depends[0] == f"libc6 (>= {newest[0]}.{newest[1]}" + (
        f".{newest[2]})" if newest[2] else ")")
    # Qt's xcb plugin needs these whatever the build machine had installed.
    assert {"libxcb-cursor0", "libxkbcommon-x11-0"} <= set(deps.depends)


def test_deb_depends_maps_unbundled_system_libraries_to_packages(tmp_path: Path) -> None:
    _readelf_available()
    import PySide6

    qxcb = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not qxcb.exists():
        pytest.skip("no Linux xcb plugin in this PySide6")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(qxcb, bundle / qxcb.name)
    # Pretend the Qt libraries it links to are bundled, as PyInstaller does.
    for lib in deb_depends.needed(qxcb):
        if lib.startswith(("libQt6", "libicu")):
            (bundle / lib).write_bytes(b"")
    deps = deb_depends.compute(bundle)
    assert deps.system_libs.get("libxcb.so.1") == "libxcb1"
    assert "libxcb1" in deps.depends


def test_deb_depends_fails_loudly_on_an_unknown_library(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _readelf_available()
    # As on a build machine whose dpkg does not know Qt (it came from pip).
    monkeypatch.setattr(deb_depends, "dpkg_package", lambda soname: None)
    import PySide6

    qxcb = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not qxcb.exists():
        pytest.skip("no Linux xcb plugin in this PySide6")
    shutil.copy2(qxcb, tmp_path / qxcb.name)  # its Qt libraries are *not* bundled here
    with pytest.raises(SystemExit, match="libQt6"):
        deb_depends.compute(tmp_path)
