"""Accessibility: every control has a name a screen reader can say, the themes' colours pass
WCAG 2.1 AA contrast, messages expose their text, focus is visible (screenshots to look at)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QStackedWidget,
    QWidget,
)

from app.core.models.hardware import Hardware
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.shortcuts import ShortcutsSheet
from app.ui.theme import DARK, LIGHT, Colors
from tests.ui.conftest import type_and_send

SHOTS = Path("/tmp/shots-a11y")
GIB = 1 << 30
CPU_BOX = Hardware("Linux", "x86_64", "Test CPU", 16, 8, frozenset({"avx2"}), 32 * GIB,
                   26 * GIB, 400 * 10**9, False)


# ---------------------------------------------------------------------------- contrast


def luminance(hex_color: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    h = hex_color.lstrip("#")
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


# (foreground, background, minimum): where each colour is drawn on which. Text 4.5:1; the
# send button's icon, focus rings and the edges of inputs and buttons are UI parts, 3:1.
TEXT, UI = 4.5, 3.0
PAIRS = [
    *[("text", bg, TEXT) for bg in ("window", "sidebar", "surface", "hover", "selected",
                                     "highlight", "selection", "user_bubble", "code_bg",
                                     "code_header")],
    *[("muted", bg, TEXT) for bg in ("window", "sidebar", "surface", "hover", "selected",
                                      "user_bubble", "code_bg", "code_header")],
    *[("faint", bg, TEXT) for bg in ("window", "sidebar", "surface")],  # hints, stats, placeholder
    ("user_text", "user_bubble", TEXT),
    *[("link", bg, TEXT) for bg in ("window", "user_bubble", "code_bg")],
    *[("warning", bg, TEXT) for bg in ("window", "surface")],
    *[("danger", bg, TEXT) for bg in ("window", "surface")],
    ("accent", "window", TEXT),  # link buttons, the "cited" mark
    ("accent_text", "accent", TEXT),  # the primary button's label
    ("accent_text", "accent_hover", TEXT),
    ("window", "text", TEXT),  # the toast
    ("window", "danger", TEXT),
    ("window", "warning", TEXT),
    ("highlight", "text", TEXT),  # the toast's action
    *[("accent", bg, UI) for bg in ("window", "sidebar", "surface", "hover", "selected",
                                     "user_bubble")],  # focus rings
    *[("control_border", bg, UI) for bg in ("window", "sidebar", "surface")],
    ("focus_on_accent", "accent", UI),  # the focus ring on the send and primary buttons
]


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_theme_colours_pass_wcag_aa(colors: Colors) -> None:
    failures = []
    for fg, bg, minimum in PAIRS:
        ratio = contrast(getattr(colors, fg), getattr(colors, bg))
        if ratio < minimum:
            failures.append(f"{fg} on {bg}: {ratio:.2f} < {minimum}")
    assert not failures, f"{colors.name}: " + "; ".join(failures)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


# ---------------------------------------------------------------------------- names


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Shown now, or would be when its tab or page is chosen."""
    w: QWidget | None = widget
    while w is not None and w is not root:
        parent = w.parentWidget()
        is_page = isinstance(parent, QStackedWidget) and parent.indexOf(w) >= 0
        if w.isHidden() and not is_page:
            return False
        w = parent
    return True


def _internal(widget: QWidget, root: QWidget) -> bool:
    """Part of a spin box or a combo box: the box has the name."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader would have no name for. The name is what Qt's
    accessibility layer reports: accessibleName, a button's text, a label's buddy."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        if (widget.isWindow() and widget is not root) or not _shown(widget, root) \
                or _internal(widget, root):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, window: MainWindow,
                                              tmp_path: Path) -> None:
    type_and_send(qtbot, window, "name check")
    note = tmp_path / "notes.txt"
    note.write_text("Hearth keeps every conversation on this computer.\n", encoding="utf-8")
    with qtbot.waitSignal(window.documents_ingested, timeout=60_000):
        window.attach_files([str(note)])  # a document chip with its remove button
    assert window.composer.shelf.isVisible()
    assert unnamed_controls(window) == []
    dialog = SettingsDialog(window.settings, window.store.get_conversation(
        window.conversation_id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    window.model_manager_options = {"hardware_info": CPU_BOX, "hf_cache": tmp_path / "no-hf"}
    manager = window.open_model_manager()
    assert unnamed_controls(manager) == []
    sheet = ShortcutsSheet(window)
    qtbot.addWidget(sheet)
    assert unnamed_controls(sheet) == []


def test_focus_order_goes_sidebar_transcript_composer(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "order check")
    chain = []
    widget: QWidget = window.sidebar.search
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is window.sidebar.search:
            break
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    s, c = window.sidebar, window.composer
    expected = [s.list, s.settings_button, s.menu_button, window.sidebar_toggle,
                window.chat_view, c.edit, c.attach_button, *c.effort_buttons.values(),
                c.send_button, s.new_button]
    assert [w for w in chain if w in expected] == expected


# ---------------------------------------------------------------------------- screen reader


def test_messages_expose_their_text(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "Read this aloud")
    model = window.chat_model
    user = model.index(0)
    assert model.data(user, Qt.ItemDataRole.AccessibleTextRole) == "You: Read this aloud"
    answer_text = model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole)
    assert answer_text.startswith("Hearth")
    assert model.item(1).content in answer_text
    with qtbot.waitSignal(window.turn_finished, timeout=60_000):
        window.chat_view.trigger("regenerate", 1)
    description = model.data(model.index(1), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Version 2 of 2" in description
    # What Qt's accessibility layer hands a screen reader for the list's rows.
    view = QAccessible.queryAccessibleInterface(window.chat_view)
    assert view is not None
    texts = []
    for i in range(view.childCount()):
        child = view.child(i)
        if child is not None:
            texts.append(child.text(QAccessible.Text.Name))
    assert "You: Read this aloud" in texts


# ---------------------------------------------------------------------------- screenshots


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[None]:
    """The window applies its theme to the application: put the plain one back after."""
    style, palette = qapp.styleSheet(), qapp.palette()
    yield
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


def shot(widget: QWidget, tmp_path: Path, name: str) -> Path:
    QApplication.processEvents()
    path = tmp_path / f"{name}.png"
    assert widget.grab().save(str(path))
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
    return path


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshots_of_focus_and_the_shortcuts_sheet(qtbot, make_window, tiny_model: Path,
                                                      restore_style: None, mode: str,
                                                      tmp_path: Path, ui_settings) -> None:
    ui_settings.theme = mode
    window = make_window()
    assert window.theme.colors.name == mode
    with qtbot.waitSignal(window.model_ready, timeout=60_000):
        window.load_model(tiny_model)
    window.settings.max_tokens = 24
    type_and_send(qtbot, window, "Show me a list in Markdown, with a code block")
    type_and_send(qtbot, window, "And a second question")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.chat_view.focus_message(0)
    assert window.chat_view.pointer.focus_uid == window.chat_model.item(0).uid
    path = shot(window, tmp_path, f"focused-message-{mode}")
    assert path.stat().st_size > 0
    window.sidebar.new_button.setFocus(Qt.FocusReason.TabFocusReason)
    shot(window, tmp_path, f"focused-button-{mode}")
    window.sidebar.list.setFocus(Qt.FocusReason.TabFocusReason)
    shot(window.sidebar, tmp_path, f"focused-conversation-{mode}")
    window.composer.edit.setFocus(Qt.FocusReason.TabFocusReason)
    shot(window.chat_page, tmp_path, f"focused-composer-{mode}")
    sheet = ShortcutsSheet(window)
    qtbot.addWidget(sheet)
    sheet.show()
    shot(sheet, tmp_path, f"shortcuts-sheet-{mode}")
