"""Screenshots of the real window (empty state, a streamed answer with reasoning and code, a saved
conversation with branches and sources, dark theme), saved under the test's tmp dir and copied to
/tmp/hearth-shots for a person to look at."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.core.engine import ModelInfo
from app.core.status import MessageStatus
from app.ui.chat_layout import RowAction
from app.ui.main_window import MainWindow
from tests.ui.shots import save_shot
from tests.ui.synthetic import ANSWER, QUESTION, REASONING, answer_events

SOURCES = [
    {"number": 1, "file": "harbour.pdf", "page": 2, "heading": "", "path": "/docs/harbour.pdf",
     "excerpt": "The lighthouse at the harbour mouth was repainted teal in 1998 after a long "
                "debate in the town council about heritage colours."},
    {"number": 2, "file": "minutes.docx", "page": None, "heading": "", "path": "/docs/minutes.docx",
     "excerpt": "Minutes of the meeting: the council approved the budget for the harbour works."},
]


def brightness(image: QImage) -> float:
    total = 0.0
    samples = 0
    for y in range(0, image.height(), 23):
        for x in range(0, image.width(), 23):
            total += QColor(image.pixel(x, y)).lightnessF()
            samples += 1
    return total / samples


def stream_synthetic_answer(window: MainWindow) -> None:
    """Feed a realistic reply through the real ChatModel and delegate, ~30 batches a second."""
    window.model_info = ModelInfo("/models/gpt-oss-20b-mxfp4.gguf", "gpt-oss-20b", "gpt-oss",
                                  8192, 131072, 20_900_000_000, 12_100_000_000, "CPU (AVX2)", 0)
    window.update_pages()
    window.update_status()
    model = window.chat_model
    model.begin_turn(QUESTION)
    start = time.monotonic()
    for i, batch in enumerate(answer_events()):
        # Timestamps as if the batches arrived at 8 Hz, so "Thought for N s" is realistic.
        model.apply_events(batch, now=start + i / 8)
        QApplication.processEvents()
    model.finish_turn("complete", {"generated_tokens": 318, "prompt_tokens": 412,
                                   "ttft_seconds": 0.42, "decode_tps": 38.2})


def test_screenshots(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.resize(1280, 960)
    empty = save_image(window, tmp_path, "empty-state")
    assert window.pages.currentWidget() is window.no_model
    assert empty.width() == window.width()

    stream_synthetic_answer(window)
    row = window.chat_model.rowCount() - 1
    window.chat_view.trigger("think", row)  # open the Thinking section
    assert window.chat_model.item(row).expanded
    delegate = window.chat_view.chat_delegate
    lay = delegate.layout(window.chat_model.item(row), True)
    assert len(lay.code_rects) == 2 and lay.reasoning is not None
    assert delegate.thinking_label(window.chat_model.item(row)).startswith("Thought for")
    window.chat_view.scroll_to_end()
    light = save_image(window, tmp_path, "answer-light")

    window.theme.set_mode("dark")
    dark = save_image(window, tmp_path, "answer-dark")
    assert brightness(light) > 0.8 > 0.3 > brightness(dark)
    assert (tmp_path / "answer-dark.png").stat().st_size > 20_000


def test_conversation_screenshots(qtbot, make_window, tmp_path: Path) -> None:
    """A saved conversation: two versions of an answer with reasoning and code, an answer with
    its sources open, a stopped one."""
    window = make_window()
    window.resize(1280, 1300)
    store = window.store
    conv = store.create_conversation("Big CSV files")
    question = store.add_message(conv.id, "user", QUESTION)
    store.add_message(conv.id, "assistant", "Use `pandas.read_csv` with `chunksize`.",
                      parent_id=question.id, reasoning="Short answer.")
    store.add_message(conv.id, "assistant", ANSWER, parent_id=question.id, reasoning=REASONING,
                      stats={"generated_tokens": 318, "ttft_seconds": 0.42, "decode_tps": 38.2})
    store.add_message(conv.id, "user", "What colour was the harbour lighthouse painted?")
    store.add_message(conv.id, "assistant", "It was painted **teal** in 1998 [1].",
                      reasoning="Look at the sources.", sources=SOURCES)
    store.add_message(conv.id, "user", "Thanks. And stop here please.")
    store.add_message(conv.id, "assistant", "Sure, stopping", status="cancelled")
    window.open_conversation(conv.id)
    model, view = window.chat_model, window.chat_view
    assert model.rowCount() == 6
    view.trigger(RowAction.THINK, 1)
    view.trigger(RowAction.SOURCES, 3)
    delegate = view.chat_delegate
    answer = delegate.layout(model.item(1), False)
    assert model.item(1).branch == (2, 2) and answer.branch_label is not None
    assert len(answer.code_rects) == 2 and answer.reasoning is not None
    sourced = delegate.layout(model.item(3), False)
    assert [(r.index, r.cited) for r in sourced.source_rows] == [(0, True), (1, False)]
    assert model.item(5).status is MessageStatus.CANCELLED
    assert delegate.note_text(model.item(5)) == "Stopped before the end."
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    light = save_image(window, tmp_path, "conversation-light")
    window.theme.set_mode("dark")
    dark = save_image(window, tmp_path, "conversation-dark")
    assert brightness(light) > 0.8 > 0.3 > brightness(dark)


def save_image(window: MainWindow, tmp_path: Path, name: str) -> QImage:
    return QImage(str(save_shot(window, tmp_path, name)))
