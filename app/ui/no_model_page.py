"""The page shown while no model is loaded and no conversation is open: a welcome for someone new,
a short "load a model" for someone with conversations."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.widgets import EmptyState


class NoModelPage(EmptyState):
    """Primary button: the model manager; secondary: open a GGUF file. Thread: GUI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.returning: bool | None = None  # what the page says now (None: nothing yet)

    def show_for(self, returning: bool) -> None:
        """The first run welcomes; someone with conversations is only asked for a model."""
        if returning == self.returning:
            return
        self.returning = returning
        if returning:
            self.set_content(
                self.tr("Load a model"),
                self.tr("Your conversations are in the sidebar. Choose a model to continue "
                        "them or to start a new one."),
                self.tr("Choose a model"), self.tr("Open a GGUF file…"))
        else:
            self.set_content(
                self.tr("Welcome to Hearth"),
                self.tr("Chat privately with OpenAI's gpt-oss models, right on this computer. "
                        "Nothing you write leaves it. To begin, get a model or open a GGUF file "
                        "you already have."),
                self.tr("Get a model"), self.tr("Open a GGUF file…"))
