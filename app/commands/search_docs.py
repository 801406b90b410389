"""`search-docs`: index documents into a throwaway database and print the best chunks, no model."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from app.commands.arguments import int_range, text
from app.core import db
from app.core.documents import DocumentIndex, Limits, ingest
from app.core.i18n import tr
from app.core.units import MB

CONVERSATION = "search-docs"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search-docs", help=tr("search documents without a model and print the best passages"),
        description=tr("Index the given documents in memory and print the passages that best "
                       "match the query, with file and page."))
    parser.add_argument("--doc", action="append", required=True, metavar="FILE",
                        help=tr("a document or folder to search (repeat for more)"))
    parser.add_argument("--json", action="store_true", help=tr("print JSON instead of text"))
    parser.add_argument("-k", "--top", type=int_range(1, 1000), default=5, metavar="N",
                        help=tr("how many passages to print (default 5)"))
    parser.add_argument("--max-mb", type=int_range(1, 100_000), default=50, metavar="MB",
                        help=tr("largest file to read, in MB (default 50)"))
    parser.add_argument("query", type=text, help=tr("what to look for"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 with results (possibly none), 1 when no document could be read."""
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        # pypdf logs every oddity of a damaged PDF; the per-file error already says what matters.
        logging.getLogger("pypdf").setLevel(logging.ERROR)
    conn = db.connect(db.MEMORY)
    try:
        index = DocumentIndex(conn)
        results = ingest(args.doc, index, CONVERSATION,
                         limits=Limits(max_file_bytes=max(1, args.max_mb) * MB))
        hits = index.search(args.query, CONVERSATION, k=max(1, args.top))
    finally:
        conn.close()
    errors = [r for r in results if not r.ok]
    if args.json:
        payload = {
            "query": args.query,
            "documents": [{"file": r.name, "path": r.path, "pages": r.pages, "chunks": r.chunks,
                           "notes": r.notes} for r in results if r.ok],
            "errors": [{"file": r.name, "path": r.path, "error": r.error,
                        "type": r.error_type} for r in errors],
            "results": [{"rank": i, "file": h.file, "path": h.path, "page": h.page,
                         "line": h.line, "heading": h.heading, "score": round(h.score, 4),
                         "text": h.text} for i, h in enumerate(hits, start=1)],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in errors:
            print(tr("skipped: {error}").format(error=r.error), file=sys.stderr)
        if not hits and any(r.ok for r in results):
            print(tr("No passage matches “{query}”.").format(query=args.query))
        for i, h in enumerate(hits, start=1):
            where = h.file
            if h.page is not None:
                where = tr("{file}, page {page}").format(file=h.file, page=h.page)
            elif h.line is not None:
                where = tr("{file}, line {line}").format(file=h.file, line=h.line)
            if h.heading:
                where += f" — {h.heading}"
            print(f"{i}. {where}  ({h.score:.2f})")
            for line in h.text.splitlines():
                print("   " + line if line.strip() else "")
            print()
    if not any(r.ok for r in results):
        if not args.json:
            print(tr("No document could be read."), file=sys.stderr)
        return 1
    return 0
