"""The one database module: private files, WAL, foreign keys, numbered migrations per component."""

from __future__ import annotations

import ast
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import db
from app.core.errors import HearthError

ROOT = Path(__file__).resolve().parents[2]

# Two components in one file, as the history and the document index share theirs.
PARENTS = ("CREATE TABLE parents(id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '')",)
CHILDREN = ("CREATE TABLE children(id INTEGER PRIMARY KEY, "
            "parent_id TEXT NOT NULL REFERENCES parents(id) ON DELETE CASCADE)",)
MIGRATIONS = {"parents": PARENTS, "children": CHILDREN}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "hearth.sqlite3"


@pytest.fixture
def conn(path: Path) -> Iterator[sqlite3.Connection]:
    c = db.connect(path, MIGRATIONS)
    yield c
    c.close()


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


# ------------------------------------------------------------------ the file


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_and_wal_are_owner_only_even_with_a_permissive_umask(path: Path) -> None:
    old = os.umask(0)
    try:
        conn = db.connect(path, MIGRATIONS)
        try:
            conn.execute("INSERT INTO parents(id) VALUES ('p')")
            wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
            assert wal.exists() and shm.exists()
            assert (_mode(path), _mode(wal), _mode(shm)) == (0o600, 0o600, 0o600)
        finally:
            conn.close()
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_existing_readable_files_are_made_private(path: Path) -> None:
    first = db.connect(path, MIGRATIONS)
    try:
        first.execute("INSERT INTO parents(id) VALUES ('p')")  # the -wal file has data now
        wal = Path(f"{path}-wal")
        os.chmod(path, 0o644)
        os.chmod(wal, 0o644)
        db.connect(path).close()
        assert (_mode(path), _mode(wal)) == (0o600, 0o600)
    finally:
        first.close()


def test_pragmas(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
    assert conn.isolation_level is None and not conn.in_transaction


def test_foreign_keys_are_enforced(conn: sqlite3.Connection) -> None:
    with pytest.raises(db.IntegrityError):
        conn.execute("INSERT INTO children(parent_id) VALUES ('nobody')")
    conn.execute("INSERT INTO parents(id) VALUES ('p')")
    conn.execute("INSERT INTO children(parent_id) VALUES ('p')")
    conn.execute("DELETE FROM parents WHERE id = 'p'")
    assert conn.execute("SELECT count(*) FROM children").fetchone()[0] == 0


def test_a_file_that_is_not_a_database(path: Path) -> None:
    path.parent.mkdir(parents=True)
    junk = b"this is not sqlite" * 100
    path.write_bytes(junk)
    # Before any key exists: it looks encrypted, so no key is made for it and it stays.
    with pytest.raises(db.StorageError) as info:
        db.connect(path, MIGRATIONS)
    assert isinstance(info.value, HearthError)
    assert path.read_bytes() == junk
    # With this home's key made for another file, it does not open with it: named, untouched.
    db.connect(path.with_name("other.sqlite3"), MIGRATIONS).close()
    with pytest.raises(db.WrongKeyError) as info:
        db.connect(path, MIGRATIONS)
    assert str(path) in str(info.value)
    assert path.read_bytes() == junk


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(db.StorageError, match="Cannot open the database"):
        db.connect(blocker / "hearth.sqlite3")


def test_memory_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    conn = db.connect(db.MEMORY, MIGRATIONS)
    try:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.schema_version(conn, "children") == 1
        with pytest.raises(db.IntegrityError):
            conn.execute("INSERT INTO children(parent_id) VALUES ('nobody')")
    finally:
        conn.close()
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ migrations


def test_components_migrate_separately_and_keep_data(path: Path) -> None:
    conn = db.connect(path, {"parents": PARENTS})
    try:
        assert db.schema_version(conn, "parents") == 1
        assert db.schema_version(conn, "children") == 0
        conn.execute("INSERT INTO parents(id, name) VALUES ('p', 'kept')")
        children = list(CHILDREN)
        assert db.migrate(conn, "children", children) == 1
        assert db.migrate(conn, "children", children) == 1  # idempotent
        children.append("ALTER TABLE children ADD COLUMN note TEXT NOT NULL DEFAULT ''")
        assert db.migrate(conn, "children", children) == 2
        assert (db.schema_version(conn, "parents"), db.schema_version(conn, "children")) == (1, 2)
        conn.execute("INSERT INTO children(parent_id, note) VALUES ('p', 'n')")
    finally:
        conn.close()
    again = db.connect(path, {"parents": PARENTS, "children": children})
    try:
        assert again.execute("SELECT name FROM parents").fetchall() == [("kept",)]
        assert again.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 2
    finally:
        again.close()


def test_a_migration_with_a_trigger_body(conn: sqlite3.Connection) -> None:
    steps = ["""
        CREATE TABLE log(what TEXT);
        CREATE TRIGGER parents_log AFTER INSERT ON parents BEGIN
            INSERT INTO log(what) VALUES ('added; ' || new.id);
        END;
    """]
    assert db.migrate(conn, "log", steps) == 1
    conn.execute("INSERT INTO parents(id) VALUES ('p')")
    assert conn.execute("SELECT what FROM log").fetchall() == [("added; p",)]


def test_failed_migration_changes_nothing(conn: sqlite3.Connection) -> None:
    broken = ["CREATE TABLE first_half(x); CREATE TABLE second_half(x INTEGER REFERENCES;"]
    with pytest.raises(db.Error):
        db.migrate(conn, "broken", broken)
    assert not conn.in_transaction
    assert db.schema_version(conn, "broken") == 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "first_half" not in tables


def test_newer_schema_is_refused_and_left_alone(path: Path) -> None:
    db.connect(path, MIGRATIONS).close()
    conn = db.connect(path)
    conn.execute("UPDATE schema_version SET version = 7 WHERE component = 'children'")
    conn.close()
    with pytest.raises(db.SchemaTooNewError, match="newer version of Hearth") as info:
        db.connect(path, MIGRATIONS)
    assert (info.value.component, info.value.found, info.value.known) == ("children", 7, 1)
    assert isinstance(info.value, db.StorageError)
    conn = db.connect(path)
    try:
        assert db.schema_version(conn, "children") == 7
    finally:
        conn.close()


def test_an_up_to_date_file_opens_while_another_connection_writes(path: Path) -> None:
    """Opening takes no write lock when nothing is to migrate: a window or worker opening its
    connection never waits behind a long write (document indexing) of another."""
    writer = db.connect(path, MIGRATIONS)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO parents(id) VALUES ('p')")
        # Were a write lock needed, this would fail with "database is locked" after the
        # busy timeout: the writer holds it until after the call returns.
        reader = db.connect(path, MIGRATIONS)
        try:
            assert reader.execute("SELECT count(*) FROM parents").fetchone()[0] == 0
        finally:
            reader.close()
        writer.execute("COMMIT")
    finally:
        writer.close()


# ------------------------------------------------------------------ one way in


def test_only_db_opens_sqlite_connections() -> None:
    """Encryption at rest plugs into db._open: no other module may open a connection itself."""
    offenders = []
    for source in sorted((ROOT / "app").rglob("*.py")):
        if source == ROOT / "app" / "core" / "db.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in ("sqlite3", "sqlcipher3"):
                if any(alias.name in ("connect", "dbapi2") for alias in node.names):
                    offenders.append(f"{source.relative_to(ROOT)}:{node.lineno}")
            if (isinstance(node, ast.Attribute) and node.attr == "connect"
                    and isinstance(node.value, ast.Name)
                    and node.value.id in ("sqlite3", "sqlcipher3", "dbapi2")):
                offenders.append(f"{source.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
