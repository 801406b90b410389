"""The main window's size, splitter position and sidebar visibility, kept between runs."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from app.core.fileio import write_atomic

log = logging.getLogger(__name__)

WINDOW_STATE_FILE = "window.json"


def restore(path: Path, window: QMainWindow, splitter: QSplitter, sidebar: QWidget) -> None:
    """Put the window back as it was; a missing or damaged file changes nothing."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        geometry = QByteArray(base64.b64decode(data["geometry"]))
        sizes = QByteArray(base64.b64decode(data["splitter"]))
    except (OSError, ValueError, KeyError, TypeError):
        return
    window.restoreGeometry(geometry)
    splitter.restoreState(sizes)
    sidebar.setVisible(bool(data.get("sidebar", True)))


def save(path: Path, window: QMainWindow, splitter: QSplitter, sidebar: QWidget) -> None:
    data = {
        "geometry": base64.b64encode(bytes(window.saveGeometry().data())).decode(),
        "splitter": base64.b64encode(bytes(splitter.saveState().data())).decode(),
        "sidebar": sidebar.isVisible(),
    }
    try:
        write_atomic(path, json.dumps(data))  # owner-only, like everything Hearth writes
    except OSError as exc:
        log.warning("window state not saved: %s", exc)
