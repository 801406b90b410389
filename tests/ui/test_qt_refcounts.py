"""Guards the PySide6 pin: 6.12.0 drops a reference to None on every void Qt call under Python
3.11, so a long session dies with 'none_dealloc'. The installed Qt binding must not do that."""

from __future__ import annotations

import ast
import subprocess
import sys

CHECK = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
img = QImage(8, 8, QImage.Format.Format_ARGB32)
p = QPainter(img)
refs = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True))}
for _ in range(20000):
    p.save()
    p.restore()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
p.end()
print({name: sys.getrefcount(obj) - refs[name] for name, obj in (("None", None), ("True", True))})
"""


def test_void_qt_calls_do_not_leak_references_to_singletons() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    drift = ast.literal_eval(out.stdout.strip())
    # A few references come and go with caches; a leak is one per call (tens of thousands).
    assert all(abs(v) < 1000 for v in drift.values()), drift
