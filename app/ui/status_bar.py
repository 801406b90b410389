"""The main window's status bar: the model and its backend, load progress, where an answer is
being written, a request Hearth's local server is answering (with Stop), downloads going on in the
background, the answer's speed, how much of its prompt came from the cache and how full the
context is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from app.core.engine import ModelInfo
from app.core.i18n import format_number
from app.ui.plain import PlainLabel, tip


class StatusBar(QStatusBar):
    """Thread: GUI. It only shows what it is told; the window decides."""

    cancel_load_requested = Signal()
    show_stream_requested = Signal()
    stop_serving_requested = Signal()
    show_downloads_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.model_label = PlainLabel()
        self.model_label.setObjectName("statusModel")
        self.context_label = PlainLabel()
        self.cache_label = PlainLabel()
        self.cache_label.setObjectName("statusCache")
        self.cache_label.setToolTip(self.tr("Prompt tokens of the last answer the model did not "
                                            "have to read again: kept in memory or restored "
                                            "from this conversation's saved state"))
        self.speed_label = PlainLabel()
        self.speed_label.setObjectName("statusSpeed")
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 1000)
        self.load_progress.setFixedWidth(160)
        self.load_progress.setTextVisible(False)
        self.load_progress.setAccessibleName(self.tr("Model loading progress"))
        self.load_cancel = QPushButton(self.tr("Cancel"))
        self.load_cancel.setObjectName("linkButton")
        self.load_cancel.clicked.connect(self.cancel_load_requested)
        self.stream_label = PlainLabel()
        self.stream_label.setObjectName("statusStream")
        self.stream_show = QPushButton(self.tr("Show"))
        self.stream_show.setObjectName("linkButton")
        self.stream_show.setToolTip(self.tr("Open the conversation the answer is written in"))
        self.stream_show.clicked.connect(self.show_stream_requested)
        self.serve_label = PlainLabel()
        self.serve_label.setObjectName("statusServe")
        self.serve_stop = QPushButton(self.tr("Stop"))
        self.serve_stop.setObjectName("linkButton")
        self.serve_stop.setToolTip(self.tr("Stop the answer Hearth is writing for another "
                                           "program"))
        self.serve_stop.clicked.connect(self.stop_serving_requested)
        self.server_label = PlainLabel()
        self.server_label.setObjectName("statusServer")
        self.download_label = PlainLabel()
        self.download_label.setObjectName("statusDownload")
        self.download_progress = QProgressBar()
        self.download_progress.setRange(0, 1000)
        self.download_progress.setFixedWidth(120)
        self.download_progress.setTextVisible(False)
        self.download_progress.setAccessibleName(self.tr("Download progress"))
        self.download_show = QPushButton(self.tr("Show"))
        self.download_show.setObjectName("linkButton")
        self.download_show.setToolTip(self.tr("Open the model manager's downloads"))
        self.download_show.clicked.connect(self.show_downloads_requested)
        self.addWidget(self.model_label)
        self.addWidget(self.load_progress)
        self.addWidget(self.load_cancel)
        self.addWidget(self.stream_label)
        self.addWidget(self.stream_show)
        self.addWidget(self.serve_label)
        self.addWidget(self.serve_stop)
        self.addWidget(self.download_label)
        self.addWidget(self.download_progress)
        self.addWidget(self.download_show)
        self.addPermanentWidget(self.server_label)
        self.addPermanentWidget(self.speed_label)
        self.addPermanentWidget(self.cache_label)
        self.addPermanentWidget(self.context_label)
        for w in (self.load_progress, self.load_cancel, self.stream_label, self.stream_show,
                  self.serve_label, self.serve_stop, self.server_label, self.download_label,
                  self.download_progress, self.download_show):
            w.hide()

    def set_model(self, info: ModelInfo | None, *, loading: bool) -> None:
        if loading:
            self.model_label.setText(self.tr("Loading the model…"))
        elif info is None:
            self.model_label.setText(self.tr("No model loaded"))
            self.speed_label.setText("")
        else:
            self.model_label.setText(self.tr("{name}  ·  {backend}").format(
                name=info.name, backend=info.backend))
        notice = str(info.extra.get("notice") or "") if info is not None else ""
        self.model_label.setToolTip(tip(notice))

    def set_loading(self, loading: bool) -> None:
        if loading:
            self.load_progress.setValue(0)
        self.load_progress.setVisible(loading)
        self.load_cancel.setVisible(loading)

    def set_load_progress(self, fraction: float) -> None:
        self.load_progress.setValue(int(fraction * 1000))

    def set_speed(self, text: str) -> None:
        self.speed_label.setText(text)

    def set_context(self, used: int | None, total: int | None) -> None:
        if total is None or used is None:
            self.context_label.setText("")
        else:
            self.context_label.setText(self.tr("Context {used} / {total}").format(
                used=format_number(used), total=format_number(total)))

    def set_cache(self, cached: int | None, prompt: int | None) -> None:
        """How many of the last answer's prompt tokens came from the cache (None: unknown)."""
        if cached is None or not prompt:
            self.cache_label.setText("")
        else:
            self.cache_label.setText(self.tr("Cached {cached} / {prompt}").format(
                cached=format_number(cached), prompt=format_number(prompt)))
    def set_download(self, text: str | None, fraction: float | None = None) -> None:
        """Say what is downloading in the background (None: nothing is); `fraction` None when
        the progress is not known (waiting, checking the checksum)."""
        shown = text is not None
        if text is not None:
            self.download_label.setText(text)
            if fraction is None:
                self.download_progress.setRange(0, 0)
            else:
                self.download_progress.setRange(0, 1000)
                self.download_progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        for w in (self.download_label, self.download_progress, self.download_show):
            w.setVisible(shown)

    def set_writing_elsewhere(self, title: str | None) -> None:
        """Say that an answer is being written in another conversation (None: it is not)."""
        if title is not None:
            self.stream_label.setText(self.tr("Writing an answer in “{title}”…").format(
                title=title))
        self.stream_label.setVisible(title is not None)
        self.stream_show.setVisible(title is not None)

    def set_server(self, url: str | None) -> None:
        """Say that Hearth serves its model at `url` (None: the server is off)."""
        if url:
            self.server_label.setText(self.tr("Serving at {url}").format(url=url))
        self.server_label.setVisible(bool(url))

    def set_serving(self, client: str | None, waiting: int = 0) -> None:
        """Say that a request from another program is being answered (None: none is), and how
        many more wait; the window's own answer waits behind it."""
        if client is not None:
            text = self.tr("Answering a request from another program ({client})…").format(
                client=client)
            if waiting:
                text += " " + self.tr("{n} more waiting.").format(n=waiting)
            self.serve_label.setText(text)
        self.serve_label.setVisible(client is not None)
        self.serve_stop.setVisible(client is not None)
