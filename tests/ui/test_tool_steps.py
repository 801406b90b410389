"""The tools the model used, in the chat: each a compact step ("Searched your documents for …")
that opens to what came back, live while the turn runs and the same after a reload; browser
citations shown as the numbers of the sources under the answer; the documents setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.chat import SourcesAttached, ToolFinished, ToolStarted
from app.core.harmony import TextDelta
from app.core.settings import Settings
from app.core.sources import Source
from app.core.status import MessageStatus
from app.core.storage import Store
from app.core.tools import CITATIONS_KEY, STEPS_KEY, ToolStep
from app.ui.chat_layout import RowAction
from app.ui.chat_model import ChatModel
from app.ui.chat_view import ChatView

SEARCH = ToolStep(0, "browser.search", '{"query": "Zephyr valve"}', "analysis", None,
                  "Searched your documents for “Zephyr valve”",
                  "[0] Zephyr valve\n**viewing lines [0 - 2] of 2**\n\nL0: # Search Results\n"
                  "L1: \nL2:   * 【0†manual.pdf, page 2†manual.pdf】 The Zephyr valve is rated…",
                  "", True)
OPEN = ToolStep(1, "browser.open", '{"id": 0}', "analysis", None, "Read manual.pdf",
                "[1] Plant manual (manual.pdf)\n" + "\n".join(
                    f"L{i}: line {i} of the manual" for i in range(40)), "", True)
ANSWER = "It is rated for 38 bar【1†L18】."
SOURCE = Source(1, "manual.pdf", 2, "", "The Zephyr valve is rated for 38 bar.",
                "/docs/manual.pdf", None, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "history.db")
    yield s
    s.close()


def make_view(qtbot: object, model: ChatModel) -> ChatView:
    view = ChatView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(760, 620)
    view.setModel(model)
    view.show()
    return view


def test_steps_stream_in_then_the_answer_numbers_its_citations(qtbot: object,
                                                                store: Store) -> None:
    conv = store.create_conversation("docs")
    model = ChatModel()
    model.load(store, conv.id)
    row = model.begin_turn("How much pressure?")
    view = make_view(qtbot, model)
    model.apply_events([ToolStarted(ToolStep(0, SEARCH.tool, SEARCH.arguments, "analysis",
                                             None, SEARCH.summary))], now=1.0)
    assert model.item(row).steps[0]["running"]
    lay = view.chat_delegate.layout(model.item(row), True)
    assert lay.steps[0].label.endswith(" …")
    model.apply_events([ToolFinished(SEARCH), ToolStarted(OPEN), ToolFinished(OPEN),
                        *[TextDelta("final", ch) for ch in ANSWER],
                        SourcesAttached([SOURCE])], now=2.0)
    item = model.item(row)
    assert [s["summary"] for s in item.steps] == [SEARCH.summary, OPEN.summary]
    assert not any(s["running"] for s in item.steps)
    assert item.content == ANSWER  # while streaming: as the model writes it
    stats = {STEPS_KEY: [SEARCH.to_dict(), OPEN.to_dict()], CITATIONS_KEY: {"【1†L18】": 1}}
    model.finish_turn(MessageStatus.COMPLETE, stats, content=ANSWER)
    assert item.content == "It is rated for 38 bar[1]."
    lay = view.chat_delegate.layout(item, True)
    assert [s.label for s in lay.steps] == [SEARCH.summary, OPEN.summary]
    assert all(s.detail is None for s in lay.steps)  # compact until opened


def test_a_step_opens_to_what_came_back(qtbot: object, store: Store) -> None:
    conv = store.create_conversation("docs")
    store.add_message(conv.id, "user", "How much pressure?")
    store.add_message(conv.id, "assistant", ANSWER,
                      stats={STEPS_KEY: [SEARCH.to_dict(), OPEN.to_dict()],
                             CITATIONS_KEY: {"【1†L18】": 1}},
                      sources=[{"number": 1, "file": "manual.pdf", "page": 2, "excerpt": "x",
                                "path": "/docs/manual.pdf"}])
    model = ChatModel()
    model.load(store, conv.id)
    view = make_view(qtbot, model)
    item = model.item(1)
    assert item.content == "It is rated for 38 bar[1]."  # a reload shows the same numbers
    closed = view.chat_delegate.layout(item, True)
    hit = view.chat_delegate.hit(item, closed, closed.steps[1].toggle.center())
    assert hit is not None and hit.action is RowAction.STEP and hit.arg == 1
    view.trigger(RowAction.STEP, 1, 1)
    opened = view.chat_delegate.layout(item, True)
    detail = opened.steps[1].lines
    assert detail[0] == "[1] Plant manual (manual.pdf)" and detail[-1].endswith("more lines")
    assert opened.height > closed.height
    view.viewport().grab()  # paints with the step open
    view.trigger(RowAction.STEP, 1, 1)
    assert view.chat_delegate.layout(item, True).height == closed.height


def test_document_mode_in_settings(qtbot: object, hearth_home: Path) -> None:
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(document_mode="passages"), None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.settings().document_mode == "passages"
    dialog.document_mode.setCurrentIndex(dialog.document_mode.findData("tools"))
    assert dialog.settings().document_mode == "tools"
    assert dialog.document_mode.itemText(dialog.document_mode.currentIndex()) == \
        "Let the model search my documents itself"
