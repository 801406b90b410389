"""packaging/llama_runtime.py gathers the libraries that ship: the wheel's and the backend modules
CMake built but pip did not install; the PyInstaller hook then ships that folder."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from llama_runtime import gather, is_module  # noqa: E402


def _wheel(folder: Path, libs: list[str]) -> None:
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / "llama_cpp_python-0.3.36-py3-none-linux_x86_64.whl", "w") as zf:
        zf.writestr("llama_cpp/__init__.py", "")
        for name in libs:
            zf.writestr(f"llama_cpp/lib/{name}", b"\x7fELF" + name.encode())


def test_wheel_libraries_and_built_modules_are_gathered(tmp_path: Path) -> None:
    _wheel(tmp_path / "wheel", ["libllama.so", "libggml.so.0", "libggml-base.so.0", "libmtmd.so"])
    bin_dir = tmp_path / "cmake" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("libggml-cpu-x64.so", "libggml-cpu-haswell.so", "libggml-cpu-zen4.so",
                 "libggml-vulkan.so", "libggml-base.so", "vulkan-shaders-gen", "llama-cli"):
        (bin_dir / name).write_bytes(b"x")
    out = tmp_path / "runtime"
    manifest = gather(tmp_path / "wheel", tmp_path / "cmake", out, "-DGGML_BACKEND_DL=ON")
    names = sorted(p.name for p in out.iterdir())
    assert names == ["libggml-base.so.0", "libggml-cpu-haswell.so", "libggml-cpu-x64.so",
                     "libggml-cpu-zen4.so", "libggml-vulkan.so", "libggml.so.0", "libllama.so",
                     "libmtmd.so", "runtime.json"]
    assert manifest["cpu_modules"] == ["libggml-cpu-haswell.so", "libggml-cpu-x64.so",
                                       "libggml-cpu-zen4.so"]
    assert manifest["gpu_modules"] == ["libggml-vulkan.so"]
    saved = json.loads((out / "runtime.json").read_text())
    assert saved["flags"] == "-DGGML_BACKEND_DL=ON" and "libllama.so" in saved["files"]


def test_a_build_without_cpu_modules_is_refused(tmp_path: Path) -> None:
    _wheel(tmp_path / "wheel", ["libllama.so", "libggml.so.0"])
    (tmp_path / "cmake").mkdir()
    with pytest.raises(SystemExit, match="no CPU backend module"):
        gather(tmp_path / "wheel", tmp_path / "cmake", tmp_path / "runtime")


@pytest.mark.parametrize("name,module", [
    ("libggml-cpu-sapphirerapids.so", True), ("ggml-cpu-x64.dll", True),
    ("libggml-cpu-armv8.2_1.so", True), ("libggml-cuda.so", True), ("ggml-vulkan.dll", True),
    ("libggml-base.so", False), ("libggml.so", False), ("ggml.dll", False),
    ("libggml-cpu.so.0", False), ("libllama.so", False)])
def test_module_names(name: str, module: bool) -> None:
    assert is_module(name) is module


def test_hook_ships_the_runtime_folder(tmp_path: Path) -> None:
    """The hook, run as PyInstaller runs it, with HEARTH_LLAMA_LIBS set."""
    (tmp_path / "libllama.so").write_bytes(b"x")
    (tmp_path / "libggml-cpu-x64.so").write_bytes(b"x")
    (tmp_path / "runtime.json").write_text("{}")
    code = ("import runpy; ns = runpy.run_path('packaging/hooks/hook-llama_cpp.py'); "
            "print(sorted(b[0].rsplit('/', 1)[-1] + '>' + b[1] for b in ns['binaries']))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env={"HEARTH_LLAMA_LIBS": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert "['libggml-cpu-x64.so>llama_cpp/lib', 'libllama.so>llama_cpp/lib']" in r.stdout
