"""Downloads seen from the main window: what is downloading in the background goes to the status
bar, and a finished download (a resumed one too) is announced once, with "Use this model"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from app.core.models.downloads import ACTIVE, DownloadEvent, State
from app.core.units import format_speed
from app.ui.status_bar import StatusBar
from app.workers.download_worker import DownloadWorker


class BackgroundDownloads(QObject):
    """Follows every job of the app's download worker. Thread: GUI (events arrive queued)."""

    ready = Signal(str, str)  # path of the model's first file, its file name
    failed = Signal(str, str)  # file name, what went wrong

    def __init__(self, worker: DownloadWorker, status: StatusBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.status = status
        self._reconnecting: set[str] = set()  # jobs waiting to retry after a dropped link
        self._announced: set[str] = set()
        worker.job_event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)

    def _on_event(self, event: DownloadEvent) -> None:
        if event.kind == "retry":
            self._reconnecting.add(event.job_id)
        elif event.kind == "progress" and event.speed > 0:
            self._reconnecting.discard(event.job_id)
        if event.kind == "state" and event.job_id not in self._announced:
            if event.state == State.DONE:
                self._announced.add(event.job_id)
                self._reconnecting.discard(event.job_id)
                try:
                    result = self.worker.job(event.job_id).result
                except KeyError:
                    result = None
                if result is not None:
                    self.ready.emit(str(result), Path(result).name)
            elif event.state == State.FAILED:
                self._reconnecting.discard(event.job_id)
                self.failed.emit(Path(event.filename).name, event.message)
        self.refresh()

    def refresh(self) -> None:
        """Show the downloads under way now (or nothing)."""
        jobs = [j for j in self.worker.jobs() if j.state in ACTIVE]
        if not jobs:
            self.status.set_download(None)
            return
        total = sum(j.total for j in jobs)
        done = sum(j.done for j in jobs)
        fraction = done / total if total and all(j.total for j in jobs) else None
        if len(jobs) == 1:
            name = Path(jobs[0].filename).name
            text = self.tr("Downloading {name}").format(name=name)
        else:
            text = self.tr("Downloading %n model(s)", "", len(jobs))
        if any(j.state == State.VERIFYING for j in jobs):
            fraction = None
            text += " · " + self.tr("checking")
        elif any(j.id in self._reconnecting for j in jobs):
            text += " · " + self.tr("reconnecting…")
        elif fraction is not None:
            text += f" · {fraction * 100:.0f}%"
            speed = sum(j.speed for j in jobs if j.state == State.RUNNING)
            if speed > 0:
                text += " · " + format_speed(speed)
        self.status.set_download(text, fraction)
