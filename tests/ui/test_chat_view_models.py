"""The chat view switched between conversations' models (`setModel`), as the window does when a
conversation with a running turn is left and come back to: what it paints is what a fresh view
paints (no stale cached row), pointer state stays behind, the streaming row keeps repainting,
and paging still works; a blocked answer's replacement shows at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest

from app.core.chat import AnswerBlocked
from app.core.harmony import ChannelStarted, TextDelta
from app.core.status import MessageStatus
from app.core.storage import Store
from app.ui.chat_layout import Hit, RowAction
from app.ui.chat_model import FIRST_PAGE, ChatModel
from app.ui.chat_view import ChatView
from app.ui.markdown import lexer_for
from tests.ui.synthetic import ANSWER, QUESTION, REASONING, tokens

SIZE = (760, 620)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    # Compiled here, off the GUI thread: the views render code in color at once, never plain
    # first (a plain first render would make two views differ for a moment).
    compile_ = threading.Thread(target=lexer_for, args=("python",))
    compile_.start()
    compile_.join()
    s = Store.open(tmp_path / "history.db")
    yield s
    s.close()


def long_conversation(store: Store, pairs: int = 30) -> str:
    conv = store.create_conversation("Long")
    for i in range(pairs):
        store.add_message(conv.id, "user", f"Question number {i}: how does part {i} work?")
        store.add_message(conv.id, "assistant",
                          f"Part **{i}** works like this.\n\n```python\nprint({i})\n```\n"
                          "That is all there is to it.")
    return conv.id


def short_conversation(store: Store) -> str:
    conv = store.create_conversation("Short")
    store.add_message(conv.id, "user", "Say hello.")
    store.add_message(conv.id, "assistant", "Hello! *Nice* to meet you.")
    return conv.id


def stream(model: ChatModel, text: str, channel: str = "final", at: float = 100.0) -> None:
    model.apply_events([TextDelta(channel, t) for t in tokens(text)], now=at)


def make_view(qtbot: object) -> ChatView:
    view = ChatView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(*SIZE)
    view.show()
    return view


def settle(qtbot: object, view: ChatView) -> None:
    """Laid out and at the bottom, as the reader sees it after a switch."""
    view.executeDelayedItemsLayout()
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # type: ignore[attr-defined]


def painted(view: ChatView) -> QImage:
    return view.viewport().grab().toImage()


def fresh_paint(qtbot: object, model: ChatModel) -> QImage:
    """What a new view, with no cache at all, paints for `model`."""
    view = make_view(qtbot)
    view.setModel(model)
    settle(qtbot, view)
    image = painted(view)
    view.setModel(None)  # lets go of the model's signals
    view.close()
    return image


def assert_paints_like_fresh(qtbot: object, view: ChatView, model: ChatModel) -> None:
    settle(qtbot, view)
    expected = fresh_paint(qtbot, model)
    # A stale pixmap or layout would never go away: this fails at the timeout then.
    qtbot.waitUntil(lambda: painted(view) == expected)  # type: ignore[attr-defined]


def receivers(model: ChatModel) -> int:
    return int(model.receivers(SIGNAL("stream_updated(int)")))


def test_switching_models_paints_each_models_rows(qtbot: object, store: Store) -> None:
    a, b = ChatModel(), ChatModel()
    a.load(store, long_conversation(store))
    b.load(store, short_conversation(store))
    b.begin_turn(QUESTION)
    b.apply_events([ChannelStarted("analysis", "assistant")], now=100.0)
    stream(b, REASONING, "analysis", at=100.0)
    stream(b, ANSWER[:120], at=103.0)  # answering: "Thought for 3 s", no moving dots
    assert {i.uid for i in a.items()}.isdisjoint(i.uid for i in b.items())

    view = make_view(qtbot)
    view.setModel(a)
    assert_paints_like_fresh(qtbot, view, a)
    only_a = painted(view)

    # Pointer state on A's last row: hovered (the mouse over it) and text selected.
    last = a.rowCount() - 1
    rect = view.visualRect(a.index(last))
    QTest.mouseMove(view.viewport(), rect.center())
    view.select_text(last, "body", 0, 8)
    assert view.pointer.hover_uid == a.item(last).uid and view.selected_text() == "Part 29 "

    view.setModel(b)
    assert view.pointer.hover_uid == -1 and view.pointer.hover is None
    assert view.pointer.selection is None and view.selected_text() == ""
    assert receivers(a) == 0 and receivers(b) == 1  # only the shown model drives the view
    assert_paints_like_fresh(qtbot, view, b)
    assert painted(view) != only_a

    # The streaming row keeps repainting in the view as events arrive.
    before = painted(view)
    stream(b, ANSWER[120:400], at=104.0)
    qtbot.waitUntil(lambda: painted(view) != before)  # type: ignore[attr-defined]
    assert_paints_like_fresh(qtbot, view, b)

    # Back to A, whose rows were cached as pixmaps: changed meanwhile (a new branch on its
    # last answer), they show as they are now. B streams on unseen.
    a.apply_branch_positions({a.item(last).id: (2, 2)})
    stream(b, ANSWER[400:], at=105.0)
    view.setModel(a)
    assert receivers(b) == 0
    assert_paints_like_fresh(qtbot, view, a)
    assert painted(view) != only_a  # the "2/2" shows

    # B finished while hidden; shown again, with its final row.
    b.finish_turn(MessageStatus.COMPLETE, {"generated_tokens": 300, "decode_tps": 30.0})
    view.setModel(b)
    assert_paints_like_fresh(qtbot, view, b)
    assert b.item(b.rowCount() - 1).status is MessageStatus.COMPLETE

    # The shown model loads another conversation (a reset): none of the old rows' pixmaps show.
    b.load(store, short_conversation(store))
    assert_paints_like_fresh(qtbot, view, b)


def shown(qtbot: object, *models: ChatModel) -> ChatView:
    """A view that has shown each of `models` in turn, settled on the last."""
    view = make_view(qtbot)
    for model in models:
        view.setModel(model)
        settle(qtbot, view)
    return view


def test_copy_feedback_and_hover_stay_with_their_model(qtbot: object, store: Store) -> None:
    a, b = ChatModel(), ChatModel()
    a.load(store, short_conversation(store))
    b.load(store, short_conversation(store))
    view = shown(qtbot, a)
    view.trigger(RowAction.COPY, 1)
    assert view.pointer.recently_copied(a.item(1).uid, Hit(RowAction.COPY))
    view.setModel(b)  # same shape of rows, same places: nothing of A's check mark shows
    assert view.pointer.copied is None
    assert_paints_like_fresh(qtbot, view, b)


def test_paging_works_after_switching(qtbot: object, store: Store) -> None:
    a, b = ChatModel(), ChatModel()
    a.load(store, long_conversation(store))
    b.load(store, short_conversation(store))
    view = shown(qtbot, b, a)
    assert a.rowCount() == FIRST_PAGE and a.has_older()
    bottom_uid = a.item(a.rowCount() - 1).uid
    view.verticalScrollBar().setValue(0)  # the reader reaches the top: older messages page in
    qtbot.waitUntil(lambda: a.rowCount() > FIRST_PAGE)  # type: ignore[attr-defined]
    assert a.item(a.rowCount() - 1).uid == bottom_uid
    # Laid out again, the same text stays under the reader's eyes: not at the top any more.
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)  # type: ignore[attr-defined]
    # B, shown before, pages nothing in: it has no older messages and is not shown.
    assert b.rowCount() == 2


def test_switching_leaves_no_selection_models_behind(qtbot: object, store: Store) -> None:
    models = [ChatModel() for _ in range(4)]
    for m in models:
        m.load(store, short_conversation(store))
    view = make_view(qtbot)
    for _ in range(3):
        for m in models:
            view.setModel(m)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: len(view.findChildren(QItemSelectionModel)) == 1)


def test_clicks_run_row_actions_with_their_argument(qtbot: object, store: Store) -> None:
    """A click on a code card's Copy emits COPY_CODE with the block's index, not a string."""
    model = ChatModel()
    conv = store.create_conversation("Code")
    store.add_message(conv.id, "user", "Two snippets?")
    store.add_message(conv.id, "assistant",
                      "One:\n\n```python\nfirst = 1\n```\n\nTwo:\n\n```python\nsecond = 2\n```\n")
    model.load(store, conv.id)
    view = shown(qtbot, model)
    lay = view.chat_delegate.layout(model.item(1), True)
    card = lay.code_rects[1]
    where = view.visualRect(model.index(1)).topLeft() + \
        view.chat_delegate.code_copy_rect(card).center()
    got: list[tuple[object, int, int]] = []
    view.action_triggered.connect(lambda action, row, arg: got.append((action, row, arg)))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(where))
    assert got == [(RowAction.COPY_CODE, 1, 1)] and got[0][0] is RowAction.COPY_CODE
    assert QGuiApplication.clipboard().text().strip() == "second = 2"


def test_a_blocked_answer_replaces_the_streamed_text_at_once(qtbot: object, store: Store) -> None:
    """The safety filter's replacement is not appended to what streamed, however soon it comes
    after the last render."""
    model = ChatModel()
    model.load(store, short_conversation(store))
    view = shown(qtbot, model)
    row = model.begin_turn("Tell me something.")
    stream(model, "Sure, here", at=100.0)
    delegate = view.chat_delegate
    assert delegate.layout(model.item(row), True).body is not None
    refusal = "I can't help with that, but I can tell you where to find safe advice."
    model.apply_events([AnswerBlocked("S1", refusal)], now=100.01)
    body = delegate.layout(model.item(row), True).body
    assert body is not None and body.doc.toPlainText() == refusal


def test_a_stop_in_the_reasoning_replaces_the_reasoning_shown(qtbot: object,
                                                              store: Store) -> None:
    """The streamed check screens the reasoning too: what it kept replaces what was shown."""
    model = ChatModel()
    model.load(store, short_conversation(store))
    shown(qtbot, model)
    row = model.begin_turn("Tell me something.")
    stream(model, "Checked first sentence. Then something unsafe", channel="analysis", at=100.0)
    refusal = "I can't help with that."
    model.apply_events([AnswerBlocked("S9", refusal, "Checked first sentence.")], now=100.01)
    item = model.item(row)
    assert item.reasoning == "Checked first sentence." and item.content == refusal
    # A stop in the answer alone leaves the reasoning as it was.
    row = model.begin_turn("Again.")
    stream(model, "Fine reasoning.", channel="analysis", at=101.0)
    model.apply_events([AnswerBlocked("S9", refusal)], now=101.01)
    assert model.item(row).reasoning == "Fine reasoning."
