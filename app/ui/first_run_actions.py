"""The guided start from the window's side: shown at the app's start until it is finished or
skipped, and from the app menu; the model it ends with is loaded in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer

from app.ui import first_run
from app.ui.first_run import FirstRunDialog
from app.ui.settings_actions import save_settings

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class FirstRunActions(QObject):
    """Opens the one first-run dialog and remembers that it was done. Thread: GUI."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: FirstRunDialog | None = None  # while it is open
        self.options: dict[str, Any] = {}  # extra dialog arguments (tests)

    def maybe_show(self) -> bool:
        """At start: the guided start for someone new (see first_run.should_show)."""
        if not first_run.should_show(self.window.settings):
            return False
        QTimer.singleShot(0, self.show)
        return True

    def show(self) -> FirstRunDialog:
        """The guided start (also from the menu): it ends in the window with a model loaded."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        w = self.window
        dialog = FirstRunDialog(w.settings, w.downloads, w.jobs, w, **self.options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.model_chosen.connect(w.load_model)
        w.model_ready.connect(dialog.model_loaded)
        w.model_load_failed.connect(dialog.model_failed)
        dialog.ended.connect(self._on_ended)
        dialog.destroyed.connect(self._on_gone)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _on_ended(self, _finished: bool) -> None:
        # Finished or skipped, it is not shown at start again (the menu still offers it).
        if not self.window.settings.first_run_done:
            self.window.settings.first_run_done = True
            save_settings(self.window.settings)

    def _on_gone(self) -> None:
        self.dialog = None
