"""Text from outside shown as text, never as markup.

Qt guesses whether a label's, a tooltip's or a message box's text is HTML (`Qt::mightBeRichText`),
and rich text loads the images it names: a conversation titled `<img src="/dev/zero">`, a model
whose `general.name` holds HTML or a file named like a tag would make Qt read the file (until the
process runs out of memory) or show spoofed markup. Every label here is plain text, and every
tooltip made from outside text goes through `tip()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as HTML."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # before any text is set
        if text:
            self.setText(text)


def tip(text: str | None) -> str:
    """A tooltip showing `text` as it is (tooltips have no plain-text switch: escape it)."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text and informative text are shown as they are."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
