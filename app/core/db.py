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
from dataclasses import dataclass
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


class DatabaseDamagedError(StorageError):
    """SQLite says the file is not a database, or parts of it cannot be read."""


class DatabaseReadOnlyError(StorageError):
    """The database or its folder cannot be written: it can only be opened read-only."""


def _open(target: str, *, uri: bool = False) -> sqlite3.Connection:
    """The raw open, the only call to sqlite3.connect in the app (SQLCipher replaces it)."""
    # Autocommit mode: every write opens and closes its own explicit transaction, so no
    # transaction is ever left open between calls.
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           uri=uri)


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{path.absolute().as_uri().replace('file://', 'file:', 1)}?{query}"


def connect_read_only(path: Path | str,
                      migrations: Mapping[str, Sequence[str]] | None = None) -> sqlite3.Connection:
    """Open an existing database without ever writing to it or its folder (a read-only folder
    or file, a damaged file being looked at). Its schema must already be current."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(tr("There is no database at {path}.").format(path=path))
    conn: sqlite3.Connection | None = None
    errors: list[str] = []
    # mode=ro still needs the -shm file of a WAL database; immutable=1 reads the main file as it
    # is (what a crash left in the -wal file is then not seen).
    for params in ({"mode": "ro"}, {"mode": "ro", "immutable": "1"}):
        try:
            conn = _open(_uri(path, **params), uri=True)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlite3.Error as exc:
            errors.append(str(exc))
            if conn is not None:
                conn.close()
                conn = None
    if conn is None:
        raise StorageError(tr("The database {path} cannot be opened even read-only ({reason})."
                              ).format(path=path, reason="; ".join(errors)))
    for component, steps in (migrations or {}).items():
        if schema_version(conn, component) != len(steps):
            conn.close()
            raise StorageError(tr(
                "The database {path} needs updating ({component}), which cannot be done while "
                "it is read-only.").format(path=path, component=component))
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


@dataclass(frozen=True)
class DatabaseProblem:
    """What is wrong with a database a person's history lives in, in words, and what can be
    offered: `kind` damaged | read_only | too_new | busy | other."""

    kind: str
    path: Path
    message: str
    detail: str = ""

    @property
    def can_recover(self) -> bool:
        return self.kind == "damaged"

    @property
    def can_open_read_only(self) -> bool:
        return self.kind in ("damaged", "read_only")


def unwritable_reason(path: Path) -> str:
    """"" when Hearth can write the database and its folder, else the reason."""
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return tr("the folder {folder} is read-only").format(folder=folder)
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return tr("the file {file} is read-only").format(file=candidate.name)
    return ""


def diagnose(path: Path | str, error: BaseException | None = None) -> DatabaseProblem | None:
    """Why the database at `path` cannot be used as it is (None: nothing found wrong).

    `error` is what opening or reading it raised, if anything. A read-only folder or file is
    seen first; then SQLite's own integrity check says whether the file is damaged. Nothing is
    written."""
    path = Path(path)
    detail = str(error) if error is not None else ""
    if isinstance(error, SchemaTooNewError):
        return DatabaseProblem("too_new", path, str(error), detail)
    reason = unwritable_reason(path)
    lowered = detail.lower()
    if reason or "readonly" in lowered or "read-only" in lowered:
        return DatabaseProblem("read_only", path, tr(
            "Hearth cannot save to its database because {reason}. Your conversations can be "
            "opened read-only (nothing new is saved), or quit, make the folder writable and "
            "start Hearth again.").format(reason=reason or tr("it is read-only")), detail)
    if "locked" in lowered or "busy" in lowered:
        return DatabaseProblem("busy", path, tr(
            "The database {path} is in use by another program and did not become free. Close "
            "other copies of Hearth and start it again.").format(path=path), detail)
    damaged = any(w in lowered for w in ("not a database", "malformed", "corrupt", "damaged"))
    if not damaged and path.is_file():
        damaged = bool(integrity_problems(path))
    if damaged:
        return DatabaseProblem("damaged", path, tr(
            "Hearth's database {path} is damaged, so your conversations cannot all be read. The "
            "file is left untouched. Hearth can copy what can still be read into a new "
            "database (the damaged file is kept beside it), or open it read-only as it is."
            ).format(path=path), detail)
    if error is None:
        return None
    return DatabaseProblem("other", path, tr(
        "Hearth's database {path} cannot be used ({detail}).").format(path=path, detail=detail),
        detail)


def integrity_problems(path: Path | str, limit: int = 20) -> list[str]:
    """What SQLite's quick check finds wrong in the file, read-only ([] when it is sound)."""
    try:
        conn = connect_read_only(path)
    except StorageError as exc:
        return [str(exc)]
    try:
        rows = conn.execute(f"PRAGMA quick_check({int(limit)})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


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
        kind: type[StorageError] = StorageError
        text = str(exc).lower()
        if "not a database" in text or "malformed" in text:
            kind = DatabaseDamagedError
        elif "readonly" in text or "unable to open" in text:
            kind = DatabaseReadOnlyError
        raise kind(
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
    "BUSY_TIMEOUT_MS", "MEMORY", "DatabaseDamagedError", "DatabaseProblem",
    "DatabaseReadOnlyError", "SchemaTooNewError", "StorageError", "connect", "connect_read_only",
    "diagnose", "integrity_problems", "migrate", "schema_version",
]
