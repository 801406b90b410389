"""One window per data folder: a second start brings the first window forward and quits.

The window holds the data folder's instance lock (app.core.liveness) for its life and listens on
a local socket named after the folder; a second start that cannot take the lock connects to that
socket, asks the first window to come forward, and ends. Thread: GUI.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.core.liveness import InstanceLock

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_MS = 2000


def server_name(data_dir: Path) -> str:
    """A socket name only this data folder's windows use (and short enough for every OS)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8", "surrogatepass"))
    return f"hearth-{digest.hexdigest()[:20]}"


class SingleInstance(QObject):
    """The data folder's lock and the socket that hears later starts."""

    activated = Signal()  # another start asked this window to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock = InstanceLock(data_dir)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the folder's first window (or the lock cannot be made at all: a
        read-only folder, reported by the database check instead)."""
        try:
            return self.lock.acquire()
        except OSError as exc:
            log.warning("no instance lock in a folder that cannot be written: %s", exc)
            return True

    def listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A socket file left by a window that crashed: ours now (we hold the lock).
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("single-instance socket not listening: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if ACTIVATE.strip() in bytes(socket.readAll().data()):
            self.activated.emit()
        socket.disconnectFromServer()

    def ask_first_to_show(self) -> bool:
        """From a second start: ask the first window to come forward. False if it did not
        answer (it is starting or stopping)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(ACTIVATE)
        ok = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.release()
