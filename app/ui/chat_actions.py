"""What a person does with the messages on screen: send, regenerate, continue, edit and resend,
Stop, the other branch of a message, the rows' buttons; handed to the turn controller when a turn
may start here (one engine), and what the window says when a turn starts, ends or fails."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core import storage
from app.ui.chat_layout import RowAction
from app.workers.engine_worker import TurnOutcome

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class ChatActions(QObject):
    """The window's side of chat turns. Thread: GUI.

    The turn itself is the turn controller's; this object decides whether one may start from
    the conversation on screen, and tells the window's parts how it went.
    """

    finished = Signal(object)  # TurnOutcome, after the view and the sidebar show it
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.turns = window.turns
        self._editing_row = -1
        self._refusal = ""  # the toast that said an answer is being written elsewhere
        t = self.turns
        t.started.connect(self._on_turn_started)
        t.finished.connect(self._on_turn_finished)
        t.failed.connect(self._on_turn_failed)
        t.speed_changed.connect(self._on_speed)
        window.chat_view.action_triggered.connect(self._on_row_action)
        c = window.composer
        c.send_requested.connect(self.send)
        c.stop_requested.connect(self.stop)
        c.effort_changed.connect(self._on_effort_changed)
        c.edit_cancelled.connect(self.end_edit)
        c.edit.edit_last_requested.connect(self.edit_last_message)
        c.edit.textChanged.connect(self._on_draft_changed)

    def _on_draft_changed(self) -> None:
        """What is typed is read ahead by a local model (TurnController.draft_changed)."""
        w = self.window
        if w.model_info is None or w.loading or w.composer.editing() or w.read_only:
            self.turns.drop_draft()
            return
        self.turns.draft_changed(w.conversation_id, w.composer.edit.toPlainText(), w.settings,
                                 effort=w.composer.effort())

    # ------------------------------------------------------------------ may a turn start

    @property
    def busy(self) -> bool:
        """An answer is being written (in whichever conversation)."""
        return self.turns.busy

    def busy_here(self) -> bool:
        return self.turns.busy and self.turns.conversation_id == self.window.conversation_id

    def busy_elsewhere(self) -> bool:
        return self.turns.busy and self.turns.conversation_id != self.window.conversation_id

    def _can_start(self) -> bool:
        """There is one engine: while it writes an answer in another conversation, say so
        (with Stop) instead of dropping what the person asked for."""
        w = self.window
        if self.busy_elsewhere():
            self._refusal = self.tr(
                "An answer is still being written in “{title}”. Wait for it to finish, or stop "
                "it, then send again: your message stays here.").format(
                    title=w.title_of(self.turns.conversation_id)
                    or self.tr("New conversation"))
            w.toast.show_message(self._refusal, action=self.tr("Stop"), callback=self.stop,
                                 timeout_ms=10000)
            return False
        if self.turns.busy:
            return False
        if w.loading:
            w.toast.show_message(self.tr("The model is still loading: send when it is ready "
                                         "(your message stays here)."))
            return False
        if w.model_info is None:
            w.toast.show_message(self.tr("Load a model first: open a GGUF file or get one "
                                         "from the model manager."), kind="error")
            return False
        return True

    # ------------------------------------------------------------------ what the person does

    def send(self, text: str) -> bool:
        """Send `text` (or, while editing, resend the edited message). False if not possible."""
        w = self.window
        if not text.strip() or not self._can_start():
            return False
        if w.composer.editing() and self._editing_row >= 0:
            return self.edit_and_resend(self._editing_row, text)
        assert w.model_info is not None
        sent = self.turns.send(w.chat_model, text, w.settings, effort=w.composer.effort(),
                               model=w.model_info.name)
        if sent is None:
            return False
        cid, renamed = sent
        if cid != w.conversation_id or renamed:
            w.conversation_id = cid
            w.doc_actions.shelf.show_conversation(cid)
            w.sidebar.reload(cid)
            w.update_pages()
        w.composer.edit.clear()
        return True

    def regenerate(self, row: int) -> bool:
        """Answer the user message before `row` again; the old answer stays as a branch."""
        return self._can_start() and self.turns.regenerate(self.window.chat_model, row,
                                                           self.window.settings)

    def continue_answer(self, row: int) -> bool:
        """Write more of the answer at `row`, appended to it (it was cut or stopped)."""
        return self._can_start() and self.turns.continue_answer(self.window.chat_model, row,
                                                                self.window.settings)

    def begin_edit(self, row: int) -> None:
        if self.busy_here():
            return
        self._editing_row = row
        self.window.composer.begin_edit(self.window.chat_model.item(row).content)

    def edit_and_resend(self, row: int, text: str) -> bool:
        """Send `text` in place of the user message at `row`: a new branch; the old is kept."""
        if not self._can_start():
            return False
        self.end_edit()
        if not self.turns.edit(self.window.chat_model, row, text, self.window.settings):
            return False
        self.window.composer.edit.clear()
        return True

    def end_edit(self) -> None:
        self._editing_row = -1
        self.window.composer.end_edit()

    def edit_last_message(self) -> None:
        """Up in an empty message box: edit the last thing the person wrote."""
        rows = self.window.chat_model
        for row in range(rows.rowCount() - 1, -1, -1):
            if rows.item(row).role == "user":
                self.begin_edit(row)
                return

    def stop(self) -> None:
        self.turns.stop()

    def select_branch(self, row: int, step: int) -> None:
        """Show the previous (-1) or next (+1) alternative of the message at `row`."""
        w = self.window
        if self.busy_here() or w.conversation_id is None:
            return
        rows = w.chat_model
        item = rows.item(row)
        siblings = w.store.siblings(item.id)
        pos = [s.id for s in siblings].index(item.id) + step
        if not 0 <= pos < len(siblings):
            return
        w.store.select_branch(siblings[pos].id)
        rows.load(w.store, w.conversation_id)
        w.update_context_label()

    def _on_row_action(self, action: RowAction, row: int, arg: int) -> None:
        if action is RowAction.REGENERATE:
            self.regenerate(row)
        elif action is RowAction.CONTINUE:
            self.continue_answer(row)
        elif action is RowAction.RAISE_LIMIT:
            self.window.open_settings(focus="max_tokens")
        elif action is RowAction.EDIT:
            self.begin_edit(row)
        elif action in (RowAction.PREV, RowAction.NEXT):
            self.select_branch(row, -1 if action is RowAction.PREV else 1)
        elif action is RowAction.SOURCE:
            sources = self.window.chat_model.item(row).sources
            if 0 <= arg < len(sources):
                self.window.doc_actions.open_source(sources[arg])

    def _on_effort_changed(self, effort: str) -> None:
        w = self.window
        if w.conversation_id is not None:
            w.store.update_conversation(w.conversation_id, reasoning_effort=effort)

    # ------------------------------------------------------------------ how a turn went

    def _on_turn_started(self, _conversation_id: str) -> None:
        self.window.collector.hold()  # no idle-time collection while the answer streams
        self.window.chat_view.scroll_to_end()
        self.window.update_pages()

    def _on_speed(self, conversation_id: str, text: str) -> None:
        if conversation_id == self.window.conversation_id:  # the rate of the answer on screen
            self.window.status.set_speed(text)

    def _on_turn_finished(self, outcome: TurnOutcome) -> None:
        w = self.window
        if w.closed:
            return  # a turn's last result queued behind the close: the store is gone
        cid = outcome.conversation_id
        w.update_pages()
        w.update_context_label()
        result = outcome.result
        if result.error:
            w.toast.show_message(result.error, kind="error", timeout_ms=0)
        elif (cid is not None and cid != w.conversation_id and not self.turns.is_hidden(cid)
              and result.assistant_message_id and result.status == "complete"
              and w.toast.text() in ("", self._refusal)):  # never over another message
            self._tell_answer_ready(cid)

        def done() -> None:
            if result.error:
                self.failed.emit(result.error)
            self.finished.emit(outcome)

        def listed(conversations: list[storage.Conversation]) -> None:
            if not w.closed:
                w.sidebar.apply_list(conversations, count, w.conversation_id)
                done()

        def list_failed(message: str) -> None:
            log.warning("sidebar not refreshed after a turn: %s", message)
            if not w.closed:
                done()

        # The sidebar's new order and titles are read off the GUI thread (a long list is slow);
        # `finished` follows once it shows them.
        count = w.sidebar.model.reload_count()
        w.jobs.with_store(lambda store: store.list_conversations(limit=count), listed,
                          list_failed)

    def _on_turn_failed(self, _conversation_id: str, message: str) -> None:
        w = self.window
        if w.closed:
            return
        w.update_pages()
        w.toast.show_message(message, kind="error", timeout_ms=0)
        self.failed.emit(message)

    def _tell_answer_ready(self, conversation_id: str) -> None:
        w = self.window
        w.toast.show_message(
            self.tr("The answer in “{title}” is ready.").format(
                title=w.title_of(conversation_id) or self.tr("New conversation")),
            action=self.tr("Show"), callback=lambda: w.open_conversation(conversation_id))
