"""Gather the llama.cpp libraries Hearth ships into one folder: the wheel's and the backend modules.

    python packaging/llama_runtime.py WHEEL_DIR CMAKE_BUILD_DIR OUT_DIR [--flags "CMAKE ARGS"]

llama-cpp-python built with GGML_BACKEND_DL puts libllama, libggml and libggml-base in its wheel
but not the modules (libggml-cpu-haswell.so, libggml-vulkan.so, ggml-cuda.dll...), which stay in
CMake's build folder. This copies both into OUT_DIR, checks there is at least one CPU module, and
writes runtime.json (flags, files, sizes); PyInstaller's llama_cpp hook ships OUT_DIR when
HEARTH_LLAMA_LIBS points at it. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

# A backend module as ggml_backend_load_best looks for it: [lib]ggml-<name>[-<variant>].{so,dll}.
MODULE = re.compile(r"^(lib)?ggml-(?!base\b)[\w.]+?(-[\w.]+)?\.(so|dll)$")


def is_module(name: str) -> bool:
    return bool(MODULE.match(name)) and not name.startswith(("libggml.", "ggml."))


def gather(wheel_dir: Path, build_dir: Path, out: Path, flags: str = "") -> dict[str, object]:
    wheels = sorted(wheel_dir.glob("llama_cpp_python-*.whl"))
    if not wheels:
        raise SystemExit(f"no llama_cpp_python wheel in {wheel_dir}")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files: dict[str, int] = {}
    with zipfile.ZipFile(wheels[-1]) as zf:
        for info in zf.infolist():
            parts = info.filename.split("/")
            if len(parts) == 3 and parts[:2] == ["llama_cpp", "lib"] and parts[2]:
                target = out / parts[2]
                target.write_bytes(zf.read(info))
                target.chmod(0o755)
                files[parts[2]] = info.file_size
    modules = sorted({p for p in build_dir.rglob("*") if p.is_file() and is_module(p.name)},
                     key=lambda p: p.name)
    for path in modules:
        if path.name in files:
            continue  # a non-modular build's libggml-cpu.so, already in the wheel
        shutil.copy2(path, out / path.name)
        files[path.name] = path.stat().st_size
    cpu = [n for n in files if re.match(r"^(lib)?ggml-cpu(-[\w.]+)?\.(so|dll)$", n)]
    if not cpu:
        raise SystemExit(f"no CPU backend module (libggml-cpu-*) found under {build_dir}")
    manifest: dict[str, object] = {
        "wheel": wheels[-1].name, "flags": flags, "files": dict(sorted(files.items())),
        "cpu_modules": sorted(cpu),
        "gpu_modules": sorted(n for n in files if is_module(n) and n not in cpu),
    }
    (out / "runtime.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel_dir", type=Path)
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--flags", default="")
    args = parser.parse_args(argv)
    manifest = gather(args.wheel_dir, args.build_dir, args.out, args.flags)
    print(f"{args.out}: {len(manifest['files'])} files, CPU modules "  # type: ignore[arg-type]
          f"{', '.join(manifest['cpu_modules'])}; GPU modules "  # type: ignore[arg-type]
          f"{', '.join(manifest['gpu_modules']) or 'none'}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
