"""The Privacy page of the Settings dialog: what Hearth keeps where (with sizes and whether it is
encrypted), where the key lives, a passphrase as a second way in, the app lock, the offline
switch, and the buttons to export everything and to wipe everything."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import privacy, vault
from app.core.settings import Settings
from app.core.units import format_bytes
from app.ui.plain import PlainLabel
from app.ui.unlock import PassphraseDialog

log = logging.getLogger(__name__)


class PrivacyPage(QWidget):
    """Settings > Privacy. Key and lock changes apply at once (they are not settings); the
    offline switch and the idle time are read back with `values()` when the dialog is accepted.
    """

    export_requested = Signal()
    wipe_requested = Signal(bool)  # keep downloaded models

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self._settings = settings
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Privacy settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)

        intro = PlainLabel(self.tr(
            "Everything Hearth keeps stays on this computer. Your conversations, their search "
            "index and the text of attached documents are encrypted; the key is never written "
            "to disk in plain form."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # What (with where, on a second line), size, protection: every row in view, wrapped.
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("privacyTable")
        self.table.setAccessibleName(self.tr("What Hearth keeps on this computer"))
        self.table.setHorizontalHeaderLabels([self.tr("What and where"), self.tr("Size"),
                                              self.tr("Protection")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

        key_box = QGroupBox(self.tr("Encryption key"))
        key_form = QFormLayout(key_box)
        self.key_source = PlainLabel()
        key_form.addRow(self.tr("Kept in"), self.key_source)
        key_row = QHBoxLayout()
        self.set_passphrase = QPushButton(self.tr("Set a passphrase…"))
        self.set_passphrase.setToolTip(self.tr(
            "A passphrase opens your history when the system keyring is locked or missing."))
        self.set_passphrase.clicked.connect(self._on_set_passphrase)
        self.remove_passphrase = QPushButton(self.tr("Remove the passphrase"))
        self.remove_passphrase.clicked.connect(self._on_remove_passphrase)
        key_row.addWidget(self.set_passphrase)
        key_row.addWidget(self.remove_passphrase)
        key_row.addStretch(1)
        key_form.addRow(key_row)
        layout.addWidget(key_box)

        lock_box = QGroupBox(self.tr("App lock"))
        lock_form = QFormLayout(lock_box)
        self.lock_on = QCheckBox(self.tr("Ask for a passphrase when Hearth starts"))
        self.lock_on.setChecked(vault.lock_enabled())
        self.lock_on.toggled.connect(self._on_lock_toggled)
        lock_form.addRow(self.lock_on)
        self.idle = QSpinBox()
        self.idle.setRange(0, 24 * 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setValue(settings.lock_idle_minutes)
        self.idle.setMaximumWidth(160)
        lock_form.addRow(self.tr("Also lock after idle time"), self.idle)
        lock_note = PlainLabel(self.tr(
            "While locked the window shows nothing of your conversations. The lock hides Hearth "
            "from someone at this computer; the encryption protects the files."))
        lock_note.setObjectName("mutedLabel")
        lock_note.setWordWrap(True)
        lock_form.addRow(lock_note)
        layout.addWidget(lock_box)

        net_box = QGroupBox(self.tr("Network"))
        net_layout = QVBoxLayout(net_box)
        self.offline = QCheckBox(self.tr("Offline: never connect, not even for downloads"))
        self.offline.setChecked(settings.offline)
        net_layout.addWidget(self.offline)
        net_note = PlainLabel(self.tr(
            "Hearth connects only when you download a model or refresh the catalog, or to a "
            "server you set up. No telemetry. Logs never contain your messages, documents or "
            "keys."))
        net_note.setObjectName("mutedLabel")
        net_note.setWordWrap(True)
        net_layout.addWidget(net_note)
        layout.addWidget(net_box)

        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export everything…"))
        self.export_button.setToolTip(self.tr(
            "Saves all conversations to a JSON file you choose. The export is not encrypted."))
        self.export_button.clicked.connect(self.export_requested)
        self.wipe_button = QPushButton(self.tr("Wipe everything…"))
        self.wipe_button.setObjectName("dangerButton")
        self.wipe_button.clicked.connect(self._on_wipe)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.wipe_button)
        layout.addLayout(actions)
        self.refresh()

    # ------------------------------------------------------------------ content

    def refresh(self) -> None:
        items = privacy.inventory(self._settings)
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [f"{item.what}\n{item.where}", format_bytes(item.size), item.protection]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._fit_table()
        info = self._key_info()
        self.key_source.setText(vault.source())
        has_passphrase = info is not None and info.passphrase is not None
        self.set_passphrase.setText(self.tr("Change the passphrase…") if has_passphrase
                                    else self.tr("Set a passphrase…"))
        self.remove_passphrase.setVisible(has_passphrase and info is not None and info.keyring)

    def _fit_table(self) -> None:
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped text takes more lines when narrower
        self._fit_table()

    @staticmethod
    def _key_info() -> vault.KeyInfo | None:
        try:
            return vault.read_info()
        except vault.VaultError:
            return None

    def values(self) -> dict[str, Any]:
        """The settings this page edits."""
        return {"offline": self.offline.isChecked(), "lock_idle_minutes": int(self.idle.value())}

    # ------------------------------------------------------------------ actions

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Privacy"), message)

    def _on_set_passphrase(self) -> None:
        dialog = PassphraseDialog(self.tr("Passphrase for your history"), self.tr(
            "This passphrase also opens your history, for example when the system keyring is "
            "locked. Hearth cannot recover it if you forget it."), confirm=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            vault.set_passphrase(dialog.passphrase())
        except vault.VaultError as exc:
            self._error(str(exc))
        self.refresh()

    def _on_remove_passphrase(self) -> None:
        try:
            vault.set_passphrase(None)
        except vault.VaultError as exc:
            self._error(str(exc))
        self.refresh()

    def _on_lock_toggled(self, on: bool) -> None:
        if on == vault.lock_enabled():
            return
        try:
            if on:
                dialog = PassphraseDialog(self.tr("Passphrase for the app lock"), self.tr(
                    "Hearth will ask for this passphrase when it starts and after the idle "
                    "time you choose."), confirm=True, parent=self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    self.lock_on.setChecked(False)
                    return
                vault.set_lock_passphrase(dialog.passphrase())
            else:
                vault.set_lock_passphrase(None)
        except vault.VaultError as exc:
            self._error(str(exc))
            self.lock_on.setChecked(vault.lock_enabled())

    def _on_wipe(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Wipe everything?"), self.tr(
            "This removes every conversation, attached document's text, saved state, log, "
            "setting and Hearth's keys from this computer. It cannot be undone. Hearth closes "
            "afterwards."), QMessageBox.StandardButton.Cancel, self)
        keep = QCheckBox(self.tr("Keep downloaded models"))
        keep.setChecked(True)
        box.setCheckBox(keep)
        wipe = box.addButton(self.tr("Wipe everything"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is wipe:
            self.wipe_requested.emit(keep.isChecked())


__all__ = ["PrivacyPage"]
