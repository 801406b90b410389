"""Hearth's local OpenAI-compatible server inside the GUI: started and stopped from Settings,
serving the window's engine through the engine worker, so served requests and the window's turns
take turns on the one engine.

`LocalServer` lives on the GUI thread. uvicorn runs on a thread of its own; each request's turn
runs on the engine thread (`EngineController.submit`); what happens to requests reaches the GUI
as queued signals.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.core.engine import ModelInfo
from app.core.settings import Settings
from app.workers.engine_worker import EngineController

if TYPE_CHECKING:  # the server's packages load when it starts, not with the window
    from app.core.server import HearthServer, ServedRequest, ServerThread

log = logging.getLogger(__name__)


class LocalServer(QObject):
    """The server's handle for the window. Thread: GUI."""

    # kind ("queued" | "started" | "finished"), core.server.ServedRequest; emitted from the
    # server's and the engine's threads, delivered on the GUI thread.
    activity = Signal(str, object)
    serving_changed = Signal()  # `serving` or `waiting` changed
    running_changed = Signal(bool)

    def __init__(self, controller: EngineController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._thread: ServerThread | None = None
        self._server: HearthServer | None = None
        self._model: ModelInfo | None = None
        self.serving: ServedRequest | None = None  # the request on the engine now
        self.waiting = 0
        self.url = ""
        self.activity.connect(self._on_activity, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, settings: Settings, api_key: str) -> str:
        """Serve on the configured port; returns the URL. Raises HearthError (port taken, the
        network without a key) with a message for the person."""
        from app.core.server import HearthServer, ServerConfig, ServerThread

        self.stop()
        host = "0.0.0.0" if settings.server_allow_network else "127.0.0.1"
        config = ServerConfig(host=host, port=settings.server_port, api_key=api_key)
        server = HearthServer(self.controller, replace(settings), config, self._model,
                              listener=self.activity.emit)
        thread = ServerThread(server)
        thread.start()
        self._server, self._thread = server, thread
        self.url = thread.url
        self.running_changed.emit(True)
        return self.url

    def stop(self) -> None:
        thread, self._thread, self._server = self._thread, None, None
        if thread is not None:
            thread.stop()
            self.url = ""
            self.serving, self.waiting = None, 0
            self.serving_changed.emit()
            self.running_changed.emit(False)

    def set_model(self, info: ModelInfo | None) -> None:
        """The model requests are answered with (None while loading or unloaded)."""
        self._model = info
        if self._server is not None:
            self._server.model_info = info

    def update_settings(self, settings: Settings) -> None:
        if self._server is not None:
            self._server.update_settings(settings)

    def stop_current(self) -> bool:
        """The window's Stop for the request being served."""
        return self._server is not None and self._server.stop_current()

    @Slot(str, object)
    def _on_activity(self, kind: str, request: ServedRequest) -> None:
        if kind == "queued":
            self.waiting += 1
        elif kind == "started":
            self.waiting = max(0, self.waiting - 1)
            self.serving = request
        elif kind == "finished":
            if self.serving is request:
                self.serving = None
            elif request.started_at is None:
                self.waiting = max(0, self.waiting - 1)  # cancelled before its turn
        self.serving_changed.emit()
