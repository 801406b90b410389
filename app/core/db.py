"""The one way into Hearth's SQLite databases: a private file, WAL, foreign keys, migrations.

Every connection to a Hearth database goes through `connect()`. The history (`storage`) and the
document index (`documents.index`) share one file; each keeps its own numbered migrations under
its own component name in the `schema_version` table, and brings its tables up to date with
`migrate()` on the connection it is given.

Every file is encrypted at rest with SQLCipher (`sqlcipher3`): the key comes from `core.vault`
(`database_key`), the encrypted open issues `PRAGMA key` before anything else
(`_open_encrypted`), and a plain file from an older Hearth is encrypted into a new file, checked
row by row and swapped in before the plain one is overwritten and removed (`encrypt_plain`).
A file that cannot be opened (no key, wrong key) is never replaced by a new empty one.

Connections come from sqlcipher3, whose exception classes are not the standard library's:
catch `db.Error`, `db.DatabaseError`, `db.IntegrityError`, `db.OperationalError` (each covers
both drivers).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import sqlcipher3.dbapi2 as _cipher

from app.core.errors import HearthError
from app.core.i18n import tr

BUSY_TIMEOUT_MS: Final = 5000
# SQLite's page cache per connection (negative: KiB), grown only as pages are read. Every page
# read from the file is decrypted and its HMAC checked: with SQLite's default 2 MB a substring
# search of 50k messages (67 MB) decrypted the whole file again each time, 4x the plain cost;
# with 64 MB it costs what plain SQLite does (bench/encryption.py, docs/benchmarks.md).
CACHE_SIZE: Final = -65536
# A private scratch database that lives as long as its connection (`ask`, `search-docs`).
MEMORY: Final = ":memory:"

# Both drivers' exceptions under one name each, for `except` clauses anywhere in the app.
Error: Final = (sqlite3.Error, _cipher.Error)
DatabaseError: Final = (sqlite3.DatabaseError, _cipher.DatabaseError)
IntegrityError: Final = (sqlite3.IntegrityError, _cipher.IntegrityError)
OperationalError: Final = (sqlite3.OperationalError, _cipher.OperationalError)
ProgrammingError: Final = (sqlite3.ProgrammingError, _cipher.ProgrammingError)


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
    """The raw open, the only driver connect in the app (no key yet: `_open_keyed` adds it;
    bare only for MEMORY and for reading a plain file to encrypt it)."""
    # Autocommit mode: every write opens and closes its own explicit transaction, so no
    # transaction is ever left open between calls.
    conn: sqlite3.Connection = _cipher.connect(target, timeout=BUSY_TIMEOUT_MS / 1000,
                                               isolation_level=None, uri=uri)
    # SQLCipher writes its own errors (a wrong key's "hmac check failed") to stderr otherwise.
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _open_keyed(target: str, path: Path, *, uri: bool = False) -> sqlite3.Connection:
    """Open an existing file as it is: an encrypted one gets Hearth's key (never a new key),
    a plain one (an older Hearth's, or a copy being repaired) opens without one."""
    conn = _open(target, uri=uri)
    if file_kind(path) == "encrypted":
        from app.core import vault

        try:
            apply_key(conn, vault.master_key(create=False), path)
        except BaseException:
            conn.close()
            raise
    return conn


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
            conn = _open_keyed(_uri(path, **params), path, uri=True)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except (*Error, WrongKeyError) as exc:
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
    except DatabaseError as exc:
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

    A file is encrypted with the master key (`database_key`: a plain file from an older Hearth
    is encrypted first; without a key a VaultError says why and nothing is touched). It is
    created owner-only (0600) before any data is written; the connection is in WAL mode with
    foreign keys on, synchronous=NORMAL (a process crash loses nothing committed; a power cut
    may lose the last moments) and a busy timeout. `migrations` maps component names to their
    migration lists, applied in order. `MEMORY` opens a private in-memory database (no file,
    no WAL, no key: nothing reaches the disk).

    The connection is in autocommit mode: callers open their own short transactions. It
    belongs to the thread that opened it (the same-thread check stays on): each thread that
    needs the database opens its own.
    """
    in_memory = str(path) == MEMORY
    try:
        if in_memory:
            conn = _open(MEMORY)
        else:
            path = Path(path)
            key = database_key(path)
            _create_private_file(path)
            _tighten_mode(path)
            conn = _open_encrypted(path, key)
    except (OSError, *Error) as exc:
        raise StorageError(
            tr("Cannot open the database {path}: {reason}").format(path=path, reason=exc)
        ) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        if not in_memory:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise _cipher.OperationalError(f"journal_mode is {mode}, WAL is needed")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        for component, steps in (migrations or {}).items():
            migrate(conn, component, steps)
    except StorageError:
        conn.close()
        raise
    except Error as exc:
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


# --------------------------------------------------------------------------- encryption

PLAIN_HEADER: Final = b"SQLite format 3\x00"
ENCRYPTING_SUFFIX: Final = ".encrypting"  # the encrypted copy being made of a plain file
PLAIN_OLD_SUFFIX: Final = ".plain-old"  # the plain file, set aside until it is shredded
SIDE_FILES: Final = ("-wal", "-shm", "-journal")


class WrongKeyError(StorageError):
    """The file does not open with Hearth's key (damaged, or encrypted with another key)."""


def file_kind(path: Path) -> str:
    """'missing', 'empty', 'plain' (SQLite's own header) or 'encrypted' (anything else)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return "missing"
    if not head:
        return "empty"
    return "plain" if head == PLAIN_HEADER else "encrypted"


def _raw_key(key: bytes) -> str:
    # A blob literal: SQLCipher takes it as the key itself, with no passphrase derivation.
    return f"x'{key.hex()}'"


def database_key(path: Path) -> bytes:
    """The key for the database at `path`, after finishing an encryption a crash interrupted
    and encrypting a plain file. An encrypted file is never given a new key: without its key
    this raises (a VaultError) and leaves it as it is."""
    from app.core import vault

    _finish_interrupted_encryption(path)
    kind = file_kind(path)
    key = vault.master_key(create=kind != "encrypted")
    if kind == "plain":
        encrypt_plain(path, key)
    return key


def _open_encrypted(path: Path, key: bytes) -> sqlite3.Connection:
    """The encrypted open: `_open`, then `apply_key` before any other statement."""
    conn = _open(str(path))
    try:
        apply_key(conn, key, path)
    except WrongKeyError:
        conn.close()
        raise
    return conn


def apply_key(conn: sqlite3.Connection, key: bytes, path: Path | str) -> None:
    """Give a fresh connection its key (before any other statement on it), then read once to
    prove it: WrongKeyError when the file does not open with it. Every open of a Hearth file
    goes through here (read-write, read-only, recovery)."""
    conn.execute(f'PRAGMA key = "{_raw_key(key)}"')
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        # Only "not a database" means the key does not fit; a read-only folder's missing -shm,
        # a busy file and the like are what they are.
        if "not a database" not in str(exc).lower():
            raise
        raise WrongKeyError(tr(
            "The database {path} does not open with Hearth's key: it is damaged, or it was "
            "encrypted by another Hearth. It was not changed; move it aside (or restore a "
            "backup) to go on.").format(path=path)) from None


def _table_counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    return {name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
            for name in names}


def encrypt_plain(path: Path, key: bytes) -> None:
    """Encrypt a plain database in place without losing a row.

    The plain file's WAL is checkpointed, everything is exported into `<name>.encrypting`
    (sqlcipher_export: tables, indexes, triggers, full-text tables), every table's row count is
    compared, then the plain file is set aside as `<name>.plain-old`, the encrypted one takes
    its name, and the plain one is overwritten and removed. A crash at any point leaves either
    the plain file or a checked encrypted one (`_finish_interrupted_encryption`).
    """
    tmp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    for leftover in (tmp, *(Path(f"{tmp}{s}") for s in SIDE_FILES)):
        leftover.unlink(missing_ok=True)
    plain = _open(str(path))
    try:
        plain.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _table_counts(plain)
        user_version = int(plain.execute("PRAGMA user_version").fetchone()[0])
        _create_private_file(tmp)
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(tmp), _raw_key(key)))
        try:
            plain.execute("SELECT sqlcipher_export('encrypted')")
            plain.execute(f"PRAGMA encrypted.user_version = {user_version}")
            after = _table_counts(plain, "encrypted")
        finally:
            plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = _open_encrypted(tmp, key)
    try:
        reopened = _table_counts(check)
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if before != after or before != reopened or str(ok).lower() != "ok":
        shred(tmp)
        raise StorageError(tr(
            "Hearth could not encrypt the history {path}: the encrypted copy did not match it. "
            "The history was left as it was.").format(path=path))
    _fsync(tmp)
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    for suffix in ("", *SIDE_FILES):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{old}{suffix}"))
    os.replace(tmp, path)
    _sync_folder(path.parent)
    for suffix in ("", *SIDE_FILES):
        shred(Path(f"{old}{suffix}"))


def _finish_interrupted_encryption(path: Path) -> None:
    """Put right what a crash during `encrypt_plain` left: a half-made copy is removed (the
    plain file still holds everything), a checked copy whose plain file was already set aside
    takes its place, and a plain file set aside is shredded."""
    tmp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    if not old.exists():
        if tmp.exists() or any(Path(f"{tmp}{s}").exists() for s in SIDE_FILES):
            for leftover in (tmp, *(Path(f"{tmp}{s}") for s in SIDE_FILES)):
                shred(leftover)
        return
    if not path.exists() and tmp.exists():
        os.replace(tmp, path)  # checked before the plain file was moved aside
        _sync_folder(path.parent)
    if file_kind(path) == "encrypted":
        for suffix in ("", *SIDE_FILES):
            shred(Path(f"{old}{suffix}"))
    elif not path.exists():
        # Nothing encrypted to keep: the plain file comes back and is encrypted again.
        for suffix in ("", *SIDE_FILES):
            if Path(f"{old}{suffix}").exists():
                os.replace(Path(f"{old}{suffix}"), Path(f"{path}{suffix}"))


def shred(path: Path) -> None:
    """Overwrite a file with zeros (on disk: fsync), then remove it. On SSDs and copy-on-write
    file systems the old blocks may survive the overwrite; that is why the database is
    encrypted, not merely shredded."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        path.unlink(missing_ok=True)
        return
    try:
        block = bytes(1 << 20)
        done = 0
        while done < size:
            done += os.write(fd, block[: min(len(block), size - done)])
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
    "BUSY_TIMEOUT_MS", "CACHE_SIZE", "DatabaseDamagedError", "DatabaseError", "DatabaseProblem",
    "DatabaseReadOnlyError", "Error", "IntegrityError", "MEMORY", "OperationalError",
    "ProgrammingError", "SchemaTooNewError", "StorageError", "WrongKeyError", "apply_key",
    "connect", "connect_read_only", "database_key", "diagnose", "encrypt_plain", "file_kind",
    "integrity_problems", "migrate", "schema_version", "shred",
]
