"""Recover what SQLite can still read from a damaged Hearth database into a new one.

The damaged file is never written: it is copied to a scratch file that is read from, then moved
aside (renamed, its bytes untouched) and a new database takes its place with every row that
could be read. Unreadable stretches of a table are skipped past by rowid, so one bad page does
not cost the rows after it. The search index is rebuilt by the new database's own triggers.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core import db, storage
from app.core.documents.index import DOCUMENT_MIGRATIONS, DOCUMENTS_COMPONENT
from app.core.i18n import tr

log = logging.getLogger(__name__)

# Copied in this order (parents first); FTS tables are rebuilt or copied after them.
TABLES = ("conversations", "messages", "doc_documents", "doc_chunks")
_MAX_ROWID = (1 << 63) - 1
_STEP_TRIES = 64  # rows stepped over one at a time before jumping
_SKIP_TRIES = 400  # jumps past an unreadable stretch before a table is given up


@dataclass
class RecoveryReport:
    new_path: Path
    damaged_path: Path  # where the damaged file was moved, untouched
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows recovered
    unreadable: dict[str, int] = field(default_factory=dict)  # table -> read errors met

    def summary(self) -> str:
        return tr("Recovered {conversations} conversation(s) and {messages} message(s). The "
                  "damaged file was kept as {damaged}.").format(
                      conversations=self.rows.get("conversations", 0),
                      messages=self.rows.get("messages", 0), damaged=self.damaged_path)


class _Source:
    """The damaged copy, read-only. SQLCipher puts a connection in an error state for good once
    a page fails its check, so each unreadable stretch is followed by a fresh connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn = db._open_keyed(str(self.path), self.path)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def reopen(self) -> None:
        self.conn.close()
        self.conn = self._open()

    def close(self) -> None:
        self.conn.close()


def _rows(conn: _Source, table: str, columns: list[str],
          errors: list[int]) -> Iterator[tuple[object, ...]]:
    """Every row that can be read, in rowid order, jumping past stretches that cannot."""
    names = ", ".join(f'"{c}"' for c in columns)
    after = -(1 << 62)
    jump = 1
    tries = failures = 0
    while tries < _SKIP_TRIES:
        try:
            cursor = conn.execute(f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? '
                                  "ORDER BY rowid", (after,))
            for row in cursor:
                after = int(row[0])
                jump, failures = 1, 0
                yield tuple(row[1:])
            return
        except db.DatabaseError as exc:
            errors.append(1)
            tries += 1
            log.warning("recovery: %s unreadable after rowid %d: %s", table, after, exc)
            conn.reopen()
            if after == -(1 << 62):
                after = 0
            after += jump
            # Rowids are dense: step over a damaged page's rows one by one first (each try is
            # a point in the B-tree), then jump, for the gaps deletions left.
            failures += 1
            if failures > _STEP_TRIES:
                jump *= 4
            if after >= _MAX_ROWID:  # past the largest rowid SQLite can hold: nothing more
                return


def recover(path: Path | str) -> RecoveryReport:
    """Move the damaged database at `path` aside and put a new one with what could be read in
    its place. Raises StorageError if not even a new database can be made there."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    scratch_dir = path.with_name(f".recovery-{stamp}")
    scratch_dir.mkdir(mode=0o700)
    scratch = scratch_dir / path.name
    new = scratch_dir / f"new-{path.name}"
    report = RecoveryReport(path, damaged)
    try:
        for suffix in ("", "-wal"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                shutil.copyfile(src, Path(f"{scratch}{suffix}"))
        try:
            # The copy: whatever SQLite does to it is harmless.
            old = _Source(scratch)
        except db.Error as exc:
            raise db.StorageError(tr("The damaged database cannot be opened at all ({reason}); "
                                     "nothing could be recovered.").format(reason=exc)) from exc
        conn = db.connect(new, {storage.HISTORY_COMPONENT: storage.HISTORY_MIGRATIONS,
                                DOCUMENTS_COMPONENT: DOCUMENT_MIGRATIONS})
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN")
            for table in TABLES:
                report.rows[table], report.unreadable[table] = _copy(old, conn, table)
            _copy_doc_fts(old, conn)
            _drop_orphans(conn)
            conn.execute("COMMIT")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
            old.close()
        # The damaged file goes aside untouched (a rename), then the new one takes its place.
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                src.rename(Path(f"{damaged}{suffix}"))
        new.rename(path)
        for leftover in (Path(f"{new}-wal"), Path(f"{new}-shm")):
            leftover.unlink(missing_ok=True)
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)
    log.warning("database recovered: %s", report)
    return report


def _columns(conn: sqlite3.Connection | _Source, table: str) -> list[str]:
    try:
        return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]
    except db.DatabaseError:
        return []


def _copy(old: _Source, new: sqlite3.Connection, table: str) -> tuple[int, int]:
    columns = [c for c in _columns(old, table) if c in set(_columns(new, table))]
    if not columns:
        return 0, 0
    errors: list[int] = []
    marks = ", ".join("?" for _ in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    copied = 0
    for row in _rows(old, table, columns, errors):
        try:
            new.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row)
            copied += 1
        except db.Error as exc:  # a row the damage made invalid (a NULL in NOT NULL...)
            errors.append(1)
            log.debug("recovery: %s row skipped: %s", table, exc)
    return copied, len(errors)


def _copy_doc_fts(old: _Source, new: sqlite3.Connection) -> None:
    """The document search index has no content table to rebuild from: copy what it holds for
    the chunks that were recovered."""
    chunk_ids = {int(r[0]) for r in new.execute("SELECT id FROM doc_chunks")}
    if not chunk_ids:
        return
    errors: list[int] = []
    for rowid, *rest in _rows(old, "doc_fts", ["rowid", "body", "heading", "title", "scope"],
                              errors):
        if isinstance(rowid, int) and rowid in chunk_ids:
            new.execute("INSERT INTO doc_fts (rowid, body, heading, title, scope) "
                        "VALUES (?, ?, ?, ?, ?)", (rowid, *rest))


def _drop_orphans(conn: sqlite3.Connection) -> None:
    """What refers to rows that were lost goes too, so the new file keeps its promises."""
    conn.execute("DELETE FROM messages WHERE conversation_id NOT IN (SELECT id FROM "
                 "conversations)")
    # A message whose parent was lost starts its branch: better than losing the branch too.
    conn.execute("UPDATE messages SET parent_id = NULL WHERE parent_id IS NOT NULL AND "
                 "parent_id NOT IN (SELECT id FROM messages)")
    # A lost branch end: show the conversation's latest message's branch instead.
    conn.execute("UPDATE conversations SET active_leaf_id = (SELECT m.id FROM messages m WHERE "
                 "m.conversation_id = conversations.id ORDER BY m.seq DESC LIMIT 1) "
                 "WHERE active_leaf_id IS NULL OR active_leaf_id NOT IN (SELECT id FROM "
                 "messages)")
    conn.execute("DELETE FROM doc_chunks WHERE doc_id NOT IN (SELECT id FROM doc_documents)")


__all__ = ["RecoveryReport", "recover"]
