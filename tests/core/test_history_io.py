"""Export and import of the history: Markdown, JSON, backups, and damaged files refused whole."""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from app.core.history_io import (
    ImportFormatError,
    export_all,
    export_json,
    export_markdown,
    import_file,
    import_json,
    read_export_file,
    write_export,
)
from app.core.storage import Store
from tests.fixtures.history import chat, counts, integrity_ok


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
    text = export_markdown(store, conv_id)
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
    data = json.loads(json.dumps(export_json(store, conv_id)))
    assert (data["format"], data["version"]) == ("hearth-export", 1)
    [conv] = data["conversations"]
    assert conv["id"] == conv_id and conv["pinned"] is True
    assert [m["content"][:6] for m in conv["messages"]] == ["What i", "Old an", "Quatre"]
    assert conv["active_leaf_id"] == conv["messages"][2]["id"]
    assert conv["messages"][2]["stats"] == {"decode_tps": 30.0}


def test_import_into_a_new_database_and_twice(tmp_path: Path, store: Store) -> None:
    conv_id = _branched(store)
    other, other_ids = chat(store, "Other")
    deleted, _ = chat(store, "Deleted")
    store.delete_conversation(deleted)
    exported = json.loads(json.dumps(export_all(store)))
    assert {c["id"] for c in exported["conversations"]} == {conv_id, other}
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(exported), encoding="utf-8")

    with Store.open(tmp_path / "second.sqlite3") as second:
        first = import_json(second, read_export_file(path))
        assert (first.added_conversations, first.added_messages, first.skipped) == (2, 7, 0)
        again = import_json(second, read_export_file(path))
        assert (again.added_conversations, again.added_messages, again.skipped) == (0, 0, 9)
        assert counts(second) == (2, 7)
        for cid in (conv_id, other):
            assert second.get_conversation(cid) == store.get_conversation(cid)
            assert second.active_path(cid) == store.active_path(cid)
            assert second.messages(cid) == store.messages(cid)
            assert export_markdown(second, cid) == export_markdown(store, cid)
        assert [h.message_id for h in second.search("quatre")] == [
            store.active_path(conv_id)[-1].id]
        integrity_ok(second)

    # Importing into the database it came from adds nothing either.
    result = import_json(store, exported)
    assert (result.added_conversations, result.added_messages) == (0, 0)
    del other_ids


def test_import_merges_a_new_branch(tmp_path: Path, store: Store) -> None:
    conv_id, ids = chat(store)
    before = export_json(store, conv_id)
    with Store.open(tmp_path / "second.sqlite3") as second:
        import_json(second, before)
        store.add_message(conv_id, "assistant", "another take", parent_id=ids[2])
        result = import_json(second, export_json(store, conv_id))
        assert (result.added_conversations, result.added_messages, result.skipped) == (0, 1, 5)
        assert [m.content for m in second.siblings(ids[3])] == ["answer 1", "another take"]


def test_import_brings_back_a_deleted_conversation(store: Store) -> None:
    conv_id, _ = chat(store)
    exported = export_json(store, conv_id)
    store.delete_conversation(conv_id)
    result = import_json(store, exported)
    assert result.added_messages == 0
    assert [c.id for c in store.list_conversations()] == [conv_id]


def test_import_marks_streaming_messages_interrupted(tmp_path: Path, store: Store) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "partial", status="streaming")
    with Store.open(tmp_path / "second.sqlite3") as second:
        import_json(second, export_json(store, conv.id))
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
    elif case == "status only shown, never saved":
        msgs[1]["status"] = "blocked"
    elif case == "parent in another conversation":
        msgs[1]["parent_id"] = data["conversations"][0]["messages"][0]["id"]
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
    "status only shown, never saved", "parent in another conversation",
]


@pytest.mark.parametrize("case", CORRUPTIONS)
def test_malformed_import_changes_nothing(tmp_path: Path, store: Store, case: str) -> None:
    chat(store, "one")
    chat(store, "two")
    exported = export_all(store)
    with Store.open(tmp_path / "target.sqlite3") as target:
        holder = target.create_conversation("holder")
        target.connection.execute(
            "INSERT INTO messages(id, conversation_id, role, created_at) "
            "VALUES ('existing-elsewhere', ?, 'user', 0)", (holder.id,))
        before = (copy.deepcopy(export_all(target)["conversations"]), counts(target))
        with pytest.raises(ImportFormatError) as info:
            import_json(target, _corrupt(case, copy.deepcopy(exported)))
        assert "Nothing was imported" in str(info.value)
        assert (export_all(target)["conversations"], counts(target)) == before
        assert not target.connection.in_transaction
        integrity_ok(target)


def test_unreadable_export_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "hearth-export", "conv', encoding="utf-8")
    with pytest.raises(ImportFormatError):
        read_export_file(broken)
    with pytest.raises(ImportFormatError):
        read_export_file(tmp_path / "missing.json")


def test_everything_leaves_a_sound_file(store: Store) -> None:
    _branched(store)
    conv_id, ids = chat(store)
    store.edit_message_content(ids[0], "changed")
    store.delete_conversation(conv_id)
    store.purge_deleted()
    import_json(store, export_all(store))
    integrity_ok(store)


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_write_export_writes_a_private_whole_file(tmp_path: Path, store: Store, fmt: str) -> None:
    conv_id, _ = chat(store)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"out.{fmt}"
    target.write_text("an older export", encoding="utf-8")
    assert write_export(store, target, conv_id, fmt) == target  # type: ignore[arg-type]
    text = target.read_text(encoding="utf-8")
    if fmt == "markdown":
        assert text.startswith("# Chat\n") and "answer 1" in text
    else:
        assert [c["id"] for c in json.loads(text)["conversations"]] == [conv_id]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file left


def test_backup_file_round_trip(tmp_path: Path, store: Store) -> None:
    chat(store, "one")
    chat(store, "two")
    backup = write_export(store, tmp_path / "all.json")
    with Store.open(tmp_path / "second.sqlite3") as second:
        result = import_file(second, backup)
        assert (result.added_conversations, result.added_messages, result.skipped) == (2, 8, 0)
        assert export_all(second)["conversations"] == export_all(store)["conversations"]
        integrity_ok(second)
    with pytest.raises(ImportFormatError, match="not a Hearth export"):
        import_file(store, tmp_path / "missing.json")
