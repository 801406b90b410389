"""ruff and mypy are part of the test suite: the README's test command fails when either does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=900)


def test_ruff_is_clean() -> None:
    result = run("ruff", "check", "app", "tests", "bench", "packaging", "main.py")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.timeout(900)
def test_mypy_is_clean() -> None:
    # The whole app, UI included, with the settings in pyproject.toml.
    result = run("mypy", "app")
    assert result.returncode == 0, result.stdout + result.stderr
