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

# Print llama.cpp's CMake flags for a variant on this OS. Every release build has its backends as
# loadable modules (GGML_BACKEND_DL) and one CPU module per instruction-set level
# (GGML_CPU_ALL_VARIANTS: x64, sse42, sandybridge, haswell, skylakex, icelake, zen4,
# sapphirerapids... on x86-64; apple_m1, m2_m3, m4 on Apple silicon): the app loads the best one
# the person's CPU runs (app/core/backends.py), so nothing is built for the runner's CPU
# (-march=native, llama.cpp's default, would die with SIGILL on older CPUs).
#   cpu   the standard installer: the CPU modules, plus the Vulkan module on Linux and Windows
#         x86-64 (AMD, Intel and NVIDIA GPUs; HEARTH_VULKAN=0 leaves it out) and Metal on Apple
#         silicon. "metal" and "vulkan" name the same build.
#   cuda  the same plus the CUDA module (Linux, Windows x86-64).
llama_cmake_args() {
    local variant=$1 dl="-DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON -DGGML_NATIVE=OFF"
    local vulkan=" -DGGML_VULKAN=ON"
    [ "${HEARTH_VULKAN:-1}" != 0 ] || vulkan=""
    case "$variant/$HOST_OS/$HOST_ARCH" in
        cpu/macos/arm64 | metal/macos/arm64)
            echo "$dl -DGGML_METAL=ON -DGGML_METAL_EMBED_LIBRARY=ON" ;;
        cpu/macos/x86_64) echo "$dl -DGGML_METAL=OFF" ;;
        cpu/linux/x86_64 | cpu/windows/x86_64 | vulkan/linux/x86_64 | vulkan/windows/x86_64)
            echo "$dl$vulkan" ;;
        cpu/linux/arm64) echo "$dl" ;;
        # Turing (RTX 20xx) to Hopper as real code, plus PTX that newer GPUs JIT-compile.
        # NO_VMM: ggml-cuda then does not link the driver's libcuda/nvcuda, so the app still
        # starts on a machine without an NVIDIA driver, finds no CUDA device and runs on the CPU.
        cuda/linux/x86_64 | cuda/windows/x86_64)
            echo "$dl$vulkan -DGGML_CUDA=ON -DGGML_CUDA_NO_VMM=ON" \
                "-DCMAKE_CUDA_ARCHITECTURES=75-real;80-real;86-real;89-real;90"
            ;;
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
    LLAMA_PIN=$("$PY" - "$ROOT/pyproject.toml" <<'EOF'
import sys, tomllib
deps = tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]
print(next(d for d in deps if d.lower().startswith("llama-cpp-python")))
EOF
    )
    if [ "$VARIANT" = cuda ] && [ -n "${CUDA_PATH:-}" ] && [ "$HOST_OS" = linux ]; then
        # PyInstaller must find libcudart and libcublas to bundle them.
        export LD_LIBRARY_PATH="$CUDA_PATH/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    fi
    # The venv's llama_cpp provides the Python bindings (any build of the pinned version); the
    # libraries that ship come from prepare_llama_runtime.
    if ! "$PY" -c "import llama_cpp" 2>/dev/null; then
        step "Installing $LLAMA_PIN (the bindings; compiles llama.cpp for this machine)"
        "$PY" -m pip install --no-deps "$LLAMA_PIN"
    fi
    # Skip pip when everything imports: the slow test reuses the test venv and stays offline.
    if ! (cd "$ROOT" && "$PY" -c "$HEARTH_IMPORTS") 2>/dev/null; then
        step "Installing Hearth's dependencies and PyInstaller into $venv"
        "$PY" -m pip install --quiet -e "$ROOT" "pyinstaller>=6.10"
    fi
}

# Build the llama.cpp libraries that ship, once per variant and flags: llama-cpp-python's own CMake
# project from the pinned sdist, keeping CMake's build folder, because the backend modules
# (libggml-cpu-*.so, libggml-vulkan.so...) are built there but not put in the wheel. The wheel's
# libraries and every module land in $BUILD/llama-runtime-<variant>-<hash of the flags>/, which
# later builds reuse (15-40 minutes on 2 cores, depending on the GPU modules). Exports
# HEARTH_LLAMA_LIBS for PyInstaller's llama_cpp hook.
#   HEARTH_LLAMA_RUNTIME=DIR    use such a folder made before (e.g. by another checkout)
#   HEARTH_LLAMA_RUNTIME=venv   ship the venv's own llama_cpp libraries (quick; as they are)
prepare_llama_runtime() {
    if [ "${HEARTH_LLAMA_RUNTIME:-}" = venv ]; then
        unset HEARTH_LLAMA_LIBS
        return 0
    fi
    local args key runtime
    if [ -n "${HEARTH_LLAMA_RUNTIME:-}" ]; then
        runtime=$HEARTH_LLAMA_RUNTIME
        [ -f "$runtime/runtime.json" ] || die "$runtime has no runtime.json: not a llama.cpp runtime"
    else
        args=${CMAKE_ARGS:-$(llama_cmake_args "$VARIANT")}
        key=$(printf '%s|%s' "$LLAMA_PIN" "$args" | "$PY" -c \
            "import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest()[:12])")
        runtime=$BUILD/llama-runtime-$VARIANT-$key
        if [ ! -f "$runtime/runtime.json" ]; then
            step "Compiling $LLAMA_PIN ($VARIANT): $args"
            rm -rf "$BUILD/llama-wheel-$key"
            # No pip cache: it keys built wheels by version only, not by CMAKE_ARGS.
            CMAKE_ARGS=$args CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-4} \
                "$PY" -m pip wheel --no-deps --no-cache-dir --no-binary llama-cpp-python \
                -w "$BUILD/llama-wheel-$key" --config-settings="build-dir=$BUILD/llama-cmake-$key" \
                "$LLAMA_PIN"
            "$PY" "$ROOT/packaging/llama_runtime.py" "$BUILD/llama-wheel-$key" \
                "$BUILD/llama-cmake-$key" "$runtime" --flags "$args"
        fi
    fi
    export HEARTH_LLAMA_LIBS=$runtime
    step "llama.cpp runtime: $runtime"
}

# Smoke-test options for what ships: a modular runtime must name the CPU variant it picked and
# also run with the lowest variant this CPU can run forced (HEARTH_CPU_VARIANT); a GPU-less
# runner's self-test runs on the CPU either way.
smoke_args() {
    if [ -n "${HEARTH_LLAMA_LIBS:-}" ]; then
        echo "--expect-backend CPU --expect-cpu-variant --force-cpu-variant lowest"
    else
        echo "--expect-backend CPU"
    fi
}

# The third-party imports of app/ (pyproject's dependencies) and PyInstaller.
HEARTH_IMPORTS="import PyInstaller, llama_cpp, PySide6.QtWidgets, PySide6.QtSvg, huggingface_hub, \
platformdirs, keyring, sqlcipher3, cryptography, gguf, numpy, psutil, pygments, pypdf, docx"

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
