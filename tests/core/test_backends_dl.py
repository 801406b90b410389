"""A real release runtime of llama.cpp: every CPU variant as a module, plus the Vulkan module.

These run the app in child processes with a llama_cpp package assembled from the pinned bindings
and a runtime folder made by packaging/build_linux.sh (`build/llama-runtime-*`, or the folder
HEARTH_TEST_LLAMA_RUNTIME names). Without one they skip: compiling it takes 15-40 minutes on two
cores, more than CI's share (docs/benchmarks.md has the results of a run here).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _runtime() -> Path | None:
    env = os.environ.get("HEARTH_TEST_LLAMA_RUNTIME")
    if env:
        return Path(env)
    found = sorted(ROOT.glob("build/llama-runtime-*/runtime.json"))
    return found[-1].parent if found else None


RUNTIME = _runtime()
pytestmark = [
    pytest.mark.skipif(RUNTIME is None or not (RUNTIME / "runtime.json").exists(),
                       reason="no llama.cpp runtime with CPU variant modules (build one with "
                              "packaging/build_linux.sh, or set HEARTH_TEST_LLAMA_RUNTIME)"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux runtime"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding `llama_cpp`: the installed bindings with the runtime's libraries."""
    assert RUNTIME is not None
    spec = importlib.util.find_spec("llama_cpp")
    assert spec is not None and spec.submodule_search_locations
    src = Path(list(spec.submodule_search_locations)[0])
    out = tmp_path_factory.mktemp("dl-site")
    shutil.copytree(src, out / "llama_cpp", ignore=shutil.ignore_patterns("lib", "__pycache__"))
    shutil.copytree(RUNTIME, out / "llama_cpp" / "lib")
    return out


def run_app(site: Path, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}", "QT_QPA_PLATFORM": "offscreen",
            "HEARTH_HOME": str(tmp_path / "home"), **env}
    if "HEARTH_CPU_VARIANT" not in env:
        full.pop("HEARTH_CPU_VARIANT", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=full, cwd=tmp_path,
                          capture_output=True, text=True, timeout=900)


def _report(site: Path, tmp_path: Path, **env: str) -> dict:
    r = run_app(site, tmp_path, "backends", "--json", **env)
    return dict(json.loads(r.stdout))


def test_the_best_variant_this_cpu_runs_is_loaded(site: Path, tmp_path: Path) -> None:
    report = _report(site, tmp_path)
    assert report["modular"] and not report["error"], report
    assert report["lib_dir"].startswith(str(site))
    names = [v["name"] for v in report["cpu_variants"]]
    assert {"x64", "sse42", "haswell", "skylakex", "zen4", "sapphirerapids"} <= set(names)
    best = max(report["cpu_variants"], key=lambda v: v["score"])
    assert report["cpu_variant"] == best["name"] and not report["cpu_forced"]
    flags = Path("/proc/cpuinfo").read_text()
    if " avx512f " in flags:
        assert best["name"] not in ("x64", "sse42", "sandybridge", "ivybridge", "haswell")
    elif " avx2 " in flags:
        assert best["name"] in ("haswell", "alderlake")
    assert report["cpu_label"] == f"CPU ({best['name']})"


def test_a_forced_lower_variant_loads_and_generates(site: Path, tmp_path: Path) -> None:
    r = run_app(site, tmp_path, "--self-test", HEARTH_CPU_VARIANT="x64")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "on CPU (x64)" in r.stdout and "variant x64 (forced by HEARTH_CPU_VARIANT)" in r.stdout
    best = run_app(site, tmp_path, "--self-test")
    assert best.returncode == 0 and "(the best this CPU runs)" in best.stdout, best.stderr


def test_forcing_a_variant_this_cpu_cannot_run_fails_clearly(site: Path, tmp_path: Path) -> None:
    report = _report(site, tmp_path)
    unusable = [v["name"] for v in report["cpu_variants"] if v["score"] == 0]
    if not unusable:
        pytest.skip("this CPU runs every variant")
    r = run_app(site, tmp_path, "backends", HEARTH_CPU_VARIANT=unusable[-1])
    assert r.returncode == 1 and "this CPU cannot run that variant" in r.stderr
    chat = run_app(site, tmp_path, "--self-test", HEARTH_CPU_VARIANT="nonsense")
    assert chat.returncode == 1 and "no such CPU variant" in chat.stderr


def test_without_a_vulkan_device_the_app_says_why(site: Path, tmp_path: Path) -> None:
    if not (RUNTIME / "libggml-vulkan.so").exists():  # type: ignore[operator]
        pytest.skip("runtime without the Vulkan module")
    # ggml-vulkan skips CPU-type devices (lavapipe) unless told, so there is no GPU here.
    report = _report(site, tmp_path, GGML_VK_VISIBLE_DEVICES="")
    vk = [m for m in report["gpu_modules"] if m["name"] == "vulkan"]
    assert vk and (not vk[0]["loaded"] or vk[0]["devices"] == 0)
    assert report["gpu_note"] and not [d for d in report["devices"] if d["kind"] == "gpu"]
    off = _report(site, tmp_path, HEARTH_GPU="off")
    assert off["gpu_modules"] == [] and "switched off" in off["gpu_note"]


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("n_cpu_moe", [0, 1])
def test_every_layer_on_lavapipe_matches_the_cpu(site: Path, n_cpu_moe: int) -> None:
    """The GPU path proven without a GPU: all layers on Mesa's software Vulkan device, greedy
    tokens equal to the CPU's (or a near-tie flipped, see vulkan_offload.compare); with
    n_cpu_moe=1 the first layer's experts stay in RAM (a host buffer, not Vulkan0's)."""
    if not (RUNTIME / "libggml-vulkan.so").exists():  # type: ignore[operator]
        pytest.skip("runtime without the Vulkan module")
    if not Path("/usr/share/vulkan/icd.d/lvp_icd.x86_64.json").exists():
        pytest.skip("needs mesa-vulkan-drivers (lavapipe)")
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}"}
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "vulkan_offload.py"), "--json",
                        "--n-cpu-moe", str(n_cpu_moe)], env=env, capture_output=True, text=True,
                       timeout=1700)
    result = json.loads(r.stdout)
    gpu = result["gpu"]
    assert result["offloaded_all"], gpu["offload_log"]
    assert gpu["backend"].startswith("Vulkan (") and gpu["extra"]["gpu_devices"]
    assert gpu["extra"]["n_cpu_moe"] == n_cpu_moe and gpu["extra"]["repack"] is False
    overridden = [ln for ln in gpu["offload_log"] if "overridden" in ln]
    if n_cpu_moe:
        assert len(overridden) == 6  # gate, up, down experts and their biases
        assert all(ln.startswith("tensor blk.0.ffn_") and "_exps" in ln for ln in overridden)
        assert all(ln.endswith(("overridden to CPU", "overridden to Vulkan_Host"))
                   for ln in overridden)
    else:
        assert not overridden
    # Equal greedy tokens, or (on random weights a near-tie can flip) logits within atol up to
    # the first different token, which both runs nearly tied on.
    assert result["tokens_equal"] or result["agrees"], result
    assert result["max_diff_before_first_difference"] <= result["atol"], result
    assert r.returncode == 0 and result["ok"], r.stderr[-3000:]
