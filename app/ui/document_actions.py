"""Documents from the window's side: attach (dialog, files dropped on the window), the chips'
progress, failures said once, and opening a cited source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.documents import IngestResult
from app.ui.composer import local_paths
from app.ui.documents import DocEntry, DocumentShelf, DropOverlay
from app.ui.open_file import open_document
from app.ui.widgets import Toast
from app.workers.document_worker import DocumentController

DOCUMENT_FILTER = ("*.pdf *.docx *.txt *.md *.markdown *.rst *.html *.htm *.csv *.tsv *.py *.js "
                   "*.ts *.java *.c *.cpp *.h *.go *.rs *.json *.yaml *.yml *.toml")


class DocumentActions(QObject):
    """Connects the document controller to the shelf of chips and the toast. Thread: GUI."""

    ingested = Signal(int, list)  # job id, [IngestResult], after the chips updated

    def __init__(self, parent: QWidget, documents: DocumentController, shelf: DocumentShelf,
                 toast: Toast, conversation_for_files: Callable[[list[str]], str]) -> None:
        super().__init__(parent)
        self._parent = parent
        self.documents = documents
        self.shelf = shelf
        self.toast = toast
        # The conversation files go into (made first, named after the file, for a new chat).
        self._conversation_for = conversation_for_files
        self._results: dict[int, list[IngestResult]] = {}
        documents.files_found.connect(shelf.files_found)
        documents.file_progressed.connect(shelf.progressed)
        documents.file_finished.connect(self._on_file_finished)
        documents.job_finished.connect(self._on_job_finished)
        documents.documents_listed.connect(shelf.set_listed)
        documents.failed.connect(lambda message: toast.show_message(message, kind="error"))
        shelf.remove_requested.connect(self.remove)
        self._overlay: DropOverlay | None = None
        self._drop_target: Callable[[], QWidget] | None = None

    def ask_attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._parent, self.tr("Attach documents"), str(Path.home()),
            self.tr("Documents ({patterns});;All files (*)").format(patterns=DOCUMENT_FILTER))
        if paths:
            self.attach(paths)

    def attach(self, paths: list[str]) -> int | None:
        """Extract and index files (folders expanded) into the conversation on screen; returns
        the ingestion job's id."""
        paths = [str(p) for p in paths if str(p)]
        if not paths:
            return None
        conversation_id = self._conversation_for(paths)
        job_id = self.documents.ingest(conversation_id, paths)
        self._results[job_id] = []
        self.shelf.add_pending(conversation_id, job_id, paths)
        return job_id

    def take_drops(self, widget: QWidget, overlay: DropOverlay,
                   target: Callable[[], QWidget]) -> None:
        """Files dropped anywhere on `widget` are attached; while they hover, `overlay` covers
        what `target()` returns."""
        self._overlay, self._drop_target = overlay, target
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        overlay, target = self._overlay, self._drop_target
        if overlay is None or target is None:
            return False
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if local_paths(event.mimeData()):
                event.acceptProposedAction()
                overlay.show_over(target())
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.DragMove and isinstance(event, QDragMoveEvent):
            if not local_paths(event.mimeData()):
                return False
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.DragLeave:
            overlay.hide()
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            overlay.hide()
            paths = local_paths(event.mimeData())
            if not paths:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.attach(paths)
            return True
        return False

    def show_conversation(self, conversation_id: str | None) -> None:
        self.shelf.show_conversation(conversation_id)
        if conversation_id is not None:
            self.documents.list_documents(conversation_id)

    def remove(self, entry: DocEntry) -> None:
        self.shelf.remove_key(entry.key)
        if entry.doc_id is not None:
            self.documents.remove(entry.doc_id)

    def _on_file_finished(self, job_id: int, conversation_id: str,
                          result: IngestResult) -> None:
        self._results.setdefault(job_id, []).append(result)
        entry = self.shelf.finished(job_id, conversation_id, result)
        if entry is not None and entry.discard and result.ok and result.doc_id is not None:
            self.documents.remove(result.doc_id)  # removed by the user while it was indexing

    def _on_job_finished(self, job_id: int, _conversation_id: str) -> None:
        self.shelf.job_finished(job_id)
        results = self._results.pop(job_id, [])
        failed = [r for r in results if not r.ok]
        if len(failed) == 1:
            self.toast.show_message(failed[0].error, kind="error", timeout_ms=10000)
        elif failed:
            self.toast.show_message(self.tr(
                "{n} files could not be read; point at their chips to see why.").format(
                    n=len(failed)), kind="error", timeout_ms=10000)
        self.ingested.emit(job_id, results)

    def open_source(self, source: dict[str, Any]) -> bool:
        """Open a cited file (at its page where the viewer allows)."""
        path = str(source.get("path") or "")
        page = source.get("page")
        if open_document(path, page if isinstance(page, int) else None):
            return True
        name = source.get("file") or Path(path).name
        if path and Path(path).is_file():  # there, but nothing on this system opens it
            self.toast.show_message(self.tr(
                "No application to open {name} is installed. Install a viewer for this kind of "
                "file, or open it yourself: {path}").format(name=name, path=path), kind="error")
        else:
            self.toast.show_message(self.tr("{name} is no longer where it was: {path}").format(
                name=name, path=path), kind="error")
        return False
