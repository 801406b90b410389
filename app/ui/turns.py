"""The turn controller: owns each chat turn from the Send press to the saved row.

There is one engine, so one turn at a time. The conversation it runs in has a live `ChatModel`
here: the window shows it while that conversation is open, and it keeps taking the turn's events
while another conversation is shown (then it is simply a model no view shows). The controller
also keeps the speed readout, titles of new conversations, Stop, and what happens when the
streaming conversation is deleted.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import storage
from app.core.chat import TurnRequest
from app.core.history import title_from
from app.core.i18n import format_number
from app.core.session import sampling_from
from app.core.settings import Settings
from app.core.status import MessageStatus
from app.ui.chat_model import ChatModel
from app.workers.engine_worker import EngineController, GenerateRequest, TurnOutcome
from app.workers.jobs import Jobs

log = logging.getLogger(__name__)

# A pause this long while typing hands the draft to the engine to read ahead: long enough that
# a fast typist's words do not each start (and stop) a read, short enough that the reading is
# done by the time a slower one reaches Send.
READ_AHEAD_PAUSE_MS = 600


class TurnController(QObject):
    """Starts, follows, stops and finishes chat turns. Thread: GUI.

    Signals carry the conversation id they are about; the window decides what to show.
    """

    started = Signal(str)  # conversation id: rows in place, the engine has the request
    ids_known = Signal(str)  # the turn's messages are saved (rows carry their ids)
    finished = Signal(object)  # TurnOutcome, once the rows show the saved answer
    failed = Signal(str, str)  # conversation id, message: the turn could not be saved
    speed_changed = Signal(str, str)  # conversation id, readout ("" clears it)
    released = Signal(object)  # ChatModel no turn needs any more (the window may drop it)
    busy_changed = Signal()
    hidden_changed = Signal(object)  # set of conversation ids deleted while their turn ended
    deleted = Signal(str)  # a conversation deleted mid-turn went to the trash

    def __init__(self, engine: EngineController, store: storage.Store, jobs: Jobs,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.store = store
        self.jobs = jobs
        self._rows: ChatModel | None = None  # the live model of the running turn
        self._conversation: str | None = None
        self._request_id = 0
        self._pending_deletes: set[str] = set()
        self._provisional: set[str] = set()  # conversations named after a dropped file
        self._speed_first: float | None = None
        self._speed_tokens = 0
        self._reload_on_failure = False
        # The unsent message, read ahead by the engine when the person pauses (read_ahead).
        self._draft: tuple[str | None, str, Settings, str] | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.timeout.connect(self._read_draft)
        w = engine.worker
        w.generation_started.connect(self._on_started)
        w.events_received.connect(self._on_events)
        w.generation_finished.connect(self._on_finished)
        w.generation_failed.connect(self._on_failed)

    # ------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        return self._conversation is not None

    @property
    def conversation_id(self) -> str | None:
        """The conversation an answer is being written in (None when idle)."""
        return self._conversation

    def live_model(self, conversation_id: str | None) -> ChatModel | None:
        """The rows of the turn running in `conversation_id`, if one is."""
        if conversation_id is not None and conversation_id == self._conversation:
            return self._rows
        return None

    def owns(self, model: ChatModel) -> bool:
        return model is self._rows

    def is_hidden(self, conversation_id: str) -> bool:
        return conversation_id in self._pending_deletes

    # ------------------------------------------------------------------ conversations

    def create_conversation(self, rows: ChatModel, title: str, *, effort: str, model: str,
                            provisional: bool = False) -> str:
        """A new conversation shown in `rows` (a new chat's first message, or a dropped file)."""
        conv = self.store.create_conversation(title, reasoning_effort=effort, model=model)
        if provisional:
            self._provisional.add(conv.id)
        rows.load(self.store, conv.id)
        return conv.id

    def _name_if_provisional(self, rows: ChatModel, text: str) -> bool:
        """A conversation made by a drop is named after the file; its first question names it."""
        cid = rows.conversation_id
        if cid is None or cid not in self._provisional:
            return False
        self._provisional.discard(cid)
        if rows.total_messages():
            return False
        self.store.rename_conversation(cid, title_from(text))
        return True

    # ------------------------------------------------------------------ typing

    def draft_changed(self, conversation_id: str | None, text: str, settings: Settings, *,
                      effort: str) -> None:
        """The composer holds `text` for `conversation_id` (None: a new chat), not sent. After a
        pause the engine reads its prompt ahead (Settings' "Read my message while I type"), so
        Send only costs what changed since. The window calls this only when a local model is
        loaded and the composer writes a new message (not an edit)."""
        text = text.strip()
        if not text or not settings.read_ahead:
            self.drop_draft()
            return
        self._draft = (conversation_id, text, settings, effort)
        self._draft_timer.start(READ_AHEAD_PAUSE_MS)

    def drop_draft(self) -> None:
        """No draft to read (the composer emptied, an edit began, another model)."""
        self._draft = None
        self._draft_timer.stop()

    def _read_draft(self) -> None:
        if self._draft is None or self.busy:
            return  # a running turn's engine is busy; the next pause after it reads the draft
        cid, text, settings, effort = self._draft
        self.engine.read_draft(cid, text, settings, effort)

    # ------------------------------------------------------------------ starting turns

    def send(self, rows: ChatModel, text: str, settings: Settings, *, effort: str,
             model: str) -> tuple[str, bool] | None:
        """Ask `text` in the conversation `rows` shows (made now for a new chat). Returns the
        conversation id and whether its title changed, or None when a turn is running."""
        text = text.strip()
        if not text or self.busy:
            return None
        renamed = False
        if rows.conversation_id is None:
            self.create_conversation(rows, title_from(text), effort=effort, model=model)
            renamed = True
        else:
            renamed = self._name_if_provisional(rows, text)
        rows.begin_turn(text)
        self._start(rows, TurnRequest(text, sampling_from(settings)), settings)
        assert rows.conversation_id is not None
        return rows.conversation_id, renamed

    def regenerate(self, rows: ChatModel, row: int, settings: Settings) -> bool:
        """Answer the user message before `row` again; the old answer stays as a branch."""
        if self.busy or rows.conversation_id is None or row < 1:
            return False
        user = rows.item(row - 1)
        if user.role != "user" or not user.id:
            return False
        rows.begin_turn(None, truncate_from=row)
        self._start(rows, TurnRequest(user.content, sampling_from(settings), reply_to=user.id),
                    settings, reload_on_failure=True)
        return True

    def continue_answer(self, rows: ChatModel, row: int, settings: Settings) -> bool:
        """Write more of the answer at `row` (cut at the token limit, or stopped): the new text
        is appended to the same saved message."""
        if self.busy or rows.conversation_id is None or not 0 <= row < rows.rowCount():
            return False
        item = rows.item(row)
        if item.role != "assistant" or not item.id or not rows.begin_continue(row):
            return False
        self._start(rows, TurnRequest("", sampling_from(settings), continue_from=item.id),
                    settings, reload_on_failure=True)
        return True

    def edit(self, rows: ChatModel, row: int, text: str, settings: Settings) -> bool:
        """Send `text` in place of the user message at `row`: a new branch; the old is kept."""
        text = text.strip()
        if self.busy or rows.conversation_id is None or not text:
            return False
        old = rows.item(row)
        if old.role != "user" or not old.id:
            return False
        rows.begin_turn(text, truncate_from=row)
        self._start(rows, TurnRequest(text, sampling_from(settings), replaces=old.id), settings,
                    reload_on_failure=True)
        return True

    def _start(self, rows: ChatModel, turn: TurnRequest, settings: Settings, *,
               reload_on_failure: bool = False) -> None:
        cid = rows.conversation_id
        assert cid is not None
        self._draft_timer.stop()
        self._draft = None
        self._rows, self._conversation = rows, cid
        self._reload_on_failure = reload_on_failure
        self._speed_first, self._speed_tokens = None, 0
        request = GenerateRequest(turn, copy.deepcopy(settings), conversation_id=cid)
        self._request_id = self.engine.generate(request)
        self.busy_changed.emit()
        self.started.emit(cid)
        self.speed_changed.emit(cid, self.tr("Waiting for the first token…"))

    # ------------------------------------------------------------------ stopping, deleting

    def stop(self) -> None:
        """Stop the running turn (also during prefill): it ends saved, marked as stopped."""
        self.engine.stop()

    def delete(self, conversation_id: str) -> bool:
        """Move a conversation to the trash. One whose answer is being written is stopped first
        and goes to the trash once the engine has written its last word (True: deferred), so
        nothing is written into a deleted conversation; until then it is only hidden."""
        if conversation_id == self._conversation:
            self.stop()
            self._pending_deletes.add(conversation_id)
            self.hidden_changed.emit(set(self._pending_deletes))
            return True
        self.store.delete_conversation(conversation_id)
        self.engine.forget_conversation(conversation_id)  # its saved KV state goes too
        return False

    def undo_delete(self, conversation_id: str) -> None:
        if conversation_id in self._pending_deletes:  # its stopped answer has not ended yet
            self._pending_deletes.discard(conversation_id)
            self.hidden_changed.emit(set(self._pending_deletes))
        self.store.restore_conversation(conversation_id)

    def _end_pending_delete(self, conversation_id: str | None) -> bool:
        if conversation_id is None or conversation_id not in self._pending_deletes:
            return False
        self._pending_deletes.discard(conversation_id)
        self.hidden_changed.emit(set(self._pending_deletes))
        with contextlib.suppress(storage.NotFoundError):  # purged meanwhile: gone already
            self.store.delete_conversation(conversation_id)
        self.engine.forget_conversation(conversation_id)
        self.deleted.emit(conversation_id)
        return True

    def shutdown(self) -> None:
        """After the engine thread has ended: what was deleted mid-turn goes to the trash."""
        for conversation_id in list(self._pending_deletes):
            self._end_pending_delete(conversation_id)

    # ------------------------------------------------------------------ engine results

    def _on_started(self, request_id: int, ids: tuple[str, str]) -> None:
        if request_id != self._request_id or self._rows is None:
            return
        self._rows.set_ids(*ids)
        if self._conversation is not None:
            self.ids_known.emit(self._conversation)

    def _on_events(self, request_id: int, events: list[Any]) -> None:
        if request_id != self._request_id or self._rows is None or self._conversation is None:
            return
        now = time.monotonic()
        deltas = self._rows.apply_events(events, now)
        if not deltas:
            return
        if self._speed_first is None:
            self._speed_first = now
        else:
            self._speed_tokens += deltas
        elapsed = now - self._speed_first
        if elapsed > 0.3:
            self.speed_changed.emit(self._conversation, self.tr("{rate} tok/s").format(
                rate=format_number(self._speed_tokens / elapsed, 1)))

    def _end(self) -> tuple[ChatModel | None, str | None]:
        rows, cid = self._rows, self._conversation
        self._rows = self._conversation = None
        self.busy_changed.emit()
        return rows, cid

    def _on_finished(self, outcome: TurnOutcome) -> None:
        if outcome.request_id != self._request_id:
            return
        result = outcome.result
        rows, cid = self._end()
        if rows is not None:
            if result.assistant_message_id:
                rows.set_ids(result.user_message_id, result.assistant_message_id)
                rows.finish_turn(result.status, result.saved_stats, result.reasoning_seconds,
                                 content=result.answer)
            elif result.blocked:  # a prompt refused with nowhere to save it
                rows.finish_turn(MessageStatus.BLOCKED, result.saved_stats, content=result.answer)
            else:  # nothing was saved (the history could not be read): nothing to keep
                self._drop_rows(rows, cid)
        if cid is not None:
            rate = ""
            if result.stats is not None and result.stats.decode_tps:
                rate = self.tr("{rate} tok/s").format(
                    rate=format_number(result.stats.decode_tps, 1))
            self.speed_changed.emit(cid, rate)
        self._end_pending_delete(cid)

        def refreshed(positions: dict[str, tuple[int, int]]) -> None:
            if rows is not None and rows.conversation_id == cid:
                rows.apply_branch_positions(positions)
            self._release(rows)
            self.finished.emit(outcome)

        def refresh_failed(message: str) -> None:
            log.warning("branch positions not re-read after a turn: %s", message)
            self._release(rows)
            self.finished.emit(outcome)

        # A regenerated or edited answer adds a branch: its "2 / 3" is read off this thread.
        if cid is not None and not self.is_hidden(cid):
            self.jobs.with_store(lambda store: store.branch_positions(cid), refreshed,
                                 refresh_failed)
        else:
            refreshed({})

    def _on_failed(self, request_id: int, message: str) -> None:
        """The turn could not even be saved (the store failed): its rows cannot be trusted."""
        if request_id != self._request_id:
            return
        rows, cid = self._end()
        if rows is not None:
            row = rows.streaming_row()
            if row >= 0 and rows.item(row).id:
                rows.finish_turn(MessageStatus.ERROR, {"error": message})
            else:
                self._drop_rows(rows, cid)
        if cid is not None:
            self.speed_changed.emit(cid, "")
        self._end_pending_delete(cid)
        self._release(rows)
        self.failed.emit(cid or "", message)

    def _drop_rows(self, rows: ChatModel, cid: str | None) -> None:
        """Undo the rows of a turn that saved nothing (regenerate and edit hid saved rows)."""
        if self._reload_on_failure and cid is not None:
            rows.load(self.store, cid)
        else:
            rows.drop_unsaved()

    def _release(self, rows: ChatModel | None) -> None:
        if rows is not None:
            self.released.emit(rows)


__all__ = ["TurnController"]
