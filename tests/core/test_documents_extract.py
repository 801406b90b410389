"""Extraction of real PDF, DOCX and text files, and clear errors for hostile ones."""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import pytest

from app.core.documents import (
    BinaryFile,
    DamagedFile,
    EncryptedDocument,
    ExtractionCancelled,
    FileTooLarge,
    Limits,
    NoTextLayer,
    SuspiciousArchive,
    TooManyPages,
    UnsupportedFile,
    collect_files,
    extract,
    extract_many,
)
from app.core.documents.extract import decode_text
from app.core.errors import HearthError
from tests.fixtures.docs_build import (
    make_binary_garbage,
    make_blank_pdf,
    make_docx,
    make_encrypted_pdf,
    make_fifo,
    make_pdf,
    make_sparse_text,
    make_truncated_pdf,
    make_zip_bomb_docx,
)


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "home"))


def test_pdf_pages_text_and_outline(tmp_path: Path) -> None:
    pages = [f"Page {n} talks about topic {n}." for n in range(1, 6)]
    pages[3] += " The cobalt key opens the north gate."
    pdf = make_pdf(tmp_path / "r.pdf", pages, title="Field Report",
                   outline=[("Intro", 1), ("Gates", 4)])
    seen: list[tuple[int, int]] = []
    doc = extract(pdf, progress=lambda done, total: seen.append((done, total)))
    assert doc.kind == "pdf" and doc.paged and doc.title == "Field Report"
    assert [p.number for p in doc.pages] == [1, 2, 3, 4, 5]
    assert "cobalt key" in doc.pages[3].text and "cobalt" not in doc.pages[2].text
    assert [h.title for h in doc.pages[3].headings] == ["Gates"]
    assert seen == [(n, 5) for n in range(1, 6)]
    assert len(doc.sha256) == 64


def test_docx_headings_page_breaks_and_tables(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "h.docx", [
        ("Leave", ["Staff get 27 days of leave."]),
        ("Travel", ["Economy class for short flights."]),
        ("Pay", ["Salaries are paid monthly."]),
    ], page_break_after=[0, 1], table=[["Grade", "Rate"], ["G1", "55"]])
    doc = extract(path)
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert "27 days" in doc.pages[0].text and "Economy" in doc.pages[1].text
    assert doc.pages[1].headings[0].title == "Travel"
    assert doc.pages[1].text[doc.pages[1].headings[0].offset:].startswith("Travel")
    assert "G1 | 55" in doc.pages[2].text


def test_text_formats_headings(tmp_path: Path) -> None:
    md = tmp_path / "n.md"
    md.write_text("# Guide\n\nintro\n\n```\n# not a heading\n```\n\nSetup\n-----\n\nsteps\n")
    doc = extract(md)
    assert [(h.level, h.title) for h in doc.pages[0].headings] == [(1, "Guide"), (2, "Setup")]
    assert doc.title == "Guide" and doc.line_numbers and not doc.paged

    rst = tmp_path / "n.rst"
    rst.write_text("=====\nTitle\n=====\n\nBody\n\nPart\n----\n\nMore\n\nSub\n~~~\n\nx\n")
    levels = [(h.level, h.title) for h in extract(rst).pages[0].headings]
    assert levels == [(1, "Title"), (2, "Part"), (3, "Sub")]

    html = tmp_path / "p.html"
    html.write_text("<html><head><title>Docs</title><style>.x{color:red}</style></head><body>"
                    "<script>alert('x')</script><h1>Install</h1><p>Run &amp; enjoy.</p>"
                    "<h2>Use</h2><p>Type a question.</p></body></html>")
    hdoc = extract(html)
    text = hdoc.pages[0].text
    assert hdoc.title == "Docs" and "Run & enjoy." in text
    assert "alert" not in text and "color" not in text
    assert [(h.title, text[h.offset:h.offset + len(h.title)]) for h in hdoc.pages[0].headings] \
        == [("Install", "Install"), ("Use", "Use")]

    csv_file = tmp_path / "t.csv"
    csv_file.write_text("city,population\nOslo,709000\nBergen,291000\n")
    assert "city: Bergen; population: 291000" in extract(csv_file).pages[0].text

    code = tmp_path / "m.py"
    code.write_text("import os\n\nclass Store:\n    def save(self):\n        pass\n")
    titles = [h.title for h in extract(code).pages[0].headings]
    assert titles == ["class Store", "def save"]


@pytest.mark.parametrize(("data", "expected", "noted"), [
    ("héllo wörld 你好".encode(), "héllo wörld 你好", False),
    ("utf-16 text ünïcode".encode("utf-16"), "utf-16 text ünïcode", False),
    ("\ufeffutf-8 with a BOM".encode(), "utf-8 with a BOM", False),
    ("no bom utf16 text, plain ascii mostly".encode("utf-16-le"),
     "no bom utf16 text, plain ascii mostly", False),
    ("café crème brûlée – “quoted”".encode("cp1252"), "café crème brûlée – “quoted”", True),
    ("这是一个用国标编码保存的中文文件，内容是关于阀门的说明。".encode("gb18030"),
     "这是一个用国标编码保存的中文文件，内容是关于阀门的说明。", True),
])
def test_encodings(data: bytes, expected: str, noted: bool) -> None:
    text, note = decode_text(data)
    assert text == expected
    assert bool(note) is noted


def test_control_heavy_text_is_binary() -> None:
    with pytest.raises(BinaryFile):
        decode_text(bytes(range(1, 32)) * 40)


def test_hostile_files_each_fail_clearly(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", ["Alpha page.", "Beta page with the cobalt key."])
    cases: dict[str, type[HearthError]] = {
        str(make_truncated_pdf(tmp_path / "cut.pdf", good)): DamagedFile,
        str(make_encrypted_pdf(tmp_path / "locked.pdf")): EncryptedDocument,
        str(make_blank_pdf(tmp_path / "scan.pdf")): NoTextLayer,
        str(make_zip_bomb_docx(tmp_path / "bomb.docx")): SuspiciousArchive,
        str(make_sparse_text(tmp_path / "huge.txt")): FileTooLarge,
        str(make_binary_garbage(tmp_path / "garbage.txt")): BinaryFile,
    }
    old_doc = tmp_path / "old.docx"
    old_doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)  # an OLE .doc renamed
    cases[str(old_doc)] = DamagedFile
    fifo = make_fifo(tmp_path / "pipe.txt")
    if fifo is not None:
        cases[str(fifo)] = UnsupportedFile
    notes = tmp_path / "notes.txt"
    notes.write_text("The meeting moved to Thursday.")
    paths = [*cases, str(good), str(notes)]
    results = {r.path: r for r in extract_many(paths)}
    assert set(results) == set(paths)
    for path, kind in cases.items():
        err = results[path].error
        assert isinstance(err, kind), (path, err)
        assert Path(path).name in str(err) and len(str(err)) > 30
        assert results[path].document is None
    assert results[str(good)].document is not None
    assert "cobalt" in results[str(good)].document.pages[1].text  # type: ignore[union-attr]
    assert results[str(notes)].document is not None


def test_huge_text_file_is_not_read(tmp_path: Path) -> None:
    huge = make_sparse_text(tmp_path / "huge.txt")
    tracemalloc.start()
    try:
        # 200 MiB against the 50 MB cap, both written by units.format_bytes (decimal units).
        with pytest.raises(FileTooLarge, match=r"huge\.txt is 209\.7 MB; .* at most 50\.0 MB"):
            extract(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    # Under a raised cap, the zeros are found binary in the first 64 KB; the rest is not read.
    tracemalloc.start()
    try:
        with pytest.raises(BinaryFile):
            extract(huge, limits=Limits(max_file_bytes=1024 * 1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_encrypted_pdf_with_empty_user_password_opens(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "owner.pdf", text="Readable but restricted",
                              password="")
    assert "Readable but restricted" in extract(path).pages[0].text


def test_limits_pages_and_archive_size(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "long.pdf", [f"page {n}" for n in range(5)])
    with pytest.raises(TooManyPages, match="5 pages"):
        extract(pdf, limits=Limits(max_pages=3))
    docx_file = make_docx(tmp_path / "d.docx", [("A", ["x"])])
    with pytest.raises(SuspiciousArchive):
        extract(docx_file, limits=Limits(max_docx_uncompressed=10_000))
    assert extract(docx_file).pages[0].text.startswith("A")


def test_cancel_stops_between_pages(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "c.pdf", [f"page {n} text" for n in range(1, 9)])
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 2:
            cancel.set()

    with pytest.raises(ExtractionCancelled):
        extract(pdf, cancel=cancel, progress=progress)
    assert seen == [1, 2]


def test_collect_files_expands_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.md").write_text("# x")
    (tmp_path / "a" / "y.bin").write_bytes(b"\0")
    (tmp_path / "a" / ".hidden.md").write_text("no")
    (tmp_path / "a" / ".git").mkdir()
    (tmp_path / "a" / ".git" / "z.md").write_text("no")
    (tmp_path / "a" / "src").mkdir()
    (tmp_path / "a" / "src" / "m.py").write_text("x = 1")
    names = [p.name for p in collect_files([tmp_path / "a", tmp_path / "explicit.bin"])]
    assert names == ["x.md", "m.py", "explicit.bin"]
