"""The window's side of Hearth's local server: started, restarted and stopped as Settings say,
told which model is loaded, and shown in the status bar (its address, the request being answered
for another program, and Stop for it). Its API key is read from and written to the keyring in the
background (a locked keyring can block)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from app.core.engine import ModelInfo
from app.core.errors import HearthError
from app.core.settings import Settings
from app.ui.status_bar import StatusBar
from app.ui.widgets import Toast
from app.workers.engine_worker import EngineController
from app.workers.jobs import Jobs
from app.workers.local_server import LocalServer

log = logging.getLogger(__name__)


def server_key() -> str:
    """The key clients must send, from the keyring ("" when none is set)."""
    from app.core.models import secrets

    return secrets.get_api_key(secrets.SERVER_KEY_NAME)


class ServerActions(QObject):
    """Thread: GUI. `settings` is the window's own object (read, never written here)."""

    def __init__(self, settings: Settings, controller: EngineController, status: StatusBar,
                 toast: Toast, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.jobs = jobs
        self.status = status
        self.toast = toast
        self.server = LocalServer(controller, self)
        self.server.serving_changed.connect(self._show_serving)
        status.stop_serving_requested.connect(self.server.stop_current)
        self._applied: tuple[bool, int, bool] | None = None
        self._generation = 0  # the latest apply; an older key read arriving late is ignored

    def apply(self, *, key_changed: bool = False) -> None:
        """Start, restart or stop the server for the current settings (a no-op when nothing
        that matters to it changed). Starting reads the key first, in the background."""
        s = self.settings
        wanted = (s.server_enabled, s.server_port, s.server_allow_network)
        self.server.update_settings(s)
        if wanted == self._applied and not key_changed:
            return
        self._applied = wanted
        self._generation += 1
        if not s.server_enabled:
            self.server.stop()
            self.status.set_server(None)
            return
        generation = self._generation
        self.jobs.run(server_key, lambda key: self._start(generation, key),
                      lambda message: self._start(generation, ""))

    def save_key(self, key: str) -> None:
        """Store a new API key (in the background), then restart the server with it."""
        from app.core.models import secrets

        def saved(_: object) -> None:
            self.apply(key_changed=True)

        def failed(message: str) -> None:
            self.toast.show_message(message, kind="error", timeout_ms=0)

        self.jobs.run(lambda: secrets.set_api_key(secrets.SERVER_KEY_NAME, key), saved, failed)

    def _start(self, generation: int, key: str) -> None:
        if generation != self._generation or not self.settings.server_enabled:
            return
        try:
            url = self.server.start(self.settings, key)
        except HearthError as exc:
            self._applied = None  # try again on the next change
            self.status.set_server(None)
            self.toast.show_message(str(exc), kind="error", timeout_ms=0)
            return
        self.status.set_server(url)

    def set_model(self, info: ModelInfo | None) -> None:
        self.server.set_model(info)

    def shutdown(self) -> None:
        self.server.stop()

    def _show_serving(self) -> None:
        req = self.server.serving
        self.status.set_serving(req.client if req is not None else None, self.server.waiting)
