"""The turn controller on its own (no window): the real engine thread with a generated model, a
real database. Whatever happens to a turn (its conversation left or deleted, a stop during
prefill, a retriever or a safety gate that fails), it ends in a saved, correctly marked row."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.core import session, storage
from app.core.engine import EngineConfig
from app.core.settings import Settings
from app.core.status import MessageStatus, StopReason
from app.ui.app import make_application
from app.ui.chat_model import ChatModel
from app.ui.turns import TurnController
from app.workers.engine_worker import EngineController, TurnOutcome
from app.workers.jobs import Jobs
from tests.ui.conftest import LOAD_TIMEOUT_MS, TURN_TIMEOUT_MS


@dataclass
class Rig:
    store: storage.Store
    engine: EngineController
    jobs: Jobs
    turns: TurnController
    settings: Settings


def _rig(qtbot: Any, db: Path, model: Path, n_ctx: int = 2048) -> Iterator[Rig]:
    make_application()
    store = storage.Store.open(db)
    engine = EngineController(db_path=db)
    jobs = Jobs(db_path=db)
    turns = TurnController(engine, store, jobs)
    with qtbot.waitSignal(engine.worker.model_loaded, timeout=LOAD_TIMEOUT_MS):
        engine.load(EngineConfig(str(model), n_ctx=n_ctx, n_threads=2))
    settings = Settings(max_tokens=40, safety_strictness="off")
    yield Rig(store, engine, jobs, turns, settings)
    engine.shutdown()
    turns.shutdown()
    jobs.wait()
    store.close()


@pytest.fixture
def rig(qtbot: Any, hearth_home: Path, tiny_model: Path) -> Iterator[Rig]:
    yield from _rig(qtbot, hearth_home / "history.sqlite3", tiny_model)


@pytest.fixture
def medium_rig(qtbot: Any, hearth_home: Path, medium_model: Path) -> Iterator[Rig]:
    yield from _rig(qtbot, hearth_home / "history.sqlite3", medium_model, n_ctx=8192)


def send(qtbot: Any, rig: Rig, rows: ChatModel, text: str) -> TurnOutcome:
    with qtbot.waitSignal(rig.turns.finished, timeout=TURN_TIMEOUT_MS) as blocker:
        assert rig.turns.send(rows, text, rig.settings, effort="low", model="tiny") is not None
    outcome = blocker.args[0]
    assert isinstance(outcome, TurnOutcome)
    return outcome


def saved_answer(rig: Rig, conversation_id: str) -> storage.Message:
    path = rig.store.active_path(conversation_id)
    assert [m.role for m in path][-2:] == ["user", "assistant"]
    return path[-1]


def test_a_turn_goes_on_in_its_own_rows_while_another_conversation_is_shown(
        qtbot: Any, rig: Rig) -> None:
    rows = ChatModel()
    released: list[ChatModel] = []
    rig.turns.released.connect(released.append)
    other = ChatModel()  # what the window would show meanwhile
    other_conv = rig.store.create_conversation("elsewhere")
    other.load(rig.store, other_conv.id)
    with qtbot.waitSignal(rig.turns.finished, timeout=TURN_TIMEOUT_MS) as blocker:
        sent = rig.turns.send(rows, "Tell me about the sea", rig.settings, effort="low",
                              model="tiny")
        assert sent is not None
        cid = sent[0]
        # Switched away: the turn's rows are still the conversation's live model.
        assert rig.turns.live_model(cid) is rows and rig.turns.live_model(other_conv.id) is None
        assert rig.turns.owns(rows) and not rig.turns.owns(other)
    outcome = blocker.args[0]
    answer = saved_answer(rig, cid)
    assert answer.status == MessageStatus.COMPLETE
    assert answer.content == rows.item(1).content == outcome.result.answer
    assert rows.item(1).id == answer.id and not rows.item(1).streaming
    assert other.rowCount() == 0  # nothing of the turn reached the other conversation's rows
    assert released == [rows] and rig.turns.live_model(cid) is None and not rig.turns.busy
    assert rig.store.get_conversation(cid).title == "Tell me about the sea"


def test_deleting_the_streaming_conversation_stops_it_and_trashes_it_after(
        qtbot: Any, rig: Rig) -> None:
    rig.settings.max_tokens = 5000
    rows = ChatModel()
    hidden: list[set[str]] = []
    rig.turns.hidden_changed.connect(hidden.append)
    with qtbot.waitSignal(rig.turns.finished, timeout=TURN_TIMEOUT_MS) as blocker:
        sent = rig.turns.send(rows, "A long story please", rig.settings, effort="low",
                              model="tiny")
        assert sent is not None
        cid = sent[0]
        qtbot.waitSignal(rig.turns.ids_known, timeout=TURN_TIMEOUT_MS).wait()
        assert rig.turns.delete(cid) is True  # deferred: the answer is still being written
        assert rig.turns.is_hidden(cid)
    outcome = blocker.args[0]
    # The answer ended as stopped (or on its own, if it was that quick), and was saved...
    stop = outcome.result.stop_reason
    assert stop is StopReason.CANCELLED or stop.is_natural
    assert outcome.result.assistant_message_id is not None
    msg = rig.store.get_message(outcome.result.assistant_message_id)
    assert msg.status in (MessageStatus.CANCELLED, MessageStatus.COMPLETE)
    # ...and then the conversation went to the trash, and is no longer hidden-pending.
    assert cid not in {c.id for c in rig.store.list_conversations()}
    assert hidden[0] == {cid} and hidden[-1] == set()
    rig.turns.undo_delete(cid)
    assert cid in {c.id for c in rig.store.list_conversations()}


def test_stop_during_prefill_saves_a_stopped_answer(qtbot: Any, medium_rig: Rig) -> None:
    r = medium_rig
    engine = r.engine.worker._engine
    assert engine is not None
    in_prefill = threading.Event()
    real_eval = engine._eval

    def spying(tokens: list[int], cancel: threading.Event) -> None:
        if len(tokens) > 1:
            in_prefill.set()
        real_eval(tokens, cancel)

    engine._eval = spying  # type: ignore[method-assign]
    rows = ChatModel()
    long_prompt = "Read this carefully. " + "The harbour lights were green. " * 90
    with qtbot.waitSignal(r.turns.finished, timeout=TURN_TIMEOUT_MS) as blocker:
        sent = r.turns.send(rows, long_prompt, r.settings, effort="low", model="medium")
        assert sent is not None
        qtbot.waitUntil(in_prefill.is_set, timeout=TURN_TIMEOUT_MS)
        r.turns.stop()
    outcome = blocker.args[0]
    assert outcome.result.stop_reason == StopReason.CANCELLED
    assert outcome.result.stats is not None
    assert outcome.result.stats.generated_tokens == 0  # stopped before the first token
    answer = saved_answer(r, sent[0])
    assert answer.status == MessageStatus.CANCELLED and answer.content == ""
    assert rows.item(1).status == MessageStatus.CANCELLED and not rows.item(1).streaming


class _Broken:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def __call__(self, *_args: Any) -> Any:
        raise self.exc


def test_a_failing_retriever_ends_in_a_saved_failed_row(qtbot: Any, rig: Rig,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session, "documents_retriever",
                        lambda *_a: _Broken(OSError(5, "Input/output error")))
    rows = ChatModel()
    outcome = send(qtbot, rig, rows, "What does my report say?")
    result = outcome.result
    assert result.status == MessageStatus.ERROR and result.stop_reason == StopReason.ERROR
    assert result.error is not None and "documents could not be searched" in result.error
    assert "Input/output error" in result.error
    cid = outcome.conversation_id
    assert cid is not None
    answer = saved_answer(rig, cid)
    assert rig.store.active_path(cid)[0].content == "What does my report say?"  # kept
    assert answer.status == MessageStatus.ERROR and answer.stats["error"] == result.error
    assert rows.item(1).status == MessageStatus.ERROR
    assert rows.item(1).stats["error"] == result.error
    # Regenerate works from there: the failed row is an answer like any other.
    with qtbot.waitSignal(rig.turns.finished, timeout=TURN_TIMEOUT_MS) as blocker:
        monkeypatch.setattr(session, "documents_retriever", lambda *_a: None)
        assert rig.turns.regenerate(rows, 1, rig.settings)
    assert blocker.args[0].result.status == MessageStatus.COMPLETE
    assert [m.status for m in rig.store.siblings(answer.id)] == [MessageStatus.ERROR,
                                                                 MessageStatus.COMPLETE]


def test_a_failing_safety_gate_ends_in_a_saved_failed_row_and_nothing_generated(
        qtbot: Any, rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    class Gate:
        def check_prompt(self, text: str) -> Any:
            raise RuntimeError("rule file unreadable")

    engine = rig.engine.worker._engine
    assert engine is not None
    before = engine.tokens_evaluated
    monkeypatch.setattr(session, "safety_gate", lambda *_a, **_k: Gate())
    rows = ChatModel()
    outcome = send(qtbot, rig, rows, "hello")
    result = outcome.result
    assert result.status == MessageStatus.ERROR
    assert result.error is not None and "safety filter could not check" in result.error
    assert engine.tokens_evaluated == before  # the unscreened prompt never reached the model
    assert outcome.conversation_id is not None
    answer = saved_answer(rig, outcome.conversation_id)
    assert answer.status == MessageStatus.ERROR and answer.content == ""
    assert rows.item(1).status == MessageStatus.ERROR and not rows.item(1).streaming


def test_a_turn_result_queued_behind_the_window_close_is_dropped(qtbot: Any,
                                                                  make_window: Any) -> None:
    """A turn's last signal can be delivered after the window closed its database (it was
    queued on the GUI thread): it must not touch the closed store."""
    from app.core.chat import TurnResult

    window = make_window()
    conversation = window.store.create_conversation("Closing")
    window.open_conversation(conversation.id)
    window.close()
    window.turns.finished.emit(TurnOutcome(99, conversation.id, TurnResult()))
    window.turns.failed.emit(conversation.id, "late failure")
    qtbot.wait(20)  # any exception in those slots would be reported by pytest-qt here
