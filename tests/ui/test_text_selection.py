"""Message text can be selected with the mouse and copied, like text anywhere else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.shots import save_shot

ANSWER = ("Paris is the capital of France.\n\nIt has been the capital since the tenth century, "
          "with a few interruptions.")


def _open(make_window: Callable[..., MainWindow], qtbot: QtBot) -> MainWindow:
    window = make_window()
    conv = window.store.create_conversation("Geography")
    window.store.add_message(conv.id, "user", "What is the capital of France?")
    window.store.add_message(conv.id, "assistant", ANSWER, status="complete")
    window.open_conversation(conv.id)
    view = window.chat_view
    # Shown: both rows laid out in the viewport, the view at its bottom.
    qtbot.waitUntil(lambda: view.model().rowCount() == 2
                    and view.viewport().rect().contains(view.visualRect(view.model().index(1)))
                    and view.verticalScrollBar().value() == view.verticalScrollBar().maximum())
    return window


def _body_points(window: MainWindow, row: int) -> tuple[QPoint, QPoint, QPoint]:
    """Viewport points at the start of the first line, in it, and at the end of the text."""
    view = window.chat_view
    found = view._part_origin(row, "body")
    assert found is not None
    rendered, origin = found
    size = rendered.doc.size()
    first_line = origin + QPoint(1, 8)
    mid = origin + QPoint(60, 8)
    end = origin + QPoint(int(size.width()) - 2, int(size.height()) - 6)
    return first_line, mid, end


def test_drag_selects_and_ctrl_c_copies(make_window: Callable[..., MainWindow], qtbot: QtBot,
                                         tmp_path: Path) -> None:
    window = _open(make_window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus moves only inside the active window
    window.composer.edit.setFocus()  # where the focus usually is
    view = window.chat_view
    start, _mid, end = _body_points(window, 1)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    selected = view.selected_text()
    assert selected.startswith("Paris is the capital")
    assert "tenth century" in selected
    QGuiApplication.clipboard().clear()
    focused = QApplication.focusWidget()
    assert focused is view  # the drag took the focus, so Ctrl+C reaches the view
    QTest.keyClick(focused, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == selected
    shot = save_shot(window, tmp_path, "text-selection")
    assert shot.exists()


def test_double_click_selects_a_word(make_window: Callable[..., MainWindow],
                                     qtbot: QtBot) -> None:
    window = _open(make_window, qtbot)
    view = window.chat_view
    start, _mid, _end = _body_points(window, 1)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, start)
    assert view.selected_text() == "Paris"


def test_click_elsewhere_clears_and_typing_goes_to_the_composer(
        make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = _open(make_window, qtbot)
    view = window.chat_view
    view.select_text(1, "body", 0, 5)
    assert view.selected_text() == "Paris"
    view.setFocus()
    QTest.keyClicks(view, "hi")
    assert window.composer.edit.toPlainText().endswith("hi")  # nothing typed is lost
    assert view.selected_text() == ""
    view.select_text(0, "body", 0, 4)  # the user's own message can be selected too
    assert view.selected_text() == "What"
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_text() == ""


def test_selection_is_painted_and_cached_rows_stay_right(
        make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = _open(make_window, qtbot)
    view = window.chat_view
    rect = view.visualRect(view.chat_model().index(1))
    before = view.viewport().grab(rect).toImage()
    view.select_text(1, "body", 0, 30)
    after = view.viewport().grab(rect).toImage()
    assert before != after  # the highlight shows
    view.clear_selection()
    again = view.viewport().grab(rect).toImage()
    assert again == before  # and goes away again (no stale cached pixmap)
