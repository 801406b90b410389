"""`hearth ask`: answer a question from documents with a local model, citing where it came from."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import replace
from typing import Any

from app.commands.arguments import text
from app.commands.common import (
    add_engine_arguments,
    exit_code,
    open_engine,
    settings_from,
    stream_answer,
)
from app.core import db
from app.core.documents import DocumentIndex, ingest
from app.core.documents.browser import DocumentBrowser, number_citations
from app.core.documents.for_chat import chat_retriever
from app.core.documents.retrieve import cited_sources
from app.core.i18n import tr
from app.core.session import build_session
from app.core.sources import source_dict
from app.core.tools import Toolbox

CONVERSATION = "ask"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("ask", help=tr("answer a question from documents, with sources"))
    add_engine_arguments(p)
    p.add_argument("--doc", action="append", required=True, metavar="FILE",
                   help=tr("a document or folder to read (repeat for more)"))
    p.add_argument("--tools", action="store_true",
                   help=tr("let the model search the documents itself with its browser tool "
                           "(instead of putting the best passages in the prompt)"))
    p.add_argument("question", type=text, help=tr("what to ask about the documents"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    conn = db.connect(db.MEMORY)
    index = DocumentIndex(conn)
    results = ingest(args.doc, index, CONVERSATION)
    for r in results:
        if not r.ok:
            print(f"{r.name}: {r.error}", file=sys.stderr)
    if not any(r.ok for r in results):
        print(tr("None of the documents could be read."), file=sys.stderr)
        return 1
    engine = open_engine(args, settings)
    if engine is None:
        return 1
    try:
        if args.tools:
            browser = DocumentBrowser(index, CONVERSATION, count_tokens=engine.count_text)
            session = build_session(engine, replace(settings, document_mode="tools"),
                                    retriever=None, tools=Toolbox(browser=browser))
        else:
            session = build_session(engine, settings, retriever=chat_retriever(
                index, CONVERSATION, engine.count_text))
        out = stream_answer(session, args.question, args)
        result = session.result
        sources = result.sources
        if args.tools:
            cited_numbers = sorted(set(result.citations.values()))
            cited = [s for s in sources if s.number in cited_numbers]
            out["answer_numbered"] = number_citations(out["answer"], result.citations)
        else:
            cited = cited_sources(out["answer"], sources)
        out["sources"] = [source_dict(s) for s in sources]
        out["cited"] = [s.number for s in cited]
        out["documents"] = [{"file": r.name, "ok": r.ok, "error": r.error, "pages": r.pages}
                            for r in results]
        if args.json:
            print(json.dumps(out, ensure_ascii=False, default=str))
        else:
            shown = cited or sources
            if shown:
                print("\n" + tr("Sources:"))
                marks: dict[int, list[str]] = {}
                for mark, number in result.citations.items():
                    marks.setdefault(number, []).append(mark)
                for s in shown:
                    how = f" {' '.join(marks[s.number])}" if s.number in marks else ""
                    print(f"  [{s.number}]{how} {s.label()}: {s.excerpt}")
        return exit_code(out)
    finally:
        engine.close()
        conn.close()
