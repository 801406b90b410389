"""Messages whose rendering killed the process open as plain text the next time.

A native crash inside Qt's Markdown importer or text layout cannot be caught, and the message
that caused it stays in the history: without this, the conversation would crash the app every
time it is opened. Before the first render of a stored message in this process its id is
appended to `rendering` (one unbuffered write, which survives the process dying); once the event
loop runs again the batch rendered fine and the file goes. A `rendering` file found at start
names the messages a crash interrupted: they are remembered in `plain-messages.json` and shown
as plain text from then on (the delegate says so under the message).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QTimer

from app.core.fileio import write_atomic

log = logging.getLogger(__name__)

ARMED_FILE = "rendering"
PLAIN_FILE = "plain-messages.json"
PLAIN_MAX = 1000  # a bound on what a run of bad luck can make us remember


class RenderGuard:
    """Arms around first renders of stored messages; knows which ones must stay plain.
    Thread: GUI."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._armed_path = folder / ARMED_FILE
        self._plain_path = folder / PLAIN_FILE
        self.plain: set[str] = self._read_plain()
        self.recovered: set[str] = set()  # messages a crash interrupted last time
        self._fd: int | None = None
        self._pending: set[str] = set()
        self._proven: set[str] = set()
        self._recover()

    def _read_plain(self) -> set[str]:
        try:
            data = json.loads(self._plain_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        return {str(x) for x in data} if isinstance(data, list) else set()

    def _recover(self) -> None:
        try:
            raw = self._armed_path.read_bytes()
        except OSError:
            return
        ids = {line for line in raw.decode("utf-8", errors="replace").splitlines() if line}
        if ids:
            log.warning("the last run stopped while rendering %d message(s): shown as plain "
                        "text from now on", len(ids))
            self.recovered = ids
            self.plain |= ids
            self._save_plain()
        try:
            self._armed_path.unlink()
        except OSError:
            pass

    def _save_plain(self) -> None:
        try:
            write_atomic(self._plain_path, json.dumps(sorted(self.plain)[-PLAIN_MAX:]))
        except OSError as exc:
            log.warning("cannot remember messages to show as plain text: %s", exc)

    def is_plain(self, message_id: str) -> bool:
        return bool(message_id) and message_id in self.plain

    def before_render(self, message_id: str) -> None:
        """`message_id` is about to be rendered: note it unless it was rendered fine before."""
        if not message_id or message_id in self._proven or message_id in self._pending:
            return
        try:
            if self._fd is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._fd = os.open(self._armed_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                                   0o600)
                QTimer.singleShot(0, self.disarm)
            os.write(self._fd, (message_id + "\n").encode("utf-8"))
        except OSError as exc:  # a read-only folder: no guard, rendering goes on
            log.debug("render guard not armed: %s", exc)
            return
        self._pending.add(message_id)

    def disarm(self) -> None:
        """The messages noted since the last call rendered without killing the process."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            try:
                self._armed_path.unlink()
            except OSError:
                pass
        self._proven |= self._pending
        self._pending.clear()
