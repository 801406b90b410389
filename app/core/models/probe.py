"""Load a model in a child process before trusting it: a file that makes llama.cpp abort (a
GGML_ASSERT on numbers no check here foresaw) kills the child, not Hearth, and the abort
becomes a message. `models verify`, `models import` and the model manager's import use it."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import describe
from app.core.i18n import tr

log = logging.getLogger(__name__)

PROBE_FLAG = "--probe-model"
TIMEOUT_S = 600.0  # a full-size model from a slow disk; past this the result is unknown
RESULT_ENV = "HEARTH_PROBE_RESULT"


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    message: str = ""  # why not, in words for a person
    conclusive: bool = True  # False: the child did not finish in time (nothing is known)


def probe_command(path: Path) -> list[str]:
    """How to start the probe: the frozen app is its own interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PROBE_FLAG, str(path)]
    return [sys.executable, "-m", "app.main", PROBE_FLAG, str(path)]


def probe(path: str | os.PathLike[str], timeout: float = TIMEOUT_S) -> ProbeResult:
    """Load `path` and generate a token in a child process; say what went wrong if it failed."""
    path = Path(path).absolute()
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[3])  # where the `app` package lives
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env["GGML_NO_BACKTRACE"] = "1"  # ggml would run gdb on itself before aborting
    # The child writes its result to a file: a windowed frozen build has no stdout.
    with tempfile.TemporaryDirectory(prefix="hearth-probe-") as scratch:
        result_file = Path(scratch) / "result.json"
        env[RESULT_ENV] = str(result_file)
        try:
            done = subprocess.run(probe_command(path), env=env, capture_output=True,
                                  text=True, errors="replace", timeout=timeout,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            log.warning("probe of %s did not finish in %.0f s", path, timeout)
            return ProbeResult(True, conclusive=False)
        except OSError as exc:
            log.warning("probe of %s could not start: %s", path, exc)
            return ProbeResult(True, conclusive=False)
        try:
            result = json.loads(result_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            result = None
    if isinstance(result, dict):
        return ProbeResult(bool(result.get("ok")), str(result.get("error") or ""))
    detail = _abort_reason(done.stderr) or tr("exit status {code}").format(code=done.returncode)
    log.warning("probe of %s failed (%s):\n%s", path, done.returncode, done.stderr[-4000:])
    return ProbeResult(False, tr(
        "{name} makes llama.cpp stop while loading it ({detail}). The file is damaged or is not "
        "a model Hearth can run; download a published gpt-oss GGUF instead.").format(
            name=path.name, detail=detail))


def _abort_reason(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for marker in ("GGML_ASSERT", "GGML_ABORT", "error", "what()"):
        for line in lines:
            if marker in line:
                # Keep the assertion, not the build path in front of it.
                return line[line.find(marker):][:200] if marker.startswith("GGML") else line[:200]
    return lines[-1][:200] if lines else ""


def run_probe(path: str) -> int:
    """In the child: load, answer one token, print the result line; an abort ends it first."""
    from app.core.engine import EngineConfig, LlamaEngine, SamplingParams
    from app.core.harmony import Conversation, Message

    try:
        engine = LlamaEngine.load(EngineConfig(path, n_ctx=512, n_threads=2, n_gpu_layers=0,
                                               low_memory=True, check_memory=False))
        try:
            conv = Conversation([Message("user", "hi")])
            for _event in engine.stream(conv, SamplingParams(max_tokens=2, seed=0),
                                        threading.Event()):
                pass
        finally:
            engine.close()
    except Exception as exc:  # a clear failure: its message is the result
        _report({"ok": False, "error": describe(exc)})
        return 1
    _report({"ok": True})
    return 0


def _report(result: dict[str, object]) -> None:
    target = os.environ.get(RESULT_ENV)
    if target:
        Path(target).write_text(json.dumps(result), encoding="utf-8")
    if sys.stdout is not None:
        print(json.dumps(result), flush=True)
