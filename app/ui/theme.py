"""Light and dark themes: one palette of named colors used by the style sheet and the painters."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.core.settings import paths

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colors:
    """Every color the UI uses, by meaning; painters and the QSS read the same values.

    Contrast (WCAG 2.1 AA, checked by tests/ui/test_accessibility.py): `text`, `muted` and
    `faint` are text and read at 4.5:1 on the backgrounds they are drawn on; `control_border`
    (the edge of a text box or button) and `accent` (focus rings, the send button) at 3:1.
    `border` only separates areas that differ otherwise and may be quieter.
    """

    name: str
    window: str
    sidebar: str
    surface: str  # cards, inputs
    text: str
    muted: str
    faint: str
    border: str
    control_border: str  # the edge of an input or a button: must be seen (3:1)
    hover: str
    selected: str
    accent: str
    accent_text: str
    accent_hover: str
    focus_on_accent: str  # the focus ring of an accent-filled button (3:1 on the accent)
    user_bubble: str
    user_text: str
    code_bg: str
    code_border: str
    code_header: str
    thinking_bar: str
    warning: str
    danger: str
    highlight: str  # search matches
    selection: str  # text selected in a message
    link: str
    pygments_style: str

    def q(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = Colors(
    name="light",
    window="#ffffff",
    sidebar="#f5f4f1",
    surface="#ffffff",
    text="#1f2328",
    muted="#5a5e66",
    faint="#686c72",
    border="#e4e2dd",
    control_border="#8d8c89",
    hover="#ebe9e4",
    selected="#e3e0d9",
    accent="#c8501a",
    accent_text="#ffffff",
    accent_hover="#b04414",
    focus_on_accent="#1f2328",
    user_bubble="#f1efea",
    user_text="#1f2328",
    code_bg="#f7f7f8",
    code_border="#e6e6e9",
    code_header="#efeff2",
    thinking_bar="#ddd9d0",
    warning="#b45309",
    danger="#c92a2a",
    highlight="#ffe8a3",
    selection="#b9d3f7",
    link="#1d63c9",
    pygments_style="friendly",
)

DARK = Colors(
    name="dark",
    window="#1d1e21",
    sidebar="#161719",
    surface="#26282c",
    text="#e8e6e3",
    muted="#a3a6ad",
    faint="#93979e",
    border="#303237",
    control_border="#707276",
    hover="#25272b",
    selected="#2e3035",
    accent="#ef8a4c",
    accent_text="#1b1209",
    accent_hover="#f59f68",
    focus_on_accent="#1b1209",
    user_bubble="#2d2f34",
    user_text="#ecebe8",
    code_bg="#141517",
    code_border="#2c2e33",
    code_header="#1c1d20",
    thinking_bar="#3a3d43",
    warning="#f0a35c",
    danger="#ff8787",
    highlight="#6b5313",
    selection="#264f78",
    link="#7fb2ff",
    pygments_style="github-dark",
)


class ThemeManager(QObject):
    """Applies the chosen theme (system / light / dark) and follows the system when asked.

    Lives on the GUI thread; `changed` tells painters to drop their cached renderings.
    """

    changed = Signal(object)  # Colors

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = "system"
        self.colors = LIGHT
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        self._mode = mode if mode in THEMES else "system"
        self.apply()

    def resolved(self) -> Colors:
        if self._mode == "dark":
            return DARK
        if self._mode == "light":
            return LIGHT
        scheme = QGuiApplication.styleHints().colorScheme()
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT

    def apply(self) -> None:
        colors = self.resolved()
        self.colors = colors
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyle("Fusion")
            app.setPalette(palette_for(colors))
            app.setStyleSheet(style_sheet(colors))
        self.changed.emit(colors)

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system":
            self.apply()


def palette_for(c: Colors) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(c.window))
    pal.setColor(role.WindowText, QColor(c.text))
    pal.setColor(role.Base, QColor(c.surface))
    pal.setColor(role.AlternateBase, QColor(c.sidebar))
    pal.setColor(role.Text, QColor(c.text))
    pal.setColor(role.Button, QColor(c.surface))
    pal.setColor(role.ButtonText, QColor(c.text))
    pal.setColor(role.Highlight, QColor(c.accent))
    pal.setColor(role.HighlightedText, QColor(c.accent_text))
    pal.setColor(role.ToolTipBase, QColor(c.surface))
    pal.setColor(role.ToolTipText, QColor(c.text))
    pal.setColor(role.PlaceholderText, QColor(c.faint))
    pal.setColor(role.Link, QColor(c.link))
    pal.setColor(role.Mid, QColor(c.border))
    pal.setColor(role.Midlight, QColor(c.hover))
    pal.setColor(role.Light, QColor(c.surface))
    pal.setColor(role.Dark, QColor(c.border))
    for group in (QPalette.ColorGroup.Disabled,):
        pal.setColor(group, role.Text, QColor(c.faint))
        pal.setColor(group, role.WindowText, QColor(c.faint))
        pal.setColor(group, role.ButtonText, QColor(c.faint))
    return pal


_ARROW_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
              '<path d="{path}" fill="none" stroke="{color}" stroke-width="1.6" '
              'stroke-linecap="round" stroke-linejoin="round"/></svg>')
_ARROWS = {"arrow_up": "M2 6.5 L5 3.5 L8 6.5", "arrow_down": "M2 3.5 L5 6.5 L8 3.5",
           "check_mark": "M2.2 5.2 L4.2 7.2 L7.8 3"}


def arrow_files(c: Colors) -> dict[str, str]:
    """Small SVGs for the style sheet in this theme's colors (QSS takes images only as files):
    the spin box and combo box arrows, the check box's mark. Written once per color under the
    cache folder, or the temporary folder when that cannot be used."""
    colors = {"arrow_up": c.muted, "arrow_down": c.muted, "check_mark": c.accent_text}
    out: dict[str, str] = {}
    for folder in (paths().cache_dir / "style", Path(tempfile.gettempdir()) / "hearth-style"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for key, path in _ARROWS.items():
                name = QColor(colors[key]).name().lstrip("#")
                file = folder / f"{key}-{name}.svg"
                if not file.exists():
                    file.write_text(_ARROW_SVG.format(path=path, color=f"#{name}"),
                                    encoding="utf-8")
                out[key] = file.as_posix()
            return out
        except OSError:
            continue
    return {key: "" for key in _ARROWS}


def style_sheet(c: Colors) -> str:
    """The QSS template from resources/styles with this theme's colors filled in."""
    text = (RESOURCES / "styles" / "hearth.qss").read_text(encoding="utf-8")
    for key, file in arrow_files(c).items():
        text = text.replace("@" + key, file)
    for f in fields(c):
        text = text.replace("@" + f.name + ";", str(getattr(c, f.name)) + ";")
    return text
