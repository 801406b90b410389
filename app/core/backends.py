"""llama.cpp's backends in this process: loads the CPU variant and GPU modules from our folder.

A release build of llama.cpp has its backends as loadable modules (`GGML_BACKEND_DL`): one CPU
module per instruction-set level (`libggml-cpu-haswell.so`, `-skylakex`, `-zen4`...) and one per
GPU API (`libggml-vulkan.so`, `libggml-cuda.so`...). llama-cpp-python loads none of them, and a
model then fails with "no backends are loaded", so this module does it, with ctypes on the library
files only (only core/engine.py imports llama_cpp): it scores every CPU variant the way ggml does,
loads the best one this CPU can run (or the one `HEARTH_CPU_VARIANT` names, for tests), loads the
GPU modules, and reports what it found. A build without modules (the developer's pip install)
has its CPU backend built in: then this only reports.

Call `ensure_loaded()` before the first model is loaded; `report()` says what is running.
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import sys
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core.i18n import tr

log = logging.getLogger(__name__)

# Force one CPU variant by its name ("x64", "sse42", "haswell", "skylakex"...): for tests, and for
# a person whose CPU misreports its features. An unknown or unsupported name is an error.
ENV_CPU_VARIANT = "HEARTH_CPU_VARIANT"
# "off": load no GPU module (a broken graphics driver that crashes on start can be avoided so).
ENV_GPU = "HEARTH_GPU"
# Another folder to load backend modules from (default: llama_cpp's own lib folder).
ENV_BACKENDS_DIR = "HEARTH_BACKENDS_DIR"

# The GPU module names ggml_backend_load_all_from_path tries, in its order.
GPU_MODULES = ("cuda", "hip", "metal", "sycl", "vulkan", "opencl", "musa")

DEV_CPU, DEV_GPU, DEV_IGPU, DEV_ACCEL = 0, 1, 2, 3
_DEV_KINDS = {DEV_CPU: "cpu", DEV_GPU: "gpu", DEV_IGPU: "igpu", DEV_ACCEL: "accel"}


class BackendError(RuntimeError):
    """The llama.cpp backends could not be loaded; the message says why and what to do."""


@dataclass(frozen=True)
class CpuVariant:
    name: str  # "haswell"
    path: str
    score: int  # ggml_backend_score(): 0 when this CPU cannot run it; higher is faster


@dataclass(frozen=True)
class GpuModule:
    name: str  # "vulkan"
    path: str
    loaded: bool
    devices: int = 0
    error: str = ""


@dataclass(frozen=True)
class Device:
    name: str  # CUDA0, Metal, Vulkan0 ...
    description: str  # NVIDIA GeForce RTX 4090 ...
    memory_total: int
    memory_free: int = 0
    kind: str = "gpu"  # cpu | gpu | igpu | accel
    backend: str = ""  # the registry's name: CUDA, Vulkan, Metal, CPU


@dataclass
class BackendReport:
    """What this process runs models on."""

    lib_dir: str = ""
    modules_dir: str = ""
    modular: bool = False  # backends are loadable modules (GGML_BACKEND_DL)
    cpu_variant: str = ""  # the loaded CPU module's variant; "" for a built-in CPU backend
    cpu_forced: bool = False
    cpu_variants: list[CpuVariant] = field(default_factory=list)
    cpu_description: str = ""
    cpu_features: dict[str, str] = field(default_factory=dict)
    gpu_modules: list[GpuModule] = field(default_factory=list)
    devices: list[Device] = field(default_factory=list)
    registries: list[str] = field(default_factory=list)  # CPU, Vulkan, CUDA, Metal, BLAS...
    error: str = ""

    @property
    def gpu_offload(self) -> bool:
        """This build has a GPU backend (whether or not it found a device)."""
        return any(r not in ("CPU", "BLAS", "RPC") for r in self.registries) or any(
            m.loaded for m in self.gpu_modules)

    @property
    def gpus(self) -> list[Device]:
        return [d for d in self.devices if d.kind in ("gpu", "igpu")]

    def cpu_label(self) -> str:
        """'CPU (haswell)' for a module, 'CPU (AVX2)' for a built-in backend."""
        if self.cpu_variant:
            return tr("CPU ({variant})").format(variant=self.cpu_variant)
        for feat in ("AVX512", "AVX2", "AVX", "NEON", "SSE3"):
            if self.cpu_features.get(feat) == "1":
                return tr("CPU ({variant})").format(variant=feat)
        return tr("CPU")

    def gpu_note(self) -> str:
        """Why no GPU is used, in words a person can act on; "" when there is one."""
        if self.gpus:
            return ""
        if os.environ.get(ENV_GPU, "").lower() == "off":
            return tr("GPU modules are switched off ({env}=off).").format(env=ENV_GPU)
        failed = [m for m in self.gpu_modules if not m.loaded]
        if failed:
            return tr("The {names} GPU support could not start ({detail}): install or update the "
                      "graphics driver.").format(names=", ".join(m.name for m in failed),
                                                  detail=failed[0].error)
        if self.gpu_modules:
            return tr("No usable GPU was found by {names} (check the graphics driver).").format(
                names=", ".join(m.name for m in self.gpu_modules))
        return tr("This build of Hearth has no GPU support.")

    def summary(self) -> str:
        text = self.cpu_label()
        if self.gpus:
            text += "; " + ", ".join(f"{d.name} ({d.description})" for d in self.gpus)
        return text

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["cpu_label"] = self.cpu_label()
        d["gpu_note"] = self.gpu_note()
        return d


# ---------------------------------------------------------------------------------------------
# Finding the libraries


def llama_lib_dir() -> Path | None:
    """llama_cpp's `lib` folder, found without importing llama_cpp (which would load libllama)."""
    try:
        spec = importlib.util.find_spec("llama_cpp")
    except (ImportError, ValueError):
        spec = None
    candidates: list[Path] = []
    if spec is not None:
        candidates += [Path(p) / "lib" for p in (spec.submodule_search_locations or [])]
        if spec.origin:
            candidates.append(Path(spec.origin).parent / "lib")
    meipass = getattr(sys, "_MEIPASS", None)  # a PyInstaller onedir: _internal/llama_cpp/lib
    if meipass:
        candidates.append(Path(meipass) / "llama_cpp" / "lib")
    return next((c for c in candidates if c.is_dir()), None)


def _lib_file(lib_dir: Path, stem: str) -> Path:
    """libggml.so.0 over libggml.so: a wheel holds copies, not symlinks, and libllama links the
    versioned name, so the unversioned file would be a second library with its own registry."""
    if sys.platform == "win32":
        names = [f"{stem}.dll", f"lib{stem}.dll"]
    elif sys.platform == "darwin":
        names = [f"lib{stem}.0.dylib", f"lib{stem}.dylib"]
    else:
        names = [f"lib{stem}.so.0", f"lib{stem}.so"]
    for name in names:
        if (lib_dir / name).exists():
            return lib_dir / name
    raise BackendError(tr("The llama.cpp library {name} is missing from {folder}. Reinstall "
                          "Hearth.").format(name=names[0], folder=lib_dir))


def _module_prefix() -> str:
    return "ggml-" if sys.platform == "win32" else "libggml-"


def _module_ext() -> str:
    return ".dll" if sys.platform == "win32" else ".so"  # ggml uses .so on macOS too


def module_files(folder: Path, name: str) -> list[Path]:
    """The modules of one backend in `folder`: variants (`libggml-cpu-haswell.so`) or the single
    module (`libggml-vulkan.so`), as ggml_backend_load_best looks for them."""
    if not folder.is_dir():
        return []
    prefix, ext = _module_prefix() + name, _module_ext()
    variants = sorted(p for p in folder.iterdir()
                      if p.name.startswith(prefix + "-") and p.name.endswith(ext) and p.is_file())
    if variants:
        return variants
    single = folder / (prefix + ext)
    return [single] if single.is_file() else []


def variant_name(path: Path) -> str:
    """'haswell' from libggml-cpu-haswell.so."""
    stem = path.name[: -len(_module_ext())]
    return stem[len(_module_prefix() + "cpu-"):] if "cpu-" in stem else ""


# ---------------------------------------------------------------------------------------------
# ggml through ctypes


class _Ggml:
    """The few ggml registry and device functions this module needs, bound once."""

    def __init__(self, lib_dir: Path) -> None:
        if sys.platform == "win32":
            os.add_dll_directory(str(lib_dir))
        mode = getattr(os, "RTLD_GLOBAL", 0)
        # RTLD_GLOBAL: the modules' own need for libggml-base resolves to this very copy.
        self.base = ctypes.CDLL(str(_lib_file(lib_dir, "ggml-base")), mode=mode)
        self.ggml = ctypes.CDLL(str(_lib_file(lib_dir, "ggml")), mode=mode)
        # Modules log as they load ("load_backend: loaded CPU backend from ..."): to logging, not
        # to the person's terminal (core/engine.py later routes llama.cpp's log the same way).
        log_set = getattr(self.base, "ggml_log_set", None)
        if log_set is not None:
            log_set.argtypes = [_LOG_CALLBACK, ctypes.c_void_p]
            log_set.restype = None
            log_set(_on_ggml_log, None)
        vp, sz, cp = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p
        self._bind("ggml_backend_reg_count", [], sz)
        self._bind("ggml_backend_reg_get", [sz], vp)
        self._bind("ggml_backend_reg_by_name", [cp], vp)
        self._bind("ggml_backend_reg_name", [vp], cp)
        self._bind("ggml_backend_reg_get_proc_address", [vp, cp], vp)
        self._bind("ggml_backend_reg_dev_count", [vp], sz)
        self._bind("ggml_backend_dev_count", [], sz)
        self._bind("ggml_backend_dev_get", [sz], vp)
        self._bind("ggml_backend_dev_by_type", [ctypes.c_int], vp)
        self._bind("ggml_backend_dev_name", [vp], cp)
        self._bind("ggml_backend_dev_description", [vp], cp)
        self._bind("ggml_backend_dev_type", [vp], ctypes.c_int)
        self._bind("ggml_backend_dev_memory", [vp, ctypes.POINTER(sz), ctypes.POINTER(sz)], None)
        self._bind("ggml_backend_dev_backend_reg", [vp], vp)
        self._bind("ggml_backend_dev_buffer_type", [vp], vp)
        self._bind("ggml_backend_load", [cp], vp)
        self._bind("ggml_backend_cpu_buffer_type", [], vp)

    def _bind(self, name: str, argtypes: list[Any], restype: Any) -> None:
        for lib in (self.ggml, self.base):  # Windows' GetProcAddress does not look in deps
            fn = getattr(lib, name, None)
            if fn is not None:
                fn.argtypes = argtypes
                fn.restype = restype
                setattr(self, name, fn)
                return
        raise BackendError(tr("The llama.cpp library lacks {name}. Reinstall Hearth.").format(
            name=name))

    def __getattr__(self, name: str) -> Any:  # for mypy: bound in __init__
        raise AttributeError(name)

    def devices(self) -> list[Device]:
        out = []
        for i in range(self.ggml_backend_dev_count()):
            dev = self.ggml_backend_dev_get(i)
            free, total = ctypes.c_size_t(), ctypes.c_size_t()
            self.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
            reg = self.ggml_backend_dev_backend_reg(dev)
            out.append(Device(
                name=_text(self.ggml_backend_dev_name(dev)),
                description=_text(self.ggml_backend_dev_description(dev)).strip(),
                memory_total=int(total.value), memory_free=int(free.value),
                kind=_DEV_KINDS.get(self.ggml_backend_dev_type(dev), "other"),
                backend=_text(self.ggml_backend_reg_name(reg)) if reg else ""))
        return out

    def cpu_features(self) -> dict[str, str]:
        reg = self.ggml_backend_reg_by_name(b"CPU")
        if not reg:
            return {}
        addr = self.ggml_backend_reg_get_proc_address(reg, b"ggml_backend_get_features")
        if not addr:
            return {}

        class Feature(ctypes.Structure):
            _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]

        get = ctypes.CFUNCTYPE(ctypes.POINTER(Feature), ctypes.c_void_p)(addr)
        feats = get(reg)
        out: dict[str, str] = {}
        i = 0
        while feats[i].name:
            out[_text(feats[i].name)] = _text(feats[i].value)
            i += 1
        return out


_LOG_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p)


@_LOG_CALLBACK
def _on_ggml_log(level: int, text: bytes | None, _data: Any) -> None:
    line = _text(text).rstrip()
    if line:
        log.log(logging.WARNING if level in (3, 4) else logging.DEBUG, "ggml: %s", line)


def _text(raw: bytes | None) -> str:
    return raw.decode("utf-8", errors="replace") if raw else ""


def _dlclose(lib: ctypes.CDLL) -> None:
    import _ctypes

    try:
        if sys.platform == "win32":
            _ctypes.FreeLibrary(lib._handle)  # type: ignore[attr-defined]
        else:
            _ctypes.dlclose(lib._handle)  # type: ignore[attr-defined]
    except (OSError, AttributeError):  # harmless: the module stays mapped
        pass


def score_variant(path: Path) -> int:
    """ggml_backend_score() of a CPU module: 0 when this CPU lacks an instruction it needs. The
    function is built for the baseline ISA, so asking a module this CPU cannot run is safe (ggml's
    own loader does the same)."""
    try:
        lib = ctypes.CDLL(str(path))
    except OSError as exc:
        log.warning("CPU module %s could not be opened: %s", path.name, exc)
        return 0
    try:
        fn = getattr(lib, "ggml_backend_score", None)
        if fn is None:
            return 0
        fn.restype = ctypes.c_int
        fn.argtypes = []
        return int(fn())
    finally:
        _dlclose(lib)


# ---------------------------------------------------------------------------------------------
# Loading, once per process

_lock = threading.Lock()
_report: BackendReport | None = None
_ggml: _Ggml | None = None


def _choose_cpu(variants: list[CpuVariant], forced: str) -> CpuVariant:
    if forced:
        chosen = next((v for v in variants if v.name == forced), None)
        if chosen is None:
            raise BackendError(tr("{env}={name}: there is no such CPU variant; this build has "
                                  "{names}.").format(env=ENV_CPU_VARIANT, name=forced,
                                                     names=", ".join(v.name for v in variants)))
        if chosen.score <= 0:
            raise BackendError(tr("{env}={name}: this CPU cannot run that variant (it lacks an "
                                  "instruction it needs).").format(env=ENV_CPU_VARIANT,
                                                                   name=forced))
        return chosen
    best = max(variants, key=lambda v: v.score, default=None)
    if best is None or best.score <= 0:
        raise BackendError(tr("None of this build's CPU variants runs on this CPU ({names}). "
                              "Hearth needs an x86-64 CPU with SSE4.2, or a 64-bit ARM CPU.")
                           .format(names=", ".join(v.name for v in variants) or tr("none")))
    return best


def _load(lib_dir: Path, modules_dir: Path) -> BackendReport:
    global _ggml
    report = BackendReport(lib_dir=str(lib_dir), modules_dir=str(modules_dir))
    g = _Ggml(lib_dir)
    _ggml = g
    if g.ggml_backend_reg_count() > 0:
        # The CPU backend is built in (no GGML_BACKEND_DL): loading a module would add a second
        # one, and a GPU library of such a build is not a module either.
        report.modular = False
    else:
        report.modular = True
        if os.environ.get(ENV_GPU, "").lower() != "off":
            for name in GPU_MODULES:
                for path in module_files(modules_dir, name):
                    report.gpu_modules.append(_load_gpu_module(g, name, path))
        cpu_files = module_files(modules_dir, "cpu")
        if not cpu_files:
            raise BackendError(tr("No CPU module (libggml-cpu-*) was found in {folder}. "
                                  "Reinstall Hearth.").format(folder=modules_dir))
        forced = os.environ.get(ENV_CPU_VARIANT, "").strip()
        variants = [CpuVariant(variant_name(p), str(p), score_variant(p)) for p in cpu_files]
        report.cpu_variants = sorted(variants, key=lambda v: v.score)
        chosen = _choose_cpu(variants, forced)
        if not g.ggml_backend_load(chosen.path.encode()):
            raise BackendError(tr("The CPU module {name} could not be loaded. Reinstall "
                                  "Hearth.").format(name=Path(chosen.path).name))
        report.cpu_variant = chosen.name
        report.cpu_forced = bool(forced)
    report.devices = g.devices()
    report.registries = [_text(g.ggml_backend_reg_name(g.ggml_backend_reg_get(i)))
                         for i in range(g.ggml_backend_reg_count())]
    report.cpu_description = next((d.description for d in report.devices if d.kind == "cpu"), "")
    report.cpu_features = g.cpu_features()
    return report


def _load_gpu_module(g: _Ggml, name: str, path: Path) -> GpuModule:
    # Open it ourselves first: ggml's loader only logs the reason (a missing libvulkan.so.1 or
    # libcudart), and the person needs it.
    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        return GpuModule(name, str(path), loaded=False, error=str(exc))
    reg = g.ggml_backend_load(str(path).encode())
    if not reg:
        return GpuModule(name, str(path), loaded=False,
                         error=tr("the module did not start"))
    return GpuModule(name, str(path), loaded=True, devices=int(g.ggml_backend_reg_dev_count(reg)))


def ensure_loaded() -> BackendReport:
    """Load the backend modules (once per process) and return what was found. Raises
    BackendError when no CPU backend could be loaded; a GPU that cannot start is only reported."""
    global _report
    with _lock:
        if _report is not None:
            if _report.error:
                raise BackendError(_report.error)
            return _report
        lib_dir = llama_lib_dir()
        if lib_dir is None:
            _report = BackendReport(error=tr("The llama.cpp runtime (llama_cpp) is not "
                                             "installed. Reinstall Hearth."))
            raise BackendError(_report.error)
        modules_dir = Path(os.environ.get(ENV_BACKENDS_DIR) or lib_dir)
        try:
            _report = _load(lib_dir, modules_dir)
        except (BackendError, OSError) as exc:
            _report = BackendReport(lib_dir=str(lib_dir), modules_dir=str(modules_dir),
                                    error=str(exc))
            raise BackendError(str(exc)) from exc
        log.info("llama.cpp backends: %s", _report.summary())
        return _report


def report() -> BackendReport:
    """What ensure_loaded found, loading first if needed; never raises (see `.error`)."""
    try:
        rep = ensure_loaded()
    except BackendError:
        assert _report is not None
        return _report
    if _ggml is not None:  # free memory changes: ask again
        rep.devices = _ggml.devices()
    return rep


def gpu_devices() -> list[Device]:
    """The GPUs llama.cpp can use now. A GPU build on a machine without a usable GPU lists none."""
    return report().gpus


def cpu_buffer_type() -> int:
    """ggml's CPU buffer type (in libggml-base), for tensor overrides that keep tensors (MoE
    experts) in RAM: llama.cpp compares an override's type with this very pointer."""
    ensure_loaded()
    assert _ggml is not None
    return int(_ggml.ggml_backend_cpu_buffer_type())
