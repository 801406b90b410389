"""Documents off the GUI thread: extract and index attached files one at a time with progress per
file, list and remove them. Every call runs on the shared `Jobs` runner's "documents" lane (one
thread, in order), each on its own database connection."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core import storage
from app.core.documents import DocumentIndex, IngestResult, collect_files, ingest
from app.core.errors import describe
from app.core.i18n import tr
from app.workers.jobs import Job, Jobs

log = logging.getLogger(__name__)

LANE = "documents"


class DocumentController(QObject):
    """What the window calls to work with documents; the results come back as signals.

    Lives on the GUI thread; the work itself runs on the jobs runner's documents lane.
    """

    files_found = Signal(int, str, list)  # job id, conversation id, [file path] in order
    file_progressed = Signal(int, str, int, int)  # job id, path, pages done, pages total
    file_finished = Signal(int, str, object)  # job id, conversation id, IngestResult
    job_finished = Signal(int, str)  # job id, conversation id
    documents_listed = Signal(str, list)  # conversation id, [DocumentInfo]
    orphans_swept = Signal(int)  # how many documents of purged conversations were forgotten
    failed = Signal(str)  # a message a person can act on

    def __init__(self, jobs: Jobs, db_path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._db_path = db_path
        self._jobs: dict[int, Job] = {}

    def _with_index(self, work: Callable[[DocumentIndex, Job], object]) -> Callable[[Job], object]:
        db_path = self._db_path

        def job(handle: Job) -> object:
            conn = storage.connect(db_path)
            try:
                return work(DocumentIndex(conn), handle)
            finally:
                conn.close()

        return job

    # ------------------------------------------------------------------ ingestion

    def ingest(self, conversation_id: str, paths: list[str]) -> int:
        """Index files (folders expanded) into a conversation; returns the job's id."""
        paths = list(paths)

        def work(index: DocumentIndex, job: Job) -> None:
            files = [str(p) for p in collect_files(paths)]
            job.report("found", files, final=True)
            for path in files:
                if job.cancelled.is_set():
                    break
                try:
                    results = ingest([path], index, conversation_id,
                                     progress=lambda p, d, t: job.report("page", p, d, t,
                                                                         final=d >= t),
                                     cancel=job.cancelled)
                except Exception as exc:  # one bad file never stops the others
                    log.exception("indexing %s failed", path)
                    results = [IngestResult(path, error=tr(
                        "{name} could not be indexed: {reason}").format(
                            name=Path(path).name, reason=describe(exc)),
                        error_type=type(exc).__name__)]
                if results:
                    job.report("file", results[0], final=True)
                elif job.cancelled.is_set():
                    break

        def progress(kind: str, *payload: object) -> None:
            if kind == "found":
                self.files_found.emit(handle.id, conversation_id, payload[0])
            elif kind == "page":
                path, done, total = payload
                self.file_progressed.emit(handle.id, path, done, total)
            else:
                self.file_finished.emit(handle.id, conversation_id, payload[0])

        def ended(message: str | None = None) -> None:
            self._jobs.pop(handle.id, None)
            if message:
                self.failed.emit(message)
            self.job_finished.emit(handle.id, conversation_id)

        handle = self.jobs.submit(self._with_index(work), lambda _r: ended(), ended,
                                  on_progress=progress, lane=LANE)
        self._jobs[handle.id] = handle
        return handle.id

    def cancel(self, job_id: int | None = None) -> None:
        """Stop one ingestion (or all): the file in hand is dropped whole, the rest skipped."""
        for jid, job in self._jobs.items():
            if job_id is None or jid == job_id:
                job.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    # ------------------------------------------------------------------ listing, removing

    def list_documents(self, conversation_id: str) -> None:
        self.jobs.submit(self._with_index(lambda index, _j: index.list_documents(conversation_id)),
                         lambda docs: self.documents_listed.emit(conversation_id, docs),
                         lambda m: self.failed.emit(tr(
                             "The attached documents could not be listed: {reason}").format(
                                 reason=m)), lane=LANE)

    def remove(self, doc_id: int) -> None:
        self.jobs.submit(self._with_index(lambda index, _j: index.remove_document(doc_id)),
                         lambda _removed: None,
                         lambda m: self.failed.emit(tr(
                             "The document could not be removed: {reason}").format(reason=m)),
                         lane=LANE)

    def sweep_orphans(self) -> None:
        """Forget documents whose conversation is gone for good (purged from the trash)."""

        def work(index: DocumentIndex, _job: Job) -> int:
            store = storage.Store(index.conn)
            removed = 0
            for cid in {d.conversation_id for d in index.list_documents()}:
                try:
                    store.get_conversation(cid)
                except storage.NotFoundError:
                    removed += index.remove_conversation(cid)
            return removed

        self.jobs.submit(self._with_index(work), self.orphans_swept.emit, lane=LANE)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel ingestion; the caller waits for the jobs runner."""
        self.cancel()
