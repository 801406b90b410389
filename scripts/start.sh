#!/usr/bin/env bash
# Install Hearth into .venv (first run only) and start the app. Arguments go to the app.
set -euo pipefail
source "$(dirname "$0")/_venv.sh"
exec .venv/bin/python main.py "$@"
