"""Smoke-test a frozen Hearth offscreen: --version, --self-test, two headless commands, the window.

Usage: python packaging/smoke_test.py PATH_TO_EXECUTABLE [--expect-backend CPU]
Standard library only, so any Python on any OS (a CI runner's, a developer's) can run it.
Exit status 0 when every check passed; each failure is printed with the command's output.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Check:
    name: str
    args: list[str]
    expect: str  # text that must appear in stdout + stderr
    timeout_s: float = 180.0


CHECKS = [
    Check("version", ["--version"], "Hearth "),
    # Loads llama.cpp's libraries, Qt's offscreen platform plugin and runs the engine thread.
    Check("self-test", ["--self-test"], "OK: "),
    # Reads resources/catalog.json from inside the bundle.
    Check("models list", ["models", "list"], "gpt-oss-20b"),
    # Reads resources/safety/*.json from inside the bundle.
    Check("safety-check", ["safety-check", "--json", "How do I bake bread?"], "\"verdict\""),
]


def check_window_starts(executable: Path, env: dict[str, str], cwd: str,
                        alive_s: float = 10.0) -> str | None:
    """Start the window (no arguments) offscreen; None if it is still running after alive_s
    seconds, else why not. Catches a GUI module or Qt plugin the build left out."""
    proc = subprocess.Popen([str(executable)], env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace")
    try:
        output, _ = proc.communicate(timeout=alive_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None
    return f"the window exited with status {proc.returncode} at once:\n{output[-4000:]}"


def run_checks(executable: Path, expect_backend: str | None = None,
               extra_env: dict[str, str] | None = None) -> list[str]:
    """Run every check against `executable`; return the failures (empty when all passed)."""
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="hearth-smoke-") as home:
        env = dict(os.environ)
        env.update({"QT_QPA_PLATFORM": "offscreen", "HEARTH_HOME": home,
                    "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1",
                    # An AppImage cannot mount itself without FUSE (CI, containers).
                    "APPIMAGE_EXTRACT_AND_RUN": "1"})
        env.update(extra_env or {})
        for check in CHECKS:
            try:
                proc = subprocess.run([str(executable), *check.args], env=env, cwd=home,
                                      capture_output=True, text=True, errors="replace",
                                      timeout=check.timeout_s)
            except (OSError, subprocess.TimeoutExpired) as exc:
                failures.append(f"{check.name}: could not run: {exc}")
                continue
            output = proc.stdout + proc.stderr
            ok = proc.returncode == 0 and check.expect in output
            if ok and check.name == "self-test" and expect_backend:
                ok = f" on {expect_backend}" in output
            status = "ok" if ok else f"FAILED (exit {proc.returncode})"
            print(f"[{status}] {check.name}: {output.strip().splitlines()[-1:] or ['']}")
            if not ok:
                failures.append(f"{check.name}: exit {proc.returncode}, wanted {check.expect!r}"
                                f"\n--- output ---\n{output[-4000:]}")
        problem = check_window_starts(executable, env, home)
        print(f"[{'ok' if problem is None else 'FAILED'}] window: started and kept running")
        if problem:
            failures.append(f"window: {problem}")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("--expect-backend", metavar="NAME",
                        help="fail unless --self-test reports this backend (e.g. CPU, CUDA, Metal)")
    args = parser.parse_args(argv)
    if not args.executable.exists():
        print(f"{args.executable} does not exist", file=sys.stderr)
        return 2
    failures = run_checks(args.executable, args.expect_backend)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{len(CHECKS) + 1 - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
