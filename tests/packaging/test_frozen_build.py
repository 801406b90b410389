"""The real Linux build: packaging/build_linux.sh freezes the app and packages it, then the frozen
app, the .deb unpacked into a scratch root and the AppImage's AppDir each pass --self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),  # PyInstaller and packaging: ~3-6 minutes on 2 busy cores
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb"),
]


@dataclass
class Build:
    dist: Path
    log: str
    # Scratch space for copies of the ~280 MB app, removed with the build (not left to pytest's
    # tmp retention, which would keep three runs of them).
    scratch: Path

    @property
    def app(self) -> Path:
        return self.dist / "Hearth" / "Hearth"

    @property
    def deb(self) -> Path:
        return next(self.dist.glob("hearth_*.deb"))


def _runtime() -> Path | None:
    """A llama.cpp runtime with every CPU variant (and Vulkan) made before, to ship; without one
    the build ships the test venv's own libraries (compiling a runtime takes 15-40 minutes)."""
    env = os.environ.get("HEARTH_TEST_LLAMA_RUNTIME")
    if env:
        return Path(env)
    found = sorted(ROOT.glob("build/llama-runtime-*/runtime.json"))
    return found[-1].parent if found else None


RUNTIME = _runtime()


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEARTH_HOME": str(home),
            "HF_HUB_OFFLINE": "1"}


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    work = tmp_path_factory.mktemp("frozen")
    env = {**os.environ,
           "HEARTH_DIST": str(work / "dist"), "HEARTH_BUILD": str(work / "build"),
           # The venv running these tests already has everything: no pip, no compiling.
           "HEARTH_VENV": sys.prefix,
           "HEARTH_LLAMA_RUNTIME": str(RUNTIME) if RUNTIME else "venv",
           "HEARTH_DEB_COMPRESSION": "zstd"}  # xz takes ~6 minutes on 2 cores
    r = subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=1700)
    log = r.stdout + r.stderr
    assert r.returncode == 0, log[-6000:]
    (work / "scratch").mkdir()
    yield Build(work / "dist", log, work / "scratch")
    # ~800 MB of build output: pytest would keep the last three runs of it in /tmp.
    shutil.rmtree(work, ignore_errors=True)


def test_build_script_made_onedir_tarball_and_deb(build: Build) -> None:
    assert build.app.is_file() and os.access(build.app, os.X_OK)
    assert (build.dist / "Hearth" / "_internal" / "resources" / "catalog.json").is_file()
    assert (build.dist / "Hearth" / "_internal" / "app" / "core" /
            "openai-gpt-oss-120b.jinja").is_file()
    tarball = build.dist / f"Hearth-{VERSION}-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as tar:
        assert "Hearth/Hearth" in tar.getnames()
    summary = (build.dist / "build-summary-linux.txt").read_text(encoding="utf-8")
    assert "onedir" in summary and "deb" in summary
    # The script smoke-tested the onedir app and the unpacked .deb itself (with a runtime of CPU
    # variants, once more with the lowest variant forced).
    passed = "6 passed, 0 failed" if RUNTIME else "5 passed, 0 failed"
    assert build.log.count(passed) == 2, build.log[-4000:]


def test_llama_libraries_are_bundled_and_only_the_qt_modules_used(build: Build) -> None:
    internal = build.dist / "Hearth" / "_internal"
    libs = {p.name for p in (internal / "llama_cpp" / "lib").iterdir()}
    assert "libllama.so" in libs and any(n.startswith("libggml") for n in libs)
    if RUNTIME:
        assert {"libggml-cpu-x64.so", "libggml-cpu-haswell.so", "libggml-cpu-skylakex.so",
                "libggml-cpu-zen4.so"} <= libs
        assert not any(n.startswith("libvulkan") for n in libs)  # the system's loader
        assert not list(internal.glob("libvulkan*"))
    qt = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= qt
    assert not qt & {"QtQml", "QtQuick", "QtWebEngineCore", "QtPdf", "QtMultimedia"}, qt


def test_frozen_app_passes_its_self_test_offscreen(build: Build, tmp_path: Path) -> None:
    r = subprocess.run([str(build.app), "--self-test"], env=_env(tmp_path), cwd=tmp_path,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("OK: ") and " on CPU" in r.stdout
    if RUNTIME:  # names the variant it picked, and takes a forced lower one
        assert ", variant " in r.stdout and "(the best this CPU runs)" in r.stdout
        forced = subprocess.run([str(build.app), "--self-test"],
                                env={**_env(tmp_path), "HEARTH_CPU_VARIANT": "x64"},
                                cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert forced.returncode == 0 and "on CPU (x64)" in forced.stdout, forced.stderr


def test_frozen_app_runs_every_subcommand_it_was_built_with(build: Build, tmp_path: Path) -> None:
    """Subcommands are discovered with pkgutil: a module PyInstaller missed would vanish."""
    r = subprocess.run([str(build.app), "--help"], env=_env(tmp_path), capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    commands = sorted(p.stem.replace("_", "-") for p in (ROOT / "app" / "commands").glob("*.py")
                      if p.stem != "__init__" and "def register(" in p.read_text("utf-8"))
    assert commands and all(name in r.stdout for name in commands), (commands, r.stdout)


def test_deb_installs_into_a_scratch_root_and_runs(build: Build, tmp_path: Path) -> None:
    fields = {f: subprocess.run(["dpkg-deb", "-f", str(build.deb), f], capture_output=True,
                                text=True, check=True).stdout.strip()
              for f in ("Package", "Version", "Depends")}
    assert fields["Package"] == "hearth" and fields["Version"] == VERSION
    assert "libxcb-cursor0" in fields["Depends"] and "libc6 (>= 2." in fields["Depends"]
    root = build.scratch / "deb-root"
    subprocess.run(["dpkg", "-x", str(build.deb), str(root)], check=True)
    assert os.readlink(root / "usr" / "bin" / "hearth") == "/opt/hearth/Hearth"
    assert (root / "usr" / "share" / "applications" / "hearth.desktop").is_file()
    assert (root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" /
            "hearth.png").is_file()
    home = tmp_path / "home"
    r = subprocess.run([str(root / "opt" / "hearth" / "Hearth"), "--self-test"],
                       env=_env(home), cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("OK: ")


def test_appimage_recipe_makes_an_appdir_whose_apprun_starts_the_app(
        build: Build, tmp_path: Path) -> None:
    """appimagetool itself cannot be had here (CI downloads it); a stand-in that turns the AppDir
    into a runnable image the way the AppImage runtime does checks everything else."""
    fake = tmp_path / "appimagetool"
    fake.write_text(
        '#!/bin/sh\n[ "$1" = --no-appstream ] && shift\n'
        'cp -a "$1" "$2.AppDir"\n'
        'printf \'#!/bin/sh\\nAPPDIR="%s" exec "%s/AppRun" "$@"\\n\' \\\n'
        '    "$2.AppDir" "$2.AppDir" > "$2"\n'
        'chmod +x "$2"\n', encoding="utf-8")
    fake.chmod(0o755)
    out = build.scratch / "appimage"
    r = subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "make_appimage.sh"),
                        str(build.dist / "Hearth"), VERSION, str(out)],
                       env={**os.environ, "APPIMAGETOOL": str(fake)}, capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    image = Path(r.stdout.strip().splitlines()[-1])
    appdir = Path(f"{image}.AppDir")
    assert (appdir / "hearth.desktop").is_file() and (appdir / ".DirIcon").exists()
    r = subprocess.run([str(image), "--self-test"], env=_env(tmp_path / "home"),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and r.stdout.startswith("OK: "), r.stdout + r.stderr
