"""Reading the message while it is typed, in the window: a pause hands the draft to the engine
thread, which reads it, so Send evaluates one token; Settings turn it off; and the controller
stops a read only when its work would be wasted (another text, another conversation)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.chat import TurnRequest
from app.core.settings import Settings
from app.ui.app import make_application
from app.ui.main_window import MainWindow
from app.workers.engine_worker import EngineController, GenerateRequest
from tests.ui.conftest import TURN_TIMEOUT_MS, type_and_send


def _read_something(_cid: Any, n: int) -> bool:
    return n > 0


def test_a_pause_while_typing_reads_the_message_before_send(qtbot: Any,
                                                            window: MainWindow) -> None:
    type_and_send(qtbot, window, "Tell me about lighthouses.")
    worker = window.controller.worker
    with qtbot.waitSignal(worker.draft_read, timeout=30_000,
                          check_params_cb=_read_something):
        QTest.keyClicks(window.composer.edit, "And who kept them?")  # then the person pauses
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    stats = window.chat_model.items()[-1].stats
    assert int(stats["evaluated_tokens"]) == 1  # only the prompt's last token at Send
    assert int(stats["ahead_tokens"]) > 0
    assert int(stats["cached_tokens"]) == int(stats["prompt_tokens"]) - 1
    line = window.chat_view.chat_delegate.stats_text(window.chat_model.items()[-1])
    assert f"{int(stats['ahead_tokens']):,} read while you typed" in line
    # A narrow window cuts the footer at the row's edge; hovering it shows the whole of it.
    window.resize(560, 700)
    window.show()
    qtbot.waitUntil(lambda: window.chat_view.viewport().width() < 560)
    item = window.chat_model.items()[-1]
    lay = window.chat_view.chat_delegate.layout(item, True)
    tip = window.chat_view.chat_delegate.footer_tip(item, lay, lay.footer.center())
    assert line in tip


def test_read_ahead_can_be_turned_off(qtbot: Any, window: MainWindow) -> None:
    window.apply_settings(Settings(**{**vars(window.settings), "read_ahead": False}))
    type_and_send(qtbot, window, "Tell me about lighthouses.")
    with qtbot.assertNotEmitted(window.controller.worker.draft_read, wait=1500):
        QTest.keyClicks(window.composer.edit, "And who kept them?")
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    stats = window.chat_model.items()[-1].stats
    assert int(stats["ahead_tokens"]) == 0
    assert int(stats["evaluated_tokens"]) > 1


def test_the_controller_stops_a_read_only_when_its_work_is_wasted(qtbot: Any,
                                                                  hearth_home: Any) -> None:
    make_application()
    c = EngineController()  # no model: the engine thread skips every draft
    try:
        s = Settings()
        c.read_draft("a", "Hello", s, "low")
        first = c._draft
        assert first is not None
        c.read_draft("a", "Hello, wor", s, "low")  # typed on: the first read is its start
        assert not first.cancel.is_set()
        second = c._draft
        assert second is not None and second.seq > first.seq
        c.read_draft("a", "Goodbye", s, "low")  # rewritten: the read would be wasted
        assert second.cancel.is_set()
        third = c._draft
        assert third is not None
        c.generate(GenerateRequest(TurnRequest("Goodbye, friend"), s, conversation_id="a"))
        assert not third.cancel.is_set()  # the turn needs what is being read
        c.read_draft("a", "Something", s, "low")
        fourth = c._draft
        c.generate(GenerateRequest(TurnRequest("Other"), s, conversation_id="a"))
        assert fourth is not None and fourth.cancel.is_set()
        c.read_draft("a", "More", s, "low")
        fifth = c._draft
        c.show_conversation("b", s)  # another conversation opened
        assert fifth is not None and fifth.cancel.is_set()
        c.read_draft("b", "Text", s, "low")
        sixth = c._draft
        c.submit(lambda _engine: None)  # a local server's request does not wait for a guess
        assert sixth is not None and sixth.cancel.is_set()
    finally:
        c.shutdown()
