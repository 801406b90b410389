"""The conversation page of the window: a header (sidebar toggle, title, model picker), the
conversation (or a welcome while it is empty) and the composer below it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from app.ui.chat_view import ChatView
from app.ui.composer import Composer
from app.ui.model_picker import ModelPicker
from app.ui.plain import PlainLabel
from app.ui.widgets import EmptyState


class ChatPage(QWidget):
    """Lays out the parts; the window connects them. Thread: GUI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPage")
        self.chat_view = ChatView()
        self.composer = Composer()
        self.welcome = EmptyState()
        self.welcome.set_content(self.tr("What's on your mind?"),
                                 self.tr("Everything stays on this computer."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.chat_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(20, 10, 16, 4)
        self.sidebar_toggle = QToolButton()
        self.sidebar_toggle.setObjectName("iconButton")
        self.sidebar_toggle.setToolTip(self.tr("Show or hide the sidebar (Ctrl+B)"))
        self.sidebar_toggle.setAccessibleName(self.tr("Toggle sidebar"))
        self.title_label = PlainLabel()
        self.title_label.setObjectName("chatTitle")
        self.model_picker = ModelPicker()
        header.addWidget(self.sidebar_toggle)
        header.addSpacing(6)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.model_picker)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        composer_row = QHBoxLayout()
        composer_row.setContentsMargins(24, 4, 24, 14)
        composer_row.addStretch(1)
        composer_row.addWidget(self.composer, 40)
        composer_row.addStretch(1)
        self.composer.setMaximumWidth(800)
        layout.addLayout(composer_row)

    def show_rows(self, any_rows: bool) -> None:
        """The conversation, or the welcome while it has no messages."""
        self.stack.setCurrentWidget(self.chat_view if any_rows else self.welcome)
