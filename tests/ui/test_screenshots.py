"""Screenshots of the real window (empty state, a streamed answer with reasoning and code, dark
theme), saved under the test's tmp dir and copied to /tmp/hearth-shots for a person to look at."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.core.engine import ModelInfo
from app.ui.main_window import MainWindow
from tests.ui.shots import save_shot
from tests.ui.synthetic import QUESTION, answer_events


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
    window._update_pages()
    window._update_status()
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


def save_image(window: MainWindow, tmp_path: Path, name: str) -> QImage:
    return QImage(str(save_shot(window, tmp_path, name)))
