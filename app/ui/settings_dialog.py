"""The Settings dialog: generation, this conversation, the engine, the local server, safety,
privacy and the look."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import storage
from app.core.settings import Settings
from app.core.units import format_bytes
from app.ui import language
from app.ui.plain import PlainLabel
from app.ui.privacy_page import PrivacyPage
from app.ui.safety_page import SafetyPage
from app.workers.jobs import Jobs


class SettingsDialog(QDialog):
    """Edits a copy of Settings (and the current conversation's own instructions and effort).

    Read `settings()` and `conversation_values()` after exec() returns Accepted.
    """

    # Delete every saved conversation state now (the window has the engine thread do it and
    # answers with `states_cleared`).
    clear_states_requested = Signal()

    def __init__(self, settings: Settings, conversation: storage.Conversation | None,
                 parent: QWidget | None = None, *, states_usage: int = 0) -> None:
        super().__init__(parent)
        self._states_usage = states_usage
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(700, 600)
        self._settings = settings
        self._conversation = conversation
        tabs = QTabWidget()
        tabs.addTab(self._generation_tab(), self.tr("Chat"))
        if conversation is not None:
            tabs.addTab(self._conversation_tab(conversation), self.tr("This conversation"))
        self._engine_page = self._engine_tab()
        tabs.addTab(self._engine_page, self.tr("Model"))
        tabs.addTab(self._server_tab(), self.tr("Local server"))
        self.safety = SafetyPage(settings)
        tabs.addTab(self.safety, self.tr("Safety"))
        self.privacy = PrivacyPage(settings)
        tabs.addTab(self.privacy, self.tr("Privacy"))
        tabs.addTab(self._look_tab(), self.tr("Appearance"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs
        self._pages = {"max_tokens": (0, self.max_tokens),
                       "low_memory": (tabs.indexOf(self._engine_page), self.low_memory)}

    def show_setting(self, name: str) -> None:
        """Open on the tab of setting `name` with its field focused ("max_tokens", ...)."""
        tab, widget = self._pages.get(name, (0, None))
        self.tabs.setCurrentIndex(tab)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QSpinBox):
                widget.selectAll()

    @staticmethod
    def _form() -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(12)
        return page, form

    def _effort_box(self, value: str) -> QComboBox:
        box = QComboBox()
        for key, label in (("low", self.tr("Low")), ("medium", self.tr("Medium")),
                           ("high", self.tr("High"))):
            box.addItem(label, key)
        box.setCurrentIndex(max(0, box.findData(value)))
        return box

    def _generation_tab(self) -> QWidget:
        s = self._settings
        page, form = self._form()
        self.instructions = QPlainTextEdit(s.developer_instructions)
        self.instructions.setPlaceholderText(self.tr("For example: answer briefly, in British "
                                                     "English."))
        form.addRow(self.tr("Developer instructions\n(every conversation)"), self.instructions)
        self.effort = self._effort_box(s.reasoning_effort)
        form.addRow(self.tr("Reasoning effort for new chats"), self.effort)
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.05)
        self.temperature.setValue(s.temperature)
        form.addRow(self.tr("Temperature"), self.temperature)
        self.top_p = QDoubleSpinBox()
        self.top_p.setRange(0.0, 1.0)
        self.top_p.setSingleStep(0.05)
        self.top_p.setValue(s.top_p)
        form.addRow(self.tr("Top-p"), self.top_p)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 131072)
        self.max_tokens.setValue(s.max_tokens)
        form.addRow(self.tr("Longest answer (tokens)"), self.max_tokens)
        self.reasoning_budget = QSpinBox()
        self.reasoning_budget.setRange(-1, 131072)
        self.reasoning_budget.setSingleStep(512)
        # The minimum, -1, shows as the special text: the budget follows the effort.
        self.reasoning_budget.setSpecialValueText(self.tr("By reasoning effort"))
        self.reasoning_budget.setValue(s.reasoning_budget)
        self.reasoning_budget.setToolTip(self.tr(
            "How many tokens the model may think before it is asked for its answer. By effort: "
            "about 1,000 at Low, 4,000 at Medium, 16,000 at High, always leaving a quarter of "
            "the longest answer for the answer itself. 0: no limit."))
        form.addRow(self.tr("Thinking budget (tokens)"), self.reasoning_budget)
        self.loop_detection = QCheckBox(self.tr("Stop thinking that goes in circles"))
        self.loop_detection.setChecked(s.loop_detection)
        form.addRow("", self.loop_detection)
        self.document_mode = QComboBox()
        for key, label in (("auto", self.tr("Automatic")),
                           ("tools", self.tr("Let the model search my documents itself")),
                           ("passages", self.tr("Put the best passages in the prompt"))):
            self.document_mode.addItem(label, key)
        self.document_mode.setCurrentIndex(max(0, self.document_mode.findData(
            s.document_mode)))
        self.document_mode.setToolTip(self.tr(
            "Automatic: short documents go into the prompt whole; longer ones the model "
            "searches, opens and cites itself, with its browser tool, on this computer."))
        form.addRow(self.tr("Attached documents"), self.document_mode)
        return page

    def _conversation_tab(self, conv: storage.Conversation) -> QWidget:
        page, form = self._form()
        self.conv_instructions = QPlainTextEdit(conv.developer_instructions)
        self.conv_instructions.setPlaceholderText(
            self.tr("Empty: the instructions for every conversation apply."))
        form.addRow(self.tr("Developer instructions"), self.conv_instructions)
        self.conv_effort = self._effort_box(conv.reasoning_effort)
        form.addRow(self.tr("Reasoning effort"), self.conv_effort)
        return page

    def _engine_tab(self) -> QWidget:
        s = self._settings
        page, form = self._form()
        self.context_length = QSpinBox()
        self.context_length.setRange(512, 131072)
        self.context_length.setSingleStep(1024)
        self.context_length.setValue(s.context_length)
        form.addRow(self.tr("Context length (tokens)"), self.context_length)
        self.cpu_threads = QSpinBox()
        self.cpu_threads.setRange(0, 256)
        self.cpu_threads.setSpecialValueText(self.tr("Automatic"))
        self.cpu_threads.setValue(s.cpu_threads)
        form.addRow(self.tr("CPU threads"), self.cpu_threads)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(self.tr("All that fit"))
        self.gpu_layers.setValue(s.gpu_layers)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        self.low_memory = QCheckBox(self.tr("Low-memory mode"))
        self.low_memory.setChecked(s.low_memory)
        self.low_memory.setToolTip(self.tr(
            "Skip the fast CPU copy of the experts that llama.cpp makes: a gpt-oss-20b then "
            "needs about 12 GB instead of 21 GB, and answers come about a quarter slower."))
        form.addRow(self.tr("Memory"), self.low_memory)
        low_note = PlainLabel(self.tr("Uses much less memory, a little slower. Hearth turns it on "
                                      "by itself for a model that would not fit otherwise."))
        low_note.setObjectName("mutedLabel")
        low_note.setWordWrap(True)
        form.addRow("", low_note)
        self.n_cpu_moe = QSpinBox()
        self.n_cpu_moe.setRange(-1, 256)
        self.n_cpu_moe.setSpecialValueText(self.tr("Recommended"))
        self.n_cpu_moe.setValue(s.n_cpu_moe)
        self.n_cpu_moe.setToolTip(self.tr(
            "On a GPU too small for the whole model, keep the experts of this many layers in RAM "
            "and everything else on the GPU. Faster than putting fewer layers on the GPU. 0: all "
            "experts on the GPU."))
        form.addRow(self.tr("Layers with experts in RAM"), self.n_cpu_moe)
        self.lora_enabled = QCheckBox(self.tr("Apply a LoRA adapter"))
        self.lora_enabled.setChecked(s.lora_enabled)
        form.addRow(self.tr("Adapter"), self.lora_enabled)
        lora_row = QHBoxLayout()
        self.lora_path = QLineEdit(s.lora_path)
        self.lora_path.setPlaceholderText(self.tr("A LoRA GGUF made for this gpt-oss model"))
        lora_browse = QPushButton(self.tr("Choose…"))
        lora_browse.clicked.connect(self._choose_lora)
        lora_row.addWidget(self.lora_path, 1)
        lora_row.addWidget(lora_browse)
        form.addRow(self.tr("Adapter file"), lora_row)
        self.lora_path.setAccessibleName(self.tr("Adapter file"))
        self.lora_scale = QDoubleSpinBox()
        self.lora_scale.setRange(0.0, 2.0)
        self.lora_scale.setSingleStep(0.1)
        self.lora_scale.setValue(s.lora_scale)
        self.lora_scale.setToolTip(self.tr("0 turns the adapter off, 1 applies it as trained."))
        form.addRow(self.tr("Adapter strength"), self.lora_scale)
        for widget in (self.lora_path, lora_browse, self.lora_scale):
            widget.setEnabled(s.lora_enabled)
            self.lora_enabled.toggled.connect(widget.setEnabled)
        folder_row = QHBoxLayout()
        self.models_dir = QLineEdit(s.models_dir)
        self.models_dir.setPlaceholderText(str(s.models_folder()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.models_dir, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Models folder"), folder_row)
        self.models_dir.setAccessibleName(self.tr("Models folder"))
        self.kv_cache_limit = QDoubleSpinBox()
        self.kv_cache_limit.setRange(0.0, 1024.0)
        self.kv_cache_limit.setDecimals(1)
        self.kv_cache_limit.setSingleStep(0.5)
        self.kv_cache_limit.setSuffix(self.tr(" GB"))
        self.kv_cache_limit.setSpecialValueText(self.tr("Off"))
        self.kv_cache_limit.setValue(s.kv_cache_limit_mb / 1000)
        self.kv_cache_limit.setToolTip(self.tr(
            "The model's memory of each conversation is kept on disk, so reopening a long "
            "conversation does not read it again. The least recently used go first."))
        self.kv_cache_limit.setAccessibleName(self.tr("Saved conversation memory limit"))
        states_row = QHBoxLayout()
        self.states_usage = PlainLabel()
        self.states_usage.setObjectName("mutedLabel")
        self.clear_states = QPushButton(self.tr("Clear"))
        self.clear_states.setToolTip(self.tr("Delete every saved conversation memory now"))
        self.clear_states.setAccessibleName(self.tr("Clear saved conversation memory"))
        self.clear_states.clicked.connect(self._on_clear_states)
        states_row.addWidget(self.kv_cache_limit)
        states_row.addWidget(self.states_usage, 1)
        states_row.addWidget(self.clear_states)
        form.addRow(self.tr("Saved conversation memory"), states_row)
        self.show_states_usage(self._states_usage)
        self.read_ahead = QCheckBox(self.tr("Read my message while I type"))
        self.read_ahead.setChecked(s.read_ahead)
        self.read_ahead.setToolTip(self.tr(
            "When you pause while typing, the model reads what you wrote so far, so the answer "
            "starts as soon as you send. Nothing is sent or saved before you press Send; turn "
            "this off to keep the processor idle while you type."))
        form.addRow(self.tr("Typing"), self.read_ahead)
        note = PlainLabel(self.tr("Engine changes apply the next time a model is loaded. A new "
                              "models folder applies at once: Hearth offers to move your models "
                              "there."))
        note.setObjectName("mutedLabel")
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _server_tab(self) -> QWidget:
        s = self._settings
        page, form = self._form()
        intro = PlainLabel(self.tr("Other programs on this computer (editors, scripts, agents) can "
                               "use the loaded model through the OpenAI API at "
                               "http://127.0.0.1:PORT/v1. Their requests pass the safety filter "
                               "and take turns with your own answers."))
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        form.addRow(intro)
        self.server_enabled = QCheckBox(self.tr("Serve the loaded model to other programs"))
        self.server_enabled.setChecked(s.server_enabled)
        form.addRow(self.server_enabled)
        self.server_port = QSpinBox()
        self.server_port.setRange(1024, 65535)
        self.server_port.setValue(s.server_port)
        form.addRow(self.tr("Port"), self.server_port)
        self._server_key_saved: str | None = None  # until the keyring has answered
        self.server_key = QLineEdit()
        self.server_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_key.setPlaceholderText(self.tr("None: any program on this computer may ask"))
        self.server_key.setToolTip(self.tr("Clients send it as 'Authorization: Bearer KEY'. "
                                           "Kept in the system keyring."))
        form.addRow(self.tr("API key"), self.server_key)
        self.server_network = QCheckBox(self.tr("Allow other computers on the network (needs "
                                                "an API key)"))
        self.server_network.setChecked(s.server_allow_network)
        form.addRow(self.server_network)
        self.server_key.textChanged.connect(self._update_server_rows)
        self.server_enabled.toggled.connect(self._update_server_rows)
        self._update_server_rows(initial=True)
        self._read_server_key()
        return page

    def _read_server_key(self) -> None:
        from app.ui.server_actions import server_key

        # The keyring may block (a locked wallet asks for a password): off the GUI thread.
        self._key_jobs = Jobs(self)
        self._key_jobs.run(server_key, self._on_server_key, lambda _msg: self._on_server_key(""))

    def _on_server_key(self, key: str) -> None:
        self._server_key_saved = key
        if not self.server_key.text():
            self.server_key.setText(key)
        self.server_network.setChecked(self._settings.server_allow_network and bool(key))
        self._update_server_rows()

    def _update_server_rows(self, initial: bool = False) -> None:
        on = self.server_enabled.isChecked()
        has_key = bool(self.server_key.text().strip())
        self.server_port.setEnabled(on)
        self.server_key.setEnabled(on)
        self.server_network.setEnabled(on and has_key)
        if not has_key and not initial:
            self.server_network.setChecked(False)

    def changed_server_key(self) -> str | None:
        """The server's API key if the person changed it (None: unchanged, or the keyring never
        answered). Read after Accepted; the window stores it."""
        if self._server_key_saved is None:
            return None
        key = self.server_key.text().strip()
        return None if key == self._server_key_saved else key

    def _look_tab(self) -> QWidget:
        page, form = self._form()
        self.theme = QComboBox()
        for key, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._settings.theme)))
        form.addRow(self.tr("Theme"), self.theme)
        self.text_size = QComboBox()
        for size, label in ((9.5, self.tr("Small")), (10.5, self.tr("Default")),
                            (12.0, self.tr("Large")), (13.5, self.tr("Larger")),
                            (15.0, self.tr("Largest"))):
            self.text_size.addItem(label, size)
        wanted = self._settings.text_size
        best = min(range(self.text_size.count()),
                   key=lambda i: abs(float(self.text_size.itemData(i)) - wanted))
        self.text_size.setCurrentIndex(best)
        form.addRow(self.tr("Text size"), self.text_size)
        self.language = QComboBox()
        for key, name in language.language_names():
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language"), self.language)
        return page

    def show_states_usage(self, used: int) -> None:
        self.states_usage.setText(self.tr("{size} used").format(size=format_bytes(used)))
        self.clear_states.setEnabled(used > 0)

    def on_states_cleared(self, _freed: int) -> None:
        self.show_states_usage(0)

    def _on_clear_states(self) -> None:
        self.clear_states.setEnabled(False)
        self.clear_states_requested.emit()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Models folder"),
                                                  self.models_dir.text())
        if folder:
            self.models_dir.setText(folder)

    def _choose_lora(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("LoRA adapter"),
                                              self.lora_path.text(),
                                              self.tr("GGUF files (*.gguf);;All files (*)"))
        if path:
            self.lora_path.setText(path)

    def settings(self) -> Settings:
        return replace(
            self._settings,
            developer_instructions=self.instructions.toPlainText().strip(),
            reasoning_effort=str(self.effort.currentData()),
            temperature=float(self.temperature.value()),
            top_p=float(self.top_p.value()),
            max_tokens=int(self.max_tokens.value()),
            reasoning_budget=int(self.reasoning_budget.value()),
            loop_detection=self.loop_detection.isChecked(),
            document_mode=str(self.document_mode.currentData()),
            context_length=int(self.context_length.value()),
            cpu_threads=int(self.cpu_threads.value()),
            gpu_layers=int(self.gpu_layers.value()),
            n_cpu_moe=int(self.n_cpu_moe.value()),
            lora_enabled=self.lora_enabled.isChecked() and bool(self.lora_path.text().strip()),
            lora_path=self.lora_path.text().strip(),
            lora_scale=float(self.lora_scale.value()),
            kv_cache_limit_mb=round(self.kv_cache_limit.value() * 1000),
            read_ahead=self.read_ahead.isChecked(),
            low_memory=self.low_memory.isChecked(),
            models_dir=self.models_dir.text().strip(),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
            server_enabled=self.server_enabled.isChecked(),
            server_port=int(self.server_port.value()),
            server_allow_network=self.server_network.isChecked()
            and bool(self.server_key.text().strip()),
            text_size=float(self.text_size.currentData()),
            **self.safety.values(),
            **self.privacy.values(),
        )

    def conversation_values(self) -> tuple[str, str] | None:
        """(developer instructions, reasoning effort) for the current conversation."""
        if self._conversation is None:
            return None
        return (self.conv_instructions.toPlainText().strip(),
                str(self.conv_effort.currentData()))
