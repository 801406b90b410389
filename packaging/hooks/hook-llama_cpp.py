"""PyInstaller hook: llama_cpp loads llama.cpp's shared libraries from llama_cpp/lib at run time.

PyInstaller has no hook for it, and the libraries are opened with ctypes by path, so its import
analysis never sees them: without this the frozen app fails with "Shared library with base name
'llama' not found". With HEARTH_LLAMA_LIBS set (packaging/common.sh's prepare_llama_runtime) the
libraries come from that folder instead of the venv: the release build's libllama and libggml
with every backend module (libggml-cpu-<variant>, libggml-vulkan, libggml-cuda...), which
app/core/backends.py loads from the same folder. When the Metal library is not embedded, its
.metal/.metallib files sit there too.
"""

import os
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

_runtime = os.environ.get("HEARTH_LLAMA_LIBS")
if _runtime:
    _files = sorted(p for p in Path(_runtime).iterdir() if p.is_file())
    if not any(p.name.startswith(("libllama", "llama.")) for p in _files):
        raise SystemExit(f"HEARTH_LLAMA_LIBS={_runtime} holds no llama library")
    binaries = [(str(p), "llama_cpp/lib") for p in _files
                if p.suffix not in (".json", ".metal", ".metallib")]
    datas = [(str(p), "llama_cpp/lib") for p in _files if p.suffix in (".metal", ".metallib")]
else:
    binaries = collect_dynamic_libs("llama_cpp")
    datas = collect_data_files("llama_cpp", includes=["lib/*.metal", "lib/*.metallib"])
# The bundled server and its optional web stack (fastapi, uvicorn) are not used by Hearth.
excludedimports = ["llama_cpp.server"]
