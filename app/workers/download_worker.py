"""Qt bridge for model downloads: the download manager works on its own threads in core; its
events come back to the GUI thread as a signal. (The model manager's other slow calls run on the
shared jobs runner, app.workers.jobs.)"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.models.downloads import ACTIVE, DownloadEvent, DownloadJob, DownloadManager
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
