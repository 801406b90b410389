"""Conversation history on real SQLite files: schema, branches, streaming, search, export."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import HearthError
from app.core.settings import paths
from app.core.storage import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    HISTORY_MIGRATIONS,
    ImportFormatError,
    NotFoundError,
    StorageError,
    Store,
    connect,
    migrate,
    read_export_file,
    schema_version,
)


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path))
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _integrity_ok(store: Store) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")
    assert _indexed(conn) == _expected_index(conn)


def _indexed(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    """Every (term, rowid, offset) the search index holds."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms "
                 "USING fts5vocab(main, messages_fts, instance)")
    return set(conn.execute("SELECT term, doc, offset FROM temp.fts_terms"))


def _expected_index(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    """What the index must hold: the text of every message that is not still streaming."""
    conn.execute("DROP TABLE IF EXISTS temp.expected_fts")
    conn.execute("CREATE VIRTUAL TABLE temp.expected_fts USING fts5("
                 "content, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO temp.expected_fts(rowid, content) "
                 "SELECT seq, content FROM messages WHERE status != 'streaming'")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.expected_terms "
                 "USING fts5vocab(temp, expected_fts, instance)")
    return set(conn.execute("SELECT term, doc, offset FROM temp.expected_terms"))


def _counts(store: Store) -> tuple[int, int]:
    conn = store.connection
    return (conn.execute("SELECT count(*) FROM conversations").fetchone()[0],
            conn.execute("SELECT count(*) FROM messages").fetchone()[0])


def _chat(store: Store, title: str = "Chat", turns: int = 2) -> tuple[str, list[str]]:
    conv = store.create_conversation(title)
    ids = []
    for i in range(turns):
        ids.append(store.add_message(conv.id, "user", f"question {i}").id)
        ids.append(store.add_message(conv.id, "assistant", f"answer {i}",
                                     reasoning=f"reasoning {i}").id)
    return conv.id, ids


# ------------------------------------------------------------------ the file


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_is_owner_only_even_with_a_permissive_umask(db_path: Path) -> None:
    old = os.umask(0)
    try:
        with Store.open(db_path) as store:
            _chat(store)
            assert _mode(db_path) == 0o600
            wal = Path(f"{db_path}-wal")
            assert wal.exists()
            assert _mode(wal) == 0o600
            assert _mode(Path(f"{db_path}-shm")) == 0o600
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_existing_readable_file_is_made_private(db_path: Path) -> None:
    connect(db_path).close()
    os.chmod(db_path, 0o644)
    connect(db_path).close()
    assert _mode(db_path) == 0o600


def test_default_location_is_the_app_database(db_path: Path) -> None:
    with Store() as store:
        _chat(store)
    assert paths().database.exists()
    assert paths().database.parent == db_path.parent / "data"


def test_pragmas(db_path: Path) -> None:
    conn = connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert not conn.in_transaction
    finally:
        conn.close()


def test_migrations_are_idempotent_and_keep_data(db_path: Path) -> None:
    with Store.open(db_path) as store:
        conv_id, ids = _chat(store)
    for _ in range(2):
        conn = connect(db_path)
        assert schema_version(conn) == len(HISTORY_MIGRATIONS)
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
        conn.close()
    with Store.open(db_path) as store:
        assert [m.id for m in store.active_path(conv_id)] == ids
        _integrity_ok(store)


def test_other_components_migrate_on_the_same_connection(db_path: Path) -> None:
    conn = connect(db_path)
    try:
        docs = ["CREATE TABLE docs(id INTEGER PRIMARY KEY, conversation_id TEXT "
                "REFERENCES conversations(id) ON DELETE CASCADE)"]
        assert migrate(conn, "documents", docs) == 1
        assert migrate(conn, "documents", docs) == 1
        docs.append("ALTER TABLE docs ADD COLUMN name TEXT NOT NULL DEFAULT ''")
        assert migrate(conn, "documents", docs) == 2
        assert schema_version(conn, "documents") == 2
        assert schema_version(conn) == len(HISTORY_MIGRATIONS)
        conn.execute("INSERT INTO docs(name) VALUES ('a.pdf')")
    finally:
        conn.close()


def test_failed_migration_changes_nothing(db_path: Path) -> None:
    conn = connect(db_path)
    try:
        broken = ["CREATE TABLE first_half(x); CREATE TABLE second_half(x INTEGER REFERENCES;"]
        with pytest.raises(sqlite3.Error):
            migrate(conn, "documents", broken)
        assert not conn.in_transaction
        assert schema_version(conn, "documents") == 0
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "first_half" not in tables
    finally:
        conn.close()


def test_newer_schema_is_refused_with_a_clear_message(db_path: Path) -> None:
    conn = connect(db_path)
    conn.execute("UPDATE schema_version SET version = 99 WHERE component = 'history'")
    conn.close()
    with pytest.raises(StorageError, match="newer version of Hearth"):
        connect(db_path)


def test_a_file_that_is_not_a_database(db_path: Path) -> None:
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as info:
        connect(db_path)
    assert isinstance(info.value, HearthError)
    assert str(db_path) in str(info.value)


def test_store_belongs_to_its_thread(store: Store) -> None:
    errors: list[BaseException] = []

    def other() -> None:
        try:
            store.list_conversations()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)


def test_no_transaction_left_open(store: Store) -> None:
    conv_id, ids = _chat(store)
    store.search("answer")
    store.export_all()
    with pytest.raises(NotFoundError):
        store.add_message("nope", "user", "x")
    with pytest.raises(NotFoundError):
        store.export_json("nope")
    assert not store.connection.in_transaction


# ------------------------------------------------------------------ conversations


def test_conversation_crud(store: Store) -> None:
    conv = store.create_conversation("First", developer_instructions="Be brief",
                                     reasoning_effort="high", model="gpt-oss-20b")
    assert len(conv.id) == 32 and conv.pinned is False and conv.deleted_at is None
    assert store.get_conversation(conv.id) == conv

    store.rename_conversation(conv.id, "Renamed")
    updated = store.update_conversation(conv.id, reasoning_effort="low", model="other")
    assert (updated.title, updated.reasoning_effort, updated.model,
            updated.developer_instructions) == ("Renamed", "low", "other", "Be brief")
    with pytest.raises(ValueError):
        store.update_conversation(conv.id, reasoning_effort="extreme")
    with pytest.raises(NotFoundError):
        store.rename_conversation("missing", "x")


def test_list_order_pinned_then_recent(store: Store) -> None:
    a = store.create_conversation("a")
    b = store.create_conversation("b")
    c = store.create_conversation("c")
    assert [x.title for x in store.list_conversations()] == ["c", "b", "a"]
    store.add_message(a.id, "user", "bump")
    assert [x.title for x in store.list_conversations()] == ["a", "c", "b"]
    store.set_pinned(b.id, True)
    assert [x.title for x in store.list_conversations()] == ["b", "a", "c"]
    assert store.get_conversation(b.id).pinned is True
    assert [x.title for x in store.list_conversations(limit=2, offset=1)] == ["a", "c"]
    store.set_pinned(b.id, False)
    assert [x.title for x in store.list_conversations()] == ["a", "c", "b"]
    del c


def test_delete_undo_and_purge(store: Store) -> None:
    keep, _ = _chat(store, "Keep")
    gone, gone_ids = _chat(store, "Gone")
    store.delete_conversation(gone)
    assert [c.id for c in store.list_conversations()] == [keep]
    assert store.get_conversation(gone).deleted_at is not None
    assert all(h.conversation_id == keep for h in store.search("question"))

    store.restore_conversation(gone)
    assert {c.id for c in store.list_conversations()} == {keep, gone}
    assert [m.id for m in store.active_path(gone)] == gone_ids

    store.delete_conversation(gone)
    assert store.purge_deleted(older_than_s=3600) == 0
    assert store.purge_deleted() == 1
    with pytest.raises(NotFoundError):
        store.get_conversation(gone)
    with pytest.raises(NotFoundError):
        store.get_message(gone_ids[0])
    assert _counts(store) == (1, 4)
    _integrity_ok(store)


# ------------------------------------------------------------------ branches


def test_regenerate_keeps_the_previous_answer(store: Store) -> None:
    conv_id, (q0, a0, q1, a1) = _chat(store)
    again = store.add_message(conv_id, "assistant", "answer 1, take two", parent_id=q1)
    assert [m.id for m in store.active_path(conv_id)] == [q0, a0, q1, again.id]
    assert [m.id for m in store.siblings(again.id)] == [a1, again.id]
    assert store.branch_positions(conv_id)[again.id] == (2, 2)
    assert store.branch_positions(conv_id)[a1] == (1, 2)
    assert store.branch_positions(conv_id)[q0] == (1, 1)

    path = store.select_branch(a1)
    assert [m.id for m in path] == [q0, a0, q1, a1]
    assert store.get_conversation(conv_id).active_leaf_id == a1
    assert store.get_message(a1).content == "answer 1"
    assert [m.id for m in store.select_branch(again.id)] == [q0, a0, q1, again.id]


def test_edit_and_resend_keeps_the_old_branch(store: Store) -> None:
    conv_id, (q0, a0, q1, a1) = _chat(store)
    # Edit the first question: the new one is a sibling of q0 (no parent), later turns
    # stay on the old branch.
    edited = store.add_message(conv_id, "user", "question 0, edited", parent_id=None)
    reply = store.add_message(conv_id, "assistant", "new answer 0")
    assert [m.id for m in store.active_path(conv_id)] == [edited.id, reply.id]
    assert [m.id for m in store.siblings(q0)] == [q0, edited.id]
    assert store.get_message(q0).content == "question 0"

    # Flipping back to the old question shows its whole old branch, down to its newest leaf.
    assert [m.id for m in store.select_branch(q0)] == [q0, a0, q1, a1]
    # ...and from a deep branch point, the newest leaf under it is chosen.
    store.add_message(conv_id, "assistant", "alt answer 0", parent_id=q0)
    assert [m.content for m in store.select_branch(q0)] == ["question 0", "alt answer 0"]
    assert [m.id for m in store.select_branch(edited.id)] == [edited.id, reply.id]
    assert len(store.messages(conv_id)) == 7
    _integrity_ok(store)


def test_parent_must_belong_to_the_conversation(store: Store) -> None:
    one, ids = _chat(store, "one")
    two = store.create_conversation("two")
    with pytest.raises(NotFoundError):
        store.add_message(two.id, "user", "x", parent_id=ids[0])
    with pytest.raises(NotFoundError):
        store.add_message(two.id, "user", "x", parent_id="no-such-message")
    with pytest.raises(ValueError):
        store.add_message(two.id, "system", "x")
    assert store.messages(two.id) == []
    with pytest.raises(NotFoundError):
        store.siblings("no-such-message")
    with pytest.raises(NotFoundError):
        store.select_branch("no-such-message")
    del one


def test_message_fields_round_trip(store: Store) -> None:
    conv = store.create_conversation()
    sources = [{"file": "a.pdf", "page": 3, "excerpt": "text"}]
    msg = store.add_message(conv.id, "assistant", "answer", reasoning="why", model="m",
                            stats={"decode_tps": 12.5, "nan": float("nan")}, sources=sources)
    loaded = store.get_message(msg.id)
    assert loaded.sources == sources
    assert loaded.stats == {"decode_tps": 12.5, "nan": None}
    assert (loaded.role, loaded.content, loaded.reasoning, loaded.model, loaded.status) == (
        "assistant", "answer", "why", "m", "complete")
    assert loaded.parent_id is None


# ------------------------------------------------------------------ streaming


def test_streaming_updates_are_visible_to_another_connection(db_path: Path) -> None:
    with Store.open(db_path) as writer, Store.open(db_path) as reader:
        conv = writer.create_conversation()
        question = writer.add_message(conv.id, "user", "tell me")
        reply = writer.add_message(conv.id, "assistant", "", status="streaming", model="m")
        assert reply.parent_id == question.id
        writer.update_streaming(reply.id, "Once upon", "plan")
        seen = reader.get_message(reply.id)
        assert (seen.content, seen.reasoning, seen.status) == ("Once upon", "plan", "streaming")
        writer.update_streaming(reply.id, "Once upon a time", "plan more")
        assert reader.get_message(reply.id).content == "Once upon a time"

        stats = {"prompt_tokens": 10, "cached_tokens": 0, "generated_tokens": 4,
                 "ttft_s": 0.2, "prefill_tps": 50.0, "decode_tps": 20.0}
        done = writer.finish_message(reply.id, content="Once upon a time.", reasoning="plan",
                                     status="complete", stats=stats, reasoning_seconds=1.5)
        assert (done.status, done.stats, done.reasoning_seconds) == ("complete", stats, 1.5)
        assert reader.get_message(reply.id) == done

        # A finished answer is never overwritten by a late update or a second finish.
        with pytest.raises(NotFoundError):
            writer.update_streaming(reply.id, "overwritten", "")
        with pytest.raises(NotFoundError):
            writer.finish_message(reply.id, content="x", reasoning="", status="error")
        with pytest.raises(ValueError):
            writer.finish_message(reply.id, content="x", reasoning="", status="streaming")
        assert reader.get_message(reply.id).content == "Once upon a time."
        _integrity_ok(reader)


def test_search_index_follows_the_message_lifecycle(store: Store) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "", status="streaming")
    store.update_streaming(reply.id, "growing zebra text", "")
    # While it streams the reply is saved but not yet searchable (saves stay cheap).
    assert store.search("zebra") == []
    _integrity_ok(store)
    store.finish_message(reply.id, content="final zebra text", reasoning="", status="complete")
    assert [h.message_id for h in store.search("zebra")] == [reply.id]
    assert store.search("growing") == []
    _integrity_ok(store)
    store.edit_message_content(reply.id, "edited giraffe")
    assert store.search("zebra") == []
    assert [h.message_id for h in store.search("giraffe")] == [reply.id]
    other = store.add_message(conv.id, "assistant", "", status="streaming")
    store.update_streaming(other.id, "half", "")
    store.delete_conversation(conv.id)
    store.purge_deleted()
    _integrity_ok(store)
    assert _indexed(store.connection) == set()


def test_rebuild_search_index_repairs_it(store: Store) -> None:
    conv_id, ids = _chat(store)
    streaming = store.add_message(conv_id, "assistant", "", status="streaming")
    store.update_streaming(streaming.id, "partial words", "")
    store.connection.execute("INSERT INTO messages_fts(messages_fts) VALUES ('delete-all')")
    assert store.search("question") == []
    store.rebuild_search_index()
    assert len(store.search("question")) == 2
    _integrity_ok(store)
    store.finish_message(streaming.id, content="partial words", reasoning="", status="error")
    _integrity_ok(store)
    del ids


def test_finish_keeps_stats_when_none_and_marks_cancelled(store: Store) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "", status="streaming", stats={"a": 1})
    done = store.finish_message(reply.id, content="half", reasoning="", status="cancelled")
    assert (done.stats, done.status, done.content) == ({"a": 1}, "cancelled", "half")


def test_explicit_edit_is_the_only_rewrite(store: Store) -> None:
    conv_id, ids = _chat(store)
    edited = store.edit_message_content(ids[1], "corrected answer")
    assert edited.content == "corrected answer"
    assert store.search("corrected")[0].message_id == ids[1]
    assert ids[1] not in {h.message_id for h in store.search("answer 0")}
    streaming = store.add_message(conv_id, "assistant", "", status="streaming")
    with pytest.raises(StorageError):
        store.edit_message_content(streaming.id, "no")
    _integrity_ok(store)


def test_mark_interrupted_keeps_partial_text(store: Store) -> None:
    conv = store.create_conversation()
    done = store.add_message(conv.id, "assistant", "complete one")
    partial = store.add_message(conv.id, "assistant", "", status="streaming")
    store.update_streaming(partial.id, "half an ans", "some thought")
    assert store.mark_interrupted() == 1
    after = store.get_message(partial.id)
    assert (after.status, after.content, after.reasoning) == (
        "interrupted", "half an ans", "some thought")
    assert store.get_message(done.id).status == "complete"
    assert store.mark_interrupted() == 0


# ------------------------------------------------------------------ search


@pytest.fixture
def searchable(store: Store) -> dict[str, Any]:
    python = store.create_conversation("Killing processes")
    q = store.add_message(python.id, "user", "How do I kill a Python process on Linux?")
    a = store.add_message(python.id, "assistant",
                          "Send it SIGTERM with os.kill(pid, signal.SIGTERM); café au lait.",
                          reasoning="the secret-reasoning-word lives here")
    baking = store.create_conversation("Bread")
    b = store.add_message(baking.id, "user", "A sourdough loaf needs flour, water and salt.")
    chinese = store.create_conversation("中文")
    c = store.add_message(chinese.id, "user", "我喜欢猫和狗，也喜欢喝茶。")
    return {"python": python.id, "q": q.id, "a": a.id, "baking": baking.id, "b": b.id,
            "chinese": chinese.id, "c": c.id}


HOSTILE_QUERIES = [
    'foo "bar', "AND(", "AND", "OR", "NOT", "NEAR(", "NEAR(a b, 3)", "*", "**", '"', '""',
    "'", "(", ")", "-", "^", ":", "content:", "col:foo", "{a b}", "a OR", "kill*",
    "kill NOT python", "\x00", "\x02\x03", "; DROP TABLE messages; --", "%", "_", "\\",
    "   ", "", "🔥", "a" * 5000, "\u0301", "ｋｉｌｌ", "+", "kill)",
    # Too many words for one SQL expression unless the store bounds them.
    "a " * 3000, "好 " * 3000, "a" * 100_000, " ".join(f"w{i}" for i in range(2000)),
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_never_raise(store: Store, searchable: dict[str, Any],
                                     query: str) -> None:
    hits = store.search(query)
    assert isinstance(hits, list)
    assert _counts(store) == (3, 4)


def test_query_syntax_is_treated_as_words(store: Store, searchable: dict[str, Any]) -> None:
    # Operators are words to look for, not syntax: "kill NOT python" needs all three words.
    assert store.search("kill NOT python") == []
    assert {h.message_id for h in store.search("kill)")} == {searchable["q"], searchable["a"]}
    assert {h.message_id for h in store.search('os.kill(pid, "')} == {searchable["a"]}


@given(st.text(max_size=40))
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_typed_text_is_safe(store: Store, query: str) -> None:
    assert isinstance(store.search(query), list)


def test_search_highlights_and_prefix(store: Store, searchable: dict[str, Any]) -> None:
    hits = store.search("pyth")
    assert [h.message_id for h in hits] == [searchable["q"]]
    hit = hits[0]
    assert f"{HIGHLIGHT_START}Python{HIGHLIGHT_END}" in hit.snippet
    assert (hit.conversation_id, hit.conversation_title, hit.role) == (
        searchable["python"], "Killing processes", "user")
    # Every word must match; the last one is a prefix only when still being typed.
    assert {h.message_id for h in store.search("kill linux")} == {searchable["q"]}
    assert store.search("pyth ") == []
    assert [h.message_id for h in store.search("SOURDOUGH")] == [searchable["b"]]
    # Diacritics folded both ways.
    assert [h.message_id for h in store.search("cafe")] == [searchable["a"]]


def test_search_ranks_the_best_match_first(store: Store) -> None:
    conv = store.create_conversation()
    filler = " ".join(["other words here"] * 50)
    weak = store.add_message(conv.id, "user", f"{filler} kettle {filler}")
    strong = store.add_message(conv.id, "assistant", "kettle kettle: the kettle boils")
    assert [h.message_id for h in store.search("kettle")] == [strong.id, weak.id]


def test_search_excludes_reasoning(store: Store, searchable: dict[str, Any]) -> None:
    assert store.search("secret") == []


def test_search_titles(store: Store, searchable: dict[str, Any]) -> None:
    hits = store.search("bread")
    assert [(h.conversation_id, h.message_id) for h in hits] == [(searchable["baking"], None)]
    assert hits[0].snippet == f"{HIGHLIGHT_START}Bread{HIGHLIGHT_END}"
    # A title hit and message hits of the same conversation both come back, title first.
    hits = store.search("kill")
    assert hits[0].message_id is None and hits[0].conversation_id == searchable["python"]
    assert {h.message_id for h in hits[1:]} == {searchable["q"], searchable["a"]}


def test_search_chinese_substring(store: Store, searchable: dict[str, Any]) -> None:
    hits = store.search("喜欢猫")
    assert [h.message_id for h in hits] == [searchable["c"]]
    assert f"{HIGHLIGHT_START}喜欢猫{HIGHLIGHT_END}" in hits[0].snippet
    assert store.search("喜欢狗") == []
    assert [h.conversation_id for h in store.search("中文")] == [searchable["chinese"]]


def test_search_skips_deleted_and_honours_limit(store: Store,
                                                searchable: dict[str, Any]) -> None:
    store.delete_conversation(searchable["python"])
    assert store.search("kill") == []
    store.restore_conversation(searchable["python"])
    assert len(store.search("kill", limit=2)) == 2
    assert store.search("kill", limit=0) == []


def test_long_message_snippet_is_short(store: Store) -> None:
    conv = store.create_conversation()
    text = " ".join(["filler"] * 2000 + ["needle"] + ["filler"] * 2000)
    store.add_message(conv.id, "user", text)
    [hit] = store.search("needle")
    assert f"{HIGHLIGHT_START}needle{HIGHLIGHT_END}" in hit.snippet
    assert len(hit.snippet) < 300


# ------------------------------------------------------------------ export / import


def _branched(store: Store) -> str:
    conv = store.create_conversation("Branched", developer_instructions="Answer in French",
                                     reasoning_effort="high", model="gpt-oss-20b")
    q = store.add_message(conv.id, "user", "What is 2+2?")
    store.add_message(conv.id, "assistant", "Old answer: 5", reasoning="hmm")
    reply = store.add_message(conv.id, "assistant", "", parent_id=q.id, status="streaming")
    store.finish_message(reply.id, content="Quatre.\n\n```python\nprint(2 + 2)\n```",
                         reasoning="Add </details> them up", status="complete",
                         stats={"decode_tps": 30.0}, reasoning_seconds=4.0)
    store.set_pinned(conv.id, True)
    return conv.id


def test_export_markdown_shows_the_active_branch(store: Store) -> None:
    conv_id = _branched(store)
    text = store.export_markdown(conv_id)
    assert text.startswith("# Branched\n")
    assert "## You\n\nWhat is 2+2?" in text
    assert "Quatre." in text and "```python\nprint(2 + 2)\n```" in text
    assert "Old answer" not in text
    assert "<details>\n<summary>Thought for 4 s</summary>\n\nAdd &lt;/details> them up" in text
    assert text.count("</details>") == 1
    assert "Answer in French" in text
    assert "gpt-oss-20b" in text


def test_export_json_holds_every_branch(store: Store) -> None:
    conv_id = _branched(store)
    data = json.loads(json.dumps(store.export_json(conv_id)))
    assert (data["format"], data["version"]) == ("hearth-export", 1)
    [conv] = data["conversations"]
    assert conv["id"] == conv_id and conv["pinned"] is True
    assert [m["content"][:6] for m in conv["messages"]] == ["What i", "Old an", "Quatre"]
    assert conv["active_leaf_id"] == conv["messages"][2]["id"]
    assert conv["messages"][2]["stats"] == {"decode_tps": 30.0}


def test_import_into_a_new_database_and_twice(tmp_path: Path, store: Store) -> None:
    conv_id = _branched(store)
    other, other_ids = _chat(store, "Other")
    deleted, _ = _chat(store, "Deleted")
    store.delete_conversation(deleted)
    exported = json.loads(json.dumps(store.export_all()))
    assert {c["id"] for c in exported["conversations"]} == {conv_id, other}
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(exported), encoding="utf-8")

    with Store.open(tmp_path / "second.sqlite3") as second:
        first = second.import_json(read_export_file(path))
        assert (first.added_conversations, first.added_messages, first.skipped) == (2, 7, 0)
        again = second.import_json(read_export_file(path))
        assert (again.added_conversations, again.added_messages, again.skipped) == (0, 0, 9)
        assert _counts(second) == (2, 7)
        for cid in (conv_id, other):
            assert second.get_conversation(cid) == store.get_conversation(cid)
            assert second.active_path(cid) == store.active_path(cid)
            assert second.messages(cid) == store.messages(cid)
            assert second.export_markdown(cid) == store.export_markdown(cid)
        assert [h.message_id for h in second.search("quatre")] == [
            store.active_path(conv_id)[-1].id]
        _integrity_ok(second)

    # Importing into the database it came from adds nothing either.
    result = store.import_json(exported)
    assert (result.added_conversations, result.added_messages) == (0, 0)
    del other_ids


def test_import_merges_a_new_branch(tmp_path: Path, store: Store) -> None:
    conv_id, ids = _chat(store)
    before = store.export_json(conv_id)
    with Store.open(tmp_path / "second.sqlite3") as second:
        second.import_json(before)
        store.add_message(conv_id, "assistant", "another take", parent_id=ids[2])
        result = second.import_json(store.export_json(conv_id))
        assert (result.added_conversations, result.added_messages, result.skipped) == (0, 1, 5)
        assert [m.content for m in second.siblings(ids[3])] == ["answer 1", "another take"]


def test_import_brings_back_a_deleted_conversation(store: Store) -> None:
    conv_id, _ = _chat(store)
    exported = store.export_json(conv_id)
    store.delete_conversation(conv_id)
    result = store.import_json(exported)
    assert result.added_messages == 0
    assert [c.id for c in store.list_conversations()] == [conv_id]


def test_import_marks_streaming_messages_interrupted(tmp_path: Path, store: Store) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "partial", status="streaming")
    with Store.open(tmp_path / "second.sqlite3") as second:
        second.import_json(store.export_json(conv.id))
        assert second.get_message(reply.id).status == "interrupted"


def _corrupt(case: str, data: dict[str, Any]) -> Any:
    conv = data["conversations"][1]
    msgs = conv["messages"]
    if case == "not a dict":
        return [data]
    if case == "wrong format":
        return {**data, "format": "something-else"}
    if case == "future version":
        return {**data, "version": 2}
    if case == "conversations not a list":
        return {**data, "conversations": {"a": 1}}
    if case == "missing parent":
        msgs[1]["parent_id"] = "f" * 32
    elif case == "cycle":
        msgs[0]["parent_id"] = msgs[1]["id"]
    elif case == "duplicate message id":
        msgs[1]["id"] = msgs[0]["id"]
    elif case == "duplicate conversation id":
        conv["id"] = data["conversations"][0]["id"]
    elif case == "unknown role":
        msgs[0]["role"] = "system"
    elif case == "stats not an object":
        msgs[0]["stats"] = [1, 2]
    elif case == "content not text":
        msgs[0]["content"] = 42
    elif case == "time not a number":
        msgs[0]["created_at"] = "yesterday"
    elif case == "time is a boolean":
        msgs[0]["created_at"] = True
    elif case == "bad active leaf":
        conv["active_leaf_id"] = "0" * 32
    elif case == "empty id":
        conv["id"] = ""
    elif case == "message id from another conversation":
        # Passes the file checks; caught while writing, after the first conversation was
        # written, so it proves the whole import rolls back.
        msgs[0]["id"] = "existing-elsewhere"
    return data


CORRUPTIONS = [
    "not a dict", "wrong format", "future version", "conversations not a list",
    "missing parent", "cycle", "duplicate message id", "duplicate conversation id",
    "unknown role", "stats not an object", "content not text", "time not a number",
    "time is a boolean", "bad active leaf", "empty id", "message id from another conversation",
]


@pytest.mark.parametrize("case", CORRUPTIONS)
def test_malformed_import_changes_nothing(tmp_path: Path, store: Store, case: str) -> None:
    _chat(store, "one")
    _chat(store, "two")
    exported = store.export_all()
    with Store.open(tmp_path / "target.sqlite3") as target:
        holder = target.create_conversation("holder")
        target.connection.execute(
            "INSERT INTO messages(id, conversation_id, role, created_at) "
            "VALUES ('existing-elsewhere', ?, 'user', 0)", (holder.id,))
        before = (copy.deepcopy(target.export_all()["conversations"]), _counts(target))
        with pytest.raises(ImportFormatError) as info:
            target.import_json(_corrupt(case, copy.deepcopy(exported)))
        assert "Nothing was imported" in str(info.value)
        assert (target.export_all()["conversations"], _counts(target)) == before
        assert not target.connection.in_transaction
        _integrity_ok(target)


def test_unreadable_export_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "hearth-export", "conv', encoding="utf-8")
    with pytest.raises(ImportFormatError):
        read_export_file(broken)
    with pytest.raises(ImportFormatError):
        read_export_file(tmp_path / "missing.json")


def test_everything_leaves_a_sound_file(store: Store) -> None:
    _branched(store)
    conv_id, ids = _chat(store)
    store.edit_message_content(ids[0], "changed")
    store.delete_conversation(conv_id)
    store.purge_deleted()
    store.import_json(store.export_all())
    _integrity_ok(store)


def test_processes_opening_a_new_file_at_once(db_path: Path) -> None:
    """Two windows started together (or the app and a script) must not both migrate."""
    code = ("import sys; from pathlib import Path; from app.core.storage import Store; "
            "s = Store.open(Path(sys.argv[1])); s.create_conversation('p'); s.close()")
    repo = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db_path)], cwd=repo,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    with Store.open(db_path) as store:
        assert len(store.list_conversations()) == 4
        assert schema_version(store.connection) == len(HISTORY_MIGRATIONS)
        _integrity_ok(store)


def test_last_page_of_the_active_path_and_paging_back(store: Store) -> None:
    conv = store.create_conversation("long")
    ids = [store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", f"m{i}").id
           for i in range(30)]
    # A branch off message 9: the active path now runs through it, not through m10..m29.
    alt = store.add_message(conv.id, "assistant", "alt", parent_id=ids[8])
    full = [m.content for m in store.active_path(conv.id)]
    assert full == [f"m{i}" for i in range(9)] + ["alt"]
    assert [m.content for m in store.active_path(conv.id, limit=4)] == full[-4:]
    assert [m.content for m in store.active_path(conv.id, limit=100)] == full
    page = store.path_to(ids[5], 3)  # ends at m5, follows parents
    assert [m.content for m in page] == ["m3", "m4", "m5"]
    assert [m.content for m in store.path_to(ids[1], 10)] == ["m0", "m1"]
    assert store.path_to(alt.id, 1)[0].content == "alt"
