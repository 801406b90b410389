"""Opening the encrypted history at start: the passphrase dialogs (choose one when no keyring
works, enter it when the key is wrapped by one), the app lock's start prompt, and the message
when the history cannot be opened at all (nothing is created over it then)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core import db, vault
from app.core.settings import paths

log = logging.getLogger(__name__)


class PassphraseDialog(QDialog):
    """Asks for a passphrase: `confirm` asks twice (choosing a new one). `check` is called with
    the text when OK is pressed and returns an error to show (the dialog stays) or None (it
    closes). A rate limit (TooManyAttempts) disables OK until the wait is over."""

    def __init__(self, title: str, explanation: str, *, confirm: bool = False,
                 check: Callable[[str], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self._check = check
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.again: QLineEdit | None = None
        if confirm:
            self.again = QLineEdit()
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            self.again.setPlaceholderText(self.tr("The same passphrase again"))
            layout.addWidget(self.again)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(lambda: self._ok_button().setEnabled(True))
        self.resize(460, self.sizeHint().height())

    def _ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def passphrase(self) -> str:
        return self.field.text()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _on_ok(self) -> None:
        text = self.field.text()
        if self.again is not None:
            problem = vault.check_passphrase_strength(text)
            if problem is None and self.again.text() != text:
                problem = self.tr("The two passphrases are not the same.")
            if problem:
                self.show_error(problem)
                return
        if self._check is not None:
            try:
                problem = self._check(text)
            except vault.TooManyAttempts as exc:
                self._ok_button().setEnabled(False)
                self._wait.start(int(exc.wait_s * 1000) + 50)
                problem = str(exc)
            if problem:
                self.field.clear()
                self.show_error(problem)
                return
        self.accept()


def _fail(message: str, parent: QWidget | None) -> None:
    QGuiApplication.restoreOverrideCursor()
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QApplication.translate("unlock", "Hearth cannot open your history"),
                      message, QMessageBox.StandardButton.Close, parent)
    box.exec()


def open_history(database: Path | None = None, parent: QWidget | None = None) -> bool:
    """Unlock the key for the history (and encrypt a plain one from an older Hearth) before the
    window opens it. Asks for a passphrase when that is the way in; says why and returns False
    when the history cannot be opened (nothing is created or changed then)."""
    database = database or paths().ensure().database
    asked = False
    while True:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db.database_key(database)
            QGuiApplication.restoreOverrideCursor()
            break
        except vault.KeyringUnavailable as exc:
            QGuiApplication.restoreOverrideCursor()
            dialog = PassphraseDialog(
                QApplication.translate("unlock", "Choose a passphrase"),
                str(exc), confirm=True,
                check=lambda text: _try_key(text, create=True), parent=parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            asked = True
        except vault.PassphraseRequired as exc:
            QGuiApplication.restoreOverrideCursor()
            dialog = PassphraseDialog(
                QApplication.translate("unlock", "Enter your passphrase"), str(exc),
                check=lambda text: _try_key(text, create=False), parent=parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            asked = True
        except db.StorageError as exc:
            _fail(str(exc), parent)
            return False
    if vault.lock_enabled() and not asked:
        return ask_lock_passphrase(parent)
    return True


def _try_key(text: str, *, create: bool) -> str | None:
    try:
        vault.master_key(text, create=create)
    except (vault.WrongPassphrase, vault.VaultError) as exc:
        if isinstance(exc, vault.TooManyAttempts):
            raise
        return str(exc)
    return None


def ask_lock_passphrase(parent: QWidget | None = None) -> bool:
    """The app lock at start: the lock's passphrase, or Hearth does not open."""
    dialog = PassphraseDialog(
        QApplication.translate("unlock", "Hearth is locked"),
        QApplication.translate("unlock", "Enter the passphrase of Hearth's lock."),
        check=lambda text: None if vault.check_lock_passphrase(text) else QApplication.translate(
            "unlock", "That is not the lock's passphrase."), parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


__all__ = ["PassphraseDialog", "ask_lock_passphrase", "open_history"]
