#!/usr/bin/env bash
# Install Hearth with its test dependencies into .venv and run the whole test suite offscreen.
set -euo pipefail
HEARTH_EXTRAS="[test]"
source "$(dirname "$0")/_venv.sh"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
