"""Smoke-test a frozen Hearth offscreen: --version, --self-test, two headless commands, the window.

Usage: python packaging/smoke_test.py PATH_TO_EXECUTABLE [--expect-backend CPU]
           [--expect-cpu-variant] [--force-cpu-variant NAME|lowest]
A build with llama.cpp's CPU variants as modules must name the variant it picked
(--expect-cpu-variant), and can be made to run with a lower one forced through HEARTH_CPU_VARIANT
(--force-cpu-variant: a name, or "lowest" for the lowest variant this CPU runs, read from the
app's own `backends --json`). Standard library only, so any Python on any OS (a CI runner's, a
developer's) can run it.
Exit status 0 when every check passed; each failure is printed with the command's output.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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


def lowest_variant(executable: Path, env: dict[str, str], cwd: str) -> str:
    """The lowest-scoring CPU variant this CPU runs, from the app's `backends --json`."""
    proc = subprocess.run([str(executable), "backends", "--json"], env=env, cwd=cwd,
                          capture_output=True, text=True, errors="replace", timeout=120)
    report = json.loads(proc.stdout)
    usable = [v for v in report["cpu_variants"] if v["score"] > 0]
    if not usable:
        raise ValueError(f"no usable CPU variant in: {proc.stdout[-2000:]}")
    return str(min(usable, key=lambda v: v["score"])["name"])


def run_checks(executable: Path, expect_backend: str | None = None,
               extra_env: dict[str, str] | None = None, *, expect_cpu_variant: bool = False,
               force_cpu_variant: str | None = None) -> list[str]:
    """Run every check against `executable`; return the failures (empty when all passed)."""
    failures: list[str] = []
    checks = list(CHECKS)
    if force_cpu_variant:
        checks.append(Check("self-test, forced CPU variant", ["--self-test"], "OK: "))
    with tempfile.TemporaryDirectory(prefix="hearth-smoke-") as home:
        env = dict(os.environ)
        env.update({"QT_QPA_PLATFORM": "offscreen", "HEARTH_HOME": home,
                    "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1",
                    # An AppImage cannot mount itself without FUSE (CI, containers).
                    "APPIMAGE_EXTRACT_AND_RUN": "1"})
        env.update(extra_env or {})
        for check in checks:
            check_env, forced = env, ""
            if check.name.startswith("self-test, forced"):
                try:
                    forced = force_cpu_variant or ""
                    if forced == "lowest":
                        forced = lowest_variant(executable, env, home)
                except (OSError, ValueError, KeyError, subprocess.TimeoutExpired) as exc:
                    failures.append(f"{check.name}: no variant to force: {exc}")
                    continue
                check_env = {**env, "HEARTH_CPU_VARIANT": forced}
            try:
                proc = subprocess.run([str(executable), *check.args], env=check_env, cwd=home,
                                      capture_output=True, text=True, errors="replace",
                                      timeout=check.timeout_s)
            except (OSError, subprocess.TimeoutExpired) as exc:
                failures.append(f"{check.name}: could not run: {exc}")
                continue
            output = proc.stdout + proc.stderr
            ok = proc.returncode == 0 and check.expect in output
            if ok and check.name == "self-test" and expect_backend:
                ok = f" on {expect_backend}" in output
            if ok and check.name == "self-test" and expect_cpu_variant:
                # "CPU: <name>, variant haswell (the best this CPU runs)"
                ok = re.search(r", variant \S+ \(", output) is not None
            if ok and forced:
                ok = f" on CPU ({forced})" in output
            status = "ok" if ok else f"FAILED (exit {proc.returncode})"
            lines = output.strip().splitlines() or [""]
            shown = next((ln for ln in lines if ln.startswith("OK: ")), lines[-1])
            print(f"[{status}] {check.name}{f' ({forced})' if forced else ''}: {shown}")
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
    parser.add_argument("--expect-cpu-variant", action="store_true",
                        help="fail unless --self-test names the CPU variant module it loaded")
    parser.add_argument("--force-cpu-variant", metavar="NAME",
                        help="also self-test with HEARTH_CPU_VARIANT=NAME ('lowest': the lowest "
                             "variant this CPU runs)")
    args = parser.parse_args(argv)
    if not args.executable.exists():
        print(f"{args.executable} does not exist", file=sys.stderr)
        return 2
    failures = run_checks(args.executable, args.expect_backend,
                          expect_cpu_variant=args.expect_cpu_variant,
                          force_cpu_variant=args.force_cpu_variant)
    for failure in failures:
        print(failure, file=sys.stderr)
    total = len(CHECKS) + 1 + (1 if args.force_cpu_variant else 0)
    print(f"{total - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
