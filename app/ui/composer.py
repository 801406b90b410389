"""The composer: a growing text box (Enter sends, Shift+Enter new line, Esc stops), a reasoning
effort selector and the Send / Stop button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import icons, shortcuts
from app.ui.documents import DocumentShelf
from app.ui.plain import PlainLabel
from app.ui.theme import LIGHT, Colors

EFFORTS = ("low", "medium", "high")
MAX_LINES = 10


class ComposerEdit(QPlainTextEdit):
    """Plain text input; grows with its text up to MAX_LINES."""

    submitted = Signal()
    escaped = Signal()
    files_dropped = Signal(list)  # local paths dropped or pasted as files
    # Keys for the transcript above: PageUp/PageDown scroll it (+1 / -1 pages), Ctrl+Home /
    # Ctrl+End go into it at its first / last message; Up in an empty box edits the last message.
    page_requested = Signal(int)
    transcript_requested = Signal(bool)  # True: the first message, False: the last
    edit_last_requested = Signal()
    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerEdit")
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.submitted.emit()
                return
        if key == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        if shortcuts.matches("scroll_page", event):
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        first = shortcuts.matches("first_message", event)
        if first or shortcuts.matches("last_message", event):
            # Ctrl+Home / Ctrl+End still move in a long message; at its start / end (always,
            # in an empty box) they go on into the conversation.
            cursor = self.textCursor()
            if cursor.atStart() if first else cursor.atEnd():
                self.transcript_requested.emit(first)
                return
        if shortcuts.matches("edit_last", event) and not self.toPlainText():
            self.edit_last_requested.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focus_changed.emit(False)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return bool(local_paths(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        # Files dropped or pasted on the text box are attachments, not their URLs as text.
        paths = local_paths(source)
        if paths:
            self.files_dropped.emit(paths)
            return
        super().insertFromMimeData(source)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()  # a new text size (Settings > Appearance) changes the line height

    def _fit_height(self) -> None:
        fm = self.fontMetrics()
        total = max(1, int(self.document().size().height()))
        lines = min(MAX_LINES, total)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if total > MAX_LINES
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = self.contentsMargins()
        self.setFixedHeight(lines * fm.lineSpacing() + 2 * int(self.document().documentMargin())
                            + margins.top() + margins.bottom() + 8)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


def local_paths(mime: QMimeData) -> list[str]:
    """The local files and folders in dragged or pasted data (remote URLs are ignored)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FittedHint(PlainLabel):
    """A hint that is shown whole, in the longest of its forms that fits, or not at all: never
    cut in the middle when the window is narrow."""

    def __init__(self, forms: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(forms[0], parent)
        self.forms = forms
        self.setMinimumWidth(0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def set_forms(self, forms: tuple[str, ...]) -> None:
        self.forms = forms
        self.fit()

    def fit(self) -> None:
        fm = self.fontMetrics()
        text = next((t for t in self.forms if fm.horizontalAdvance(t) <= self.width()), "")
        if text != self.text():
            self.setText(text)


class Composer(QFrame):
    """Where a message is written, with the attached documents' chips above it. Thread: GUI."""

    send_requested = Signal(str)
    stop_requested = Signal()
    effort_changed = Signal(str)
    edit_cancelled = Signal()
    attach_requested = Signal()
    files_dropped = Signal(list)
    resized = Signal()  # chips came or went, the window changed: what sits above it may move

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._busy = False
        self._colors: Colors = LIGHT
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 10, 8)
        outer.setSpacing(6)

        self.edit_banner = QFrame()
        self.edit_banner.setObjectName("editBanner")
        banner = QHBoxLayout(self.edit_banner)
        banner.setContentsMargins(8, 2, 2, 2)
        self.edit_label = PlainLabel(self.tr("Editing a message: sending starts a new branch"))
        self.edit_label.setObjectName("mutedLabel")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel editing"))
        cancel.setObjectName("linkButton")
        cancel.clicked.connect(self._cancel_edit)
        banner.addWidget(self.edit_label, 1)
        banner.addWidget(cancel)
        self.edit_banner.hide()
        outer.addWidget(self.edit_banner)

        self.shelf = DocumentShelf()
        outer.addWidget(self.shelf)

        self.edit = ComposerEdit()
        self.edit.setPlaceholderText(self.tr("Message Hearth…"))
        self.edit.setAccessibleName(self.tr("Message"))
        self.edit.setAccessibleDescription(self.tr(
            "Enter sends, Shift+Enter starts a new line, Up in an empty box edits your last "
            "message, Page Up scrolls the conversation."))
        self.edit.submitted.connect(self._on_submit)
        self.edit.escaped.connect(self._on_escape)
        self.edit.files_dropped.connect(self.files_dropped)
        self.edit.focus_changed.connect(self._on_focus_changed)
        outer.addWidget(self.edit)

        row = QHBoxLayout()
        row.setSpacing(2)
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setIconSize(QSize(18, 18))
        self.attach_button.setToolTip(self.tr("Attach documents (or drop files on the window)"))
        self.attach_button.setAccessibleName(self.tr("Attach documents"))
        self.attach_button.clicked.connect(self.attach_requested)
        row.addWidget(self.attach_button)
        row.addSpacing(6)
        self.effort_label = PlainLabel(self.tr("Reasoning"))
        self.effort_label.setObjectName("mutedLabel")
        row.addWidget(self.effort_label)
        row.addSpacing(6)
        self.effort_group = QButtonGroup(self)
        self.effort_group.setExclusive(True)
        names = {"low": self.tr("Low"), "medium": self.tr("Medium"), "high": self.tr("High")}
        self.effort_buttons: dict[str, QToolButton] = {}
        for i, effort in enumerate(EFFORTS):
            button = QToolButton()
            button.setText(names[effort])
            button.setCheckable(True)
            button.setObjectName("segment")
            button.setProperty("position", ("first", "middle", "last")[i])
            button.setToolTip(self.tr("How long the model thinks before it answers"))
            button.setAccessibleName(self.tr("Reasoning: {effort}").format(effort=names[effort]))
            self.effort_group.addButton(button)
            self.effort_buttons[effort] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, e=effort: self._on_effort_toggled(on, e))
        self.effort_buttons["medium"].setChecked(True)
        self.hint = FittedHint(self._hint_forms())
        self.hint.setObjectName("hintLabel")
        row.addWidget(self.hint, 1)
        row.addSpacing(8)
        self.send_button = QToolButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setIconSize(QSize(18, 18))
        self.send_button.setFixedSize(34, 34)
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.clicked.connect(self._on_button)
        row.addWidget(self.send_button)
        outer.addLayout(row)
        self.edit.textChanged.connect(self._update_button)
        self._update_button()

    # A narrow composer (the narrowest window) drops the word "Reasoning" before the effort
    # buttons (their tooltip says it), so the keyboard hint beside them still fits whole.
    NARROW = 540

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = self.width() >= self.NARROW
        if wide != self.effort_label.isVisibleTo(self):
            self.effort_label.setVisible(wide)
        self.resized.emit()

    # ------------------------------------------------------------------ state

    def set_colors(self, colors: Colors) -> None:
        self._colors = colors
        self.attach_button.setIcon(icons.icon("paperclip", colors.muted))
        self.shelf.set_colors(colors)
        self._update_button()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.setProperty("busy", busy)
        self._update_button()

    def effort(self) -> str:
        for effort, button in self.effort_buttons.items():
            if button.isChecked():
                return effort
        return "medium"

    def set_effort(self, effort: str) -> None:
        button = self.effort_buttons.get(effort)
        if button is not None and not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)

    def _hint_forms(self) -> tuple[str, ...]:
        return (self.tr("Enter to send · Shift+Enter for a new line"),
                self.tr("Shift+Enter: new line"))

    def retranslate_ui(self) -> None:
        """After a language switch: the hint keeps all its forms, not only the one shown."""
        self.hint.set_forms(self._hint_forms())

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        cursor = self.edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.edit.setTextCursor(cursor)

    def begin_edit(self, text: str) -> None:
        self.edit_banner.show()
        self.set_text(text)
        self.edit.setFocus()

    def end_edit(self) -> None:
        self.edit_banner.hide()

    def editing(self) -> bool:
        return not self.edit_banner.isHidden()

    def _cancel_edit(self) -> None:
        self.end_edit()
        self.edit.clear()
        self.edit_cancelled.emit()

    def _on_focus_changed(self, focused: bool) -> None:
        # The box has no border of its own: the composer's frame shows where typing goes.
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)

    def _on_effort_toggled(self, on: bool, effort: str) -> None:
        if on:
            self.effort_changed.emit(effort)

    def _update_button(self) -> None:
        c = self._colors
        if self._busy:
            self.send_button.setIcon(icons.icon("stop", c.accent_text))
            self.send_button.setToolTip(self.tr("Stop (Esc)"))
            self.send_button.setAccessibleName(self.tr("Stop"))
            self.send_button.setEnabled(True)
        else:
            self.send_button.setIcon(icons.icon("send", c.accent_text))
            self.send_button.setToolTip(self.tr("Send (Enter)"))
            self.send_button.setAccessibleName(self.tr("Send"))
            self.send_button.setEnabled(bool(self.edit.toPlainText().strip()))

    def _on_button(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self._on_submit()

    def _on_submit(self) -> None:
        if self._busy:
            return
        text = self.edit.toPlainText().strip()
        if text:
            self.send_requested.emit(text)

    def _on_escape(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        elif self.editing():
            self._cancel_edit()
