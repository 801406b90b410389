"""Which conversation is on screen: a new chat, opening one (at a message, or the one an answer is
being written in), one made for dropped files, and delete with Undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core import storage
from app.ui.chat_model import ChatModel

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class ConversationActions(QObject):
    """Sets `window.conversation_id` and puts its rows, documents and effort on screen.
    Thread: GUI."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.turns = window.turns
        window.status.show_stream_requested.connect(self.show_streaming)

    def new_chat(self) -> None:
        """An empty chat; an answer still being written elsewhere goes on in the background."""
        w = self.window
        w.conversation_id = None
        w.models.show_conversation(None)
        w.chat.end_edit()
        self._show_rows(None)
        w.doc_actions.show_conversation(None)
        w.composer.set_effort(w.settings.reasoning_effort)
        w.sidebar.select(None)
        w.update_pages()
        w.update_context_label()
        w.composer.edit.setFocus()

    def open(self, conversation_id: str, message_id: str | None = None) -> None:
        w = self.window
        if conversation_id != w.conversation_id:
            w.chat.end_edit()
            try:
                conv = w.store.get_conversation(conversation_id)
            except storage.NotFoundError as exc:
                w.toast.show_message(str(exc), kind="error")
                w.sidebar.reload(w.conversation_id)
                return
            w.conversation_id = conversation_id
            w.models.show_conversation(conversation_id)
            self._show_rows(conversation_id)
            w.doc_actions.show_conversation(conversation_id)
            w.composer.set_effort(conv.reasoning_effort)
        w.sidebar.select(conversation_id)
        w.update_pages()
        w.update_context_label()
        if message_id:
            w.chat_view.reveal(message_id)

    def show_streaming(self) -> None:
        """Go to the conversation an answer is being written in."""
        if self.turns.conversation_id is not None:
            self.open(self.turns.conversation_id)

    def _show_rows(self, conversation_id: str | None) -> None:
        """Put a conversation's rows in the view: the live rows of its running turn (which go
        on taking its events), or its saved messages."""
        w = self.window
        model = self.turns.live_model(conversation_id)
        if model is None:
            model = ChatModel(w)
            model.load(w.store, conversation_id)
        w.show_model(model)
        if self.turns.live_model(conversation_id) is model:
            w.chat_view.scroll_to_end()
        w.status.set_speed("")

    def for_files(self, paths: list[str]) -> str:
        """The conversation dropped files go into: a new chat gets one, named after the file
        until its first question names it."""
        w = self.window
        if w.conversation_id is None:
            w.conversation_id = self.turns.create_conversation(
                w.chat_model, Path(paths[0]).name or self.tr("Documents"),
                effort=w.composer.effort(),
                model=w.model_info.name if w.model_info else "", provisional=True)
            w.doc_actions.shelf.show_conversation(w.conversation_id)
            w.sidebar.reload(w.conversation_id)
            w.update_pages()
        return w.conversation_id

    def delete(self, conversation_id: str) -> None:
        """Move to the trash, with Undo in a toast (an answer being written in it stops first,
        and it goes to the trash once that answer has ended)."""
        w = self.window
        self.turns.delete(conversation_id)
        if conversation_id == w.conversation_id:
            self.new_chat()
        w.sidebar.reload(w.conversation_id)
        w.toast.show_message(self.tr("Conversation deleted."), action=self.tr("Undo"),
                             callback=lambda: self.undo_delete(conversation_id),
                             timeout_ms=8000)

    def undo_delete(self, conversation_id: str) -> None:
        self.turns.undo_delete(conversation_id)
        self.window.sidebar.reload(self.window.conversation_id)
        self.open(conversation_id)
