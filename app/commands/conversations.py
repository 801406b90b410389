"""`hearth conversations list|show|export|delete`: the history, from scripts (the window reads the
same database, so it sees what these change)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core import history_io, storage
from app.core.i18n import tr
from app.core.kv_cache import StateStore
from app.core.settings import paths


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("conversations", help=tr("list, show, export or delete saved "
                                                       "conversations"))
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help=tr("the conversations, most recent first"))
    ls.add_argument("--limit", type=int, default=None, metavar="N")
    show = sub.add_parser("show", help=tr("the messages of one conversation (the branch on "
                                          "screen)"))
    show.add_argument("id")
    export = sub.add_parser("export", help=tr("one conversation as Markdown or JSON (every "
                                              "branch)"))
    export.add_argument("id")
    export.add_argument("--format", choices=("markdown", "json"), default="markdown")
    export.add_argument("--output", "-o", metavar="FILE", type=Path,
                        help=tr("write to this file instead of printing"))
    delete = sub.add_parser("delete", help=tr("move a conversation to the trash (its saved "
                                              "model state is deleted)"))
    delete.add_argument("id")
    for q in (ls, show, export, delete):
        q.add_argument("--json", action="store_true", help=tr("print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    actions: dict[str, Callable[[storage.Store, argparse.Namespace], Any]] = {
        "list": _list, "show": _show, "export": _export, "delete": _delete}
    with storage.Store.open(paths().ensure().database) as store:
        try:
            out = actions[args.action](store, args)
        except storage.NotFoundError:
            print(tr("No conversation has the id {id}. `hearth conversations list` shows them.")
                  .format(id=getattr(args, "id", "")), file=sys.stderr)
            return 1
    if out is not None:
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str) if args.json else out)
    return 0


def _summary(c: storage.Conversation) -> dict[str, Any]:
    return {"id": c.id, "title": c.title, "created_at": c.created_at,
            "updated_at": c.updated_at, "pinned": c.pinned, "model": c.model,
            "reasoning_effort": c.reasoning_effort}


def _list(store: storage.Store, args: argparse.Namespace) -> Any:
    conversations = store.list_conversations(limit=args.limit)
    if args.json:
        return [_summary(c) for c in conversations]
    return "\n".join(f"{c.id}  {c.title or tr('New conversation')}" for c in conversations) \
        or None


def _live(store: storage.Store, conversation_id: str) -> storage.Conversation:
    conv = store.get_conversation(conversation_id)
    if conv.deleted_at is not None:
        raise storage.NotFoundError(conversation_id)  # in the trash: as gone, for scripts
    return conv


def _show(store: storage.Store, args: argparse.Namespace) -> Any:
    conv = _live(store, args.id)
    path = store.active_path(args.id)
    if args.json:
        return {**_summary(conv), "developer_instructions": conv.developer_instructions,
                "messages": [{"id": m.id, "role": m.role, "content": m.content,
                              "reasoning": m.reasoning, "status": m.status.value,
                              "stats": m.stats, "created_at": m.created_at} for m in path]}
    lines = [f"# {conv.title or tr('New conversation')}"]
    for m in path:
        who = tr("You") if m.role == "user" else tr("Assistant")
        lines += ["", f"## {who}", m.content]
    return "\n".join(lines)


def _export(store: storage.Store, args: argparse.Namespace) -> Any:
    _live(store, args.id)
    if args.output is not None:
        written = history_io.write_export(store, args.output, args.id, fmt=args.format)
        return {"written": str(written)} if args.json else None
    if args.format == "json":
        data = history_io.export_json(store, args.id)
        return data if args.json else json.dumps(data, ensure_ascii=False, indent=2)
    text = history_io.export_markdown(store, args.id)
    return {"markdown": text} if args.json else text.rstrip("\n")


def _delete(store: storage.Store, args: argparse.Namespace) -> Any:
    _live(store, args.id)
    store.delete_conversation(args.id)
    StateStore.default(0).delete_conversation(args.id)
    return {"deleted": args.id} if args.json else tr("Moved to the trash: {id}").format(
        id=args.id)
