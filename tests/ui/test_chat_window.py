"""The real window, offscreen, with the tiny model: send, stream, stop, regenerate, edit, switch,
search, export / import, delete with undo, restart, paging, settings, errors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from app.core import storage
from app.core.engine import SamplingParams
from app.core.history import conversation_for
from app.core.session import sampling_from
from app.core.settings import Settings
from app.ui.chat_model import FIRST_PAGE, PAGE_SIZE
from app.ui.main_window import MainWindow
from tests.ui.conftest import TURN_TIMEOUT_MS, type_and_send


def db_path_of(window: MainWindow) -> Path:
    return window.paths.database


def test_send_streams_and_saves(qtbot, window: MainWindow) -> None:
    batches: list[int] = []
    window.chat_model.stream_updated.connect(batches.append)
    window.composer.set_text("Hello there, how are you?")
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    outcome = blocker.args[0]
    assert batches, "no streamed events reached the window"
    model = window.chat_model
    assert model.rowCount() == 2
    user, answer = model.item(0), model.item(1)
    assert (user.role, user.content) == ("user", "Hello there, how are you?")
    assert answer.role == "assistant" and not answer.streaming
    assert answer.status == "complete"
    assert answer.stats.get("generated_tokens", 0) > 0
    assert window.composer.text() == ""
    saved = window.store.active_path(window.conversation_id)
    assert [m.id for m in saved] == [user.id, answer.id] == [outcome.user_message_id,
                                                              outcome.assistant_message_id]
    assert saved[1].content == answer.content == outcome.result.answer
    assert window.sidebar.model.rowCount() == 1
    assert window.sidebar.model.conversation(0).title == "Hello there, how are you?"
    assert "/ 2,048" in window.status.context_label.text()
    assert window.chat_stack.currentWidget() is window.chat_view


def test_shift_enter_inserts_a_newline_instead_of_sending(qtbot, window: MainWindow) -> None:
    window.composer.set_text("line one")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.composer.text() == "line one\n"
    assert window.chat_model.rowCount() == 0
    assert not window.controller.busy


def test_escape_stops_the_stream(qtbot, window: MainWindow) -> None:
    window.settings.max_tokens = 100_000
    # The random tiny model can end a reply by itself in a few tokens; try a few prompts.
    for attempt in range(5):
        window.new_chat()
        window.composer.set_text(f"Tell me a very long story, take {attempt}")
        with qtbot.waitSignal(window.stream_started, timeout=TURN_TIMEOUT_MS):
            qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
        assert window.composer.send_button.toolTip().startswith("Stop")
        with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
            qtbot.keyClick(window.composer.edit, Qt.Key.Key_Escape)
        if blocker.args[0].result.stop_reason == "cancelled":
            break
    else:
        raise AssertionError("the reply was never stopped")
    answer = window.chat_model.item(1)
    assert answer.status == "cancelled"
    assert window.store.get_message(answer.id).status == "cancelled"
    assert not window.controller.busy
    assert window.composer.send_button.toolTip().startswith("Send")


def test_regenerate_keeps_the_previous_answer(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "Name a colour")
    first = window.chat_model.item(1)
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        window.chat_view.trigger("regenerate", 1)
    model = window.chat_model
    assert model.rowCount() == 2
    second = model.item(1)
    assert second.id != first.id
    assert second.branch == (2, 2)
    assert [m.id for m in window.store.siblings(second.id)] == [first.id, second.id]
    window.chat_view.trigger("prev", 1)
    assert model.item(1).id == first.id
    assert model.item(1).content == first.content
    assert model.item(1).branch == (1, 2)
    window.chat_view.trigger("next", 1)
    assert model.item(1).id == second.id


def test_edit_and_resend_starts_a_branch(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "first question")
    type_and_send(qtbot, window, "second question")
    model = window.chat_model
    old_user = model.item(2)
    window.chat_view.trigger("edit", 2)
    assert window.composer.editing()
    assert window.composer.text() == "second question"
    type_and_send(qtbot, window, "second question, edited")
    assert not window.composer.editing()
    assert model.rowCount() == 4
    assert [model.item(r).content for r in (0, 2)] == ["first question",
                                                      "second question, edited"]
    assert model.item(2).branch == (2, 2)
    assert len(window.store.siblings(old_user.id)) == 2
    window.chat_view.trigger("prev", 2)
    assert model.item(2).content == "second question"
    assert model.rowCount() == 4  # the old branch, with its answer, is still there


def test_switch_conversations(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "alpha conversation")
    first_id = window.conversation_id
    window.new_chat()
    assert window.chat_model.rowCount() == 0
    type_and_send(qtbot, window, "beta conversation")
    second_id = window.conversation_id
    assert first_id != second_id
    sidebar = window.sidebar
    assert sidebar.model.rowCount() == 2
    row = sidebar.model.row_of(first_id)
    rect = sidebar.list.visualRect(sidebar.model.index(row))
    qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.conversation_id == first_id
    assert window.chat_model.item(0).content == "alpha conversation"
    assert window.title_label.text() == "alpha conversation"


def test_search_finds_message_text_with_highlights(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "tell me about the zebracorn migration")
    conversation = window.conversation_id
    window.new_chat()
    qtbot.keyClicks(window.sidebar.search, "zebraco")
    results = window.sidebar.results
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=5000)
    assert window.sidebar.stack.currentWidget() is window.sidebar.result_list
    rows = [results.index(r) for r in range(results.rowCount())]
    assert rows[0].data(Qt.ItemDataRole.UserRole + 4) is None  # the title matched first
    index = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole + 4))
    snippet = index.data(Qt.ItemDataRole.UserRole + 3)
    assert storage.HIGHLIGHT_START + "zebracorn" + storage.HIGHLIGHT_END in snippet
    rect = window.sidebar.result_list.visualRect(index)
    qtbot.mouseClick(window.sidebar.result_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert window.conversation_id == conversation
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: window.sidebar.stack.currentWidget() is window.sidebar.list)
    qtbot.keyClicks(window.sidebar.search, "nothingmatchesthis")
    qtbot.waitUntil(lambda: window.sidebar.stack.currentWidget() is window.sidebar.no_results)


def test_export_and_import_without_duplicates(qtbot, window: MainWindow, tmp_path: Path) -> None:
    type_and_send(qtbot, window, "export me please")
    conv_id = window.conversation_id
    md, js, everything = tmp_path / "c.md", tmp_path / "c.json", tmp_path / "all.json"
    for call in (lambda: window.history.export_conversation(conv_id, md, "markdown"),
                 lambda: window.history.export_conversation(conv_id, js, "json"),
                 lambda: window.history.export_all(everything)):
        with qtbot.waitSignal(window.history.exported, timeout=10_000):
            call()
    assert "export me please" in md.read_text(encoding="utf-8")
    data = json.loads(everything.read_text(encoding="utf-8"))
    assert [c["id"] for c in data["conversations"]] == [conv_id]
    assert json.loads(js.read_text(encoding="utf-8"))["conversations"][0]["id"] == conv_id

    with qtbot.waitSignal(window.history.imported, timeout=10_000) as blocker:
        window.history.import_file(everything)
    result = blocker.args[0]
    assert (result.added_conversations, result.added_messages) == (0, 0)
    assert "Nothing new" in window.toast.text()

    window.delete_conversation(conv_id)
    window.store.purge_deleted(0)
    assert window.sidebar.model.rowCount() == 0
    with qtbot.waitSignal(window.history.imported, timeout=10_000) as blocker:
        window.history.import_file(everything)
    assert blocker.args[0].added_conversations == 1
    assert window.sidebar.model.rowCount() == 1
    assert len(window.store.messages(conv_id)) == 2


def test_import_of_a_damaged_file_is_a_message_not_a_crash(qtbot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(window.history.failed, timeout=10_000):
        window.history.import_file(bad)
    assert "not a Hearth export" in window.toast.text()
    assert window.toast.property("kind") == "error"


def test_delete_with_undo_and_pin(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "keep me")
    first = window.conversation_id
    window.new_chat()
    type_and_send(qtbot, window, "newer one")
    sidebar = window.sidebar
    assert sidebar.model.conversation(0).id != first
    sidebar.set_pinned(first, True)
    assert sidebar.model.conversation(0).id == first
    assert sidebar.model.index(0).data(Qt.ItemDataRole.UserRole + 2) is True
    window.delete_conversation(first)
    assert sidebar.model.row_of(first) < 0
    assert window.toast.isVisible() and window.toast.action.isVisible()
    qtbot.mouseClick(window.toast.action, Qt.MouseButton.LeftButton)
    assert sidebar.model.row_of(first) == 0
    assert window.conversation_id == first
    assert window.chat_model.item(0).content == "keep me"


def test_rename_in_the_sidebar(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "a title to change")
    index = window.sidebar.model.index(0)
    assert window.sidebar.model.setData(index, "Renamed chat")
    assert window.store.get_conversation(window.conversation_id).title == "Renamed chat"
    assert index.data() == "Renamed chat"


def test_restart_shows_the_history(qtbot, make_window, tiny_model: Path) -> None:
    first = make_window()
    with qtbot.waitSignal(first.model_ready, timeout=60_000):
        first.load_model(tiny_model)
    type_and_send(qtbot, first, "remember this")
    type_and_send(qtbot, first, "and this")
    conv_id = first.conversation_id
    expected = [(i.role, i.content, i.status) for i in first.chat_model.items()]
    first.close()

    second = make_window()
    assert second.sidebar.model.rowCount() == 1
    assert second.model_info is None
    # The history can be read without any model.
    assert second.pages.currentWidget() is second.no_model
    index = second.sidebar.model.index(0)
    second.sidebar.list.setCurrentIndex(index)
    assert second.conversation_id == conv_id
    assert [(i.role, i.content, i.status) for i in second.chat_model.items()] == expected
    assert second.pages.currentWidget() is second.chat_page


def test_interrupted_reply_is_marked_on_start(qtbot, make_window, hearth_home: Path) -> None:
    from app.core.settings import paths

    with storage.Store.open(paths().ensure().database) as store:
        conv = store.create_conversation("crashed")
        store.add_message(conv.id, "user", "question")
        store.add_message(conv.id, "assistant", "half an ans", status="streaming")
    window = make_window()
    assert window.interrupted_on_start == 1
    window.open_conversation(conv.id)
    item = window.chat_model.item(1)
    assert (item.content, item.status) == ("half an ans", "interrupted")
    assert window.chat_view.chat_delegate.note_text(item) == (
        "Hearth closed before this answer was finished.")


def _seed_exchanges(title: str, count: int, question: str, answer: str) -> str:
    """A conversation of `count` question/answer pairs, `{i}` numbered; returns its id."""
    from app.core.settings import paths

    with storage.Store.open(paths().ensure().database) as store:
        conv = store.create_conversation(title)
        for i in range(count):
            store.add_message(conv.id, "user", question.format(i=i))
            store.add_message(conv.id, "assistant", answer.format(i=i))
    return conv.id


def test_long_history_loads_in_pages(qtbot, make_window, hearth_home: Path) -> None:
    conv_id = _seed_exchanges("long", 60, "question {i}", "answer {i}")
    window = make_window()
    window.open_conversation(conv_id)
    model = window.chat_model
    assert model.rowCount() == FIRST_PAGE
    assert model.item(model.rowCount() - 1).content == "answer 59"
    assert not model.canFetchMore()  # only when the reader reaches the top
    qtbot.waitUntil(lambda: window.chat_view.verticalScrollBar().maximum() > 0)
    assert model.rowCount() == FIRST_PAGE  # they fill the view: nothing more paged in
    window.chat_view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE + PAGE_SIZE, timeout=5000)
    assert model.item(0).content == f"question {60 - (FIRST_PAGE + PAGE_SIZE) // 2}"
    # Revealing an old message from search pages in what it needs.
    window.new_chat()
    window.open_conversation(conv_id, message_id=window.store.active_path(conv_id)[0].id)
    model = window.chat_model  # each conversation opens in rows of its own
    assert model.rowCount() == 120
    assert model.item(0).content == "question 0"


def test_short_messages_are_paged_in_until_the_view_is_full(qtbot, make_window,
                                                            hearth_home: Path) -> None:
    conv_id = _seed_exchanges("short", 60, "q{i}", "a{i}")
    window = make_window()
    window.resize(1100, 2400)  # a tall window: the first page cannot fill it
    window.open_conversation(conv_id)
    model = window.chat_model
    bar = window.chat_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)  # a scroll bar to reach the top
    assert model.rowCount() > FIRST_PAGE
    assert bar.value() == bar.maximum()  # still showing the newest message


def test_settings_apply_and_persist(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "settings please")
    new = Settings(**{**window.settings.to_dict(), "temperature": 0.5, "theme": "dark",
                      "developer_instructions": "Be brief."})
    window.apply_settings(new, ("Answer in French.", "high"))
    assert Settings.load().temperature == 0.5
    assert window.theme.colors.name == "dark"
    conv = window.store.get_conversation(window.conversation_id)
    assert (conv.developer_instructions, conv.reasoning_effort) == ("Answer in French.", "high")
    assert window.composer.effort() == "high"
    assert conversation_for(window.store, window.conversation_id).instructions == \
        "Answer in French."
    assert sampling_from(window.settings) == SamplingParams(temperature=0.5, top_p=1.0,
                                                            max_tokens=24)


def test_effort_selector_is_per_conversation(qtbot, window: MainWindow) -> None:
    window.composer.effort_buttons["low"].click()
    type_and_send(qtbot, window, "quick one")
    assert window.store.get_conversation(window.conversation_id).reasoning_effort == "low"
    window.composer.effort_buttons["high"].click()
    assert window.store.get_conversation(window.conversation_id).reasoning_effort == "high"
    assert conversation_for(window.store, window.conversation_id).reasoning_effort == "high"


def test_settings_dialog_builds_values(qtbot, window: MainWindow) -> None:
    from app.ui.settings_dialog import SettingsDialog

    type_and_send(qtbot, window, "dialog")
    conv = window.store.get_conversation(window.conversation_id)
    dialog = SettingsDialog(window.settings, conv, window)
    qtbot.addWidget(dialog)
    dialog.top_p.setValue(0.9)
    dialog.conv_effort.setCurrentIndex(2)
    assert dialog.settings().top_p == 0.9
    assert dialog.conversation_values() == ("", "high")


def test_load_failure_is_a_message(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    bad = tmp_path / "not-a-model.gguf"
    bad.write_bytes(b"definitely not gguf" * 10)
    with qtbot.waitSignal(window.model_load_failed, timeout=30_000):
        window.load_model(bad)
    assert window.toast.isVisible() and window.toast.property("kind") == "error"
    assert window.model_info is None and not window.loading
    assert not window.send("hello")


def test_empty_state_leads_to_the_model_manager(qtbot, make_window) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.no_model
    with qtbot.waitSignal(window.model_manager_requested, timeout=1000):
        qtbot.mouseClick(window.no_model.primary, Qt.MouseButton.LeftButton)


def test_copy_puts_text_on_the_clipboard(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    type_and_send(qtbot, window, "copy me")
    window.chat_view.trigger("copy", 0)
    assert QGuiApplication.clipboard().text() == "copy me"


def test_window_geometry_and_splitter_are_restored(qtbot, make_window) -> None:
    first = make_window()
    first.resize(700, 520)  # inside the offscreen screen, which clamps restored geometry
    first.splitter.setSizes([230, 470])
    sizes = first.splitter.sizes()
    geometry = first.geometry().size()
    first.close()
    second = make_window(resize=False)
    assert second.geometry().height() == geometry.height()
    assert second.splitter.sizes()[0] == sizes[0]


def test_chat_model_passes_the_model_tester(qtbot, qtmodeltester, window: MainWindow) -> None:
    type_and_send(qtbot, window, "model tester one")
    type_and_send(qtbot, window, "model tester two")
    qtmodeltester.check(window.chat_model)


def test_sidebar_models_pass_the_model_tester(qtbot, qtmodeltester, window: MainWindow) -> None:
    type_and_send(qtbot, window, "sidebar tester")
    window.new_chat()
    type_and_send(qtbot, window, "sidebar tester again")
    qtmodeltester.check(window.sidebar.model)
    window.sidebar.results.set_hits(window.store.search("tester"))
    qtmodeltester.check(window.sidebar.results)
