"""Python's garbage collector, kept out of the way of the window.

A full (generation 2) collection walks every tracked object and holds the GIL while it does: with
the Qt wrappers, the safety rules, the lexers and a long conversation loaded, that was 70-100 ms,
and whichever thread happened to trigger it (often the history read on a pool thread as an answer
started) froze the GUI thread for that long (bench/gui_stall.py; found with gc.callbacks).

So: once the app has started, everything alive is moved out of the collector's sight
(`gc.freeze`), and after each answer, once the app has been idle for a few seconds, the objects
made since are collected and frozen too. Automatic collections then only ever walk what is new.
Objects that die by reference counting (nearly all) are still freed at once; only reference
cycles among frozen objects wait, and there are few.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

IDLE_MS = 4000


def freeze_now() -> None:
    """Collect what is garbage now, then exclude everything alive from later collections."""
    t = time.perf_counter()
    gc.collect()
    gc.freeze()
    log.debug("gc: collected and froze %d objects in %.0f ms", gc.get_freeze_count(),
              (time.perf_counter() - t) * 1e3)


class IdleCollector(QObject):
    """Runs `freeze_now` on the GUI thread once the app has been idle for IDLE_MS.

    `schedule()` after something that made many objects (startup, a turn); `hold()` while an
    answer streams, so a collection never runs in the middle of one."""

    def __init__(self, parent: QObject | None = None, idle_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(freeze_now)

    def schedule(self) -> None:
        self._timer.start()  # restarts: the idle period counts from the last activity

    def hold(self) -> None:
        self._timer.stop()

    def pending(self) -> bool:
        return self._timer.isActive()
