"""The model picker in the chat header: the models on this computer with how each fits here, the
one loaded checked; choosing one loads it (the window keeps the current one until it has)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.core.engine import ModelInfo
from app.core.models import fit, hardware, local
from app.core.models.fit import Verdict
from app.core.settings import Settings
from app.core.units import format_bytes
from app.ui import icons
from app.ui.theme import LIGHT, Colors


@dataclass(frozen=True)
class PickerEntry:
    """One installed model as the picker shows it."""

    path: Path
    name: str
    size: int
    quant: str
    verdict: Verdict  # how it fits here with the current settings
    usable: bool
    reason: str = ""  # why it is not usable


def installed_entries(models_dir: Path, settings: Settings) -> list[PickerEntry]:
    """The installed models with their fit on this computer. Slow (reads every header, probes
    the hardware): run it off the GUI thread."""
    hw = hardware.detect(models_dir, probe_llama=False)
    entries = []
    for m in local.list_installed(models_dir):
        verdict = Verdict.UNKNOWN
        if m.valid:
            try:
                est = fit.estimate(fit.shape_from_gguf(m.path), hw, n_ctx=settings.context_length,
                                   gpu_layers=None if settings.gpu_layers < 0
                                   else settings.gpu_layers,
                                   low_memory=settings.low_memory, flash_attn=settings.flash_attn)
                verdict = est.verdict
            except Exception:  # a header the estimate cannot read: no badge, still loadable
                verdict = Verdict.UNKNOWN
        usable = m.valid and (m.architecture == "gpt-oss")
        entries.append(PickerEntry(m.path, m.path.name, m.size, m.quant, verdict, usable,
                                   m.error or ""))
    return entries


class ModelPicker(QToolButton):
    """Shows the loaded model; its menu lists the others. Thread: GUI."""

    model_chosen = Signal(str)
    manage_requested = Signal()
    open_requested = Signal()
    refresh_requested = Signal()  # the menu is about to open: the list may be stale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the chevron after the name
        self.setAccessibleName(self.tr("Model"))
        self.setToolTip(self.tr("Choose the model to chat with"))
        self.colors: Colors = LIGHT
        self.entries: list[PickerEntry] = []
        self.current: str | None = None  # the loaded model's path
        self._menu = QMenu(self)
        self._menu.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._menu.aboutToShow.connect(self.refresh_requested)
        self.setMenu(self._menu)
        self.set_current(None)

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.setIcon(icons.icon("chevron-down", colors.muted, 14))
        self._rebuild()

    def set_current(self, info: ModelInfo | None, *, loading: bool = False) -> None:
        self.current = info.path if info is not None else None
        if loading:
            self.setText(self.tr("Loading…"))
        elif info is None:
            self.setText(self.tr("Choose a model"))
        else:
            self.setText(Path(info.path).name)
        self._rebuild()

    def set_entries(self, entries: list[PickerEntry]) -> None:
        self.entries = list(entries)
        self._rebuild()

    def verdict_text(self, verdict: Verdict) -> str:
        return {Verdict.FITS: self.tr("fits"), Verdict.TIGHT: self.tr("tight"),
                Verdict.WONT_FIT: self.tr("won't fit"), Verdict.UNKNOWN: ""}[verdict]

    def _badge(self, verdict: Verdict) -> QIcon:
        color = {Verdict.FITS: "#2f9e44", Verdict.TIGHT: self.colors.warning,
                 Verdict.WONT_FIT: self.colors.danger}.get(verdict, self.colors.faint)
        ratio = self.devicePixelRatioF()
        pix = QPixmap(QSize(12, 12) * ratio)
        pix.setDevicePixelRatio(ratio)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
        return QIcon(pix)

    def _rebuild(self) -> None:
        menu = self._menu
        menu.clear()
        if not self.entries:
            empty = menu.addAction(self.tr("No models on this computer yet"))
            empty.setEnabled(False)
        for entry in self.entries:
            bits = [entry.quant if entry.quant != "?" else "", format_bytes(entry.size),
                    self.verdict_text(entry.verdict) if entry.usable else self.tr("not usable")]
            action = QAction(f"{entry.name}   ({', '.join(b for b in bits if b)})", menu)
            action.setIcon(self._badge(entry.verdict if entry.usable else Verdict.WONT_FIT))
            action.setCheckable(True)
            loaded = self.current is not None and Path(self.current) == entry.path
            action.setChecked(loaded)
            if loaded:  # the badge takes the check mark's place: say it in bold
                font = action.font()
                font.setBold(True)
                action.setFont(font)
            action.setEnabled(entry.usable)
            if entry.reason:
                action.setToolTip(entry.reason)
            path = str(entry.path)
            action.triggered.connect(lambda _=False, p=path: self._choose(p))
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        menu.addAction(self.tr("Get more models…"), self.manage_requested.emit)
        menu.addAction(self.tr("Open a GGUF file…"), self.open_requested.emit)

    def _choose(self, path: str) -> None:
        if self.current is None or Path(self.current) != Path(path):
            self.model_chosen.emit(path)
