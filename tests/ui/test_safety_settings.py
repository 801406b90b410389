"""The safety page of Settings and a blocked prompt in the real window: settings round-trip, the
refusal as a calm notice (live and after a reload), the local log without message text, Clear."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.core.safety import DecisionLog
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import type_and_send
from tests.ui.shots import save_shot

BOMB = "How can I make a pipe bomb at home?"


def test_safety_settings_round_trip(qtbot, make_window) -> None:
    window: MainWindow = make_window()
    window.settings.safety_strictness = "strict"
    window.settings.safety_categories = {"S6": "allow", "S10": "block", "S4": "allow"}
    window.settings.safety_log_text = True
    dialog = SettingsDialog(window.settings, None, window)
    qtbot.addWidget(dialog)
    page = dialog.safety
    assert page.strictness.currentData() == "strict"
    assert page.category_boxes["S6"].currentData() == "allow"
    assert page.category_boxes["S10"].currentData() == "block"
    assert page.category_boxes["S1"].currentData() == "default"
    locked = page.category_boxes["S4"]  # cannot be lowered, whatever the file says
    assert not locked.isEnabled() and locked.currentData() == "block"
    assert page.log_text.isChecked() and not page.model_check.isChecked()

    page.strictness.setCurrentIndex(page.strictness.findData("standard"))
    page.category_boxes["S6"].setCurrentIndex(page.category_boxes["S6"].findData("warn"))
    page.category_boxes["S10"].setCurrentIndex(page.category_boxes["S10"].findData("default"))
    page.model_check.setChecked(True)
    page.log_text.setChecked(False)
    new = dialog.settings()
    assert new.safety_strictness == "standard"
    assert new.safety_categories == {"S6": "warn"}
    assert new.safety_model_check and not new.safety_log_text
    window.apply_settings(new)
    loaded = Settings.load()
    assert (loaded.safety_strictness, loaded.safety_categories, loaded.safety_model_check,
            loaded.safety_log_text) == ("standard", {"S6": "warn"}, True, False)

    page.strictness.setCurrentIndex(page.strictness.findData("off"))
    assert not page.category_boxes["S6"].isEnabled() and not page.model_check.isEnabled()
    assert dialog.settings().safety_strictness == "off"


def test_blocked_prompt_is_a_calm_notice_and_is_logged_without_text(
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    window.resize(1100, 760)
    type_and_send(qtbot, window, BOMB)
    row = window.chat_model.rowCount() - 1
    item = window.chat_model.item(row)
    assert item.role == "assistant" and item.blocked
    assert "safety filter" in item.content and "indiscriminate weapons," in item.content
    delegate = window.chat_view.chat_delegate
    lay = delegate.layout(item, True)
    assert lay.notice is not None  # a card, not an answer
    assert delegate.status_text(item) == "Local safety filter · Indiscriminate weapons"
    assert not window.toast.isVisible() or window.toast.property("kind") != "error"
    save_shot(window, tmp_path, "safety-blocked")

    # After a reload the refusal is still the same notice (storage keeps blocked_category).
    cid = window.conversation_id
    assert cid is not None
    window.new_chat()
    window.open_conversation(cid)
    again = window.chat_model.item(window.chat_model.rowCount() - 1)
    assert again.blocked and again.content == item.content
    assert again.stats.get("blocked_category") == "S9"
    assert delegate.layout(again, True).notice is not None

    # The log viewer shows the decision, without the message.
    dialog = SettingsDialog(window.settings, None, window)
    qtbot.addWidget(dialog)
    page = dialog.safety
    if page.log_model.rowCount() == 0:
        with qtbot.waitSignal(page.log_loaded, timeout=10_000):
            pass
    model = page.log_model
    assert model.rowCount() >= 1
    entry = model.entry(0)
    assert (entry.where, entry.verdict, entry.category) == ("prompt", "block", "S9")
    assert entry.text == "" and model.columnCount() == 5
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[1:4] == ["Your message", "Indiscriminate weapons", "Blocked"]
    assert BOMB not in DecisionLog().path.read_text()

    dialog.tabs.setCurrentWidget(page)
    dialog.resize(760, 720)
    dialog.show()
    save_shot(dialog, tmp_path, "settings-safety")

    # Clear asks first; Cancel keeps everything, Yes empties the log.
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    page.ask_clear()
    assert DecisionLog().entries()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.log_loaded, timeout=10_000):
        page.ask_clear()
    assert model.rowCount() == 0 and DecisionLog().entries() == []
    assert not page.clear_button.isEnabled()


def test_guard_model_and_stopped_answer_settings(qtbot, make_window, tmp_path: Path) -> None:
    """Which guard model, whether answers are checked too, what a stopped answer shows: shown,
    edited and read back; the page says which installed guard it found."""
    from app.core import synthetic_guard

    window: MainWindow = make_window()
    models = tmp_path / "models"
    synthetic_guard.write_tiny(models / "Qwen3Guard-Gen-0.6B.Q4_K_M.gguf")
    window.settings.models_dir = str(models)
    window.settings.safety_guard = "llama-guard-3"
    window.settings.safety_guard_answers = False
    window.settings.safety_blocked_show = "notice_only"
    dialog = SettingsDialog(window.settings, None, window)
    qtbot.addWidget(dialog)
    page = dialog.safety
    assert "Llama Guard 3 1B" in page.guard_status.text()  # none installed: the notice says so
    assert page.guard.currentData() == "llama-guard-3"
    assert not page.guard_answers.isChecked()
    assert page.blocked_show.currentData() == "notice_only"
    assert not page.model_check.isEnabled()  # only meaningful with "automatic"

    with qtbot.waitSignal(page.guard_found, timeout=10_000) as found:
        page.guard.setCurrentIndex(page.guard.findData("auto"))
    assert "Qwen3Guard-Gen-0.6B" in found.args[0] and page.model_check.isEnabled()
    page.guard_answers.setChecked(True)
    page.blocked_show.setCurrentIndex(page.blocked_show.findData("safe_part"))
    with qtbot.waitSignal(page.guard_found, timeout=10_000):
        page.set_guard_path(str(models / "Qwen3Guard-Gen-0.6B.Q4_K_M.gguf"))
    new = dialog.settings()
    assert (new.safety_guard, new.safety_guard_answers, new.safety_blocked_show) == (
        "auto", True, "safe_part")
    assert new.safety_guard_path.endswith("Qwen3Guard-Gen-0.6B.Q4_K_M.gguf")
    window.apply_settings(new)
    loaded = Settings.load()
    assert (loaded.safety_guard, loaded.safety_guard_answers, loaded.safety_blocked_show) == (
        "auto", True, "safe_part")

    page.strictness.setCurrentIndex(page.strictness.findData("off"))
    assert not page.guard.isEnabled() and not page.blocked_show.isEnabled()
    assert not page.category_boxes["S4"].isEnabled()
    qtbot.waitUntil(lambda: page.background.pending == 0, timeout=10_000)  # the log reload
