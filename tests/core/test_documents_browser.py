"""The browser tool over documents: search, open, find as gpt-oss's reference browser shows them,
and citations in the trained format turned into sources at the right page (or file line)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import db
from app.core.documents import Document, DocumentIndex, Page
from app.core.documents.browser import (
    DocumentBrowser,
    number_citations,
    wrap_offsets,
)
from app.core.harmony import Conversation, Message

FILLER = ("The maintenance team reviewed the quarterly figures and archived the logs. " * 6)


def manual() -> Document:
    pages = [Page(1, "Introduction\n\n" + FILLER),
             Page(2, FILLER + "\n\nThe Zephyr valve is rated for a maximum operating pressure "
                  "of 38 bar.\n\n" + FILLER),
             Page(3, FILLER + "\n\nTorque the flange bolts to 95 newton metres.")]
    return Document("/docs/manual.pdf", "Plant manual", "pdf", pages)


def notes() -> Document:
    lines = [f"line {i}: nothing to see" for i in range(1, 40)]
    lines[24] = "The backup code for the office alarm is 4417."
    return Document("/docs/notes.md", "notes", "markdown", [Page(1, "\n".join(lines))],
                    paged=False, line_numbers=True)


@pytest.fixture
def index(tmp_path: Path) -> Iterator[DocumentIndex]:
    conn: sqlite3.Connection = db.connect(tmp_path / "h.sqlite3")
    idx = DocumentIndex(conn)
    idx.add_document("c", manual(), max_tokens=120, overlap=10)
    idx.add_document("c", notes(), max_tokens=120, overlap=10)
    yield idx
    conn.close()


def line_of(display: str, needle: str) -> int:
    for ln in display.splitlines():
        m = re.match(r"L(\d+): (.*)", ln)
        if m and needle in m.group(2):
            return int(m.group(1))
    raise AssertionError(f"{needle!r} not shown in:\n{display}")


def test_wrap_keeps_every_character_and_offset() -> None:
    text = "short\n\n" + "word " * 40 + "\nlast\ttab"
    lines = wrap_offsets(text, 30)
    assert all(len(t) <= 30 for t, _ in lines)
    for piece, off in lines:
        assert text[off:off + len(piece)] == piece


def test_search_page_lists_hits_as_links(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    out = b.search("Zephyr valve pressure rating")
    first = out.splitlines()[0]
    assert first == "[0] Zephyr valve pressure rating"
    assert "**viewing lines [0 - " in out
    assert "L0: # Search Results" in out
    assert re.search(r"L2:   \* 【0†manual\.pdf, page 2†manual\.pdf】 .*Zephyr", out)
    outcome = b.call("search", {"query": "Zephyr valve"})
    assert outcome.ok and outcome.summary == "Searched your documents for “Zephyr valve”"
    assert outcome.text.startswith("[1] Zephyr valve")  # the next cursor


def test_open_link_shows_the_document_at_the_hit(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    b.search("Zephyr valve maximum operating pressure")
    page = b.open(0)
    assert page.startswith("[1] Plant manual (manual.pdf)\n**viewing lines [")
    at = line_of(page, "Zephyr valve is rated")
    start = int(re.search(r"viewing lines \[(\d+) - ", page).group(1))  # type: ignore[union-attr]
    assert start <= at <= start + 8  # centred near the passage, a few lines above
    assert "--- page 2 ---" in b.open(-1, loc=0, num_lines=500)  # scrolled: another cursor
    assert b.current == 2


def test_open_pages_by_a_token_budget(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c", view_tokens=60)
    page = b.open("manual.pdf")
    m = re.search(r"viewing lines \[0 - (\d+)\] of (\d+)", page)
    assert m and int(m.group(1)) < int(m.group(2))  # a first view, not the whole document
    nxt = b.open(cursor=0, loc=int(m.group(1)) + 1)
    assert nxt.startswith("[1] Plant manual")
    assert f"viewing lines [{int(m.group(1)) + 1} - " in nxt


def test_find_in_the_open_document(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    b.open("manual.pdf", num_lines=400)
    found = b.find("FLANGE bolts")
    assert found.startswith("[1] Find results for text: `FLANGE bolts` in `Plant manual`")
    assert re.search(r"# 【0†match at L\d+】", found)
    assert "No `find` results for pattern: `zebra`" in b.find("zebra", cursor=0)
    refused = b.call("find", {"pattern": "x"})  # the current page holds find results
    assert not refused.ok and "Cannot run `find`" in refused.text
    opened = b.open(0, cursor=1)  # the match's link leads back into the document
    assert "Torque the flange bolts" in opened


def test_errors_are_answers_for_the_model(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    assert "No pages to access" in b.call("open", {"id": 3}).text
    assert "no such document" in b.call("open", {"id": "missing.pdf"}).text
    b.search("valve")
    assert "Invalid link id" in b.call("open", {"id": 99}).text
    assert "Cannot exceed page maximum" in b.call("open", {"id": 0, "loc": 10_000}).text
    assert b.current == 0  # a failed view adds no page
    assert "must not be empty" in b.call("search", {"query": " "}).text


def test_citations_become_sources_at_the_page(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    b.search("Zephyr valve maximum operating pressure")
    page = b.open(0)
    at = line_of(page, "Zephyr valve is rated")
    answer = f"It is rated for 38 bar【1†L{at}-L{at + 1}】 (see also 【0†L2】)."
    sources, mapping = b.cite(answer)
    first = sources[0]
    assert (first.number, first.file, first.page, first.path) == (1, "manual.pdf", 2,
                                                                  "/docs/manual.pdf")
    assert "Zephyr valve is rated" in first.excerpt
    assert mapping[f"【1†L{at}-L{at + 1}】"] == 1
    # A citation of a search result line is the hit itself (a chunk of page 2).
    assert sources[mapping["【0†L2】"] - 1].chunk_id is not None
    assert number_citations(answer, mapping) == "It is rated for 38 bar[1] (see also [2])."


def test_text_file_citation_gives_the_file_line(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    page = b.open("notes.md", num_lines=100)
    at = line_of(page, "backup code")
    sources, _ = b.cite(f"The code is 4417 【0†L{at}】.")
    assert sources[0].page is None and sources[0].line == 25
    assert sources[0].label() == "notes.md, line 25"


def test_what_was_read_but_not_cited_is_listed_after(index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    b.open("manual.pdf")
    sources, mapping = b.cite("No citation at all.")
    assert mapping == {} and [s.file for s in sources] == ["manual.pdf"]


def test_cursors_continue_after_the_history_and_old_ones_are_closed(
        index: DocumentIndex) -> None:
    b = DocumentBrowser(index, "c")
    history = Conversation([Message("user", "q"),
                            Message("assistant", '{"query": "x"}', tool="browser.search"),
                            Message("tool", "[0] x ...", tool="browser.search"),
                            Message("assistant", "answer")])
    b.start(history)
    assert b.search("valve").startswith("[1] valve")
    assert "earlier answer" in b.call("open", {"id": 0, "cursor": 0}).text


def test_note_names_the_documents(index: DocumentIndex) -> None:
    note = DocumentBrowser(index, "c").note()
    assert "manual.pdf (3 pages)" in note and "notes.md" in note and "not the web" in note
    assert DocumentBrowser(index, "other").note() == ""
