"""A damaged or read-only database at startup: a dialog says what is wrong and offers to
recover what SQLite can read (the damaged file kept aside, untouched), to open it read-only, or
to quit, instead of the generic crash dialog; no folder's permissions are changed."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import db, storage
from app.core.db import DatabaseProblem
from app.core.settings import Settings, paths
from app.ui import database_dialog
from app.ui.app import make_application, open_window
from app.ui.database_dialog import Choice
from tests.fixtures.unprivileged import unprivileged
from tests.ui.shots import save_shot

ROOT = Path(__file__).resolve().parents[2]


def seed(database: Path, conversations: int = 120) -> None:
    with storage.Store.open(database) as store:
        for i in range(conversations):
            conv = store.create_conversation(f"Conversation {i}")
            for j in range(4):
                store.add_message(conv.id, "user" if j % 2 == 0 else "assistant",
                                  f"message {i}.{j} " + "words " * 80)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_pages(database: Path) -> None:
    data = bytearray(database.read_bytes())
    page = 4096
    middle = len(data) // page // 2
    for k in range(middle, middle + 4):
        data[k * page:(k + 1) * page] = bytes((k * 37 + i) % 251 for i in range(page))
    database.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Answers:
    def __init__(self, *choices: Choice) -> None:
        self.choices = list(choices)
        self.asked: list[DatabaseProblem] = []
        self.told: list[tuple[str, bool]] = []

    def ask(self, problem: DatabaseProblem) -> Choice:
        self.asked.append(problem)
        return self.choices.pop(0)

    def tell(self, message: str, error: bool) -> None:
        self.told.append((message, error))


@pytest.fixture
def database(hearth_home: Path) -> Path:
    make_application()
    path = paths().ensure().database
    seed(path)
    return path


def test_damaged_database_is_recovered_into_a_new_one(qtbot, database: Path) -> None:
    damage_pages(database)
    before = digest(database)
    answers = Answers(Choice.RECOVER)
    window = open_window(Settings(theme="light", gpu_layers=0), asker=answers.ask,
                         teller=answers.tell)
    assert window is not None
    qtbot.addWidget(window)
    assert [p.kind for p in answers.asked] == ["damaged"]
    assert "damaged" in answers.asked[0].message and "untouched" in answers.asked[0].message
    message, error = answers.told[0]
    assert not error and "Recovered 120 conversation(s)" in message
    kept = [p for p in database.parent.glob("hearth.damaged-*.sqlite3")]
    assert len(kept) == 1 and digest(kept[0]) == before  # aside, byte for byte
    assert window.sidebar.model.rowCount() > 0
    assert window.store.connection.execute("SELECT count(*) FROM conversations").fetchone()[0] \
        == 120
    assert db.integrity_problems(database) == []
    with storage.Store.open(database) as store:
        recovered = sum(len(store.messages(c.id)) for c in store.list_conversations())
    assert 400 < recovered < 480  # the rows on the damaged pages are lost, the rest kept
    window.close()


def test_damaged_database_can_be_opened_read_only_untouched(qtbot, database: Path,
                                                            tmp_path: Path) -> None:
    damage_pages(database)
    before = digest(database)
    answers = Answers(Choice.READ_ONLY)
    window = open_window(Settings(theme="light", gpu_layers=0), asker=answers.ask,
                         teller=answers.tell)
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    assert window.read_only and not window.composer.isEnabled()
    assert window.sidebar.model.rowCount() > 0
    window.close()
    assert digest(database) == before


def test_a_file_that_is_not_a_database_offers_recovery_or_quit(qtbot, database: Path,
                                                               tmp_path: Path) -> None:
    database.write_bytes(b"this is not SQLite at all " * 500)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    # Read-only is offered, fails (nothing readable), is said so; then quitting ends it.
    answers = Answers(Choice.READ_ONLY, Choice.QUIT)
    assert open_window(Settings(gpu_layers=0), asker=answers.ask, teller=answers.tell) is None
    assert [p.kind for p in answers.asked] == ["damaged", "damaged"]
    assert answers.told and answers.told[0][1]
    assert database.read_bytes().startswith(b"this is not SQLite")
    # The dialog a person sees, with its choices.
    box, buttons = database_dialog.database_box(answers.asked[0])
    assert set(buttons.values()) == {Choice.RECOVER, Choice.READ_ONLY, Choice.QUIT}
    box.show()
    qtbot.addWidget(box)
    save_shot(box, tmp_path, "database-damaged-dialog")


def test_read_only_folder_is_explained_and_opened_read_only(database: Path,
                                                            hearth_home: Path) -> None:
    data = database.parent
    for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        leftover.unlink(missing_ok=True)
    os.chmod(database, 0o400)
    os.chmod(data, 0o500)
    try:
        env = {**os.environ, "HEARTH_HOME": str(hearth_home), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(ROOT)}
        r = subprocess.run(unprivileged([sys.executable,
                                         str(ROOT / "tests" / "fixtures" / "readonly_app.py")]),
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
        out = r.stdout
        assert r.returncode == 0, out + r.stderr
        assert "ASKED read_only" in out
        assert "READ-ONLY True" in out and "CONVERSATIONS 120" in out
        assert "COMPOSER False" in out
        assert "Something went wrong" not in r.stderr
        # The person's folder keeps the permissions they gave it.
        assert stat.S_IMODE(data.stat().st_mode) == 0o500
    finally:
        os.chmod(data, 0o700)
        os.chmod(database, 0o600)
