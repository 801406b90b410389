"""The first run: a short guided start that says nothing leaves the computer, picks a model that
fits it, downloads it with progress (or opens a GGUF the person has) and ends in a chat with the
model loaded. Skippable; shown at start only until finished or skipped (Settings.first_run_done),
and again from the app menu ("Getting started…")."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError, describe
from app.core.models import catalog as catalog_mod
from app.core.models import fit, hardware
from app.core.models.catalog import Catalog, CatalogFile
from app.core.models.downloads import DownloadEvent, State
from app.core.models.errors import OfflineError
from app.core.models.fit import FitEstimate, Verdict
from app.core.models.hardware import Hardware
from app.core.settings import Settings
from app.core.units import format_bytes
from app.ui import icons
from app.workers.download_worker import DownloadWorker
from app.workers.jobs import Jobs

log = logging.getLogger(__name__)

# The pages, in order.
WELCOME, CHOOSE, DOWNLOAD, FINISH = range(4)


def should_show(settings: Settings) -> bool:
    """At start: only for someone who has not finished or skipped it and never used a model (an
    upgrade from a version without it, with a model in use, does not see it)."""
    return not settings.first_run_done and not settings.last_model and not settings.use_remote


@dataclass(frozen=True)
class Pick:
    """The file chosen for this computer and its estimate."""

    file: CatalogFile
    estimate: FitEstimate


def pick_model(catalog: Catalog, hw: Hardware, n_ctx: int = 8192) -> Pick | None:
    """The one chat model to offer: among the files recommended for this computer
    (fit.recommended_files), one that fits before one that is tight, then the smaller download
    (the first run should end soon). None when nothing fits."""
    fits = [(f, fit.fit_catalog_file(f, hw, n_ctx=n_ctx)) for f in catalog.files(purpose="chat")]
    estimates = {id(f): est for f, est in fits}
    candidates = []
    for f in fit.recommended_files(fits):
        est = estimates[id(f)]
        rank = {Verdict.FITS: 2, Verdict.TIGHT: 1}.get(est.verdict, 0)
        if rank:
            candidates.append((-rank, f.size, f, est))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    return Pick(candidates[0][2], candidates[0][3])


@dataclass(frozen=True)
class Reach:
    """Whether the Hub answers for the chosen file (checked before offering the download)."""

    ok: bool
    offline: bool = False  # offline mode is on: Hearth does not connect on purpose
    message: str = ""


class FirstRunDialog(QDialog):
    """The guided start. Thread: GUI. The window loads what `model_chosen` names and tells the
    dialog how that went (`model_loaded`, `model_failed`); the dialog closes once the model is
    loaded, so the person lands in the chat."""

    model_chosen = Signal(str)  # a GGUF path to load
    ended = Signal(bool)  # True: finished with a model, False: skipped or closed

    def __init__(self, settings: Settings, downloads: DownloadWorker, jobs: Jobs,
                 parent: QWidget | None = None, *, catalog: Catalog | None = None,
                 hardware_info: Hardware | None = None,
                 open_file: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Getting started with Hearth"))
        self.setModal(True)
        self.resize(620, 460)
        self.settings = settings
        self.downloads = downloads
        self.jobs = jobs
        self._catalog = catalog
        self.hardware: Hardware | None = hardware_info
        self._open_file = open_file or self._ask_for_file
        self.pick: Pick | None = None
        self.job_id: str | None = None
        self.model_path = ""
        self._loading = False
        self._ended = False
        self.reach: Reach | None = None
        self.downloads.job_event.connect(self._on_job_event,
                                         Qt.ConnectionType.QueuedConnection)
        self._build()
        self.show_page(WELCOME)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(12)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._download_page())
        self.pages.addWidget(self._finish_page())

    @staticmethod
    def _page(title: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        return page, layout, heading

    @staticmethod
    def _text(text: str = "", name: str = "emptyBody") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _buttons(layout: QVBoxLayout, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addStretch(1)
        layout.addLayout(row)

    def _button(self, text: str, slot: Callable[[], object], primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("primaryButton" if primary else "secondaryButton")
        button.setAutoDefault(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _welcome_page(self) -> QWidget:
        page, layout, _ = self._page(self.tr("Welcome to Hearth"))
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(56, 56))
        layout.insertWidget(0, logo)
        layout.addWidget(self._text(self.tr(
            "Hearth lets you chat with an AI model that runs on this computer.")))
        privacy = self._text(self.tr(
            "<b>Nothing you write leaves this computer.</b> Your conversations, your documents "
            "and the answers stay here. The only time Hearth connects to the internet is to "
            "download the model you choose in the next step (about the size of a film)."),
            "noticeCard")
        privacy.setTextFormat(Qt.TextFormat.RichText)
        self.privacy_label = privacy
        layout.addWidget(privacy)
        layout.addWidget(self._text(self.tr(
            "This takes a few minutes, most of it the download. You can skip it and open a "
            "model later from the menu."), "mutedLabel"))
        self.skip_button = self._button(self.tr("Skip"), self.skip)
        self.start_button = self._button(self.tr("Get started"), self._on_start, primary=True)
        self._buttons(layout, self.skip_button, self.start_button)
        return page

    def _choose_page(self) -> QWidget:
        page, layout, _ = self._page(self.tr("A model for this computer"))
        self.hw_label = self._text(self.tr("Checking this computer…"), "mutedLabel")
        layout.addWidget(self.hw_label)
        self.choice_title = self._text("", "sectionLabel")
        self.choice_detail = self._text()
        self.choice_status = self._text("", "mutedLabel")
        # What stands in the way (offline, no network, nothing fits), said where it is seen.
        self.notice = self._text("", "noticeCard")
        self.notice.hide()
        for label in (self.choice_title, self.choice_detail, self.notice, self.choice_status):
            layout.addWidget(label)
        self.open_button = self._button(self.tr("Open a GGUF file…"), self.open_existing)
        self.download_button = self._button(self.tr("Download"), self.start_download,
                                            primary=True)
        self.download_button.setEnabled(False)
        self._buttons(layout, self.open_button, self.download_button)
        return page

    def _download_page(self) -> QWidget:
        page, layout, self.download_heading = self._page(self.tr("Downloading the model"))
        self.download_label = self._text()
        layout.addWidget(self.download_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(self.tr("Download progress"))
        layout.addWidget(self.progress)
        self.progress_label = self._text("", "mutedLabel")
        layout.addWidget(self.progress_label)
        layout.addWidget(self._text(self.tr(
            "You can close this window: the download goes on, and the model manager shows it."),
            "mutedLabel"))
        self.cancel_button = self._button(self.tr("Cancel download"), self.cancel_download)
        # Focused on this page but never pressed by Enter: a second Enter must not cancel.
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setProperty("enterPresses", False)
        self.retry_button = self._button(self.tr("Try again"), self.start_download, primary=True)
        self.retry_button.hide()
        self.open_button2 = self._button(self.tr("Open a GGUF file…"), self.open_existing)
        self.open_button2.hide()
        self._buttons(layout, self.cancel_button, self.open_button2, self.retry_button)
        return page

    def _finish_page(self) -> QWidget:
        page, layout, self.finish_heading = self._page(self.tr("Loading the model…"))
        self.finish_label = self._text(self.tr(
            "Hearth is reading the model into memory. The chat opens when it is ready."))
        layout.addWidget(self.finish_label)
        self.finish_open = self._button(self.tr("Open a GGUF file…"), self.open_existing)
        self.finish_open.hide()
        self.finish_close = self._button(self.tr("Close"), self.skip)
        self.finish_close.hide()
        self._buttons(layout, self.finish_open, self.finish_close)
        return page

    # ------------------------------------------------------------------ pages

    def page(self) -> int:
        return self.pages.currentIndex()

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._focus_default()

    def _focus_default(self) -> None:
        """The button Enter presses gets the focus: the walk needs no mouse and no Tab."""
        page = self.pages.currentWidget()
        assert page is not None
        for button in reversed(page.findChildren(QPushButton)):
            if button.isVisibleTo(page) and button.isEnabled():
                if button.property("enterPresses") is not False:
                    button.setDefault(True)
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _on_start(self) -> None:
        self.show_page(CHOOSE)
        self._load_choice()

    # ------------------------------------------------------------------ choosing

    def _load_choice(self) -> None:
        if self._catalog is None:
            try:
                self._catalog = catalog_mod.load_catalog()
            except HearthError as exc:
                log.warning("no catalog for the first run: %s", exc)
                self._catalog = Catalog([])
        if self.hardware is not None:
            self._on_hardware(self.hardware)
            return
        folder = self.downloads.models_dir
        # nvidia-smi and importing llama_cpp take a while: never on the GUI thread.
        self.jobs.run(lambda: hardware.detect(folder), self._on_hardware,
                      self._on_hardware_failed)

    def _on_hardware_failed(self, message: str) -> None:
        self.hw_label.setText(self.tr("Could not check this computer: {reason}").format(
            reason=message))
        self._no_pick()

    def _on_hardware(self, hw: Hardware) -> None:
        self.hardware = hw
        memory = format_bytes(hw.ram_total) if hw.ram_total else self.tr("unknown")
        gpu = hw.best_gpu
        where = (self.tr("a {gpu} graphics card").format(gpu=gpu.name) if gpu is not None
                 else self.tr("no graphics card Hearth can use, so the model runs on the "
                              "processor"))
        self.hw_label.setText(self.tr("This computer has {memory} of memory and {where}.")
                              .format(memory=memory, where=where))
        assert self._catalog is not None
        self.pick = pick_model(self._catalog, hw, self.settings.context_length)
        if self.pick is None:
            self._no_pick()
            return
        f, est = self.pick.file, self.pick.estimate
        self.choice_title.setText(self.tr("Recommended: {family} ({quant})").format(
            family=f.family, quant=f.quant))
        self.choice_detail.setText(self.tr(
            "{note} A {size} download; it needs about {memory} of memory while it runs "
            "({verdict}).").format(note=f.note.strip(), size=format_bytes(f.size),
                                   memory=format_bytes(est.total),
                                   verdict=est.verdict.label.lower()))
        self.download_button.setText(self.tr("Download ({size})").format(
            size=format_bytes(f.size)))
        self.choice_status.setText(self.tr("Checking the connection to the Hugging Face Hub…"))
        self._check_reach(f)

    def _no_pick(self) -> None:
        self.choice_title.setText(self.tr("No model in the catalog fits this computer"))
        self.choice_detail.setText("")
        self._say(self.tr(
            "gpt-oss needs about 16 GB of memory. If you have a GGUF model file, open it: "
            "Hearth tells you if it is too big."))
        self.choice_status.setText("")
        self.download_button.setEnabled(False)
        self._focus_default()

    def _check_reach(self, f: CatalogFile) -> None:
        hub = self.downloads.manager.hub

        def check() -> Reach:
            try:
                hub.file_metadata(f.repo, f.paths[0], timeout=8.0)
            except OfflineError as exc:
                return Reach(False, True, str(exc))
            except Exception as exc:  # no network, DNS, refused: all say "cannot reach"
                return Reach(False, False, describe(exc))
            return Reach(True)

        self.jobs.run(check, self._on_reach, lambda message: self._on_reach(
            Reach(False, False, message)))

    def _on_reach(self, reach: Reach) -> None:
        self.reach = reach
        if reach.ok:
            self.choice_status.setText(self.tr("Ready to download from the Hugging Face Hub."))
            self.download_button.setEnabled(True)
            self._say("")
        elif reach.offline:
            self.choice_status.setText("")
            self._say(self.tr(
                "Offline mode is on, so Hearth does not connect to the internet. Open a GGUF "
                "file you already have, or turn off offline mode in Settings to download."))
            self.download_button.setEnabled(False)
        else:
            self.choice_status.setText(reach.message)
            self._say(self.tr(
                "<b>Hearth cannot reach the internet</b>, so it cannot download a model now. "
                "If you have a GGUF model file (from another computer or a USB stick), open "
                "it."))
            self.download_button.setEnabled(False)
        self._focus_default()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ------------------------------------------------------------------ downloading

    def start_download(self) -> None:
        if self.pick is None:
            return
        f = self.pick.file
        try:
            job = self.downloads.download(f.repo, f.paths, sha256=f.sha256)
        except HearthError as exc:
            self._download_failed(str(exc))
            return
        self.job_id = job.id
        self.download_heading.setText(self.tr("Downloading the model"))
        self.download_label.setText(self.tr("{family} ({quant}) from the Hugging Face Hub, "
                                            "into {folder}.").format(
            family=f.family, quant=f.quant, folder=self.downloads.models_dir))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))
        self.cancel_button.show()
        self.retry_button.hide()
        self.open_button2.hide()
        self.show_page(DOWNLOAD)

    def cancel_download(self) -> None:
        if self.job_id is not None:
            self.downloads.cancel(self.job_id)
        self.job_id = None
        self.show_page(CHOOSE)

    def _on_job_event(self, event: DownloadEvent) -> None:
        if event.job_id != self.job_id:
            return
        if event.total:
            self.progress.setValue(int(1000 * event.done / event.total))
            parts = [self.tr("{done} of {total}").format(done=format_bytes(event.done),
                                                         total=format_bytes(event.total))]
            if event.speed:
                parts.append(self.tr("{speed}/s").format(speed=format_bytes(int(event.speed))))
            if event.eta:
                minutes = max(1, round(event.eta / 60))
                parts.append(self.tr("about {n} min left").format(n=minutes))
            text = " · ".join(parts)
            self.progress_label.setText(text)
            self.progress.setAccessibleDescription(text)
        if event.kind != "state":
            return
        if event.state == State.DONE:
            job = self.downloads.job(event.job_id)
            self.job_id = None
            if job.result is not None:
                self.load(str(job.result))
        elif event.state == State.FAILED:
            self.job_id = None
            self._download_failed(event.message or self.tr("The download failed."))
        elif event.state == State.VERIFYING:
            self.progress_label.setText(self.tr("Checking the file…"))

    def _download_failed(self, message: str) -> None:
        self.download_heading.setText(self.tr("The download stopped"))
        self.progress_label.setText(message)
        self.cancel_button.hide()
        self.retry_button.show()
        self.open_button2.show()
        self.show_page(DOWNLOAD)

    # ------------------------------------------------------------------ loading

    def open_existing(self) -> None:
        path = self._open_file()
        if path:
            self.load(path)

    def _ask_for_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a GGUF model"), str(self.settings.models_folder()),
            self.tr("GGUF models (*.gguf);;All files (*)"))
        return path

    def load(self, path: str) -> None:
        self.model_path = path
        self._loading = True
        self.finish_heading.setText(self.tr("Loading the model…"))
        self.finish_label.setText(self.tr(
            "Hearth is reading the model into memory. The chat opens when it is ready."))
        self.finish_open.hide()
        self.finish_close.hide()
        self.show_page(FINISH)
        self.model_chosen.emit(path)

    def model_loaded(self) -> None:
        """The window loaded the model: the person is in the chat now."""
        if not self._loading:
            return
        self._loading = False
        self._end(True)
        self.accept()

    def model_failed(self, message: str) -> None:
        if not self._loading:
            return
        self._loading = False
        self.finish_heading.setText(self.tr("The model did not load"))
        self.finish_label.setText(message)
        self.finish_open.show()
        self.finish_close.show()
        self._focus_default()

    # ------------------------------------------------------------------ ending

    def skip(self) -> None:
        self._end(False)
        self.reject()

    def _end(self, finished: bool) -> None:
        if not self._ended:
            self._ended = True
            self.ended.emit(finished)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._loading:
            return  # the model is loading: closing now would leave the person nowhere
        super().keyPressEvent(event)

    def reject(self) -> None:
        self._end(False)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._end(False)
        super().closeEvent(event)
