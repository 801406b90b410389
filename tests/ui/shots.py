"""Screenshots for people to look at: in the test's tmp dir, copied to /tmp/hearth-shots."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SHOTS = Path("/tmp/hearth-shots")


def save_shot(widget: QWidget, tmp_path: Path, name: str) -> Path:
    """Grab `widget` as it is painted now; returns the PNG under tmp_path."""
    QApplication.processEvents()
    path = tmp_path / f"{name}.png"
    assert widget.grab().save(str(path))
    with contextlib.suppress(OSError):  # the copy is a convenience; the test's file is the record
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / path.name)
    return path
