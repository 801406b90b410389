"""The message across the top of the model manager: what just happened (offline, an import, a
keyring problem), in the color of its kind, with an optional action button. GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from app.ui.model_manager.widgets import DANGER, WARNING, themed
from app.ui.plain import PlainLabel


class Banner(QFrame):
    """One message at a time; kind is "info", "warning" or "error". Stays until closed or
    replaced (unlike the chat window's toast, which hides itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mmBanner")
        self.label = PlainLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.clicked.connect(self._on_action)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(10)
        for widget, stretch in ((self.label, 1), (self.action, 0), (self.close_button, 0)):
            layout.addWidget(widget, stretch)
        self._callback: Callable[[], object] | None = None
        self.kind = "info"
        self._color = QColor()
        self.hide()

    def show_message(self, text: str, kind: str = "info", action: str = "",
                     callback: Callable[[], object] | None = None) -> None:
        self.kind = kind
        if kind == "error":
            color = themed(self, DANGER)
        elif kind == "warning":
            color = themed(self, WARNING)
        else:
            color = self.palette().color(QPalette.ColorRole.Text)
        self._color = QColor(color)
        self.label.setStyleSheet(f"color: {color.name()};" if kind != "info" else "")
        self.update()
        self.label.setText(text)
        self.label.setToolTip("")
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
