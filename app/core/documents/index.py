"""The document index in the conversation database: chunks, FTS5 BM25, optional vectors."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from app.core import db
from app.core.documents.chunk import Chunk, TokenCounter, approx_tokens, chunk_document
from app.core.documents.embed import Embedder, rrf_fuse
from app.core.documents.extract import Document, ExtractionCancelled
from app.core.documents.terms import fts_query, index_form, query_terms
from app.core.errors import HearthError
from app.core.i18n import tr

DOCUMENTS_COMPONENT = "documents"

# bm25 column weights: body, heading, title. A heading or file name that matches the question
# is strong evidence, but must not outweigh the body that holds the answer.
BM25_WEIGHTS = (1.0, 2.0, 0.5)
CANDIDATES = 50  # per ranking, before fusion

# Numbered migrations of the document tables, run by db.migrate under DOCUMENTS_COMPONENT: entry
# i brings them to version i + 1. Never edit a released entry; append a new one.
DOCUMENT_MIGRATIONS: tuple[str, ...] = (
    # IF NOT EXISTS: a file from before the shared schema_version table already has these
    # tables, counted in a doc_schema table of their own, which this retires.
    """
CREATE TABLE IF NOT EXISTS doc_documents (
    id INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    paged INTEGER NOT NULL,
    line_numbers INTEGER NOT NULL,
    page_count INTEGER NOT NULL,
    char_count INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    token_count INTEGER NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '[]',
    embed_model TEXT,
    added_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_documents_conversation ON doc_documents(conversation_id);
CREATE TABLE IF NOT EXISTS doc_chunks (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    page INTEGER NOT NULL,
    line INTEGER,
    start INTEGER NOT NULL,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    tokens INTEGER NOT NULL,
    embedding BLOB
);
CREATE INDEX IF NOT EXISTS doc_chunks_doc ON doc_chunks(doc_id, ordinal);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(
    body, heading, title, scope,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
DROP TABLE IF EXISTS doc_schema;
""",
)


class IndexError_(HearthError):
    """The document index cannot be used (made by a newer Hearth, or the database is broken)."""


@dataclass(frozen=True)
class DocumentInfo:
    """A document attached to a conversation, as listed in the chips above the composer."""

    id: int
    conversation_id: str
    path: str
    name: str
    title: str
    kind: str
    paged: bool
    page_count: int
    chunk_count: int
    token_count: int
    notes: list[str] = field(default_factory=list)
    embed_model: str | None = None
    added_at: float = 0.0


@dataclass(frozen=True)
class SearchHit:
    """One retrieved chunk and where it is: file, page (or line), heading. Higher score first."""

    chunk_id: int
    doc_id: int
    file: str
    path: str
    page: int | None  # None for files without pages (text, Markdown, code)
    line: int | None
    heading: str
    text: str
    score: float
    ordinal: int = 0
    tokens: int = 0


class DocumentIndex:
    """Documents, chunks and their full-text index, in tables prefixed doc_ of a connection
    the caller owns and opened with `db.connect` (the history's file, or `db.MEMORY` for a
    one-off command); it must not be inside a transaction when the index is made.

    Not thread-safe, like the sqlite3 connection it wraps: use it on the thread that owns the
    connection. The embedder, when given, is used for new documents and for queries.
    """

    def __init__(self, conn: sqlite3.Connection, embedder: Embedder | None = None) -> None:
        self.conn = conn
        self.embedder = embedder
        self._generation = 0
        self._vectors: dict[tuple[str | None, str], tuple[int, np.ndarray, np.ndarray]] = {}
        self._migrate()

    # -- schema ----------------------------------------------------------------------------

    def _migrate(self) -> None:
        try:
            db.migrate(self.conn, DOCUMENTS_COMPONENT, DOCUMENT_MIGRATIONS)
        except db.SchemaTooNewError as exc:
            raise IndexError_(tr("The document index was made by a newer version of Hearth. "
                                 "Update Hearth to use attached documents.")) from exc

    def _savepoint(self, name: str) -> _Savepoint:
        return _Savepoint(self.conn, name)

    # -- writing ---------------------------------------------------------------------------

    def add_document(self, conversation_id: str, doc: Document, *,
                     max_tokens: int = 500, overlap: int = 60,
                     count_tokens: TokenCounter = approx_tokens,
                     cancel: threading.Event | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     embed_batch: int = 32) -> int:
        """Chunk, index and store a document for a conversation; returns its id.

        The same content attached twice to one conversation is stored once. All or nothing:
        cancelled or failed, nothing of the document is left behind.
        """
        sha = doc.sha256
        if sha:
            row = self.conn.execute(
                "SELECT id FROM doc_documents WHERE conversation_id = ? AND sha256 = ?",
                (conversation_id, sha)).fetchone()
            if row:
                return int(row[0])
        chunks = chunk_document(doc, max_tokens=max_tokens, overlap=overlap,
                                count_tokens=count_tokens)
        vectors = self._embed_chunks(chunks, cancel, progress, embed_batch, doc)
        token_count = sum(count_tokens(p.text) for p in doc.pages)
        name = doc.name
        title_form = index_form(f"{name} {doc.title}")
        scope = _scope_token(conversation_id)
        with self._savepoint("doc_add"):
            cur = self.conn.execute(
                "INSERT INTO doc_documents (conversation_id, path, name, title, kind, paged, "
                "line_numbers, page_count, char_count, chunk_count, token_count, sha256, notes, "
                "embed_model, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (conversation_id, doc.path, name, doc.title, doc.kind, int(doc.paged),
                 int(doc.line_numbers), len(doc.pages), doc.char_count, len(chunks),
                 token_count, sha, json.dumps(doc.notes, ensure_ascii=False),
                 self.embedder.name if (self.embedder and vectors is not None) else None,
                 time.time()))
            doc_id = int(cur.lastrowid or 0)
            for i, ch in enumerate(chunks):
                if cancel is not None and i % 256 == 0 and cancel.is_set():
                    raise ExtractionCancelled(tr("Indexing {name} was cancelled.")
                                              .format(name=name), doc.path)
                blob = vectors[i].tobytes() if vectors is not None else None
                cur = self.conn.execute(
                    "INSERT INTO doc_chunks (doc_id, ordinal, page, line, start, heading, text, "
                    "tokens, embedding) VALUES (?,?,?,?,?,?,?,?,?)",
                    (doc_id, ch.ordinal, ch.page, ch.line, ch.start, ch.heading, ch.text,
                     ch.tokens, blob))
                self.conn.execute(
                    "INSERT INTO doc_fts (rowid, body, heading, title, scope) "
                    "VALUES (?,?,?,?,?)",
                    (cur.lastrowid, index_form(ch.text), index_form(ch.heading), title_form,
                     scope))
            # Dropping an edited file again replaces the old version rather than adding twice.
            for (old_id,) in self.conn.execute(
                    "SELECT id FROM doc_documents WHERE conversation_id = ? AND path = ? "
                    "AND id != ?", (conversation_id, doc.path, doc_id)).fetchall():
                self._delete(old_id)
        self._generation += 1
        return doc_id

    def _embed_chunks(self, chunks: Sequence[Chunk], cancel: threading.Event | None,
                      progress: Callable[[int, int], None] | None, batch: int,
                      doc: Document) -> np.ndarray | None:
        if self.embedder is None or not chunks:
            return None
        rows: list[list[float]] = []
        for start in range(0, len(chunks), batch):
            if cancel is not None and cancel.is_set():
                raise ExtractionCancelled(tr("Indexing {name} was cancelled.")
                                          .format(name=doc.name), doc.path)
            rows.extend(self.embedder.embed([_embed_text(c) for c in
                                             chunks[start:start + batch]]))
            if progress:
                progress(min(start + batch, len(chunks)), len(chunks))
        return _normalise(np.asarray(rows, dtype=np.float32))

    def remove_document(self, doc_id: int) -> bool:
        """Forget a document and its chunks; False when there was no such document."""
        with self._savepoint("doc_remove"):
            removed = self._delete(doc_id)
        self._generation += 1
        return removed

    def _delete(self, doc_id: int) -> bool:
        self.conn.execute("DELETE FROM doc_fts WHERE rowid IN "
                          "(SELECT id FROM doc_chunks WHERE doc_id = ?)", (doc_id,))
        self.conn.execute("DELETE FROM doc_chunks WHERE doc_id = ?", (doc_id,))
        cur = self.conn.execute("DELETE FROM doc_documents WHERE id = ?", (doc_id,))
        return cur.rowcount > 0

    def remove_conversation(self, conversation_id: str) -> int:
        """Forget every document of a conversation (call when the conversation is deleted)."""
        ids = [d.id for d in self.list_documents(conversation_id)]
        for doc_id in ids:
            self.remove_document(doc_id)
        return len(ids)

    # -- reading ---------------------------------------------------------------------------

    def list_documents(self, conversation_id: str | None = None) -> list[DocumentInfo]:
        """Documents of a conversation (all when None), oldest first."""
        sql = ("SELECT id, conversation_id, path, name, title, kind, paged, page_count, "
               "chunk_count, token_count, notes, embed_model, added_at FROM doc_documents")
        args: tuple[str, ...] = ()
        if conversation_id is not None:
            sql += " WHERE conversation_id = ?"
            args = (conversation_id,)
        rows = self.conn.execute(sql + " ORDER BY added_at, id", args).fetchall()
        return [DocumentInfo(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9],
                             _json_list(r[10]), r[11], r[12]) for r in rows]

    def get_document(self, doc_id: int) -> DocumentInfo | None:
        for info in self._infos_by_id([doc_id]).values():
            return info
        return None

    def document_pages(self, doc_id: int) -> list[tuple[int, str]]:
        """(page, text) of a whole document, rebuilt from its chunks without their overlap."""
        rows = self.conn.execute(
            "SELECT page, start, text FROM doc_chunks WHERE doc_id = ? ORDER BY ordinal",
            (doc_id,)).fetchall()
        pages: list[tuple[int, str]] = []
        parts: list[str] = []
        current, end = None, 0
        for page, start, text in rows:
            if page != current:
                if current is not None:
                    pages.append((current, "".join(parts)))
                current, parts, end = page, [], 0
            if start + len(text) <= end:
                continue
            if start >= end:
                if parts:
                    parts.append("\n\n")
                parts.append(text)
            else:
                parts.append(text[end - start:])
            end = start + len(text)
        if current is not None:
            pages.append((current, "".join(parts)))
        return pages

    def document_chunks(self, doc_id: int) -> list[SearchHit]:
        """Every chunk of a document in order (where each starts: page, line), score 0."""
        rows = self.conn.execute("SELECT id FROM doc_chunks WHERE doc_id = ? ORDER BY ordinal",
                                 (doc_id,)).fetchall()
        return self._hits([(r[0], 0.0) for r in rows])

    def first_chunks(self, conversation_id: str, per_document: int = 2) -> list[SearchHit]:
        """The opening chunks of each document: context when a question matches no words."""
        rows = self.conn.execute(
            "SELECT c.id FROM doc_chunks c JOIN doc_documents d ON d.id = c.doc_id "
            "WHERE d.conversation_id = ? AND c.ordinal < ? ORDER BY d.added_at, d.id, c.ordinal",
            (conversation_id, per_document)).fetchall()
        return self._hits([(r[0], 0.0) for r in rows])

    def search(self, query: str, conversation_id: str | None = None, k: int = 5
               ) -> list[SearchHit]:
        """The k best chunks for a free-text query, best first. Never raises on user text."""
        if k <= 0:
            return []
        terms = query_terms(query or "")
        if not terms:
            return []
        pool = max(k, CANDIDATES) if self.embedder is not None else k
        lexical = self._bm25(terms, conversation_id, pool)
        if self.embedder is None:
            return self._hits(lexical[:k])
        dense = self._dense(query, conversation_id, pool)
        if not dense:
            return self._hits(lexical[:k])
        fused = rrf_fuse([[cid for cid, _ in lexical], [cid for cid, _ in dense]])
        return self._hits(fused[:k])

    def _bm25(self, terms: list[str], conversation_id: str | None, limit: int
              ) -> list[tuple[int, float]]:
        w = BM25_WEIGHTS
        sql = (f"SELECT rowid, bm25(doc_fts, {w[0]}, {w[1]}, {w[2]}, 0.0) AS s FROM doc_fts "
               "WHERE doc_fts MATCH ? ORDER BY s LIMIT ?")
        match = fts_query(terms)
        if conversation_id is not None:
            # The conversation is an indexed token, so FTS5 intersects posting lists instead of
            # reading a column for every match.
            match = f"scope : \"{_scope_token(conversation_id)}\" AND ({match})"
        args: list[object] = [match, limit]
        try:
            rows = self.conn.execute(sql, args).fetchall()
        except db.OperationalError:
            # Terms are quoted so this should not happen; a user query must still never raise.
            return []
        return [(int(r[0]), -float(r[1])) for r in rows]

    def _dense(self, query: str, conversation_id: str | None, limit: int
               ) -> list[tuple[int, float]]:
        assert self.embedder is not None
        model = self.embedder.name
        ids, matrix = self._matrix(conversation_id, model)
        if not len(ids):
            return []
        embed_query = getattr(self.embedder, "embed_query", None)
        raw = embed_query(query) if callable(embed_query) else self.embedder.embed([query])[0]
        q = _normalise(np.asarray([raw], dtype=np.float32))[0]
        if q.shape[0] != matrix.shape[1]:
            return []
        scores = matrix @ q
        n = min(limit, len(ids))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(ids[i]), float(scores[i])) for i in top]

    def _matrix(self, conversation_id: str | None, model: str) -> tuple[np.ndarray, np.ndarray]:
        key = (conversation_id, model)
        cached = self._vectors.get(key)
        if cached and cached[0] == self._generation:
            return cached[1], cached[2]
        sql = ("SELECT c.id, c.embedding FROM doc_chunks c JOIN doc_documents d "
               "ON d.id = c.doc_id WHERE d.embed_model = ? AND c.embedding IS NOT NULL")
        args: list[object] = [model]
        if conversation_id is not None:
            sql += " AND d.conversation_id = ?"
            args.append(conversation_id)
        rows = self.conn.execute(sql, args).fetchall()
        if not rows:
            ids, matrix = np.zeros(0, dtype=np.int64), np.zeros((0, 1), dtype=np.float32)
        else:
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            matrix = np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
        self._vectors[key] = (self._generation, ids, matrix)
        return ids, matrix

    def _infos_by_id(self, doc_ids: Sequence[int]) -> dict[int, DocumentInfo]:
        if not doc_ids:
            return {}
        marks = ",".join("?" * len(doc_ids))
        rows = self.conn.execute(
            "SELECT id, conversation_id, path, name, title, kind, paged, page_count, "
            f"chunk_count, token_count, notes, embed_model, added_at FROM doc_documents "
            f"WHERE id IN ({marks})", list(doc_ids)).fetchall()
        return {r[0]: DocumentInfo(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8],
                                   r[9], _json_list(r[10]), r[11], r[12]) for r in rows}

    def _hits(self, ranked: Sequence[tuple[int, float]]) -> list[SearchHit]:
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        rows = self.conn.execute(
            "SELECT c.id, c.doc_id, d.name, d.path, d.paged, c.page, c.line, c.heading, c.text, "
            f"c.ordinal, c.tokens FROM doc_chunks c JOIN doc_documents d ON d.id = c.doc_id "
            f"WHERE c.id IN ({marks})", [cid for cid, _ in ranked]).fetchall()
        by_id = {r[0]: r for r in rows}
        hits = []
        for cid, score in ranked:
            r = by_id.get(cid)
            if r is None:
                continue
            hits.append(SearchHit(r[0], r[1], r[2], r[3], r[5] if r[4] else None, r[6], r[7],
                                  r[8], score, r[9], r[10]))
        return hits


class _Savepoint:
    """All-or-nothing block that works whatever transaction mode the caller's connection uses."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn, self.name = conn, name

    def __enter__(self) -> None:
        self.conn.execute(f"SAVEPOINT {self.name}")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.conn.execute(f"ROLLBACK TO {self.name}")
        self.conn.execute(f"RELEASE {self.name}")


def _scope_token(conversation_id: str) -> str:
    """One index word per conversation: hex of its hash, so any id text is a safe token."""
    return "s" + hashlib.sha1(conversation_id.encode("utf-8")).hexdigest()[:20]


def _embed_text(chunk: Chunk) -> str:
    return f"{chunk.heading}\n{chunk.text}" if chunk.heading else chunk.text


def _normalise(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32)


def _json_list(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
