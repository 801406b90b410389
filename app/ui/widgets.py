"""Small widgets: the toast (messages with an action such as Undo), and the empty states."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import icons
from app.ui.plain import PlainLabel


class Toast(QFrame):
    """A message at the bottom of the chat: info or error, an optional action, auto-hiding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(10)
        self.label = PlainLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("toastLabel")
        self.action = QPushButton()
        self.action.setObjectName("toastAction")
        self.close_button = QToolButton()
        self.close_button.setObjectName("toastClose")
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._on_action)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        # Where the toast's bottom edge may go, in the parent's coordinates (None: near the
        # bottom): the window keeps it above the composer and its document chips.
        self.bottom_limit: Callable[[], int] | None = None
        self.hide()

    def show_message(self, text: str, *, kind: str = "info", action: str = "",
                     callback: Callable[[], None] | None = None, timeout_ms: int = 6000) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.action.setVisible(bool(action))
        self.action.setText(action)
        self._callback = callback
        self.show()
        self.raise_()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()
        self.reposition()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _on_action(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()

    def dismiss(self) -> None:
        self._timer.stop()
        self._callback = None
        self.hide()

    def reposition(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(560, parent.width() - 40)
        self.setFixedWidth(width)
        self.adjustSize()
        bottom = self.bottom_limit() if self.bottom_limit is not None else parent.height() - 120
        self.move((parent.width() - width) // 2, max(8, bottom - self.height()))


class EmptyState(QWidget):
    """A centered welcome card: a title, a line of text and up to two buttons."""

    primary_clicked = Signal()
    secondary_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.addStretch(3)
        self.logo = PlainLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setPixmap(icons.app_icon().pixmap(64, 64))
        self.title = PlainLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = PlainLabel()
        self.body.setObjectName("emptyBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setFixedWidth(480)
        outer.addWidget(self.logo)
        outer.addSpacing(10)
        outer.addWidget(self.title)
        outer.addSpacing(4)
        outer.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(18)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.primary = QPushButton()
        self.primary.setObjectName("primaryButton")
        self.primary.clicked.connect(self.primary_clicked)
        self.secondary = QPushButton()
        self.secondary.setObjectName("secondaryButton")
        self.secondary.clicked.connect(self.secondary_clicked)
        buttons.addWidget(self.primary)
        buttons.addSpacing(8)
        buttons.addWidget(self.secondary)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(4)

    def set_content(self, title: str, body: str, primary: str = "", secondary: str = "") -> None:
        self.title.setText(title)
        self.body.setText(body)
        # A wrapped label centered in a box layout does not get its height for its width.
        self.body.setFixedHeight(self.body.heightForWidth(self.body.width()) + 4)
        self.primary.setText(primary)
        self.primary.setVisible(bool(primary))
        self.secondary.setText(secondary)
        self.secondary.setVisible(bool(secondary))
