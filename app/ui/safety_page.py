"""The Safety page of the Settings dialog: strictness, the guard model, per-category choices (S4
locked), what a stopped answer shows, and the local log of filter decisions (viewable,
clearable). Nothing here leaves the machine."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.safety import (
    ACTIONS,
    CATEGORIES,
    LOCKED_CATEGORIES,
    STRICTNESS,
    DecisionLog,
    LogEntry,
    category_name,
)
from app.core.safety_gate import BLOCKED_SHOW, GUARD_CHOICES, GuardChoice, find_guard
from app.core.settings import Settings
from app.ui.plain import PlainLabel, tip
from app.workers.jobs import Jobs

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
LOG_ROWS = 2000  # newest first; the log file itself is capped at about 2 MB


class SafetyLogModel(QAbstractTableModel):
    """Filter decisions, newest first: time, where, category, verdict, layer (and the message
    text, a column only when the user chose to keep it). Thread: GUI."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[LogEntry] = []
        self._with_text = False

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.beginResetModel()
        self._entries = list(reversed(entries))[:LOG_ROWS]
        self._with_text = any(e.text for e in self._entries)
        self.endResetModel()

    def entry(self, row: int) -> LogEntry:
        return self._entries[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else (6 if self._with_text else 5)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Time"), self.tr("Where"), self.tr("Category"), self.tr("Verdict"),
                  self.tr("Layer"), self.tr("Text")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The logged text is a person's message: shown as it is, never as markup.
            return tip(self.data(index, Qt.ItemDataRole.DisplayRole))
        e = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return local_time(e.time)
        if column == 1:
            return {"prompt": self.tr("Your message"), "answer": self.tr("Answer")}.get(
                e.where, e.where)
        if column == 2:
            return category_name(e.category) or "—"
        if column == 3:
            return {"allow": self.tr("Allowed"), "warn": self.tr("Warned"),
                    "block": self.tr("Blocked")}.get(e.verdict, e.verdict)
        if column == 4:
            return {"rules": self.tr("Rules"), "model": self.tr("Model check")}.get(
                e.layer, e.layer)
        return e.text


def local_time(iso: str) -> str:
    """A logged time as the locale writes dates and times (seconds kept: entries come fast)."""
    try:
        when = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    locale = QLocale()
    fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if ":ss" not in fmt:
        fmt = fmt.replace(":mm", ":mm:ss", 1)
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(when.timestamp())), fmt)


class SafetyPage(QWidget):
    """Edits the safety fields of a Settings; read them back with `values()`. Thread: GUI."""

    log_loaded = Signal(int)  # number of entries shown (tests wait on it)
    guard_found = Signal(str)  # the guard status text, each time it is updated

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 decision_log: DecisionLog | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self.decision_log = decision_log or DecisionLog()
        self.background = Jobs(self)
        self._settings = settings
        self._guard_path = settings.safety_guard_path
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Safety settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        intro = PlainLabel(self.tr(
            "Hearth checks your messages and its answers with a filter that runs entirely on "
            "this computer. Nothing is sent anywhere: not your messages, not the filter's "
            "decisions."))
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        layout.addWidget(intro)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.strictness = QComboBox()
        labels = {"off": self.tr("Off: no filtering"),
                  "standard": self.tr("Standard: block clear harm, warn on borderline"),
                  "strict": self.tr("Strict: block borderline cases too")}
        for key in STRICTNESS:
            self.strictness.addItem(labels[key], key)
        self.strictness.setCurrentIndex(max(0, self.strictness.findData(
            settings.safety_strictness)))
        self.strictness.currentIndexChanged.connect(self._update_enabled)
        form.addRow(self.tr("Strictness"), self.strictness)
        self.guard = QComboBox()
        guard_labels = {
            "auto": self.tr("Automatic: the first one installed"),
            "qwen3guard": self.tr("Qwen3Guard-Gen 0.6B (recommended, 119 languages)"),
            "llama-guard-3": self.tr("Llama Guard 3 1B"),
            "gpt-oss-safeguard": self.tr("gpt-oss-safeguard 20b (needs about 16 GB)"),
            "chat-model": self.tr("The loaded gpt-oss, for borderline cases only"),
            "off": self.tr("None: the rules only"),
        }
        for key in GUARD_CHOICES:
            self.guard.addItem(guard_labels[key], key)
        self.guard.setCurrentIndex(max(0, self.guard.findData(settings.safety_guard)))
        self.guard.setToolTip(self.tr(
            "A small model that reads every message, and each answer as it is written, next to "
            "the rules. It runs on this computer; download it in the model manager."))
        self.guard.currentIndexChanged.connect(self._on_guard_changed)
        guard_row = QHBoxLayout()
        guard_row.addWidget(self.guard, 1)
        self.guard_file_button = QPushButton(self.tr("Use a file…"))
        self.guard_file_button.clicked.connect(self._choose_guard_file)
        guard_row.addWidget(self.guard_file_button)
        form.addRow(self.tr("Safety model"), guard_row)
        self.guard_status = PlainLabel("")
        self.guard_status.setObjectName("mutedLabel")
        self.guard_status.setWordWrap(True)
        form.addRow("", self.guard_status)
        self.guard_answers = QCheckBox(self.tr("Also check answers and reasoning as they are "
                                               "written"))
        self.guard_answers.setToolTip(self.tr(
            "Each sentence is checked on a separate thread while the answer streams; the text "
            "shown trails the answer by at most one sentence."))
        self.guard_answers.setChecked(settings.safety_guard_answers)
        form.addRow("", self.guard_answers)
        self.model_check = QCheckBox(self.tr("Ask the loaded model about borderline cases when no "
                                             "safety model is installed"))
        self.model_check.setToolTip(self.tr(
            "Slower: the model reads the borderline message with a written policy before "
            "it is answered. It runs here, on the loaded model."))
        self.model_check.setChecked(settings.safety_model_check)
        form.addRow("", self.model_check)
        self.blocked_show = QComboBox()
        shown_labels = {
            "safe_part": self.tr("Keep what was checked before it, then say why it stopped"),
            "notice_only": self.tr("Show only why it stopped"),
        }
        for key in BLOCKED_SHOW:
            self.blocked_show.addItem(shown_labels[key], key)
        self.blocked_show.setCurrentIndex(max(0, self.blocked_show.findData(
            settings.safety_blocked_show)))
        form.addRow(self.tr("When an answer is stopped"), self.blocked_show)
        layout.addLayout(form)

        heading = PlainLabel(self.tr("Categories"))
        heading.setObjectName("sectionLabel")
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.category_boxes: dict[str, QComboBox] = {}
        action_labels = {"default": self.tr("Default"), "allow": self.tr("Allow"),
                         "warn": self.tr("Warn"), "block": self.tr("Block")}
        for i, cid in enumerate(CATEGORIES):
            label = PlainLabel(category_name(cid))
            box = QComboBox()
            if cid in LOCKED_CATEGORIES:
                box.addItem(self.tr("Always blocked"), "block")
                box.setEnabled(False)
                box.setToolTip(self.tr("This category is always blocked while the filter is "
                                       "on; it cannot be lowered."))
                label.setText(self.tr("{name} (locked)").format(name=category_name(cid)))
            else:
                for action in ACTIONS:
                    box.addItem(action_labels[action], action)
                box.setCurrentIndex(max(0, box.findData(
                    settings.safety_categories.get(cid, "default"))))
            self.category_boxes[cid] = box
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        heading = PlainLabel(self.tr("Filter log"))
        heading.setObjectName("sectionLabel")
        layout.addWidget(heading)
        self.log_text = QCheckBox(self.tr("Keep message text in the filter log"))
        self.log_text.setToolTip(self.tr(
            "Off: the log keeps only when, where, the category and the verdict."))
        self.log_text.setChecked(settings.safety_log_text)
        layout.addWidget(self.log_text)
        self.log_model = SafetyLogModel(self)
        self.log_view = QTableView()
        self.log_view.setAccessibleName(self.tr("Safety decisions"))
        self.log_view.setModel(self.log_model)
        self.log_view.verticalHeader().hide()
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_view.setMinimumHeight(160)
        # The columns fit their contents; the page must not grow sideways for them.
        self.log_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.log_view)
        row = QHBoxLayout()
        self.log_summary = PlainLabel(self.tr("Reading the log…"))
        self.log_summary.setObjectName("mutedLabel")
        self.log_summary.setWordWrap(True)
        row.addWidget(self.log_summary, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload_log)
        self.clear_button = QPushButton(self.tr("Clear the log…"))
        self.clear_button.clicked.connect(self.ask_clear)
        row.addWidget(self.refresh_button)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self._update_enabled()
        self.reload_log()
        self.refresh_guard_status()

    def _update_enabled(self) -> None:
        on = self.strictness.currentData() != "off"
        for cid, box in self.category_boxes.items():
            box.setEnabled(on and cid not in LOCKED_CATEGORIES)
        guard = self.guard.currentData()
        self.guard.setEnabled(on)
        self.guard_file_button.setEnabled(on and guard not in ("off", "chat-model"))
        self.guard_answers.setEnabled(on and guard not in ("off", "chat-model"))
        self.model_check.setEnabled(on and guard == "auto")
        self.blocked_show.setEnabled(on)

    # ------------------------------------------------------------------ the guard model

    def _on_guard_changed(self) -> None:
        self._update_enabled()
        self.refresh_guard_status()

    def _choose_guard_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Safety model file"), "",
                                              self.tr("GGUF models (*.gguf)"))
        if path:
            self.set_guard_path(path)

    def set_guard_path(self, path: str) -> None:
        """Use this GGUF as the safety model (the file dialog's answer; tests call it)."""
        self._guard_path = path
        self.refresh_guard_status()

    def refresh_guard_status(self) -> None:
        """Say which installed safety model will be used. By file name only (a directory
        listing, fast); the model's own header is checked when it is loaded."""
        settings = Settings(**{**self._settings.to_dict(),
                               "safety_guard": str(self.guard.currentData()),
                               "safety_guard_path": self._guard_path})
        try:
            choice = find_guard(settings, quick=True)
        except OSError as exc:
            self._on_guard_failed(str(exc))
            return
        self._on_guard_found(choice)

    def _on_guard_found(self, choice: GuardChoice) -> None:
        if choice.family == "chat-model":
            text = self.tr("Borderline messages are put to the loaded model.")
        elif choice.family is None and self.guard.currentData() == "off":
            text = self.tr("Only the rules check messages and answers.")
        elif choice.family is None:
            text = choice.notice
        else:
            text = self.tr("Using {name} ({file}).").format(
                name=choice.name, file=choice.path.name if choice.path else "")
        self.guard_status.setText(text)
        self.guard_status.setToolTip(str(choice.path or ""))
        self.guard_found.emit(text)

    def _on_guard_failed(self, message: str) -> None:
        self.guard_status.setText(message)
        self.guard_found.emit(message)

    def values(self) -> dict[str, Any]:
        """The safety fields of Settings, as the page shows them."""
        categories = {cid: str(box.currentData()) for cid, box in self.category_boxes.items()
                      if cid not in LOCKED_CATEGORIES and box.currentData() != "default"}
        return {
            "safety_strictness": str(self.strictness.currentData()),
            "safety_categories": categories,
            "safety_model_check": self.model_check.isChecked(),
            "safety_log_text": self.log_text.isChecked(),
            "safety_guard": str(self.guard.currentData()),
            "safety_guard_path": self._guard_path,
            "safety_guard_answers": self.guard_answers.isChecked(),
            "safety_blocked_show": str(self.blocked_show.currentData()),
        }

    # ------------------------------------------------------------------ the log

    def reload_log(self) -> None:
        """Read the log file on a pool thread (it can hold thousands of lines)."""
        decision_log = self.decision_log
        self.background.run(decision_log.entries, self._on_log_read, self._on_log_failed)

    def _on_log_read(self, entries: list[LogEntry]) -> None:
        self.log_model.set_entries(entries)
        n = len(entries)
        if n == 0:
            self.log_summary.setText(self.tr("The filter has not acted on anything yet."))
        else:
            self.log_summary.setText(self.tr(
                "%n decision(s), kept only on this computer.", "", n))
        self.log_summary.setToolTip(tip(str(self.decision_log.path)))
        self.clear_button.setEnabled(n > 0)
        self.log_loaded.emit(n)

    def _on_log_failed(self, message: str) -> None:
        self.log_summary.setText(message)
        self.log_loaded.emit(0)

    def ask_clear(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Clear the filter log?"),
            self.tr("Every logged decision is deleted from this computer. This cannot be "
                    "undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.decision_log.clear()
        except OSError as exc:
            self.log_summary.setText(self.tr("The log could not be cleared: {reason}").format(
                reason=exc.strerror or exc))
            return
        self.reload_log()
