"""Saved KV states in the window: saved on the engine thread when another conversation is shown
and when the window closes, restored after a restart, deleted with the conversation; the status
bar says how much of the prompt came from the cache; Settings shows the limit and clears them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core import kv_cache
from app.core.kv_cache import StateStore
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import LOAD_TIMEOUT_MS, type_and_send


def _state_path(home: Path, conversation_id: str) -> Path:
    return StateStore(home / "cache" / kv_cache.FOLDER, 10**9).conversation_path(
        conversation_id)


def test_a_conversation_state_is_saved_on_switch_and_deleted_with_it(
        qtbot, window: MainWindow, hearth_home: Path) -> None:
    type_and_send(qtbot, window, "Tell me a long story about a lighthouse keeper.")
    cid = window.conversation_id
    assert cid is not None
    path = _state_path(hearth_home, cid)
    assert not path.exists()  # never during or right after a turn
    assert "Cached 0 /" in window.status.cache_label.text()
    window.new_chat()  # the conversation leaves the engine: saved on its thread
    qtbot.waitUntil(path.exists, timeout=30_000)

    window.open_conversation(cid)
    type_and_send(qtbot, window, "Go on.")
    last = window.chat_model.items()[-1]
    assert int(last.stats["cached_tokens"]) > 0
    assert window.status.cache_label.text().startswith("Cached ")
    cached = f"{int(last.stats['cached_tokens']):,}"
    assert cached in window.status.cache_label.text()
    line = window.chat_view.chat_delegate.stats_text(last)
    assert f"{cached} of {int(last.stats['prompt_tokens']):,} prompt tokens cached" in line

    window.delete_conversation(cid)
    qtbot.waitUntil(lambda: not path.exists(), timeout=30_000)


def test_a_restart_restores_the_conversation_from_disk(qtbot, make_window, tiny_model: Path,
                                                       hearth_home: Path) -> None:
    first = make_window()
    with qtbot.waitSignal(first.model_ready, timeout=LOAD_TIMEOUT_MS):
        first.load_model(tiny_model)
    type_and_send(qtbot, first, "Remember the number forty-two. " * 8)
    cid = first.conversation_id
    assert cid is not None
    first.close()  # the engine thread saves before it ends
    assert _state_path(hearth_home, cid).exists()

    second = make_window()
    with qtbot.waitSignal(second.model_ready, timeout=LOAD_TIMEOUT_MS):
        second.load_model(tiny_model)
    second.open_conversation(cid)
    type_and_send(qtbot, second, "Which number?")
    stats = second.chat_model.items()[-1].stats
    assert int(stats["restored_tokens"]) == int(stats["cached_tokens"]) > 50
    assert int(stats["evaluated_tokens"]) == int(stats["prompt_tokens"]) - int(
        stats["cached_tokens"])


def test_settings_show_the_limit_and_clear_the_states(qtbot, window: MainWindow,
                                                      hearth_home: Path) -> None:
    type_and_send(qtbot, window, "something to keep")
    cid = window.conversation_id
    assert cid is not None
    window.new_chat()
    qtbot.waitUntil(_state_path(hearth_home, cid).exists, timeout=30_000)

    used = StateStore.default(0).usage()
    dialog = SettingsDialog(window.settings, None, window, states_usage=used)
    qtbot.addWidget(dialog)
    assert dialog.kv_cache_limit.value() == window.settings.kv_cache_limit_mb / 1000
    assert "used" in dialog.states_usage.text() and dialog.clear_states.isEnabled()
    dialog.clear_states_requested.connect(window.controller.clear_states)
    dialog.kv_cache_limit.setValue(2.5)
    assert dialog.settings().kv_cache_limit_mb == 2500
    with qtbot.waitSignal(window.controller.worker.states_cleared, timeout=30_000) as cleared:
        qtbot.mouseClick(dialog.clear_states, Qt.MouseButton.LeftButton)
    assert cleared.args[0] > 0
    assert not _state_path(hearth_home, cid).exists()
    dialog.on_states_cleared(cleared.args[0])
    assert dialog.states_usage.text().startswith("0") and not dialog.clear_states.isEnabled()
