"""Background jobs on a thread pool (export, import, a turn's history, the refresh after a turn):
each opens its own Store on its thread and reports back to the GUI thread by signal or callback."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core import history_io, storage
from app.core.errors import HearthError
from app.core.harmony import Conversation
from app.core.history import conversation_for
from app.core.i18n import tr

log = logging.getLogger(__name__)

Job = Callable[[storage.Store], Any]


class _Relay(QObject):
    """Created on the GUI thread, so signals emitted from a pool thread arrive queued there."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Run(QRunnable):
    def __init__(self, task_id: int, job: Job, db_path: Path | None, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._job = job
        self._db_path = db_path
        self._relay = relay

    def run(self) -> None:  # runs on a pool thread
        try:
            with storage.Store.open(self._db_path) as store:
                result = self._job(store)
        except HearthError as exc:
            self._relay.failed.emit(self._id, str(exc))
            return
        except OSError as exc:
            self._relay.failed.emit(self._id, tr("The file could not be written or read: "
                                                 "{reason}").format(reason=exc))
            return
        except Exception as exc:  # unexpected: still a message a person sees
            log.exception("background task failed")
            self._relay.failed.emit(self._id, tr("The operation failed: {reason}").format(
                reason=exc))
            return
        self._relay.done.emit(self._id, result)


class TaskRunner(QObject):
    """Runs storage jobs off the GUI thread. Lives on the GUI thread.

    `finished(name, result)` / `failed(name, message)` fire on the GUI thread.
    """

    finished = Signal(str, object)
    failed = Signal(str, str)

    def __init__(self, db_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # jobs on one database run one after another
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._ids = itertools.count(1)
        self._names: dict[int, str] = {}
        self._callbacks: dict[int, tuple[Callable[[Any], None],
                                         Callable[[str], None] | None]] = {}

    def submit(self, name: str, job: Job, on_done: Callable[[Any], None] | None = None,
               on_failed: Callable[[str], None] | None = None) -> int:
        """Run `job` on the pool. With `on_done` the result goes to it (and a failure to
        `on_failed`) on the GUI thread instead of the finished / failed signals."""
        task_id = next(self._ids)
        self._names[task_id] = name
        if on_done is not None:
            self._callbacks[task_id] = (on_done, on_failed)
        self._pool.start(_Run(task_id, job, self._db_path, self._relay))
        return task_id

    def busy(self) -> bool:
        return bool(self._names)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def _on_done(self, task_id: int, result: object) -> None:
        name = self._names.pop(task_id, "")
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is not None:
            callbacks[0](result)
        else:
            self.finished.emit(name, result)

    def _on_failed(self, task_id: int, message: str) -> None:
        name = self._names.pop(task_id, "")
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is not None:
            if callbacks[1] is not None:
                callbacks[1](message)
            else:
                log.warning("background task %s failed: %s", name, message)
        else:
            self.failed.emit(name, message)


# --------------------------------------------------------------------------- jobs


def export_job(conversation_id: str | None, path: Path, fmt: str) -> Job:
    """A job writing one conversation (markdown or json), or all (conversation_id None)."""

    def job(store: storage.Store) -> Path:
        return history_io.write_export(store, path, conversation_id,
                                       "markdown" if fmt == "markdown" else "json")

    return job


def import_job(path: Path) -> Job:
    def job(store: storage.Store) -> history_io.ImportResult:
        return history_io.import_file(store, path)

    return job


def history_job(conversation_id: str, before_message_id: str | None,
                default_instructions: str) -> Job:
    """The harmony conversation of the active branch (cut before a message if given): for a
    long chat, reading and rendering every message takes the GUI thread too long."""

    def job(store: storage.Store) -> Conversation:
        conv = conversation_for(store, conversation_id)
        if before_message_id is not None:
            ids = [m.id for m in store.active_path(conversation_id)]
            if before_message_id in ids:
                conv.messages = conv.messages[: ids.index(before_message_id)]
        if not conv.instructions:
            conv.instructions = default_instructions
        return conv

    return job


def after_turn_job(conversation_id: str | None, sidebar_count: int) -> Job:
    """What the window re-reads when a turn ends: the conversation's branch positions and the
    sidebar's list (new order and titles)."""

    def job(store: storage.Store) -> tuple[dict[str, tuple[int, int]],
                                           list[storage.Conversation]]:
        positions = store.branch_positions(conversation_id) if conversation_id else {}
        return positions, store.list_conversations(limit=sidebar_count)

    return job
