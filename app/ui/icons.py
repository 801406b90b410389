"""Line icons from resources/icons, tinted with a theme color (the SVGs use currentColor)."""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.ui.theme import RESOURCES

ICONS = RESOURCES / "icons"


@cache
def _svg(name: str) -> str:
    return (ICONS / f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def pixmap(name: str, color: str, size: int = 18, ratio: float = 1.0) -> QPixmap:
    """The icon drawn at `size` logical pixels in `color` (cached)."""
    data = _svg(name).replace("currentColor", QColor(color).name())
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    px = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    px.fill(Qt.GlobalColor.transparent)
    painter = QPainter(px)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, px.width(), px.height()))
    painter.end()
    px.setDevicePixelRatio(ratio)
    return px


def icon(name: str, color: str, size: int = 18) -> QIcon:
    result = QIcon()
    result.addPixmap(pixmap(name, color, size, 1.0))
    result.addPixmap(pixmap(name, color, size, 2.0))
    return result


def app_icon() -> QIcon:
    """The app's own icon (the one the installers use), sharp at every size the shell asks for."""
    icon = QIcon(str(ICONS / "app" / "hearth.svg"))
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = ICONS / "app" / f"hearth-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon
