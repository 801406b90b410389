"""Headless conversations, run as a script would: `chat --conversation new|ID`, reopening one in
a new process from its saved KV state (counted, not timed), `--no-saved-state`, and
`conversations list|show|export|delete`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.core import kv_cache, storage
from app.core.chat import with_language_instruction
from app.core.engine import LlamaEngine
from app.core.history import conversation_for
from tests.core.test_cli import hearth

ARGS = ("--json", "--max-tokens", "8", "--seed", "4", "--ctx", "4096", "--reasoning", "low")


def _chat(model: Path, home: Path, *extra: str) -> dict[str, Any]:
    r = hearth("chat", "--model", str(model), *ARGS, *extra, home=home)
    assert r.returncode == 0, r.stderr
    out: dict[str, Any] = json.loads(r.stdout)
    return out


def _conversations(home: Path, *args: str) -> Any:
    r = hearth("conversations", *args, "--json", home=home)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_a_conversation_reopened_in_a_new_process_reads_only_the_new_turn(
        tiny_model: Path, tiny_engine: LlamaEngine, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HEARTH_HOME", str(home))  # this process reads the same (keyed) history
    first = _chat(tiny_model, home, "--system", "Answer briefly.", "--conversation", "new",
                  "Name three rivers in Europe and say which is the longest.")
    cid = first["conversation_id"]
    assert first["state_saved"]["tokens"] >= first["stats"]["prompt_tokens"] - 1
    assert kv_cache.StateStore(home / "cache" / kv_cache.FOLDER, 10**9).conversation_path(
        cid).exists()

    second = _chat(tiny_model, home, "--system", "Answer briefly.", "--conversation", cid,
                   "And in Asia?")
    assert second["conversation_id"] == cid
    s1, s2 = first["stats"], second["stats"]
    # Counting what the new process evaluated: the earlier prompt came from the saved state,
    # only the tokens after it (the first answer as the history renders it, the new question)
    # were read.
    with storage.Store.open(home / "data" / "hearth.sqlite3") as store:
        conv = conversation_for(store, cid)
    assert [m.role for m in conv.messages] == ["user", "assistant", "user", "assistant"]
    conv.messages = conv.messages[:3]
    conv.instructions = with_language_instruction(conv.instructions)  # as every session does
    prompt2 = tiny_engine.encoder.encode(conv)
    assert s2["prompt_tokens"] == len(prompt2)
    assert s2["restored_tokens"] == s2["cached_tokens"] >= s1["prompt_tokens"]
    assert s2["evaluated_tokens"] == s2["prompt_tokens"] - s2["cached_tokens"]
    assert s2["evaluated_tokens"] <= len(prompt2) - s1["prompt_tokens"]

    again = _chat(tiny_model, home, "--system", "Answer briefly.", "--conversation", cid,
                  "--no-saved-state", "And in Africa?")
    s3 = again["stats"]
    assert s3["cached_tokens"] == 0 == s3["restored_tokens"]
    assert s3["evaluated_tokens"] == s3["prompt_tokens"]


def test_conversations_list_show_export_delete(tiny_model: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    cid = _chat(tiny_model, home, "--conversation", "new", "Hello there")["conversation_id"]
    listed = _conversations(home, "list")
    assert [c["id"] for c in listed] == [cid] and listed[0]["title"] == "Hello there"
    shown = _conversations(home, "show", cid)
    assert [m["role"] for m in shown["messages"]] == ["user", "assistant"]
    assert shown["messages"][0]["content"] == "Hello there"
    exported = _conversations(home, "export", cid, "--format", "json")
    assert exported["conversations"][0]["id"] == cid
    r = hearth("conversations", "export", cid, home=home)
    assert r.returncode == 0 and r.stdout.startswith("# Hello there")
    out_file = tmp_path / "c.md"
    r = hearth("conversations", "export", cid, "-o", str(out_file), home=home)
    assert r.returncode == 0 and out_file.read_text(encoding="utf-8").startswith("# Hello")

    state = kv_cache.StateStore(home / "cache" / kv_cache.FOLDER, 10**9).conversation_path(cid)
    assert state.exists()
    assert _conversations(home, "delete", cid) == {"deleted": cid}
    assert not state.exists()  # the model's memory of it went with it
    assert _conversations(home, "list") == []
    r = hearth("conversations", "show", cid, home=home)
    assert r.returncode == 1 and "No conversation" in r.stderr
    r = hearth("chat", "--model", str(tiny_model), "--conversation", cid, "hi", home=home)
    assert r.returncode == 1 and "trash" in r.stderr and "Traceback" not in r.stderr
    r = hearth("chat", "--model", str(tiny_model), "--conversation", "nope", "hi", home=home)
    assert r.returncode == 1 and "No conversation" in r.stderr
