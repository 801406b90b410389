"""Background jobs on a thread pool (export, import): each opens its own Store on its thread and
reports back to the GUI thread by signal."""

from __future__ import annotations

import itertools
import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core import storage
from app.core.errors import HearthError
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

    def submit(self, name: str, job: Job) -> int:
        task_id = next(self._ids)
        self._names[task_id] = name
        self._pool.start(_Run(task_id, job, self._db_path, self._relay))
        return task_id

    def busy(self) -> bool:
        return bool(self._names)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def _on_done(self, task_id: int, result: object) -> None:
        self.finished.emit(self._names.pop(task_id, ""), result)

    def _on_failed(self, task_id: int, message: str) -> None:
        self.failed.emit(self._names.pop(task_id, ""), message)


# --------------------------------------------------------------------------- jobs


def write_text_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temp file beside it, then a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".hearth-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_job(conversation_id: str | None, path: Path, fmt: str) -> Job:
    """A job writing one conversation (markdown or json), or all (conversation_id None)."""

    def job(store: storage.Store) -> Path:
        if conversation_id is None:
            data = store.export_all()
            write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))
        elif fmt == "markdown":
            write_text_atomic(path, store.export_markdown(conversation_id))
        else:
            data = store.export_json(conversation_id)
            write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))
        return path

    return job


def import_job(path: Path) -> Job:
    def job(store: storage.Store) -> storage.ImportResult:
        return store.import_json(storage.read_export_file(path))

    return job
