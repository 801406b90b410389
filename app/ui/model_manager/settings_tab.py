"""The model manager's Settings tab: the Hugging Face token (kept only in the system keyring),
the offline switch, and the models folder card. Lives on the GUI thread; the keyring is asked
in the background because a locked one can block."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.models import secrets
from app.core.settings import Settings
from app.ui.model_manager.banner import Banner
from app.ui.model_manager.folder import FolderCard
from app.ui.model_manager.widgets import SettingsCard, label
from app.workers.download_worker import DownloadWorker
from app.workers.jobs import Jobs


class SettingsTab(QWidget):
    """Token, offline mode and models folder. Says when a token was saved (downloads waiting
    for one can retry) and when offline mode changed."""

    token_saved = Signal()
    offline_changed = Signal(bool)

    def __init__(self, settings: Settings, worker: DownloadWorker, background: Jobs,
                 banner: Banner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.worker = worker
        self.background = background
        self.banner = banner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._build_token_card())
        layout.addWidget(self._build_offline_card())
        self.folder_card = FolderCard(settings, worker, background, banner)
        layout.addWidget(self.folder_card)
        layout.addStretch(1)
        self._refresh_token_state()

    def _build_token_card(self) -> SettingsCard:
        card = SettingsCard(self.tr("Hugging Face access token"), self.tr(
            "Only needed for gated or private repositories. The token is kept in your system's "
            "keyring, never in a settings file or a log."), spacing=8)
        row = QHBoxLayout()
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("hf_…"))
        self.token_edit.setAccessibleName(self.tr("Hugging Face access token"))
        self.token_edit.returnPressed.connect(self.save_token)
        row.addWidget(self.token_edit, 1)
        self.token_save = QPushButton(self.tr("Save token"))
        self.token_save.setObjectName("primaryButton")
        self.token_save.clicked.connect(self.save_token)
        row.addWidget(self.token_save)
        self.token_remove = QPushButton(self.tr("Remove token"))
        self.token_remove.clicked.connect(self.remove_token)
        row.addWidget(self.token_remove)
        card.body.addLayout(row)
        self.token_status = label(name="mmMuted")
        card.body.addWidget(self.token_status)
        return card

    def _build_offline_card(self) -> SettingsCard:
        self.offline_check = QCheckBox(self.tr("Offline mode: never connect to the internet"))
        self.offline_check.setChecked(self.settings.offline)
        self.offline_check.toggled.connect(self.set_offline)
        return SettingsCard(self.offline_check, self.tr(
            "While it is on, Hearth opens no network connection at all: downloads pause and the "
            "catalog uses the copy on this computer. Chat and documents work as usual."))

    # -- token ------------------------------------------------------------------------------------
    def ask_for_token(self) -> None:
        self.token_edit.setFocus()

    def _refresh_token_state(self) -> None:
        # The keyring may block (a locked wallet asks for a password): off the GUI thread.
        self.background.run(lambda: secrets.get_token() is not None, self._on_token_state,
                            lambda msg: self._on_token_state(False))

    def _on_token_state(self, saved: bool) -> None:
        if saved:
            self.token_status.setText(self.tr("A token is saved in the system keyring."))
            self.token_edit.setPlaceholderText(self.tr("•••••••• saved (type a new one to "
                                                       "replace it)"))
        else:
            self.token_status.setText(self.tr("No token saved."))
            self.token_edit.setPlaceholderText(self.tr("hf_…"))
        self.token_remove.setEnabled(bool(saved))

    def save_token(self) -> None:
        token = self.token_edit.text().strip()
        if not token:
            self.token_status.setText(self.tr("Paste a token first."))
            return
        self.token_edit.clear()  # the widget never keeps the secret longer than needed
        self.token_save.setEnabled(False)
        self.background.run(lambda: secrets.set_token(token), lambda _: self._on_token_saved(),
                            self._on_token_failed)

    def _on_token_saved(self) -> None:
        self.token_save.setEnabled(True)
        self._on_token_state(True)
        self.token_saved.emit()

    def _on_token_failed(self, message: str) -> None:
        self.token_save.setEnabled(True)
        self.banner.show_message(message, "error")

    def remove_token(self) -> None:
        self.background.run(secrets.delete_token, lambda _: self._on_token_removed(),
                            lambda msg: self.banner.show_message(msg, "error"))

    def _on_token_removed(self) -> None:
        self._on_token_state(False)
        self.banner.show_message(self.tr("Token removed from the system keyring."))

    # -- offline ----------------------------------------------------------------------------------
    def set_offline(self, on: bool) -> None:
        if self.offline_check.isChecked() != on:
            self.offline_check.setChecked(on)  # re-enters through toggled
            return
        if self.settings.offline == on:
            self.offline_changed.emit(on)
            return
        paused = False
        if on:
            # Pause first: a job that then meets the offline guard sees its pause flag and ends
            # paused (resumable), not failed.
            paused = bool(self.worker.active_jobs())
            self.worker.pause_all()
        self.settings.offline = on
        if on:
            self.banner.show_message(self.tr(
                "Offline mode is on: Hearth will not connect to the internet.") + (
                " " + self.tr("Downloads are paused.") if paused else ""))
        else:
            self.banner.hide()
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_message(self.tr("The setting could not be saved: {reason}").format(
                reason=exc.strerror or exc), "error")
        self.offline_changed.emit(on)
