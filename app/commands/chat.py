"""`hearth chat`: one prompt answered from the command line, streamed, or as one JSON object."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands.arguments import text
from app.commands.common import (
    add_engine_arguments,
    exit_code,
    open_engine,
    settings_from,
    stream_answer,
)
from app.core.i18n import tr
from app.core.session import build_session


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("chat", help=tr("answer one prompt with a local model or a server's"))
    add_engine_arguments(p)
    p.add_argument("prompt", type=text, help=tr("what to ask"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    engine = open_engine(args, settings)
    if engine is None:
        return 1
    try:
        session = build_session(engine, settings)
        out = stream_answer(session, args.prompt, args)
        if args.json:
            print(json.dumps(out, ensure_ascii=False, default=str))
        return exit_code(out)
    finally:
        engine.close()
