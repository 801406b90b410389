"""The main window: the sidebar, the pages and the status bar, wired to the objects that do the
work (models: model_loading; turns: chat_actions and turns; which conversation is open:
conversation_actions; documents, settings, history, the local server, the window's commands).
It decides what is shown; the work is theirs, and its public methods only hand over to them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.core import privacy, storage
from app.core.engine import EngineConfig, ModelInfo
from app.core.kv_cache import StateStore
from app.core.settings import Settings, paths
from app.ui import icons, warmup, window_state
from app.ui.app_lock import AppLock
from app.ui.chat_actions import ChatActions
from app.ui.chat_model import ChatModel
from app.ui.chat_page import ChatPage
from app.ui.conversation_actions import ConversationActions
from app.ui.document_actions import DocumentActions
from app.ui.documents import DropOverlay
from app.ui.download_status import BackgroundDownloads
from app.ui.first_run import FirstRunDialog
from app.ui.first_run_actions import FirstRunActions
from app.ui.gc_policy import IdleCollector
from app.ui.history_actions import HistoryActions
from app.ui.model_loading import ModelLoader
from app.ui.model_manager import ModelManagerDialog
from app.ui.no_model_page import NoModelPage
from app.ui.render_guard import RenderGuard
from app.ui.server_actions import ServerActions
from app.ui.settings_actions import SettingsActions
from app.ui.sidebar import Sidebar
from app.ui.status_bar import StatusBar
from app.ui.theme import Colors, ThemeManager
from app.ui.turns import TurnController
from app.ui.widgets import Toast
from app.ui.window_commands import WindowCommands
from app.workers.document_worker import DocumentController
from app.workers.download_worker import DownloadWorker
from app.workers.engine_worker import EngineController
from app.workers.jobs import Jobs


class MainWindow(QMainWindow):
    """The window a person lives in. Thread: GUI.

    It owns the GUI thread's Store (reads, and the few writes a person makes directly: rename,
    pin, delete, branch selection) and the objects that do the work: the engine controller (its
    worker writes answers on its own connection), the turn controller, the jobs runner.
    """

    model_manager_requested = Signal()
    turn_finished = Signal(object)  # TurnOutcome, after the view and the sidebar show it
    turn_failed = Signal(str)
    # Re-emitted on the GUI thread after the window has updated itself (tests wait on these).
    model_ready = Signal(object)  # ModelInfo
    model_load_failed = Signal(str)
    stream_started = Signal()
    documents_ingested = Signal(int, list)  # job id, [IngestResult], after the chips updated
    wiped = Signal(object)  # privacy.WipeReport, after everything was removed

    def __init__(self, settings: Settings | None = None, *,
                 theme: ThemeManager | None = None, read_only: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Hearth"))
        self.setWindowIcon(icons.app_icon())
        self.settings = settings if settings is not None else Settings.load()
        self.paths = paths().ensure()
        # Read-only: the person chose to look at a database Hearth cannot write (a read-only
        # folder, a damaged file); nothing is sent or saved (app.ui.database_dialog).
        self.read_only = read_only
        self.single_instance: QObject | None = None  # set by app.open_window
        if read_only:
            self.store = storage.Store.open_read_only(self.paths.database)
            self.interrupted_on_start = 0
        else:
            self.store = storage.Store.open(self.paths.database)
            # Replies whose writer process is gone (a crash) are marked; a live one's are not.
            self.interrupted_on_start = self.store.mark_interrupted()
            self.store.purge_deleted(older_than_s=7 * 24 * 3600)
        self.jobs = Jobs(self, db_path=self.paths.database)
        self.controller = EngineController(db_path=self.paths.database, parent=self)
        self.turns = TurnController(self.controller, self.store, self.jobs, self)
        self.documents = DocumentController(self.jobs, self.paths.database, self)
        # One download worker for the app's life: downloads left unfinished last time continue
        # at start, and the model manager (made on first use, then only hidden) shares it.
        self.downloads = DownloadWorker(self.settings, parent=self)
        self.theme = theme or ThemeManager(self)
        self.conversation_id: str | None = None  # the conversation on screen
        self.closed = False  # closeEvent ran: the store is closed, the workers have ended
        self._warmed = False
        self.quiet_wipe = False  # tests: no message box after a wipe

        self._build()
        # Messages whose rendering killed an earlier run open as plain text (app.ui.render_guard).
        self.render_guard = RenderGuard(self.paths.data_dir)
        self.chat_view.chat_delegate.guard = self.render_guard
        self._connect()
        self.theme.changed.connect(self._on_theme_changed)
        self.theme.set_mode(self.settings.theme)
        self.settings_actions.apply_text_size()
        self.sidebar.reload()
        window_state.restore(self._state_file(), self, self.splitter, self.sidebar)
        self.update_pages()
        self.update_status()
        QTimer.singleShot(0, self.models.resume_downloads)
        QTimer.singleShot(0, self.server_actions.apply)  # off by default; Settings turns it on
        if self.render_guard.recovered:
            QTimer.singleShot(0, self._say_plain_messages)
        QTimer.singleShot(0, self.models.refresh_list)
        warmup.start(self.settings)  # before the first model load and turn need it
        self.collector = IdleCollector(self)
        self.collector.schedule()  # startup made most of the objects the app will ever have
        self.turn_finished.connect(lambda _outcome: self.collector.schedule())
        self.turn_failed.connect(lambda _message: self.collector.schedule())
        if read_only:
            self.composer.setEnabled(False)
            QTimer.singleShot(0, lambda: self.toast.show_message(
                self.tr("Your conversations are open read-only: nothing new can be saved until "
                        "Hearth can write its database again."), kind="notice", timeout_ms=0))
        else:
            # Documents of conversations purged from the trash above go too (off this thread).
            self.documents.sweep_orphans()
            # So do saved KV states of conversations that are gone (deleted by another process).
            self.jobs.with_store(lambda store: StateStore.default(0).sweep(
                c.id for c in store.list_conversations()), lambda _n: None)
        self.app_lock = AppLock(self, self.settings.lock_idle_minutes)

    def bring_forward(self) -> None:
        """Another start of Hearth on this data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _say_plain_messages(self) -> None:
        self.toast.show_message(
            self.tr("Hearth closed unexpectedly while showing a message last time. That message "
                    "is now shown as plain text."), kind="notice", timeout_ms=12000)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.sidebar = Sidebar(self.store)
        page = self.chat_page = ChatPage()  # its parts, by the names the window uses
        self.chat_view, self.composer = page.chat_view, page.composer
        self.chat_stack, self.title_label = page.stack, page.title_label
        self.sidebar_toggle, self.model_picker = page.sidebar_toggle, page.model_picker
        self._rows = ChatModel(self)
        self.show_model(self._rows)
        self.composer.set_effort(self.settings.reasoning_effort)
        self.no_model = NoModelPage()

        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_model)
        self.pages.addWidget(page)

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
        # Toasts stay above the composer and its document chips.
        self.toast.bottom_limit = self._toast_bottom
        self.composer.resized.connect(self._on_composer_resized)
        self.drop_overlay = DropOverlay(self.pages)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.background_downloads = BackgroundDownloads(self.downloads, self.status, self)
        self.history = HistoryActions(self, self.store, self.jobs, self.toast,
                                      lambda: self.sidebar.reload(self.conversation_id))
        self.conversations = ConversationActions(self)
        self.doc_actions = DocumentActions(self, self.documents, self.composer.shelf, self.toast,
                                           self.conversations.for_files)
        self.server_actions = ServerActions(self.settings, self.controller, self.status,
                                            self.toast, self.jobs, self)
        self.models = ModelLoader(
            self, self.settings, controller=self.controller, downloads=self.downloads,
            jobs=self.jobs, turns=self.turns, server=self.server_actions, status=self.status,
            toast=self.toast, picker=self.model_picker, background=self.background_downloads)
        self.chat = ChatActions(self)
        self.settings_actions = SettingsActions(self)
        self.first_run_actions = FirstRunActions(self)
        self.doc_actions.take_drops(self, self.drop_overlay, self.drop_target)
        self.commands = WindowCommands(self)
        # The narrowest window that still shows the composer's hint whole beside the sidebar.
        self.setMinimumSize(800, 560)
        self._set_tab_order()
        self.resize(1200, 800)

    def _set_tab_order(self) -> None:
        """Tab goes as the eye does: the sidebar top to bottom, the header, the conversation,
        the message box and its buttons (the parts were made and joined in another order)."""
        s, c = self.sidebar, self.composer
        chain: list[QWidget] = [s.new_button, s.search, s.list, s.result_list, s.settings_button,
                                s.menu_button, self.sidebar_toggle, self.chat_view, c.edit,
                                c.attach_button, *c.effort_buttons.values(), c.send_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        s = self.sidebar
        s.conversation_activated.connect(self.open_conversation)
        s.new_chat_requested.connect(self.new_chat)
        s.delete_requested.connect(self.delete_conversation)
        s.export_requested.connect(self.history.ask_export)
        s.settings_requested.connect(self.open_settings)
        s.menu_requested.connect(self.commands.show_menu)
        c = self.composer
        c.attach_requested.connect(self.doc_actions.ask_attach)
        c.files_dropped.connect(self.attach_files)
        self.sidebar_toggle.clicked.connect(self.commands.toggle_sidebar)
        e = self.composer.edit
        e.page_requested.connect(self.chat_view.scroll_page)
        e.transcript_requested.connect(
            lambda first: self.chat_view.focus_message(0 if first else self._rows.rowCount() - 1))
        self.chat_view.composer_requested.connect(self.commands.focus_composer)
        self.no_model.primary_clicked.connect(self._on_no_model_primary)
        self.no_model.secondary_clicked.connect(self.models.ask_open)
        p = self.model_picker
        p.model_chosen.connect(self.load_model)
        p.manage_requested.connect(self.open_model_manager)
        p.open_requested.connect(self.models.ask_open)
        p.refresh_requested.connect(self.refresh_model_list)
        self.doc_actions.ingested.connect(self.documents_ingested)
        m = self.models
        m.changed.connect(self._on_model_state)
        m.loaded.connect(self._on_model_loaded)
        m.load_failed.connect(self.model_load_failed)
        m.manager_shown.connect(self.model_manager_requested)
        self.chat.finished.connect(self.turn_finished)
        self.chat.failed.connect(self.turn_failed)
        t = self.turns
        t.ids_known.connect(lambda _cid: self.stream_started.emit())
        t.released.connect(self._on_rows_released)
        t.busy_changed.connect(self.update_pages)
        t.hidden_changed.connect(self.sidebar.model.set_hidden)
        t.deleted.connect(lambda _cid: self.sidebar.reload(self.conversation_id))

    # ------------------------------------------------------------------ what is shown

    @property
    def chat_model(self) -> ChatModel:
        """The rows on screen: the conversation's live turn model, or a model of its own."""
        return self._rows

    def show_model(self, model: ChatModel) -> None:
        old = getattr(self, "_rows", None)
        if old is not None and old is not model:
            for signal in (old.rowsInserted, old.rowsRemoved, old.modelReset):
                signal.disconnect(self._update_chat_stack)
            if not self.turns.owns(old):
                old.deleteLater()
        self._rows = model
        self.chat_view.setModel(model)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update_chat_stack)

    def _on_rows_released(self, model: ChatModel) -> None:
        if model is not self._rows:
            model.deleteLater()  # the turn's conversation is not on screen: re-read when opened

    def _on_theme_changed(self, colors: Colors) -> None:
        self.chat_view.chat_delegate.set_colors(colors)
        self.sidebar.set_colors(colors)
        self.composer.set_colors(colors)
        self.drop_overlay.colors = colors
        self.model_picker.set_colors(colors)
        self.sidebar_toggle.setIcon(icons.icon("sidebar", colors.muted))
        self.chat_view.scheduleDelayedItemsLayout()
        self.chat_view.viewport().update()

    def update_pages(self) -> None:
        has_model = self.model_info is not None or self.loading
        self.no_model.show_for(returning=self.sidebar.model.rowCount() > 0)
        self.pages.setCurrentWidget(self.chat_page if has_model or self.conversation_id
                                    else self.no_model)
        self._update_chat_stack()
        title = self.title_of(self.conversation_id) if self.conversation_id else ""
        self.title_label.setText(title or self.tr("New chat"))
        self.setWindowTitle(f"{title} — Hearth" if title else "Hearth")
        # The composer is about the conversation on screen: an answer written in another one
        # is not stopped from here (the status bar and the sidebar say where it is).
        self.composer.set_busy(self.chat.busy_here())
        self.commands.act_stop.setEnabled(self.chat.busy_here())
        writing = self.turns.conversation_id
        self.sidebar.set_writing(writing)
        self.status.set_writing_elsewhere(self.title_of(writing) if self.chat.busy_elsewhere()
                                          and writing else None)
        self.composer.edit.setEnabled(not self.loading or bool(self.model_info))
        if self.read_only:
            self.composer.edit.setPlaceholderText(self.tr("Opened read-only: nothing can be "
                                                          "sent or saved"))
        elif self.loading:
            self.composer.edit.setPlaceholderText(self.tr("Loading the model…"))
        elif self.model_info is None:
            self.composer.edit.setPlaceholderText(self.tr("Open a model to start chatting"))
        else:
            self.composer.edit.setPlaceholderText(self.tr("Message Hearth…"))

    def title_of(self, conversation_id: str | None) -> str:
        if conversation_id is None:
            return ""
        try:
            return self.store.get_conversation(conversation_id).title
        except storage.NotFoundError:
            return ""

    def _update_chat_stack(self) -> None:
        self.chat_page.show_rows(self._rows.rowCount() > 0)

    def update_status(self) -> None:
        self.status.set_model(self.model_info, loading=self.loading)
        self.model_picker.set_current(self.model_info, loading=self.loading)
        self.update_context_label()

    def update_context_label(self) -> None:
        if self.model_info is None:
            self.status.set_context(None, None)
            self.status.set_cache(None, None)
            return
        used = 0
        cached: int | None = None
        prompt = 0
        for item in reversed(self._rows.items()):
            if item.role == "assistant" and item.stats:
                prompt = int(item.stats.get("prompt_tokens", 0))
                used = prompt + int(item.stats.get("generated_tokens", 0))
                if "cached_tokens" in item.stats:
                    cached = int(item.stats["cached_tokens"])
                break
        self.status.set_context(used, self.model_info.n_ctx)
        self.status.set_cache(cached, prompt)

    # ------------------------------------------------------------------ models

    @property
    def model_info(self) -> ModelInfo | None:
        """The model that answers (None while none is loaded)."""
        return self.models.model_info

    @model_info.setter
    def model_info(self, info: ModelInfo | None) -> None:
        self.models.model_info = info

    @property
    def loading(self) -> bool:
        return self.models.loading

    @property
    def model_manager(self) -> ModelManagerDialog | None:
        return self.models.manager

    @property
    def model_manager_options(self) -> dict[str, Any]:
        return self.models.manager_options

    @model_manager_options.setter
    def model_manager_options(self, options: dict[str, Any]) -> None:
        self.models.manager_options = options

    def open_model_manager(self) -> ModelManagerDialog:
        return self.models.open_manager()

    def refresh_model_list(self) -> None:
        self.models.refresh_list()

    def engine_config(self, model_path: str) -> EngineConfig:
        return self.models.engine_config(model_path)

    def load_model(self, model_path: str | Path, *, low_memory: bool = False) -> None:
        self.models.load(model_path, low_memory=low_memory)

    def use_remote(self, config: Any) -> None:
        self.models.use_remote(config)

    def _on_model_state(self) -> None:
        self.update_pages()
        self.update_status()

    def _on_model_loaded(self, info: ModelInfo) -> None:
        self.composer.edit.setFocus()
        self.models.show_conversation(self.conversation_id)
        self.model_ready.emit(info)

    def _on_no_model_primary(self) -> None:
        if self.no_model.returning:
            self.models.show_installed()
        else:
            self.models.open_manager()

    # ------------------------------------------------------------------ conversations

    def new_chat(self) -> None:
        self.conversations.new_chat()

    def open_conversation(self, conversation_id: str, message_id: str | None = None) -> None:
        self.conversations.open(conversation_id, message_id)

    def delete_conversation(self, conversation_id: str) -> None:
        self.conversations.delete(conversation_id)

    def undo_delete(self, conversation_id: str) -> None:
        self.conversations.undo_delete(conversation_id)

    @property
    def first_run(self) -> FirstRunDialog | None:
        return self.first_run_actions.dialog

    @property
    def first_run_options(self) -> dict[str, Any]:
        return self.first_run_actions.options

    @first_run_options.setter
    def first_run_options(self, options: dict[str, Any]) -> None:
        self.first_run_actions.options = options

    def maybe_show_first_run(self) -> bool:
        return self.first_run_actions.maybe_show()

    def show_first_run(self) -> FirstRunDialog:
        return self.first_run_actions.show()

    # ------------------------------------------------------------------ turns

    @property
    def busy(self) -> bool:
        """An answer is being written (in whichever conversation)."""
        return self.chat.busy

    def send(self, text: str) -> bool:
        return self.chat.send(text)

    def regenerate(self, row: int) -> bool:
        return self.chat.regenerate(row)

    def stop(self) -> None:
        self.chat.stop()

    # ------------------------------------------------------------------ documents

    def attach_files(self, paths: list[str]) -> int | None:
        return self.doc_actions.attach(paths)

    def drop_target(self) -> QWidget:
        """What the drop overlay covers: the conversation (the chips below stay visible)."""
        return self.chat_stack if self.pages.currentWidget() is self.chat_page else self.pages

    # ------------------------------------------------------------------ settings

    def open_settings(self, focus: str = "") -> None:
        self.settings_actions.open(focus)

    def apply_settings(self, new: Settings, conversation: tuple[str, str] | None = None) -> None:
        self.settings_actions.apply(new, conversation)

    def wipe_everything(self, keep_models: bool = False) -> privacy.WipeReport:
        return self.settings_actions.wipe_everything(keep_models)

    # ------------------------------------------------------------------ window

    def _state_file(self) -> Path:
        return self.paths.config_dir / window_state.WINDOW_STATE_FILE

    def save_window_state(self) -> None:
        window_state.save(self._state_file(), self, self.splitter, self.sidebar)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            # Right after the first paint: first paints of the chat page and of an answer,
            # done now instead of in the middle of the first model load and the first answer.
            QTimer.singleShot(0, lambda: warmup.warm_widgets([self.chat_page, self.chat_view],
                                                             self.theme.colors))

    def _toast_bottom(self) -> int:
        """Where a toast's bottom edge may go, in the pages' coordinates: above the composer."""
        if self.pages.currentWidget() is self.chat_page and self.composer.isVisible():
            return self.composer.mapTo(self.pages, QPoint(0, 0)).y() - 10
        return self.pages.height() - 60

    def _on_composer_resized(self) -> None:
        if self.toast.isVisible():
            self.toast.reposition()  # chips came or went: the toast moves with the composer

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.toast.isVisible():
            self.toast.reposition()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.closed:
            self.closed = True
            if not self.settings_actions.wiping:
                self.save_window_state()
            self.models.shutdown()  # the downloads stop
            self.server_actions.shutdown()  # before the engine thread that serves it ends
            self.controller.shutdown()
            self.turns.shutdown()  # the engine thread has ended: pending deletes can go
            self.documents.shutdown()
            self.jobs.cancel_all()
            self.jobs.wait()
            self.store.close()
        super().closeEvent(event)
