"""Export and import of conversations from the window: file dialogs, the job, the toast."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core import history_io, storage
from app.ui.widgets import Toast
from app.workers.jobs import Jobs
from app.workers.tasks import export_job, import_job


class HistoryActions(QObject):
    """Asks where, runs the export or import off the GUI thread, says how it went. Thread: GUI."""

    exported = Signal(object)  # the path written
    imported = Signal(object)  # history_io.ImportResult, after the sidebar was told
    failed = Signal(str)

    def __init__(self, parent: QWidget, store: storage.Store, jobs: Jobs, toast: Toast,
                 on_imported: Callable[[], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self.store = store
        self.jobs = jobs
        self.toast = toast
        self._on_imported_cb = on_imported

    # -- dialogs

    def ask_export(self, conversation_id: str | None, fmt: str) -> None:
        if not conversation_id:
            return
        title = self.store.get_conversation(conversation_id).title or "conversation"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
        suffix = ".md" if fmt == "markdown" else ".json"
        filters = self.tr("Markdown (*.md)") if fmt == "markdown" else self.tr("JSON (*.json)")
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export conversation"),
                                              str(Path.home() / f"{safe}{suffix}"), filters)
        if path:
            self.export_conversation(conversation_id, Path(path), fmt)

    def ask_export_all(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export all conversations"),
                                              str(Path.home() / "hearth-conversations.json"),
                                              self.tr("JSON (*.json)"))
        if path:
            self.export_all(Path(path))

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import conversations"),
                                              str(Path.home()), self.tr("JSON (*.json)"))
        if path:
            self.import_file(Path(path))

    # -- the work

    def export_conversation(self, conversation_id: str, path: Path, fmt: str) -> None:
        self.jobs.with_store(export_job(conversation_id, path, fmt), self._on_exported,
                             self._on_failed)

    def export_all(self, path: Path) -> None:
        self.jobs.with_store(export_job(None, path, "json"), self._on_exported, self._on_failed)

    def import_file(self, path: Path) -> None:
        self.jobs.with_store(import_job(path), self._on_imported, self._on_failed)

    def _on_exported(self, path: object) -> None:
        self.toast.show_message(self.tr("Exported to {path}").format(path=path))
        self.exported.emit(path)

    def _on_imported(self, result: history_io.ImportResult) -> None:
        self._on_imported_cb()
        if result.added_conversations or result.added_messages:
            text = self.tr("Imported {c} conversations and {m} messages.").format(
                c=result.added_conversations, m=result.added_messages)
        else:
            text = self.tr("Nothing new to import: everything was already here.")
        self.toast.show_message(text)
        self.imported.emit(result)

    def _on_failed(self, message: str) -> None:
        self.toast.show_message(message, kind="error", timeout_ms=0)
        self.failed.emit(message)
