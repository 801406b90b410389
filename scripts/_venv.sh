# Sourced by start.sh and test.sh: make .venv with Python >= 3.11 and install Hearth into it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Hearth needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Install only when pyproject.toml (or the extras asked for) changed since the last install, so a
# second start is instant and needs no network.
stamp=".venv/.hearth-installed${HEARTH_EXTRAS:-}"
want=$(cat pyproject.toml; echo "${HEARTH_EXTRAS:-}"; echo "${CMAKE_ARGS:-}")
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    # llama-cpp-python compiles llama.cpp the first time (about 10 minutes on 2 cores); pip
    # caches it. GPU builds: CMAKE_ARGS="-DGGML_CUDA=on" (or -DGGML_METAL=on, -DGGML_VULKAN=on).
    echo "Installing Hearth and its dependencies (the first time compiles llama.cpp: ~10 min)..." >&2
    .venv/bin/python -m pip install --quiet -e ".${HEARTH_EXTRAS:-}"
    printf '%s' "$want" > "$stamp"
fi
