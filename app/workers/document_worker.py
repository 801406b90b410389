"""The document worker: extracts and indexes attached files on its own QThread, one file at a time,
with progress per file; lists and removes documents. It has its own database connection."""

from __future__ import annotations

import itertools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from app.core import storage
from app.core.documents import DocumentIndex, IngestResult, collect_files, ingest
from app.core.errors import HearthError
from app.core.i18n import tr

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 1 / 30  # page progress reaches the GUI at most ~30 times a second


@dataclass
class IngestJob:
    """Files (or folders) dropped on one conversation."""

    conversation_id: str
    paths: list[str]
    job_id: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)


class DocumentWorker(QObject):
    """Lives on the document thread; every slot runs there, every signal is delivered queued.

    Holds its own sqlite connection (a connection belongs to the thread that opened it), opened
    on first use on this thread.
    """

    files_found = Signal(int, str, list)  # job id, conversation id, [file path] in order
    file_progressed = Signal(int, str, int, int)  # job id, path, pages done, pages total
    file_finished = Signal(int, str, object)  # job id, conversation id, IngestResult
    job_finished = Signal(int, str)  # job id, conversation id
    documents_listed = Signal(str, list)  # conversation id, [DocumentInfo]
    document_removed = Signal(int, bool)  # document id, whether it existed
    conversation_removed = Signal(str, int)  # conversation id, documents removed
    failed = Signal(str)  # a message a person can act on

    def __init__(self, db_path: Path | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        self._conn: sqlite3.Connection | None = None
        self._index: DocumentIndex | None = None

    def _get_index(self) -> DocumentIndex:
        if self._index is None:
            self._conn = storage.connect(self._db_path)
            self._index = DocumentIndex(self._conn)
        return self._index

    @Slot(object)
    def ingest(self, job: IngestJob) -> None:
        cid = job.conversation_id
        try:
            index = self._get_index()
            files = [str(p) for p in collect_files(job.paths)]
        except (HearthError, OSError) as exc:
            self.failed.emit(str(exc))
            self.job_finished.emit(job.job_id, cid)
            return
        self.files_found.emit(job.job_id, cid, files)
        for path in files:
            if job.cancel.is_set():
                break
            try:
                results = ingest([path], index, cid, progress=self._throttled(job.job_id),
                                 cancel=job.cancel)
            except Exception as exc:  # one bad file never stops the others
                log.exception("indexing %s failed", path)
                results = [IngestResult(path, error=tr(
                    "{name} could not be indexed: {reason}").format(
                        name=Path(path).name, reason=exc), error_type=type(exc).__name__)]
            if results:
                self.file_finished.emit(job.job_id, cid, results[0])
            elif job.cancel.is_set():
                break
        self.job_finished.emit(job.job_id, cid)

    def _throttled(self, job_id: int) -> Callable[[str, int, int], None]:
        last = [0.0]

        def progress(path: str, done: int, total: int) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] >= PROGRESS_INTERVAL_S:
                last[0] = now
                self.file_progressed.emit(job_id, path, done, total)

        return progress

    @Slot(str)
    def list_documents(self, conversation_id: str) -> None:
        try:
            docs = self._get_index().list_documents(conversation_id)
        except Exception as exc:
            log.exception("listing documents failed")
            self.failed.emit(tr("The attached documents could not be listed: {reason}").format(
                reason=exc))
            return
        self.documents_listed.emit(conversation_id, docs)

    @Slot(int)
    def remove(self, doc_id: int) -> None:
        try:
            removed = self._get_index().remove_document(doc_id)
        except Exception as exc:
            log.exception("removing a document failed")
            self.failed.emit(tr("The document could not be removed: {reason}").format(
                reason=exc))
            return
        self.document_removed.emit(doc_id, removed)

    @Slot(str)
    def remove_conversation(self, conversation_id: str) -> None:
        try:
            n = self._get_index().remove_conversation(conversation_id)
        except Exception as exc:
            log.exception("removing a conversation's documents failed")
            self.failed.emit(tr("The conversation's documents could not be removed: {reason}")
                             .format(reason=exc))
            return
        self.conversation_removed.emit(conversation_id, n)

    @Slot()
    def sweep_orphans(self) -> None:
        """Forget documents whose conversation is gone for good (purged from the trash)."""
        try:
            index = self._get_index()
            assert self._conn is not None
            store = storage.Store(self._conn)
            owners = {d.conversation_id for d in index.list_documents()}
            for cid in owners:
                try:
                    store.get_conversation(cid)
                except storage.NotFoundError:
                    n = index.remove_conversation(cid)
                    self.conversation_removed.emit(cid, n)
        except Exception:
            log.exception("sweeping orphaned documents failed")

    @Slot()
    def shutdown(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._index = None


class DocumentController(QObject):
    """The GUI thread's handle on the document thread. Widgets call its methods."""

    ingest_requested = Signal(object)
    list_requested = Signal(str)
    remove_requested = Signal(int)
    remove_conversation_requested = Signal(str)
    sweep_requested = Signal()

    def __init__(self, db_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("hearth-documents")
        self.worker = DocumentWorker(db_path)
        self.worker.moveToThread(self._thread)
        self.ingest_requested.connect(self.worker.ingest)
        self.list_requested.connect(self.worker.list_documents)
        self.remove_requested.connect(self.worker.remove)
        self.remove_conversation_requested.connect(self.worker.remove_conversation)
        self.sweep_requested.connect(self.worker.sweep_orphans)
        self.worker.job_finished.connect(self._on_job_finished)
        self._ids = itertools.count(1)
        self._jobs: dict[int, IngestJob] = {}
        self._thread.start()

    def ingest(self, conversation_id: str, paths: list[str]) -> int:
        job = IngestJob(conversation_id, list(paths), next(self._ids))
        self._jobs[job.job_id] = job
        self.ingest_requested.emit(job)
        return job.job_id

    def cancel(self, job_id: int | None = None) -> None:
        """Stop one job (or all): the file in hand is dropped whole, the rest skipped."""
        for jid, job in self._jobs.items():
            if job_id is None or jid == job_id:
                job.cancel.set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def list_documents(self, conversation_id: str) -> None:
        self.list_requested.emit(conversation_id)

    def remove(self, doc_id: int) -> None:
        self.remove_requested.emit(doc_id)

    def remove_conversation(self, conversation_id: str) -> None:
        self.remove_conversation_requested.emit(conversation_id)

    def sweep_orphans(self) -> None:
        self.sweep_requested.emit()

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel ingestion and join the thread (the connection closes on its own thread)."""
        self.cancel()
        QMetaObject.invokeMethod(self.worker, "shutdown",
                                 Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait(timeout_ms)

    @Slot(int, str)
    def _on_job_finished(self, job_id: int, _conversation_id: str) -> None:
        self._jobs.pop(job_id, None)
