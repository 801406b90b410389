"""Settings from the window's side: the Settings dialog opened over the conversation on screen,
the chosen values applied in place (theme, language, text size, server, lock, models folder),
and the wipe the dialog's privacy page asks for."""

from __future__ import annotations

import logging
from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import privacy
from app.core.kv_cache import StateStore
from app.core.settings import Settings
from app.ui import language
from app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# What the engine is made with: a change asks for the model to be loaded again.
ENGINE_SETTINGS = ("context_length", "cpu_threads", "gpu_layers", "low_memory")


def save_settings(settings: Settings) -> None:
    """Save, logging what could not be written (the app goes on with the values in memory)."""
    try:
        settings.save()
    except OSError as exc:
        log.warning("settings not saved: %s", exc)


class SettingsActions(QObject):
    """Opens Settings and applies what was chosen to the window's parts. Thread: GUI.

    `window.settings` is changed in place: the model manager and the download worker share it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wiping = False  # the window closes for a wipe: nothing of it is saved
        self._text_size: float | None = None

    def open(self, focus: str = "") -> None:
        """The Settings dialog; `focus` names a setting to show first ("max_tokens")."""
        w = self.window
        conv = None
        if w.conversation_id is not None:
            conv = w.store.get_conversation(w.conversation_id)
        dialog = SettingsDialog(w.settings, conv, w, states_usage=StateStore.default(0).usage())
        if focus:
            dialog.show_setting(focus)
        dialog.privacy.export_requested.connect(w.history.ask_export_all)
        wipe: list[bool] = []

        def on_wipe(keep: bool) -> None:
            wipe.append(keep)
            dialog.reject()

        dialog.privacy.wipe_requested.connect(on_wipe)
        dialog.clear_states_requested.connect(w.controller.clear_states)
        cleared = w.controller.worker.states_cleared
        cleared.connect(dialog.on_states_cleared)
        try:
            accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        finally:
            cleared.disconnect(dialog.on_states_cleared)
        if not accepted:
            if wipe:
                self.wipe_everything(keep_models=wipe[0])
            return
        self.apply(dialog.settings(), dialog.conversation_values())
        key = dialog.changed_server_key()
        if key is not None:
            w.server_actions.save_key(key)  # the server restarts once it is stored

    def apply(self, new: Settings, conversation: tuple[str, str] | None = None) -> None:
        """Take `new` (and the shown conversation's instructions and effort) into use."""
        w = self.window
        engine_changed = any(getattr(new, k) != getattr(w.settings, k) for k in ENGINE_SETTINGS)
        # In place: the model manager and the download worker share this object (the offline
        # switch acts through it). The models folder changes only once the manager has moved to
        # it, so it is left out here.
        for f in fields(Settings):
            if f.name != "models_dir":
                setattr(w.settings, f.name, getattr(new, f.name))
        if new.models_dir != w.settings.models_dir:
            self._apply_models_folder(new.models_dir)
        save_settings(w.settings)
        w.theme.set_mode(new.theme)
        language.apply(new.language)  # retranslates the window in place: nothing is reopened
        w.server_actions.apply()
        w.app_lock.set_idle_minutes(new.lock_idle_minutes)
        self.apply_text_size()
        if conversation is not None and w.conversation_id is not None:
            instructions, effort = conversation
            w.store.update_conversation(w.conversation_id, developer_instructions=instructions,
                                        reasoning_effort=effort)
            w.composer.set_effort(effort)
        info = w.model_info
        if engine_changed and info is not None and not info.extra.get("remote"):
            path = info.path
            w.toast.show_message(self.tr("Reload the model to use the new engine settings."),
                                 action=self.tr("Reload"),
                                 callback=lambda: w.load_model(path), timeout_ms=12000)

    def apply_text_size(self) -> None:
        """The conversation and the message box in the text size of the settings."""
        size = self.window.settings.text_size
        if self._text_size == size:
            return
        self._text_size = size
        view = self.window.chat_view
        view.chat_delegate.set_text_size(size)
        self.window.composer.edit.setStyleSheet(f"font-size: {size:g}pt;")
        view.scheduleDelayedItemsLayout()
        view.viewport().update()

    def _apply_models_folder(self, wanted: str) -> None:
        """A models folder set in Settings goes through the model manager, as its own Change…
        button does: it refuses while a download is unfinished, offers to move the models,
        points the download worker there and saves the setting once the folder has changed."""
        w = self.window
        target = Settings(models_dir=wanted).models_folder().expanduser()
        if target.absolute().resolve() == w.downloads.models_dir.absolute().resolve():
            w.settings.models_dir = wanted  # another spelling of the folder in use
            return
        # "" keeps meaning "the default folder"; anything typed is stored as the full path.
        w.open_model_manager().change_models_folder(target, setting="" if not wanted else None)

    def wipe_everything(self, keep_models: bool = False) -> privacy.WipeReport:
        """Close everything that holds the database or writes files, remove all Hearth keeps
        (core.privacy.wipe), say what happened, and end the app."""
        w = self.window
        self.wiping = True
        w.close()
        report = privacy.wipe(w.settings, keep_models=keep_models)
        text = self.tr("Hearth removed {files} files and its keys.").format(
            files=report.removed_files)
        if report.problems:
            text += "\n\n" + self.tr("Some things could not be removed:") + "\n" + "\n".join(
                report.problems)
        w.wiped.emit(report)
        if not w.quiet_wipe:
            QMessageBox.information(None, self.tr("Wipe finished"), text)
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return report
