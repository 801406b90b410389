"""llama.cpp's backends: the built-in CPU backend of a developer's build, CPU variant modules
(scored and chosen like ggml does, with real shared objects compiled here), forcing a variant,
and the `backends` command. Tests against a real all-variants build are in test_backends_dl.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import backends
from app.core.backends import BackendError, CpuVariant, _choose_cpu, module_files, variant_name
from app.main import main


def test_built_in_cpu_backend_is_reported() -> None:
    report = backends.report()
    assert not report.error, report.error
    assert report.lib_dir and Path(report.lib_dir).is_dir()
    cpu = [d for d in report.devices if d.kind == "cpu"]
    assert cpu and cpu[0].memory_total > 0
    assert report.cpu_label().startswith("CPU")
    if not report.modular:  # a developer's pip build: no variants, features from the registry
        assert report.cpu_variant == "" and report.cpu_variants == []
        assert report.cpu_features  # e.g. {"AVX2": "1", ...}
    if not report.gpus:
        assert report.gpu_note()


def test_lib_dir_is_found_without_importing_llama_cpp() -> None:
    code = ("import sys; from app.core import backends; d = backends.llama_lib_dir(); "
            "assert d is not None and (d.parent / '__init__.py').exists(); "
            "assert 'llama_cpp' not in sys.modules; print('ok')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=Path(__file__).parents[2])
    assert r.returncode == 0 and "ok" in r.stdout, r.stderr


def test_backends_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backends", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cpu_label"].startswith("CPU") and data["error"] == ""
    assert any(d["kind"] == "cpu" for d in data["devices"])
    assert main(["backends"]) == 0
    text = capsys.readouterr().out
    assert "Runs on: CPU" in text and "CPU:" in text


# -- CPU variant modules, compiled here ---------------------------------------------------------

_MODULE_C = "int ggml_backend_score(void) {{ return {score}; }}\n"


def _compile(folder: Path, name: str, score: int | None) -> Path:
    src = folder / f"{name}.c"
    src.write_text(_MODULE_C.format(score=score) if score is not None else "int x;\n")
    out = folder / f"libggml-{name}.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out), str(src)], check=True)
    src.unlink()
    return out


@pytest.fixture
def modules(tmp_path: Path) -> Path:
    if shutil.which("gcc") is None:
        pytest.skip("needs gcc to build stand-in modules")
    if not sys.platform.startswith("linux"):
        pytest.skip("ELF stand-in modules")
    _compile(tmp_path, "cpu-x64", 1)
    _compile(tmp_path, "cpu-haswell", 64)
    _compile(tmp_path, "cpu-zen4", 0)  # "this CPU lacks AVX-512"
    _compile(tmp_path, "cpu-broken", None)  # no score function: never chosen
    _compile(tmp_path, "vulkan", None)
    (tmp_path / "libggml-base.so.0").write_bytes(b"")  # not a module
    (tmp_path / "libggml-cpu-notes.txt").write_text("not a module")
    return tmp_path


def test_module_files_and_variant_names(modules: Path) -> None:
    cpu = module_files(modules, "cpu")
    assert [variant_name(p) for p in cpu] == ["broken", "haswell", "x64", "zen4"]
    assert [p.name for p in module_files(modules, "vulkan")] == ["libggml-vulkan.so"]
    assert module_files(modules, "cuda") == []
    assert module_files(modules / "missing", "cpu") == []


def test_variants_are_scored_like_ggml_does(modules: Path) -> None:
    scores = {variant_name(p): backends.score_variant(p) for p in module_files(modules, "cpu")}
    assert scores == {"broken": 0, "haswell": 64, "x64": 1, "zen4": 0}


def test_best_variant_or_the_forced_one(modules: Path) -> None:
    variants = [CpuVariant(variant_name(p), str(p), backends.score_variant(p))
                for p in module_files(modules, "cpu")]
    assert _choose_cpu(variants, "").name == "haswell"
    assert _choose_cpu(variants, "x64").name == "x64"
    with pytest.raises(BackendError, match="cannot run that variant"):
        _choose_cpu(variants, "zen4")
    with pytest.raises(BackendError, match="no such CPU variant.*haswell"):
        _choose_cpu(variants, "avx1024")
    with pytest.raises(BackendError, match="None of this build's CPU variants"):
        _choose_cpu([v for v in variants if v.score == 0], "")


def test_report_explains_a_missing_gpu() -> None:
    failed = backends.BackendReport(gpu_modules=[backends.GpuModule(
        "vulkan", "/x/libggml-vulkan.so", loaded=False,
        error="libvulkan.so.1: cannot open shared object file")])
    assert "libvulkan.so.1" in failed.gpu_note() and "driver" in failed.gpu_note()
    none_found = backends.BackendReport(gpu_modules=[backends.GpuModule(
        "vulkan", "/x/libggml-vulkan.so", loaded=True, devices=0)])
    assert "No usable GPU was found by vulkan" in none_found.gpu_note()
    assert "no GPU support" in backends.BackendReport().gpu_note()
    gpu = backends.Device("Vulkan0", "AMD Radeon RX 7600", 8 << 30, 7 << 30, "gpu", "Vulkan")
    found = backends.BackendReport(cpu_variant="zen4", devices=[gpu])
    assert found.gpu_note() == "" and found.summary() == "CPU (zen4); Vulkan0 (AMD Radeon RX 7600)"
