"""The Downloads tab: one card per download job with its progress, speed and time left, the
actions its state allows, and the unfinished downloads of last time picked up again. Lives on
the GUI thread; the jobs themselves run on the download manager's threads."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.i18n import tr
from app.core.models.downloads import ACTIVE, DownloadEvent, DownloadJob, State
from app.core.models.fit import Verdict
from app.core.settings import Settings
from app.core.units import format_bytes, format_speed
from app.ui.model_manager.banner import Banner
from app.ui.model_manager.widgets import (
    ACCENT,
    DANGER,
    SUCCESS,
    VERDICT_COLORS,
    WARNING,
    Card,
    Pill,
    ask,
    label,
    list_page,
    thin_progress,
)
from app.workers.download_worker import DownloadWorker

log = logging.getLogger(__name__)


def format_duration(seconds: float | None) -> str:
    """'about 4 min left' style text (translated under the "core" context)."""
    if seconds is None or not math.isfinite(seconds):
        return ""
    if seconds < 60:
        return tr("less than a minute left")
    minutes = int(round(seconds / 60))
    if minutes < 60:
        return tr("about {n} min left").format(n=minutes)
    return tr("about {h} h {m} min left").format(h=minutes // 60, m=minutes % 60)


class DownloadRow(Card):
    """One download job: progress, speed and ETA, and the actions its state allows."""

    pause_clicked = Signal(str)
    resume_clicked = Signal(str)
    cancel_clicked = Signal(str)
    retry_clicked = Signal(str)
    token_clicked = Signal(str)
    offline_clicked = Signal(str)
    use_clicked = Signal(str)
    remove_clicked = Signal(str)

    def __init__(self, job: DownloadJob, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job_id = job.id
        self.state: State = job.state
        self.result: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 14, 12)
        layout.setSpacing(6)
        self.pill = Pill()
        head, self.title = self.title_line(title, self.pill)
        layout.addLayout(head)
        self.where = label(job.repo + " · " + job.filename, "mmMuted")
        layout.addWidget(self.where)
        self.progress = thin_progress()
        layout.addWidget(self.progress)
        self.error = label(name="mmError", wrap=True, selectable=True)
        self.error.hide()
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.detail = label(name="mmMuted", wrap=True, selectable=True)
        bottom.addWidget(self.detail, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, signal in (
                ("token", self.tr("Add a token…"), self.token_clicked),
                ("offline", self.tr("Turn off offline mode"), self.offline_clicked),
                ("use", self.tr("Use this model"), self.use_clicked),
                ("pause", self.tr("Pause"), self.pause_clicked),
                ("resume", self.tr("Resume"), self.resume_clicked),
                ("retry", self.tr("Retry"), self.retry_clicked),
                ("cancel", self.tr("Cancel"), self.cancel_clicked),
                ("remove", self.tr("Remove"), self.remove_clicked)):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=signal: s.emit(self.job_id))
            b.hide()
            bottom.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons[key] = b
        self.buttons["use"].setObjectName("primaryButton")
        layout.addLayout(bottom)
        self._retry_note = ""

    def update_from(self, event: DownloadEvent, job: DownloadJob) -> None:
        self.state = event.state
        self.result = job.result
        if event.kind == "retry":
            self._retry_note = event.message
        elif event.kind == "progress" and event.speed > 0:
            self._retry_note = ""  # kept until data flows again
        self._render(event, job)

    def _render(self, event: DownloadEvent, job: DownloadJob) -> None:
        s = event.state
        labels = {
            State.QUEUED: (self.tr("Waiting in queue"), VERDICT_COLORS[Verdict.UNKNOWN]),
            State.PREPARING: (self.tr("Preparing"), ACCENT),
            State.RUNNING: (self.tr("Downloading"), ACCENT),
            State.VERIFYING: (self.tr("Verifying checksum"), ACCENT),
            State.PAUSED: (self.tr("Paused"), WARNING),
            State.DONE: (self.tr("Installed and verified"), SUCCESS),
            State.FAILED: (self.tr("Failed"), DANGER),
            State.CANCELLED: (self.tr("Cancelled"), VERDICT_COLORS[Verdict.UNKNOWN]),
        }
        text, pair = labels[s]
        if self._retry_note and s in (State.RUNNING, State.PREPARING):
            text, pair = self.tr("Reconnecting"), WARNING  # not "Downloading" while it waits
        self.pill.setText(text)
        self.pill.set_colors(pair)
        if event.parts > 1 and event.part:
            self.where.setText(self.tr("{repo} · part {part} of {parts}").format(
                repo=job.repo, part=event.part, parts=event.parts))
        total = event.total
        if s == State.VERIFYING:
            self.progress.setRange(0, 0)  # busy: hashing the last bytes and checking the header
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * event.done / total) if total else 0)
        if s == State.DONE:
            self.progress.setValue(1000)
        self.progress.setVisible(s not in (State.FAILED, State.CANCELLED))

        parts: list[str] = []
        if total:
            parts.append(self.tr("{done} of {total}").format(done=format_bytes(event.done),
                                                             total=format_bytes(total)))
        if s == State.RUNNING and event.speed > 0:
            parts.append(format_speed(event.speed))
            eta = format_duration(event.eta)
            if eta:
                parts.append(eta)
        elif s == State.VERIFYING:
            parts.append(self.tr("checking the sha256 against the Hub's record"))
        elif s == State.PREPARING:
            parts.append(self.tr("asking the Hub for the file's size and checksum"))
        elif s == State.QUEUED:
            parts.append(self.tr("starts when the download before it ends"))
        elif s == State.PAUSED:
            parts.append(self.tr("what is downloaded is kept"))
        elif s == State.DONE and job.result is not None:
            parts = [self.tr("{size}, checksum verified").format(size=format_bytes(total))]
        detail = " · ".join(parts)
        if self._retry_note and s in (State.RUNNING, State.PREPARING):
            detail = self._retry_note
        failed = s == State.FAILED
        self.detail.setText("" if failed else detail)
        self.error.setVisible(failed)
        if failed:
            error = job.error or self.tr("The download failed.")
            if job.done > 0 and job.retryable and job.error_type != "ChecksumMismatch":
                error += "\n" + self.tr("{done} of {total} is downloaded and kept: Retry "
                                        "continues from there.").format(
                    done=format_bytes(job.done), total=format_bytes(job.total))
            self.error.setText(error)
        kind = job.error_type or ""
        show = {
            "pause": s in (State.QUEUED, State.PREPARING, State.RUNNING),
            "resume": s == State.PAUSED,
            "retry": failed and job.retryable and kind != "OfflineError",
            "token": failed and kind == "AccessDenied",
            "offline": failed and kind == "OfflineError",
            "cancel": s in (State.QUEUED, State.PREPARING, State.RUNNING, State.PAUSED),
            "use": s == State.DONE,
            "remove": failed or s == State.DONE,
        }
        for key, visible in show.items():
            self.buttons[key].setVisible(visible)


class DownloadsTab(QWidget):
    """The download cards, one per job of the worker. Pause, cancel and remove act at once;
    resuming, adding a token and going online are the dialog's to decide, as signals."""

    resume_requested = Signal(str)  # job id: Resume or Retry pressed
    token_requested = Signal(str)  # job id: a gated repository wants a token
    online_requested = Signal()  # "Turn off offline mode" pressed on a card
    model_chosen = Signal(str)
    active_count_changed = Signal(int)  # jobs queued or under way (ACTIVE), for the tab's title

    def __init__(self, settings: Settings, worker: DownloadWorker, banner: Banner,
                 title_for: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.worker = worker
        self.banner = banner
        self._title_for = title_for  # (repo, path) -> the card's title
        self.rows: dict[str, DownloadRow] = {}
        _, _, self.rows_layout = list_page(self)
        self.empty = label(self.tr("No downloads. Choose a model in the Catalog tab: it is "
                                   "checked against the Hub's checksum before Hearth uses it."),
                           "mmEmpty", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows_layout.insertWidget(0, self.empty)

    def add_row(self, job_id: str) -> DownloadRow:
        if job_id in self.rows:
            return self.rows[job_id]
        job = self.worker.job(job_id)
        row = DownloadRow(job, self._title_for(job.repo, job.filename))
        row.pause_clicked.connect(self.worker.pause)
        row.resume_clicked.connect(self.resume_requested)
        row.retry_clicked.connect(self.resume_requested)
        row.cancel_clicked.connect(self.cancel_job)
        row.remove_clicked.connect(self._remove_job)
        row.token_clicked.connect(self.token_requested)
        row.offline_clicked.connect(lambda _id: self.online_requested.emit())
        row.use_clicked.connect(self._use_job)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self.rows[job_id] = row
        row.update_from(DownloadEvent(job.id, "state", job.state, job.done, job.total, job.speed,
                                      job.eta, job.part, len(job.paths), job.filename), job)
        self._update_count()
        return row

    def on_job_event(self, event: DownloadEvent) -> DownloadJob | None:
        """Show `event` on its card (made if needed); the job, or None if it is gone."""
        try:
            job = self.worker.job(event.job_id)
        except KeyError:
            return None
        row = self.rows.get(event.job_id) or self.add_row(event.job_id)
        row.update_from(event, job)
        if event.kind == "state":
            if event.state == State.CANCELLED:
                self._drop_row(event.job_id)
            self._update_count()
        return job

    def _update_count(self) -> None:
        self.active_count_changed.emit(sum(1 for r in self.rows.values() if r.state in ACTIVE))
        self.empty.setVisible(not self.rows)

    def _drop_row(self, job_id: str) -> None:
        row = self.rows.pop(job_id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self._update_count()

    def cancel_job(self, job_id: str) -> None:
        """Cancel a download; when that throws away what was downloaded, ask first (with Pause
        as the way to stop it and keep the bytes)."""
        job = self.worker.job(job_id)
        if job.done > 0 and job.state in ACTIVE | {State.PAUSED}:
            name = job.filename.rsplit("/", 1)[-1]
            if job.state == State.PAUSED:
                choices = [("cancel", self.tr("Cancel and delete")),
                           ("keep", self.tr("Keep it for later"))]
            else:
                choices = [("cancel", self.tr("Cancel and delete")),
                           ("pause", self.tr("Pause instead")),
                           ("keep", self.tr("Keep downloading"))]
            choice = ask(self, self.tr("Cancel the download?"), self.tr(
                "{done} of {name} is downloaded. Cancelling deletes it; paused, it can continue "
                "later from there.").format(done=format_bytes(job.done), name=name),
                choices, "keep")
            if choice == "pause":
                self.worker.pause(job_id)
                return
            if choice != "cancel":
                return
        self.worker.cancel(job_id)

    def _remove_job(self, job_id: str) -> None:
        job = self.worker.job(job_id)
        if job.state == State.FAILED:
            self.worker.cancel(job_id)  # deletes what a failed download left on disk
        self._drop_row(job_id)

    def _use_job(self, job_id: str) -> None:
        job = self.worker.job(job_id)
        if job.result is not None:
            self.model_chosen.emit(str(job.result))

    def resume_partials(self) -> None:
        """Continue the downloads a previous run left unfinished (paused while offline)."""
        try:
            partials = self.worker.partials()
        except OSError as exc:
            log.warning("cannot look for unfinished downloads: %s", exc)
            return
        if not partials:
            return
        offline = self.settings.offline
        jobs = self.worker.resume_partials(start=not offline)
        for job in jobs:
            self.add_row(job.id)
        if offline:
            self.banner.show_message(self.tr(
                "%n unfinished download(s) from last time are paused because offline mode is "
                "on.", "", len(jobs)), "info")
        else:
            self.banner.show_message(self.tr(
                "Continuing %n unfinished download(s) from where they stopped.", "", len(jobs)),
                "info")
