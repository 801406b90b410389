"""Full garbage collections hold the GIL (70-100 ms with the app loaded) and froze the window:
long-lived objects are frozen out of them, at startup and when the app is idle after a turn."""

from __future__ import annotations

import gc

from PySide6.QtTest import QTest

from app.ui.gc_policy import IdleCollector, freeze_now


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_idle_collector_collects_then_freezes_after_the_idle_time(qapp: object) -> None:
    gc.unfreeze()
    collector = IdleCollector(idle_ms=50)
    objects = [Cycle() for _ in range(1000)]
    del objects  # garbage (reference cycles) that only a collection frees
    before = gc.get_freeze_count()
    collector.schedule()
    assert collector.pending()
    QTest.qWait(200)
    assert not collector.pending()
    assert gc.get_freeze_count() > before  # what was alive is frozen now
    assert gc.get_count()[0] < 100  # and the cycles were collected first, not frozen


def test_hold_keeps_it_from_running_during_an_answer(qapp: object) -> None:
    gc.unfreeze()
    collector = IdleCollector(idle_ms=50)
    collector.schedule()
    collector.hold()
    QTest.qWait(150)
    assert gc.get_freeze_count() == 0  # nothing ran
    freeze_now()  # the direct call works the same
    assert gc.get_freeze_count() > 0
