"""Split extracted pages into overlapping, heading-aware chunks that never cross a page."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.core.documents.extract import Document, Heading, Page

TokenCounter = Callable[[str], int]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def approx_tokens(text: str) -> int:
    """A tokenizer-free estimate: ~4 characters per token for Latin text, 1 per CJK character."""
    cjk = len(_CJK.findall(text))
    return cjk + (len(text) - cjk + 3) // 4


@dataclass(frozen=True)
class Chunk:
    """A piece of one page, with where it came from: page, first line (text files), heading."""

    ordinal: int
    page: int
    text: str
    heading: str
    tokens: int
    start: int  # offset in the page text
    line: int | None = None


_PARA = re.compile(r"\n[ \t]*\n+")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=\S)|(?<=[。！？；])")
_SPACE = re.compile(r"\s+")


def chunk_document(doc: Document, *, max_tokens: int = 500, overlap: int = 60,
                   count_tokens: TokenCounter = approx_tokens) -> list[Chunk]:
    """Chunks of about `max_tokens` with about `overlap` tokens repeated between neighbours.

    A new heading starts a new chunk (no overlap across it), so each chunk's heading is the
    section it really belongs to; the heading carries over to later pages until the next one.
    """
    if max_tokens < 8:
        raise ValueError("max_tokens must be at least 8")
    overlap = max(0, min(overlap, max_tokens // 2))
    chunks: list[Chunk] = []
    current = ""
    for page in doc.pages:
        for start, end, heading in _sections(page, current):
            current = heading
            for a, b in _pack(page.text, _segments(page.text, start, end, max_tokens,
                                                   count_tokens), max_tokens, overlap):
                raw = page.text[a:b]
                text = raw.strip()
                if not text:
                    continue
                a += len(raw) - len(raw.lstrip())
                line = page.text.count("\n", 0, a) + 1 if doc.line_numbers else None
                chunks.append(Chunk(len(chunks), page.number, text, heading,
                                    count_tokens(text), a, line))
    return chunks


def _sections(page: Page, carried: str) -> list[tuple[int, int, str]]:
    """(start, end, heading) spans of the page, cut at each heading."""
    cuts: list[Heading] = sorted((h for h in page.headings if 0 <= h.offset <= len(page.text)),
                                 key=lambda h: h.offset)
    spans: list[tuple[int, int, str]] = []
    pos, heading = 0, carried
    for h in cuts:
        if h.offset > pos:
            spans.append((pos, h.offset, heading))
        pos, heading = max(pos, h.offset), h.title
    spans.append((pos, len(page.text), heading))
    return spans


def _segments(text: str, start: int, end: int, max_tokens: int,
              count: TokenCounter) -> list[tuple[int, int, int]]:
    """(start, end, tokens) pieces no bigger than max_tokens: paragraphs, else sentences,
    else lines, else words, else fixed character windows."""
    out: list[tuple[int, int, int]] = []
    for a, b in _split(text, start, end, _PARA):
        _refine(text, a, b, max_tokens, count, out, 0)
    return out


_LEVELS = (_SENTENCE, re.compile(r"\n"), _SPACE)


def _refine(text: str, a: int, b: int, max_tokens: int, count: TokenCounter,
            out: list[tuple[int, int, int]], level: int) -> None:
    n = count(text[a:b])
    if n <= max_tokens:
        if text[a:b].strip():
            out.append((a, b, n))
        return
    if level < len(_LEVELS):
        parts = _split(text, a, b, _LEVELS[level])
        if len(parts) > 1:
            for pa, pb in parts:
                _refine(text, pa, pb, max_tokens, count, out, level + 1)
            return
        _refine(text, a, b, max_tokens, count, out, level + 1)
        return
    # No separator left (a CJK run, a base64 blob): cut by characters in proportion.
    width = max(1, (b - a) * max_tokens // max(n, 1))
    for pa in range(a, b, width):
        pb = min(b, pa + width)
        out.append((pa, pb, count(text[pa:pb])))


def _split(text: str, a: int, b: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    pos = a
    for m in sep.finditer(text, a, b):
        if m.end() <= pos:
            continue
        if m.start() > pos:
            parts.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        parts.append((pos, b))
    return parts


def _pack(text: str, segments: list[tuple[int, int, int]], max_tokens: int,
          overlap: int) -> list[tuple[int, int]]:
    """Greedily join segments up to max_tokens; start the next chunk with the tail segments
    worth at most `overlap` tokens."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(segments):
        j, total = i, 0
        while j < len(segments) and (j == i or total + segments[j][2] <= max_tokens):
            total += segments[j][2]
            j += 1
        spans.append((segments[i][0], segments[j - 1][1]))
        if j >= len(segments):
            break
        back, tail = j, 0
        while back - 1 > i and tail + segments[back - 1][2] <= overlap:
            back -= 1
            tail += segments[back][2]
        i = back
    return spans
