"""What this machine has for running models: RAM, free disk, CPU features, GPUs and their memory.
Every probe is best-effort: anything unknown is None, nothing here raises."""

from __future__ import annotations

import logging
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

# CPU flags that decide llama.cpp's speed, in the names /proc/cpuinfo uses.
INTERESTING_FLAGS = ("sse3", "ssse3", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw",
                     "avx512vl", "avx512_vnni", "avx512_bf16", "avx_vnni", "amx_tile", "amx_int8",
                     "neon", "asimd", "asimddp", "sve", "i8mm", "bf16", "dotprod")
# Metal may use about this share of unified memory by default (recommendedMaxWorkingSetSize).
APPLE_GPU_SHARE = 0.70


@dataclass(frozen=True)
class GPU:
    name: str
    backend: str  # cuda | metal | vulkan | rocm | unknown
    vram_total: int | None
    vram_free: int | None
    unified: bool = False  # shares system RAM (Apple silicon)


@dataclass(frozen=True)
class Hardware:
    os: str
    arch: str
    cpu_name: str | None
    cpu_threads: int | None
    cpu_cores: int | None
    cpu_features: frozenset[str]
    ram_total: int | None
    ram_available: int | None
    disk_free: int | None  # on the models folder's disk
    gpu_offload: bool | None  # llama-cpp-python built with a GPU backend; None: not importable
    gpus: tuple[GPU, ...] = field(default_factory=tuple)

    @property
    def unified_memory(self) -> bool:
        return any(g.unified for g in self.gpus)

    @property
    def best_gpu(self) -> GPU | None:
        usable = [g for g in self.gpus if g.vram_total]
        return max(usable, key=lambda g: g.vram_free or g.vram_total or 0) if usable else None

    def to_dict(self) -> dict[str, object]:
        return {
            "os": self.os, "arch": self.arch, "cpu_name": self.cpu_name,
            "cpu_threads": self.cpu_threads, "cpu_cores": self.cpu_cores,
            "cpu_features": sorted(self.cpu_features), "ram_total": self.ram_total,
            "ram_available": self.ram_available, "disk_free": self.disk_free,
            "gpu_offload": self.gpu_offload,
            "gpus": [g.__dict__ for g in self.gpus],
        }


def free_disk(path: str | os.PathLike[str]) -> int | None:
    """Free bytes on the disk holding `path` (or its nearest existing parent)."""
    p = Path(path).absolute()
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        return shutil.disk_usage(p).free
    except OSError:
        return None


def memory() -> tuple[int | None, int | None]:
    """(total, available) RAM in bytes."""
    try:
        import psutil

        vm = psutil.virtual_memory()
        return int(vm.total), int(vm.available)
    except Exception as exc:  # psutil missing or the platform refused: unknown, not fatal
        log.debug("memory probe failed: %s", exc)
        return None, None


def _run(cmd: list[str], timeout: float = 3.0) -> str | None:
    exe = shutil.which(cmd[0])
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, *cmd[1:]], capture_output=True, text=True, timeout=timeout,
                             check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("%s failed: %s", cmd[0], exc)
        return None
    return out.stdout if out.returncode == 0 else None


def cpu_info() -> tuple[str | None, frozenset[str]]:
    """(model name, feature flags)."""
    name: str | None = None
    flags: set[str] = set()
    try:
        if sys.platform.startswith("linux"):
            text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
            for line in text.splitlines():
                key, _, value = line.partition(":")
                key = key.strip().lower()
                if key in ("model name", "hardware", "cpu model") and name is None:
                    name = value.strip() or None
                elif key in ("flags", "features") and not flags:
                    flags = set(value.split())
        elif sys.platform == "darwin":
            name = (_run(["sysctl", "-n", "machdep.cpu.brand_string"]) or "").strip() or None
            raw = _run(["sysctl", "-a"]) or ""
            for line in raw.splitlines():
                key, _, value = line.partition(":")
                if key.startswith("hw.optional.") and value.strip() == "1":
                    flags.add(key.rsplit(".", 1)[-1].lower().removeprefix("feat_"))
                elif key.strip() in ("machdep.cpu.features", "machdep.cpu.leaf7_features"):
                    flags.update(v.lower().replace(".", "_") for v in value.split())
            if platform.machine() == "arm64":
                flags.add("neon")
        else:
            name = platform.processor() or None
    except OSError as exc:
        log.debug("cpu probe failed: %s", exc)
    if platform.machine().lower() in ("arm64", "aarch64"):
        flags.add("neon")
    return name, frozenset(f for f in flags if f in INTERESTING_FLAGS)


def gpu_offload_supported() -> bool | None:
    """Whether the installed llama.cpp can offload layers to a GPU (it has a GPU backend, built
    in or as a module); None when its libraries cannot be loaded."""
    from app.core import backends

    report = backends.report()
    return None if report.error else report.gpu_offload


def ggml_gpus() -> list[GPU]:
    """The GPUs llama.cpp's own device registry found (Vulkan, CUDA, ROCm...), with memory."""
    from app.core import backends

    return [GPU(d.description, d.backend.lower() or "unknown", d.memory_total or None,
                d.memory_free or None, unified=d.kind == "igpu") for d in backends.gpu_devices()]


def nvidia_gpus() -> list[GPU]:
    out = _run(["nvidia-smi", "--query-gpu=name,memory.total,memory.free",
                "--format=csv,noheader,nounits"])
    gpus = []
    for line in (out or "").splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3:
            continue
        try:
            total, free = int(float(parts[1])) << 20, int(float(parts[2])) << 20
        except ValueError:
            total = free = 0
        gpus.append(GPU(parts[0], "cuda", total or None, free or None))
    return gpus


def detect(models_dir: str | os.PathLike[str] | None = None, *,
           probe_llama: bool = True) -> Hardware:
    """Probe the machine. Takes well under a second; call it off the GUI thread anyway."""
    total, available = memory()
    name, flags = cpu_info()
    try:
        import psutil

        cores = psutil.cpu_count(logical=False)
    except Exception:  # psutil missing: logical count only
        cores = None
    gpus: list[GPU] = []
    try:
        gpus.extend(nvidia_gpus())
    except Exception as exc:  # a broken driver must not stop the app
        log.debug("nvidia probe failed: %s", exc)
    if not gpus and probe_llama and sys.platform != "darwin":
        try:  # AMD and Intel GPUs through Vulkan; NVIDIA too when nvidia-smi is missing
            gpus.extend(ggml_gpus())
        except Exception as exc:  # a broken driver must not stop the app
            log.debug("ggml device probe failed: %s", exc)
    if sys.platform == "darwin" and platform.machine() == "arm64" and total:
        share = int(total * APPLE_GPU_SHARE)
        free_share = int(available * APPLE_GPU_SHARE) if available else None
        gpus.append(GPU("Apple GPU", "metal", share, free_share, unified=True))
    if models_dir is None:
        try:
            from app.core.settings import Settings

            models_dir = Settings.load().models_folder()
        except Exception:  # settings unreadable: fall back to the home folder
            models_dir = Path.home()
    return Hardware(
        os=platform.system() or sys.platform,
        arch=platform.machine(),
        cpu_name=name,
        cpu_threads=os.cpu_count(),
        cpu_cores=cores,
        cpu_features=flags,
        ram_total=total,
        ram_available=available,
        disk_free=free_disk(models_dir),
        gpu_offload=gpu_offload_supported() if probe_llama else None,
        gpus=tuple(gpus),
    )
