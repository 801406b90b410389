"""The one way into Hearth's SQLite databases: a private file, WAL, foreign keys, migrations.

Every connection to a Hearth database goes through `connect()`. The history (`storage`) and the
document index (`documents.index`) share one file; each keeps its own numbered migrations under
its own component name in the `schema_version` table, and brings its tables up to date with
`migrate()` on the connection it is given.

Encryption at rest (SQLCipher through `sqlcipher3`, key in the OS keyring) plugs in at
`_open()`: open with `sqlcipher3.dbapi2` and issue `PRAGMA key` before anything else.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from app.core.errors import HearthError
from app.core.i18n import tr

BUSY_TIMEOUT_MS: Final = 5000
# A private scratch database that lives as long as its connection (`ask`, `search-docs`).
MEMORY: Final = ":memory:"


class StorageError(HearthError):
    """A database could not be opened or changed; the message says what to do."""


class SchemaTooNewError(StorageError):
    """A component's tables were written by a newer Hearth; nothing was changed."""

    def __init__(self, message: str, component: str, found: int, known: int) -> None:
        super().__init__(message)
        self.component = component
        self.found = found
        self.known = known


def _open(target: str) -> sqlite3.Connection:
    """The raw open, the only call to sqlite3.connect in the app (SQLCipher replaces it)."""
    # Autocommit mode: every write opens and closes its own explicit transaction, so no
    # transaction is ever left open between calls.
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _create_private_file(path: Path) -> None:
    """Create the file empty with mode 0600 before SQLite writes a byte, so no data is ever
    readable by others; SQLite gives its -wal and -shm files the mode of the database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _tighten_mode(path: Path) -> None:
    """An existing file readable by group or others (an old copy, a restore) is made private,
    with the -wal and -shm files a crash may have left beside it."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = candidate.stat().st_mode & 0o777
            if mode & 0o077:
                os.chmod(candidate, mode & 0o600)
        except FileNotFoundError:
            continue


def connect(path: Path | str, migrations: Mapping[str, Sequence[str]] | None = None
            ) -> sqlite3.Connection:
    """Open (creating if needed) a Hearth database and migrate the given components.

    A file is created owner-only (0600) before any data is written; the connection is in WAL
    mode with foreign keys on, synchronous=NORMAL (a process crash loses nothing committed; a
    power cut may lose the last moments) and a busy timeout. `migrations` maps component names
    to their migration lists, applied in order. `MEMORY` opens a private in-memory database
    (no file, no WAL).

    The connection is in autocommit mode: callers open their own short transactions. It
    belongs to the thread that opened it (sqlite3's same-thread check stays on): each thread
    that needs the database opens its own.
    """
    in_memory = str(path) == MEMORY
    try:
        if not in_memory:
            path = Path(path)
            _create_private_file(path)
            _tighten_mode(path)
        conn = _open(str(path))
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            tr("Cannot open the database {path}: {reason}").format(path=path, reason=exc)
        ) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not in_memory:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"journal_mode is {mode}, WAL is needed")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        for component, steps in (migrations or {}).items():
            migrate(conn, component, steps)
    except StorageError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(
            tr(
                "The database {path} cannot be used ({reason}). Close other copies of "
                "Hearth, or move the file aside to start a new history."
            ).format(path=path, reason=exc)
        ) from exc
    return conn


def _split_statements(script: str) -> list[str]:
    """Split a SQL script into statements (trigger bodies hold semicolons of their own)."""
    statements: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \t\r\n;"):
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \t\r\n;"):
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:80]!r}")
    return statements


def schema_version(conn: sqlite3.Connection, component: str) -> int:
    """The schema version of one component of the database (0: never migrated)."""
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if row is None:
        return 0
    row = conn.execute(
        "SELECT version FROM schema_version WHERE component = ?", (component,)
    ).fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, component: str, migrations: Sequence[str]) -> int:
    """Bring one component's tables up to date and return its version.

    Entry i of `migrations` brings the component to version i + 1. Never edit a released
    entry; append a new one. Each pending migration runs in one transaction with its version
    bump, so a crash leaves the schema at a whole version. Raises SchemaTooNewError when the
    file was migrated by a newer Hearth (nothing is changed then).
    """
    if schema_version(conn, component) == len(migrations):
        # Up to date, as on every open but the first: a plain read, no write lock to wait
        # for while another connection is writing.
        return len(migrations)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
    )
    while True:
        # IMMEDIATE: two processes opening a fresh file at once never both migrate.
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn, component)
            if current > len(migrations):
                raise SchemaTooNewError(
                    tr(
                        "This database was written by a newer version of Hearth ({component} "
                        "schema {found}, this version knows {known}). Update Hearth to open it."
                    ).format(component=component, found=current, known=len(migrations)),
                    component, current, len(migrations),
                )
            if current == len(migrations):
                conn.execute("COMMIT")
                return current
            for statement in _split_statements(migrations[current]):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version(component, version) VALUES (?, ?) "
                "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (component, current + 1),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


__all__ = [
    "BUSY_TIMEOUT_MS", "MEMORY", "SchemaTooNewError", "StorageError", "connect", "migrate",
    "schema_version",
]
