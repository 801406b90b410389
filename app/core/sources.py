"""A numbered source under an answer (a document page or passage), and its saved JSON form."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from app.core.i18n import tr


@dataclass(frozen=True)
class Source:
    """One numbered source shown under an answer: a click opens `path` (at `page` if any)."""

    number: int
    file: str
    page: int | None
    heading: str
    excerpt: str
    path: str
    line: int | None = None
    doc_id: int = 0
    chunk_id: int | None = None  # None when the source is a whole page or document

    def label(self) -> str:
        """'report.pdf, page 3', 'notes.md, line 40' or just the file name."""
        if self.page is not None:
            return tr("{file}, page {page}").format(file=self.file, page=self.page)
        if self.line is not None:
            return tr("{file}, line {line}").format(file=self.file, line=self.line)
        return self.file


def source_dict(source: Any) -> dict[str, Any]:
    """A source as JSON-able data (saved with the message, printed by `ask --json`): the one
    serialization of sources. A dict (already saved) passes through; any other dataclass is
    turned into its fields, non-JSON values as text; anything else becomes {"text": ...}."""
    if isinstance(source, dict):
        return source
    if dataclasses.is_dataclass(source) and not isinstance(source, type):
        return {k: (v if isinstance(v, int | float | str | None) else str(v))
                for k, v in dataclasses.asdict(source).items()}
    return {"text": str(source)}


__all__ = ["Source", "source_dict"]
