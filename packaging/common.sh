# Sourced by packaging/build_{linux,macos,windows}.sh: paths, the build venv, llama.cpp's CMake
# flags per variant, PyInstaller and the smoke test. Bash 4+ (Linux, macOS with Homebrew bash or
# bash 3.2, Git Bash on Windows).
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${HEARTH_DIST:-$ROOT/dist}
BUILD=${HEARTH_BUILD:-$ROOT/build}
VARIANT=${HEARTH_VARIANT:-cpu}

step() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

case "$(uname -s)" in
    Linux*) HOST_OS=linux ;;
    Darwin*) HOST_OS=macos ;;
    MINGW* | MSYS* | CYGWIN*) HOST_OS=windows ;;
    *) die "unsupported OS: $(uname -s)" ;;
esac
HOST_ARCH=$(uname -m)
case "$HOST_ARCH" in amd64 | AMD64) HOST_ARCH=x86_64 ;; aarch64) HOST_ARCH=arm64 ;; esac

# Seconds since the epoch, for the step timings printed in the summary.
now() { date +%s; }

# Print llama.cpp's CMake flags for a variant on this OS. Release builds must not use
# -march=native (llama.cpp's default): a CI runner's CPU is newer than many users'. AVX2+FMA is the
# x86-64 baseline here (Intel Haswell / AMD Zen, 2013 on); CPUs without AVX2 need a source build.
llama_cmake_args() {
    local variant=$1 x86="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
    case "$variant/$HOST_OS/$HOST_ARCH" in
        cpu/macos/arm64) echo "-DGGML_METAL=OFF" ;;
        cpu/macos/x86_64) echo "$x86 -DGGML_METAL=OFF" ;;
        cpu/*/x86_64) echo "$x86" ;;
        cpu/*) echo "-DGGML_NATIVE=OFF" ;;
        metal/macos/*) echo "-DGGML_METAL=ON -DGGML_METAL_EMBED_LIBRARY=ON" ;;
        # Turing (RTX 20xx) to Hopper as real code, plus PTX that newer GPUs JIT-compile.
        # NO_VMM: ggml-cuda then does not link the driver's libcuda/nvcuda, so the app still
        # starts on a machine without an NVIDIA driver, finds no CUDA device and runs on the CPU.
        cuda/linux/x86_64 | cuda/windows/x86_64)
            echo "$x86 -DGGML_CUDA=ON -DGGML_CUDA_NO_VMM=ON" \
                "-DCMAKE_CUDA_ARCHITECTURES=75-real;80-real;86-real;89-real;90"
            ;;
        vulkan/linux/x86_64 | vulkan/windows/x86_64) echo "$x86 -DGGML_VULKAN=ON" ;;
        *) die "no llama.cpp build for variant '$variant' on $HOST_OS/$HOST_ARCH" ;;
    esac
}

venv_python() {  # the interpreter inside a venv folder, on any OS
    if [ -x "$1/bin/python" ]; then echo "$1/bin/python"; else echo "$1/Scripts/python.exe"; fi
}

# Choose the Python to build with and make sure it has Hearth's dependencies and PyInstaller.
# $HEARTH_VENV if set, else the checkout's .venv (scripts/test.sh makes it), else build/venv.
# llama-cpp-python is compiled (8-20 minutes) only when missing, when the variant asks for a GPU
# the installed build lacks, or with HEARTH_LLAMA_REBUILD=1.
setup_python() {
    local venv
    llama_cmake_args "$VARIANT" >/dev/null  # an unknown variant stops here, not after pip
    if [ -n "${HEARTH_VENV:-}" ]; then
        venv=$HEARTH_VENV
    elif [ -e "$ROOT/.venv" ]; then
        venv=$ROOT/.venv
    else
        venv=$BUILD/venv
    fi
    PY=$(venv_python "$venv")
    if [ ! -x "$PY" ]; then
        step "Creating $venv"
        # On Windows "python3" may be the Microsoft Store stub; "python" is the real one there.
        local base=${PYTHON:-python3}
        [ -n "${PYTHON:-}" ] || [ "$HOST_OS" != windows ] || base=python
        "$base" -m venv "$venv"
        PY=$(venv_python "$venv")
        "$PY" -m pip install --quiet --upgrade pip
    fi
    local llama_pin rebuild=${HEARTH_LLAMA_REBUILD:-0}
    llama_pin=$("$PY" - "$ROOT/pyproject.toml" <<'EOF'
import sys, tomllib
deps = tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]
print(next(d for d in deps if d.lower().startswith("llama-cpp-python")))
EOF
    )
    if ! "$PY" -c "import llama_cpp" 2>/dev/null; then
        rebuild=1
    elif [ "$VARIANT" != cpu ] && ! "$PY" -c \
        "import llama_cpp, sys; sys.exit(not llama_cpp.llama_supports_gpu_offload())"; then
        rebuild=1
    fi
    if [ "$VARIANT" = cuda ] && [ -n "${CUDA_PATH:-}" ] && [ "$HOST_OS" = linux ]; then
        # PyInstaller must find libcudart and libcublas to bundle them.
        export LD_LIBRARY_PATH="$CUDA_PATH/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    fi
    if [ "$rebuild" = 1 ]; then
        if [ -z "${CMAKE_ARGS:-}" ]; then CMAKE_ARGS=$(llama_cmake_args "$VARIANT"); fi
        export CMAKE_ARGS
        step "Compiling $llama_pin ($VARIANT): CMAKE_ARGS=$CMAKE_ARGS"
        # No pip cache: it keys built wheels by version only, not by CMAKE_ARGS.
        "$PY" -m pip install --no-cache-dir --force-reinstall --no-deps "$llama_pin"
    fi
    # Skip pip when everything imports: the slow test reuses the test venv and stays offline.
    if ! (cd "$ROOT" && "$PY" -c "$HEARTH_IMPORTS") 2>/dev/null; then
        step "Installing Hearth's dependencies and PyInstaller into $venv"
        "$PY" -m pip install --quiet -e "$ROOT" "pyinstaller>=6.10"
    fi
}

# The third-party imports of app/ (pyproject's dependencies) and PyInstaller.
HEARTH_IMPORTS="import PyInstaller, llama_cpp, PySide6.QtWidgets, PySide6.QtSvg, huggingface_hub, \
platformdirs, keyring, gguf, numpy, psutil, pygments, pypdf, docx"

hearth_version() {
    "$PY" -c "import sys, tomllib; print(tomllib.load(open(sys.argv[1], 'rb'))['project']['version'])" \
        "$ROOT/pyproject.toml"
}

run_pyinstaller() {
    step "PyInstaller -> $DIST/Hearth"
    "$PY" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/hearth.spec"
}

smoke_test() {  # smoke_test EXECUTABLE [--expect-backend NAME]
    step "Smoke test: $1"
    "$PY" "$ROOT/packaging/smoke_test.py" "$@"
}

# Human-readable size of a file or folder.
size_of() { du -sh "$1" | cut -f1; }
