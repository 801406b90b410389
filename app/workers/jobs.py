"""The one way work leaves the GUI thread (the engine keeps a thread of its own): run a function on
a pool thread, with progress, cancel, and the result or a message a person can read back on the
GUI thread.

`Jobs` lives on the GUI thread. A job that must not overlap others of its kind (everything that
writes one database, document ingestion) runs on a named lane: one thread, in order. Every failure
becomes a sentence through `app.core.errors.describe`, the app's only such function.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core import storage
from app.core.errors import HearthError, describe

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_INTERVAL_S = 1 / 30  # progress reaches the GUI at most ~30 times a second


class Job:
    """What a running job gets: `report(...)` to send progress, `cancelled` to check.

    `report` may be called as often as the work likes: reports are passed on at most every
    `interval_s` (the last one of a burst is dropped, except `final=True` ones), so a fast loop
    cannot flood the event loop.
    """

    def __init__(self, job_id: int, relay: _Relay, interval_s: float,
                 lane: str | None = None) -> None:
        self.id = job_id
        self.lane = lane
        self.cancelled = threading.Event()
        self._relay = relay
        self._interval = interval_s
        self._last = 0.0

    def report(self, *payload: Any, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self._last < self._interval:
            return
        self._last = now
        try:
            self._relay.progressed.emit(self.id, payload)
        except RuntimeError:  # the GUI side is gone (the app is closing)
            log.debug("progress dropped: receiver gone")

    def cancel(self) -> None:
        self.cancelled.set()


class _Relay(QObject):
    """Created on the GUI thread, so signals emitted from a pool thread arrive queued there."""

    done = Signal(int, object)
    failed = Signal(int, str)
    progressed = Signal(int, object)


class _Run(QRunnable, Generic[T]):
    """One job. Made on the GUI thread, run on a pool thread; answers through the relay."""

    def __init__(self, job: Job, fn: Callable[[Job], T], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # on a pool thread
        try:
            result: Any = self._fn(self._job)
        except Exception as exc:
            if not isinstance(exc, HearthError):
                log.error("background job failed", exc_info=exc)
            self._emit(self._relay.failed, self._job.id, describe(exc))
            return
        self._emit(self._relay.done, self._job.id, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiver was deleted meanwhile (the app is closing)
            log.debug("background result dropped: receiver gone")


@dataclass
class _Entry:
    job: Job
    on_done: Callable[[Any], None]
    on_failed: Callable[[str], None] | None
    on_progress: Callable[..., None] | None


class Jobs(QObject):
    """Runs work off the GUI thread and answers on it. Lives on the GUI thread.

    `pending` counts jobs not yet answered; `idle` fires when it drops to zero (tests wait on it,
    and a window closing waits for it).
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, db_path: Path | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._pool = QThreadPool(self)
        self._lanes: dict[str, QThreadPool] = {}
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._live: dict[int, _Entry] = {}

    @property
    def pending(self) -> int:
        return len(self._live)

    def busy(self, lane: str | None = None) -> bool:
        return bool(self._live) if lane is None else any(
            e.job.lane == lane for e in self._live.values())

    def submit(self, fn: Callable[[Job], T], on_done: Callable[[T], None],
               on_failed: Callable[[str], None] | None = None, *,
               on_progress: Callable[..., None] | None = None, lane: str | None = None,
               interval_s: float = PROGRESS_INTERVAL_S) -> Job:
        """Run `fn(job)`; `on_done(result)` or `on_failed(message)` follow on the GUI thread,
        `on_progress(*payload)` for each report that gets through. Without `on_failed` a
        failure is logged. Returns the job (cancel it with `job.cancel()`)."""
        job = Job(next(self._ids), self._relay, interval_s, lane)
        self._live[job.id] = _Entry(job, on_done, on_failed, on_progress)
        self._pool_for(lane).start(_Run(job, fn, self._relay))
        return job

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None],
            on_failed: Callable[[str], None] | None = None, *, lane: str | None = None) -> Job:
        """`submit` for a plain call that reports nothing and cannot be cancelled."""
        return self.submit(lambda _job: fn(), on_done, on_failed, lane=lane)

    def with_store(self, fn: Callable[[storage.Store], T], on_done: Callable[[T], None],
                   on_failed: Callable[[str], None] | None = None, *,
                   lane: str = "history") -> Job:
        """A job on the history database, on its own connection, one after another."""
        db_path = self.db_path

        def job(_job: Job) -> T:
            with storage.Store.open(db_path) as store:
                return fn(store)

        return self.submit(job, on_done, on_failed, lane=lane)

    def cancel_all(self) -> None:
        for entry in self._live.values():
            entry.job.cancel()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until every job has run (at shutdown); True if they all did in time."""
        deadline = time.monotonic() + timeout_ms / 1000
        ok = True
        for pool in (*self._lanes.values(), self._pool):
            left = max(0, int((deadline - time.monotonic()) * 1000))
            ok = pool.waitForDone(left) and ok
        return ok

    def _pool_for(self, lane: str | None) -> QThreadPool:
        if lane is None:
            return self._pool
        pool = self._lanes.get(lane)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)  # in order, never two at once
            self._lanes[lane] = pool
        return pool

    def _finish(self, job_id: int) -> _Entry | None:
        entry = self._live.pop(job_id, None)
        if not self._live:
            self.idle.emit()
        return entry

    def _on_done(self, job_id: int, result: object) -> None:
        entry = self._finish(job_id)
        if entry is not None:
            entry.on_done(result)

    def _on_failed(self, job_id: int, message: str) -> None:
        entry = self._finish(job_id)
        if entry is None:
            return
        if entry.on_failed is not None:
            entry.on_failed(message)
        else:
            log.warning("background job failed: %s", message)

    def _on_progress(self, job_id: int, payload: object) -> None:
        entry = self._live.get(job_id)
        if entry is not None and entry.on_progress is not None:
            entry.on_progress(*payload)  # type: ignore[misc]


def detached(fn: Callable[[], Any], name: str) -> None:
    """Fire-and-forget work with no answer (warming caches, starting a viewer): Qt's global pool,
    failures logged. The GUI must never wait on it."""

    class _Once(QRunnable):
        """Runs on a thread of Qt's global pool."""

        def run(self) -> None:
            try:
                fn()
            except Exception:
                log.exception("%s failed", name)

    runnable = _Once()
    runnable.setAutoDelete(True)
    QThreadPool.globalInstance().start(runnable)


__all__ = ["Job", "Jobs", "detached"]
