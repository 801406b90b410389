"""`hearth --self-test`: the packaged app's smoke test. Qt offscreen, a generated tiny model, the
real engine worker thread, a few tokens; prints OK and exits 0, or says what failed."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test(timeout_s: float = 120.0) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core import synthetic_gguf
    from app.core.chat import TurnRequest
    from app.core.engine import Done, EngineConfig, SamplingParams
    from app.core.harmony import TextDelta
    from app.core.settings import Settings
    from app.workers.engine_worker import EngineController, GenerateRequest

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[str, object] = {"tokens": 0, "deltas": 0}
    with tempfile.TemporaryDirectory(prefix="hearth-selftest-") as tmp:
        model = synthetic_gguf.write_tiny(Path(tmp) / "selftest.gguf")
        controller = EngineController()
        loop = QEventLoop()

        def fail(message: str) -> None:
            results["error"] = message
            loop.quit()

        def on_loaded(info: object) -> None:
            results["info"] = info
            controller.generate(GenerateRequest(
                TurnRequest("Say hello.", SamplingParams(max_tokens=8, seed=1)), Settings()))

        def on_events(_rid: int, events: list) -> None:
            for ev in events:
                if isinstance(ev, TextDelta):
                    results["deltas"] = int(results["deltas"]) + 1  # type: ignore[call-overload]
                if isinstance(ev, Done):
                    results["tokens"] = ev.stats.generated_tokens

        controller.worker.model_loaded.connect(on_loaded)
        controller.worker.load_failed.connect(fail)
        controller.worker.generation_failed.connect(lambda _rid, msg: fail(msg))
        controller.worker.events_received.connect(on_events)
        controller.worker.generation_finished.connect(lambda _o: loop.quit())
        QTimer.singleShot(int(timeout_s * 1000), lambda: fail("timed out"))
        t0 = time.perf_counter()
        controller.load(EngineConfig(str(model), n_ctx=512, n_threads=2))
        loop.exec()
        controller.shutdown()
        elapsed = time.perf_counter() - t0
    del app
    if "error" in results:
        print(f"FAILED: {results['error']}", file=sys.stderr)
        return 1
    info = results.get("info")
    backend = getattr(info, "backend", "?")
    if not results["tokens"]:
        print("FAILED: no tokens were generated", file=sys.stderr)
        return 1
    print(f"OK: {results['tokens']} tokens on {backend} in {elapsed:.2f} s")
    # What the packaged app picked on this machine: the CPU variant and the GPUs (or why none).
    from app.commands.backends import describe
    from app.core import backends

    for line in describe(backends.report()):
        print(line)
    return 0
