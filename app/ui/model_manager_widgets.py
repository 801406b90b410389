"""Pieces of the model manager: the stacked memory bar, status pills, and the cards for catalog
files, downloads and installed models. All of them live on the GUI thread."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.gguf_info import format_bytes
from app.core.models.catalog import CatalogFile
from app.core.models.downloads import DownloadEvent, DownloadJob, State
from app.core.models.fit import FitEstimate, Verdict
from app.core.models.hardware import Hardware
from app.core.models.local import InstalledModel

# (light, dark) pairs: picked for contrast on both themes' card backgrounds.
SEGMENT_COLORS = {
    "weights": ("#4c7bd9", "#6f9cf0"),
    "repack": ("#8a6fd6", "#ad95f0"),
    "kv": ("#2a9d8f", "#4cc3b3"),
    "overhead": ("#b7925a", "#cfae78"),
}
SEGMENT_OF = {"weights": "weights", "weights_gpu": "weights", "repack": "repack", "kv": "kv",
              "kv_gpu": "kv", "compute": "overhead", "compute_gpu": "overhead",
              "app": "overhead"}
VERDICT_COLORS = {
    Verdict.FITS: ("#2b8a3e", "#69db7c"),
    Verdict.TIGHT: ("#b45309", "#f0a35c"),
    Verdict.WONT_FIT: ("#c92a2a", "#ff8787"),
    Verdict.UNKNOWN: ("#6a6f78", "#a3a6ad"),
}
ACCENT = ("#c8501a", "#ef8a4c")
DANGER = ("#c92a2a", "#ff8787")
WARNING = ("#b45309", "#f0a35c")
SUCCESS = VERDICT_COLORS[Verdict.FITS]


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def themed(widget: QWidget, pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if is_dark(widget) else pair[0])


def format_duration(seconds: float | None, tr: Callable[[str], str]) -> str:
    """'about 4 min left' style text; `tr` is the widget's tr, so the strings stay translatable."""
    if seconds is None or not math.isfinite(seconds):
        return ""
    if seconds < 60:
        return tr("less than a minute left")
    minutes = int(round(seconds / 60))
    if minutes < 60:
        return tr("about {n} min left").format(n=minutes)
    return tr("about {h} h {m} min left").format(h=minutes // 60, m=minutes % 60)


class Pill(QLabel):
    """A small rounded status label (verdicts, badges, states), painted from the current palette
    on every paint so it follows a theme change without style sheets."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setContentsMargins(9, 2, 9, 2)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self._pair: tuple[str, str] = VERDICT_COLORS[Verdict.UNKNOWN]
        self._strong = False

    def set_colors(self, pair: tuple[str, str], *, strong: bool = False) -> None:
        self._pair, self._strong = pair, strong
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = themed(self, self._pair)
        bg = QColor(color)
        bg.setAlpha(255 if self._strong else 36)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        p.fillPath(path, bg)
        p.setPen(QColor("#ffffff") if self._strong else color)
        p.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignCenter), self.text())
        p.end()


class Swatch(QWidget):
    """A small color square for the legend."""

    def __init__(self, pair: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair = pair
        self.setFixedSize(10, 10)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()), 3, 3)
        p.fillPath(path, themed(self, self.pair))
        p.end()


class MemoryBar(QWidget):
    """Stacked bars of what a model needs (weights, repack copy, KV cache, overhead) against this
    computer's RAM and, when layers go to a GPU, its memory. Painted by hand: no chart library."""

    BAR_H = 9
    GAP = 6
    LABEL_W = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.estimate: FitEstimate | None = None
        self.hardware: Hardware | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def set_estimate(self, estimate: FitEstimate | None, hardware: Hardware | None) -> None:
        self.estimate, self.hardware = estimate, hardware
        self.setToolTip(self._tooltip())
        self.updateGeometry()
        self.update()

    def _rows(self) -> list[tuple[str, str, int | None, int | None]]:
        """(label, device, capacity, free) for each bar to draw."""
        rows: list[tuple[str, str, int | None, int | None]] = []
        hw = self.hardware
        rows.append((self.tr("RAM"), "ram", hw.ram_total if hw else None,
                     hw.ram_available if hw else None))
        est = self.estimate
        if est is not None and est.vram_needed > 0:
            gpu = hw.best_gpu if hw else None
            rows.append((self.tr("GPU"), "vram", gpu.vram_total if gpu else None,
                         est.vram_budget))
        return rows

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        n = len(self._rows())
        return QSize(260, n * self.BAR_H + (n - 1) * self.GAP + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, self.sizeHint().height())

    def _tooltip(self) -> str:
        est = self.estimate
        if est is None:
            return ""
        lines = [f"<b>{est.verdict.label}</b>"]
        for c in est.components:
            where = self.tr("GPU") if c.device == "vram" else self.tr("RAM")
            lines.append(f"{c.label}: {format_bytes(c.bytes)} ({where})")
        hw = self.hardware
        if hw and hw.ram_total:
            lines.append(self.tr("RAM: {free} free of {total}").format(
                free=format_bytes(hw.ram_available or 0), total=format_bytes(hw.ram_total)))
        if est.vram_budget:
            lines.append(self.tr("GPU memory free: {free}").format(
                free=format_bytes(est.vram_budget)))
        return "<br>".join(lines)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        dark = is_dark(self)
        track = QColor(pal.color(QPalette.ColorRole.Text))
        track.setAlpha(28 if dark else 20)
        muted = QColor(pal.color(QPalette.ColorRole.Text))
        muted.setAlpha(150)
        font = p.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.78))
        p.setFont(font)
        width = self.width() - self.LABEL_W
        y = 2.0
        est = self.estimate
        for label, device, capacity, free in self._rows():
            p.setPen(muted)
            p.drawText(QRectF(0, y - 3, self.LABEL_W - 4, self.BAR_H + 6),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            bar = QRectF(self.LABEL_W, y, width, self.BAR_H)
            path = QPainterPath()
            path.addRoundedRect(bar, self.BAR_H / 2, self.BAR_H / 2)
            p.fillPath(path, track)
            if est is not None:
                parts = [c for c in est.components if c.device == device and c.bytes > 0]
                needed = sum(c.bytes for c in parts)
                scale = max(capacity or 0, needed, 1) * 1.04
                p.save()
                p.setClipPath(path)
                x = bar.left()
                for c in parts:
                    w = bar.width() * c.bytes / scale
                    key = SEGMENT_OF.get(c.key, "overhead")
                    p.fillRect(QRectF(x, bar.top(), w + 0.5, bar.height()),
                               themed(self, SEGMENT_COLORS[key]))
                    x += w
                if capacity and needed > capacity:
                    # What does not fit: striped over the segments beyond the capacity line.
                    over_x = bar.left() + bar.width() * capacity / scale
                    danger = themed(self, DANGER)
                    danger.setAlpha(150)
                    p.setPen(QPen(danger, 2))
                    step = 5.0
                    sx = over_x - bar.height()
                    while sx < x:
                        p.drawLine(int(sx), int(bar.bottom()), int(sx + bar.height()),
                                   int(bar.top()))
                        sx += step
                p.restore()
                marker = QColor(pal.color(QPalette.ColorRole.Text))
                if capacity:
                    cx = bar.left() + bar.width() * capacity / scale
                    p.setPen(QPen(marker, 1.4))
                    p.drawLine(int(cx), int(bar.top() - 2), int(cx), int(bar.bottom() + 2))
                if free and capacity and free < capacity:
                    fx = bar.left() + bar.width() * free / scale
                    pen = QPen(marker, 1.0, Qt.PenStyle.DotLine)
                    p.setPen(pen)
                    p.drawLine(int(fx), int(bar.top() - 2), int(fx), int(bar.bottom() + 2))
            y += self.BAR_H + self.GAP
        p.end()


class Legend(QWidget):
    """Color keys for the memory bar, painted once above the catalog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for key, text in (("weights", self.tr("Weights")),
                          ("repack", self.tr("Fast CPU copy")),
                          ("kv", self.tr("Context (KV cache)")),
                          ("overhead", self.tr("Buffers and app"))):
            label = QLabel(text)
            label.setObjectName("mmMuted")
            row = QHBoxLayout()
            row.setSpacing(5)
            row.addWidget(Swatch(SEGMENT_COLORS[key]))
            row.addWidget(label)
            layout.addLayout(row)
        marker = QLabel(self.tr("│ total memory   ┆ free now"))
        marker.setObjectName("mmMuted")
        layout.addWidget(marker)


def _card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("mmCard")
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame


class CatalogRow(QFrame):
    """One downloadable model (a file, or all parts of a split one) with its fit estimate."""

    download_clicked = Signal(object)  # CatalogFile
    use_clicked = Signal(str)
    show_download = Signal(object)  # CatalogFile

    def __init__(self, file: CatalogFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mmCard")
        self.file = file
        self.estimate: FitEstimate | None = None
        self.installed_path: Path | None = None
        self.job_state: State | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 14, 12)
        outer.setSpacing(18)

        left = QVBoxLayout()
        left.setSpacing(3)
        title = QHBoxLayout()
        title.setSpacing(8)
        self.quant = QLabel(file.quant)
        self.quant.setObjectName("mmQuant")
        title.addWidget(self.quant)
        self.badge = Pill(self.tr("Recommended"))
        self.badge.set_colors(ACCENT, strong=True)
        self.badge.hide()
        title.addWidget(self.badge)
        title.addStretch(1)
        left.addLayout(title)
        size = format_bytes(file.size) if file.size_exact else self.tr("about {size}").format(
            size=format_bytes(file.size))
        parts = (self.tr("{n} parts").format(n=len(file.parts)) if file.is_split
                 else self.tr("1 file"))
        self.meta = QLabel(f"{size} · {parts} · {file.filename}")
        self.meta.setObjectName("mmMuted")
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.meta)
        self.note = QLabel(file.note)
        self.note.setWordWrap(True)
        self.note.setObjectName("mmNote")
        left.addWidget(self.note)
        if not file.available:
            gone = QLabel(self.tr("Not found on the Hub at the last refresh."))
            gone.setObjectName("mmWarning")
            left.addWidget(gone)
        outer.addLayout(left, 5)

        mid = QVBoxLayout()
        mid.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.verdict = Pill(self.tr("Checking this computer…"))
        head.addWidget(self.verdict)
        self.layers = QLabel()
        self.layers.setObjectName("mmMuted")
        head.addWidget(self.layers)
        head.addStretch(1)
        mid.addLayout(head)
        self.bar = MemoryBar()
        mid.addWidget(self.bar)
        self.summary = QLabel()
        self.summary.setObjectName("mmMuted")
        self.summary.setWordWrap(True)
        mid.addWidget(self.summary)
        mid.addStretch(1)
        outer.addLayout(mid, 4)

        self.action = QPushButton(self.tr("Download"))
        self.action.setMinimumWidth(128)
        self.action.clicked.connect(self._on_action)
        right = QVBoxLayout()
        right.addWidget(self.action)
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
        if estimate.vram_needed:
            text += self.tr(" and {vram} of GPU memory").format(
                vram=format_bytes(estimate.vram_needed))
        if estimate.ram_budget is not None:
            text += self.tr(" ({free} free now)").format(free=format_bytes(estimate.ram_budget))
        text += "."
        if estimate.advice:
            text += " " + estimate.advice
        self.summary.setText(text)

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
            pct = getattr(self, "_percent", None)
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
        self.action.style().unpolish(self.action)
        self.action.style().polish(self.action)

    def _on_action(self) -> None:
        if self.job_state is not None:
            self.show_download.emit(self.file)
        elif self.installed_path is not None:
            self.use_clicked.emit(str(self.installed_path))
        else:
            self.download_clicked.emit(self.file)


class DownloadRow(QFrame):
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
        self.setObjectName("mmCard")
        self.job_id = job.id
        self.state: State = job.state
        self.result: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 14, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title = QLabel(title)
        self.title.setObjectName("mmQuant")
        head.addWidget(self.title)
        self.pill = Pill()
        head.addWidget(self.pill)
        head.addStretch(1)
        layout.addLayout(head)
        self.where = QLabel(job.repo + " · " + job.filename)
        self.where.setObjectName("mmMuted")
        layout.addWidget(self.where)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setFixedHeight(6)
        layout.addWidget(self.progress)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("mmError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.detail = QLabel()
        self.detail.setObjectName("mmMuted")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        elif event.kind == "progress" and event.state == State.RUNNING:
            pass  # keep the retry note until data flows again
        if event.kind == "progress" and event.speed > 0:
            self._retry_note = ""
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
            parts.append(self.tr("{speed}/s").format(speed=format_bytes(event.speed)))
            eta = format_duration(event.eta, self.tr)
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
        self.detail.setText(detail)

        failed = s == State.FAILED
        if failed:
            detail = ""
        self.detail.setText(detail)
        self.error.setVisible(failed)
        if failed:
            self.error.setText(job.error or self.tr("The download failed."))
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


class InstalledRow(QFrame):
    """A model file on this machine: whether it is usable, and what can be done with it."""

    use_clicked = Signal(str)
    delete_clicked = Signal(object)  # InstalledModel

    def __init__(self, model: InstalledModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mmCard")
        self.model = model
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 14, 12)
        layout.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(3)
        head = QHBoxLayout()
        head.setSpacing(8)
        name = QLabel(model.path.name)
        name.setObjectName("mmQuant")
        head.addWidget(name)
        self.status = Pill()
        if model.valid and not model.error:
            self.status.setText(self.tr("Ready"))
            self.status.set_colors(SUCCESS)
        elif model.valid:
            self.status.setText(self.tr("Not gpt-oss"))
            self.status.set_colors(WARNING)
        else:
            self.status.setText(self.tr("Not usable"))
            self.status.set_colors(DANGER)
        head.addWidget(self.status)
        head.addStretch(1)
        left.addLayout(head)
        bits = [model.architecture or "?", model.quant, format_bytes(model.size),
                self._source_text(model)]
        if model.is_split:
            bits.insert(3, self.tr("{n} parts").format(n=len(model.parts)))
        if model.repo:
            bits.append(model.repo)
        meta = QLabel(" · ".join(b for b in bits if b))
        meta.setObjectName("mmMuted")
        left.addWidget(meta)
        where = QLabel(str(model.path))
        where.setObjectName("mmFaint")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(where)
        if model.error:
            err = QLabel(model.error)
            err.setWordWrap(True)
            err.setObjectName("mmError" if not model.valid else "mmWarning")
            left.addWidget(err)
        layout.addLayout(left, 1)
        self.use = QPushButton(self.tr("Use this model"))
        self.use.setObjectName("primaryButton")
        self.use.setEnabled(model.valid)
        self.use.clicked.connect(lambda: self.use_clicked.emit(str(model.path)))
        self.delete = QPushButton(self.tr("Delete…"))
        self.delete.clicked.connect(lambda: self.delete_clicked.emit(model))
        if model.source == "hf-cache":
            self.delete.setEnabled(False)
            self.delete.setToolTip(self.tr("Files in the Hugging Face cache belong to it; "
                                           "delete them with `hf cache delete`."))
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.use)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _source_text(self, model: InstalledModel) -> str:
        if model.source == "downloaded":
            return (self.tr("Downloaded from the Hub, checksum verified") if model.verified
                    else self.tr("Downloaded from the Hub"))
        if model.source == "imported":
            return self.tr("Imported from disk")
        if model.source == "hf-cache":
            return self.tr("In the Hugging Face cache")
        return self.tr("Found in the models folder")
