"""Conversation history in and out of files: Markdown and JSON exports, checked JSON imports."""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from app.core.fileio import write_atomic
from app.core.i18n import tr
from app.core.status import MessageStatus
from app.core.storage import (
    REASONING_EFFORTS,
    ROLES,
    STORED_STATUSES,
    Conversation,
    MergeConflictError,
    Message,
    StorageError,
    Store,
    json_safe,
)

EXPORT_FORMAT: Final = "hearth-export"
EXPORT_VERSION: Final = 1

ExportFormat = Literal["markdown", "json"]
_SURROGATE = re.compile("[\ud800-\udfff]")


class ImportFormatError(StorageError):
    """An import file that is not a Hearth export, or is damaged; nothing was imported."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did. `skipped` counts conversations and messages already present."""

    added_conversations: int
    added_messages: int
    skipped: int


# --------------------------------------------------------------------------- export


def export_markdown(store: Store, conversation_id: str) -> str:
    """The visible branch as Markdown; reasoning folded in a <details> block."""
    with store.snapshot():
        conversation = store.get_conversation(conversation_id)
        path = store.active_path(conversation_id)
    title = conversation.title or tr("New conversation")
    lines = [f"# {title}", ""]
    created = time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.created_at))
    meta = tr("Exported from Hearth. Started {date}.").format(date=created)
    if conversation.model:
        meta += " " + tr("Model: {model}.").format(model=conversation.model)
    lines += [f"*{meta}*", ""]
    if conversation.developer_instructions:
        lines += [f"**{tr('Instructions')}**", "", conversation.developer_instructions, ""]
    for message in path:
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
        if message.status != MessageStatus.COMPLETE:
            lines += [f"*({_status_label(message.status)})*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def export_json(store: Store, conversation_id: str) -> dict[str, Any]:
    """One conversation with every branch, in the same envelope as export_all()."""
    with store.snapshot():
        conversation = store.get_conversation(conversation_id)
        body = _conversation_json(conversation, store.messages(conversation_id))
    return _envelope([body])


def export_all(store: Store) -> dict[str, Any]:
    """Every conversation not deleted, with every branch: a backup import_json() reads."""
    with store.snapshot():
        bodies = [_conversation_json(c, store.messages(c.id))
                  for c in store.list_conversations()]
    return _envelope(bodies)


def write_export(store: Store, path: Path, conversation_id: str | None = None,
                 fmt: ExportFormat = "json") -> Path:
    """Write one conversation (Markdown or JSON), or all of them (conversation_id None, always
    JSON), to `path`: the whole file or nothing."""
    if conversation_id is not None and fmt == "markdown":
        text = export_markdown(store, conversation_id)
    else:
        data = export_all(store) if conversation_id is None else export_json(
            store, conversation_id)
        text = json.dumps(data, ensure_ascii=False, indent=2)
    write_atomic(path, text)
    return path


def _conversation_json(conversation: Conversation, messages: list[Message]) -> dict[str, Any]:
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
                "status": m.status.value,
                "model": m.model,
                "stats": json_safe(m.stats),
                "sources": json_safe(m.sources),
                "created_at": m.created_at,
            }
            for m in messages
        ],
    }


def _envelope(conversations: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": time.time(),
        "conversations": conversations,
    }


def _status_label(status: str) -> str:
    labels: dict[str, str] = {
        MessageStatus.INTERRUPTED: tr("interrupted"),
        MessageStatus.CANCELLED: tr("stopped"),
        MessageStatus.ERROR: tr("failed"),
        MessageStatus.STREAMING: tr("incomplete"),
    }
    return labels.get(status, status)


# --------------------------------------------------------------------------- import


def read_export_file(path: Path) -> dict[str, Any]:
    """Read an export file for import_json(); ImportFormatError if it is not readable JSON."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ImportFormatError(
            tr("{path} is not a Hearth export ({reason}).").format(path=path, reason=exc)
        ) from exc
    except RecursionError:  # brackets nested thousands deep: no export looks like that
        raise ImportFormatError(
            tr("{path} is not a Hearth export (its data is nested too deeply).").format(path=path)
        ) from None
    if not isinstance(data, dict):
        raise ImportFormatError(tr("{path} is not a Hearth export.").format(path=path))
    return data


def import_json(store: Store, data: Any) -> ImportResult:
    """Add the conversations and messages of an export that are not in `store` yet.

    Ids are stable, so importing the same file twice adds nothing; new branches of a
    conversation already here are merged into it, and a conversation in the trash comes back.
    Damaged input raises ImportFormatError and changes nothing (everything is checked first,
    then written in one transaction).
    """
    conversations = _validate_export(data)
    _check_text(data, "", 0)
    try:
        added_conversations, added_messages, skipped = store.merge(conversations)
    except MergeConflictError as exc:
        raise ImportFormatError(
            tr("The import file is damaged: {reason}. Nothing was imported.").format(reason=exc)
        ) from exc
    return ImportResult(added_conversations, added_messages, skipped)


def import_file(store: Store, path: Path) -> ImportResult:
    """read_export_file() then import_json()."""
    return import_json(store, read_export_file(path))


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


# An export nests at most five deep (envelope, conversations, messages, stats or sources); a
# source's fields may hold a little structure of their own.
MAX_DEPTH = 32


def _check_text(value: Any, where: str, depth: int) -> None:
    """Every string is text SQLite can store (no lone surrogates: a JSON file can spell them
    as \\ud800) and nothing is nested deeper than any export is."""
    if depth > MAX_DEPTH:
        raise _damaged(tr("{where}: nested too deeply").format(where=where[:60] + "…"))
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise _damaged(tr("{where}: text that is not valid Unicode (a lone surrogate)")
                           .format(where=where or tr("the file")))
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, where, depth + 1)
            _check_text(item, f"{where}.{key}" if where else str(key), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, f"{where}[{index}]", depth + 1)


def _check_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 128:
        raise _damaged(f"{where}: missing or invalid id")
    return value


def _validate_export(data: Any) -> list[tuple[Conversation, list[Message]]]:
    """Check an export completely; its conversations with their messages, parents first."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise _damaged(tr("it does not say it is one"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > EXPORT_VERSION:
        raise _damaged(tr("unknown version {version}").format(version=version))
    raw_conversations = data.get("conversations")
    if not isinstance(raw_conversations, list):
        raise _damaged(tr("no list of conversations"))
    result: list[tuple[Conversation, list[Message]]] = []
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
        created = float(_field(raw, "created_at", (int, float), time.time(), where))
        effort = _field(raw, "reasoning_effort", str, "medium", where)
        if effort not in REASONING_EFFORTS:
            effort = "medium"
        raw_messages = raw.get("messages", [])
        if not isinstance(raw_messages, list):
            raise _damaged(f"{where}: messages is not a list")
        messages: dict[str, Message] = {}
        for m_index, raw_msg in enumerate(raw_messages):
            m_where = f"{where}, message {m_index + 1}"
            message = _message(raw_msg, conv_id, created, m_where)
            if message.id in seen_messages:
                raise _damaged(f"{m_where}: id {message.id} appears twice")
            seen_messages.add(message.id)
            messages[message.id] = message
        leaf = raw.get("active_leaf_id")
        if leaf is not None and leaf not in messages:
            raise _damaged(f"{where}: active_leaf_id names no message of it")
        conversation = Conversation(
            id=conv_id,
            title=_field(raw, "title", str, "", where),
            created_at=created,
            updated_at=float(_field(raw, "updated_at", (int, float), created, where)),
            pinned=bool(_field(raw, "pinned", (bool, int), False, where)),
            developer_instructions=_field(raw, "developer_instructions", str, "", where),
            reasoning_effort=effort,
            model=_field(raw, "model", str, "", where),
            active_leaf_id=leaf,
            deleted_at=None,
        )
        result.append((conversation, _parents_first(messages, where)))
    return result


def _message(raw: Any, conversation_id: str, default_time: float, where: str) -> Message:
    if not isinstance(raw, dict):
        raise _damaged(f"{where} is not an object")
    msg_id = _check_id(raw.get("id"), where)
    role = raw.get("role")
    if role not in ROLES:
        raise _damaged(f"{where}: unknown role")
    status = _field(raw, "status", str, MessageStatus.COMPLETE.value, where)
    if status not in STORED_STATUSES:
        raise _damaged(f"{where}: unknown status")
    parent = raw.get("parent_id")
    if parent is not None:
        _check_id(parent, where)
    sources = _field(raw, "sources", list, [], where)
    if not all(isinstance(s, dict) for s in sources):
        raise _damaged(f"{where}: sources is not a list of objects")
    return Message(
        id=msg_id,
        conversation_id=conversation_id,
        parent_id=parent,
        role=role,
        content=_field(raw, "content", str, "", where),
        reasoning=_field(raw, "reasoning", str, "", where),
        reasoning_seconds=float(_field(raw, "reasoning_seconds", (int, float), 0.0, where)),
        # Nothing imported is being written right now.
        status=(MessageStatus.INTERRUPTED if status == MessageStatus.STREAMING
                else MessageStatus(status)),
        model=_field(raw, "model", str, "", where),
        stats=_field(raw, "stats", dict, {}, where),
        created_at=float(_field(raw, "created_at", (int, float), default_time, where)),
        sources=sources,
    )


def _parents_first(messages: dict[str, Message], where: str) -> list[Message]:
    """Order messages so every parent comes before its children, siblings by creation time.

    A parent outside the file is allowed (it may already be in the database; the import
    checks that), but a cycle is damage.
    """
    ordered: list[Message] = []
    state: dict[str, int] = {}  # 1: being visited, 2: placed
    for start in sorted(messages, key=lambda i: messages[i].created_at):
        chain: list[str] = []
        current: str | None = start
        while current is not None and current in messages and state.get(current) != 2:
            if state.get(current) == 1:
                raise _damaged(f"{where}: messages answer each other in a circle")
            state[current] = 1
            chain.append(current)
            current = messages[current].parent_id
        for msg_id in reversed(chain):
            state[msg_id] = 2
            ordered.append(messages[msg_id])
    return ordered


__all__ = [
    "EXPORT_FORMAT", "EXPORT_VERSION", "ExportFormat", "ImportFormatError", "ImportResult",
    "export_all", "export_json", "export_markdown", "import_file", "import_json",
    "read_export_file", "write_export",
]
