"""Conversation history in one SQLite file: schema, migrations, message trees, search, export."""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.settings import paths

ROLES: Final = ("user", "assistant")
STATUSES: Final = ("complete", "streaming", "interrupted", "cancelled", "error")
FINAL_STATUSES: Final = ("complete", "interrupted", "cancelled", "error")
REASONING_EFFORTS: Final = ("low", "medium", "high")
EXPORT_FORMAT: Final = "hearth-export"
EXPORT_VERSION: Final = 1
# Search snippets mark matches with these control characters; the UI turns them into bold.
HIGHLIGHT_START: Final = "\x02"
HIGHLIGHT_END: Final = "\x03"
BUSY_TIMEOUT_MS: Final = 5000
HISTORY_COMPONENT: Final = "history"
# Longer queries are cut: nobody types more, and SQLite limits expression depth.
MAX_QUERY_CHARS: Final = 1000
MAX_QUERY_WORDS: Final = 16


class StorageError(HearthError):
    """The history database could not be opened or changed; the message says what to do."""


class NotFoundError(StorageError):
    """A conversation or message id that is not (or no longer) in the database."""


class ImportFormatError(StorageError):
    """An import file that is not a Hearth export, or is damaged; nothing was imported."""


# Numbered migrations of the history schema: entry i brings the schema to version i + 1.
# Never edit a released entry; append a new one (each runs once, in one transaction).
HISTORY_MIGRATIONS: Final[tuple[str, ...]] = (
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        developer_instructions TEXT NOT NULL DEFAULT '',
        reasoning_effort TEXT NOT NULL DEFAULT 'medium',
        model TEXT NOT NULL DEFAULT '',
        active_leaf_id TEXT,
        -- Reserved for a saved llama.cpp KV state of this conversation (not written yet).
        kv_state_path TEXT,
        deleted_at REAL
    );
    CREATE INDEX conversations_order ON conversations(pinned DESC, updated_at DESC)
        WHERE deleted_at IS NULL;

    -- seq is the rowid: creation order of messages and the FTS5 content rowid.
    CREATE TABLE messages (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES messages(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',
        reasoning_seconds REAL NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'complete',
        model TEXT NOT NULL DEFAULT '',
        stats TEXT NOT NULL DEFAULT '{}',
        sources TEXT NOT NULL DEFAULT '[]',
        created_at REAL NOT NULL
    );
    CREATE INDEX messages_conversation ON messages(conversation_id, seq);
    CREATE INDEX messages_parent ON messages(parent_id, seq);
    CREATE INDEX messages_streaming ON messages(status) WHERE status = 'streaming';

    -- Answer and user text only: reasoning is deliberately not searchable. A reply is indexed
    -- once it stops streaming (finished, or marked interrupted after a crash), so the saves
    -- made every second while it grows stay cheap however long it gets.
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
        WHEN new.status != 'streaming' BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.seq, new.content);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
        WHEN old.status != 'streaming' BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content)
            VALUES ('delete', old.seq, old.content);
    END;
    -- One trigger, not two: the delete must run before the insert, and SQLite does not
    -- promise an order between triggers.
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, status ON messages
        WHEN old.status != 'streaming' OR new.status != 'streaming' BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content)
            SELECT 'delete', old.seq, old.content
            WHERE old.status != 'streaming'
              AND (new.status = 'streaming' OR old.content IS NOT new.content);
        INSERT INTO messages_fts(rowid, content)
            SELECT new.seq, new.content
            WHERE new.status != 'streaming'
              AND (old.status = 'streaming' OR old.content IS NOT new.content);
    END;
    """,
)


# --------------------------------------------------------------------------- connection


def _open_connection(path: Path) -> sqlite3.Connection:
    """The one place that opens the database file.

    When the history is encrypted at rest (SQLCipher, key from the OS keyring), this is the
    function that changes: open with `sqlcipher3.dbapi2` and issue `PRAGMA key` first.
    """
    # Autocommit mode: every write below opens and closes its own explicit transaction,
    # so no transaction is ever left open between calls.
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _create_private_file(path: Path) -> None:
    """Create the file empty with mode 0600 before SQLite writes a byte, so no data is ever
    readable by others; SQLite gives its -wal and -shm files the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _tighten_mode(path: Path) -> None:
    """An existing file readable by group or others (an old copy, a restore) is made private."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = candidate.stat().st_mode & 0o777
            if mode & 0o077:
                os.chmod(candidate, mode & 0o600)
        except FileNotFoundError:
            continue


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


def schema_version(conn: sqlite3.Connection, component: str = HISTORY_COMPONENT) -> int:
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

    Each pending migration runs in one transaction with its version bump, so a crash leaves
    the schema at a whole version. Other modules (the document index) keep their own list
    under their own component name on the same connection.
    """
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
                raise StorageError(
                    tr(
                        "The history file was written by a newer version of Hearth "
                        "(schema {found}, this version knows {known}). Update Hearth to open it."
                    ).format(found=current, known=len(migrations))
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


def connect(path: Path | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the Hearth database: THE one connection factory.

    The file is created owner-only (0600) before any data is written; the connection is in
    WAL mode with foreign keys on, synchronous=NORMAL (a process crash loses nothing that was
    committed; a power cut may lose the last moments) and a busy timeout; the history schema
    is migrated to the current version. The connection is in autocommit mode: callers open
    their own short transactions.

    A connection belongs to the thread that opened it (sqlite3's default same-thread check
    stays on). Each thread that needs the database opens its own with `connect()`.
    """
    if path is None:
        path = paths().ensure().database
    path = Path(path)
    try:
        _create_private_file(path)
        _tighten_mode(path)
        conn = _open_connection(path)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            tr("Cannot open the history file {path}: {reason}").format(path=path, reason=exc)
        ) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal_mode is {mode}, WAL is needed")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, HISTORY_COMPONENT, HISTORY_MIGRATIONS)
    except StorageError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(
            tr(
                "The history file {path} cannot be used ({reason}). Close other copies of "
                "Hearth, or move the file aside to start a new history."
            ).format(path=path, reason=exc)
        ) from exc
    return conn


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Conversation:
    """One conversation; `active_leaf_id` is the last message of the branch on screen."""

    id: str
    title: str
    created_at: float
    updated_at: float
    pinned: bool
    developer_instructions: str
    reasoning_effort: str
    model: str
    active_leaf_id: str | None
    deleted_at: float | None


@dataclass(frozen=True, slots=True)
class Message:
    """One message; messages form a tree per conversation (siblings are alternatives)."""

    id: str
    conversation_id: str
    parent_id: str | None
    role: str
    content: str
    reasoning: str
    reasoning_seconds: float
    status: str
    model: str
    stats: dict[str, Any]
    created_at: float
    sources: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result; `message_id` is None when the conversation's title matched.

    `snippet` marks matched words with HIGHLIGHT_START and HIGHLIGHT_END.
    """

    conversation_id: str
    message_id: str | None
    conversation_title: str
    role: str
    snippet: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did. `skipped` counts conversations and messages already present."""

    added_conversations: int
    added_messages: int
    skipped: int


_CONVERSATION_COLUMNS = (
    "id, title, created_at, updated_at, pinned, developer_instructions, reasoning_effort, "
    "model, active_leaf_id, deleted_at"
)
_MESSAGE_COLUMNS = (
    "id, conversation_id, parent_id, role, content, reasoning, reasoning_seconds, status, "
    "model, stats, created_at, sources"
)


def _conversation(row: sqlite3.Row | tuple[Any, ...]) -> Conversation:
    return Conversation(
        id=row[0],
        title=row[1],
        created_at=row[2],
        updated_at=row[3],
        pinned=bool(row[4]),
        developer_instructions=row[5],
        reasoning_effort=row[6],
        model=row[7],
        active_leaf_id=row[8],
        deleted_at=row[9],
    )


def _message(row: sqlite3.Row | tuple[Any, ...]) -> Message:
    return Message(
        id=row[0],
        conversation_id=row[1],
        parent_id=row[2],
        role=row[3],
        content=row[4],
        reasoning=row[5],
        reasoning_seconds=row[6],
        status=row[7],
        model=row[8],
        stats=_loads(row[9], dict),
        created_at=row[10],
        sources=_loads(row[11], list),
    )


def _loads(text: str, kind: type) -> Any:
    try:
        value = json.loads(text)
    except ValueError:
        return kind()
    return value if isinstance(value, kind) else kind()


def _finite(value: Any) -> Any:
    """JSON-safe copy: NaN and infinities (a rate over zero seconds) become None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(_finite(value), ensure_ascii=False, allow_nan=False, default=str)


def _new_id() -> str:
    return uuid.uuid4().hex


class _Active:
    """Sentinel: the parent is the conversation's active leaf."""

    def __repr__(self) -> str:
        return "ACTIVE_LEAF"


ACTIVE_LEAF: Final = _Active()

# Scripts where words are not separated by spaces: unicode61 cannot split them into words,
# so queries holding them fall back to a substring scan.
_UNSPACED = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0e7f]"
)


def _fts_query(words: Sequence[str], prefix: bool) -> str:
    """Turn what a person typed into a safe FTS5 query: every word a quoted phrase (so
    `AND`, `(`, `"` and `*` mean nothing special), all words required, the last a prefix
    while it is still being typed."""
    terms = ['"' + word.replace('"', '""') + '"' for word in words]
    if terms and prefix:
        terms[-1] += "*"
    return " ".join(terms)


def _query_words(query: str) -> tuple[list[str], bool]:
    """The words of a typed query (bounded, so no query is too complex for SQLite) and
    whether the last one is still being typed."""
    query = query[:MAX_QUERY_CHARS]
    words: list[str] = []
    for word in query.split():
        if any(ch.isalnum() for ch in word) and word not in words:
            words.append(word)
    words = words[:MAX_QUERY_WORDS]
    typed = query.split()
    prefix = bool(words) and not query[-1].isspace() and typed[-1] == words[-1]
    return words, prefix


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _highlight(text: str, words: Sequence[str], *, width: int = 0) -> str:
    """Mark case-insensitive occurrences of `words` in `text`; with `width`, cut a window of
    about that many characters around the first match."""
    words = [w for w in words if w]
    if not words:
        return text[:width] if width else text
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)),
                         re.IGNORECASE)
    if width:
        match = pattern.search(text)
        start = max(0, (match.start() if match else 0) - width // 3)
        end = min(len(text), start + width)
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        text = prefix + text[start:end] + suffix
    return pattern.sub(lambda m: f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_END}", text)


# --------------------------------------------------------------------------- store


class Store:
    """All reads and writes of the conversation history.

    Lives on the thread that created it: it wraps one sqlite3 connection, which refuses use
    from any other thread. Every write is one short transaction that ends before the method
    returns.
    """

    def __init__(self, connection: sqlite3.Connection | None = None) -> None:
        self._conn = connection if connection is not None else connect()

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        """A store on its own connection to `path` (default: the app's database)."""
        return cls(connect(path))

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE so a busy database waits at the start, not midway."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            # Some errors (a full disk) already ended the transaction inside SQLite.
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction, so several queries see one consistent state."""
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            self._conn.execute("COMMIT")

    # ------------------------------------------------------------------ conversations

    def create_conversation(
        self,
        title: str = "",
        *,
        developer_instructions: str = "",
        reasoning_effort: str = "medium",
        model: str = "",
    ) -> Conversation:
        _check_effort(reasoning_effort)
        now = time.time()
        conversation = Conversation(
            id=_new_id(),
            title=title,
            created_at=now,
            updated_at=now,
            pinned=False,
            developer_instructions=developer_instructions,
            reasoning_effort=reasoning_effort,
            model=model,
            active_leaf_id=None,
            deleted_at=None,
        )
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO conversations({_CONVERSATION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation.id, title, now, now, 0, developer_instructions,
                    reasoning_effort, model, None, None,
                ),
            )
        return conversation

    def get_conversation(self, conversation_id: str) -> Conversation:
        """The conversation, deleted or not; NotFoundError if it was purged or never existed."""
        row = self._conn.execute(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?",
            (conversation_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("That conversation no longer exists."))
        return _conversation(row)

    def list_conversations(
        self, *, limit: int | None = None, offset: int = 0
    ) -> list[Conversation]:
        """Conversations not deleted: pinned first, then the most recently updated."""
        rows = self._conn.execute(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE deleted_at IS NULL "
            "ORDER BY pinned DESC, updated_at DESC, rowid DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return [_conversation(r) for r in rows]

    def rename_conversation(self, conversation_id: str, title: str) -> None:
        self._update_conversation_columns(conversation_id, {"title": title})

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        self._update_conversation_columns(conversation_id, {"pinned": int(bool(pinned))})

    def update_conversation(
        self,
        conversation_id: str,
        *,
        developer_instructions: str | None = None,
        reasoning_effort: str | None = None,
        model: str | None = None,
    ) -> Conversation:
        """Change per-conversation settings; None leaves a setting as it is."""
        changes: dict[str, Any] = {}
        if developer_instructions is not None:
            changes["developer_instructions"] = developer_instructions
        if reasoning_effort is not None:
            _check_effort(reasoning_effort)
            changes["reasoning_effort"] = reasoning_effort
        if model is not None:
            changes["model"] = model
        if changes:
            self._update_conversation_columns(conversation_id, changes)
        return self.get_conversation(conversation_id)

    def delete_conversation(self, conversation_id: str) -> None:
        """Move to the trash: hidden from the list and search until restored or purged."""
        self._update_conversation_columns(conversation_id, {"deleted_at": time.time()})

    def restore_conversation(self, conversation_id: str) -> None:
        """Undo a delete."""
        self._update_conversation_columns(conversation_id, {"deleted_at": None})

    def purge_deleted(self, older_than_s: float = 0.0) -> int:
        """Remove for good the conversations deleted at least `older_than_s` seconds ago."""
        with self._write() as conn:
            cursor = conn.execute(
                "DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                (time.time() - older_than_s,),
            )
            return cursor.rowcount

    def _update_conversation_columns(self, conversation_id: str, changes: dict[str, Any]) -> None:
        # Column names come from this module only, never from callers.
        assignments = ", ".join(f"{name} = ?" for name in changes)
        with self._write() as conn:
            cursor = conn.execute(
                f"UPDATE conversations SET {assignments} WHERE id = ?",
                (*changes.values(), conversation_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(tr("That conversation no longer exists."))

    # ------------------------------------------------------------------ messages

    def add_message(
        self,
        conversation_id: str,
        role: str,
        content: str,
        *,
        parent_id: str | None | _Active = ACTIVE_LEAF,
        reasoning: str = "",
        status: str = "complete",
        model: str = "",
        stats: dict[str, Any] | None = None,
        sources: list[dict[str, Any]] | None = None,
    ) -> Message:
        """Append a message and make it the active leaf.

        The parent defaults to the active leaf (a plain reply). Pass the parent explicitly to
        branch: regenerate adds an assistant message under the same user message, and
        edit-and-resend adds a user message under the edited one's parent (None for the first
        message), so the old branch is kept.
        """
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
        now = time.time()
        with self._write() as conn:
            row = conn.execute(
                "SELECT active_leaf_id FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("That conversation no longer exists."))
            parent = row[0] if isinstance(parent_id, _Active) else parent_id
            if parent is not None:
                owner = conn.execute(
                    "SELECT conversation_id FROM messages WHERE id = ?", (parent,)
                ).fetchone()
                if owner is None or owner[0] != conversation_id:
                    raise NotFoundError(tr("The message to reply to no longer exists."))
            message = Message(
                id=_new_id(),
                conversation_id=conversation_id,
                parent_id=parent,
                role=role,
                content=content,
                reasoning=reasoning,
                reasoning_seconds=0.0,
                status=status,
                model=model,
                stats=dict(stats or {}),
                created_at=now,
                sources=list(sources or []),
            )
            conn.execute(
                f"INSERT INTO messages({_MESSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?)",
                (
                    message.id, conversation_id, parent, role, content, reasoning, 0.0, status,
                    model, _dumps(message.stats), now, _dumps(message.sources),
                ),
            )
            conn.execute(
                "UPDATE conversations SET active_leaf_id = ?, updated_at = ? WHERE id = ?",
                (message.id, now, conversation_id),
            )
        return message

    def get_message(self, message_id: str) -> Message:
        row = self._conn.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("That message no longer exists."))
        return _message(row)

    def update_streaming(self, message_id: str, content: str, reasoning: str) -> None:
        """Save the text of a reply that is still streaming (call about once a second).

        Only a message whose status is "streaming" is changed; anything else raises
        NotFoundError, so a finished answer can never be overwritten by a late update.
        """
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE messages SET content = ?, reasoning = ? "
                "WHERE id = ? AND status = 'streaming'",
                (content, reasoning, message_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(tr("That reply is no longer being written."))

    def finish_message(
        self,
        message_id: str,
        *,
        content: str,
        reasoning: str,
        status: str,
        stats: dict[str, Any] | None = None,
        reasoning_seconds: float | None = None,
    ) -> Message:
        """Close a streaming message with its final text and status; None keeps a value."""
        if status not in FINAL_STATUSES:
            raise ValueError(f"status must be one of {FINAL_STATUSES}, not {status!r}")
        now = time.time()
        with self._write() as conn:
            row = conn.execute(
                "SELECT conversation_id FROM messages WHERE id = ? AND status = 'streaming'",
                (message_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("That reply is no longer being written."))
            conn.execute(
                "UPDATE messages SET content = ?, reasoning = ?, status = ?, "
                "stats = coalesce(?, stats), reasoning_seconds = coalesce(?, reasoning_seconds) "
                "WHERE id = ?",
                (
                    content, reasoning, status, None if stats is None else _dumps(stats),
                    reasoning_seconds, message_id,
                ),
            )
            conn.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, row[0])
            )
        return self.get_message(message_id)

    def edit_message_content(self, message_id: str, content: str) -> Message:
        """Rewrite a finished message's text in place: only on an explicit user edit.

        (Edit-and-resend does not use this: it adds a sibling so the old branch stays.)
        """
        now = time.time()
        with self._write() as conn:
            row = conn.execute(
                "SELECT conversation_id, status FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("That message no longer exists."))
            if row[1] == "streaming":
                raise StorageError(tr("A reply cannot be edited while it is being written."))
            conn.execute("UPDATE messages SET content = ? WHERE id = ?", (content, message_id))
            conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, row[0]))
        return self.get_message(message_id)

    def mark_interrupted(self) -> int:
        """On startup: every reply left "streaming" by a crash becomes "interrupted", its
        partial text kept. Returns how many. Call it once, before any new reply starts, and
        only in the one process that writes replies (it cannot tell another live process's
        reply from a crashed one's)."""
        with self._write() as conn:
            return conn.execute(
                "UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'"
            ).rowcount

    def _walk_up(self, start: str, params: tuple[object, ...],
                 limit: int | None) -> list[Message]:
        """Messages from the one `start` selects up through its parents (at most `limit`),
        oldest first. `start` is a SELECT of one id, depth 0, taking `params`."""
        cap = "" if limit is None else "AND path.depth + 1 < ?"
        rows = self._conn.execute(
            f"""
            WITH RECURSIVE path(id, depth) AS (
                {start}
                UNION ALL
                SELECT m.parent_id, path.depth + 1 FROM messages m JOIN path ON m.id = path.id
                    WHERE m.parent_id IS NOT NULL {cap}
            )
            SELECT {", ".join("m." + c.strip() for c in _MESSAGE_COLUMNS.split(","))}
            FROM path JOIN messages m ON m.id = path.id ORDER BY path.depth DESC
            """,
            params if limit is None else (*params, limit),
        ).fetchall()
        return [_message(r) for r in rows]

    def active_path(self, conversation_id: str, limit: int | None = None) -> list[Message]:
        """The visible branch: from the first message to the active leaf; with `limit`, only its
        last `limit` messages (`path_to` reads on from the first one's parent)."""
        return self._walk_up("SELECT active_leaf_id, 0 FROM conversations "
                             "WHERE id = ? AND active_leaf_id IS NOT NULL",
                             (conversation_id,), limit)

    def path_to(self, message_id: str, limit: int) -> list[Message]:
        """Up to `limit` messages ending with `message_id`, following parents, oldest first."""
        return self._walk_up("SELECT id, 0 FROM messages WHERE id = ?", (message_id,), limit)

    def messages(self, conversation_id: str) -> list[Message]:
        """Every message of the conversation, all branches, in creation order."""
        rows = self._conn.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY seq",
            (conversation_id,),
        ).fetchall()
        return [_message(r) for r in rows]

    def siblings(self, message_id: str) -> list[Message]:
        """The alternatives at this point of the tree (itself included), oldest first."""
        rows = self._conn.execute(
            f"""
            SELECT {_MESSAGE_COLUMNS} FROM messages
            WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = :id)
              AND parent_id IS (SELECT parent_id FROM messages WHERE id = :id)
            ORDER BY seq
            """,
            {"id": message_id},
        ).fetchall()
        if not rows:
            raise NotFoundError(tr("That message no longer exists."))
        return [_message(r) for r in rows]

    def branch_positions(self, conversation_id: str) -> dict[str, tuple[int, int]]:
        """For every message: (1-based place among its siblings, number of siblings), in one
        query, so the chat view can show "2 / 3" without asking per message."""
        rows = self._conn.execute(
            """
            SELECT id,
                   row_number() OVER (PARTITION BY parent_id ORDER BY seq),
                   count(*) OVER (PARTITION BY parent_id)
            FROM messages WHERE conversation_id = ?
            """,
            (conversation_id,),
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def select_branch(self, message_id: str) -> list[Message]:
        """Show the branch through this message: the active leaf becomes the newest leaf under
        it. Returns the new active path."""
        with self._write() as conn:
            row = conn.execute(
                """
                WITH RECURSIVE below(id, seq) AS (
                    SELECT id, seq FROM messages WHERE id = ?
                    UNION ALL
                    SELECT m.id, m.seq FROM messages m JOIN below ON m.parent_id = below.id
                )
                SELECT below.id, (SELECT conversation_id FROM messages WHERE id = ?)
                FROM below
                WHERE NOT EXISTS (SELECT 1 FROM messages c WHERE c.parent_id = below.id)
                ORDER BY below.seq DESC LIMIT 1
                """,
                (message_id, message_id),
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("That message no longer exists."))
            conn.execute(
                "UPDATE conversations SET active_leaf_id = ? WHERE id = ?", (row[0], row[1])
            )
        return self.active_path(row[1])

    # ------------------------------------------------------------------ search

    def rebuild_search_index(self) -> None:
        """Re-create the full-text index from the messages (a repair tool; never needed in
        normal use). Replies still streaming stay out of it, as the triggers keep them."""
        with self._write() as conn:
            conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('delete-all')")
            conn.execute(
                "INSERT INTO messages_fts(rowid, content) "
                "SELECT seq, content FROM messages WHERE status != 'streaming'"
            )

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Conversations whose title or message text (not reasoning) holds every typed word,
        the last word as a prefix. Any text a person types is safe: it never raises."""
        words, prefix = _query_words(query)
        if not words or limit <= 0:
            return []
        hits = self._search_titles(words, limit)
        remaining = limit - len(hits)
        if remaining > 0:
            if any(_UNSPACED.search(w) for w in words):
                hits += self._search_substring(words, remaining)
            else:
                hits += self._search_fts(words, prefix, remaining)
        return hits

    def _search_titles(self, words: list[str], limit: int) -> list[SearchHit]:
        conditions = " AND ".join("title LIKE ? ESCAPE '\\'" for _ in words)
        rows = self._conn.execute(
            f"SELECT id, title FROM conversations WHERE deleted_at IS NULL AND {conditions} "
            "ORDER BY pinned DESC, updated_at DESC LIMIT ?",
            (*(_like_pattern(w) for w in words), limit),
        ).fetchall()
        return [SearchHit(r[0], None, r[1], "", _highlight(r[1], words)) for r in rows]

    def _search_fts(self, words: list[str], prefix: bool, limit: int) -> list[SearchHit]:
        expression = _fts_query(words, prefix)
        try:
            rows = self._conn.execute(
                """
                SELECT m.conversation_id, m.id, c.title, m.role,
                       snippet(messages_fts, 0, char(2), char(3), '…', 16)
                FROM messages_fts
                JOIN messages m ON m.seq = messages_fts.rowid
                JOIN conversations c ON c.id = m.conversation_id
                WHERE messages_fts MATCH ? AND c.deleted_at IS NULL
                ORDER BY rank LIMIT ?
                """,
                (expression, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            # _fts_query quotes everything, so this is a bug, not bad input: the search box
            # must still never raise, and a substring scan is a correct (slower) answer.
            return self._search_substring(words, limit)
        return [SearchHit(*r) for r in rows]

    def _search_substring(self, words: list[str], limit: int) -> list[SearchHit]:
        conditions = " AND ".join("m.content LIKE ? ESCAPE '\\'" for _ in words)
        rows = self._conn.execute(
            f"""
            SELECT m.conversation_id, m.id, c.title, m.role, m.content
            FROM messages m JOIN conversations c ON c.id = m.conversation_id
            WHERE c.deleted_at IS NULL AND {conditions}
            ORDER BY m.seq DESC LIMIT ?
            """,
            (*(_like_pattern(w) for w in words), limit),
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], _highlight(r[4], words, width=120))
                for r in rows]

    # ------------------------------------------------------------------ export / import

    def export_markdown(self, conversation_id: str) -> str:
        """The visible branch as Markdown; reasoning folded in a <details> block."""
        conversation = self.get_conversation(conversation_id)
        title = conversation.title or tr("New conversation")
        lines = [f"# {title}", ""]
        created = time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.created_at))
        meta = tr("Exported from Hearth. Started {date}.").format(date=created)
        if conversation.model:
            meta += " " + tr("Model: {model}.").format(model=conversation.model)
        lines += [f"*{meta}*", ""]
        if conversation.developer_instructions:
            lines += [f"**{tr('Instructions')}**", "", conversation.developer_instructions, ""]
        for message in self.active_path(conversation_id):
            heading = tr("You") if message.role == "user" else tr("Assistant")
            lines += [f"## {heading}", ""]
            if message.reasoning:
                summary = tr("Thinking")
                if message.reasoning_seconds:
                    summary = tr("Thought for {seconds} s").format(
                        seconds=f"{message.reasoning_seconds:.0f}"
                    )
                # A literal closing tag in the reasoning would end the block early.
                body = message.reasoning.replace("</details>", "&lt;/details>")
                lines += ["<details>", f"<summary>{summary}</summary>", "", body, "",
                          "</details>", ""]
            lines += [message.content, ""]
            if message.status != "complete":
                lines += [f"*({_status_label(message.status)})*", ""]
        return "\n".join(lines).rstrip("\n") + "\n"

    def export_json(self, conversation_id: str) -> dict[str, Any]:
        """One conversation with every branch, in the same envelope as export_all()."""
        with self._snapshot():
            conversation = self.get_conversation(conversation_id)
            body = self._conversation_json(conversation)
        return _envelope([body])

    def export_all(self) -> dict[str, Any]:
        """Every conversation not deleted, with every branch: a backup import_json() reads."""
        with self._snapshot():
            bodies = [self._conversation_json(c) for c in self.list_conversations()]
        return _envelope(bodies)

    def _conversation_json(self, conversation: Conversation) -> dict[str, Any]:
        return {
            "id": conversation.id,
            "title": conversation.title,
            "created_at": conversation.created_at,
            "updated_at": conversation.updated_at,
            "pinned": conversation.pinned,
            "developer_instructions": conversation.developer_instructions,
            "reasoning_effort": conversation.reasoning_effort,
            "model": conversation.model,
            "active_leaf_id": conversation.active_leaf_id,
            "messages": [
                {
                    "id": m.id,
                    "parent_id": m.parent_id,
                    "role": m.role,
                    "content": m.content,
                    "reasoning": m.reasoning,
                    "reasoning_seconds": m.reasoning_seconds,
                    "status": m.status,
                    "model": m.model,
                    "stats": _finite(m.stats),
                    "sources": _finite(m.sources),
                    "created_at": m.created_at,
                }
                for m in self.messages(conversation.id)
            ],
        }

    def import_json(self, data: Any) -> ImportResult:
        """Add the conversations and messages of an export that are not here yet.

        Ids are stable, so importing the same file twice adds nothing; new branches of a
        conversation already here are merged into it. Damaged input raises ImportFormatError
        and changes nothing (everything is checked first, then written in one transaction).
        """
        conversations = _validate_export(data)
        added_conversations = added_messages = skipped = 0
        try:
            with self._write() as conn:
                for conv in conversations:
                    row = conn.execute(
                        "SELECT deleted_at FROM conversations WHERE id = ?", (conv["id"],)
                    ).fetchone()
                    if row is None:
                        conn.execute(
                            f"INSERT INTO conversations({_CONVERSATION_COLUMNS}) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                            (
                                conv["id"], conv["title"], conv["created_at"],
                                conv["updated_at"], int(conv["pinned"]),
                                conv["developer_instructions"], conv["reasoning_effort"],
                                conv["model"],
                            ),
                        )
                        added_conversations += 1
                        new_conversation = True
                    else:
                        # Importing a backup brings back a conversation sitting in the trash.
                        conn.execute(
                            "UPDATE conversations SET deleted_at = NULL WHERE id = ?",
                            (conv["id"],),
                        )
                        skipped += 1
                        new_conversation = False
                    for msg in conv["messages"]:
                        owner = conn.execute(
                            "SELECT conversation_id FROM messages WHERE id = ?", (msg["id"],)
                        ).fetchone()
                        if owner is not None:
                            if owner[0] != conv["id"]:
                                raise ImportFormatError(
                                    tr("The import file is damaged: message {id} belongs to "
                                       "two conversations. Nothing was imported.").format(
                                        id=msg["id"])
                                )
                            skipped += 1
                            continue
                        parent = msg["parent_id"]
                        if parent is not None:
                            parent_owner = conn.execute(
                                "SELECT conversation_id FROM messages WHERE id = ?", (parent,)
                            ).fetchone()
                            if parent_owner is None or parent_owner[0] != conv["id"]:
                                raise ImportFormatError(
                                    tr("The import file is damaged: message {id} answers a "
                                       "message that is missing. Nothing was imported.").format(
                                        id=msg["id"])
                                )
                        conn.execute(
                            f"INSERT INTO messages({_MESSAGE_COLUMNS}) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (
                                msg["id"], conv["id"], parent, msg["role"], msg["content"],
                                msg["reasoning"], msg["reasoning_seconds"], msg["status"],
                                msg["model"], _dumps(msg["stats"]), msg["created_at"],
                                _dumps(msg["sources"]),
                            ),
                        )
                        added_messages += 1
                    if new_conversation and conv["active_leaf_id"] is not None:
                        conn.execute(
                            "UPDATE conversations SET active_leaf_id = ? WHERE id = ?",
                            (conv["active_leaf_id"], conv["id"]),
                        )
        except sqlite3.IntegrityError as exc:
            raise ImportFormatError(
                tr("The import file is damaged ({reason}). Nothing was imported.").format(
                    reason=exc)
            ) from exc
        return ImportResult(added_conversations, added_messages, skipped)


def read_export_file(path: Path) -> dict[str, Any]:
    """Read an export file for import_json(); ImportFormatError if it is not readable JSON."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ImportFormatError(
            tr("{path} is not a Hearth export ({reason}).").format(path=path, reason=exc)
        ) from exc
    if not isinstance(data, dict):
        raise ImportFormatError(tr("{path} is not a Hearth export.").format(path=path))
    return data


def _envelope(conversations: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": time.time(),
        "conversations": conversations,
    }


def _check_effort(effort: str) -> None:
    if effort not in REASONING_EFFORTS:
        raise ValueError(f"reasoning_effort must be one of {REASONING_EFFORTS}, not {effort!r}")


def _status_label(status: str) -> str:
    labels = {
        "interrupted": tr("interrupted"),
        "cancelled": tr("stopped"),
        "error": tr("failed"),
        "streaming": tr("incomplete"),
    }
    return labels.get(status, status)


# --------------------------------------------------------------------------- import checks


def _damaged(detail: str) -> ImportFormatError:
    return ImportFormatError(
        tr("The import file is not a valid Hearth export: {detail}. Nothing was imported.").format(
            detail=detail)
    )


def _field(record: dict[str, Any], name: str, kinds: type | tuple[type, ...], default: Any,
           where: str) -> Any:
    value = record.get(name, default)
    if value is None and default is None:
        return None
    # bool is an int subclass; a number field holding true/false is damage, not a number.
    if isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,)):
        raise _damaged(f"{where}: {name} has the wrong type")
    if not isinstance(value, kinds):
        raise _damaged(f"{where}: {name} has the wrong type")
    if isinstance(value, float) and not math.isfinite(value):
        raise _damaged(f"{where}: {name} is not a number")
    return value


def _check_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 128:
        raise _damaged(f"{where}: missing or invalid id")
    return value


def _validate_export(data: Any) -> list[dict[str, Any]]:
    """Check an export completely and return it normalized, parents before children."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise _damaged(tr("it does not say it is one"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > EXPORT_VERSION:
        raise _damaged(tr("unknown version {version}").format(version=version))
    raw_conversations = data.get("conversations")
    if not isinstance(raw_conversations, list):
        raise _damaged(tr("no list of conversations"))
    result: list[dict[str, Any]] = []
    seen_conversations: set[str] = set()
    seen_messages: set[str] = set()
    for index, raw in enumerate(raw_conversations):
        where = f"conversation {index + 1}"
        if not isinstance(raw, dict):
            raise _damaged(f"{where} is not an object")
        conv_id = _check_id(raw.get("id"), where)
        if conv_id in seen_conversations:
            raise _damaged(f"{where}: id {conv_id} appears twice")
        seen_conversations.add(conv_id)
        now = time.time()
        created = float(_field(raw, "created_at", (int, float), now, where))
        effort = _field(raw, "reasoning_effort", str, "medium", where)
        if effort not in REASONING_EFFORTS:
            effort = "medium"
        conv = {
            "id": conv_id,
            "title": _field(raw, "title", str, "", where),
            "created_at": created,
            "updated_at": float(_field(raw, "updated_at", (int, float), created, where)),
            "pinned": bool(_field(raw, "pinned", (bool, int), False, where)),
            "developer_instructions": _field(raw, "developer_instructions", str, "", where),
            "reasoning_effort": effort,
            "model": _field(raw, "model", str, "", where),
            "active_leaf_id": None,
            "messages": [],
        }
        raw_messages = raw.get("messages", [])
        if not isinstance(raw_messages, list):
            raise _damaged(f"{where}: messages is not a list")
        messages: dict[str, dict[str, Any]] = {}
        for m_index, raw_msg in enumerate(raw_messages):
            m_where = f"{where}, message {m_index + 1}"
            if not isinstance(raw_msg, dict):
                raise _damaged(f"{m_where} is not an object")
            msg_id = _check_id(raw_msg.get("id"), m_where)
            if msg_id in seen_messages:
                raise _damaged(f"{m_where}: id {msg_id} appears twice")
            seen_messages.add(msg_id)
            role = raw_msg.get("role")
            if role not in ROLES:
                raise _damaged(f"{m_where}: unknown role")
            status = _field(raw_msg, "status", str, "complete", m_where)
            if status not in STATUSES:
                raise _damaged(f"{m_where}: unknown status")
            parent = raw_msg.get("parent_id")
            if parent is not None:
                _check_id(parent, m_where)
            sources = _field(raw_msg, "sources", list, [], m_where)
            if not all(isinstance(s, dict) for s in sources):
                raise _damaged(f"{m_where}: sources is not a list of objects")
            messages[msg_id] = {
                "id": msg_id,
                "parent_id": parent,
                "role": role,
                "content": _field(raw_msg, "content", str, "", m_where),
                "reasoning": _field(raw_msg, "reasoning", str, "", m_where),
                "reasoning_seconds": float(
                    _field(raw_msg, "reasoning_seconds", (int, float), 0.0, m_where)),
                # Nothing imported is being written right now.
                "status": "interrupted" if status == "streaming" else status,
                "model": _field(raw_msg, "model", str, "", m_where),
                "stats": _field(raw_msg, "stats", dict, {}, m_where),
                "sources": sources,
                "created_at": float(_field(raw_msg, "created_at", (int, float), created, m_where)),
            }
        conv["messages"] = _parents_first(messages, where)
        leaf = raw.get("active_leaf_id")
        if leaf is not None and leaf not in messages:
            raise _damaged(f"{where}: active_leaf_id names no message of it")
        conv["active_leaf_id"] = leaf
        result.append(conv)
    return result


def _parents_first(messages: dict[str, dict[str, Any]], where: str) -> list[dict[str, Any]]:
    """Order messages so every parent comes before its children, siblings by creation time.

    A parent outside the file is allowed (it may already be in the database; the import
    checks that), but a cycle is damage.
    """
    ordered: list[dict[str, Any]] = []
    state: dict[str, int] = {}  # 1: being visited, 2: placed
    for start in sorted(messages, key=lambda i: messages[i]["created_at"]):
        chain: list[str] = []
        current: str | None = start
        while current is not None and current in messages and state.get(current) != 2:
            if state.get(current) == 1:
                raise _damaged(f"{where}: messages answer each other in a circle")
            state[current] = 1
            chain.append(current)
            current = messages[current]["parent_id"]
        for msg_id in reversed(chain):
            state[msg_id] = 2
            ordered.append(messages[msg_id])
    return ordered
