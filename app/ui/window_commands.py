"""The window's commands: its keyboard shortcuts (defined in app.ui.shortcuts), the app menu, and
the small commands only they start (focus the search or the message box, show or hide the
sidebar, copy the last answer, the shortcuts sheet)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.core import vault
from app.ui import shortcuts
from app.ui.shortcuts import ShortcutsSheet

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class WindowCommands(QObject):
    """The window's QActions (added to the window, so their keys work anywhere in it and the
    app lock can turn them off) and the menu that lists them. Thread: GUI."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w, h = window, window.history
        # Keys are defined in app.ui.shortcuts (also what the shortcuts sheet lists).
        keys = shortcuts.install(w, {
            "new_chat": w.new_chat, "search": self.focus_search,
            "focus_composer": self.focus_composer, "settings": w.open_settings,
            "open_model": w.models.ask_open, "toggle_sidebar": self.toggle_sidebar,
            "shortcuts": self.show_shortcuts, "stop": w.stop,
            "copy_last": self.copy_last_answer,
            "previous_message": lambda: w.chat_view.step(-1),
            "next_message": lambda: w.chat_view.step(1),
        })
        self.keys = keys  # by name (app.ui.shortcuts)
        self.act_new, self.act_open = keys["new_chat"], keys["open_model"]
        self.act_open.setText(self.tr("Open a GGUF file…"))
        self.act_settings, self.act_sidebar = keys["settings"], keys["toggle_sidebar"]
        self.act_search, self.act_shortcuts = keys["search"], keys["shortcuts"]
        self.act_shortcuts.setText(self.tr("Keyboard shortcuts"))
        # Only while an answer is written here: otherwise Esc is the focused widget's own.
        self.act_stop = keys["stop"]
        self.act_stop.setEnabled(False)
        self.act_export_md = self._action(self.tr("Export this conversation as Markdown…"),
                                          lambda: h.ask_export(w.conversation_id, "markdown"))
        self.act_export_json = self._action(self.tr("Export this conversation as JSON…"),
                                            lambda: h.ask_export(w.conversation_id, "json"))
        self.act_export_all = self._action(self.tr("Export all conversations…"),
                                           h.ask_export_all)
        self.act_import = self._action(self.tr("Import conversations…"), h.ask_import)
        self.act_models = self._action(self.tr("Models…"), w.open_model_manager)
        self.act_lock = self._action(self.tr("Lock Hearth"), lambda: w.app_lock.lock(),
                                     "Ctrl+Shift+L")
        self.act_quit = self._action(self.tr("Quit"), w.close, "Ctrl+Q")
        self.act_first_run = self._action(self.tr("Getting started…"), w.show_first_run)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None = None
                ) -> QAction:
        act = QAction(text, self.window)
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        self.window.addAction(act)
        return act

    def show_menu(self, anchor: QWidget) -> None:
        """The app menu (the sidebar's ⋯ button), opened above `anchor`."""
        menu = QMenu(self.window)
        menu.setAccessibleName(self.tr("More actions"))
        menu.addAction(self.act_open)
        menu.addAction(self.act_models)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.addAction(self.act_export_all)
        if self.window.conversation_id:
            menu.addAction(self.act_export_md)
            menu.addAction(self.act_export_json)
        menu.addSeparator()
        menu.addAction(self.act_first_run)
        menu.addAction(self.act_shortcuts)
        menu.addSeparator()
        if vault.lock_enabled():
            menu.addAction(self.act_lock)
        menu.addAction(self.act_quit)
        menu.exec(anchor.mapToGlobal(anchor.rect().topLeft()))

    def show_shortcuts(self) -> ShortcutsSheet:
        sheet = ShortcutsSheet(self.window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        sheet.activateWindow()
        return sheet

    def toggle_sidebar(self) -> None:
        sidebar = self.window.sidebar
        sidebar.setVisible(not sidebar.isVisible())

    def focus_search(self) -> None:
        sidebar = self.window.sidebar
        sidebar.show()
        sidebar.search.setFocus()
        sidebar.search.selectAll()

    def focus_composer(self) -> None:
        """Ctrl+L: to the message box (the chat page comes back if the sidebar hid it)."""
        w = self.window
        if w.pages.currentWidget() is w.chat_page:
            w.composer.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            w.no_model.primary.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def copy_last_answer(self) -> None:
        w = self.window
        if w.chat_view.copy_last_answer():
            w.toast.show_message(self.tr("The last answer was copied."), timeout_ms=2500)
