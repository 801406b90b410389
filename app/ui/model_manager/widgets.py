"""The model manager's shared pieces: theme colors, the style sheet, status pills, the stacked
memory bar and its legend, and the card and layout helpers every tab builds with. All of them
live on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.models.fit import FitEstimate, Verdict
from app.core.models.hardware import Hardware
from app.core.units import format_bytes
from app.ui.plain import PlainLabel

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


def ask(parent: QWidget, title: str, text: str, choices: list[tuple[str, str]],
        default: str) -> str:
    """Ask the person to choose; returns the key of the choice (`default` when the box is
    closed). `choices`: (key, button text), the first one the action asked about. Tests replace
    this function to answer without a window."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = {}
    for i, (key, label_text) in enumerate(choices):
        role = (QMessageBox.ButtonRole.AcceptRole if i == 0 else
                QMessageBox.ButtonRole.RejectRole if key == default else
                QMessageBox.ButtonRole.ActionRole)
        buttons[box.addButton(label_text, role)] = key
    for button, key in buttons.items():
        if key == default:
            box.setDefaultButton(button)  # type: ignore[arg-type]
            box.setEscapeButton(button)
    box.exec()
    return buttons.get(box.clickedButton(), default)  # type: ignore[call-overload]


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def themed(widget: QWidget, pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if is_dark(widget) else pair[0])


def style_sheet(widget: QWidget) -> str:
    """STYLE with the error red and warning amber of `widget`'s current theme."""
    return (STYLE.replace("@danger", themed(widget, DANGER).name())
            .replace("@warning", themed(widget, WARNING).name()))


def label(text: str = "", name: str = "", *, wrap: bool = False,
          selectable: bool = False) -> QLabel:
    """A label styled by object name (mmMuted, mmQuant...), as the tabs use them everywhere."""
    widget = PlainLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def scroll(body: QWidget) -> QScrollArea:
    """`body` in a frameless vertical scroll area, as each tab's list is shown."""
    area = QScrollArea()
    area.setObjectName("mmScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body.setObjectName("mmScrollBody")
    area.setWidget(body)
    return area


def list_page(page: QWidget) -> tuple[QHBoxLayout, QWidget, QVBoxLayout]:
    """Lay `page` out as a tab: a row for controls above a scrolling list. Returns (the controls'
    row, the list's widget, its layout). The list ends with a stretch: insert rows before it."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 12, 0, 0)
    outer.setSpacing(10)
    controls = QHBoxLayout()
    outer.addLayout(controls)
    body = QWidget()
    rows = QVBoxLayout(body)
    rows.setContentsMargins(0, 0, 6, 8)
    rows.setSpacing(10)
    rows.addStretch(1)
    outer.addWidget(scroll(body), 1)
    return controls, body, rows


def thin_progress() -> QProgressBar:
    """The slim progress line under a download or a folder move."""
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setRange(0, 1000)
    bar.setFixedHeight(6)
    return bar


class Card(QFrame):
    """A rounded card: one catalog file, download or installed model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mmCard")

    @staticmethod
    def title_line(text: str, pill: QLabel) -> tuple[QHBoxLayout, QLabel]:
        """The card's bold title with its status pill beside it."""
        line = QHBoxLayout()
        line.setSpacing(8)
        title = label(text, "mmQuant")
        line.addWidget(title)
        line.addWidget(pill)
        line.addStretch(1)
        return line, title


class SettingsCard(QFrame):
    """A card on the Settings tab: a heading (a label or a check box), a sentence saying what
    it does, then the controls the caller adds to `body`."""

    def __init__(self, heading: QWidget | str, explanation: str, *, spacing: int = 6,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mmCard")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(spacing)
        head = label(heading, "mmQuant") if isinstance(heading, str) else heading
        head.setObjectName("mmQuant")
        self.body.addWidget(head)
        self.body.addWidget(label(explanation, "mmMuted", wrap=True))


class Pill(QLabel):
    """A small rounded status label (verdicts, badges, states), painted from the current palette
    on every paint so it follows a theme change without style sheets."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # see app.ui.plain
        self.setText(text)
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
            label = PlainLabel(text)
            label.setObjectName("mmMuted")
            row = QHBoxLayout()
            row.setSpacing(5)
            row.addWidget(Swatch(SEGMENT_COLORS[key]))
            row.addWidget(label)
            layout.addLayout(row)
        marker = PlainLabel(self.tr("│ total memory   ┆ free now"))
        marker.setObjectName("mmMuted")
        layout.addWidget(marker)


