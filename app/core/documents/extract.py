"""Turn a dropped file into pages of plain text with headings, refusing hostile files clearly."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import logging
import os
import re
import stat
import threading
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from app.core.errors import HearthError
from app.core.i18n import format_number, tr
from app.core.units import KIB, MB, MIB, format_bytes

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


# ---------------------------------------------------------------------------------------------
# Errors: each says what is wrong with which file and what the person can do about it.


class DocumentError(HearthError):
    """A file could not be used as a document; the message names the file and the fix."""

    def __init__(self, message: str, path: str | os.PathLike[str] = "") -> None:
        super().__init__(message)
        self.path = str(path)


class FileTooLarge(DocumentError):
    """The file is over the size cap."""


class TooManyPages(DocumentError):
    """The document has more pages (or text) than the cap allows."""


class EncryptedDocument(DocumentError):
    """The PDF is password-protected."""


class NoTextLayer(DocumentError):
    """The PDF has pages but no text, as a scan without OCR."""


class SuspiciousArchive(DocumentError):
    """The DOCX zip inflates far beyond its size: a zip bomb or a broken file."""


class BinaryFile(DocumentError):
    """The file holds binary data, not text, whatever its name says."""


class UnsupportedFile(DocumentError):
    """Not a kind of file Hearth can read, or not a regular file at all."""


class DamagedFile(DocumentError):
    """The file claims a format but cannot be parsed (truncated, corrupt)."""


class ExtractionCancelled(DocumentError):
    """The user stopped the extraction."""


# ---------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Heading:
    """A heading inside a page: where it starts in the page text, its level and its title."""

    offset: int
    level: int
    title: str


@dataclass
class Page:
    """One page of text (PDF page, DOCX page between breaks, or the whole of a text file)."""

    number: int
    text: str
    headings: list[Heading] = field(default_factory=list)


@dataclass
class Document:
    """What extraction produced for one file. `paged` is False where pages mean nothing (text)."""

    path: str
    title: str
    kind: str
    pages: list[Page]
    paged: bool = True
    line_numbers: bool = False  # page text equals the file's lines (text, Markdown, code)
    notes: list[str] = field(default_factory=list)  # warnings worth showing (encoding guesses)
    sha256: str = ""  # of the file's bytes: the same file attached twice is indexed once

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def char_count(self) -> int:
        return sum(len(p.text) for p in self.pages)


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile or huge file from taking the app down."""

    max_file_bytes: int = 50 * MB
    max_pages: int = 2000
    max_chars: int = 20_000_000
    # DOCX: checked in the zip directory before python-docx inflates anything.
    max_docx_uncompressed: int = 256 * MB
    max_docx_members: int = 5000
    max_docx_ratio: int = 100  # inflated/compressed, for members over docx_ratio_floor
    docx_ratio_floor: int = 4 * MB


# ---------------------------------------------------------------------------------------------
# Kinds

CODE_EXTENSIONS = frozenset(
    ".py .pyi .js .mjs .cjs .ts .tsx .jsx .java .kt .kts .scala .c .h .cc .cpp .cxx .hpp .hh .cs "
    ".go .rs .rb .php .swift .m .mm .sh .bash .zsh .fish .ps1 .bat .cmd .sql .r .lua .pl .pm "
    ".dart .jl .hs .ex .exs .erl .clj .el .vim .json .jsonc .yaml .yml .toml .ini .cfg .conf "
    ".xml .css .scss .sass .less .vue .svelte .gradle .cmake .make .mk .proto .graphql .tf "
    ".dockerfile .ipynb .tex".split()
)
KINDS: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text", ".text": "text", ".log": "text", "": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".rst": "rst", ".rest": "rst",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".csv": "csv", ".tsv": "csv",
}
CODE_NAMES = frozenset({"makefile", "dockerfile", "cmakelists.txt", "readme", "license"})


def kind_of(path: str | os.PathLike[str]) -> str | None:
    """The extractor a file name maps to, or None for a name Hearth does not read."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext in KINDS:
        return KINDS[ext]
    if ext in CODE_EXTENSIONS or p.name.lower() in CODE_NAMES:
        return "code"
    return None


def collect_files(paths: Iterable[str | os.PathLike[str]], *,
                  max_files: int = 10_000) -> list[Path]:
    """Expand dropped folders into the readable files inside (hidden ones skipped), sorted.

    Files named explicitly are kept whatever their extension, so the user hears why one fails.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and d not in {"node_modules", "__pycache__", ".git"})
                for name in sorted(files):
                    if not name.startswith(".") and kind_of(name) is not None and (
                            Path(name).suffix or name.lower() in CODE_NAMES):
                        out.append(Path(root) / name)
                        if len(out) >= max_files:
                            return out
        else:
            out.append(p)
    return out


# ---------------------------------------------------------------------------------------------
# Entry points


def extract(path: str | os.PathLike[str], *, limits: Limits | None = None,
            cancel: threading.Event | None = None, progress: Progress | None = None) -> Document:
    """Read one file into a Document, or raise a DocumentError whose message a person can act on.

    `progress(done_pages, total_pages)` is called as pages are read; setting `cancel` stops the
    work between pages with ExtractionCancelled.
    """
    limits = limits or Limits()
    p = Path(path)
    name = p.name
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise DamagedFile(tr("{name}: the file was not found; it may have been moved or deleted.")
                          .format(name=name), p) from None
    except OSError as exc:
        raise DamagedFile(tr("{name}: the file could not be opened ({reason}).")
                          .format(name=name, reason=exc.strerror or exc), p) from None
    if not stat.S_ISREG(st.st_mode):
        raise UnsupportedFile(tr("{name}: not a regular file, so it cannot be read as a document.")
                              .format(name=name), p)
    if st.st_size > limits.max_file_bytes:
        raise FileTooLarge(
            tr("{name} is {size}; documents can be at most {cap}. Split it into smaller "
               "files.").format(name=name, size=format_bytes(st.st_size),
                                cap=format_bytes(limits.max_file_bytes)), p)
    kind = kind_of(p) or "text"
    _check_cancel(cancel, p)
    try:
        if kind == "pdf":
            doc = _extract_pdf(p, limits, cancel, progress)
        elif kind == "docx":
            doc = _extract_docx(p, limits, cancel, progress)
        else:
            doc = _extract_text_like(p, kind, limits)
    except DocumentError:
        raise
    except MemoryError:
        raise FileTooLarge(tr("{name}: not enough memory to read this file.").format(name=name),
                           p) from None
    except Exception as exc:  # parsers raise anything on hostile input; the user needs one message
        log.warning("extracting %s failed", p, exc_info=True)
        raise DamagedFile(tr("{name} could not be read; it may be damaged or not really a {kind} "
                             "file ({reason}).").format(name=name, kind=kind.upper(),
                                                        reason=type(exc).__name__), p) from exc
    if doc.char_count > limits.max_chars:
        raise TooManyPages(tr("{name} holds more than {cap} characters of text; split it into "
                              "smaller files.").format(
                                  name=name, cap=format_number(limits.max_chars)), p)
    doc.sha256 = _sha256(p)
    if progress and kind not in ("pdf", "docx"):
        progress(1, 1)
    return doc


@dataclass
class ExtractResult:
    """One file's outcome in a batch: a document or the error to show next to its name."""

    path: str
    document: Document | None = None
    error: DocumentError | None = None


def extract_many(paths: Iterable[str | os.PathLike[str]], *, limits: Limits | None = None,
                 cancel: threading.Event | None = None,
                 progress: Callable[[str, int, int], None] | None = None
                 ) -> Iterator[ExtractResult]:
    """Extract files one by one; a bad file yields its error and the batch goes on."""
    for p in collect_files(paths):
        if cancel is not None and cancel.is_set():
            return
        cb: Progress | None = None
        if progress is not None:
            def cb(done: int, total: int, _p: str = str(p)) -> None:
                progress(_p, done, total)
        try:
            yield ExtractResult(str(p), document=extract(p, limits=limits, cancel=cancel,
                                                         progress=cb))
        except ExtractionCancelled:
            return
        except DocumentError as exc:
            yield ExtractResult(str(p), error=exc)


# ---------------------------------------------------------------------------------------------
# PDF


def _extract_pdf(p: Path, limits: Limits, cancel: threading.Event | None,
                 progress: Progress | None) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    name = p.name
    try:
        reader = PdfReader(p, strict=False)
    except PdfReadError as exc:
        raise DamagedFile(tr("{name} is not a readable PDF; it may be truncated or damaged. "
                             "Download or export it again.").format(name=name), p) from exc
    if reader.is_encrypted:
        # Many PDFs carry only an owner password (no printing/copying) and open with an empty one.
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # missing AES backend or broken security handler: still locked to us
            log.info("decrypting %s failed", p, exc_info=True)
            opened = False
        if not opened:
            raise EncryptedDocument(tr("{name} is password-protected. Open it in a PDF viewer, "
                                       "save a copy without a password and attach that.")
                                    .format(name=name), p)
    try:
        total = len(reader.pages)
    except PdfReadError as exc:
        raise DamagedFile(tr("{name} is not a readable PDF; it may be truncated or damaged. "
                             "Download or export it again.").format(name=name), p) from exc
    if total > limits.max_pages:
        raise TooManyPages(tr("{name} has {pages} pages; documents can have at most {cap}. "
                              "Split it into smaller files.").format(
                                  name=name, pages=total, cap=limits.max_pages), p)
    if total == 0:
        raise DamagedFile(tr("{name} has no pages.").format(name=name), p)
    outline = _pdf_outline(reader)
    pages: list[Page] = []
    failed = 0
    chars = 0
    for index in range(total):
        _check_cancel(cancel, p)
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception:  # one broken page should not cost the other pages
            log.info("page %d of %s failed", index + 1, p, exc_info=True)
            text, failed = "", failed + 1
        text = _clean(text)
        chars += len(text)
        if chars > limits.max_chars:
            raise TooManyPages(tr("{name} holds more than {cap} characters of text; split it "
                                  "into smaller files.").format(
                                      name=name, cap=format_number(limits.max_chars)), p)
        headings = [Heading(0, level, title) for level, title in outline.get(index, [])]
        pages.append(Page(index + 1, text, headings))
        if progress:
            progress(index + 1, total)
    empty = sum(1 for page in pages if not page.text.strip())
    if empty == total:
        if failed == total:
            raise DamagedFile(tr("{name}: no page could be read; the PDF may be damaged.")
                              .format(name=name), p)
        raise NoTextLayer(tr("{name} has no text layer (it looks like a scan). Run it through "
                             "OCR, for example “Recognize text” in a PDF tool, and attach the "
                             "result.").format(name=name), p)
    notes = []
    if empty:
        notes.append(tr("{count} of {total} pages have no text (scanned images?) and were skipped.")
                     .format(count=empty, total=total))
    title = ""
    try:
        meta = reader.metadata
        title = str(meta.title).strip() if meta and meta.title else ""
    except Exception:  # broken metadata is no reason to drop the text
        log.debug("no metadata for %s", p, exc_info=True)
    return Document(str(p), title or p.stem, "pdf", pages, paged=True, notes=notes)


def _pdf_outline(reader: object) -> dict[int, list[tuple[int, str]]]:
    """Bookmarks by 0-based page: the only headings a PDF reliably has."""
    out: dict[int, list[tuple[int, str]]] = {}

    def walk(items: object, level: int) -> None:
        if not isinstance(items, list) or level > 8:
            return
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            try:
                page = reader.get_destination_page_number(item)  # type: ignore[attr-defined]
                title = str(item.title).strip()  # type: ignore[attr-defined]
            except Exception:  # a dangling bookmark is common and harmless
                continue
            if page is not None and page >= 0 and title:
                out.setdefault(page, []).append((level, title))

    try:
        walk(reader.outline, 1)  # type: ignore[attr-defined]
    except Exception:  # outline parsing is best effort
        log.debug("outline unreadable", exc_info=True)
    return out


# ---------------------------------------------------------------------------------------------
# DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx_archive(p: Path, limits: Limits) -> None:
    """Refuse zip bombs from the zip directory alone, before anything is inflated.

    zipfile never inflates a member past the size its directory entry declares, so checking
    the declared sizes bounds what python-docx can allocate.
    """
    name = p.name
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise DamagedFile(tr("{name} is not a valid Word .docx file. If it is an older .doc file, "
                             "open it in Word or LibreOffice and save it as .docx.")
                          .format(name=name), p) from exc
    if len(infos) > limits.max_docx_members:
        raise SuspiciousArchive(tr("{name} contains {count} internal parts, far more than a Word "
                                   "file has; it was not opened.").format(
                                       name=name, count=len(infos)), p)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.docx_ratio_floor and \
                info.file_size > limits.max_docx_ratio * max(info.compress_size, 1):
            raise SuspiciousArchive(
                tr("{name} looks like a zip bomb: part {part} would inflate from {small} to "
                   "{big}. It was not opened.").format(
                    name=name, part=info.filename, small=format_bytes(info.compress_size),
                    big=format_bytes(info.file_size)), p)
    if total > limits.max_docx_uncompressed:
        raise SuspiciousArchive(tr("{name} would inflate to {big}, more than the {cap} "
                                   "allowed; it was not opened.").format(
                                       name=name, big=format_bytes(total),
                                       cap=format_bytes(limits.max_docx_uncompressed)), p)
    if not any(info.filename == "word/document.xml" for info in infos):
        raise DamagedFile(tr("{name} is a zip file but not a Word document.").format(name=name), p)


def _extract_docx(p: Path, limits: Limits, cancel: threading.Event | None,
                  progress: Progress | None) -> Document:
    check_docx_archive(p, limits)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(p))
    blocks = list(d.iter_inner_content())
    # Word writes lastRenderedPageBreak where its own layout broke pages; when present it matches
    # the page numbers the user sees. Otherwise only explicit page breaks are known.
    body = d.element.body
    rendered = next(body.iter(_W + "lastRenderedPageBreak"), None) is not None
    pages: list[Page] = []
    parts: list[str] = []
    headings: list[Heading] = []
    size = 0
    number = 1

    def flush() -> None:
        nonlocal parts, headings, size
        pages.append(Page(number, "".join(parts).rstrip("\n"), headings))
        parts, headings, size = [], [], 0

    total = len(blocks)
    for done, block in enumerate(blocks, start=1):
        if done % 200 == 0:
            _check_cancel(cancel, p)
            if progress:
                progress(done, total)
        if isinstance(block, Paragraph):
            text = block.text
            level = _docx_heading_level(block)
            brk_before, brk_after = _docx_breaks(block._p, rendered)
            if brk_before and (parts or pages):
                flush()
                number += 1
            if text.strip():
                if level:
                    headings.append(Heading(size, level, text.strip()))
                parts.append(text + "\n\n")
                size += len(text) + 2
            if brk_after:
                flush()
                number += 1
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if not cells or cells[-1] != value:  # merged cells repeat their text
                        cells.append(value)
                line = " | ".join(cells)
                if line.strip(" |"):
                    parts.append(line + "\n")
                    size += len(line) + 1
            parts.append("\n")
            size += 1
        if number > limits.max_pages:
            raise TooManyPages(tr("{name} has more than {cap} pages; split it into smaller files.")
                               .format(name=p.name, cap=limits.max_pages), p)
        if size > limits.max_chars:
            raise TooManyPages(tr("{name} holds more than {cap} characters of text; split it "
                                  "into smaller files.").format(
                                      name=p.name, cap=format_number(limits.max_chars)), p)
    flush()
    # Trailing breaks leave empty pages; they carry no text to cite.
    while len(pages) > 1 and not pages[-1].text.strip():
        pages.pop()
    if progress:
        progress(total, total)
    if not any(page.text.strip() for page in pages):
        raise DamagedFile(tr("{name} contains no text.").format(name=p.name), p)
    title = (d.core_properties.title or "").strip()
    notes = [] if rendered else [tr("Page numbers follow the page breaks in the file and may "
                                    "differ from Word's layout.")]
    return Document(str(p), title or p.stem, "docx", pages, paged=True, notes=notes)


def _docx_heading_level(paragraph: object) -> int:
    try:
        style = paragraph.style.name or ""  # type: ignore[attr-defined]
    except Exception:  # a missing style definition is no reason to lose the text
        return 0
    if style == "Title":
        return 1
    m = re.match(r"Heading (\d)", style)
    return int(m.group(1)) if m else 0


def _docx_breaks(p_el: object, rendered: bool) -> tuple[bool, bool]:
    """Does a page break come before this paragraph's text, after it, or neither?"""
    seen_text = False
    before = after = False
    for el in p_el.iter():  # type: ignore[attr-defined]
        tag = el.tag
        if tag == _W + "t" and el.text:
            seen_text = True
        elif (rendered and tag == _W + "lastRenderedPageBreak") or (
                not rendered and tag == _W + "br" and el.get(_W + "type") == "page"):
            if seen_text:
                after = True
            else:
                before = True
    if rendered:
        return before or after, False
    return False, before or after


# ---------------------------------------------------------------------------------------------
# Text-like files


def _extract_text_like(p: Path, kind: str, limits: Limits) -> Document:
    data = _read_bounded(p, limits.max_file_bytes)
    text, note = decode_text(data, p)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    notes = [note] if note else []
    title = p.stem
    line_numbers = True
    if kind == "markdown":
        headings = markdown_headings(text)
    elif kind == "rst":
        headings = rst_headings(text)
    elif kind == "code":
        headings = code_headings(text)
    elif kind == "html":
        html_title, text, headings = html_to_text(text)
        title = html_title or title
        line_numbers = False
    elif kind == "csv":
        text = csv_to_text(text, p.suffix.lower() == ".tsv")
        headings = []
        line_numbers = False
    else:
        headings = []
    if not text.strip():
        raise DamagedFile(tr("{name} contains no text.").format(name=p.name), p)
    if title == p.stem and headings and headings[0].level == 1 and \
            kind in ("markdown", "rst", "html"):
        title = headings[0].title
    return Document(str(p), title, kind, [Page(1, text, headings)], paged=False,
                    line_numbers=line_numbers, notes=notes)


def _read_bounded(p: Path, cap: int) -> bytes:
    """Read at most `cap` bytes (the size may change after stat, or lie, as in /proc), and
    stop after the first 64 KB when they are plainly binary."""
    with open(p, "rb") as fh:
        head = fh.read(64 * KIB)
        if _utf16_guess(head) is None and not head.startswith(tuple(b for b, _ in _BOMS)) \
                and b"\0" in head:
            raise _binary(p.name, p)
        data = head + fh.read(max(0, cap + 1 - len(head)))
    if len(data) > cap:
        raise FileTooLarge(tr("{name} is larger than {cap}; split it into smaller files.")
                           .format(name=p.name, cap=format_bytes(cap)), p)
    return data


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_EAST_ASIAN = ("gb18030", "big5", "shift_jis", "euc_kr")


def decode_text(data: bytes, p: Path | None = None) -> tuple[str, str | None]:
    """Decode file bytes; returns (text, note) where note says when the encoding was a guess.

    Raises BinaryFile when the bytes are not text in any encoding we know.
    """
    name = p.name if p else ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(encoding), p), None
            except UnicodeDecodeError:
                break
    sample = data[: 64 * KIB]
    if b"\0" in sample:
        guess = _utf16_guess(sample)
        if guess:
            try:
                return _text_or_binary(data.decode(guess), p), None
            except UnicodeDecodeError:
                pass
        raise _binary(name, p)
    try:
        return _text_or_binary(data.decode("utf-8"), p), None
    except UnicodeDecodeError:
        pass
    for encoding in _EAST_ASIAN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        high = [c for c in text if ord(c) > 0x7F]
        if high and sum(_is_cjk(c) for c in high) >= 0.8 * len(high) and \
                not any(0xE000 <= ord(c) <= 0xF8FF for c in high):
            return _text_or_binary(text, p), tr(
                "The text encoding was guessed as {encoding}; if characters look wrong, save the "
                "file as UTF-8.").format(encoding=encoding.upper().replace("_", "-"))
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _text_or_binary(text, p), tr(
            "The file is not UTF-8; it was read as {encoding}. If characters look wrong, save it "
            "as UTF-8.").format(encoding="Windows-1252" if encoding == "cp1252" else "Latin-1")
    raise _binary(name, p)  # latin-1 decodes anything; kept for type checkers


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 without a BOM puts a NUL beside every ASCII character, all on one side."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _text_or_binary(text: str, p: Path | None) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:65536]
    if sample:
        bad = sum(1 for c in sample if c == "\ufffd" or (
            unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v\x1b"))
        if bad > 0.02 * len(sample) + 2:
            raise _binary(p.name if p else "", p)
    return text


def _binary(name: str, p: Path | None) -> BinaryFile:
    return BinaryFile(tr("{name} contains binary data, not text, even though its name says "
                         "otherwise. Attach the original document instead.").format(name=name),
                      p or "")


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return (0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x2FA1F)


# ---------------------------------------------------------------------------------------------
# Headings in plain-text formats


_MD_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$")
_MD_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def markdown_headings(text: str) -> list[Heading]:
    """ATX (# Title) and setext (Title / ===) headings, ignoring fenced code blocks."""
    out: list[Heading] = []
    offset = 0
    fenced = False
    prev: tuple[int, str] | None = None  # (offset, text) of the previous non-blank line
    for line in text.split("\n"):
        stripped = line.strip()
        if _MD_FENCE.match(line):
            fenced = not fenced
            prev = None
        elif not fenced:
            m = _MD_ATX.match(line)
            if m:
                out.append(Heading(offset, len(m.group(1)), m.group(2).strip()))
                prev = None
            elif prev and stripped and set(stripped) <= {"="} and len(stripped) >= 2:
                out.append(Heading(prev[0], 1, prev[1]))
                prev = None
            elif prev and stripped and set(stripped) <= {"-"} and len(stripped) >= 2:
                out.append(Heading(prev[0], 2, prev[1]))
                prev = None
            else:
                prev = (offset, stripped) if stripped else None
        offset += len(line) + 1
    return out


_RST_ADORN = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1{2,}\s*$")


def rst_headings(text: str) -> list[Heading]:
    """reStructuredText section titles; levels follow the order adornment styles first appear."""
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    styles: list[tuple[str, bool]] = []
    out: list[Heading] = []
    i = 0
    while i < len(lines) - 1:
        line, nxt = lines[i], lines[i + 1]
        over = _RST_ADORN.match(line)
        if over and i + 2 < len(lines) and lines[i + 1].strip() and \
                _RST_ADORN.match(lines[i + 2]) and lines[i + 2][0] == line[0]:
            style = (line[0], True)
            title, start, step = lines[i + 1].strip(), offsets[i], 3
        elif line.strip() and not over and _RST_ADORN.match(nxt) and \
                len(nxt.rstrip()) >= len(line.rstrip()) and not line.startswith(" "):
            style = (nxt[0], False)
            title, start, step = line.strip(), offsets[i], 2
        else:
            i += 1
            continue
        if style not in styles:
            styles.append(style)
        out.append(Heading(start, styles.index(style) + 1, title))
        i += step
    return out


_CODE_DEF = re.compile(
    r"^[ \t]{0,8}(?:export\s+)?(?:pub(?:\(crate\))?\s+)?(?:async\s+)?(?:static\s+)?"
    r"(def|class|function|func|fn|interface|struct|enum|trait|impl|module|type)\s+"
    r"([A-Za-z_$][\w$]*)")


def code_headings(text: str) -> list[Heading]:
    """Definitions (def, class, function, fn, struct, ...) as headings, nested by indent."""
    out: list[Heading] = []
    offset = 0
    for line in text.split("\n"):
        m = _CODE_DEF.match(line)
        if m:
            indent = len(line) - len(line.lstrip())
            out.append(Heading(offset, 1 + min(indent // 4, 5), f"{m.group(1)} {m.group(2)}"))
        offset += len(line) + 1
    return out


# ---------------------------------------------------------------------------------------------
# HTML and CSV


class _HtmlText(HTMLParser):
    """Visible text of an HTML page with its headings; scripts, styles and the head dropped."""

    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
    BLOCK = frozenset({"p", "div", "br", "li", "tr", "section", "article", "header", "footer",
                       "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "hr", "nav",
                       "h1", "h2", "h3", "h4", "h5", "h6", "main", "aside", "figure"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self.skip = 0
        self.title = ""
        self.in_title = False
        self.heading: tuple[int, int, list[str]] | None = None
        self.headings: list[Heading] = []

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag in self.BLOCK:
            self._emit("\n")
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" and not self.skip:
            self._emit("\n")
            self.heading = (self.size, int(tag[1]), [])
        if tag in ("td", "th"):
            self._emit(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if self.heading and tag == f"h{self.heading[1]}":
            title = " ".join("".join(self.heading[2]).split())
            if title:
                self.headings.append(Heading(self.heading[0], self.heading[1], title))
            self.heading = None
            self._emit("\n\n")
        elif tag in self.BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        if self.heading is not None:
            self.heading[2].append(data)
        self._emit(data)


def html_to_text(html: str) -> tuple[str, str, list[Heading]]:
    """(title, visible text, headings) of an HTML document, whitespace tidied per line."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    # Collapse whitespace but keep heading offsets valid by rebuilding them against the result.
    lines: list[str] = []
    mapping: list[tuple[int, int]] = []  # (raw offset, new offset) at each kept line start
    pos = 0
    new = 0
    blank = True
    for line in raw.split("\n"):
        cleaned = " ".join(line.split())
        if cleaned:
            mapping.append((pos, new))
            lines.append(cleaned)
            new += len(cleaned) + 1
            blank = False
        elif not blank:
            lines.append("")
            new += 1
            blank = True
        pos += len(line) + 1
    text = "\n".join(lines).strip("\n")
    headings = []
    for h in parser.headings:
        target = next((n for r, n in mapping if r >= h.offset), None)
        if target is not None:
            headings.append(Heading(target, h.level, h.title))
    return " ".join(parser.title.split()), text, headings


def csv_to_text(text: str, tab: bool) -> str:
    """Rows as 'column: value' lines so a search for a column name finds its values."""
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab if tab else \
            csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    out: list[str] = []
    header: list[str] | None = None
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            out.append(" | ".join(header))
            continue
        pairs = [f"{header[i] if i < len(header) and header[i] else f'column {i + 1}'}: "
                 f"{cell.strip()}" for i, cell in enumerate(row) if cell.strip()]
        out.append("; ".join(pairs))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Helpers


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    """Drop control characters PDF extraction leaves behind; keep layout newlines."""
    return _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def _sha256(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as fh:
        for block in iter(lambda: fh.read(MIB), b""):
            h.update(block)
    return h.hexdigest()


def _check_cancel(cancel: threading.Event | None, p: Path) -> None:
    if cancel is not None and cancel.is_set():
        raise ExtractionCancelled(tr("Reading {name} was cancelled.").format(name=p.name), p)
