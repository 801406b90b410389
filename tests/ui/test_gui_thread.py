"""Slow reads stay off the GUI thread: a turn's history is read on the engine thread (which owns a
connection already), and the refresh after a turn on the jobs runner."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.core import chat, storage
from app.ui.main_window import MainWindow
from tests.ui.conftest import TURN_TIMEOUT_MS, type_and_send


def test_history_and_refresh_are_read_off_the_gui_thread(qtbot, window: MainWindow,
                                                         monkeypatch) -> None:
    history_threads: list[str] = []
    refresh_threads: list[str] = []
    real_history = chat.conversation_for
    real_positions = storage.Store.branch_positions

    def recording(store, conversation_id):  # type: ignore[no-untyped-def]
        history_threads.append(QThread.currentThread().objectName())
        return real_history(store, conversation_id)

    def positions(self, conversation_id):  # type: ignore[no-untyped-def]
        refresh_threads.append(threading.current_thread().name)
        return real_positions(self, conversation_id)

    monkeypatch.setattr(chat, "conversation_for", recording)
    monkeypatch.setattr(storage.Store, "branch_positions", positions)
    type_and_send(qtbot, window, "First question")
    type_and_send(qtbot, window, "Second question")
    # The first turn of a new chat has history too (read, empty): one read per turn.
    assert history_threads == ["hearth-engine"] * 2
    refresh_threads.clear()
    assert window.sidebar.model.rowCount() == 1
    # Regenerate: the answer's "2/2" arrives with the refresh, before turn_finished.
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        window.regenerate(window.chat_model.rowCount() - 1)
    assert window.chat_model.item(window.chat_model.rowCount() - 1).branch == (2, 2)
    assert len(history_threads) == 3
    assert refresh_threads
    assert threading.main_thread().name not in refresh_threads
