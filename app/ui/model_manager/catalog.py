"""The Catalog tab: every downloadable gpt-oss file by family, each with its memory fit on this
computer at the chosen context length, the recommended one marked, and a check against the Hub
for updates. Lives on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.i18n import tr_dynamic
from app.core.models import catalog as catalog_mod
from app.core.models import fit
from app.core.models.catalog import Catalog, CatalogFile, CatalogRepo
from app.core.models.downloads import DownloadEvent, DownloadJob, State
from app.core.models.fit import FitEstimate, Verdict
from app.core.models.hardware import Hardware
from app.core.models.hub import Hub
from app.core.models.local import InstalledModel
from app.core.settings import Settings
from app.core.units import format_bytes
from app.ui.model_manager.banner import Banner
from app.ui.model_manager.widgets import (
    ACCENT,
    VERDICT_COLORS,
    Card,
    Legend,
    MemoryBar,
    Pill,
    ask,
    label,
    list_page,
)
from app.ui.plain import PlainLabel
from app.workers.download_worker import DownloadWorker
from app.workers.jobs import Jobs

CONTEXT_CHOICES = (4096, 8192, 16384, 32768, 65536, 131072)
FAMILY_ORDER = ("gpt-oss-20b", "gpt-oss-120b", "gpt-oss-safeguard-20b")


class CatalogRow(Card):
    """One downloadable model (a file, or all parts of a split one) with its fit estimate."""

    download_clicked = Signal(object)  # CatalogFile
    use_clicked = Signal(str)
    low_memory_clicked = Signal(str)  # the installed file: load it without the experts' copy
    show_download = Signal(object)  # CatalogFile

    def __init__(self, file: CatalogFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.estimate: FitEstimate | None = None
        self.installed_path: Path | None = None
        self.job_state: State | None = None
        self._percent: int | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 14, 12)
        outer.setSpacing(18)

        left = QVBoxLayout()
        left.setSpacing(3)
        self.badge = Pill(self.tr("Recommended"))
        self.badge.set_colors(ACCENT, strong=True)
        self.badge.hide()
        title, self.quant = self.title_line(file.quant, self.badge)
        left.addLayout(title)
        size = format_bytes(file.size) if file.size_exact else self.tr("about {size}").format(
            size=format_bytes(file.size))
        parts = (self.tr("{n} parts").format(n=len(file.parts)) if file.is_split
                 else self.tr("1 file"))
        self.meta = label(f"{size} · {parts} · {file.filename}", "mmMuted", wrap=True,
                          selectable=True)
        left.addWidget(self.meta)
        self.note = label(tr_dynamic(file.note, "catalog"), "mmNote", wrap=True)
        left.addWidget(self.note)
        if not file.available:
            left.addWidget(label(self.tr("Not found on the Hub at the last refresh."),
                                 "mmWarning"))
        outer.addLayout(left, 5)

        mid = QVBoxLayout()
        mid.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.verdict = Pill(self.tr("Checking this computer…"))
        head.addWidget(self.verdict)
        self.layers = label(name="mmMuted")
        head.addWidget(self.layers)
        head.addStretch(1)
        mid.addLayout(head)
        self.bar = MemoryBar()
        mid.addWidget(self.bar)
        self.summary = label(name="mmMuted", wrap=True)
        mid.addWidget(self.summary)
        mid.addStretch(1)
        outer.addLayout(mid, 4)

        self.action = QPushButton(self.tr("Download"))
        self.action.setMinimumWidth(128)
        self.action.clicked.connect(self._on_action)
        self.low_memory = QPushButton(self.tr("Load in low-memory mode"))
        self.low_memory.setToolTip(self.tr(
            "Load it without the fast CPU copy of the experts: much less memory, answers a "
            "little slower. Settings > Model turns this on for every model."))
        self.low_memory.clicked.connect(self._on_low_memory)
        self.low_memory.hide()
        self._offer_low_memory = False
        right = QVBoxLayout()
        right.addWidget(self.action)
        right.addWidget(self.low_memory)
        right.addStretch(1)
        outer.addLayout(right)
        self._refresh_action()

    def set_estimate(self, estimate: FitEstimate | None, hardware: Hardware | None,
                     n_layer: int = 0) -> None:
        self.estimate = estimate
        self.bar.set_estimate(estimate, hardware)
        if estimate is None:
            self.verdict.setText(self.tr("Checking this computer…"))
            self.verdict.set_colors(VERDICT_COLORS[Verdict.UNKNOWN])
            self.summary.setText("")
            self.layers.setText("")
            return
        self.verdict.setText(estimate.verdict.label)
        self.verdict.set_colors(VERDICT_COLORS[estimate.verdict])
        if estimate.gpu_layers > 0:
            self.layers.setText(self.tr("GPU layers: {n} of {total}").format(
                n=min(estimate.gpu_layers, n_layer or estimate.gpu_layers),
                total=n_layer or estimate.gpu_layers))
        else:
            self.layers.setText(self.tr("Runs on the CPU"))
        text = self.tr("Needs about {ram} of RAM").format(ram=format_bytes(estimate.ram_needed))
        repack = next((c.bytes for c in estimate.components if c.key == "repack"), 0)
        if repack:  # the one number, explained: why it is far above the file's size
            text += self.tr(", {repack} of it a fast CPU copy of the experts").format(
                repack=format_bytes(repack))
        if estimate.vram_needed:
            text += self.tr(" and {vram} of GPU memory").format(
                vram=format_bytes(estimate.vram_needed))
        if estimate.ram_budget is not None:
            text += self.tr(" ({free} free now)").format(free=format_bytes(estimate.ram_budget))
        text += "."
        if estimate.advice:
            text += " " + estimate.advice
        self.summary.setText(text)

    def offer_low_memory(self, on: bool) -> None:
        """Offer "Load in low-memory mode" (when installed): the full mode is tight or will not
        fit, and low-memory mode is not already on for every model."""
        self._offer_low_memory = on
        self._refresh_action()

    def _on_low_memory(self) -> None:
        if self.installed_path is not None:
            self.low_memory_clicked.emit(str(self.installed_path))

    def set_recommended(self, on: bool) -> None:
        self.badge.setVisible(on)
        self._refresh_action()

    def set_installed(self, path: Path | None) -> None:
        self.installed_path = path
        self._refresh_action()

    def set_job(self, state: State | None, percent: int | None = None) -> None:
        self.job_state = state if state not in (State.CANCELLED, State.DONE) else None
        self._percent = percent
        self._refresh_action()

    def _refresh_action(self) -> None:
        state = self.job_state
        self.action.setObjectName("")
        if self.installed_path is not None and state is None:
            self.action.setText(self.tr("Use this model"))
            self.action.setObjectName("primaryButton")
        elif state in (State.RUNNING, State.PREPARING):
            pct = self._percent
            self.action.setText(self.tr("Downloading {pct}%").format(pct=pct or 0)
                                if pct is not None else self.tr("Downloading…"))
        elif state == State.VERIFYING:
            self.action.setText(self.tr("Verifying…"))
        elif state == State.QUEUED:
            self.action.setText(self.tr("Queued"))
        elif state == State.PAUSED:
            self.action.setText(self.tr("Paused"))
        elif state == State.FAILED:
            self.action.setText(self.tr("Failed: see Downloads"))
        else:
            self.action.setText(self.tr("Download"))
            if not self.badge.isHidden():
                self.action.setObjectName("primaryButton")
        self.low_memory.setVisible(self._offer_low_memory and self.installed_path is not None
                                   and state is None)
        self.action.style().unpolish(self.action)
        self.action.style().polish(self.action)

    def _on_action(self) -> None:
        if self.job_state is not None:
            self.show_download.emit(self.file)
        elif self.installed_path is not None:
            self.use_clicked.emit(str(self.installed_path))
        else:
            self.download_clicked.emit(self.file)


class CatalogTab(QWidget):
    """The catalog's rows, their estimates for `hardware` (None until it is detected) and the
    context length selector. Downloads and choices go out as signals; the dialog acts on them."""

    download_requested = Signal(object)  # CatalogFile
    model_chosen = Signal(str)
    low_memory_chosen = Signal(str)
    downloads_shown = Signal()  # a row's download is under way: show it
    offline_refused = Signal(str)  # the Hub check was not made: why, for the offline banner

    def __init__(self, settings: Settings, catalog: Catalog, worker: DownloadWorker,
                 background: Jobs, banner: Banner, *, can_refresh: bool = True,
                 empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.catalog = catalog
        self.worker = worker
        self.background = background
        self.banner = banner
        self.hardware: Hardware | None = None
        self.rows: list[CatalogRow] = []
        self._installed: list[InstalledModel] = []
        self._empty_text = empty_text
        controls, self.body, self.rows_layout = list_page(self)
        controls.setSpacing(8)
        controls.addWidget(PlainLabel(self.tr("Context length:")))
        self.ctx_combo = QComboBox()
        self.ctx_combo.setAccessibleName(self.tr("Context length for the memory estimate"))
        for n in CONTEXT_CHOICES:
            self.ctx_combo.addItem(self.tr("{k}K tokens").format(k=n // 1024), n)
        wanted = settings.context_length
        best = min(range(len(CONTEXT_CHOICES)), key=lambda i: abs(CONTEXT_CHOICES[i] - wanted))
        self.ctx_combo.setCurrentIndex(best)
        self.ctx_combo.currentIndexChanged.connect(self.update_fits)
        controls.addWidget(self.ctx_combo)
        controls.addSpacing(14)
        controls.addWidget(Legend())
        controls.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Check the Hub for updates"))
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_button.setVisible(can_refresh)
        controls.addWidget(self.refresh_button)
        self.rebuild()

    # -- context length ---------------------------------------------------------------------------
    def context_length(self) -> int:
        return int(self.ctx_combo.currentData())

    def set_context_length(self, n_ctx: int) -> None:
        index = self.ctx_combo.findData(n_ctx)
        if index >= 0:
            self.ctx_combo.setCurrentIndex(index)

    # -- rows -------------------------------------------------------------------------------------
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
                "63–65 GB for the same reason: the experts stay MXFP4. The memory each file "
                "needs is on its card: the file itself, the conversation memory and, on the CPU, "
                "a fast copy of the experts almost as large as the file (low-memory mode leaves "
                "it out, at some speed).")
        if family == "gpt-oss-safeguard-20b":
            return "gpt-oss-safeguard-20b", self.tr(
                "The safety filter's model: it classifies prompts and answers against a written "
                "policy. It is not a chat model.")
        return family, ""

    def rebuild(self) -> None:
        """Lay the rows out again from self.catalog (after a refresh from the Hub)."""
        layout = self.rows_layout
        while layout.count():
            item = layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.rows.clear()
        families: dict[str, list[CatalogRepo]] = {}
        for repo in self.catalog.repos:
            families.setdefault(repo.family, []).append(repo)
        order = [f for f in FAMILY_ORDER if f in families] + [
            f for f in families if f not in FAMILY_ORDER]
        if not order:
            layout.addWidget(label(self._empty_text or self.tr(
                "The catalog is empty. Import a GGUF file you already have."), "mmEmpty",
                wrap=True))
        for family in order:
            name, text = self._family_text(family)
            layout.addSpacing(6)
            layout.addWidget(label(name, "mmSection"))
            if text:
                layout.addWidget(label(text, "mmMuted", wrap=True))
            for repo in families[family]:
                layout.addSpacing(2)
                gated = self.tr(" · gated: needs a token") if repo.gated else ""
                layout.addWidget(label(tr_dynamic(repo.title, "catalog") + gated, "mmRepo"))
                for f in repo.files:
                    row = CatalogRow(f)
                    row.download_clicked.connect(self._confirm_download)
                    row.use_clicked.connect(self.model_chosen)
                    row.low_memory_clicked.connect(self.low_memory_chosen)
                    row.show_download.connect(self.downloads_shown)
                    layout.addWidget(row)
                    self.rows.append(row)
        layout.addStretch(1)
        self.update_fits()
        self.set_installed(self._installed)
        for job in self.worker.jobs():
            self.set_job(job)

    def set_hardware(self, hardware: Hardware | None) -> None:
        self.hardware = hardware
        self.update_fits()

    def update_fits(self) -> None:
        """Estimate every row for this computer and context length; mark the recommendations."""
        hw = self.hardware
        n_ctx = self.context_length()
        s = self.settings
        fits: list[tuple[CatalogFile, FitEstimate | None]] = []
        for row in self.rows:
            if hw is None:
                row.set_estimate(None, None)
                fits.append((row.file, None))
                continue
            shape = fit.shape_for_catalog(row.file)
            est = fit.estimate(shape, hw, n_ctx=n_ctx,
                               gpu_layers=None if s.gpu_layers < 0 else s.gpu_layers,
                               low_memory=s.low_memory, flash_attn=s.flash_attn)
            row.set_estimate(est, hw, shape.n_layer)
            row.offer_low_memory(not s.low_memory and est.verdict in (Verdict.TIGHT,
                                                                      Verdict.WONT_FIT)
                                 and any(c.key == "repack" for c in est.components))
            fits.append((row.file, est))
        chosen = {id(f) for f in fit.recommended_files(fits)}
        for row in self.rows:
            row.set_recommended(id(row.file) in chosen)

    def _confirm_download(self, file: CatalogFile) -> None:
        """Ask before downloading a file this computer cannot run."""
        row = next((r for r in self.rows if r.file is file), None)
        est = row.estimate if row is not None else None
        if est is not None and est.verdict == Verdict.WONT_FIT:
            have = est.ram_budget if est.ram_budget is not None else 0
            choice = ask(self, self.tr("Download a model that will not fit?"), self.tr(
                "{name} needs about {need} of memory here, even with the settings that save "
                "the most, and this computer has {have} free. It is {size} to download and will "
                "most likely not load. Download it anyway?").format(
                    name=file.filename, need=format_bytes(self._least_needed(file, est)),
                    have=format_bytes(have), size=format_bytes(file.size)),
                [("download", self.tr("Download anyway")), ("cancel", self.tr("Cancel"))],
                "cancel")
            if choice != "download":
                return
        self.download_requested.emit(file)

    def _least_needed(self, file: CatalogFile, est: FitEstimate) -> int:
        if self.hardware is None:
            return est.ram_needed
        low = fit.estimate(fit.shape_for_catalog(file), self.hardware, n_ctx=4096,
                           gpu_layers=est.gpu_layers, low_memory=True,
                           flash_attn=self.settings.flash_attn)
        return min(est.ram_needed, low.ram_needed)

    def recommended_rows(self) -> list[CatalogRow]:
        return [r for r in self.rows if not r.badge.isHidden()]

    def set_installed(self, models: list[InstalledModel]) -> None:
        """Rows whose file is among `models` (and valid) offer "Use this model"."""
        self._installed = models
        by_path = {m.path.resolve(): m for m in models if m.valid}
        for row in self.rows:
            dest = self.worker.manager.dest_for(row.file.repo, row.file.filename).resolve()
            row.set_installed(dest if dest in by_path else None)

    def set_job(self, job: DownloadJob, event: DownloadEvent | None = None) -> None:
        """Show a download's state (and percentage, from `event`) on its file's row."""
        pct = int(100 * event.done / event.total) if event and event.total else None
        for row in self.rows:
            if row.file.repo == job.repo and row.file.filename == job.filename:
                row.set_job(job.state, pct)

    # -- refresh from the Hub ---------------------------------------------------------------------
    def set_offline(self, on: bool) -> None:
        self.refresh_button.setEnabled(not on)
        self.refresh_button.setToolTip(self.tr("Turn off offline mode to check the Hub.")
                                       if on else "")

    def refresh(self) -> None:
        if self.settings.offline:
            self.offline_refused.emit(self.tr("Offline mode is on, so Hearth did not check the "
                                              "Hub for catalog updates."))
            return
        self.refresh_button.setEnabled(False)
        settings, current = self.settings, self.catalog
        self.background.run(
            lambda: catalog_mod.refresh_from_hub(Hub(settings), current),
            self._on_refreshed, self._on_refresh_failed)

    def _on_refreshed(self, catalog: Catalog) -> None:
        self.refresh_button.setEnabled(True)
        self.catalog = catalog
        self.rebuild()
        if catalog.errors:
            # One calm line; the reasons per repository are in the tooltip.
            failed = len(catalog.errors)
            total = len(catalog.repos)
            if failed >= total:
                text = self.tr("The Hub could not be checked just now: the catalog shows what "
                               "Hearth knew before. Try again later.")
            else:
                text = self.tr("%n of the catalog's repositories could not be checked just "
                               "now; the rest is up to date.", "", failed)
            self.banner.show_message(text, "warning")
            self.banner.label.setToolTip("\n".join(f"{repo}: {why}"
                                                   for repo, why in catalog.errors.items()))
        else:
            self.banner.show_message(self.tr("The catalog is up to date with the Hub."))

    def _on_refresh_failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.banner.show_message(message, "warning")  # the catalog Hearth has still works
