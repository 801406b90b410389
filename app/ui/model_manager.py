"""The model manager window: the catalog with hardware fit, downloads, installed models, and the
download settings (Hugging Face token, offline mode, models folder)."""

from __future__ import annotations

import dataclasses
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QColor, QDesktopServices, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.gguf_info import format_bytes
from app.core.models import catalog as catalog_mod
from app.core.models import fit, hardware, local, secrets
from app.core.models import folder as folder_mod
from app.core.models.catalog import Catalog, CatalogFile, CatalogRepo
from app.core.models.downloads import DownloadEvent, State
from app.core.models.errors import FolderMoveCancelled
from app.core.models.folder import MovePlan, MoveResult
from app.core.models.hardware import Hardware
from app.core.models.hub import Hub
from app.core.models.local import InstalledModel
from app.core.settings import Settings
from app.ui.model_manager_widgets import (
    DANGER,
    WARNING,
    CatalogRow,
    DownloadRow,
    InstalledRow,
    Legend,
    themed,
)
from app.workers.download_worker import Background, DownloadWorker

log = logging.getLogger(__name__)

CONTEXT_CHOICES = (4096, 8192, 16384, 32768, 65536, 131072)
FAMILY_ORDER = ("gpt-oss-20b", "gpt-oss-120b", "gpt-oss-safeguard-20b")
MOVE_BOX_WIDTH = 600

STYLE = """
#mmCard { background: palette(base); border: 1px solid palette(mid); border-radius: 12px; }
#mmNoteBox { background: palette(alternate-base); border: 1px solid palette(mid);
             border-radius: 10px; }
#mmTitle { font-size: 16pt; font-weight: 600; }
#mmSection { font-size: 12.5pt; font-weight: 600; }
#mmRepo { font-weight: 600; }
#mmQuant { font-size: 10.5pt; font-weight: 600; }
#mmMuted { color: palette(placeholder-text); }
#mmFaint { color: palette(placeholder-text); font-size: 8.5pt; }
#mmNote { }
#mmEmpty { color: palette(placeholder-text); font-size: 10.5pt; padding: 40px; }
#mmError { color: @danger; }
#mmWarning { color: @warning; }
QScrollArea#mmScroll, QWidget#mmScrollBody { background: transparent; border: none; }
"""


class _Banner(QFrame):
    """A message across the top of the manager (offline, import results, keyring problems), with
    an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mmBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(10)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.action.clicked.connect(self._on_action)
        self._callback: Any = None
        self.kind = "info"
        self._color = QColor()
        self.hide()

    def show_message(self, text: str, kind: str = "info", action: str = "",
                     callback: Any = None) -> None:
        self.kind = kind
        pal = self.palette()
        if kind == "error":
            color = themed(self, DANGER)
        elif kind == "warning":
            color = themed(self, WARNING)
        else:
            color = pal.color(QPalette.ColorRole.Text)
        self._color = QColor(color)
        self.label.setStyleSheet(f"color: {color.name()};" if kind != "info" else "")
        self.update()
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self._callback = callback
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self._color)
        bg = QColor(color)
        bg.setAlpha(14 if self.kind == "info" else 30)
        color.setAlpha(70)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(color, 1))
        p.setBrush(bg)
        p.drawRoundedRect(rect, 10, 10)
        p.end()

    def _on_action(self) -> None:
        callback = self._callback
        self.hide()
        if callback is not None:
            callback()


def _scroll(body: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("mmScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body.setObjectName("mmScrollBody")
    area.setWidget(body)
    return area


class ModelManagerDialog(QDialog):
    """Choose, download and manage gpt-oss model files. Lives on the GUI thread.

    Closing the window only hides it: keep the instance and downloads go on in the background.
    Call `shutdown()` when the app quits (running downloads pause; their partial files stay and
    continue the next time the manager opens)."""

    model_chosen = Signal(str)  # path of the model's first file, for the engine to load

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
        self._custom_catalog = catalog is not None
        self.catalog = catalog if catalog is not None else self._load_catalog()
        self.hardware: Hardware | None = hardware_info
        self.worker = worker if worker is not None else DownloadWorker(settings, parent=self)
        self.worker.job_event.connect(self._on_job_event, Qt.ConnectionType.QueuedConnection)
        self.background = Background(self)
        self._hf_cache = hf_cache
        self.installed: list[InstalledModel] = []
        self.catalog_rows: list[CatalogRow] = []
        self.download_rows: dict[str, DownloadRow] = {}
        self.installed_rows: list[InstalledRow] = []
        self._token_saved: bool | None = None
        self._retry_after_token: set[str] = set()
        self._folder_busy = False  # checking or moving to a new models folder
        self._move_cancel = threading.Event()  # set by the Cancel button; read by the move thread
        self._importing = False
        self._build()
        self._rebuild_catalog()
        if self.hardware is None:
            self._detect_hardware()
        else:
            self._on_hardware(self.hardware)
        self.refresh_installed()
        self._refresh_token_state()
        for job in self.worker.jobs():  # a worker shared with an earlier dialog
            self._add_download_row(job.id)
        if auto_resume:
            self._resume_partials()

    # -- construction -------------------------------------------------------------------------
    def _load_catalog(self) -> Catalog:
        try:
            return catalog_mod.load_catalog()
        except HearthError as exc:
            log.warning("no catalog: %s", exc)
            self._catalog_error = str(exc)
            return Catalog([])

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(12)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel(self.tr("Models"))
        title.setObjectName("mmTitle")
        titles.addWidget(title)
        self.hw_label = QLabel(self.tr("Checking this computer…"))
        self.hw_label.setObjectName("mmMuted")
        self.hw_label.setWordWrap(True)
        titles.addWidget(self.hw_label)
        head.addLayout(titles, 1)
        self.offline_chip = QLabel(self.tr("Offline mode"))
        self.offline_chip.setObjectName("mmMuted")
        head.addWidget(self.offline_chip, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        self.banner = _Banner()
        outer.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_catalog_tab(), self.tr("Catalog"))
        self.tabs.addTab(self._build_downloads_tab(), self.tr("Downloads"))
        self.tabs.addTab(self._build_installed_tab(), self.tr("Installed"))
        self.tabs.addTab(self._build_settings_tab(), self.tr("Settings"))
        outer.addWidget(self.tabs, 1)

        foot = QHBoxLayout()
        foot.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        foot.addWidget(close)
        outer.addLayout(foot)
        self._update_offline_ui()

    def _build_catalog_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(QLabel(self.tr("Context length:")))
        self.ctx_combo = QComboBox()
        self.ctx_combo.setAccessibleName(self.tr("Context length for the memory estimate"))
        for n in CONTEXT_CHOICES:
            self.ctx_combo.addItem(self.tr("{k}K tokens").format(k=n // 1024), n)
        wanted = self.settings.context_length
        best = min(range(len(CONTEXT_CHOICES)), key=lambda i: abs(CONTEXT_CHOICES[i] - wanted))
        self.ctx_combo.setCurrentIndex(best)
        self.ctx_combo.currentIndexChanged.connect(self._update_fits)
        controls.addWidget(self.ctx_combo)
        controls.addSpacing(14)
        controls.addWidget(Legend())
        controls.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Check the Hub for updates"))
        self.refresh_button.clicked.connect(self.refresh_catalog)
        self.refresh_button.setVisible(not self._custom_catalog)
        controls.addWidget(self.refresh_button)
        layout.addLayout(controls)

        self.catalog_body = QWidget()
        self.catalog_layout = QVBoxLayout(self.catalog_body)
        self.catalog_layout.setContentsMargins(0, 0, 6, 8)
        self.catalog_layout.setSpacing(10)
        layout.addWidget(_scroll(self.catalog_body), 1)
        return page

    def _build_downloads_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        body = QWidget()
        self.downloads_layout = QVBoxLayout(body)
        self.downloads_layout.setContentsMargins(0, 0, 6, 8)
        self.downloads_layout.setSpacing(10)
        self.downloads_empty = QLabel(self.tr("No downloads. Choose a model in the Catalog tab: "
                                              "it is checked against the Hub's checksum before "
                                              "Hearth uses it."))
        self.downloads_empty.setObjectName("mmEmpty")
        self.downloads_empty.setWordWrap(True)
        self.downloads_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.downloads_layout.addWidget(self.downloads_empty)
        self.downloads_layout.addStretch(1)
        layout.addWidget(_scroll(body), 1)
        return page

    def _build_installed_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        controls = QHBoxLayout()
        self.installed_summary = QLabel()
        self.installed_summary.setObjectName("mmMuted")
        controls.addWidget(self.installed_summary, 1)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_installed)
        controls.addWidget(refresh)
        self.import_button = QPushButton(self.tr("Import GGUF…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        controls.addWidget(self.import_button)
        layout.addLayout(controls)
        body = QWidget()
        self.installed_layout = QVBoxLayout(body)
        self.installed_layout.setContentsMargins(0, 0, 6, 8)
        self.installed_layout.setSpacing(10)
        self.installed_layout.addStretch(1)
        layout.addWidget(_scroll(body), 1)
        return page

    def _build_settings_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)

        token_card = QFrame()
        token_card.setObjectName("mmCard")
        tl = QVBoxLayout(token_card)
        tl.setContentsMargins(18, 14, 18, 16)
        tl.setSpacing(8)
        head = QLabel(self.tr("Hugging Face access token"))
        head.setObjectName("mmQuant")
        tl.addWidget(head)
        explain = QLabel(self.tr(
            "Only needed for gated or private repositories. The token is kept in your system's "
            "keyring, never in a settings file or a log."))
        explain.setObjectName("mmMuted")
        explain.setWordWrap(True)
        tl.addWidget(explain)
        row = QHBoxLayout()
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("hf_…"))
        self.token_edit.setAccessibleName(self.tr("Hugging Face access token"))
        self.token_edit.returnPressed.connect(self.save_token)
        row.addWidget(self.token_edit, 1)
        self.token_save = QPushButton(self.tr("Save token"))
        self.token_save.setObjectName("primaryButton")
        self.token_save.clicked.connect(self.save_token)
        row.addWidget(self.token_save)
        self.token_remove = QPushButton(self.tr("Remove token"))
        self.token_remove.clicked.connect(self.remove_token)
        row.addWidget(self.token_remove)
        tl.addLayout(row)
        self.token_status = QLabel()
        self.token_status.setObjectName("mmMuted")
        tl.addWidget(self.token_status)
        layout.addWidget(token_card)

        offline_card = QFrame()
        offline_card.setObjectName("mmCard")
        ol = QVBoxLayout(offline_card)
        ol.setContentsMargins(18, 14, 18, 16)
        ol.setSpacing(6)
        self.offline_check = QCheckBox(self.tr("Offline mode: never connect to the internet"))
        self.offline_check.setObjectName("mmQuant")
        self.offline_check.setChecked(self.settings.offline)
        self.offline_check.toggled.connect(self.set_offline)
        ol.addWidget(self.offline_check)
        oexplain = QLabel(self.tr(
            "While it is on, Hearth opens no network connection at all: downloads pause and the "
            "catalog uses the copy on this computer. Chat and documents work as usual."))
        oexplain.setObjectName("mmMuted")
        oexplain.setWordWrap(True)
        ol.addWidget(oexplain)
        layout.addWidget(offline_card)

        layout.addWidget(self._build_folder_card())
        layout.addStretch(1)
        return page

    def _build_folder_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("mmCard")
        fl = QVBoxLayout(card)
        fl.setContentsMargins(18, 14, 18, 16)
        fl.setSpacing(6)
        fhead = QLabel(self.tr("Models folder"))
        fhead.setObjectName("mmQuant")
        fl.addWidget(fhead)
        fexplain = QLabel(self.tr(
            "Downloads and imported models are kept here. When you choose another folder, "
            "Hearth offers to move the models it manages there."))
        fexplain.setObjectName("mmMuted")
        fexplain.setWordWrap(True)
        fl.addWidget(fexplain)
        frow = QHBoxLayout()
        frow.setSpacing(8)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Models folder"))
        frow.addWidget(self.folder_label, 1)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._open_models_folder)
        frow.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.change_folder_button = QPushButton(self.tr("Change…"))
        self.change_folder_button.setToolTip(self.tr("Choose another models folder"))
        self.change_folder_button.clicked.connect(self._on_change_folder_clicked)
        frow.addWidget(self.change_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        fl.addLayout(frow)
        self.disk_label = QLabel()
        self.disk_label.setObjectName("mmMuted")
        fl.addWidget(self.disk_label)
        self.folder_progress = QProgressBar()
        self.folder_progress.setTextVisible(False)
        self.folder_progress.setRange(0, 1000)
        self.folder_progress.setFixedHeight(6)
        self.folder_progress.hide()
        prow = QHBoxLayout()
        prow.setSpacing(8)
        prow.addWidget(self.folder_progress, 1, Qt.AlignmentFlag.AlignVCenter)
        self.cancel_move_button = QPushButton(self.tr("Cancel"))
        self.cancel_move_button.setToolTip(self.tr(
            "Stop moving the models; the ones copied so far are removed again"))
        self.cancel_move_button.setAccessibleName(self.tr("Cancel moving the models"))
        self.cancel_move_button.clicked.connect(self.cancel_move)
        self.cancel_move_button.hide()
        prow.addWidget(self.cancel_move_button, 0, Qt.AlignmentFlag.AlignVCenter)
        fl.addLayout(prow)
        self.folder_status = QLabel()
        self.folder_status.setObjectName("mmMuted")
        self.folder_status.setWordWrap(True)
        self.folder_status.hide()
        fl.addWidget(self.folder_status)
        self._show_folder()
        return card

    # -- hardware -----------------------------------------------------------------------------
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
            self.disk_label.setText(self.tr("{free} free on this disk").format(
                free=format_bytes(hw.disk_free)))
        self._update_fits()

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

    # -- catalog ------------------------------------------------------------------------------
    def context_length(self) -> int:
        return int(self.ctx_combo.currentData())

    def set_context_length(self, n_ctx: int) -> None:
        index = self.ctx_combo.findData(n_ctx)
        if index >= 0:
            self.ctx_combo.setCurrentIndex(index)

    def _family_text(self, family: str) -> tuple[str, str]:
        if family == "gpt-oss-20b":
            return "gpt-oss-20b", self.tr(
                "21 billion parameters, 3.6 billion active per token. Every gpt-oss-20b file is "
                "11.5–13.8 GB whatever its quantization, because the experts (most of the "
                "weights) stay in MXFP4 in all of them; the choice only changes the attention "
                "and embedding layers, so it changes quality a little and size hardly at all.")
        if family == "gpt-oss-120b":
            return "gpt-oss-120b", self.tr(
                "117 billion parameters, 5.1 billion active per token. Every file is about "
                "63–65 GB for the same reason: the experts stay MXFP4. It needs about 64 GB of "
                "memory, shared between RAM and GPU.")
        if family == "gpt-oss-safeguard-20b":
            return "gpt-oss-safeguard-20b", self.tr(
                "The safety filter's model: it classifies prompts and answers against a written "
                "policy. It is not a chat model.")
        return family, ""

    def _rebuild_catalog(self) -> None:
        while self.catalog_layout.count():
            item = self.catalog_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.catalog_rows.clear()
        families: dict[str, list[CatalogRepo]] = {}
        for repo in self.catalog.repos:
            families.setdefault(repo.family, []).append(repo)
        order = [f for f in FAMILY_ORDER if f in families] + [
            f for f in families if f not in FAMILY_ORDER]
        if not order:
            empty = QLabel(getattr(self, "_catalog_error", "") or self.tr(
                "The catalog is empty. Import a GGUF file you already have."))
            empty.setObjectName("mmEmpty")
            empty.setWordWrap(True)
            self.catalog_layout.addWidget(empty)
        for family in order:
            name, text = self._family_text(family)
            header = QLabel(name)
            header.setObjectName("mmSection")
            self.catalog_layout.addSpacing(6)
            self.catalog_layout.addWidget(header)
            if text:
                note = QLabel(text)
                note.setWordWrap(True)
                note.setObjectName("mmMuted")
                self.catalog_layout.addWidget(note)
            for repo in families[family]:
                repo_head = QLabel(repo.title + (self.tr(" · gated: needs a token")
                                                 if repo.gated else ""))
                repo_head.setObjectName("mmRepo")
                self.catalog_layout.addSpacing(2)
                self.catalog_layout.addWidget(repo_head)
                for f in repo.files:
                    row = CatalogRow(f)
                    row.download_clicked.connect(self.download)
                    row.use_clicked.connect(self.choose_model)
                    row.show_download.connect(self._show_downloads)
                    self.catalog_layout.addWidget(row)
                    self.catalog_rows.append(row)
        self.catalog_layout.addStretch(1)
        self._update_fits()
        self._update_catalog_installed()
        for job in self.worker.jobs():
            self._update_catalog_job(job.id)

    def _update_fits(self) -> None:
        hw = self.hardware
        n_ctx = self.context_length()
        best: dict[str, tuple[tuple[int, int, int], CatalogRow]] = {}
        for row in self.catalog_rows:
            if hw is None:
                row.set_estimate(None, None)
                continue
            f = row.file
            shape = fit.shape_for_catalog(f)
            est = fit.estimate(shape, hw, n_ctx=n_ctx,
                               gpu_layers=None if self.settings.gpu_layers < 0
                               else self.settings.gpu_layers,
                               low_memory=self.settings.low_memory,
                               flash_attn=self.settings.flash_attn)
            row.set_estimate(est, hw, shape.n_layer)
            rank = {fit.Verdict.FITS: 2, fit.Verdict.TIGHT: 1}.get(est.verdict, 0)
            if rank and f.available:
                # A file that fits beats a tight one; then the catalog's own pick; then the
                # biggest (least squeezed) one.
                score = (rank, 1 if f.recommended else 0, f.size)
                if f.family not in best or score > best[f.family][0]:
                    best[f.family] = (score, row)
        chosen = {id(row) for _, row in best.values()}
        for row in self.catalog_rows:
            row.set_recommended(id(row) in chosen if hw is not None else row.file.recommended)

    def recommended_rows(self) -> list[CatalogRow]:
        return [r for r in self.catalog_rows if not r.badge.isHidden()]

    def refresh_catalog(self) -> None:
        if self.settings.offline:
            self._offline_banner(self.tr("Offline mode is on, so Hearth did not check the Hub "
                                         "for catalog updates."))
            return
        self.refresh_button.setEnabled(False)
        settings, current = self.settings, self.catalog
        self.background.run(
            lambda: catalog_mod.refresh_from_hub(Hub(settings), current),
            self._on_catalog_refreshed, self._on_catalog_refresh_failed)

    def _on_catalog_refreshed(self, catalog: Catalog) -> None:
        self.refresh_button.setEnabled(True)
        self.catalog = catalog
        self._rebuild_catalog()
        if catalog.errors:
            self.banner.show_message(self.tr(
                "Some repositories could not be checked: {reasons}").format(
                    reasons="; ".join(catalog.errors.values())), "warning")
        else:
            self.banner.show_message(self.tr("The catalog is up to date with the Hub."))

    def _on_catalog_refresh_failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.banner.show_message(message, "error")

    # -- downloads ----------------------------------------------------------------------------
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
        self._add_download_row(job.id)
        self._show_downloads()
        return job.id

    def _show_downloads(self, *_: object) -> None:
        self.tabs.setCurrentIndex(1)

    def _title_for(self, repo: str, path: str) -> str:
        f = self.catalog.find(repo, path)
        if f is not None:
            return f"{f.family} · {f.quant}"
        return path.rsplit("/", 1)[-1]

    def _add_download_row(self, job_id: str) -> DownloadRow:
        if job_id in self.download_rows:
            return self.download_rows[job_id]
        job = self.worker.job(job_id)
        row = DownloadRow(job, self._title_for(job.repo, job.filename))
        row.pause_clicked.connect(self.worker.pause)
        row.resume_clicked.connect(self._resume_job)
        row.retry_clicked.connect(self._resume_job)
        row.cancel_clicked.connect(self.worker.cancel)
        row.remove_clicked.connect(self._remove_job)
        row.token_clicked.connect(self._ask_token_for)
        row.offline_clicked.connect(lambda _id: self.offline_check.setChecked(False))
        row.use_clicked.connect(self._use_job)
        self.downloads_layout.insertWidget(self.downloads_layout.count() - 1, row)
        self.download_rows[job_id] = row
        row.update_from(DownloadEvent(job.id, "state", job.state, job.done, job.total, job.speed,
                                      job.eta, job.part, len(job.paths), job.filename), job)
        self._update_download_tab()
        return row

    def _on_job_event(self, event: DownloadEvent) -> None:
        try:
            job = self.worker.job(event.job_id)
        except KeyError:
            return
        row = self.download_rows.get(event.job_id) or self._add_download_row(event.job_id)
        row.update_from(event, job)
        self._update_catalog_job(event.job_id, event)
        if event.kind == "state":
            if event.state == State.CANCELLED:
                self._drop_row(event.job_id)
            elif event.state == State.DONE:
                self.refresh_installed()
            self._update_download_tab()

    def _update_catalog_job(self, job_id: str, event: DownloadEvent | None = None) -> None:
        job = self.worker.job(job_id)
        pct = int(100 * event.done / event.total) if event and event.total else None
        for row in self.catalog_rows:
            if row.file.repo == job.repo and row.file.filename == job.filename:
                row.set_job(job.state, pct)

    def _update_download_tab(self) -> None:
        active = [r for r in self.download_rows.values()
                  if r.state in (State.QUEUED, State.PREPARING, State.RUNNING, State.VERIFYING)]
        self.tabs.setTabText(1, self.tr("Downloads ({n})").format(n=len(active)) if active
                             else self.tr("Downloads"))
        self.downloads_empty.setVisible(not self.download_rows)

    def _drop_row(self, job_id: str) -> None:
        row = self.download_rows.pop(job_id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self._update_download_tab()

    def _resume_job(self, job_id: str) -> None:
        if self._refuse_while_folder_busy():
            return
        if self.settings.offline:
            self._offline_banner(self.tr("Offline mode is on, so the download stays paused. "
                                         "Turn off offline mode to continue it."))
            return
        self.worker.resume(job_id)

    def _remove_job(self, job_id: str) -> None:
        job = self.worker.job(job_id)
        if job.state == State.FAILED:
            self.worker.cancel(job_id)  # deletes what a failed download left on disk
        self._drop_row(job_id)

    def _use_job(self, job_id: str) -> None:
        job = self.worker.job(job_id)
        if job.result is not None:
            self.choose_model(str(job.result))

    def _ask_token_for(self, job_id: str) -> None:
        self._retry_after_token.add(job_id)
        self.tabs.setCurrentIndex(3)
        self.token_edit.setFocus()
        self.banner.show_message(self.tr(
            "This repository is gated. Accept its license on huggingface.co, paste an access "
            "token with read access below and press Save token: the download starts again."),
            "info")

    def _resume_partials(self) -> None:
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
            self._add_download_row(job.id)
        if offline:
            self.banner.show_message(self.tr(
                "{n} unfinished download(s) from last time are paused because offline mode is "
                "on.").format(n=len(jobs)), "info")
        else:
            self.banner.show_message(self.tr(
                "Continuing {n} unfinished download(s) from where they stopped.").format(
                    n=len(jobs)), "info")

    # -- installed ------------------------------------------------------------------------------
    def refresh_installed(self) -> None:
        folder, hf_cache = self.worker.models_dir, self._hf_cache
        self.background.run(lambda: local.list_installed(folder, hf_cache=hf_cache),
                            self._on_installed, self._on_installed_failed)

    def _on_installed_failed(self, message: str) -> None:
        self.installed_summary.setText(message)

    def _on_installed(self, models: list[InstalledModel]) -> None:
        self.installed = models
        for row in self.installed_rows:
            row.hide()
            row.deleteLater()
        self.installed_rows.clear()
        for m in models:
            row = InstalledRow(m)
            row.use_clicked.connect(self.choose_model)
            row.delete_clicked.connect(self.delete_model)
            self.installed_layout.insertWidget(self.installed_layout.count() - 1, row)
            self.installed_rows.append(row)
        usable = sum(1 for m in models if m.valid)
        if models:
            self.installed_summary.setText(self.tr(
                "{n} model(s) on this computer, {usable} ready to use.").format(
                    n=len(models), usable=usable))
        else:
            self.installed_summary.setText(self.tr(
                "No models yet. Download one from the Catalog, or import a GGUF file."))
        self._update_catalog_installed()

    def _update_catalog_installed(self) -> None:
        by_path = {m.path.resolve(): m for m in self.installed if m.valid}
        for row in self.catalog_rows:
            dest = self.worker.manager.dest_for(row.file.repo, row.file.filename).resolve()
            row.set_installed(dest if dest in by_path else None)

    def installed_paths(self) -> list[Path]:
        return [m.path for m in self.installed]

    def choose_model(self, path: str) -> None:
        self.model_chosen.emit(path)
        self.accept()

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete_model(self, model: InstalledModel) -> None:
        if self._refuse_while_folder_busy():
            return
        if not self._confirm(self.tr("Delete model"), self.tr(
                "Delete {name} ({size})? The file is removed from this computer; you can "
                "download it again later.").format(name=model.path.name,
                                                   size=format_bytes(model.size))):
            return
        folder = self.worker.models_dir
        self.background.run(lambda: local.delete_model(model.path, folder),
                            lambda freed: self._on_deleted(model, freed),
                            lambda msg: self.banner.show_message(msg, "error"))

    def _on_deleted(self, model: InstalledModel, freed: int) -> None:
        self.banner.show_message(self.tr("Deleted {name}; {size} freed.").format(
            name=model.path.name, size=format_bytes(freed)))
        self.refresh_installed()

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a GGUF model"), str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> None:
        """Validate and copy a GGUF into the models folder in the background."""
        if self._refuse_while_folder_busy():
            return
        folder = self.worker.models_dir
        self._importing = True
        self.import_button.setEnabled(False)
        self.banner.show_message(self.tr("Checking and importing {name}…").format(
            name=Path(path).name))
        self.background.run(lambda: local.import_gguf(path, folder), self._on_imported,
                            self._on_import_failed)

    def _on_imported(self, model: InstalledModel) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        self.banner.show_message(self.tr("Imported {name}: it is ready to use.").format(
            name=model.path.name), "info")
        self.tabs.setCurrentIndex(2)
        self.refresh_installed()

    def _on_import_failed(self, message: str) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        self.banner.show_message(self.tr("The file was not imported. {reason}").format(
            reason=message), "error")
        self.tabs.setCurrentIndex(2)

    # -- settings -------------------------------------------------------------------------------
    def _refresh_token_state(self) -> None:
        # The keyring may block (a locked wallet asks for a password): off the GUI thread.
        self.background.run(lambda: secrets.get_token() is not None, self._on_token_state,
                            lambda msg: self._on_token_state(False))

    def _on_token_state(self, saved: bool) -> None:
        self._token_saved = bool(saved)
        if saved:
            self.token_status.setText(self.tr("A token is saved in the system keyring."))
            self.token_edit.setPlaceholderText(self.tr("•••••••• saved (type a new one to "
                                                       "replace it)"))
        else:
            self.token_status.setText(self.tr("No token saved."))
            self.token_edit.setPlaceholderText(self.tr("hf_…"))
        self.token_remove.setEnabled(bool(saved))

    def save_token(self) -> None:
        token = self.token_edit.text().strip()
        if not token:
            self.token_status.setText(self.tr("Paste a token first."))
            return
        self.token_edit.clear()  # the widget never keeps the secret longer than needed
        self.token_save.setEnabled(False)
        self.background.run(lambda: secrets.set_token(token), lambda _: self._on_token_saved(),
                            self._on_token_failed)

    def _on_token_saved(self) -> None:
        self.token_save.setEnabled(True)
        self._on_token_state(True)
        retry = [j for j in self._retry_after_token if j in self.download_rows]
        self._retry_after_token.clear()
        for job_id in retry:
            self._resume_job(job_id)
        self.banner.show_message(self.tr("Token saved in the system keyring.") + (
            " " + self.tr("Retrying the download.") if retry else ""))
        if retry:
            self._show_downloads()

    def _on_token_failed(self, message: str) -> None:
        self.token_save.setEnabled(True)
        self.banner.show_message(message, "error")

    def remove_token(self) -> None:
        self.background.run(secrets.delete_token, lambda _: self._on_token_removed(),
                            lambda msg: self.banner.show_message(msg, "error"))

    def _on_token_removed(self) -> None:
        self._on_token_state(False)
        self.banner.show_message(self.tr("Token removed from the system keyring."))

    def set_offline(self, on: bool) -> None:
        if self.offline_check.isChecked() != on:
            self.offline_check.setChecked(on)  # re-enters through toggled
            return
        if self.settings.offline == on:
            self._update_offline_ui()
            return
        paused = False
        if on:
            # Pause first: a job that then meets the offline guard sees its pause flag and ends
            # paused (resumable), not failed.
            paused = bool(self.worker.active_jobs())
            self.worker.pause_all()
        self.settings.offline = on
        if on:
            self.banner.show_message(self.tr(
                "Offline mode is on: Hearth will not connect to the internet.") + (
                " " + self.tr("Downloads are paused.") if paused else ""))
        else:
            self.banner.hide()
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_message(self.tr("The setting could not be saved: {reason}").format(
                reason=exc.strerror or exc), "error")
        self._update_offline_ui()

    def _update_offline_ui(self) -> None:
        on = self.settings.offline
        self.offline_chip.setVisible(on)
        if hasattr(self, "refresh_button"):
            self.refresh_button.setEnabled(not on)
            self.refresh_button.setToolTip(self.tr("Turn off offline mode to check the Hub.")
                                           if on else "")

    def _offline_banner(self, text: str) -> None:
        self.banner.show_message(text, "warning", self.tr("Turn off offline mode"),
                                 lambda: self.offline_check.setChecked(False))

    def _open_models_folder(self) -> None:
        folder = self.worker.models_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- models folder ------------------------------------------------------------------------
    def _show_folder(self) -> None:
        folder = str(self.worker.models_dir)
        self.folder_label.setText(folder)
        self.folder_label.setToolTip(folder)

    def _on_change_folder_clicked(self) -> None:
        current = self.worker.models_dir
        start = current if current.exists() else Path.home()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the models folder"),
                                                  str(start))
        if chosen:
            self.change_models_folder(chosen)

    def change_models_folder(self, path: str | Path, setting: str | None = None) -> None:
        """Use `path` as the models folder: refuse while a download is unfinished, check the
        folder is writable, offer to move the models Hearth manages (off the GUI thread), and
        save the setting only once the folder has really changed. `setting` is what to store in
        Settings.models_dir (default: the path; the Settings dialog may pass "" for the
        default folder)."""
        self.tabs.setCurrentIndex(3)
        if self._folder_busy:
            self.banner.show_message(self.tr("The models folder is already being changed. Wait "
                                             "until that is done."), "warning")
            return
        old, new = self.worker.models_dir, Path(path).expanduser().absolute()
        if folder_mod.same_folder(old, new):
            self.banner.show_message(self.tr("{folder} is already the models folder.").format(
                folder=new))
            return
        if self._importing:
            self.banner.show_message(self.tr("A model is being imported into the current "
                                             "folder. Change the folder when that is done."),
                                     "warning")
            return
        unfinished = self.worker.unfinished_jobs()
        if unfinished:
            self.banner.show_message(self.tr(
                "The models folder cannot change while {n} download(s) are running, paused or "
                "waiting to be retried: their partial files are in the current folder. Let them "
                "finish, or cancel them, then try again.").format(n=len(unfinished)),
                "warning", self.tr("Show downloads"), self._show_downloads)
            return
        self.banner.hide()
        self._set_folder_busy(True, self.tr("Checking {folder}…").format(folder=new))
        self.background.run(lambda: folder_mod.plan_move(old, new),
                            lambda plan: self._on_move_planned(plan, setting),
                            self._on_folder_failed)

    def _on_move_planned(self, plan: MovePlan, setting: str | None) -> None:
        if not plan.moves:
            self._set_folder_busy(False)
            if self._use_folder(plan.target, setting):
                self.banner.show_message(" ".join([self.tr("Hearth now uses {folder}.").format(
                    folder=plan.target), *self._plan_notes(plan)]))
            return
        choice = self._ask_move(plan)
        if choice == "move":
            self._start_move(plan, setting)
            return
        self._set_folder_busy(False)
        if choice == "leave" and self._use_folder(plan.target, setting):
            self.banner.show_message(" ".join([self.tr(
                "Hearth now uses {folder}. The {n} model(s) in {old} stay there and are no longer "
                "listed; choose that folder again, or import them, to use them.").format(
                    folder=plan.target, n=plan.count, old=plan.source), *self._plan_notes(plan)]))

    def _plan_notes(self, plan: MovePlan) -> list[str]:
        notes = []
        if plan.conflicts:
            notes.append(self.tr("{n} model(s) already have a file of the same name in the new "
                                 "folder, so they stay in the old one.").format(
                                     n=len(plan.conflicts)))
        if plan.partials:
            notes.append(self.tr("{n} unfinished download file(s) stay in the old folder: they "
                                 "are not moved and will not continue.").format(
                                     n=len(plan.partials)))
        return notes

    def _move_question(self, plan: MovePlan) -> tuple[QMessageBox, dict[QAbstractButton, str]]:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Change the models folder"))
        box.setText(self.tr("Move {n} model(s) ({size}) to the new folder?").format(
            n=plan.count, size=format_bytes(plan.size)))
        lines = [self.tr("From: {old}").format(old=plan.source),
                 self.tr("To: {new}").format(new=plan.target)]
        if not plan.enough_space:
            lines.append(self.tr(
                "There is not enough free space there: moving needs {need} and {free} is free. "
                "You can still use the new folder and leave the models where they are.").format(
                    need=format_bytes(plan.needed), free=format_bytes(plan.free or 0)))
        elif plan.same_disk:
            lines.append(self.tr("Both folders are on the same disk, so this takes a moment."))
        else:
            lines.append(self.tr(
                "The new folder is on another disk: each file is copied, and the original is "
                "deleted only once every copy is complete."))
        lines.append(self.tr("Models you leave in the old folder are no longer listed."))
        lines.extend(self._plan_notes(plan))
        box.setInformativeText("\n".join(lines[:2]) + "\n\n" + "\n\n".join(lines[2:]))
        # QMessageBox sizes itself to its text and ignores setMinimumWidth: a spacer in its grid
        # keeps long folder paths from wrapping into a narrow column.
        grid = box.layout()
        if isinstance(grid, QGridLayout):
            grid.addItem(QSpacerItem(MOVE_BOX_WIDTH, 0, QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Expanding),
                         grid.rowCount(), 0, 1, grid.columnCount())
        move = box.addButton(self.tr("Move"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Leave them there"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        move.setEnabled(plan.enough_space)
        box.setDefaultButton(move if plan.enough_space else cancel)
        box.setEscapeButton(cancel)
        return box, {move: "move", leave: "leave", cancel: "cancel"}

    def _ask_move(self, plan: MovePlan) -> str:
        """'move', 'leave' or 'cancel'."""
        box, choices = self._move_question(plan)
        try:
            box.exec()
            clicked = box.clickedButton()
            return choices.get(clicked, "cancel") if clicked is not None else "cancel"
        finally:
            box.deleteLater()

    def _start_move(self, plan: MovePlan, setting: str | None) -> None:
        self._move_text = self.tr("Moving {n} model(s) to {folder}…").format(
            n=plan.count, folder=plan.target)
        self._set_folder_busy(True, self._move_text)
        self.folder_progress.setValue(0)
        self.folder_progress.show()
        cancel = self._move_cancel = threading.Event()  # a fresh one for each move
        self.cancel_move_button.setEnabled(True)
        self.cancel_move_button.show()

        def move(report: Any) -> MoveResult | FolderMoveCancelled:  # on a pool thread
            try:
                return folder_mod.move_models(plan, report, cancel)
            except FolderMoveCancelled as exc:  # not a failure: handed back as the result
                return exc

        self.background.run_reporting(move, lambda result: self._on_moved(plan, result, setting),
                                      self._on_folder_failed, self._on_move_progress)

    def cancel_move(self) -> None:
        """Ask the running move to stop: it undoes what it did, then reports back."""
        if not self._folder_busy or self._move_cancel.is_set():
            return
        self._move_cancel.set()
        self.cancel_move_button.setEnabled(False)
        self.folder_status.setText(self.tr("Cancelling the move…"))

    def _on_move_progress(self, done: int, total: int) -> None:
        if not self._folder_busy or self._move_cancel.is_set():
            return
        self.folder_status.setText(self.tr("{what} {done} of {total}").format(
            what=self._move_text, done=format_bytes(done), total=format_bytes(total)))
        self.folder_progress.setValue(int(1000 * done / total) if total else 1000)

    def _on_moved(self, plan: MovePlan, result: MoveResult | FolderMoveCancelled,
                  setting: str | None) -> None:
        self._set_folder_busy(False)
        if isinstance(result, FolderMoveCancelled):
            # The setting and the lists stay as they were: the models never left the old folder.
            self.folder_status.setText(self.tr(
                "The move was cancelled. Your models are still in {folder}.").format(
                    folder=plan.source))
            self.folder_status.show()
            return
        if not self._use_folder(plan.target, setting):
            return
        notes = self._plan_notes(plan)
        if result.leftovers:
            notes.append(self.tr("The old copies of {n} file(s) could not be deleted from "
                                 "{old}; delete them yourself to free the space.").format(
                                     n=len(result.leftovers), old=plan.source))
        self.banner.show_message(" ".join([self.tr(
            "Moved {n} model(s) ({size}) to {folder}.").format(
                n=len(result.moved), size=format_bytes(result.size), folder=plan.target),
            *notes]), "warning" if result.leftovers else "info")

    def _on_folder_failed(self, message: str) -> None:
        self._set_folder_busy(False)
        self.banner.show_message(self.tr("The models folder was not changed. {reason}").format(
            reason=message), "error")

    def _use_folder(self, folder: Path, setting: str | None) -> bool:
        """Point downloads and the lists at `folder` and save the setting."""
        try:
            self.worker.set_models_dir(folder)
        except HearthError as exc:
            self.banner.show_message(str(exc), "error")
            return False
        self.settings.models_dir = setting if setting is not None else str(folder)
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_message(self.tr(
                "Hearth uses {folder} now, but the setting could not be saved ({reason}): next "
                "time it starts with the old folder.").format(folder=folder,
                                                               reason=exc.strerror or exc),
                "error")
        self._show_folder()
        self._refresh_disk()
        self.refresh_installed()
        return True

    def _refresh_disk(self) -> None:
        folder = self.worker.models_dir
        self.background.run(lambda: hardware.free_disk(folder), self._on_disk_free,
                            lambda message: self.disk_label.clear())

    def _on_disk_free(self, free: int | None) -> None:
        if self.hardware is not None:
            # The fit estimates and the summary line both show the disk's free space.
            self._on_hardware(dataclasses.replace(self.hardware, disk_free=free))
        if free is None:
            self.disk_label.clear()
        elif self.hardware is None:
            self.disk_label.setText(self.tr("{free} free on this disk").format(
                free=format_bytes(free)))

    def _set_folder_busy(self, busy: bool, text: str = "") -> None:
        self._folder_busy = busy
        self.change_folder_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and not self._importing)
        self.folder_status.setText(text)
        self.folder_status.setVisible(busy and bool(text))
        if not busy:
            self.folder_progress.hide()
            self.cancel_move_button.hide()

    def _refuse_while_folder_busy(self) -> bool:
        if self._folder_busy:
            self.banner.show_message(self.tr(
                "The models folder is being changed. Wait until that is done, then try "
                "again."), "warning")
        return self._folder_busy

    # -- lifetime -----------------------------------------------------------------------------
    def _apply_style(self) -> None:
        self._restyling = True
        try:
            self.setStyleSheet(STYLE.replace("@danger", themed(self, DANGER).name())
                               .replace("@warning", themed(self, WARNING).name()))
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
