"""Slow reads stay off the GUI thread: a turn's history and the refresh after it; stopping a turn
whose history is still being read takes its rows away again."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app.core import history
from app.ui.main_window import MainWindow
from app.workers import tasks
from tests.ui.conftest import TURN_TIMEOUT_MS, type_and_send


def test_history_and_refresh_are_read_off_the_gui_thread(qtbot, window: MainWindow,
                                                         monkeypatch) -> None:
    threads: list[str] = []
    real = history.conversation_for

    def recording(store, conversation_id):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(store, conversation_id)

    monkeypatch.setattr(tasks, "conversation_for", recording)
    type_and_send(qtbot, window, "First question")
    type_and_send(qtbot, window, "Second question")
    assert len(threads) == 2
    assert threading.main_thread().name not in threads
    assert window.sidebar.model.rowCount() == 1
    # Regenerate: the answer's "2/2" arrives with the refresh, before turn_finished.
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        window.regenerate(window.chat_model.rowCount() - 1)
    assert window.chat_model.item(window.chat_model.rowCount() - 1).branch == (2, 2)
    assert len(threads) == 3


def test_stop_before_the_history_is_read_drops_the_turn(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "Hello")
    rows = window.chat_model.rowCount()
    started: list[object] = []
    window.stream_started.connect(lambda: started.append(True))
    window.composer.set_text("Another one")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.busy and window.chat_model.rowCount() == rows + 2
    assert window.composer.send_button.toolTip().startswith("Stop")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Escape)  # before the history arrives
    assert not window.busy and window.chat_model.rowCount() == rows
    window.tasks.wait()
    qtbot.wait(200)  # the history's (ignored) result is delivered
    assert not started and not window.controller.busy
    assert len(window.store.active_path(window.conversation_id)) == rows

    # Regenerate stopped the same way shows the old answer again.
    last = window.chat_model.item(rows - 1)
    assert window.regenerate(rows - 1)
    window.stop()
    assert window.chat_model.rowCount() == rows
    assert window.chat_model.item(rows - 1).id == last.id
