"""Conversation history in the Hearth database: schema, conversations, message trees, search.

Export and import (files in and out) are in `history_io`; opening and migrating the database
file is in `db`.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from app.core import db
from app.core.db import StorageError
from app.core.i18n import tr
from app.core.settings import paths
from app.core.status import MessageStatus

ROLES: Final = ("user", "assistant")
# What a saved message may say: BLOCKED is shown in the window only, never saved.
STORED_STATUSES: Final = frozenset(s for s in MessageStatus if s is not MessageStatus.BLOCKED)
REASONING_EFFORTS: Final = ("low", "medium", "high")
# Search snippets mark matches with these control characters; the UI turns them into bold.
HIGHLIGHT_START: Final = "\x02"
HIGHLIGHT_END: Final = "\x03"
HISTORY_COMPONENT: Final = "history"
# Longer queries are cut: nobody types more, and SQLite limits expression depth.
MAX_QUERY_CHARS: Final = 1000
MAX_QUERY_WORDS: Final = 16
# Spelled into SQL, not bound: the partial index on streaming messages is used only when the
# query names the same literal.
_STREAMING_SQL: Final = f"'{MessageStatus.STREAMING.value}'"


class NotFoundError(StorageError):
    """A conversation or message id that is not (or no longer) in the database."""


class MergeConflictError(StorageError):
    """Records to merge contradict the database (a message id another conversation owns, a
    parent that is missing); nothing was written."""


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


def connect(path: Path | None = None) -> sqlite3.Connection:
    """A connection to the Hearth database (default: the app's file) with the history schema
    migrated to the current version; see `db.connect` for what every connection gets."""
    if path is None:
        path = paths().ensure().database
    return db.connect(path, {HISTORY_COMPONENT: HISTORY_MIGRATIONS})


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
    status: MessageStatus
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
        status=_status(row[7]),
        model=row[8],
        stats=_loads(row[9], dict),
        created_at=row[10],
        sources=_loads(row[11], list),
    )


def _status(value: str) -> MessageStatus:
    try:
        return MessageStatus(value)
    except ValueError:
        # Written by a newer Hearth: the text is all there, so show it as it is.
        return MessageStatus.COMPLETE


def _stored_status(status: str, *, final: bool = False) -> MessageStatus:
    """`status` as a MessageStatus a message may be saved with (final: not streaming)."""
    allowed = STORED_STATUSES - {MessageStatus.STREAMING} if final else STORED_STATUSES
    if status not in allowed:
        raise ValueError(f"status must be one of {sorted(allowed)}, not {status!r}")
    return MessageStatus(status)


def _insert_conversation(conn: sqlite3.Connection, c: Conversation) -> None:
    conn.execute(
        f"INSERT INTO conversations({_CONVERSATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.id, c.title, c.created_at, c.updated_at, int(c.pinned), c.developer_instructions,
         c.reasoning_effort, c.model, c.active_leaf_id, c.deleted_at),
    )


def _insert_message(conn: sqlite3.Connection, m: Message) -> None:
    conn.execute(
        f"INSERT INTO messages({_MESSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (m.id, m.conversation_id, m.parent_id, m.role, m.content, m.reasoning,
         m.reasoning_seconds, m.status.value, m.model, _dumps(m.stats), m.created_at,
         _dumps(m.sources)),
    )


def _owner(conn: sqlite3.Connection, message_id: str) -> str | None:
    """The conversation a message belongs to; None when there is no such message."""
    row = conn.execute(
        "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def _loads(text: str, kind: type) -> Any:
    try:
        value = json.loads(text)
    except ValueError:
        return kind()
    return value if isinstance(value, kind) else kind()


def json_safe(value: Any) -> Any:
    """JSON-safe copy: NaN and infinities (a rate over zero seconds) become None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(json_safe(value), ensure_ascii=False, allow_nan=False, default=str)


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

    @classmethod
    def open_read_only(cls, path: Path) -> Store:
        """A store that only reads `path` and never writes to it or its folder (a read-only or
        damaged database the person chose to open anyway)."""
        return cls(db.connect_read_only(path, {HISTORY_COMPONENT: HISTORY_MIGRATIONS}))

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    @property
    def folder(self) -> Path | None:
        """The folder of the database file (None in memory): where writers' locks live."""
        row = self._conn.execute("PRAGMA database_list").fetchone()
        return Path(row[2]).parent if row is not None and row[2] else None

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
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction, so several calls inside it see one consistent state."""
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
            _insert_conversation(conn, conversation)
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
        status: str = MessageStatus.COMPLETE,
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
        saved_status = _stored_status(status)
        now = time.time()
        with self._write() as conn:
            row = conn.execute(
                "SELECT active_leaf_id FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("That conversation no longer exists."))
            parent = row[0] if isinstance(parent_id, _Active) else parent_id
            if parent is not None and _owner(conn, parent) != conversation_id:
                raise NotFoundError(tr("The message to reply to no longer exists."))
            message = Message(
                id=_new_id(),
                conversation_id=conversation_id,
                parent_id=parent,
                role=role,
                content=content,
                reasoning=reasoning,
                reasoning_seconds=0.0,
                status=saved_status,
                model=model,
                stats=dict(stats or {}),
                created_at=now,
                sources=list(sources or []),
            )
            _insert_message(conn, message)
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
                f"WHERE id = ? AND status = {_STREAMING_SQL}",
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
        sources: list[dict[str, Any]] | None = None,
    ) -> Message:
        """Close a streaming message with its final text and status; None keeps a value."""
        saved_status = _stored_status(status, final=True)
        now = time.time()
        with self._write() as conn:
            row = conn.execute(
                "SELECT conversation_id FROM messages "
                f"WHERE id = ? AND status = {_STREAMING_SQL}",
                (message_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("That reply is no longer being written."))
            conn.execute(
                "UPDATE messages SET content = ?, reasoning = ?, status = ?, "
                "stats = coalesce(?, stats), reasoning_seconds = coalesce(?, reasoning_seconds), "
                "sources = coalesce(?, sources) WHERE id = ?",
                (
                    content, reasoning, saved_status.value,
                    None if stats is None else _dumps(stats),
                    reasoning_seconds, None if not sources else _dumps(sources), message_id,
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
            if row[1] == MessageStatus.STREAMING:
                raise StorageError(tr("A reply cannot be edited while it is being written."))
            conn.execute("UPDATE messages SET content = ? WHERE id = ?", (content, message_id))
            conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, row[0]))
        return self.get_message(message_id)

    def reopen_message(self, message_id: str) -> Message:
        """Make a finished assistant message "streaming" again, its text kept, so Continue can
        write more of it (through update_streaming and finish_message, as a new reply is)."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT role, status FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("That message no longer exists."))
            if row[0] != "assistant":
                raise StorageError(tr("Only an answer can be continued."))
            if row[1] == MessageStatus.STREAMING:
                raise StorageError(tr("That answer is still being written."))
            conn.execute(f"UPDATE messages SET status = {_STREAMING_SQL} WHERE id = ?",
                         (message_id,))
        return self.get_message(message_id)

    def mark_interrupted(self) -> int:
        """Every reply left "streaming" by a writer that is gone (crashed, killed) becomes
        "interrupted", its partial text kept. Returns how many. A reply whose writer process
        is alive (it holds the writer lock its stats name, app.core.liveness) is left alone,
        so another process starting up never cuts off a live answer."""
        from app.core import liveness

        folder = self.folder
        rows = self._conn.execute(
            f"SELECT id, stats FROM messages WHERE status = {_STREAMING_SQL}").fetchall()
        gone = []
        for message_id, stats_text in rows:
            try:
                writer = json.loads(stats_text).get(liveness.WRITER_KEY)
            except (ValueError, AttributeError):
                writer = None
            if folder is None or not liveness.writer_alive(folder, writer):
                gone.append(message_id)
        if not gone:
            return 0
        marked = 0
        with self._write() as conn:
            for message_id in gone:
                marked += conn.execute(
                    "UPDATE messages SET status = ? "
                    f"WHERE id = ? AND status = {_STREAMING_SQL}",
                    (MessageStatus.INTERRUPTED.value, message_id),
                ).rowcount
        return marked

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

    # ------------------------------------------------------------------ merge

    def merge(self, conversations: Sequence[tuple[Conversation, Sequence[Message]]]
              ) -> tuple[int, int, int]:
        """Add the conversations and messages that are not here yet, keeping their ids, in one
        transaction; returns (conversations added, messages added, records already here).

        Each conversation's messages come parents first. A conversation already here is taken
        out of the trash and gains the messages it lacks (new branches); its settings and
        active leaf stay as they are. A message id owned by another conversation, or a parent
        that is in neither the database nor the batch, raises MergeConflictError and nothing
        is written.
        """
        added_conversations = added_messages = skipped = 0
        try:
            with self._write() as conn:
                for conversation, messages in conversations:
                    row = conn.execute(
                        "SELECT 1 FROM conversations WHERE id = ?", (conversation.id,)
                    ).fetchone()
                    if row is None:
                        # No foreign key on the active leaf: it may name a message below.
                        _insert_conversation(conn, conversation)
                        added_conversations += 1
                    else:
                        conn.execute(
                            "UPDATE conversations SET deleted_at = NULL WHERE id = ?",
                            (conversation.id,),
                        )
                        skipped += 1
                    for message in messages:
                        owner = _owner(conn, message.id)
                        if owner == conversation.id:
                            skipped += 1
                            continue
                        if owner is not None:
                            raise MergeConflictError(
                                tr("message {id} belongs to two conversations").format(
                                    id=message.id))
                        parent = message.parent_id
                        if parent is not None and _owner(conn, parent) != conversation.id:
                            raise MergeConflictError(
                                tr("message {id} answers a message that is missing").format(
                                    id=message.id))
                        _insert_message(conn, replace(message, conversation_id=conversation.id))
                        added_messages += 1
        except db.IntegrityError as exc:
            raise MergeConflictError(str(exc)) from exc
        return added_conversations, added_messages, skipped

    # ------------------------------------------------------------------ search

    def rebuild_search_index(self) -> None:
        """Re-create the full-text index from the messages (a repair tool; never needed in
        normal use). Replies still streaming stay out of it, as the triggers keep them."""
        with self._write() as conn:
            conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('delete-all')")
            conn.execute(
                "INSERT INTO messages_fts(rowid, content) "
                f"SELECT seq, content FROM messages WHERE status != {_STREAMING_SQL}"
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
        except db.OperationalError:
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


def _check_effort(effort: str) -> None:
    if effort not in REASONING_EFFORTS:
        raise ValueError(f"reasoning_effort must be one of {REASONING_EFFORTS}, not {effort!r}")
