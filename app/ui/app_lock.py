"""The app lock while Hearth runs: after the chosen idle time (or on request) the window's
content, title and status bar are replaced by a lock screen, other Hearth windows are hidden,
and only the lock's passphrase brings them back. Thread: GUI."""

from __future__ import annotations

import logging
import time
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import vault

log = logging.getLogger(__name__)

# Input that counts as someone at the keyboard; everything else leaves the idle clock running.
_INPUT: Final = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})
CHECK_INTERVAL_MS: Final = 5000


class LockScreen(QWidget):
    """What the window shows while locked: no conversation, only a passphrase field."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        title = QLabel(self.tr("Hearth is locked"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setMinimumWidth(280)
        self.field.returnPressed.connect(self._on_unlock)
        row.addWidget(self.field)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.clicked.connect(self._on_unlock)
        row.addWidget(self.button)
        row.addStretch(1)
        outer.addLayout(row)
        self.error = QLabel()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.error)
        outer.addStretch(2)

    def _on_unlock(self) -> None:
        text = self.field.text()
        self.field.clear()
        self.unlock_requested.emit(text)


class AppLock(QObject):
    """Locks `window` after `idle_minutes` without input (0: only when `lock()` is called)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, idle_minutes: int = 0) -> None:
        super().__init__(window)
        self.window = window
        self._idle_s = 0.0
        self._last_input = time.monotonic()
        self._content: QWidget | None = None
        self._title = ""
        self._status_visible = True
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self.screen: LockScreen | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._check_idle)
        self._filtering = False
        self.set_idle_minutes(idle_minutes)
        window.windowTitleChanged.connect(self._on_title_changed)

    def _on_title_changed(self, title: str) -> None:
        # The window names the conversation on screen in its title: while locked, a change
        # (a turn that finished, a rename) is kept for later, and the title stays neutral.
        locked_title = self.tr("Hearth (locked)")
        if self.is_locked and title != locked_title:
            self._title = title
            self.window.setWindowTitle(locked_title)

    @property
    def is_locked(self) -> bool:
        return self._content is not None

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes while the lock is on (0: never by itself)."""
        self._idle_s = max(0, minutes) * 60.0
        active = self._idle_s > 0 and vault.lock_enabled()
        app = QApplication.instance()
        # The filter sees every event of the app: only installed while an idle time is set.
        if active and not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True
        elif not active and self._filtering and app is not None:
            app.removeEventFilter(self)
            self._filtering = False
        self._last_input = time.monotonic()
        if active:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def idle_for(self) -> float:
        return time.monotonic() - self._last_input

    def _check_idle(self) -> None:
        if not self.is_locked and self._idle_s > 0 and self.idle_for() >= self._idle_s:
            self.lock()

    def lock(self) -> bool:
        """Hide everything now (False when no lock passphrase is set)."""
        if self.is_locked:
            return True
        if not vault.lock_enabled():
            return False
        window = self.window
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not window and w.isVisible() and not isinstance(w, LockScreen)]
        for widget in self._hidden:
            # A modal dialog's own event loop ends here, as if cancelled.
            if isinstance(widget, QDialog) and widget.isModal():
                widget.reject()
            widget.hide()
        self._title = window.windowTitle()
        window.setWindowTitle(self.tr("Hearth (locked)"))
        self._content = window.takeCentralWidget()
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.try_unlock)
        window.setCentralWidget(self.screen)
        bar = window.statusBar()
        self._status_visible = bar.isVisible()
        bar.hide()
        # The window's shortcuts (Settings, New chat, Export...) would reach past the lock.
        self._disabled = [a for a in window.actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.screen.field.setFocus()
        log.info("locked")
        self.locked.emit()
        return True

    def try_unlock(self, passphrase: str) -> bool:
        if not self.is_locked or self.screen is None:
            return True
        try:
            ok = vault.check_lock_passphrase(passphrase)
        except vault.TooManyAttempts as exc:
            self.screen.error.setText(str(exc))
            return False
        if not ok:
            self.screen.error.setText(self.tr("That is not the lock's passphrase."))
            return False
        window = self.window
        screen = window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self.screen = None
        if self._content is not None:
            window.setCentralWidget(self._content)
        self._content = None
        window.setWindowTitle(self._title)
        window.statusBar().setVisible(self._status_visible)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        for widget in self._hidden:
            if not (isinstance(widget, QDialog) and widget.isModal()):
                widget.show()
        self._hidden = []
        self._last_input = time.monotonic()
        log.info("unlocked")
        self.unlocked.emit()
        return True


__all__ = ["AppLock", "LockScreen"]
