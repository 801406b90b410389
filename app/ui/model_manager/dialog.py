"""The model manager window: a header saying what this computer has, the banner, and the five
tabs (catalog, downloads, installed, remote server, settings) wired together. The rules that span
tabs live here: nothing touches the models folder while it changes, nothing connects while
offline."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.models import catalog as catalog_mod
from app.core.models import hardware
from app.core.models.catalog import Catalog, CatalogFile
from app.core.models.downloads import DownloadEvent, State
from app.core.models.hardware import Hardware
from app.core.models.local import InstalledModel
from app.core.settings import Settings
from app.core.units import format_bytes
from app.ui.model_manager.banner import Banner
from app.ui.model_manager.catalog import CatalogTab
from app.ui.model_manager.downloads import DownloadsTab
from app.ui.model_manager.installed import InstalledTab
from app.ui.model_manager.remote import RemoteTab
from app.ui.model_manager.settings_tab import SettingsTab
from app.ui.model_manager.widgets import label, style_sheet
from app.workers.download_worker import DownloadWorker
from app.workers.jobs import Jobs

log = logging.getLogger(__name__)


class ModelManagerDialog(QDialog):
    """Choose, download and manage gpt-oss model files. Lives on the GUI thread.

    Closing the window only hides it: keep the instance and downloads go on in the background.
    Call `shutdown()` when the app quits (running downloads pause; their partial files stay and
    continue the next time the manager opens)."""

    model_chosen = Signal(str)  # path of the model's first file, for the engine to load
    remote_chosen = Signal(object)  # core.remote_engine.RemoteConfig, for the engine to use
    low_memory_chosen = Signal(str)  # the same, to load once in low-memory mode

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        catalog: Catalog | None = None,
        hardware_info: Hardware | None = None,
        worker: DownloadWorker | None = None,
        hf_cache: bool | Path = True,
        auto_resume: bool = True,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Models"))
        self.setObjectName("modelManager")
        self.resize(1060, 740)
        self._restyling = False
        self._apply_style()
        self.hardware: Hardware | None = hardware_info
        self.worker = worker if worker is not None else DownloadWorker(settings, parent=self)
        self.worker.job_event.connect(self._on_job_event, Qt.ConnectionType.QueuedConnection)
        self.background = Jobs(self)
        self._retry_after_token: set[str] = set()  # gated downloads waiting for a token
        self._build(catalog, hf_cache)
        if self.hardware is None:
            self._detect_hardware()
        else:
            self._on_hardware(self.hardware)
        self.refresh_installed()
        for job in self.worker.jobs():  # a worker shared with an earlier dialog
            self.downloads_tab.add_row(job.id)
        if auto_resume:
            self.downloads_tab.resume_partials()

    # -- construction -----------------------------------------------------------------------------
    def _build(self, catalog: Catalog | None, hf_cache: bool | Path) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(12)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(label(self.tr("Models"), "mmTitle"))
        self.hw_label = label(self.tr("Checking this computer…"), "mmMuted", wrap=True)
        titles.addWidget(self.hw_label)
        head.addLayout(titles, 1)
        self.offline_chip = label(self.tr("Offline mode"), "mmMuted")
        head.addWidget(self.offline_chip, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        self.banner = Banner()
        outer.addWidget(self.banner)

        settings, worker, background, banner = (self.settings, self.worker, self.background,
                                                self.banner)
        # A catalog handed in (tests, a script) is not the bundled one: nothing to refresh.
        can_refresh, empty_text = catalog is None, ""
        if catalog is None:
            catalog, empty_text = self._load_catalog()
        self.catalog_tab = CatalogTab(settings, catalog, worker, background, banner,
                                      can_refresh=can_refresh, empty_text=empty_text)
        self.downloads_tab = DownloadsTab(settings, worker, banner, self._title_for)
        self.installed_tab = InstalledTab(worker, background, banner, hf_cache=hf_cache)
        self.remote_tab = RemoteTab(settings, background, banner)
        self.settings_tab = SettingsTab(settings, worker, background, banner)
        self.folder_card = self.settings_tab.folder_card
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.catalog_tab, self.tr("Catalog"))
        self.tabs.addTab(self.downloads_tab, self.tr("Downloads"))
        self.tabs.addTab(self.installed_tab, self.tr("Installed"))
        self.tabs.addTab(self.remote_tab, self.tr("Remote server"))
        self.tabs.addTab(self.settings_tab, self.tr("Settings"))
        outer.addWidget(self.tabs, 1)
        for i in range(self.tabs.count()):
            # A tab's scrolling list is a stop on Tab: a screen reader says which list it is.
            page = self.tabs.widget(i)
            for area in page.findChildren(QScrollArea, "mmScroll") if page else []:
                area.setAccessibleName(self.tabs.tabText(i))

        foot = QHBoxLayout()
        foot.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        foot.addWidget(close)
        outer.addLayout(foot)
        self._wire()
        self._on_offline_changed(self.settings.offline)

    def _wire(self) -> None:
        catalog, downloads = self.catalog_tab, self.downloads_tab
        installed, settings, folder = self.installed_tab, self.settings_tab, self.folder_card
        connections: tuple[tuple[SignalInstance, Callable[..., object]], ...] = (
            # What a tab asks for, and who answers.
            (catalog.download_requested, self.download),
            (catalog.downloads_shown, self._show_downloads),
            (catalog.offline_refused, self._offline_banner),
            (self.remote_tab.offline_refused, self._offline_banner),
            (self.remote_tab.remote_chosen, self.choose_remote),
            (downloads.resume_requested, self._resume_job),
            (downloads.token_requested, self._ask_token_for),
            (downloads.online_requested, lambda: settings.set_offline(False)),
            (installed.import_requested, self.import_file),
            (installed.delete_requested, self.delete_model),
            (installed.import_finished, lambda: self.tabs.setCurrentWidget(installed)),
            (folder.change_clicked, self.change_models_folder),
            # What changed, and who shows it.
            (catalog.model_chosen, self.choose_model),
            (catalog.low_memory_chosen, self.choose_low_memory),
            (installed.low_memory_chosen, self.choose_low_memory),
            (downloads.model_chosen, self.choose_model),
            (installed.model_chosen, self.choose_model),
            (downloads.active_count_changed, self._on_active_downloads),
            (installed.changed, catalog.set_installed),
            (settings.token_saved, self._on_token_saved),
            (settings.offline_changed, self._on_offline_changed),
            (folder.busy_changed, installed.set_folder_busy),
            (folder.folder_changed, self.refresh_installed),
            (folder.disk_free_changed, self._on_disk_free),
        )
        for signal, slot in connections:
            signal.connect(slot)

    def _load_catalog(self) -> tuple[Catalog, str]:
        """The bundled (or last refreshed) catalog, and why it is empty if it could not load."""
        try:
            return catalog_mod.load_catalog(), ""
        except HearthError as exc:
            log.warning("no catalog: %s", exc)
            return Catalog([]), str(exc)

    # -- hardware ---------------------------------------------------------------------------------
    def _detect_hardware(self) -> None:
        folder = self.worker.models_dir
        # nvidia-smi and importing llama_cpp can take a while: never on the GUI thread.
        self.background.run(lambda: hardware.detect(folder), self._on_hardware,
                            self._on_hardware_failed)

    def _on_hardware_failed(self, message: str) -> None:
        self.hw_label.setText(self.tr("Could not check this computer: {reason}").format(
            reason=message))

    def _on_hardware(self, hw: Hardware) -> None:
        self.hardware = hw
        self.hw_label.setText(self.hardware_summary(hw))
        if hw.disk_free is not None:
            self.folder_card.show_disk_free(hw.disk_free)
        self.catalog_tab.set_hardware(hw)

    def _on_disk_free(self, free: int | None) -> None:
        if self.hardware is not None:
            # The fit estimates and the summary line both show the disk's free space.
            self._on_hardware(dataclasses.replace(self.hardware, disk_free=free))

    def hardware_summary(self, hw: Hardware) -> str:
        bits = []
        if hw.ram_total:
            bits.append(self.tr("{total} RAM ({free} free)").format(
                total=format_bytes(hw.ram_total), free=format_bytes(hw.ram_available or 0)))
        gpu = hw.best_gpu
        if gpu is not None and gpu.unified:
            bits.append(self.tr("{name}, unified memory").format(name=gpu.name))
        elif gpu is not None:
            text = self.tr("{name} with {vram}").format(name=gpu.name,
                                                        vram=format_bytes(gpu.vram_total or 0))
            if hw.gpu_offload is False:
                text += self.tr(" (this build of Hearth cannot use it)")
            bits.append(text)
        else:
            bits.append(self.tr("no GPU found: models run on the CPU"))
        if hw.cpu_threads:
            bits.append(self.tr("{n} CPU threads").format(n=hw.cpu_threads))
        if hw.disk_free is not None:
            bits.append(self.tr("{free} free disk").format(free=format_bytes(hw.disk_free)))
        return self.tr("This computer: ") + " · ".join(bits)

    # -- rules across tabs ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """After a language switch: texts composed from several translated pieces (the fit of
        each catalog file, this computer's summary) are made again from what they show."""
        self.catalog_tab.rebuild()
        if self.hardware is not None:
            self.hw_label.setText(self.hardware_summary(self.hardware))

    def _refuse_while_folder_busy(self) -> bool:
        if self.folder_card.busy:
            self.banner.show_message(self.tr(
                "The models folder is being changed. Wait until that is done, then try "
                "again."), "warning")
        return self.folder_card.busy

    def _offline_banner(self, text: str) -> None:
        self.banner.show_message(text, "warning", self.tr("Turn off offline mode"),
                                 lambda: self.settings_tab.set_offline(False))

    def _on_offline_changed(self, on: bool) -> None:
        self.offline_chip.setVisible(on)
        self.catalog_tab.set_offline(on)

    # -- downloads --------------------------------------------------------------------------------
    def download(self, file: CatalogFile) -> str | None:
        """Queue a catalog file (every part). Returns the job id, or None when refused."""
        if self._refuse_while_folder_busy():
            return None
        if self.settings.offline:
            self._offline_banner(self.tr(
                "Offline mode is on, so Hearth will not connect to the internet and did not "
                "download {name}. Turn off offline mode to download models.").format(
                    name=file.filename))
            return None
        try:
            job = self.worker.download(file.repo, file.paths, sha256=file.sha256)
        except HearthError as exc:
            self.banner.show_message(str(exc), "error")
            return None
        self.downloads_tab.add_row(job.id)
        self._show_downloads()
        return job.id

    def _show_downloads(self) -> None:
        self.tabs.setCurrentWidget(self.downloads_tab)

    def _title_for(self, repo: str, path: str) -> str:
        f = self.catalog_tab.catalog.find(repo, path)
        if f is not None:
            return f"{f.family} · {f.quant}"
        return path.rsplit("/", 1)[-1]

    def _on_job_event(self, event: DownloadEvent) -> None:
        job = self.downloads_tab.on_job_event(event)
        if job is None:
            return
        self.catalog_tab.set_job(job, event)
        if event.kind == "state" and event.state == State.DONE:
            self.refresh_installed()

    def _on_active_downloads(self, n: int) -> None:
        index = self.tabs.indexOf(self.downloads_tab)
        self.tabs.setTabText(index, self.tr("Downloads ({n})").format(n=n) if n
                             else self.tr("Downloads"))

    def _resume_job(self, job_id: str) -> None:
        if self._refuse_while_folder_busy():
            return
        if self.settings.offline:
            self._offline_banner(self.tr("Offline mode is on, so the download stays paused. "
                                         "Turn off offline mode to continue it."))
            return
        self.worker.resume(job_id)

    def _ask_token_for(self, job_id: str) -> None:
        self._retry_after_token.add(job_id)
        self.tabs.setCurrentWidget(self.settings_tab)
        self.settings_tab.ask_for_token()
        self.banner.show_message(self.tr(
            "This repository is gated. Accept its license on huggingface.co, paste an access "
            "token with read access below and press Save token: the download starts again."),
            "info")

    def _on_token_saved(self) -> None:
        retry = [j for j in self._retry_after_token if j in self.downloads_tab.rows]
        self._retry_after_token.clear()
        for job_id in retry:
            self._resume_job(job_id)
        self.banner.show_message(self.tr("Token saved in the system keyring.") + (
            " " + self.tr("Retrying the download.") if retry else ""))
        if retry:
            self._show_downloads()

    # -- installed models -------------------------------------------------------------------------
    @property
    def installed(self) -> list[InstalledModel]:
        return self.installed_tab.models

    def installed_paths(self) -> list[Path]:
        return [m.path for m in self.installed]

    def refresh_installed(self) -> None:
        self.installed_tab.low_memory_on = self.settings.low_memory
        self.installed_tab.refresh()

    def import_file(self, path: str | Path, mode: str = "copy") -> None:
        """Validate a GGUF and copy it into the models folder (or, `mode` "symlink", use it
        where it is) in the background."""
        if not self._refuse_while_folder_busy():
            self.installed_tab.import_file(path, mode)

    def delete_model(self, model: InstalledModel) -> None:
        if not self._refuse_while_folder_busy():
            self.installed_tab.delete(model)

    def choose_model(self, path: str) -> None:
        self.model_chosen.emit(path)
        self.accept()

    def choose_remote(self, config: object) -> None:
        self.remote_chosen.emit(config)
        self.accept()

    def choose_low_memory(self, path: str) -> None:
        self.low_memory_chosen.emit(path)
        self.accept()

    # -- models folder ----------------------------------------------------------------------------
    def change_models_folder(self, path: str | Path, setting: str | None = None) -> None:
        """Use `path` as the models folder, unless something is using the current one: a
        change under way, an import, or a download that is unfinished (its partial file is
        there). The folder card then checks, asks, moves and saves. `setting` is what to store
        in Settings.models_dir (default: the path; the Settings dialog may pass "" for the
        default folder)."""
        self.tabs.setCurrentWidget(self.settings_tab)
        if self.folder_card.busy:
            self.banner.show_message(self.tr("The models folder is already being changed. Wait "
                                             "until that is done."), "warning")
            return
        if self.folder_card.is_current(path):
            self.banner.show_message(self.tr("{folder} is already the models folder.").format(
                folder=Path(path).expanduser().absolute()))
            return
        if self.installed_tab.importing:
            self.banner.show_message(self.tr("A model is being imported into the current "
                                             "folder. Change the folder when that is done."),
                                     "warning")
            return
        unfinished = self.worker.unfinished_jobs()
        if unfinished:
            self.banner.show_message(self.tr(
                "The models folder cannot change while %n download(s) are running, paused or "
                "waiting to be retried: their partial files are in the current folder. Let them "
                "finish, or cancel them, then try again.", "", len(unfinished)),
                "warning", self.tr("Show downloads"), self._show_downloads)
            return
        self.folder_card.change(path, setting)

    # -- lifetime ---------------------------------------------------------------------------------
    def _apply_style(self) -> None:
        self._restyling = True
        try:
            self.setStyleSheet(style_sheet(self))
        finally:
            self._restyling = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._apply_style()  # error red and warning amber differ between light and dark

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Only hidden: downloads continue while the chat window is used.
        super().closeEvent(event)

    def shutdown(self) -> None:
        """At app exit: pause running downloads (kept for next time) and stop their threads."""
        self.worker.shutdown()
