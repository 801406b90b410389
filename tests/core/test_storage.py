"""Conversation history on real SQLite files: schema, branches, streaming, search."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import db
from app.core.history_io import export_all, export_json
from app.core.settings import paths
from app.core.status import MessageStatus
from app.core.storage import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    HISTORY_COMPONENT,
    HISTORY_MIGRATIONS,
    NotFoundError,
    StorageError,
    Store,
    connect,
)
from tests.fixtures.history import chat, counts, indexed, integrity_ok


def schema_version(conn: sqlite3.Connection) -> int:
    return db.schema_version(conn, HISTORY_COMPONENT)


# ------------------------------------------------------------------ the file


def test_default_location_is_the_app_database(db_path: Path) -> None:
    with Store() as store:
        chat(store)
    assert paths().database.exists()
    assert paths().database.parent == db_path.parent / "data"


def test_migrations_are_idempotent_and_keep_data(db_path: Path) -> None:
    with Store.open(db_path) as store:
        conv_id, ids = chat(store)
    for _ in range(2):
        conn = connect(db_path)
        assert schema_version(conn) == len(HISTORY_MIGRATIONS)
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
        conn.close()
    with Store.open(db_path) as store:
        assert [m.id for m in store.active_path(conv_id)] == ids
        integrity_ok(store)


def test_newer_schema_is_refused_with_a_clear_message(db_path: Path) -> None:
    conn = connect(db_path)
    conn.execute("UPDATE schema_version SET version = 99 WHERE component = 'history'")
    conn.close()
    with pytest.raises(StorageError, match="newer version of Hearth"):
        connect(db_path)


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
    assert len(errors) == 1 and isinstance(errors[0], db.ProgrammingError)


def test_no_transaction_left_open(store: Store) -> None:
    conv_id, ids = chat(store)
    store.search("answer")
    export_all(store)
    with pytest.raises(NotFoundError):
        store.add_message("nope", "user", "x")
    with pytest.raises(NotFoundError):
        export_json(store, "nope")
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
    keep, _ = chat(store, "Keep")
    gone, gone_ids = chat(store, "Gone")
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
    assert counts(store) == (1, 4)
    integrity_ok(store)


# ------------------------------------------------------------------ branches


def test_regenerate_keeps_the_previous_answer(store: Store) -> None:
    conv_id, (q0, a0, q1, a1) = chat(store)
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
    conv_id, (q0, a0, q1, a1) = chat(store)
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
    integrity_ok(store)


def test_parent_must_belong_to_the_conversation(store: Store) -> None:
    one, ids = chat(store, "one")
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


def test_statuses_are_the_message_status_enum(store: Store) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "", status=MessageStatus.STREAMING)
    assert store.get_message(reply.id).status is MessageStatus.STREAMING
    done = store.finish_message(reply.id, content="x", reasoning="",
                                status=MessageStatus.CANCELLED)
    assert done.status is MessageStatus.CANCELLED and done.status == "cancelled"
    # The stored text is the plain value, as before the enum.
    assert store.connection.execute("SELECT status FROM messages WHERE id = ?",
                                    (reply.id,)).fetchone()[0] == "cancelled"
    # BLOCKED is shown in the window only; a saved message never says it, nor an unknown word.
    for status in ("blocked", "done"):
        with pytest.raises(ValueError):
            store.add_message(conv.id, "assistant", "", status=status)
    # A status written by a newer Hearth still reads.
    store.connection.execute("UPDATE messages SET status = 'future' WHERE id = ?", (reply.id,))
    assert store.get_message(reply.id).status is MessageStatus.COMPLETE


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
        integrity_ok(reader)


def test_search_index_follows_the_message_lifecycle(store: Store) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "", status="streaming")
    store.update_streaming(reply.id, "growing zebra text", "")
    # While it streams the reply is saved but not yet searchable (saves stay cheap).
    assert store.search("zebra") == []
    integrity_ok(store)
    store.finish_message(reply.id, content="final zebra text", reasoning="", status="complete")
    assert [h.message_id for h in store.search("zebra")] == [reply.id]
    assert store.search("growing") == []
    integrity_ok(store)
    store.edit_message_content(reply.id, "edited giraffe")
    assert store.search("zebra") == []
    assert [h.message_id for h in store.search("giraffe")] == [reply.id]
    other = store.add_message(conv.id, "assistant", "", status="streaming")
    store.update_streaming(other.id, "half", "")
    store.delete_conversation(conv.id)
    store.purge_deleted()
    integrity_ok(store)
    assert indexed(store.connection) == set()


def test_rebuild_search_index_repairs_it(store: Store) -> None:
    conv_id, ids = chat(store)
    streaming = store.add_message(conv_id, "assistant", "", status="streaming")
    store.update_streaming(streaming.id, "partial words", "")
    store.connection.execute("INSERT INTO messages_fts(messages_fts) VALUES ('delete-all')")
    assert store.search("question") == []
    store.rebuild_search_index()
    assert len(store.search("question")) == 2
    integrity_ok(store)
    store.finish_message(streaming.id, content="partial words", reasoning="", status="error")
    integrity_ok(store)
    del ids


def test_finish_keeps_stats_when_none_and_marks_cancelled(store: Store) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "", status="streaming", stats={"a": 1})
    done = store.finish_message(reply.id, content="half", reasoning="", status="cancelled")
    assert (done.stats, done.status, done.content) == ({"a": 1}, "cancelled", "half")


def test_explicit_edit_is_the_only_rewrite(store: Store) -> None:
    conv_id, ids = chat(store)
    edited = store.edit_message_content(ids[1], "corrected answer")
    assert edited.content == "corrected answer"
    assert store.search("corrected")[0].message_id == ids[1]
    assert ids[1] not in {h.message_id for h in store.search("answer 0")}
    streaming = store.add_message(conv_id, "assistant", "", status="streaming")
    with pytest.raises(StorageError):
        store.edit_message_content(streaming.id, "no")
    integrity_ok(store)


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
    assert counts(store) == (3, 4)


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
        integrity_ok(store)


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
