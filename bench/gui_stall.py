"""GUI responsiveness: longest event-loop stall during model load and generation, and the GUI
cost per streamed token with 500 messages in the conversation against an empty one.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_stall.py [--turns 3] [--repeats 9]
    [--trace]
(HEARTH_BENCH_SETTLE_MS: idle time before each turn, 300 by default.)
Everything runs in a temporary HEARTH_HOME. Targets: stall < 50 ms; 500-message cost within
1.5x of the empty conversation's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QThread, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core import storage, synthetic_gguf  # noqa: E402
from app.core.engine import default_threads  # noqa: E402
from app.core.settings import Settings, paths  # noqa: E402
from app.ui.app import make_application  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from tests.ui.synthetic import answer_events  # noqa: E402

SETTLE_MS = int(os.environ.get("HEARTH_BENCH_SETTLE_MS", "300"))
TRACE: list[tuple[float, str]] = []
TRACING = [False]


class TracingApplication(QApplication):
    """With --trace: every event handler on the GUI thread that takes over 10 ms is logged, so a
    long gap can be told apart from scheduling (no handler ran) or GIL waits."""

    def notify(self, receiver: object, event: object) -> bool:  # type: ignore[override]
        if not TRACING[0]:
            return super().notify(receiver, event)  # type: ignore[arg-type]
        t = time.perf_counter()
        ok = super().notify(receiver, event)  # type: ignore[arg-type]
        d = time.perf_counter() - t
        if d > 0.010 and QThread.currentThread() is self.thread():
            name = getattr(receiver, "objectName", lambda: "")()
            TRACE.append((t, f"handler {d * 1e3:6.1f} ms  event {int(event.type())} "  # type: ignore[attr-defined]
                             f"-> {type(receiver).__name__} {name}"))
        return ok


def _schedstat() -> tuple[int, int] | None:
    """(ns on a CPU, ns runnable but waiting for one) of the calling thread (Linux)."""
    try:
        with open("/proc/thread-self/schedstat") as fh:
            run, wait, _ = fh.read().split()
        return int(run), int(wait)
    except (OSError, ValueError):
        return None


class StallMonitor:
    """A 5 ms timer; the longest gap between its ticks is the longest the loop was blocked."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self.longest_ms = 0.0
        self._last = 0.0
        self._sched: tuple[int, int] | None = None

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        gap = now - self._last
        self.longest_ms = max(self.longest_ms, gap)
        if TRACING[0]:
            sched = _schedstat()
            if gap > 30 and sched and self._sched:
                on_cpu, waiting = ((a - b) / 1e6 for a, b in zip(sched, self._sched, strict=True))
                TRACE.append((time.perf_counter(),
                              f"gap {gap:6.1f} ms ends: GUI thread ran {on_cpu:5.1f} ms, waited "
                              f"for a CPU {waiting:5.1f} ms, blocked (GIL, locks, I/O) "
                              f"{gap - on_cpu - waiting:5.1f} ms"))
            self._sched = sched
        self._last = now

    def start(self) -> None:
        TRACE.clear()
        self.t0 = time.perf_counter()
        self.longest_ms = 0.0
        self._clock.start()
        self._last = 0.0
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        if TRACING[0]:
            for t, what in TRACE:
                print(f"    {(t - self.t0) * 1e3:8.1f} ms  {what}")
        return self.longest_ms


def wait_for(signal: object, timeout_ms: int = 120_000) -> list[object]:
    loop = QEventLoop()
    got: list[object] = []

    def done(*args: object) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(done)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)  # type: ignore[attr-defined]
    return got


def wait_for_any(*signals: object, timeout_ms: int = 300_000) -> list[object]:
    loop = QEventLoop()
    got: list[object] = []

    def done(*args: object) -> None:
        got.extend(args)
        loop.quit()

    for signal in signals:
        signal.connect(done)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(done)  # type: ignore[attr-defined]
    return got


def seed(n_messages: int) -> str:
    with storage.Store.open(paths().ensure().database) as store:
        conv = store.create_conversation(f"{n_messages} messages")
        for i in range(n_messages // 2):
            store.add_message(conv.id, "user", f"Question {i}: how does *this* work?")
            store.add_message(conv.id, "assistant",
                              f"Answer {i}.\n\n- a point\n- another\n\n```python\nx = {i}\n```\n")
        return conv.id


def synthetic_cost(window: MainWindow, conversation: str | None) -> float:
    """Microseconds of GUI time per streamed token for one answer: fold the batch in, then let
    the loop lay out and paint, as it does between worker flushes."""
    app = QApplication.instance()
    assert app is not None
    batches = answer_events(per_batch=3)
    tokens = sum(1 for b in batches for e in b if type(e).__name__ == "TextDelta")
    if conversation:
        window.open_conversation(conversation)
    else:
        window.new_chat()
    app.processEvents()
    window.chat_model.begin_turn("Explain CSV streaming")
    app.processEvents()
    start = time.perf_counter()
    for batch in batches:
        window.chat_model.apply_events(batch)
        app.processEvents()
    window.chat_model.finish_turn("complete")
    app.processEvents()
    cost = (time.perf_counter() - start) / tokens * 1e6
    window.new_chat()
    return cost


def interleaved_costs(window: MainWindow, conversations: dict[str, str | None],
                      repeats: int) -> dict[str, float]:
    """Median cost per condition, the conditions taking turns so drift hits all alike."""
    runs: dict[str, list[float]] = {name: [] for name in conversations}
    for _ in range(repeats):
        for name, conv in conversations.items():
            runs[name].append(synthetic_cost(window, conv))
    return {name: statistics.median(values) for name, values in runs.items()}


def real_turn(window: MainWindow, text: str) -> tuple[float, float, int]:
    """(longest stall ms, GUI handler µs per token, tokens) for one real turn."""
    handler_s = [0.0]
    original: Callable[..., None] = window.turns._on_events

    def timed(rid: int, events: list[object]) -> None:
        t = time.perf_counter()
        original(rid, events)
        handler_s[0] += time.perf_counter() - t

    window.controller.worker.events_received.disconnect(window.turns._on_events)
    window.controller.worker.events_received.connect(timed)
    monitor = StallMonitor()
    monitor.start()
    t0 = time.monotonic()
    if not window.send(text):
        raise SystemExit(f"could not send: {window.toast.text()}")
    loop_end = wait_for_any(window.turn_finished, window.turn_failed)
    if not loop_end or isinstance(loop_end[0], str):
        raise SystemExit(f"the turn failed after {time.monotonic() - t0:.0f} s: {loop_end}")
    outcome = loop_end[0]
    stall = monitor.stop()
    window.controller.worker.events_received.disconnect(timed)
    window.controller.worker.events_received.connect(window.turns._on_events)
    tokens = outcome.result.stats.generated_tokens if outcome.result.stats else 0  # type: ignore
    return stall, handler_s[0] / max(tokens, 1) * 1e6, tokens


def settle(ms: int) -> None:
    """Let the event loop run idle, as between a person's actions."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def turns(window: MainWindow, label: str, count: int, prepare: Callable[[], None],
          text: str) -> float:
    """`count` turns, each after `prepare()` and a short settle; prints each, returns the max."""
    stalls = []
    for i in range(count):
        prepare()
        settle(SETTLE_MS)
        stall, per_token, n = real_turn(window, text)
        stalls.append(stall)
        print(f"generate ({label}, turn {i + 1}, {n} tokens): longest stall {stall:6.1f} ms, "
              f"handler {per_token:6.1f} µs/token", flush=True)
    print(f"generate ({label}): worst of {count} turns {max(stalls):6.1f} ms, median "
          f"{statistics.median(stalls):6.1f} ms")
    return max(stalls)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--turns", type=int, default=3, help="turns per generation scenario")
    ap.add_argument("--repeats", type=int, default=9,
                    help="synthetic answers per conversation for the per-token cost")
    ap.add_argument("--trace", action="store_true",
                    help="log GUI-thread handlers over 10 ms and gaps over 30 ms")
    args = ap.parse_args()
    TRACING[0] = args.trace
    home = tempfile.mkdtemp(prefix="hearth-bench-gui-")
    os.environ["HEARTH_HOME"] = home
    models = Path(home) / "models"
    models.mkdir()
    tiny = synthetic_gguf.write_tiny(models / "tiny.gguf")
    from tests.conftest import MEDIUM

    medium = synthetic_gguf.write(models / "medium.gguf", MEDIUM)
    if args.trace:
        TracingApplication(sys.argv[:1])
    make_application()
    settings = Settings(max_tokens=200, context_length=4096, cpu_threads=0, gpu_layers=0)
    window = MainWindow(settings)
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()
    big = seed(500)
    screenful = seed(20)
    # The window's first paint is startup work, not the load's: let it happen first, as it does
    # when Hearth opens and then loads the last model. (The warm-up thread may still be running.)
    settle(500)

    print("== event-loop stall (5 ms timer; longest gap) ==")
    print(f"llama.cpp threads: {default_threads()} (Hearth's default: physical cores)")
    for name, path in (("tiny", tiny), ("medium", medium)):
        monitor = StallMonitor()
        monitor.start()
        window.load_model(path)
        wait_for(window.model_ready)
        print(f"load {name:7s} model: longest stall {monitor.stop():6.1f} ms", flush=True)
    # Generation with the medium model loaded (slower tokens, longer turn).
    worst = turns(window, "medium, new chat", args.turns, window.new_chat,
                  "Tell me something long")
    # A context the 500-message history fits in: trimming it is core work on the engine
    # thread, and slow (see docs/benchmarks.md), which is not what this measures.
    window.settings.context_length = 32768
    window.load_model(tiny)
    wait_for(window.model_ready)
    worst = max(worst, turns(window, "tiny, new chat", args.turns, window.new_chat,
                             "And now, tell me more?"))
    monitor = StallMonitor()
    monitor.start()
    window.open_conversation(big)
    settle(500)
    print(f"open the 500-message conversation: longest stall {monitor.stop():6.1f} ms")
    worst = max(worst, turns(window, "tiny, 500-message chat", args.turns,
                             lambda: window.open_conversation(big), "And now, tell me more?"))
    print(f"worst stall during generation: {worst:6.1f} ms (target < 50 ms)")

    print("== GUI cost per streamed token, synthetic events (fold + layout + paint) ==")
    costs = interleaved_costs(window, {"empty": None, "small": screenful, "full": big},
                              args.repeats)
    empty, small, full = costs["empty"], costs["small"], costs["full"]
    print(f"(median of {args.repeats} answers each, taking turns)")
    print(f"empty conversation:       {empty:8.1f} µs/token")
    print(f"20-message conversation:  {small:8.1f} µs/token  (the screen is full of history)")
    print(f"500-message conversation: {full:8.1f} µs/token  ratio {full / empty:4.2f}x vs empty, "
          f"{full / small:4.2f}x vs 20 messages (target <= 1.5x)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
