"""Fixtures for driving the real window offscreen: settings, a window factory, a loaded window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.settings import Settings
from app.ui.app import make_application
from app.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 60_000
TURN_TIMEOUT_MS = 60_000


@pytest.fixture
def ui_settings(hearth_home: Path) -> Settings:
    """Short answers and a small context so each turn takes a moment on 2 cores."""
    return Settings(max_tokens=24, context_length=2048, cpu_threads=2, gpu_layers=0,
                    theme="light")


@pytest.fixture
def make_window(qtbot: object, hearth_home: Path,
                ui_settings: Settings) -> Iterator[Callable[..., MainWindow]]:
    make_application()
    windows: list[MainWindow] = []

    def factory(settings: Settings | None = None, resize: bool = True) -> MainWindow:
        window = MainWindow(settings or ui_settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        if resize:
            window.resize(1100, 760)
        window.show()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()


@pytest.fixture
def window(qtbot: object, make_window: Callable[..., MainWindow], tiny_model: Path) -> MainWindow:
    w = make_window()
    # Wait on the window's own signals: the worker's fire on the engine thread, before the
    # window has handled them.
    with qtbot.waitSignal(w.model_ready, timeout=LOAD_TIMEOUT_MS):  # type: ignore[attr-defined]
        w.load_model(tiny_model)
    return w


def type_and_send(qtbot: object, window: MainWindow, text: str) -> None:
    """Type into the composer and press Enter, as a person would; waits for the turn to end."""
    window.composer.set_text(text)
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):  # type: ignore
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
