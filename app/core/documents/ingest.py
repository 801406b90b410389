"""Attach files to a conversation: extract, chunk and index each, one bad file never stopping
the rest. The GUI's ingestion worker and the headless commands both call `ingest`."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.documents.chunk import TokenCounter, approx_tokens
from app.core.documents.extract import (
    DocumentError,
    ExtractionCancelled,
    Limits,
    collect_files,
    extract,
)
from app.core.documents.index import DocumentIndex


@dataclass
class IngestResult:
    """One file's outcome: the document id, or the error to show beside the file name."""

    path: str
    doc_id: int | None = None
    error: str = ""
    error_type: str = ""
    pages: int = 0
    chunks: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.doc_id is not None

    @property
    def name(self) -> str:
        return Path(self.path).name


def ingest(paths: Iterable[str | os.PathLike[str]], index: DocumentIndex, conversation_id: str,
           *, limits: Limits | None = None, cancel: threading.Event | None = None,
           progress: Callable[[str, int, int], None] | None = None,
           max_tokens: int = 500, overlap: int = 60,
           count_tokens: TokenCounter = approx_tokens) -> list[IngestResult]:
    """Index files (folders expanded) into a conversation; one result per file, in order.

    `progress(path, done_pages, total_pages)` reports each file as it is read. When `cancel` is
    set the file in hand is dropped whole and the rest are skipped (not reported).
    """
    results: list[IngestResult] = []
    for p in collect_files(paths):
        if cancel is not None and cancel.is_set():
            break
        path = str(p)

        def on_pages(done: int, total: int, _path: str = path) -> None:
            if progress is not None:
                progress(_path, done, total)

        try:
            doc = extract(p, limits=limits, cancel=cancel, progress=on_pages)
            doc_id = index.add_document(conversation_id, doc, max_tokens=max_tokens,
                                        overlap=overlap, count_tokens=count_tokens,
                                        cancel=cancel)
        except ExtractionCancelled:
            break
        except DocumentError as exc:
            results.append(IngestResult(path, error=str(exc), error_type=type(exc).__name__))
            continue
        info = index.get_document(doc_id)
        results.append(IngestResult(path, doc_id, pages=len(doc.pages),
                                    chunks=info.chunk_count if info else 0, notes=doc.notes))
    return results
