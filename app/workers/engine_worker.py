"""The engine worker: owns the engine (a loaded GGUF, or a remote server's model) on its own
QThread; the GUI talks to it by signals.

A turn runs here end to end through `core.session.build_session`: history read, safety, documents,
generation and saving, on this thread's own database connection. Requests to Hearth's local
server run here too (`serve`), queued with the window's turns in the order they came, so the one
engine never runs two answers at once. Saved KV states are written here too, never on the GUI
thread and never during a turn: when another conversation is shown or gets a turn, before a model
is unloaded or replaced, and at shutdown.

`EngineWorker` lives on the worker thread for its whole life. `EngineController` lives on the GUI
thread, owns that thread, and is what widgets use. Stop and cancel-load are threading.Events the
controller sets directly, because a busy worker cannot receive a queued signal.
"""

from __future__ import annotations

import copy
import itertools
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from app.core import storage
from app.core.chat import TurnFailed, TurnRequest, TurnResult
from app.core.engine import Done, Engine, EngineConfig, LlamaEngine
from app.core.errors import HearthError, LoadCancelled, describe
from app.core.i18n import tr
from app.core.kv_cache import StateStore
from app.core.kv_state import existing_keeper
from app.core.models import fit, hardware
from app.core.safety_gate import GUARDS
from app.core.session import build_session, saved_states
from app.core.settings import Settings

log = logging.getLogger(__name__)

FLUSH_INTERVAL_S = 1 / 30  # events reach the GUI at ~30 Hz, not one signal per token


@dataclass
class GenerateRequest:
    """One turn for the engine thread. With a conversation_id it is saved as it streams, and the
    history is read there, on the engine thread's own connection."""

    turn: TurnRequest
    settings: Settings  # a copy: the engine thread never reads the window's own object
    conversation_id: str | None = None
    request_id: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass
class DraftRequest:
    """Read the prompt of an unsent message ahead (`ChatSession.read_ahead`)."""

    conversation_id: str | None
    text: str
    settings: Settings  # a copy, as for a turn
    reasoning_effort: str
    cancel: threading.Event = field(default_factory=threading.Event)
    seq: int = 0


@dataclass
class TurnOutcome:
    request_id: int
    conversation_id: str | None
    result: TurnResult

    @property
    def user_message_id(self) -> str | None:
        return self.result.user_message_id

    @property
    def assistant_message_id(self) -> str | None:
        return self.result.assistant_message_id


ENGINE_NICE = 5
_lowered: set[int] = set()


def lower_engine_priority() -> None:
    """Run this thread, and the compute threads llama.cpp starts from it, below the GUI.

    On a machine with few cores llama.cpp keeps every core busy; without this the GUI thread waits
    for CPU and the window stutters while an answer streams. Generation loses nothing when the GUI
    is idle. Linux keeps nice per thread and new threads (llama.cpp's OpenMP pool) inherit it;
    elsewhere QThread priorities are real and the controller sets one.
    """
    tid = threading.get_native_id()
    if tid in _lowered or not sys.platform.startswith("linux"):
        return
    _lowered.add(tid)
    try:
        current = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, current + ENGINE_NICE))
    except OSError:
        log.debug("could not lower the engine thread's priority", exc_info=True)


class EngineWorker(QObject):
    """Lives on the engine thread. Every slot runs there; every signal is delivered queued."""

    load_progressed = Signal(float)
    model_loaded = Signal(object)  # ModelInfo
    # After a load that failed or was cancelled: the model loaded before is loaded still (or
    # again). Sent before load_failed / load_cancelled.
    model_kept = Signal(object)  # ModelInfo
    load_failed = Signal(str)
    load_cancelled = Signal()
    model_unloaded = Signal()
    generation_started = Signal(int, object)  # request id, (user_message_id, assistant_id)
    events_received = Signal(int, list)  # request id, chat events since the last flush
    generation_finished = Signal(object)  # TurnOutcome
    generation_failed = Signal(int, str)
    states_cleared = Signal(int)  # bytes of saved states deleted
    draft_read = Signal(object, int)  # conversation id, tokens read ahead (0: none needed)

    def __init__(self, db_path: Path | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        self._engine: Engine | None = None
        self._store: storage.Store | None = None
        # The newest draft's number; set from the GUI thread (one assignment): an older
        # DraftRequest still queued is skipped.
        self.draft_seq = 0
        # The conversation the window shows now; set from the GUI thread (one assignment).
        self.shown: str | None = None

    def _get_store(self) -> storage.Store | None:
        if self._db_path is None:
            return None
        if self._store is None:
            self._store = storage.Store.open(self._db_path)
        return self._store

    @Slot(object, object)
    def load(self, config: EngineConfig, cancel: threading.Event) -> None:
        """Load `config`'s model in place of the current one, which is kept until the new file
        has passed its checks. Two 12 GB models rarely fit in memory together, so the current
        one is closed before the new one loads; if that load then fails (or is cancelled), the
        current one is loaded again: from the page cache that takes seconds, and the person
        keeps the model that worked instead of facing an empty window. A server's model costs
        no memory here: it stays open until the new file has loaded."""
        lower_engine_priority()
        current = self._engine
        previous = current.config if isinstance(current, LlamaEngine) else None
        try:
            LlamaEngine.check(config)
        except HearthError as exc:  # nothing was given up: the current model stays
            if self._engine is not None:
                self.model_kept.emit(self._engine.info)
            self.load_failed.emit(str(exc))
            return
        except Exception as exc:
            log.exception("model check failed")
            if self._engine is not None:
                self.model_kept.emit(self._engine.info)
            self.load_failed.emit(tr("The model could not be loaded: {detail}").format(
                detail=describe(exc)))
            return
        if previous is not None:
            self._close_engine()
        config, notice = self._with_memory_choice(config)
        failure = self._load(config, cancel, notice)
        if failure is None:
            if current is not None and previous is None:
                current.close()  # the server's model it replaces
            assert self._engine is not None
            self.model_loaded.emit(self._engine.info)
            return
        if previous is None and current is not None:
            self._engine = current
            self.model_kept.emit(current.info)
        elif previous is not None and self._load(previous, threading.Event(), "") is None:
            assert self._engine is not None
            self.model_kept.emit(self._engine.info)
        else:
            self.model_unloaded.emit()
        if isinstance(failure, LoadCancelled):
            self.load_cancelled.emit()
        else:
            self.load_failed.emit(str(failure))

    def _load(self, config: EngineConfig, cancel: threading.Event,
              notice: str) -> HearthError | None:
        """Load `config` as the engine; the error that stopped it, or None."""
        last = [0.0]

        def progress(fraction: float) -> None:
            now = time.monotonic()
            if fraction >= 1.0 or now - last[0] >= FLUSH_INTERVAL_S:
                last[0] = now
                self.load_progressed.emit(fraction)

        try:
            self._engine = LlamaEngine.load(config, progress=progress, cancel=cancel)
        except HearthError as exc:
            return exc
        except Exception as exc:  # unexpected: still a message, never a dead thread
            log.exception("model load failed")
            return HearthError(tr("The model could not be loaded: {detail}").format(
                detail=describe(exc)))
        if notice:
            extra = self._engine.info.extra
            extra["notice"] = " ".join(n for n in (notice, str(extra.get("notice") or "")) if n)
        return None

    @staticmethod
    def _with_memory_choice(config: EngineConfig) -> tuple[EngineConfig, str]:
        """Low-memory mode when the full mode will not fit here (and a sentence saying so)."""
        if config.low_memory:
            return config, ""
        try:
            hw = hardware.detect(Path(config.model_path).parent)
            notice = fit.low_memory_notice(
                config.model_path, hw, n_ctx=config.n_ctx,
                gpu_layers=None if config.n_gpu_layers < 0 else config.n_gpu_layers,
                flash_attn=config.flash_attn)
        except Exception:  # the estimate is advice: a failure to make it must not stop a load
            log.exception("memory estimate failed")
            return config, ""
        return (replace(config, low_memory=True), notice) if notice else (config, "")

    @Slot(object, object)
    def connect_remote(self, config: Any, cancel: threading.Event) -> None:
        """Use the model of an OpenAI-compatible server (a `RemoteConfig`) from now on. The
        model in use stays until the server has answered (a connection costs no memory), so a
        server that cannot be reached leaves it in place."""
        from app.core.remote_engine import RemoteEngine

        try:
            engine = RemoteEngine.connect(config)
        except Exception as exc:
            if not isinstance(exc, HearthError):
                log.exception("remote connection failed")
            if self._engine is not None:
                self.model_kept.emit(self._engine.info)
            self.load_failed.emit(describe(exc))
            return
        if cancel.is_set():
            engine.close()
            if self._engine is not None:
                self.model_kept.emit(self._engine.info)
            self.load_cancelled.emit()
            return
        self._close_engine()
        self._engine = engine
        self.model_loaded.emit(engine.info)

    @Slot(object)
    def serve(self, work: Any) -> None:
        """A local server request's turn (`core.server.Work`): it gets the engine, in order."""
        lower_engine_priority()
        try:
            work(self._engine)
        except Exception:  # the work reports its own failures; never kill this thread
            log.exception("served request failed")

    @Slot(object)
    def generate(self, request: GenerateRequest) -> None:
        rid = request.request_id
        if self._engine is None:
            self.generation_failed.emit(rid, tr("No model is loaded. Open or download a model "
                                                "first."))
            return
        try:
            store = self._get_store() if request.conversation_id else None
            # Built per turn from the settings the window sent, so a change applies to the next
            # message and nothing here reads settings behind the window's back.
            session = build_session(self._engine, request.settings, store=store,
                                    conversation_id=request.conversation_id)
            pending: list[Any] = []
            last_flush = time.monotonic()
            announced = False
            result = session.result
            for ev in session.run(request.turn, request.cancel):
                result = session.result
                if not announced and result.assistant_message_id:
                    self.generation_started.emit(rid, (result.user_message_id,
                                                       result.assistant_message_id))
                    announced = True
                pending.append(ev)
                now = time.monotonic()
                if now - last_flush >= FLUSH_INTERVAL_S or isinstance(ev, Done | TurnFailed):
                    self.events_received.emit(rid, pending)
                    pending = []
                    last_flush = now
            if pending:
                self.events_received.emit(rid, pending)
            self.generation_finished.emit(TurnOutcome(rid, request.conversation_id,
                                                      session.result))
            if session.states is not None:
                # After the result is on its way: the window shows the answer done meanwhile.
                session.states.flush_checkpoint()
        except Exception as exc:  # the turn saves its own failures; this is a broken store
            log.exception("generation failed")
            self.generation_failed.emit(rid, describe(exc))

    @Slot(object)
    def read_draft(self, draft: DraftRequest) -> None:
        """Read the unsent message's prompt into the KV cache, so its turn starts at once. Only
        the newest draft is read; it stops when the controller cancels it (another conversation
        shown, a load, a draft that no longer extends this one)."""
        if self._engine is None or draft.seq != self.draft_seq or draft.cancel.is_set():
            return
        lower_engine_priority()
        n = 0
        try:
            store = self._get_store() if draft.conversation_id else None
            session = build_session(self._engine, draft.settings, store=store,
                                    conversation_id=draft.conversation_id, safety=None)
            n = session.read_ahead(draft.text, draft.cancel, draft.reasoning_effort)
        except Exception:  # reading ahead only saves time: never an error for the person
            log.warning("draft not read ahead", exc_info=True)
        self.draft_read.emit(draft.conversation_id, n)

    @Slot(object, object)
    def show_conversation(self, conversation_id: str | None, settings: Settings) -> None:
        """The window shows another conversation: the one in the engine is saved, the shown
        one's state loaded ahead of its next turn."""
        if self._engine is None or conversation_id != self.shown:
            return  # a person clicking through the list: only the last one shown is loaded
        keeper = saved_states(self._engine, settings)
        if keeper is not None:
            keeper.show(conversation_id)

    @Slot(str)
    def forget_conversation(self, conversation_id: str) -> None:
        """A conversation was deleted: its saved state goes (here, so no save can follow)."""
        keeper = existing_keeper(self._engine)
        if keeper is not None:
            keeper.forget(conversation_id)
        else:
            StateStore.default(0).delete_conversation(conversation_id)

    @Slot()
    def clear_states(self) -> None:
        keeper = existing_keeper(self._engine)
        freed = keeper.clear() if keeper is not None else StateStore.default(0).clear()
        self.states_cleared.emit(freed)

    @Slot()
    def unload(self) -> None:
        self._close_engine()
        self.model_unloaded.emit()

    @Slot()
    def shutdown(self) -> None:
        self._close_engine()
        GUARDS.close()  # the safety model's context, freed on the thread that used it
        if self._store is not None:
            self._store.close()
            self._store = None

    def _close_engine(self) -> None:
        if self._engine is not None:
            keeper = existing_keeper(self._engine)
            if keeper is not None:
                keeper.save_current()  # the conversation in it must survive the unload
            self._engine.close()
            self._engine = None


class EngineController(QObject):
    """The GUI thread's handle on the engine thread. Widgets call its methods."""

    load_requested = Signal(object, object)
    remote_requested = Signal(object, object)
    generate_requested = Signal(object)
    serve_requested = Signal(object)
    unload_requested = Signal()
    show_requested = Signal(object, object)  # conversation id or None, Settings copy
    forget_requested = Signal(str)
    clear_states_requested = Signal()
    draft_requested = Signal(object)

    def __init__(self, db_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("hearth-engine")
        self.worker = EngineWorker(db_path)
        self.worker.moveToThread(self._thread)
        self.load_requested.connect(self.worker.load)
        self.remote_requested.connect(self.worker.connect_remote)
        self.generate_requested.connect(self.worker.generate)
        self.serve_requested.connect(self.worker.serve)
        self.unload_requested.connect(self.worker.unload)
        self.show_requested.connect(self.worker.show_conversation)
        self.forget_requested.connect(self.worker.forget_conversation)
        self.clear_states_requested.connect(self.worker.clear_states)
        self.draft_requested.connect(self.worker.read_draft)
        self._draft: DraftRequest | None = None
        self._ids = itertools.count(1)
        self._load_cancel: threading.Event | None = None
        self._current: GenerateRequest | None = None
        self.worker.generation_finished.connect(self._on_finished)
        self.worker.generation_failed.connect(self._on_failed)
        self._thread.start(QThread.Priority.LowPriority)  # Linux: see lower_engine_priority

    def read_draft(self, conversation_id: str | None, text: str, settings: Settings,
                   reasoning_effort: str) -> None:
        """The person paused while typing `text` in the shown conversation: the engine thread
        reads its prompt ahead when it is free. A draft that extends the one being read lets
        that one finish (its work is the start of this one's); any other stops it."""
        old = self._draft
        if old is not None and not (old.conversation_id == conversation_id
                                    and text.startswith(old.text)):
            old.cancel.set()
        draft = DraftRequest(conversation_id, text, copy.deepcopy(settings), reasoning_effort,
                             seq=self.worker.draft_seq + 1)
        self.worker.draft_seq = draft.seq
        self._draft = draft
        self.draft_requested.emit(draft)

    def drop_draft(self, keep_if_sent: str | None = None) -> None:
        """Stop reading a draft ahead (the engine has other work, or the draft is gone).
        `keep_if_sent`: the text being sent; a draft it extends goes on (the turn needs it)."""
        old, self._draft = self._draft, None
        if old is not None and not (keep_if_sent is not None
                                    and keep_if_sent.startswith(old.text)):
            old.cancel.set()

    def load(self, config: EngineConfig) -> None:
        self.drop_draft()
        self._load_cancel = threading.Event()
        self.load_requested.emit(config, self._load_cancel)

    def connect_remote(self, config: Any) -> None:
        """Switch to a server's model (a `core.remote_engine.RemoteConfig`); it is checked on the
        engine thread and reported like a load (model_loaded or load_failed)."""
        self.drop_draft()
        self._load_cancel = threading.Event()
        self.remote_requested.emit(config, self._load_cancel)

    def submit(self, work: Any) -> None:
        """`core.server.EngineLane`: run a served request's turn on the engine thread, after
        whatever was asked of it before. Safe to call from any thread (the server's)."""
        draft = self._draft
        if draft is not None:
            draft.cancel.set()  # a served request does not wait behind a guess
        self.serve_requested.emit(work)

    def cancel_load(self) -> None:
        if self._load_cancel is not None:
            self._load_cancel.set()

    def generate(self, request: GenerateRequest) -> int:
        turn = request.turn
        fresh = not (turn.reply_to or turn.replaces or turn.continue_from)
        self.drop_draft(keep_if_sent=turn.user_text if fresh else None)
        request.request_id = next(self._ids)
        self._current = request
        self.generate_requested.emit(request)
        return request.request_id

    def stop(self) -> None:
        """Stop the running turn now; safe to call at any time from the GUI thread."""
        if self._current is not None:
            self._current.cancel.set()

    @property
    def busy(self) -> bool:
        return self._current is not None

    def unload(self) -> None:
        self.drop_draft()
        self.unload_requested.emit()

    def show_conversation(self, conversation_id: str | None, settings: Settings) -> None:
        """The window shows `conversation_id` (None: a new chat); the engine thread saves and
        loads KV states for it when it is free (only for the last one shown by then)."""
        if self._draft is not None and self._draft.conversation_id != conversation_id:
            self.drop_draft()
        self.worker.shown = conversation_id
        self.show_requested.emit(conversation_id, copy.deepcopy(settings))

    def forget_conversation(self, conversation_id: str) -> None:
        """A conversation was deleted: delete its saved state on the engine thread (here once
        that thread has ended: nothing can save it any more)."""
        if self._thread.isRunning():
            self.forget_requested.emit(conversation_id)
        else:
            StateStore.default(0).delete_conversation(conversation_id)

    def clear_states(self) -> None:
        """Delete every saved state (Settings' Clear); `worker.states_cleared` says when."""
        self.clear_states_requested.emit()

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Stop everything and join the engine thread (call before the app quits)."""
        self.drop_draft()
        self.stop()
        self.cancel_load()
        # Blocking, so the engine and its database connection close on their own thread before
        # the thread's event loop ends (a queued call could be dropped by quit()).
        QMetaObject.invokeMethod(self.worker, "shutdown",
                                 Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_finished(self, outcome: TurnOutcome) -> None:
        if self._current is not None and self._current.request_id == outcome.request_id:
            self._current = None

    @Slot(int, str)
    def _on_failed(self, request_id: int, _message: str) -> None:
        if self._current is not None and self._current.request_id == request_id:
            self._current = None
