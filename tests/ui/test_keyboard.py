"""The window with the keyboard only: every key goes to the focused widget through QTest, as a
person's would (no mouse, no calls into the window except to read what it shows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.ui import shortcuts
from app.ui.main_window import MainWindow
from app.ui.shortcuts import ShortcutsSheet
from tests.ui.conftest import TURN_TIMEOUT_MS

Mod = Qt.KeyboardModifier
Key = Qt.Key


def press(key: Qt.Key, mods: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    """A key press where the keyboard focus is now."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, key, mods)


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)


def in_popup(qtbot, action: Callable[[QMenu], None]) -> list[list[str]]:
    """Run `action` on the next menu that pops up (menus run their own event loop, so this is
    armed before the key that opens it). Returns the texts of the menus seen."""
    seen: list[list[str]] = []

    def poll() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.append([a.text() for a in popup.actions() if a.text()])
            action(popup)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def focus(window: MainWindow) -> QWidget | None:
    return QApplication.focusWidget()


def activate(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def send_typed(qtbot, window: MainWindow, text: str) -> None:
    type_text(text)
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        press(Key.Key_Return)


def test_main_actions_with_the_keyboard_only(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    clipboard = QGuiApplication.clipboard()

    # Ctrl+L: the message box; type and Enter sends.
    press(Key.Key_L, Mod.ControlModifier)
    assert focus(window) is window.composer.edit
    send_typed(qtbot, window, "alpha zebracorn question")
    first = window.conversation_id
    assert first is not None
    assert window.chat_model.item(0).content == "alpha zebracorn question"

    # Ctrl+Shift+C copies the last answer (when the random model wrote one).
    clipboard.setText("")
    press(Key.Key_C, Mod.ControlModifier | Mod.ShiftModifier)
    answer = window.chat_model.item(1)
    if answer.content:
        assert clipboard.text() == answer.content

    # Alt+Up: into the transcript, on a message; Up goes to the question; Ctrl+C copies it.
    press(Key.Key_Up, Mod.AltModifier)
    assert focus(window) is window.chat_view
    assert window.chat_view.pointer.focus_uid == window.chat_model.item(1).uid
    press(Key.Key_Up)
    assert window.chat_view.current_row() == 0
    clipboard.setText("")
    press(Key.Key_C, Mod.ControlModifier)
    assert clipboard.text() == "alpha zebracorn question"

    # The message's menu (Shift+F10) lists its actions; "c" picks Copy message.
    clipboard.setText("")
    seen = in_popup(qtbot, lambda menu: QTest.keyClick(menu, Key.Key_C))
    press(Key.Key_F10, Mod.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert any("Edit and resend" in t.replace("&", "") for t in seen[0])
    assert clipboard.text() == "alpha zebracorn question"

    # Esc: back to the message box. Up in the empty box edits the last message; Esc cancels.
    press(Key.Key_Escape)
    assert focus(window) is window.composer.edit
    press(Key.Key_Up)
    assert window.composer.editing()
    assert window.composer.text() == "alpha zebracorn question"
    press(Key.Key_Escape)
    assert not window.composer.editing()
    assert window.composer.text() == ""

    # Ctrl+N: a new chat, the message box focused; a second conversation.
    press(Key.Key_N, Mod.ControlModifier)
    assert window.conversation_id is None
    assert focus(window) is window.composer.edit
    send_typed(qtbot, window, "beta question")
    second = window.conversation_id
    assert second not in (None, first)

    # Esc stops an answer being written (the random model may end by itself: try a few).
    window.settings.max_tokens = 100_000
    for attempt in range(5):
        press(Key.Key_N, Mod.ControlModifier)
        type_text(f"Tell me a very long story, take {attempt}")
        with qtbot.waitSignal(window.stream_started, timeout=TURN_TIMEOUT_MS):
            press(Key.Key_Return)
        with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as blocker:
            press(Key.Key_Escape)
        if blocker.args[0].result.stop_reason == "cancelled":
            break
    else:
        raise AssertionError("the answer was never stopped")
    window.settings.max_tokens = 24
    assert not window.commands.act_stop.isEnabled()  # Esc is the focused widget's own again

    # Ctrl+F: search; Down into the results; Enter opens the conversation found.
    press(Key.Key_F, Mod.ControlModifier)
    assert focus(window) is window.sidebar.search
    type_text("zebracorn")
    qtbot.waitUntil(lambda: window.sidebar.stack.currentWidget() is window.sidebar.result_list,
                    timeout=5000)
    press(Key.Key_Down)
    assert focus(window) is window.sidebar.result_list
    press(Key.Key_Return)
    assert window.conversation_id == first

    # Switch: back to the search box, clear it, Down into the list, arrows switch.
    press(Key.Key_F, Mod.ControlModifier)
    press(Key.Key_A, Mod.ControlModifier)
    press(Key.Key_Delete)
    qtbot.waitUntil(lambda: window.sidebar.stack.currentWidget() is window.sidebar.list,
                    timeout=5000)
    press(Key.Key_Down)
    assert focus(window) is window.sidebar.list
    row_of_second = window.sidebar.model.row_of(second)
    while window.sidebar.list.currentIndex().row() < row_of_second:
        press(Key.Key_Down)
    while window.sidebar.list.currentIndex().row() > row_of_second:
        press(Key.Key_Up)
    assert window.conversation_id == second
    assert window.chat_model.item(0).content == "beta question"

    # The Menu key opens the conversation's menu in the sidebar.
    seen = in_popup(qtbot, lambda menu: QTest.keyClick(menu, Key.Key_Escape))
    press(Key.Key_Menu)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert {"Rename", "Delete"} <= {t.replace("&", "") for t in seen[0]}

    # Ctrl+/: the shortcuts sheet; Esc closes it.
    press(Key.Key_Slash, Mod.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsSheet),
                    timeout=5000)
    sheet = QApplication.activeModalWidget()
    assert isinstance(sheet, ShortcutsSheet)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sheet, timeout=5000)
    assert focus(window) is sheet.tree
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible(), timeout=5000)


def test_page_keys_in_the_message_box_scroll_the_conversation(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    press(Key.Key_L, Mod.ControlModifier)
    for i in range(4):
        send_typed(qtbot, window, f"question number {i} " + "word " * 60)
    window.chat_view.executeDelayedItemsLayout()
    bar = window.chat_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=5000)
    bottom = bar.value()
    press(Key.Key_PageUp)
    assert bar.value() < bottom
    assert focus(window) is window.composer.edit  # reading back does not leave the box
    press(Key.Key_PageDown)
    assert bar.value() > bottom - bar.pageStep()
    # Ctrl+Home: into the transcript, on the first message.
    press(Key.Key_Home, Mod.ControlModifier)
    assert focus(window) is window.chat_view
    assert window.chat_view.current_row() == 0


def test_window_shortcuts_are_the_defined_ones(qtbot, window: MainWindow) -> None:
    installed = {a.objectName().removeprefix("shortcut_"): a for a in window.actions()
                 if a.objectName().startswith("shortcut_")}
    defined = {s.name: s for s in shortcuts.definitions() if s.window}
    assert set(installed) == set(defined)
    for name, action in installed.items():
        assert [k.toString() for k in action.shortcuts()] == \
            [k.toString() for k in shortcuts.sequences(name)]
    sheet = ShortcutsSheet(window)
    listed = {text for text, _keys in sheet.rows()}
    assert {s.text for s in shortcuts.definitions()} == listed
    sheet.close()


def test_every_message_action_has_a_key(qtbot, tmp_path) -> None:
    """On a message with thinking, two code blocks and sources, in a second version: the keys
    and the message's menu run what the buttons and toggles under it do with the mouse."""
    from app.core.storage import Store
    from app.ui.chat_layout import RowAction
    from app.ui.chat_model import ChatModel
    from app.ui.chat_view import ChatView

    store = Store.open(tmp_path / "history.db")
    conv = store.create_conversation("Keys")
    question = store.add_message(conv.id, "user", "Two snippets?")
    store.add_message(conv.id, "assistant", "An older answer.", parent_id=question.id)
    store.add_message(
        conv.id, "assistant",
        "One:\n\n```python\nfirst = 1\n```\n\nTwo:\n\n```sh\necho second\n```\n",
        parent_id=question.id, reasoning="Think about snippets.",
        sources=[{"file": "notes.txt", "line": 3, "excerpt": "first = 1", "number": 1}])
    model = ChatModel()
    model.load(store, conv.id)
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(760, 620)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.setModel(model)
    got: list[tuple[RowAction, int, int]] = []
    view.action_triggered.connect(lambda action, row, arg: got.append((action, row, arg)))

    QTest.keyClick(view, Key.Key_End)  # the keyboard on the last message, with a ring
    assert view.current_row() == 1
    assert view.pointer.focus_uid == model.item(1).uid
    assert model.item(1).branch == (2, 2)

    QTest.keyClick(view, Key.Key_Space)  # the thinking
    assert model.item(1).expanded
    QTest.keyClick(view, Key.Key_Left)  # the previous version
    assert got[-1] == (RowAction.PREV, 1, 0)
    got.clear()

    texts: list[list[str]] = []

    def pick(data: str) -> Callable[[QMenu], None]:
        def run(menu: QMenu) -> None:
            texts.append([a.text().replace("&", "") for a in menu.actions() if a.text()])
            for act in menu.actions():
                if act.data() == data:
                    menu.setActiveAction(act)
                    QTest.keyClick(menu, Key.Key_Return)
                    return
            menu.close()
        return run

    for data, expected in (("code:1", (RowAction.COPY_CODE, 1, 1)),
                           ("sources:0", (RowAction.SOURCES, 1, 0)),
                           ("regenerate:0", (RowAction.REGENERATE, 1, 0))):
        seen = in_popup(qtbot, pick(data))
        QTest.keyClick(view, Key.Key_Menu)
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=5000)
        assert got[-1] == expected
    assert QGuiApplication.clipboard().text().strip() == "echo second"
    assert model.item(1).sources_expanded
    menu_texts = texts[0]
    for wanted in ("Copy message", "Copy code block 1 (python)", "Copy code block 2 (sh)",
                   "Regenerate", "Previous version (2/2)", "Next version (2/2)",
                   "Hide the thinking", "Show the sources"):
        assert wanted in menu_texts, (wanted, menu_texts)
    assert any(t.startswith("Open [1]") and "notes.txt" in t for t in menu_texts)

    # Up: through the rest of the tall answer a few lines at a time, then the question.
    view.activateWindow()  # offscreen, the window is not given back after a popup closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=5000)
    for _ in range(40):
        QTest.keyClick(view, Key.Key_Up)
        if view.current_row() == 0:
            break
    assert view.current_row() == 0
    seen = in_popup(qtbot, pick("edit:0"))
    QTest.keyClick(view, Key.Key_F10, Mod.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert got[-1] == (RowAction.EDIT, 0, 0)
    store.close()


def test_ctrl_home_moves_in_a_long_message_before_leaving_it(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    press(Key.Key_L, Mod.ControlModifier)
    send_typed(qtbot, window, "a question first")
    type_text("line one")
    press(Key.Key_Return, Mod.ShiftModifier)
    type_text("line two")
    press(Key.Key_Home, Mod.ControlModifier)  # to the start of the text, still in the box
    assert focus(window) is window.composer.edit
    assert window.composer.edit.textCursor().atStart()
    press(Key.Key_Home, Mod.ControlModifier)  # at its start: on into the conversation
    assert focus(window) is window.chat_view
    assert window.chat_view.current_row() == 0
    assert window.composer.text() == "line one\nline two"  # nothing typed was lost
