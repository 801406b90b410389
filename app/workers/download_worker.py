"""Qt bridge for model downloads and the model manager's slow calls (hardware probe, listing,
import, delete, moving the models folder): core work runs on other threads, results and progress
come back to the GUI thread as signals."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.models.downloads import ACTIVE, DownloadEvent, DownloadJob, DownloadManager, State
from app.core.models.hub import Hub
from app.core.settings import Settings

log = logging.getLogger(__name__)


class DownloadWorker(QObject):
    """Owns a DownloadManager and re-emits its callbacks as Qt signals.

    Lives on the GUI thread. The manager runs jobs on its own Python threads and calls
    `_on_manager_event` there; emitting `job_event` from that thread makes Qt queue the delivery
    to receivers on the GUI thread, so no widget is ever touched off it. pause/resume/cancel/retry
    only set threading.Events and are safe to call from the GUI thread at any time.
    """

    job_event = Signal(object)  # DownloadEvent

    def __init__(self, settings: Settings, *, models_dir: Path | None = None,
                 hub: Hub | None = None, parent: QObject | None = None,
                 **manager_options: Any) -> None:
        super().__init__(parent)
        self.settings = settings
        # The Hub reads settings.offline on every request, so the offline switch acts at once.
        self.manager = DownloadManager(settings=settings, models_dir=models_dir,
                                       hub=hub if hub is not None else Hub(settings),
                                       on_event=self._on_manager_event, **manager_options)
        self._started = False

    # -- called on the manager's threads (and on the GUI thread for enqueue/pause) -------------
    def _on_manager_event(self, event: DownloadEvent) -> None:
        try:
            self.job_event.emit(event)
        except RuntimeError:  # the QObject is gone (dialog destroyed at exit): nobody listens
            log.debug("download event after the worker was deleted: %s", event.job_id)

    # -- GUI thread API ---------------------------------------------------------------------------
    @property
    def models_dir(self) -> Path:
        return self.manager.models_dir

    def download(self, repo: str, paths: list[str] | str,
                 sha256: dict[str, str] | None = None) -> DownloadJob:
        """Queue a model (every part) and make sure the download threads run."""
        job = self.manager.enqueue(repo, paths, sha256=sha256)
        self._ensure_started()
        return job

    def _ensure_started(self) -> None:
        self.manager.start()
        self._started = True

    def jobs(self) -> list[DownloadJob]:
        return self.manager.jobs()

    def job(self, job_id: str) -> DownloadJob:
        return self.manager.get(job_id)

    def active_jobs(self) -> list[DownloadJob]:
        return [j for j in self.manager.jobs() if j.state in ACTIVE]

    def unfinished_jobs(self) -> list[DownloadJob]:
        """Queued, running, paused, or failed with a partial file kept for Retry."""
        return self.manager.unfinished()

    def set_models_dir(self, path: str | os.PathLike[str]) -> None:
        """Download into another folder from now on (raises FolderMoveError while a download is
        unfinished)."""
        self.manager.set_models_dir(path)

    def pause(self, job_id: str) -> None:
        self.manager.pause(job_id)

    def resume(self, job_id: str) -> None:
        self.manager.resume(job_id)
        self._ensure_started()

    def retry(self, job_id: str) -> None:
        self.manager.retry(job_id)
        self._ensure_started()

    def cancel(self, job_id: str) -> None:
        self.manager.cancel(job_id)

    def pause_all(self) -> None:
        for job in self.active_jobs():
            self.manager.pause(job.id)

    def partials(self) -> list[dict[str, Any]]:
        """Unfinished downloads an earlier run left on disk."""
        return self.manager.partials()

    def resume_partials(self, *, start: bool = True) -> list[DownloadJob]:
        """Queue every unfinished download found on disk; paused instead when `start` is False
        (offline), so they show up and continue when the user says so."""
        jobs = self.manager.resume_partials()
        if start:
            self._ensure_started()
        else:
            for job in jobs:
                self.manager.pause(job.id)
        return jobs

    def shutdown(self, timeout: float = 10.0) -> None:
        """Pause running downloads (partials stay for next time) and stop the threads."""
        if self._started:
            self.manager.shutdown(timeout)
            self._started = False


def job_is_finished(job: DownloadJob) -> bool:
    return job.state in (State.DONE, State.CANCELLED)


class _Relay(QObject):
    """Created on the GUI thread, so signals emitted from a pool thread arrive queued there."""

    done = Signal(object)
    failed = Signal(str)
    progressed = Signal(object, object)  # objects: byte counts outgrow a C int


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self._fn()
        except HearthError as exc:
            self._emit_failed(str(exc))
            return
        except OSError as exc:
            self._emit_failed(tr("A file could not be read or written: {reason}").format(
                reason=exc.strerror or exc))
            return
        except Exception as exc:  # unexpected: still a message a person sees, details in the log
            log.exception("background model task failed")
            self._emit_failed(tr("The operation failed: {reason}").format(reason=exc))
            return
        try:
            self._relay.done.emit(result)
        except RuntimeError:  # the receiver was deleted meanwhile
            log.debug("background result dropped: receiver gone")

    def _emit_failed(self, message: str) -> None:
        try:
            self._relay.failed.emit(message)
        except RuntimeError:
            log.debug("background failure dropped: receiver gone")


class Background(QObject):
    """Runs short blocking calls (hardware.detect, list_installed, import_gguf, delete_model) on
    Qt's thread pool and hands the result to a callback on the GUI thread.

    Lives on the GUI thread; `pending` counts calls not yet answered (tests wait on it)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relays: set[_Relay] = set()

    @property
    def pending(self) -> int:
        return len(self._relays)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[str], None]) -> None:
        self._start(fn, on_done, on_failed)

    def run_reporting(self, fn: Callable[[Callable[[int, int], None]], Any],
                      on_done: Callable[[Any], None], on_failed: Callable[[str], None],
                      on_progress: Callable[[int, int], None],
                      interval_s: float = 0.1) -> None:
        """Like `run` for a long call that reports (done, total): `fn` gets a callback to call
        from its thread. Reports reach `on_progress` on the GUI thread at most every
        `interval_s` (and the last one always), so a fast loop cannot flood the event loop."""
        relay = _Relay(self)
        relay.progressed.connect(on_progress)
        last = [0.0]

        def report(done: int, total: int) -> None:  # on the pool thread
            now = time.monotonic()
            if done < total and now - last[0] < interval_s:
                return
            last[0] = now
            try:
                relay.progressed.emit(done, total)
            except RuntimeError:
                log.debug("background progress dropped: receiver gone")

        self._start(lambda: fn(report), on_done, on_failed, relay)

    def _start(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_failed: Callable[[str], None], given: _Relay | None = None) -> None:
        relay = given if given is not None else _Relay(self)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.idle.emit()

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(message: str) -> None:
            finish()
            on_failed(message)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self._relays.add(relay)
        QThreadPool.globalInstance().start(_Call(fn, relay))
