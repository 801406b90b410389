"""The main window's status bar: the model and its backend, load progress, where an answer is
being written, the answer's speed, how much of its prompt came from the cache and how full the
context is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from app.core.engine import ModelInfo


class StatusBar(QStatusBar):
    """Thread: GUI. It only shows what it is told; the window decides."""

    cancel_load_requested = Signal()
    show_stream_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.model_label = QLabel()
        self.model_label.setObjectName("statusModel")
        self.context_label = QLabel()
        self.cache_label = QLabel()
        self.cache_label.setObjectName("statusCache")
        self.cache_label.setToolTip(self.tr("Prompt tokens of the last answer the model did not "
                                            "have to read again: kept in memory or restored "
                                            "from this conversation's saved state"))
        self.speed_label = QLabel()
        self.speed_label.setObjectName("statusSpeed")
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 1000)
        self.load_progress.setFixedWidth(160)
        self.load_progress.setTextVisible(False)
        self.load_progress.setAccessibleName(self.tr("Model loading progress"))
        self.load_cancel = QPushButton(self.tr("Cancel"))
        self.load_cancel.setObjectName("linkButton")
        self.load_cancel.clicked.connect(self.cancel_load_requested)
        self.stream_label = QLabel()
        self.stream_label.setObjectName("statusStream")
        self.stream_show = QPushButton(self.tr("Show"))
        self.stream_show.setObjectName("linkButton")
        self.stream_show.setToolTip(self.tr("Open the conversation the answer is written in"))
        self.stream_show.clicked.connect(self.show_stream_requested)
        self.addWidget(self.model_label)
        self.addWidget(self.load_progress)
        self.addWidget(self.load_cancel)
        self.addWidget(self.stream_label)
        self.addWidget(self.stream_show)
        self.addPermanentWidget(self.speed_label)
        self.addPermanentWidget(self.cache_label)
        self.addPermanentWidget(self.context_label)
        for w in (self.load_progress, self.load_cancel, self.stream_label, self.stream_show):
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
        self.model_label.setToolTip(notice)

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
                used=f"{used:,}", total=f"{total:,}"))

    def set_cache(self, cached: int | None, prompt: int | None) -> None:
        """How many of the last answer's prompt tokens came from the cache (None: unknown)."""
        if cached is None or not prompt:
            self.cache_label.setText("")
        else:
            self.cache_label.setText(self.tr("Cached {cached} / {prompt}").format(
                cached=f"{cached:,}", prompt=f"{prompt:,}"))

    def set_writing_elsewhere(self, title: str | None) -> None:
        """Say that an answer is being written in another conversation (None: it is not)."""
        if title is not None:
            self.stream_label.setText(self.tr("Writing an answer in “{title}”…").format(
                title=title))
        self.stream_label.setVisible(title is not None)
        self.stream_show.setVisible(title is not None)
