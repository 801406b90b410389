"""The models folder card on the Settings tab, and the move to another folder: the plan is made
and the files are moved off the GUI thread, with progress, Cancel and a question first. Lives on
the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from app.core.errors import HearthError
from app.core.models import folder as folder_mod
from app.core.models import hardware
from app.core.models.errors import FolderMoveCancelled
from app.core.models.folder import MovePlan, MoveResult
from app.core.settings import Settings
from app.core.units import format_bytes
from app.ui.model_manager.banner import Banner
from app.ui.model_manager.widgets import SettingsCard, label, thin_progress
from app.ui.plain import plain_box, tip
from app.workers.download_worker import DownloadWorker
from app.workers.jobs import Jobs

MOVE_BOX_WIDTH = 600


class FolderCard(SettingsCard):
    """Where models are kept, the disk's free space, and changing it. The dialog decides
    whether a change may start (no download or import may be using the folder) and then calls
    change(); the card plans, asks, moves and saves the setting."""

    change_clicked = Signal(str)  # a folder the person picked
    busy_changed = Signal(bool)  # checking or moving: other tabs refuse to touch the folder
    folder_changed = Signal()  # the worker and the setting point at the new folder now
    disk_free_changed = Signal(object)  # int | None, bytes free where the models are

    def __init__(self, settings: Settings, worker: DownloadWorker, background: Jobs,
                 banner: Banner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Models folder"), self.tr(
            "Downloads and imported models are kept here. When you choose another folder, "
            "Hearth offers to move the models it manages there."), parent=parent)
        self.settings = settings
        self.worker = worker
        self.background = background
        self.banner = banner
        self.busy = False  # checking or moving to a new models folder
        self._cancel = threading.Event()  # set by the Cancel button; read by the move thread
        self._move_text = ""
        row = QHBoxLayout()
        row.setSpacing(8)
        self.label = label(wrap=True, selectable=True)
        self.label.setAccessibleName(self.tr("Models folder"))
        row.addWidget(self.label, 1)
        top = Qt.AlignmentFlag.AlignTop
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self._open_folder)
        row.addWidget(self.open_button, 0, top)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setToolTip(self.tr("Choose another models folder"))
        self.change_button.clicked.connect(self._on_change_clicked)
        row.addWidget(self.change_button, 0, top)
        self.body.addLayout(row)
        self.disk_label = label(name="mmMuted")
        self.body.addWidget(self.disk_label)
        self.progress = thin_progress()
        self.progress.hide()
        progress_row = QHBoxLayout()
        progress_row.setSpacing(8)
        middle = Qt.AlignmentFlag.AlignVCenter
        progress_row.addWidget(self.progress, 1, middle)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr(
            "Stop moving the models; the ones copied so far are removed again"))
        self.cancel_button.setAccessibleName(self.tr("Cancel moving the models"))
        self.cancel_button.clicked.connect(self.cancel_move)
        self.cancel_button.hide()
        progress_row.addWidget(self.cancel_button, 0, middle)
        self.body.addLayout(progress_row)
        self.status = label(name="mmMuted", wrap=True)
        self.status.hide()
        self.body.addWidget(self.status)
        self._show_folder()

    # -- the folder and its disk ------------------------------------------------------------------
    def _show_folder(self) -> None:
        folder = str(self.worker.models_dir)
        self.label.setText(folder)
        self.label.setToolTip(tip(folder))

    def _open_folder(self) -> None:
        folder = self.worker.models_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_disk_free(self, free: int | None) -> None:
        if free is None:
            self.disk_label.clear()
        else:
            self.disk_label.setText(self.tr("{free} free on this disk").format(
                free=format_bytes(free)))

    def refresh_disk(self) -> None:
        folder = self.worker.models_dir
        self.background.run(lambda: hardware.free_disk(folder), self._on_disk_free,
                            lambda message: self.disk_label.clear())

    def _on_disk_free(self, free: int | None) -> None:
        self.show_disk_free(free)
        self.disk_free_changed.emit(free)

    def is_current(self, path: str | Path) -> bool:
        return folder_mod.same_folder(self.worker.models_dir, Path(path).expanduser().absolute())

    # -- changing it ------------------------------------------------------------------------------
    def _on_change_clicked(self) -> None:
        current = self.worker.models_dir
        start = current if current.exists() else Path.home()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the models folder"),
                                                  str(start))
        if chosen:
            self.change_clicked.emit(chosen)

    def change(self, path: str | Path, setting: str | None = None) -> None:
        """Check `path` is writable, offer to move the models Hearth manages there, and save
        the setting only once the folder has really changed. `setting` is what to store in
        Settings.models_dir (default: the path; "" stands for the default folder)."""
        old, new = self.worker.models_dir, Path(path).expanduser().absolute()
        self.banner.hide()
        self._set_busy(True, self.tr("Checking {folder}…").format(folder=new))
        self.background.run(lambda: folder_mod.plan_move(old, new),
                            lambda plan: self._on_planned(plan, setting), self._on_failed)

    def _on_planned(self, plan: MovePlan, setting: str | None) -> None:
        if not plan.moves:
            self._set_busy(False)
            if self._use_folder(plan.target, setting):
                self.banner.show_message(" ".join([self.tr("Hearth now uses {folder}.").format(
                    folder=plan.target), *self._plan_notes(plan)]))
            return
        choice = self._ask_move(plan)
        if choice == "move":
            self._start_move(plan, setting)
            return
        self._set_busy(False)
        if choice == "leave" and self._use_folder(plan.target, setting):
            self.banner.show_message(" ".join([self.tr(
                "Hearth now uses {folder}. The %n model(s) in {old} stay there and are no longer "
                "listed; choose that folder again, or import them, to use them.", "",
                plan.count).format(folder=plan.target, old=plan.source),
                *self._plan_notes(plan)]))

    def _plan_notes(self, plan: MovePlan) -> list[str]:
        notes = []
        if plan.conflicts:
            notes.append(self.tr("%n model(s) already have a file of the same name in the new "
                                 "folder, so they stay in the old one.", "",
                                 len(plan.conflicts)))
        if plan.partials:
            notes.append(self.tr("%n unfinished download file(s) stay in the old folder: they "
                                 "are not moved and will not continue.", "", len(plan.partials)))
        return notes

    def _move_question(self, plan: MovePlan) -> tuple[QMessageBox, dict[QAbstractButton, str]]:
        box = plain_box(QMessageBox(self))  # folder paths are shown as they are
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Change the models folder"))
        box.setText(self.tr("Move %n model(s) ({size}) to the new folder?", "",
                            plan.count).format(size=format_bytes(plan.size)))
        lines = [self.tr("From: {old}").format(old=plan.source),
                 self.tr("To: {new}").format(new=plan.target)]
        if not plan.enough_space:
            lines.append(self.tr(
                "There is not enough free space there: moving needs {need} and {free} is free. "
                "You can still use the new folder and leave the models where they are.").format(
                    need=format_bytes(plan.needed), free=format_bytes(plan.free or 0)))
        elif plan.same_disk:
            lines.append(self.tr("Both folders are on the same disk, so this takes a moment."))
        else:
            lines.append(self.tr(
                "The new folder is on another disk: each file is copied, and the original is "
                "deleted only once every copy is complete."))
        lines.append(self.tr("Models you leave in the old folder are no longer listed."))
        lines.extend(self._plan_notes(plan))
        box.setInformativeText("\n".join(lines[:2]) + "\n\n" + "\n\n".join(lines[2:]))
        # QMessageBox sizes itself to its text and ignores setMinimumWidth: a spacer in its grid
        # keeps long folder paths from wrapping into a narrow column.
        grid = box.layout()
        if isinstance(grid, QGridLayout):
            grid.addItem(QSpacerItem(MOVE_BOX_WIDTH, 0, QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Expanding),
                         grid.rowCount(), 0, 1, grid.columnCount())
        move = box.addButton(self.tr("Move"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Leave them there"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        move.setEnabled(plan.enough_space)
        box.setDefaultButton(move if plan.enough_space else cancel)
        box.setEscapeButton(cancel)
        return box, {move: "move", leave: "leave", cancel: "cancel"}

    def _ask_move(self, plan: MovePlan) -> str:
        """'move', 'leave' or 'cancel'."""
        box, choices = self._move_question(plan)
        try:
            box.exec()
            clicked = box.clickedButton()
            return choices.get(clicked, "cancel") if clicked is not None else "cancel"
        finally:
            box.deleteLater()

    def _start_move(self, plan: MovePlan, setting: str | None) -> None:
        self._move_text = self.tr("Moving %n model(s) to {folder}…", "", plan.count).format(
            folder=plan.target)
        self._set_busy(True, self._move_text)
        self.progress.setValue(0)
        self.progress.show()
        cancel = self._cancel = threading.Event()  # a fresh one for each move
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

        def move(report: Any) -> MoveResult | FolderMoveCancelled:  # on a pool thread
            try:
                return folder_mod.move_models(plan, report, cancel)
            except FolderMoveCancelled as exc:  # not a failure: handed back as the result
                return exc

        self.background.submit(
            lambda job: move(lambda done, total: job.report(done, total, final=done >= total)),
            lambda result: self._on_moved(plan, result, setting), self._on_failed,
            on_progress=self._on_move_progress, interval_s=0.1)

    def cancel_move(self) -> None:
        """Ask the running move to stop: it undoes what it did, then reports back."""
        if not self.busy or self._cancel.is_set():
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling the move…"))

    def _on_move_progress(self, done: int, total: int) -> None:
        if not self.busy or self._cancel.is_set():
            return
        self.status.setText(self.tr("{what} {done} of {total}").format(
            what=self._move_text, done=format_bytes(done), total=format_bytes(total)))
        self.progress.setValue(int(1000 * done / total) if total else 1000)

    def _on_moved(self, plan: MovePlan, result: MoveResult | FolderMoveCancelled,
                  setting: str | None) -> None:
        self._set_busy(False)
        if isinstance(result, FolderMoveCancelled):
            # The setting and the lists stay as they were: the models never left the old folder.
            self.status.setText(self.tr(
                "The move was cancelled. Your models are still in {folder}.").format(
                    folder=plan.source))
            self.status.show()
            return
        if not self._use_folder(plan.target, setting):
            return
        notes = self._plan_notes(plan)
        if result.leftovers:
            notes.append(self.tr("The old copies of %n file(s) could not be deleted from "
                                 "{old}; delete them yourself to free the space.", "",
                                 len(result.leftovers)).format(old=plan.source))
        self.banner.show_message(" ".join([self.tr(
            "Moved %n model(s) ({size}) to {folder}.", "", len(result.moved)).format(
                size=format_bytes(result.size), folder=plan.target),
            *notes]), "warning" if result.leftovers else "info")

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.banner.show_message(self.tr("The models folder was not changed. {reason}").format(
            reason=message), "error")

    def _use_folder(self, folder: Path, setting: str | None) -> bool:
        """Point downloads and the lists at `folder` and save the setting."""
        try:
            self.worker.set_models_dir(folder)
        except HearthError as exc:
            self.banner.show_message(str(exc), "error")
            return False
        self.settings.models_dir = setting if setting is not None else str(folder)
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_message(self.tr(
                "Hearth uses {folder} now, but the setting could not be saved ({reason}): next "
                "time it starts with the old folder.").format(folder=folder,
                                                               reason=exc.strerror or exc),
                "error")
        self._show_folder()
        self.refresh_disk()
        self.folder_changed.emit()
        return True

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.change_button.setEnabled(not busy)
        self.status.setText(text)
        self.status.setVisible(busy and bool(text))
        if not busy:
            self.progress.hide()
            self.cancel_button.hide()
        self.busy_changed.emit(busy)
