"""What the window offers when its database cannot be used as it is: recover what SQLite can
still read into a new database (the damaged file kept aside), open it read-only, or quit.

Shown by the startup (app.ui.app.open_window) before the main window exists, instead of the
generic crash dialog. Thread: GUI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from app.core import db, db_repair, storage
from app.core.db import DatabaseProblem
from app.core.errors import describe
from app.ui.plain import plain_box

log = logging.getLogger(__name__)

BOX_WIDTH = 620


class Choice(StrEnum):
    RECOVER = "recover"
    READ_ONLY = "read_only"
    RETRY = "retry"
    QUIT = "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseDialog", text)


def database_box(problem: DatabaseProblem, parent: QWidget | None = None
                 ) -> tuple[QMessageBox, dict[QAbstractButton, Choice]]:
    """The question for `problem`, with a button per choice it allows."""
    box = plain_box(QMessageBox(parent))
    box.setObjectName("databaseDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Hearth's conversations"))
    box.setText({"damaged": _tr("Hearth's database is damaged."),
                 "read_only": _tr("Hearth cannot save to its database."),
                 "too_new": _tr("This database belongs to a newer Hearth."),
                 "busy": _tr("Hearth's database is in use.")}.get(
                     problem.kind, _tr("Hearth's database cannot be used.")))
    box.setInformativeText(problem.message)
    # QMessageBox sizes itself to its text: a spacer keeps a long path from making it a column.
    grid = box.layout()
    if isinstance(grid, QGridLayout):
        grid.addItem(QSpacerItem(BOX_WIDTH, 0, QSizePolicy.Policy.Minimum,
                                 QSizePolicy.Policy.Expanding),
                     grid.rowCount(), 0, 1, grid.columnCount())
    if problem.detail:
        box.setDetailedText(problem.detail)
    buttons: dict[QAbstractButton, Choice] = {}
    if problem.can_recover:
        buttons[box.addButton(_tr("Recover into a new database"),
                              QMessageBox.ButtonRole.AcceptRole)] = Choice.RECOVER
    if problem.can_open_read_only and problem.path.is_file():
        buttons[box.addButton(_tr("Open read-only"),
                              QMessageBox.ButtonRole.ActionRole)] = Choice.READ_ONLY
    if problem.kind in ("read_only", "busy", "other"):
        buttons[box.addButton(_tr("Try again"), QMessageBox.ButtonRole.ActionRole)] = Choice.RETRY
    buttons[box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = Choice.QUIT
    return box, buttons


def ask(problem: DatabaseProblem, parent: QWidget | None = None) -> Choice:
    box, buttons = database_box(problem, parent)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.QUIT)


Asker = Callable[[DatabaseProblem], Choice]
Teller = Callable[[str, bool], None]  # (message, is_error)


def _tell(message: str, error: bool) -> None:
    box = plain_box(QMessageBox(QMessageBox.Icon.Critical if error else
                                QMessageBox.Icon.Information, _tr("Hearth's conversations"),
                                message))
    box.exec()


def settle(path: Path, *, asker: Asker = ask, teller: Teller = _tell) -> str | None:
    """Check the database before the window opens and deal with what is wrong by asking.

    Returns "rw" (use it normally), "ro" (open it read-only) or None (the person chose to quit).
    """
    while True:
        problem = check_database(path)
        if problem is None:
            return "rw"
        log.warning("database problem (%s): %s", problem.kind, problem.detail or problem.message)
        choice = asker(problem)
        if choice is Choice.RECOVER:
            try:
                report = db_repair.recover(path)
            except Exception as exc:
                log.exception("recovery failed")
                teller(_tr("Nothing could be recovered: {reason}").format(reason=describe(exc)),
                       True)
                continue
            teller(report.summary(), False)
            continue
        if choice is Choice.READ_ONLY:
            try:
                storage.Store.open_read_only(path).close()
            except Exception as exc:  # not even readable as it is: say so, ask again
                teller(describe(exc), True)
                continue
            return "ro"
        if choice is Choice.RETRY:
            continue
        return None


def check_database(path: Path) -> DatabaseProblem | None:
    """Whether the history database can be opened, written and read, without the window."""
    if not path.exists():
        if path.parent.exists() and db.unwritable_reason(path):
            return db.diagnose(path)
        return None
    try:
        with storage.Store.open(path) as store:
            store.list_conversations()
            store.connection.execute("SELECT count(*) FROM messages").fetchone()
            # A file SQLite reads the header of but whose pages are damaged shows it here
            # (the whole file is read: about a second per 300 MB).
            problems = db.integrity_problems(path) if path.stat().st_size < 1 << 30 else []
            if problems:
                return db.diagnose(path, db.DatabaseDamagedError("; ".join(problems[:3])))
    except Exception as exc:
        return db.diagnose(path, exc) or DatabaseProblem("other", path, describe(exc), str(exc))
    return db.diagnose(path) if db.unwritable_reason(path) else None


__all__ = ["Choice", "ask", "check_database", "database_box", "settle"]
