"""The main window: sidebar, chat view, composer, status bar; wires the engine worker to them."""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import storage
from app.core.chat import Retriever
from app.core.documents import DocumentIndex, IngestResult
from app.core.documents.for_chat import chat_retriever
from app.core.engine import EngineConfig, LlamaEngine, ModelInfo, SamplingParams
from app.core.harmony import Conversation
from app.core.history import PROMPT_TEXT_KEY, conversation_for
from app.core.settings import Settings, paths
from app.ui import icons, warmup
from app.ui.chat_layout import RowAction
from app.ui.chat_model import ChatModel
from app.ui.chat_view import ChatView
from app.ui.composer import Composer, local_paths
from app.ui.documents import DocEntry, DropOverlay
from app.ui.gc_policy import IdleCollector
from app.ui.model_manager import ModelManagerDialog
from app.ui.open_file import open_document
from app.ui.settings_dialog import SettingsDialog
from app.ui.sidebar import Sidebar
from app.ui.theme import Colors, ThemeManager
from app.ui.widgets import EmptyState, Toast
from app.workers.document_worker import DocumentController
from app.workers.download_worker import Background, DownloadWorker
from app.workers.engine_worker import EngineController, GenerateRequest, TurnOutcome
from app.workers.tasks import TaskRunner, after_turn_job, export_job, history_job, import_job

log = logging.getLogger(__name__)

TITLE_CHARS = 60
WINDOW_STATE_FILE = "window.json"


class MainWindow(QMainWindow):
    """The window a person lives in. Thread: GUI.

    It owns the GUI thread's Store (reads, and the few writes a person makes directly: rename,
    pin, delete, branch selection), the EngineController (whose worker writes streaming replies
    on its own connection) and a TaskRunner for export / import.
    """

    model_manager_requested = Signal()
    turn_finished = Signal(object)  # TurnOutcome, after the view has been updated
    turn_failed = Signal(str)
    # Re-emitted on the GUI thread after the window has updated itself (tests wait on these).
    model_ready = Signal(object)  # ModelInfo
    model_load_failed = Signal(str)
    stream_started = Signal()
    documents_ingested = Signal(int, list)  # job id, [IngestResult], after the chips updated

    def __init__(self, settings: Settings | None = None, *,
                 theme: ThemeManager | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Hearth"))
        self.setWindowIcon(icons.app_icon())
        self.settings = settings if settings is not None else Settings.load()
        self.paths = paths().ensure()
        self.store = storage.Store.open(self.paths.database)
        # This process is the one writer of replies: anything still "streaming" is a crash's.
        self.interrupted_on_start = self.store.mark_interrupted()
        self.store.purge_deleted(older_than_s=7 * 24 * 3600)
        self.controller = EngineController(db_path=self.paths.database, safety_factory=None,
                                           parent=self)
        self.tasks = TaskRunner(self.paths.database, self)
        self.documents = DocumentController(self.paths.database, self)
        self._ingest_results: dict[int, list[IngestResult]] = {}
        self._provisional_titles: set[str] = set()  # chats named after a dropped file
        # One download worker for the app's life: downloads left unfinished last time continue
        # at start, and the model manager (made on first use, then only hidden) shares it.
        self.downloads = DownloadWorker(self.settings, parent=self)
        self.background = Background(self)
        self.model_manager: ModelManagerDialog | None = None
        self.model_manager_options: dict[str, Any] = {}  # extra dialog arguments (tests)
        self.theme = theme or ThemeManager(self)
        self.model_info: ModelInfo | None = None
        self.loading = False
        self.conversation_id: str | None = None
        self._request_id = 0
        # The conversation of the turn being prepared or generated; its rows live in
        # chat_model while it is shown and in _parked (no view) while another one is.
        self._stream_conversation: str | None = None
        self._parked: ChatModel | None = None
        # Deleted while their answer was being written: they go to the trash once it has
        # stopped, so nothing is written into a deleted conversation.
        self._pending_deletes: set[str] = set()
        self._refusal = ""  # the toast that said an answer is being written elsewhere
        self._editing_row = -1
        self._pending_effort = self.settings.reasoning_effort
        self._speed_first: float | None = None
        self._speed_tokens = 0
        self._closed = False
        # A turn whose history is being read off the GUI thread (a token; None when idle).
        self._preparing: object | None = None
        self._cancel_reload = False

        self._build()
        self._connect_worker()
        self.theme.changed.connect(self._on_theme_changed)
        self.theme.set_mode(self.settings.theme)
        self.sidebar.reload()
        self._restore_window_state()
        self._update_pages()
        self._update_status()
        QTimer.singleShot(0, self.resume_downloads)
        warmup.start(self.settings)  # before the first model load and turn need it
        self.collector = IdleCollector(self)
        self.collector.schedule()  # startup made most of the objects the app will ever have
        self.turn_finished.connect(lambda _outcome: self.collector.schedule())
        self.turn_failed.connect(lambda _message: self.collector.schedule())
        # Documents of conversations purged from the trash above go too (off this thread).
        self.documents.sweep_orphans()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.sidebar = Sidebar(self.store)
        self.sidebar.conversation_activated.connect(self.open_conversation)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.delete_requested.connect(self.delete_conversation)
        self.sidebar.export_requested.connect(self._ask_export)
        self.sidebar.settings_requested.connect(self.open_settings)
        self.sidebar.menu_requested.connect(self._show_app_menu)

        self.chat_model = ChatModel(self)
        self.chat_view = ChatView()
        self.chat_view.setModel(self.chat_model)
        self.chat_view.action_triggered.connect(self._on_row_action)
        self.chat_model.rowsInserted.connect(self._update_chat_stack)
        self.chat_model.rowsRemoved.connect(self._update_chat_stack)
        self.chat_model.modelReset.connect(self._update_chat_stack)

        self.composer = Composer()
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.composer.effort_changed.connect(self._on_effort_changed)
        self.composer.edit_cancelled.connect(self._on_edit_cancelled)
        self.composer.attach_requested.connect(self.ask_attach)
        self.composer.files_dropped.connect(self.attach_files)
        self.composer.shelf.remove_requested.connect(self.remove_document)
        self.composer.set_effort(self._pending_effort)

        self.welcome = EmptyState()
        self.welcome.set_content(self.tr("What's on your mind?"),
                                 self.tr("Everything stays on this computer."))
        self.chat_stack = QStackedWidget()
        self.chat_stack.addWidget(self.welcome)
        self.chat_stack.addWidget(self.chat_view)

        chat_page = QWidget()
        chat_page.setObjectName("chatPage")
        chat_layout = QVBoxLayout(chat_page)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(20, 10, 16, 4)
        self.sidebar_toggle = QToolButton()
        self.sidebar_toggle.setObjectName("iconButton")
        self.sidebar_toggle.setToolTip(self.tr("Show or hide the sidebar (Ctrl+B)"))
        self.sidebar_toggle.clicked.connect(self.toggle_sidebar)
        self.title_label = QLabel()
        self.title_label.setObjectName("chatTitle")
        header.addWidget(self.sidebar_toggle)
        header.addSpacing(6)
        header.addWidget(self.title_label, 1)
        chat_layout.addLayout(header)
        chat_layout.addWidget(self.chat_stack, 1)
        composer_row = QHBoxLayout()
        composer_row.setContentsMargins(24, 4, 24, 14)
        composer_row.addStretch(1)
        composer_row.addWidget(self.composer, 40)
        composer_row.addStretch(1)
        self.composer.setMaximumWidth(800)
        chat_layout.addLayout(composer_row)

        self.no_model = EmptyState()
        self.no_model.set_content(
            self.tr("Welcome to Hearth"),
            self.tr("Chat privately with OpenAI's gpt-oss models, right on this computer. "
                    "Nothing you write leaves it. To begin, get a model or open a GGUF file "
                    "you already have."),
            self.tr("Get a model"), self.tr("Open a GGUF file…"))
        self.no_model.primary_clicked.connect(self.open_model_manager)
        self.no_model.secondary_clicked.connect(self.ask_open_model)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_model)
        self.pages.addWidget(chat_page)
        self.chat_page = chat_page

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setHandleWidth(1)
        self.splitter.setSizes([260, 940])
        self.setCentralWidget(self.splitter)

        self.toast = Toast(self.pages)
        self.drop_overlay = DropOverlay(self.pages)
        self.setAcceptDrops(True)

        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.model_label = QLabel()
        self.model_label.setObjectName("statusModel")
        self.context_label = QLabel()
        self.speed_label = QLabel()
        self.speed_label.setObjectName("statusSpeed")
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 1000)
        self.load_progress.setFixedWidth(160)
        self.load_progress.setTextVisible(False)
        self.load_cancel = QPushButton(self.tr("Cancel"))
        self.load_cancel.setObjectName("linkButton")
        self.load_cancel.clicked.connect(self.cancel_load)
        self.stream_label = QLabel()
        self.stream_label.setObjectName("statusStream")
        self.stream_show = QPushButton(self.tr("Show"))
        self.stream_show.setObjectName("linkButton")
        self.stream_show.setToolTip(self.tr("Open the conversation the answer is written in"))
        self.stream_show.clicked.connect(self.show_streaming_conversation)
        bar.addWidget(self.model_label)
        bar.addWidget(self.load_progress)
        bar.addWidget(self.load_cancel)
        bar.addWidget(self.stream_label)
        bar.addWidget(self.stream_show)
        bar.addPermanentWidget(self.speed_label)
        bar.addPermanentWidget(self.context_label)
        self.load_progress.hide()
        self.load_cancel.hide()
        self.stream_label.hide()
        self.stream_show.hide()

        self._add_actions()
        self.resize(1200, 800)

    def _add_actions(self) -> None:
        def action(text: str, slot: Any,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                   ) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            self.addAction(act)
            return act

        self.act_new = action(self.tr("New chat"), self.new_chat, QKeySequence.StandardKey.New)
        self.act_open = action(self.tr("Open a GGUF file…"), self.ask_open_model,
                               QKeySequence.StandardKey.Open)
        self.act_settings = action(self.tr("Settings…"), self.open_settings, "Ctrl+,")
        self.act_sidebar = action(self.tr("Toggle sidebar"), self.toggle_sidebar, "Ctrl+B")
        self.act_search = action(self.tr("Search"), self._focus_search,
                                 QKeySequence.StandardKey.Find)
        self.act_export_md = action(self.tr("Export this conversation as Markdown…"),
                                    lambda: self._ask_export(self.conversation_id, "markdown"))
        self.act_export_json = action(self.tr("Export this conversation as JSON…"),
                                      lambda: self._ask_export(self.conversation_id, "json"))
        self.act_export_all = action(self.tr("Export all conversations…"), self._ask_export_all)
        self.act_import = action(self.tr("Import conversations…"), self._ask_import)
        self.act_models = action(self.tr("Models…"), self.open_model_manager)

    def _connect_worker(self) -> None:
        w = self.controller.worker
        w.load_progressed.connect(self._on_load_progress)
        w.model_loaded.connect(self._on_model_loaded)
        w.load_failed.connect(self._on_load_failed)
        w.load_cancelled.connect(self._on_load_cancelled)
        w.generation_started.connect(self._on_generation_started)
        w.events_received.connect(self._on_events)
        w.generation_finished.connect(self._on_generation_finished)
        w.generation_failed.connect(self._on_generation_failed)
        self.tasks.finished.connect(self._on_task_finished)
        self.tasks.failed.connect(self._on_task_failed)
        d = self.documents.worker
        shelf = self.composer.shelf
        d.files_found.connect(shelf.files_found)
        d.file_progressed.connect(shelf.progressed)
        d.file_finished.connect(self._on_document_finished)
        d.job_finished.connect(self._on_documents_job_finished)
        d.documents_listed.connect(shelf.set_listed)
        d.failed.connect(lambda message: self.toast.show_message(message, kind="error"))

    # ------------------------------------------------------------------ theme and state

    def _on_theme_changed(self, colors: Colors) -> None:
        self.chat_view.chat_delegate.set_colors(colors)
        self.sidebar.set_colors(colors)
        self.composer.set_colors(colors)
        self.drop_overlay.colors = colors
        self.sidebar_toggle.setIcon(icons.icon("sidebar", colors.muted))
        self.chat_view.scheduleDelayedItemsLayout()
        self.chat_view.viewport().update()

    def _update_pages(self) -> None:
        has_model = self.model_info is not None or self.loading
        has_history = self.conversation_id is not None
        self.pages.setCurrentWidget(self.chat_page if has_model or has_history
                                    else self.no_model)
        self._update_chat_stack()
        title = ""
        if self.conversation_id is not None:
            try:
                title = self.store.get_conversation(self.conversation_id).title
            except storage.NotFoundError:
                title = ""
        self.title_label.setText(title or self.tr("New chat"))
        self.setWindowTitle(f"{title} — Hearth" if title else "Hearth")
        # The composer is about the conversation on screen: an answer written in another one
        # is not stopped from here (the status bar and the sidebar say where it is).
        self.composer.set_busy(self._busy_here())
        self.sidebar.set_writing(self._stream_conversation if self.busy else None)
        self._update_stream_status()
        self.composer.edit.setEnabled(not self.loading or bool(self.model_info))
        if self.loading:
            self.composer.edit.setPlaceholderText(self.tr("Loading the model…"))
        elif self.model_info is None:
            self.composer.edit.setPlaceholderText(self.tr("Open a model to start chatting"))
        else:
            self.composer.edit.setPlaceholderText(self.tr("Message Hearth…"))

    def _update_stream_status(self) -> None:
        elsewhere = self._busy_elsewhere()
        if elsewhere:
            assert self._stream_conversation is not None
            self.stream_label.setText(self.tr("Writing an answer in “{title}”…").format(
                title=self._title_of(self._stream_conversation)))
        self.stream_label.setVisible(elsewhere)
        self.stream_show.setVisible(elsewhere)

    def _title_of(self, conversation_id: str) -> str:
        try:
            title = self.store.get_conversation(conversation_id).title
        except storage.NotFoundError:
            title = ""
        return title or self.tr("New conversation")

    def _update_chat_stack(self) -> None:
        self.chat_stack.setCurrentWidget(self.chat_view if self.chat_model.rowCount()
                                         else self.welcome)

    def _update_status(self) -> None:
        info = self.model_info
        if self.loading:
            self.model_label.setText(self.tr("Loading the model…"))
        elif info is None:
            self.model_label.setText(self.tr("No model loaded"))
        else:
            self.model_label.setText(self.tr("{name}  ·  {backend}").format(
                name=info.name, backend=info.backend))
        notice = str(info.extra.get("notice") or "") if info is not None else ""
        self.model_label.setToolTip(notice)
        self._update_context_label()

    def _update_context_label(self) -> None:
        if self.model_info is None:
            self.context_label.setText("")
            return
        used = 0
        for item in reversed(self.chat_model.items()):
            if item.role == "assistant" and item.stats:
                used = int(item.stats.get("prompt_tokens", 0)) + int(
                    item.stats.get("generated_tokens", 0))
                break
        self.context_label.setText(self.tr("Context {used} / {total}").format(
            used=f"{used:,}", total=f"{self.model_info.n_ctx:,}"))

    # ------------------------------------------------------------------ model loading

    def open_model_manager(self) -> ModelManagerDialog:
        """Show the model manager: one window for the app's life (closing only hides it, so
        downloads go on); choosing a model there loads it here."""
        if self.model_manager is None:
            dialog = ModelManagerDialog(self.settings, self, worker=self.downloads,
                                        auto_resume=False, **self.model_manager_options)
            dialog.model_chosen.connect(self.load_model)
            self.model_manager = dialog
        self.model_manager_requested.emit()
        self.model_manager.show()
        self.model_manager.raise_()
        self.model_manager.activateWindow()
        return self.model_manager

    def _show_model_manager(self) -> None:
        self.open_model_manager()

    def resume_downloads(self) -> None:
        """Continue downloads an earlier run left unfinished (paused when offline). Looking for
        them walks the models folder, so it runs on a pool thread."""
        if self._closed:
            return
        worker, start = self.downloads, not self.settings.offline
        self.background.run(lambda: worker.resume_partials(start=start),
                            self._on_downloads_resumed, self._on_downloads_resume_failed)

    def _on_downloads_resumed(self, jobs: list[Any]) -> None:
        if not jobs or self._closed:
            return
        if self.settings.offline:
            text = self.tr("{n} unfinished download(s) are paused because offline mode is "
                           "on.").format(n=len(jobs))
        else:
            text = self.tr("Continuing {n} unfinished download(s) in the background.").format(
                n=len(jobs))
        self.toast.show_message(text, action=self.tr("Show"),
                                callback=self._show_model_manager,
                                timeout_ms=10000)

    def _on_downloads_resume_failed(self, message: str) -> None:
        log.warning("unfinished downloads not resumed: %s", message)

    def ask_open_model(self) -> None:
        start = str(self.settings.models_folder())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a GGUF model"), start,
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.load_model(path)

    def engine_config(self, model_path: str) -> EngineConfig:
        s = self.settings
        return EngineConfig(
            model_path=model_path,
            n_ctx=s.context_length,
            n_gpu_layers=s.gpu_layers,
            n_threads=s.cpu_threads or None,
            flash_attn=s.flash_attn,
            use_mmap=s.use_mmap,
            low_memory=s.low_memory,
        )

    def load_model(self, model_path: str | Path) -> None:
        """Load a GGUF on the engine thread; progress shows in the status bar."""
        self._stop_if_streaming()
        self.loading = True
        self.model_info = None
        self.load_progress.setValue(0)
        self.load_progress.show()
        self.load_cancel.show()
        self.controller.load(self.engine_config(str(model_path)))
        self._update_pages()
        self._update_status()

    def cancel_load(self) -> None:
        self.controller.cancel_load()

    def _on_load_progress(self, fraction: float) -> None:
        self.load_progress.setValue(int(fraction * 1000))

    def _load_ended(self) -> None:
        self.loading = False
        self.load_progress.hide()
        self.load_cancel.hide()

    def _on_model_loaded(self, info: ModelInfo) -> None:
        self._load_ended()
        self.model_info = info
        if self.settings.last_model != info.path:
            self.settings.last_model = info.path
            self._save_settings()
        self._update_pages()
        self._update_status()
        self.composer.edit.setFocus()
        notice = str(info.extra.get("notice") or "")
        if notice:
            # Once per load: why the model is slower than the user might expect.
            self.toast.show_message(notice, kind="notice", timeout_ms=15000)
        self.model_ready.emit(info)

    def _on_load_failed(self, message: str) -> None:
        self._load_ended()
        self._update_pages()
        self._update_status()
        self.toast.show_message(message, kind="error", timeout_ms=0)
        self.model_load_failed.emit(message)

    def _on_load_cancelled(self) -> None:
        self._load_ended()
        self._update_pages()
        self._update_status()
        self.toast.show_message(self.tr("Loading the model was cancelled."))

    # ------------------------------------------------------------------ conversations

    def new_chat(self) -> None:
        """An empty chat; an answer still being written elsewhere goes on in the background."""
        self.conversation_id = None
        self._end_edit()
        self._show_rows(None)
        self.composer.shelf.show_conversation(None)
        self.composer.set_effort(self.settings.reasoning_effort)
        self._pending_effort = self.settings.reasoning_effort
        self.sidebar.select(None)
        self._update_pages()
        self._update_context_label()
        self.composer.edit.setFocus()

    def open_conversation(self, conversation_id: str, message_id: str | None = None) -> None:
        if conversation_id != self.conversation_id:
            self._end_edit()
            try:
                conv = self.store.get_conversation(conversation_id)
            except storage.NotFoundError as exc:
                self.toast.show_message(str(exc), kind="error")
                self.sidebar.reload(self.conversation_id)
                return
            self.conversation_id = conversation_id
            self._show_rows(conversation_id)
            self.composer.shelf.show_conversation(conversation_id)
            self.documents.list_documents(conversation_id)
            self.composer.set_effort(conv.reasoning_effort)
        self.sidebar.select(conversation_id)
        self._update_pages()
        self._update_context_label()
        if message_id:
            self._reveal_message(message_id)

    def _show_rows(self, conversation_id: str | None) -> None:
        """Put a conversation's rows in the view (None: none).

        The rows of a conversation whose answer is still being written are parked, not
        dropped: the turn keeps folding its events into them, and they come back as they are
        (streaming row included) when the user returns, so the answer goes on live.
        """
        streaming = self._stream_conversation
        shown = self.chat_model.conversation_id
        if streaming is not None and shown == streaming and conversation_id != streaming:
            park = ChatModel(self)
            park.take_rows(self.chat_model)
            self._drop_parked()
            self._parked = park
            self.speed_label.setText("")  # the rate is of the answer on screen
        parked = self._parked
        if (conversation_id is not None and conversation_id == streaming
                and parked is not None and parked.conversation_id == streaming):
            self.chat_model.take_rows(parked)
            self._drop_parked()
        else:
            self.chat_model.load(self.store, conversation_id)

    def _drop_parked(self) -> None:
        if self._parked is not None:
            self._parked.deleteLater()
            self._parked = None

    def show_streaming_conversation(self) -> None:
        """Go to the conversation an answer is being written in."""
        if self._stream_conversation is not None:
            self.open_conversation(self._stream_conversation)

    def _reveal_message(self, message_id: str) -> None:
        row = self.chat_model.row_of(message_id)
        while row < 0 and self.chat_model.has_older():
            self.chat_model.arm_fetch()
            self.chat_model.fetchMore(QModelIndex())
            row = self.chat_model.row_of(message_id)
        if row >= 0:
            index = self.chat_model.index(row)
            QTimer.singleShot(0, lambda: self.chat_view.scrollTo(
                index, ChatView.ScrollHint.PositionAtTop))

    def delete_conversation(self, conversation_id: str) -> None:
        """Move to the trash, with Undo in a toast.

        An answer being written in it is stopped first; the conversation goes to the trash once
        the engine has written its last word (at once for a turn not started yet), so nothing is
        written into a deleted conversation. Until then it is only hidden.
        """
        if conversation_id == self._stream_conversation and self.busy:
            self.stop()
        if conversation_id == self._stream_conversation and self.busy:
            self._pending_deletes.add(conversation_id)
            self.sidebar.model.set_hidden(self._pending_deletes)
        else:
            self.store.delete_conversation(conversation_id)
        if conversation_id == self.conversation_id:
            self.new_chat()
        self.sidebar.reload(self.conversation_id)
        self.toast.show_message(self.tr("Conversation deleted."), action=self.tr("Undo"),
                                callback=lambda: self.undo_delete(conversation_id),
                                timeout_ms=8000)

    def undo_delete(self, conversation_id: str) -> None:
        if conversation_id in self._pending_deletes:  # its stopped answer has not ended yet
            self._pending_deletes.discard(conversation_id)
            self.sidebar.model.set_hidden(self._pending_deletes)
        self.store.restore_conversation(conversation_id)
        self.sidebar.reload(self.conversation_id)
        self.open_conversation(conversation_id)

    def toggle_sidebar(self) -> None:
        self.sidebar.setVisible(not self.sidebar.isVisible())

    def _focus_search(self) -> None:
        self.sidebar.show()
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def _show_app_menu(self, anchor: QWidget) -> None:
        menu = QMenu(self)
        menu.addAction(self.act_open)
        menu.addAction(self.act_models)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.addAction(self.act_export_all)
        if self.conversation_id:
            menu.addAction(self.act_export_md)
            menu.addAction(self.act_export_json)
        menu.exec(anchor.mapToGlobal(anchor.rect().topLeft()))

    # ------------------------------------------------------------------ sending

    def sampling(self) -> SamplingParams:
        s = self.settings
        return SamplingParams(temperature=s.temperature, top_p=s.top_p, max_tokens=s.max_tokens)

    def _history(self, before_message_id: str | None = None) -> Conversation:
        """The harmony conversation of the active branch, cut before a message if given."""
        assert self.conversation_id is not None
        conv = conversation_for(self.store, self.conversation_id)
        if before_message_id is not None:
            ids = [m.id for m in self.store.active_path(self.conversation_id)]
            if before_message_id in ids:
                conv.messages = conv.messages[: ids.index(before_message_id)]
        if not conv.instructions:
            conv.instructions = self.settings.developer_instructions
        return conv

    def send(self, text: str) -> bool:
        """Send `text` (or, while editing, resend the edited message). False if not possible."""
        text = text.strip()
        if not text:
            return False
        if self.busy:
            self._refuse_while_writing_elsewhere()
            return False
        if self.model_info is None:
            self.toast.show_message(self.tr("Load a model first: open a GGUF file or get one "
                                            "from the model manager."), kind="error")
            return False
        if self.composer.editing() and self._editing_row >= 0:
            return self.edit_and_resend(self._editing_row, text)
        title = text.splitlines()[0].strip()
        if len(title) > TITLE_CHARS:
            title = title[: TITLE_CHARS - 1].rstrip() + "…"
        if self.conversation_id is None:
            conv = self.store.create_conversation(
                title, reasoning_effort=self.composer.effort(), model=self.model_info.name)
            self.conversation_id = conv.id
            self.chat_model.load(self.store, conv.id)
            self.composer.shelf.show_conversation(conv.id)
            self.sidebar.reload(conv.id)
        elif self.conversation_id in self._provisional_titles:
            # Made by a drop and named after the file: the first question names it now.
            self._provisional_titles.discard(self.conversation_id)
            if self.chat_model.total_messages() == 0:
                self.store.rename_conversation(self.conversation_id, title)
                self.sidebar.reload(self.conversation_id)
        cid, sampling = self.conversation_id, self.sampling()
        self.chat_model.begin_turn(text)
        self._prepare(lambda conv: GenerateRequest(
            conversation=conv, user_text=text, sampling=sampling, conversation_id=cid,
            retriever_factory=self.retriever_factory(cid)))
        self.composer.edit.clear()
        return True

    def regenerate(self, row: int) -> bool:
        """Answer the user message before `row` again; the old answer stays as a branch."""
        if self._refuse_while_writing_elsewhere():
            return False
        if self.busy or self.model_info is None or self.conversation_id is None:
            return False
        if row < 1 or self.chat_model.item(row - 1).role != "user":
            return False
        user = self.store.get_message(self.chat_model.item(row - 1).id)
        cid, sampling = self.conversation_id, self.sampling()
        user_text = str(user.stats.get(PROMPT_TEXT_KEY, user.content))
        self.chat_model.begin_turn(None, truncate_from=row)
        self._prepare(lambda conv: GenerateRequest(
            conversation=conv, user_text=user_text, sampling=sampling, conversation_id=cid,
            user_message_id=user.id, retriever_factory=self.retriever_factory(cid)),
            before_message_id=user.id, reload_on_cancel=True)
        return True

    def begin_edit(self, row: int) -> None:
        if self._busy_here():
            return
        item = self.chat_model.item(row)
        self._editing_row = row
        self.composer.begin_edit(item.content)

    def edit_and_resend(self, row: int, text: str) -> bool:
        """Send `text` in place of the user message at `row`: a new branch; the old is kept."""
        if self._refuse_while_writing_elsewhere():
            return False
        if self.busy or self.model_info is None or self.conversation_id is None:
            return False
        old = self.store.get_message(self.chat_model.item(row).id)
        cid, sampling = self.conversation_id, self.sampling()
        self._end_edit()
        self.chat_model.begin_turn(text, truncate_from=row)
        self._prepare(lambda conv: GenerateRequest(
            conversation=conv, user_text=text, sampling=sampling, conversation_id=cid,
            user_parent_id=old.parent_id, retriever_factory=self.retriever_factory(cid)),
            before_message_id=old.id, reload_on_cancel=True)
        self.composer.edit.clear()
        return True

    def _end_edit(self) -> None:
        self._editing_row = -1
        self.composer.end_edit()

    def _on_edit_cancelled(self) -> None:
        self._editing_row = -1

    @property
    def busy(self) -> bool:
        """A turn is being prepared or generated (in whichever conversation)."""
        return self._preparing is not None or self.controller.busy

    def _busy_here(self) -> bool:
        """The conversation on screen is the one an answer is being written in."""
        return self.busy and self._stream_conversation is not None \
            and self._stream_conversation == self.conversation_id

    def _busy_elsewhere(self) -> bool:
        return self.busy and self._stream_conversation is not None \
            and self._stream_conversation != self.conversation_id

    def _refuse_while_writing_elsewhere(self) -> bool:
        """There is one engine: while it writes an answer in another conversation, say so
        (with Stop) instead of dropping what the user asked for. True if it did."""
        if not self._busy_elsewhere():
            return False
        assert self._stream_conversation is not None
        self._refusal = self.tr(
            "An answer is still being written in “{title}”. Wait for it to finish, or stop it, "
            "then send again: your message stays here.").format(
                title=self._title_of(self._stream_conversation))
        self.toast.show_message(self._refusal, action=self.tr("Stop"), callback=self.stop,
                                timeout_ms=10000)
        return True

    def _prepare(self, make_request: Callable[[Conversation], GenerateRequest],
                 before_message_id: str | None = None, reload_on_cancel: bool = False) -> None:
        """Read the turn's history on the task thread (a long chat takes a while to render),
        then start it; the rows for the turn are already showing."""
        assert self.conversation_id is not None
        self.collector.hold()  # no idle-time collection while the answer streams
        cid = self.conversation_id
        token = object()
        self._preparing = token

        def ready(conv: Conversation) -> None:
            if self._preparing is not token or self._closed:
                return  # stopped meanwhile
            self._preparing = None
            self._start(make_request(conv))

        def failed(message: str) -> None:
            if self._preparing is not token or self._closed:
                return
            self._preparing = None
            self._cancel_prepared(cid, reload=reload_on_cancel)
            self.toast.show_message(message, kind="error", timeout_ms=0)
            self.turn_failed.emit(message)

        self._cancel_reload = reload_on_cancel
        self.tasks.submit("history", history_job(cid, before_message_id,
                                                 self.settings.developer_instructions),
                          on_done=ready, on_failed=failed)
        self._stream_conversation = cid
        self.chat_view.scroll_to_end()
        self._update_pages()
        self.speed_label.setText(self.tr("Waiting for the first token…"))

    def _cancel_prepared(self, conversation_id: str, reload: bool) -> None:
        """Undo the rows of a turn that never started."""
        self._stream_conversation = None
        if self.chat_model.conversation_id == conversation_id:
            self.speed_label.setText("")
            if reload:  # regenerate / edit hid rows that are still in the database
                self.chat_model.load(self.store, conversation_id)
            else:
                self.chat_model.drop_unsaved()
        self._drop_parked()  # parked rows are re-read from the database when next shown
        self._end_pending_delete(conversation_id)
        self._update_pages()

    def _start(self, request: GenerateRequest) -> None:
        # The user may have opened another conversation while the history was read.
        self._stream_conversation = request.conversation_id
        self._speed_first = None
        self._speed_tokens = 0
        self._request_id = self.controller.generate(request)
        self._update_pages()
        if self._busy_here():
            self.chat_view.scroll_to_end()
            self.speed_label.setText(self.tr("Waiting for the first token…"))

    def stop(self) -> None:
        if self._preparing is not None:
            self._preparing = None
            if self._stream_conversation is not None:
                self._cancel_prepared(self._stream_conversation, reload=self._cancel_reload)
            return
        self.controller.stop()

    def _stop_if_streaming(self) -> None:
        if self.busy:
            self.stop()

    def select_branch(self, row: int, step: int) -> None:
        """Show the previous (-1) or next (+1) alternative of the message at `row`."""
        if self._busy_here() or self.conversation_id is None:
            return
        item = self.chat_model.item(row)
        siblings = self.store.siblings(item.id)
        pos = [s.id for s in siblings].index(item.id) + step
        if not 0 <= pos < len(siblings):
            return
        self.store.select_branch(siblings[pos].id)
        self.chat_model.load(self.store, self.conversation_id)
        self._update_context_label()

    def _on_row_action(self, action: RowAction, row: int, arg: int) -> None:
        if action is RowAction.REGENERATE:
            self.regenerate(row)
        elif action is RowAction.EDIT:
            self.begin_edit(row)
        elif action in (RowAction.PREV, RowAction.NEXT):
            self.select_branch(row, -1 if action is RowAction.PREV else 1)
        elif action is RowAction.SOURCE:
            sources = self.chat_model.item(row).sources
            if 0 <= arg < len(sources):
                self.open_source(sources[arg])

    def _on_effort_changed(self, effort: str) -> None:
        self._pending_effort = effort
        if self.conversation_id is not None:
            self.store.update_conversation(self.conversation_id, reasoning_effort=effort)

    # ------------------------------------------------------------------ worker results

    def _stream_rows(self) -> ChatModel | None:
        """Where the streaming turn's events go: the view's rows when its conversation is
        shown, its parked rows when another one is, None when neither holds them."""
        cid = self._stream_conversation
        if cid is None:
            return None
        if self.chat_model.conversation_id == cid:
            return self.chat_model
        if self._parked is not None and self._parked.conversation_id == cid:
            return self._parked
        return None

    def _on_generation_started(self, request_id: int, ids: tuple[str, str]) -> None:
        if request_id != self._request_id:
            return
        rows = self._stream_rows()
        if rows is not None:
            rows.set_ids(*ids)
        self.stream_started.emit()

    def _on_events(self, request_id: int, events: list[Any]) -> None:
        if request_id != self._request_id:
            return
        rows = self._stream_rows()
        if rows is None:
            return
        now = time.monotonic()
        deltas = rows.apply_events(events, now)
        if deltas:
            if self._speed_first is None:
                self._speed_first = now
            else:
                self._speed_tokens += deltas
            elapsed = now - self._speed_first
            if elapsed > 0.3 and rows is self.chat_model:
                self.speed_label.setText(self.tr("{rate} tok/s").format(
                    rate=f"{self._speed_tokens / elapsed:.1f}"))

    def _end_pending_delete(self, conversation_id: str | None) -> bool:
        """The turn in a conversation deleted meanwhile has ended: to the trash with it now."""
        if conversation_id is None or conversation_id not in self._pending_deletes:
            return False
        self._pending_deletes.discard(conversation_id)
        self.sidebar.model.set_hidden(self._pending_deletes)
        with contextlib.suppress(storage.NotFoundError):  # purged meanwhile: gone already
            self.store.delete_conversation(conversation_id)
        return True

    def _on_generation_finished(self, outcome: TurnOutcome) -> None:
        if outcome.request_id != self._request_id:
            return
        result = outcome.result
        stats = result.stats.to_dict() if result.stats else None
        status = {"cancelled": "cancelled"}.get(result.stop_reason, "complete")
        if result.blocked and not outcome.assistant_message_id:
            status = "blocked"
        rows = self._stream_rows()
        if rows is not None:
            if outcome.assistant_message_id:
                rows.set_ids(outcome.user_message_id, outcome.assistant_message_id)
            rows.finish_turn(status, stats, result.reasoning_seconds, content=result.answer)
        visible = rows is self.chat_model
        cid = self._stream_conversation
        self._stream_conversation = None
        # The database has the final answer now; parked rows are re-read from it when shown.
        self._drop_parked()
        deleted = self._end_pending_delete(cid)
        if visible:  # the rate shown is of the answer on screen
            if result.stats and result.stats.decode_tps:
                self.speed_label.setText(self.tr("{rate} tok/s").format(
                    rate=f"{result.stats.decode_tps:.1f}"))
            else:
                self.speed_label.setText("")
        self._update_pages()
        self._update_context_label()
        if (not visible and not deleted and cid is not None and status == "complete"
                and self.toast.text() in ("", self._refusal)):  # never over another message
            self._tell_answer_ready(cid)

        def refreshed(data: tuple[dict[str, tuple[int, int]],
                                  list[storage.Conversation]]) -> None:
            if self._closed:
                return
            positions, conversations = data
            # Only into the turn's own conversation, and only if it is the one shown now.
            if cid is not None and self.chat_model.conversation_id == cid:
                self.chat_model.apply_branch_positions(positions)
            self.sidebar.apply_list(conversations, count, self.conversation_id)
            self.turn_finished.emit(outcome)

        def refresh_failed(message: str) -> None:
            log.warning("refresh after a turn failed: %s", message)
            if not self._closed:
                self.turn_finished.emit(outcome)

        # Branch positions and the sidebar's new order are read off the GUI thread (a long
        # chat makes them slow); turn_finished follows once the view shows them.
        count = self.sidebar.model.reload_count()
        self.tasks.submit("refresh", after_turn_job(None if deleted else cid, count),
                          on_done=refreshed, on_failed=refresh_failed)

    def _tell_answer_ready(self, conversation_id: str) -> None:
        self.toast.show_message(
            self.tr("The answer in “{title}” is ready.").format(
                title=self._title_of(conversation_id)),
            action=self.tr("Show"), callback=lambda: self.open_conversation(conversation_id))

    def _on_generation_failed(self, request_id: int, message: str) -> None:
        if request_id != self._request_id:
            return
        rows = self._stream_rows()
        if rows is not None:
            row = rows.streaming_row()
            if row >= 0 and not rows.item(row).id:
                rows.drop_unsaved()
            else:
                rows.finish_turn("error")
        if rows is self.chat_model:
            self.speed_label.setText("")
        cid = self._stream_conversation
        self._stream_conversation = None
        self._drop_parked()
        deleted = self._end_pending_delete(cid)
        self._update_pages()
        if deleted:
            self.sidebar.reload(self.conversation_id)
        self.toast.show_message(message, kind="error", timeout_ms=0)
        self.turn_failed.emit(message)

    # ------------------------------------------------------------------ documents

    @staticmethod
    def retriever_factory(conversation_id: str) -> Any:
        """For GenerateRequest: called on the engine thread with its Store and engine; the
        conversation's documents as a retriever (None when it has none)."""

        def factory(store: storage.Store | None, engine: LlamaEngine) -> Retriever | None:
            if store is None:
                return None
            return chat_retriever(DocumentIndex(store.connection), conversation_id,
                                  lambda text: len(engine.encoder.encode_text(text)))

        return factory

    def ask_attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach documents"), str(Path.home()),
            self.tr("Documents (*.pdf *.docx *.txt *.md *.markdown *.rst *.html *.htm *.csv "
                    "*.tsv *.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.json *.yaml *.yml "
                    "*.toml);;All files (*)"))
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> int | None:
        """Extract and index files (folders expanded) into the current conversation, made
        first when this is a new chat; returns the ingestion job's id."""
        paths = [str(p) for p in paths if str(p)]
        if not paths:
            return None
        if self.conversation_id is None:
            title = Path(paths[0]).name or self.tr("Documents")
            conv = self.store.create_conversation(
                title, reasoning_effort=self.composer.effort(),
                model=self.model_info.name if self.model_info else "")
            self._provisional_titles.add(conv.id)
            self.conversation_id = conv.id
            self.chat_model.load(self.store, conv.id)
            self.composer.shelf.show_conversation(conv.id)
            self.sidebar.reload(conv.id)
            self._update_pages()
        job_id = self.documents.ingest(self.conversation_id, paths)
        self._ingest_results[job_id] = []
        self.composer.shelf.add_pending(self.conversation_id, job_id, paths)
        return job_id

    def remove_document(self, entry: DocEntry) -> None:
        self.composer.shelf.remove_key(entry.key)
        if entry.doc_id is not None:
            self.documents.remove(entry.doc_id)

    def _on_document_finished(self, job_id: int, conversation_id: str,
                              result: IngestResult) -> None:
        self._ingest_results.setdefault(job_id, []).append(result)
        entry = self.composer.shelf.finished(job_id, conversation_id, result)
        if entry is not None and entry.discard and result.ok and result.doc_id is not None:
            self.documents.remove(result.doc_id)  # removed by the user while it was indexing

    def _on_documents_job_finished(self, job_id: int, _conversation_id: str) -> None:
        self.composer.shelf.job_finished(job_id)
        results = self._ingest_results.pop(job_id, [])
        failed = [r for r in results if not r.ok]
        if len(failed) == 1:
            self.toast.show_message(failed[0].error, kind="error", timeout_ms=10000)
        elif failed:
            self.toast.show_message(self.tr(
                "{n} files could not be read; point at their chips to see why.").format(
                    n=len(failed)), kind="error", timeout_ms=10000)
        self.documents_ingested.emit(job_id, results)

    def open_source(self, source: dict[str, Any]) -> bool:
        """Open a cited file (at its page where the viewer allows)."""
        path = str(source.get("path") or "")
        page = source.get("page")
        if open_document(path, page if isinstance(page, int) else None):
            return True
        self.toast.show_message(self.tr("{name} is no longer where it was: {path}").format(
            name=source.get("file") or Path(path).name, path=path), kind="error")
        return False

    def drop_target(self) -> QWidget:
        """What the drop overlay covers: the conversation (the chips below stay visible)."""
        return self.chat_stack if self.pages.currentWidget() is self.chat_page else self.pages

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self.drop_overlay.show_over(self.drop_target())
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.drop_overlay.hide()
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_files(paths)

    # ------------------------------------------------------------------ export / import

    def _ask_export(self, conversation_id: str | None, fmt: str) -> None:
        if not conversation_id:
            return
        title = self.store.get_conversation(conversation_id).title or "conversation"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
        suffix = ".md" if fmt == "markdown" else ".json"
        filters = (self.tr("Markdown (*.md)") if fmt == "markdown"
                   else self.tr("JSON (*.json)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export conversation"),
                                              str(Path.home() / f"{safe}{suffix}"), filters)
        if path:
            self.export_conversation(conversation_id, Path(path), fmt)

    def _ask_export_all(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export all conversations"),
                                              str(Path.home() / "hearth-conversations.json"),
                                              self.tr("JSON (*.json)"))
        if path:
            self.export_all(Path(path))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import conversations"),
                                              str(Path.home()), self.tr("JSON (*.json)"))
        if path:
            self.import_file(Path(path))

    def export_conversation(self, conversation_id: str, path: Path, fmt: str) -> int:
        return self.tasks.submit("export", export_job(conversation_id, path, fmt))

    def export_all(self, path: Path) -> int:
        return self.tasks.submit("export", export_job(None, path, "json"))

    def import_file(self, path: Path) -> int:
        return self.tasks.submit("import", import_job(path))

    def _on_task_finished(self, name: str, result: object) -> None:
        if name == "export":
            self.toast.show_message(self.tr("Exported to {path}").format(path=result))
        elif name == "import" and isinstance(result, storage.ImportResult):
            self.sidebar.reload(self.conversation_id)
            if result.added_conversations or result.added_messages:
                text = self.tr("Imported {c} conversations and {m} messages.").format(
                    c=result.added_conversations, m=result.added_messages)
            else:
                text = self.tr("Nothing new to import: everything was already here.")
            self.toast.show_message(text)

    def _on_task_failed(self, _name: str, message: str) -> None:
        self.toast.show_message(message, kind="error", timeout_ms=0)

    # ------------------------------------------------------------------ settings

    def open_settings(self) -> None:
        conv = None
        if self.conversation_id is not None:
            conv = self.store.get_conversation(self.conversation_id)
        dialog = SettingsDialog(self.settings, conv, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.settings(), dialog.conversation_values())

    def apply_settings(self, new: Settings, conversation: tuple[str, str] | None = None) -> None:
        engine_changed = any(getattr(new, k) != getattr(self.settings, k) for k in (
            "context_length", "cpu_threads", "gpu_layers"))
        # In place: the model manager and the download worker share this object (the offline
        # switch acts through it). The models folder changes only once the manager has moved to
        # it, so it is left out here.
        for f in fields(Settings):
            if f.name != "models_dir":
                setattr(self.settings, f.name, getattr(new, f.name))
        if new.models_dir != self.settings.models_dir:
            self._apply_models_folder(new.models_dir)
        self._save_settings()
        self.theme.set_mode(new.theme)
        if conversation is not None and self.conversation_id is not None:
            instructions, effort = conversation
            self.store.update_conversation(self.conversation_id,
                                           developer_instructions=instructions,
                                           reasoning_effort=effort)
            self.composer.set_effort(effort)
        if engine_changed and self.model_info is not None:
            path = self.model_info.path
            self.toast.show_message(self.tr("Reload the model to use the new engine settings."),
                                    action=self.tr("Reload"),
                                    callback=lambda: self.load_model(path), timeout_ms=12000)

    def _apply_models_folder(self, wanted: str) -> None:
        """A models folder set in Settings goes through the model manager, as its own Change…
        button does: it refuses while a download is unfinished, offers to move the models,
        points the download worker there and saves the setting once the folder has changed."""
        target = Settings(models_dir=wanted).models_folder().expanduser()
        if target.absolute().resolve() == self.downloads.models_dir.absolute().resolve():
            self.settings.models_dir = wanted  # another spelling of the folder in use
            return
        # "" keeps meaning "the default folder"; anything typed is stored as the full path.
        self.open_model_manager().change_models_folder(target, setting="" if not wanted else None)

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    # ------------------------------------------------------------------ window state

    def _state_file(self) -> Path:
        return self.paths.config_dir / WINDOW_STATE_FILE

    def _restore_window_state(self) -> None:
        try:
            data = json.loads(self._state_file().read_text(encoding="utf-8"))
            geometry = QByteArray(base64.b64decode(data["geometry"]))
            splitter = QByteArray(base64.b64decode(data["splitter"]))
        except (OSError, ValueError, KeyError, TypeError):
            return
        self.restoreGeometry(geometry)
        self.splitter.restoreState(splitter)
        self.sidebar.setVisible(bool(data.get("sidebar", True)))

    def save_window_state(self) -> None:
        data = {
            "geometry": base64.b64encode(bytes(self.saveGeometry().data())).decode(),
            "splitter": base64.b64encode(bytes(self.splitter.saveState().data())).decode(),
            "sidebar": self.sidebar.isVisible(),
        }
        try:
            self._state_file().write_text(json.dumps(data), encoding="utf-8")
        except OSError as exc:
            log.warning("window state not saved: %s", exc)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.toast.isVisible():
            self.toast.reposition()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.save_window_state()
            if self.model_manager is not None:
                self.model_manager.shutdown()
                self.model_manager.hide()
            else:
                self.downloads.shutdown()
            self.controller.shutdown()
            # The engine thread has ended: what was deleted while its answer stopped can go.
            for conversation_id in list(self._pending_deletes):
                self._end_pending_delete(conversation_id)
            self.documents.shutdown()
            self.tasks.wait()
            self.store.close()
        super().closeEvent(event)
