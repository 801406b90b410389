"""`hearth chat`: one prompt answered from the command line, streamed, or as one JSON object;
with `--conversation` the exchange is saved in the history (the window shows it) and continued
from there, with the conversation's saved KV state so nothing is read twice."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.commands.arguments import text
from app.commands.common import (
    add_engine_arguments,
    exit_code,
    open_engine,
    settings_from,
    stream_answer,
)
from app.core import storage
from app.core.history import title_from
from app.core.i18n import tr
from app.core.session import build_session, saved_states
from app.core.settings import paths

NEW = "new"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("chat", help=tr("answer one prompt with a local model or a server's"))
    add_engine_arguments(p)
    p.add_argument("--conversation", metavar="ID",
                   help=tr("save the exchange in the history: 'new' starts a conversation (its id "
                           "is printed), an id continues one"))
    p.add_argument("--no-saved-state", action="store_true",
                   help=tr("read no saved model state for this turn (the prompt is read again)"))
    p.add_argument("prompt", type=text, help=tr("what to ask"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    store: storage.Store | None = None
    if args.conversation:
        store = storage.Store.open(paths().ensure().database)
        if args.conversation != NEW and not _usable(store, args.conversation):
            store.close()
            return 1
    engine = open_engine(args, settings)
    if engine is None:
        if store is not None:
            store.close()
        return 1
    states = saved_states(engine, settings)
    try:
        conversation_id: str | None = None
        if store is not None:
            conversation_id = args.conversation
            if conversation_id == NEW:
                conversation_id = store.create_conversation(
                    title_from(args.prompt), developer_instructions=args.system,
                    reasoning_effort=args.reasoning, model=engine.info.name).id
        session = build_session(engine, settings, store=store, conversation_id=conversation_id,
                                states=states)
        out = stream_answer(session, args.prompt, args,
                            use_saved_state=not args.no_saved_state)
        if conversation_id is not None:
            out["conversation_id"] = conversation_id
        if states is not None:
            # This process ends here: the conversation leaves the engine.
            saved = states.save_current()
            out["state_saved"] = None if saved is None else saved.to_dict()
            out["states_written"] = [s.to_dict() for s in states.saves]
        if args.json:
            print(json.dumps(out, ensure_ascii=False, default=str))
        elif conversation_id is not None:
            print(tr("Conversation: {id}").format(id=conversation_id), file=sys.stderr)
        return exit_code(out)
    finally:
        engine.close()
        if store is not None:
            store.close()


def _usable(store: storage.Store, conversation_id: str) -> bool:
    """Whether the conversation can be continued; says why on stderr when not."""
    try:
        conv = store.get_conversation(conversation_id)
    except storage.NotFoundError:
        print(tr("No conversation has the id {id}. `hearth conversations list` shows them.")
              .format(id=conversation_id), file=sys.stderr)
        return False
    if conv.deleted_at is not None:
        print(tr("The conversation {id} is in the trash.").format(id=conversation_id),
              file=sys.stderr)
        return False
    return True
