"""An answer goes on while the user reads another conversation: the real window, offscreen, with
the tiny model paced so that "mid-stream" lasts as long as a test needs."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core import storage
from app.core.engine import Done
from app.core.harmony import TextDelta
from app.ui.main_window import MainWindow
from app.ui.sidebar import WritingRole
from tests.ui.conftest import LOAD_TIMEOUT_MS, TURN_TIMEOUT_MS
from tests.ui.shots import save_shot

HELD_TIMEOUT_MS = 30_000


class Pacer:
    """Makes the tiny model's answers long and slow enough to switch conversations mid-stream.

    Installed on the engine the window loaded; its stream runs on the engine thread. Each turn
    the real model answers (again, until an answer has `min_deltas` final-channel text deltas:
    random weights often end a reply after a few tokens), and that answer is replayed one event
    every `delay` seconds: longer than the worker's ~30 Hz flush, so every event reaches the
    window as it is emitted. `run_to(n)` holds the replay once `n` final deltas are out (None:
    to the end); a set cancel ends it with Done("cancelled"), as the engine does.
    """

    def __init__(self, engine: Any, delay: float = 0.04, min_deltas: int = 30) -> None:
        self._real = engine.stream
        self.delay = delay
        self.min_deltas = min_deltas
        self._cond = threading.Condition()
        self._target: int | None = None
        self.held = threading.Event()
        self.text = ""  # the final-channel text replayed so far in the current turn
        self.full = ""  # the whole answer the current turn is replaying
        engine.stream = self.stream

    def run_to(self, n: int | None) -> None:
        with self._cond:
            self._target = n
            self.held.clear()
            self._cond.notify_all()

    def stream(self, conv: Any, sampling: Any, cancel: threading.Event) -> Iterator[Any]:
        events: list[Any] = []
        for _ in range(80):
            events = list(self._real(conv, sampling, cancel))
            if cancel.is_set() or sum(isinstance(e, TextDelta) and e.channel == "final"
                                      for e in events) >= self.min_deltas:
                break
        else:
            raise AssertionError("the tiny model never wrote a long enough answer")
        self.text = ""
        self.full = "".join(e.text for e in events
                            if isinstance(e, TextDelta) and e.channel == "final")
        done = events[-1]
        assert isinstance(done, Done)
        count = 0
        for ev in events:
            if isinstance(ev, TextDelta) and ev.channel == "final":
                with self._cond:
                    while (self._target is not None and count >= self._target
                           and not cancel.is_set()):
                        self.held.set()
                        self._cond.wait(0.02)
            if cancel.is_set():
                yield Done("cancelled", dataclasses.replace(done.stats,
                                                            stop_reason="cancelled"))
                return
            if not isinstance(ev, Done):
                time.sleep(self.delay)
            yield ev
            if isinstance(ev, TextDelta) and ev.channel == "final":
                count += 1
                self.text += ev.text


@pytest.fixture
def paced(qtbot: Any, make_window: Any, tiny_model: Path) -> tuple[MainWindow, Pacer]:
    window = make_window()
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
        window.load_model(tiny_model)
    window.settings.max_tokens = 400
    # Long random-weight gibberish now and then looks like something to the safety filter,
    # which would replace the answer; the filter is not what these tests are about.
    window.settings.safety_strictness = "off"
    window.settings.save()
    engine = window.controller.worker._engine
    assert engine is not None
    return window, Pacer(engine)


def seed_conversation(window: MainWindow, title: str) -> str:
    """A finished conversation written straight to the database (no engine time)."""
    conv = window.store.create_conversation(title)
    window.store.add_message(conv.id, "user", f"{title}: a question")
    window.store.add_message(conv.id, "assistant", f"{title}: its answer")
    window.sidebar.reload(window.conversation_id)
    return conv.id


def start_held(qtbot: Any, window: MainWindow, pacer: Pacer, text: str, at: int = 5) -> str:
    """Send `text` in a new chat; return its conversation once the answer is held mid-stream."""
    pacer.run_to(at)
    window.new_chat()
    window.composer.set_text(text)
    with qtbot.waitSignal(window.stream_started, timeout=TURN_TIMEOUT_MS):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(pacer.held.is_set, timeout=HELD_TIMEOUT_MS)
    assert window.conversation_id is not None
    return window.conversation_id


def advance(qtbot: Any, pacer: Pacer, to: int) -> None:
    """Let the answer go on to `to` final deltas, and let their events reach the window."""
    pacer.run_to(to)
    qtbot.waitUntil(pacer.held.is_set, timeout=HELD_TIMEOUT_MS)
    qtbot.wait(200)


def click_conversation(qtbot: Any, window: MainWindow, conversation_id: str) -> None:
    sidebar = window.sidebar
    row = sidebar.model.row_of(conversation_id)
    assert row >= 0
    rect = sidebar.list.visualRect(sidebar.model.index(row))
    qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.conversation_id == conversation_id


def rows(window: MainWindow) -> list[tuple[str, str, str, str, bool]]:
    return [(i.id, i.role, i.content, i.status, i.streaming) for i in window.chat_model.items()]


def answer_of(window: MainWindow, conversation_id: str) -> storage.Message:
    last = window.store.active_path(conversation_id)[-1]
    assert last.role == "assistant"
    return last


def writing(window: MainWindow, conversation_id: str) -> bool:
    model = window.sidebar.model
    row = model.row_of(conversation_id)
    assert row >= 0
    return bool(model.index(row).data(WritingRole))


def composer_busy(window: MainWindow) -> bool:
    return window.composer.send_button.toolTip().startswith("Stop")


def test_switching_away_keeps_the_answer_going_and_saves_it(qtbot, paced, tmp_path) -> None:
    window, pacer = paced
    beta = seed_conversation(window, "Beta notes")
    alpha = start_held(qtbot, window, pacer, "Alpha: tell me a long story")
    assert composer_busy(window) and writing(window, alpha)

    click_conversation(qtbot, window, beta)
    before = rows(window)
    assert [r[2] for r in before] == ["Beta notes: a question", "Beta notes: its answer"]
    assert window.controller.busy, "opening another conversation stopped the answer"
    assert not composer_busy(window)  # Stop / Esc here would not be about this conversation
    assert writing(window, alpha) and not writing(window, beta)
    assert window.status.stream_label.isVisible()
    assert window.status.stream_label.text() == \
        "Writing an answer in “Alpha: tell me a long story”…"
    save_shot(window, tmp_path, "background-writing")

    # The answer goes on while Beta is on screen; the worker keeps saving it.
    advance(qtbot, pacer, 20)
    assert rows(window) == before, "events of the other conversation reached these rows"
    partial = answer_of(window, alpha)
    assert partial.status == "streaming"
    assert partial.content and pacer.text.startswith(partial.content)

    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
        pacer.run_to(None)
    outcome = blocker.args[0]
    assert outcome.result.stop_reason != "cancelled"
    saved = answer_of(window, alpha)
    assert saved.id == outcome.assistant_message_id
    assert saved.status == "complete"
    assert saved.content == outcome.result.answer == pacer.full != ""
    assert window.conversation_id == beta == window.chat_model.conversation_id
    assert rows(window) == before
    assert not writing(window, alpha) and not window.status.stream_label.isVisible()
    assert "The answer in “Alpha: tell me a long story” is ready." in window.toast.text()

    click_conversation(qtbot, window, alpha)
    assert rows(window) == [(outcome.user_message_id, "user", "Alpha: tell me a long story",
                             "complete", False),
                            (saved.id, "assistant", saved.content, "complete", False)]


def test_switching_back_mid_stream_shows_the_partial_and_streams_on(qtbot, paced) -> None:
    window, pacer = paced
    alpha = start_held(qtbot, window, pacer, "Alpha: write on and on")
    shown_before = window.chat_model.item(1).content
    assert shown_before and pacer.text.startswith(shown_before)

    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)
    assert window.conversation_id is None and window.chat_model.rowCount() == 0
    advance(qtbot, pacer, 14)
    assert window.chat_model.rowCount() == 0

    click_conversation(qtbot, window, alpha)
    model = window.chat_model  # the turn's own live rows, shown again
    updates: list[int] = []
    model.stream_updated.connect(updates.append)
    assert model.rowCount() == 2
    answer = model.item(1)
    # What was written while another chat was on screen is all there, and it still streams.
    assert answer.streaming and answer.status == "streaming"
    assert answer.content == pacer.text and len(answer.content) > len(shown_before)
    assert answer.id == answer_of(window, alpha).id
    assert composer_busy(window) and not window.status.stream_label.isVisible()

    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
        pacer.run_to(None)
    assert updates, "the answer did not go on streaming into the view"
    answer = model.item(1)
    assert not answer.streaming and answer.status == "complete"
    assert answer.content == blocker.args[0].result.answer == pacer.full
    assert answer_of(window, alpha).content == answer.content
    assert not composer_busy(window)


def test_sending_elsewhere_while_an_answer_streams_keeps_the_text(qtbot, paced) -> None:
    window, pacer = paced
    alpha = start_held(qtbot, window, pacer, "Alpha question")
    window.commands.act_new.trigger()
    window.composer.set_text("a question for the new chat")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.composer.text() == "a question for the new chat"
    assert window.chat_model.rowCount() == 0
    assert [c.id for c in window.store.list_conversations()] == [alpha]
    assert "An answer is still being written in “Alpha question”" in window.toast.text()
    assert window.toast.action.isVisible() and window.toast.action.text() == "Stop"
    # Esc here is not about the other conversation.
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Escape)
    assert window.controller.busy and pacer.held.is_set()

    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.toast.action, Qt.MouseButton.LeftButton)
    assert blocker.args[0].result.stop_reason == "cancelled"
    assert answer_of(window, alpha).status == "cancelled"
    assert window.composer.text() == "a question for the new chat"
    assert window.conversation_id is None

    pacer.run_to(None)
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.conversation_id not in (None, alpha)
    assert window.chat_model.item(0).content == "a question for the new chat"
    assert answer_of(window, window.conversation_id).status == "complete"


@pytest.mark.parametrize("shown", [True, False], ids=["shown", "in-background"])
def test_deleting_the_streaming_conversation_stops_it_first(qtbot, paced, monkeypatch,
                                                            shown: bool) -> None:
    window, pacer = paced
    beta = seed_conversation(window, "Beta notes")
    alpha = start_held(qtbot, window, pacer, "Alpha, soon deleted")
    if not shown:
        click_conversation(qtbot, window, beta)
    at_delete: list[list[storage.Message]] = []
    real_delete = window.store.delete_conversation

    def delete(conversation_id: str) -> None:
        at_delete.append(window.store.messages(conversation_id))
        real_delete(conversation_id)

    monkeypatch.setattr(window.store, "delete_conversation", delete)
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
        window.delete_conversation(alpha)
        assert window.sidebar.model.row_of(alpha) < 0
        assert window.conversation_id == (None if shown else beta)
    assert blocker.args[0].result.stop_reason == "cancelled"
    assert window.store.get_conversation(alpha).deleted_at is not None
    # It went to the trash after its answer's last word was saved: nothing came after.
    assert len(at_delete) == 1
    qtbot.wait(300)
    assert window.store.messages(alpha) == at_delete[0]
    assert at_delete[0][-1].status == "cancelled"
    assert window.sidebar.model.row_of(alpha) < 0 and not window.controller.busy
    if not shown:
        assert [r[2] for r in rows(window)] == ["Beta notes: a question",
                                                "Beta notes: its answer"]

    qtbot.mouseClick(window.toast.action, Qt.MouseButton.LeftButton)  # Undo
    assert window.conversation_id == alpha
    assert window.chat_model.item(1).status == "cancelled"


def test_new_chat_while_streaming_does_not_stop_it(qtbot, paced) -> None:
    window, pacer = paced
    alpha = start_held(qtbot, window, pacer, "Alpha keeps going")
    window.commands.act_new.trigger()
    assert window.conversation_id is None
    assert window.controller.busy and writing(window, alpha)
    assert not window.sidebar.list.currentIndex().isValid()
    window.composer.set_text("next question")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert "still being written" in window.toast.text()
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
        pacer.run_to(None)
    result = blocker.args[0].result
    assert result.stop_reason != "cancelled"
    saved = answer_of(window, alpha)
    assert (saved.status, saved.content) == ("complete", pacer.full)
    assert window.chat_model.rowCount() == 0 and window.conversation_id is None
    assert not writing(window, alpha)
    # The "still being written" notice gives way to "ready"; the typed text is still there.
    assert window.toast.text() == "The answer in “Alpha keeps going” is ready."
    assert window.composer.text() == "next question" and not composer_busy(window)


def test_loading_a_model_still_stops_a_background_answer(qtbot, paced, tiny_model) -> None:
    window, pacer = paced
    alpha = start_held(qtbot, window, pacer, "Alpha before a reload")
    window.new_chat()
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
        window.load_model(tiny_model)
    assert blocker.args[0].result.stop_reason == "cancelled"
    assert answer_of(window, alpha).status == "cancelled"
    qtbot.waitUntil(lambda: window.model_info is not None, timeout=LOAD_TIMEOUT_MS)
