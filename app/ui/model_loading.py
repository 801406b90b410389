"""Which model answers: loading a GGUF or connecting to a server on the engine thread, the model
kept while the next one loads, and the hand-overs to it from the model manager, the picker's
file dialog and finished downloads."""

from __future__ import annotations

import copy
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.engine import EngineConfig, ModelInfo
from app.core.settings import Settings
from app.ui.download_status import BackgroundDownloads
from app.ui.model_manager import ModelManagerDialog
from app.ui.model_picker import ModelPicker, installed_entries
from app.ui.server_actions import ServerActions
from app.ui.settings_actions import save_settings
from app.ui.status_bar import StatusBar
from app.ui.turns import TurnController
from app.ui.widgets import Toast
from app.workers.download_worker import DownloadWorker
from app.workers.engine_worker import EngineController
from app.workers.jobs import Jobs

log = logging.getLogger(__name__)


class ModelLoader(QObject):
    """Owns what is loaded (`model_info`, `loading`) and the model manager. Thread: GUI.

    The work is the engine worker's (its own thread) and the download worker's; this object asks
    them, follows their signals, and says what happened in the status bar and the toast. The
    window redraws on `changed` and follows the rest through `loaded` and `load_failed`.
    """

    changed = Signal()  # `model_info` or `loading` changed: the window shows it
    loaded = Signal(object)  # ModelInfo, after `changed` and the settings remember it
    load_failed = Signal(str)  # the message the toast shows
    manager_shown = Signal()

    def __init__(self, parent: QWidget, settings: Settings, *, controller: EngineController,
                 downloads: DownloadWorker, jobs: Jobs, turns: TurnController,
                 server: ServerActions, status: StatusBar, toast: Toast, picker: ModelPicker,
                 background: BackgroundDownloads) -> None:
        super().__init__(parent)
        self._parent = parent
        self.settings = settings  # the window's own object, shared with the manager
        self.controller = controller
        self.downloads = downloads
        self.jobs = jobs
        self.turns = turns
        self.server = server
        self.status = status
        self.toast = toast
        self.picker = picker
        self.background = background
        self.model_info: ModelInfo | None = None
        self.loading = False
        # Made on first use, then only hidden: one window for the app's life.
        self.manager: ModelManagerDialog | None = None
        self.manager_options: dict[str, Any] = {}  # extra dialog arguments (tests)
        self._closed = False
        background.ready.connect(self._on_download_ready)
        background.failed.connect(self._on_download_failed)
        status.cancel_load_requested.connect(controller.cancel_load)
        status.show_downloads_requested.connect(self.show_downloads)
        w = controller.worker
        w.load_progressed.connect(status.set_load_progress)
        w.model_loaded.connect(self._on_model_loaded)
        w.model_kept.connect(self._on_model_kept)
        w.model_unloaded.connect(self._on_model_unloaded)
        w.load_failed.connect(self._on_load_failed)
        w.load_cancelled.connect(self._on_load_cancelled)

    # ------------------------------------------------------------------ the model manager

    def open_manager(self) -> ModelManagerDialog:
        """Show the model manager (closing it only hides it, so downloads go on); choosing a
        model there loads it here."""
        if self.manager is None:
            dialog = ModelManagerDialog(self.settings, self._parent, worker=self.downloads,
                                        auto_resume=False, **self.manager_options)
            dialog.model_chosen.connect(self.load)
            dialog.remote_chosen.connect(self.use_remote)
            dialog.low_memory_chosen.connect(lambda path: self.load(path, low_memory=True))
            dialog.installed_tab.changed.connect(lambda _models: self.refresh_list())
            self.manager = dialog
        self.manager_shown.emit()
        self.manager.show()
        self.manager.raise_()
        self.manager.activateWindow()
        return self.manager

    def _show_manager(self) -> None:
        self.open_manager()

    def show_downloads(self) -> None:
        dialog = self.open_manager()
        dialog.tabs.setCurrentWidget(dialog.downloads_tab)

    def show_installed(self) -> None:
        """The manager at its installed models (where there are any)."""
        dialog = self.open_manager()
        if dialog.installed:
            dialog.tabs.setCurrentWidget(dialog.installed_tab)

    def refresh_list(self) -> None:
        """Read the installed models and their fit for the picker (off this thread)."""
        if self._closed:
            return
        folder, settings = self.downloads.models_dir, copy.deepcopy(self.settings)
        self.jobs.run(lambda: installed_entries(folder, settings), self.picker.set_entries,
                      lambda message: log.warning("model list not read: %s", message))

    # ------------------------------------------------------------------ downloads

    def _on_download_ready(self, path: str, name: str) -> None:
        self.refresh_list()
        if self.model_info is not None and self.model_info.path == path:
            return
        self.toast.show_message(self.tr("{name} is downloaded and verified.").format(name=name),
                                action=self.tr("Use this model"),
                                callback=lambda: self.load(path), timeout_ms=15000)

    def _on_download_failed(self, name: str, message: str) -> None:
        if self.manager is not None and self.manager.isVisible():
            return  # its card says so
        self.toast.show_message(self.tr("The download of {name} stopped: {reason}").format(
            name=name, reason=message), kind="error", action=self.tr("Show"),
            callback=self.show_downloads, timeout_ms=15000)

    def resume_downloads(self) -> None:
        """Continue downloads an earlier run left unfinished (paused when offline). Looking for
        them walks the models folder, so it runs off this thread."""
        if self._closed:
            return
        worker, start = self.downloads, not self.settings.offline
        self.jobs.run(lambda: worker.resume_partials(start=start), self._on_downloads_resumed)

    def _on_downloads_resumed(self, jobs: list[Any]) -> None:
        if not jobs or self._closed:
            return
        if self.settings.offline:
            text = self.tr("%n unfinished download(s) are paused because offline mode is on.",
                           "", len(jobs))
        else:
            text = self.tr("Continuing %n unfinished download(s) in the background.", "",
                           len(jobs))
        self.background.refresh()
        self.toast.show_message(text, action=self.tr("Show"), callback=self._show_manager,
                                timeout_ms=10000)

    # ------------------------------------------------------------------ loading

    def ask_open(self) -> None:
        start = str(self.settings.models_folder())
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Open a GGUF model"), start,
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.load(path)

    def engine_config(self, model_path: str) -> EngineConfig:
        return EngineConfig.from_settings(self.settings, model_path)

    def load(self, model_path: str | Path, *, low_memory: bool = False) -> None:
        """Load a GGUF on the engine thread; progress shows in the status bar. The model loaded
        now stays until the new one has loaded (it is loaded again if the new one fails).
        `low_memory`: this once, without the fast CPU copy of the experts."""
        self._begin_load()
        config = self.engine_config(str(model_path))
        if low_memory:
            config = replace(config, low_memory=True)
        self.controller.load(config)
        self.changed.emit()

    def use_remote(self, config: Any) -> None:
        """Answer with the model of an OpenAI-compatible server (a `RemoteConfig`) instead of a
        local file; checked on the engine thread, shown like a load."""
        self._begin_load()
        self.controller.connect_remote(config)
        self.changed.emit()

    def _begin_load(self) -> None:
        """A load or a server connection starts. The model in use stays `model_info` until the
        new one is ready (the worker keeps it, or loads it again, if the new one fails); the
        local server serves nothing meanwhile."""
        if self.turns.busy:
            self.turns.stop()
        self.loading = True
        self.server.set_model(None)
        self.status.set_loading(True)
        self.status.set_speed("")

    def cancel(self) -> None:
        self.controller.cancel_load()

    def show_conversation(self, conversation_id: str | None) -> None:
        """Let the engine thread save the conversation it holds and load the shown one's KV
        state while the person reads (nothing happens here, on the GUI thread)."""
        if self.model_info is not None and not self.loading:
            self.controller.show_conversation(conversation_id, self.settings)

    def _load_ended(self) -> None:
        self.loading = False
        self.status.set_loading(False)
        self.changed.emit()

    def _on_model_loaded(self, info: ModelInfo) -> None:
        self.model_info = info
        self._load_ended()
        self.server.set_model(info)
        remote = bool(info.extra.get("remote"))
        if remote != self.settings.use_remote or (not remote
                                                  and self.settings.last_model != info.path):
            # The next start opens what is in use now: this file, or the remote server.
            self.settings.use_remote = remote
            if not remote:
                self.settings.last_model = info.path
            save_settings(self.settings)
        notice = str(info.extra.get("notice") or "")
        if notice:
            # Once per load: why the model is slower than the user might expect.
            self.toast.show_message(notice, kind="notice", timeout_ms=15000)
        self.loaded.emit(info)

    def _on_model_kept(self, info: ModelInfo) -> None:
        self.model_info = info  # the load that follows failed: this one is still there
        self.server.set_model(info)

    def _on_model_unloaded(self) -> None:
        self.model_info = None
        self.server.set_model(None)
        self.status.set_speed("")
        self.changed.emit()

    def _on_load_failed(self, message: str) -> None:
        self._load_ended()
        if self.model_info is not None:
            message += " " + self.tr("{name} is still loaded.").format(name=self.model_info.name)
        self.toast.show_message(message, kind="error", timeout_ms=0)
        self.load_failed.emit(message)

    def _on_load_cancelled(self) -> None:
        self._load_ended()
        self.toast.show_message(self.tr("Loading the model was cancelled."))

    def shutdown(self) -> None:
        """The window closes: downloads stop (through the manager when it was opened)."""
        self._closed = True
        if self.manager is not None:
            self.manager.shutdown()
            self.manager.hide()
        else:
            self.downloads.shutdown()
