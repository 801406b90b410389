"""Every keyboard shortcut, defined once: installed on the window from here, matched by the
widgets that handle their own keys, and listed in the shortcuts sheet (Ctrl+/)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Sections of the sheet, in the order shown.
GENERAL, CHAT, MESSAGE, SIDEBAR = "general", "chat", "message", "sidebar"


@dataclass(frozen=True)
class Shortcut:
    """One thing a key does. `window`: a window-wide action (installed as a QAction);
    otherwise the widget named in the section handles the key itself through `matches`."""

    name: str
    keys: tuple[str, ...]  # portable QKeySequence text ("Ctrl+N"); Ctrl is Cmd on macOS
    text: str
    section: str
    window: bool = False


# Each text is written out as translate("Shortcuts", "…") so pyside6-lupdate finds it.
translate = QCoreApplication.translate


def definitions() -> list[Shortcut]:
    """All shortcuts, translated now (so a language switch shows in the next sheet)."""
    return [
        Shortcut("new_chat", ("Ctrl+N",),
                 translate("Shortcuts", "New chat"),
                 GENERAL, True),
        Shortcut("search", ("Ctrl+F",),
                 translate("Shortcuts", "Search conversations"),
                 GENERAL, True),
        Shortcut("focus_composer", ("Ctrl+L",),
                 translate("Shortcuts", "Go to the message box"),
                 GENERAL, True),
        Shortcut("settings", ("Ctrl+,",),
                 translate("Shortcuts", "Settings"),
                 GENERAL, True),
        Shortcut("open_model", ("Ctrl+O",),
                 translate("Shortcuts", "Open a GGUF file"),
                 GENERAL, True),
        Shortcut("toggle_sidebar", ("Ctrl+B",),
                 translate("Shortcuts", "Show or hide the sidebar"),
                 GENERAL, True),
        Shortcut("shortcuts", ("Ctrl+/",),
                 translate("Shortcuts", "Show this list of shortcuts"),
                 GENERAL, True),
        Shortcut("stop", ("Esc",),
                 translate("Shortcuts", "Stop the answer being written"),
                 CHAT, True),
        Shortcut("copy_last", ("Ctrl+Shift+C",),
                 translate("Shortcuts", "Copy the last answer"),
                 CHAT, True),
        Shortcut("previous_message", ("Alt+Up",),
                 translate("Shortcuts", "Go to the previous message"),
                 CHAT, True),
        Shortcut("next_message", ("Alt+Down",),
                 translate("Shortcuts", "Go to the next message"),
                 CHAT, True),
        Shortcut("send", ("Return",),
                 translate("Shortcuts", "Send the message"),
                 CHAT),
        Shortcut("new_line", ("Shift+Return",),
                 translate("Shortcuts", "New line in the message"),
                 CHAT),
        Shortcut("edit_last", ("Up",),
                 translate("Shortcuts", "Edit your last message (in an empty message box)"),
                 CHAT),
        Shortcut("scroll_page", ("PgUp", "PgDown"),
                 translate("Shortcuts", "Scroll the conversation (from the message box too)"),
                 CHAT),
        Shortcut("first_message", ("Ctrl+Home",),
                 translate("Shortcuts", "Go to the first message"),
                 CHAT),
        Shortcut("last_message", ("Ctrl+End",),
                 translate("Shortcuts", "Go to the last message"),
                 CHAT),
        Shortcut("message_menu", ("Menu", "Shift+F10", "Return"),
                 translate("Shortcuts", "The message's menu: all it can do"),
                 MESSAGE),
        Shortcut("copy_message", ("Ctrl+C",),
                 translate("Shortcuts", "Copy the message (or the selected text)"),
                 MESSAGE),
        Shortcut("previous_version", ("Left",),
                 translate("Shortcuts", "Previous version of the message"),
                 MESSAGE),
        Shortcut("next_version", ("Right",),
                 translate("Shortcuts", "Next version of the message"),
                 MESSAGE),
        Shortcut("toggle_thinking", ("Space",),
                 translate("Shortcuts", "Show or hide the thinking"),
                 MESSAGE),
        Shortcut("back_to_composer", ("Esc",),
                 translate("Shortcuts", "Back to the message box"),
                 MESSAGE),
        Shortcut("conversation_menu", ("Menu", "Shift+F10"),
                 translate("Shortcuts", "Rename, pin, export or delete the conversation"),
                 SIDEBAR),
        Shortcut("rename", ("F2",),
                 translate("Shortcuts", "Rename the conversation"),
                 SIDEBAR),
        Shortcut("delete", ("Del",),
                 translate("Shortcuts", "Delete the conversation"),
                 SIDEBAR),
    ]


def section_title(section: str) -> str:
    return {
        GENERAL: translate("Shortcuts", "General"),
        CHAT: translate("Shortcuts", "Chat"),
        MESSAGE: translate("Shortcuts", "A message (in the conversation)"),
        SIDEBAR: translate("Shortcuts", "Conversation list"),
    }[section]


def get(name: str) -> Shortcut:
    for shortcut in definitions():
        if shortcut.name == name:
            return shortcut
    raise KeyError(name)


def sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(k) for k in get(name).keys]


def matches(name: str, event: QKeyEvent) -> bool:
    """Whether a key press is one of the keys of shortcut `name` (the keypad's Enter counts as
    Return)."""
    key = event.key()
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = QKeySequence(int(key) | int(mods.value))
    return any(pressed == seq for seq in sequences(name))


def install(widget: QWidget, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """A QAction on `widget` for each window-wide shortcut with a handler: its key works
    anywhere in the window. Returns the actions by name (menus show them too)."""
    actions: dict[str, QAction] = {}
    for shortcut in definitions():
        handler = handlers.get(shortcut.name)
        if not shortcut.window or handler is None:
            continue
        action = QAction(shortcut.text, widget)
        action.setObjectName(f"shortcut_{shortcut.name}")
        action.setShortcuts(sequences(shortcut.name))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        widget.addAction(action)
        actions[shortcut.name] = action
    return actions


def key_text(shortcut: Shortcut) -> str:
    """The keys as this platform writes them ("Ctrl+N", "⌘N")."""
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                      for k in shortcut.keys)


class ShortcutsSheet(QDialog):
    """The list of shortcuts, by section (a tree a screen reader and the arrow keys can walk).
    Thread: GUI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(660, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setObjectName("emptyTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("Everything in Hearth works from the keyboard. Tab moves between "
                              "the sidebar, the conversation and the message box."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        sections: dict[str, QTreeWidgetItem] = {}
        for shortcut in definitions():
            parent_item = sections.get(shortcut.section)
            if parent_item is None:
                parent_item = QTreeWidgetItem([section_title(shortcut.section), ""])
                font = parent_item.font(0)
                font.setWeight(font.Weight.DemiBold)
                parent_item.setFont(0, font)
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(parent_item)
                sections[shortcut.section] = parent_item
            keys = key_text(shortcut)
            item = QTreeWidgetItem([shortcut.text, keys])
            # A screen reader reads the row as one sentence.
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{shortcut.text}: {keys}")
            parent_item.addChild(item)
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = sections.get(GENERAL)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.tree.setCurrentItem(child)
        self.tree.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        """(what, keys) as listed, for tests."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                if child is not None:
                    out.append((child.text(0), child.text(1)))
        return out
