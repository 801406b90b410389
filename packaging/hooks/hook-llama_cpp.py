"""PyInstaller hook: llama_cpp loads llama.cpp's shared libraries from llama_cpp/lib at run time.

PyInstaller has no hook for it, and the libraries are opened with ctypes by path, so its import
analysis never sees them: without this the frozen app fails with "Shared library with base name
'llama' not found". GPU builds put their backends (libggml-cuda, libggml-metal, ...) and, when
the Metal library is not embedded, the .metal/.metallib files in the same folder.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

binaries = collect_dynamic_libs("llama_cpp")
datas = collect_data_files("llama_cpp", includes=["lib/*.metal", "lib/*.metallib"])
# The bundled server and its optional web stack (fastapi, uvicorn) are not used by Hearth.
excludedimports = ["llama_cpp.server"]
