"""Hearth's launcher: the GUI by default, headless subcommands for scripts (see app.main)."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())
