"""The Remote server tab: a model on an OpenAI-compatible server (vLLM, llama-server, Ollama,
another Hearth) instead of a file. Base URL, API key (kept only in the system keyring), the
server's models, Test connection, and Use this server. Lives on the GUI thread; the keyring and
the network are used in the background."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.models import secrets
from app.core.remote_engine import (
    RemoteConfig,
    RemoteModel,
    is_loopback_host,
    list_models,
    normalize_base_url,
)
from app.core.settings import Settings
from app.ui.model_manager.banner import Banner
from app.ui.model_manager.widgets import SettingsCard, label
from app.workers.jobs import Jobs


class RemoteTab(QWidget):
    """Says which server to use; `remote_chosen(RemoteConfig)` once the person picks it."""

    remote_chosen = Signal(object)  # RemoteConfig
    offline_refused = Signal(str)

    def __init__(self, settings: Settings, background: Jobs, banner: Banner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.background = background
        self.banner = banner
        self._saved_key = ""
        self._key_url = ""  # the base URL the saved key belongs to
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        card = SettingsCard(self.tr("A model on a server"), self.tr(
            "Use a gpt-oss model that runs on another machine (or another program here) behind "
            "an OpenAI-compatible API: vLLM, llama.cpp's llama-server, Ollama or another Hearth. "
            "History, documents and the safety filter stay on this computer; your messages go to "
            "that server and nowhere else."), spacing=8)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.url_edit = QLineEdit(settings.remote_url)
        self.url_edit.setPlaceholderText("http://192.168.1.20:8000/v1")
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.editingFinished.connect(self._load_key)
        form.addRow(self.tr("Server address"), self.url_edit)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("None"))
        self.key_edit.setAccessibleName(self.tr("API key"))
        form.addRow(self.tr("API key"), self.key_edit)
        self.model_box = QComboBox()
        self.model_box.setEditable(True)
        self.model_box.setAccessibleName(self.tr("Model"))
        if settings.remote_model:
            self.model_box.addItem(settings.remote_model)
        self.model_box.setCurrentText(settings.remote_model)
        edit = self.model_box.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("The first one the server lists"))
        form.addRow(self.tr("Model"), self.model_box)
        card.body.addLayout(form)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(self.tr("Use this server"))
        self.use_button.setObjectName("primaryButton")
        self.use_button.clicked.connect(self.use_server)
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.use_button)
        card.body.addLayout(row)
        self.status = label(name="mmMuted", wrap=True, selectable=True)
        card.body.addWidget(self.status)
        layout.addWidget(card)
        layout.addStretch(1)
        self._load_key()

    # -- what the fields say
    def config(self) -> RemoteConfig:
        return RemoteConfig(self.url_edit.text().strip(),
                            model=self.model_box.currentText().strip(),
                            api_key=self.key_edit.text().strip(), offline=self.settings.offline)

    def _load_key(self) -> None:
        url = normalize_base_url(self.url_edit.text())
        if not url or url == self._key_url:
            return
        self._key_url = url
        # The keyring may block (a locked wallet asks for a password): off the GUI thread.
        self.background.run(lambda: secrets.get_api_key(secrets.remote_key_name(url)),
                            lambda key: self._on_key(url, key), lambda _msg: None)

    def _on_key(self, url: str, key: str) -> None:
        if url == normalize_base_url(self.url_edit.text()) and not self.key_edit.text():
            self.key_edit.setText(key)
            self._saved_key = key

    def _refuse_offline(self, config: RemoteConfig) -> bool:
        from urllib.parse import urlsplit

        host = urlsplit(config.url).hostname or ""
        if self.settings.offline and host and not is_loopback_host(host):
            self.offline_refused.emit(self.tr(
                "Offline mode is on, so Hearth will not connect to {host}. Turn off offline mode "
                "to use a server on another machine.").format(host=config.host))
            return True
        return False

    # -- actions
    def test_connection(self) -> None:
        config = self.config()
        if not config.url:
            self.status.setText(self.tr("Enter the server's address first."))
            return
        if self._refuse_offline(config):
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Connecting to {host}…").format(host=config.host))
        self.background.run(lambda: list_models(config), self._on_models, self._on_failed)

    def _on_models(self, models: list[RemoteModel]) -> None:
        self.test_button.setEnabled(True)
        current = self.model_box.currentText()
        self.model_box.clear()
        for m in models:
            self.model_box.addItem(m.id)
        if current and self.model_box.findText(current) >= 0:
            self.model_box.setCurrentText(current)
        if not models:
            self.status.setText(self.tr("Connected, but the server serves no model."))
            return
        names = ", ".join(m.id for m in models[:4]) + ("…" if len(models) > 4 else "")
        self.status.setText(self.tr("Connected: {n} model(s): {names}").format(
            n=len(models), names=names))

    def _on_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.use_button.setEnabled(True)
        self.status.setText(message)
        self.banner.show_message(message, "error")

    def use_server(self) -> None:
        """Remember the server (the key in the keyring) and hand it to the window."""
        config = self.config()
        if not config.url:
            self.status.setText(self.tr("Enter the server's address first."))
            return
        if self._refuse_offline(config):
            return
        self.settings.remote_url = config.url
        self.settings.remote_model = config.model
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_message(self.tr("The setting could not be saved: {reason}").format(
                reason=exc.strerror or exc), "error")
        key, name = config.api_key, secrets.remote_key_name(config.url)
        if key != self._saved_key:
            self._saved_key = key
            self.background.run(lambda: secrets.set_api_key(name, key), lambda _: None,
                                lambda msg: self.banner.show_message(msg, "error"))
        self.remote_chosen.emit(config)


__all__ = ["RemoteTab"]
