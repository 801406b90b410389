"""Markdown to QTextDocument with Qt's own renderer, plus Pygments-highlighted code frames.

A message is split into prose and fenced code. Prose goes through `QTextCursor.insertMarkdown`;
each code block becomes a QTextFrame (background, padding, a header strip the painter uses for
the language and the copy button) filled token by token with Pygments colors.

Message text is hostile input (a pasted or imported message, a model steered by a document): raw
HTML is shown as text, images are replaced by their alt text and the document loads no resource
from anywhere, and a message that cannot be rendered is shown as plain text.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pygments.lexer import Lexer, RegexLexer
from pygments.lexers import TextLexer, find_lexer_class_by_name, get_lexer_by_name
from pygments.styles import get_style_by_name
from pygments.util import ClassNotFound
from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
)

from app.ui.theme import Colors
from app.workers.jobs import detached

log = logging.getLogger(__name__)

FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*$")
CODE_HEADER = 26  # px above the code inside each frame: language label and copy button
CODE_PAD = 10
LINE_HEIGHT = 135  # percent: prose reads better with some air between lines
# Raw HTML in a message is text, never markup: no spoofed links, no <img> (GitHub's dialect
# otherwise, for tables, task lists and autolinks).
MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)
# Longer messages are shown as plain text: Qt's Markdown importer and layout grow faster than
# linearly on some inputs, and nobody reads half a megabyte of formatting.
MARKDOWN_MAX_CHARS = 300_000


@dataclass
class Segment:
    kind: str  # "text" | "code"
    text: str
    language: str = ""
    closed: bool = True


def split_markdown(text: str) -> list[Segment]:
    """Prose and fenced code blocks, in order; an unclosed fence runs to the end (streaming)."""
    segments: list[Segment] = []
    prose: list[str] = []
    code: list[str] = []
    fence = ""
    language = ""
    for line in text.split("\n"):
        if not fence:
            m = FENCE.match(line)
            if m:
                if prose:
                    segments.append(Segment("text", "\n".join(prose)))
                    prose = []
                fence = m.group(2)
                language = m.group(3)
                code = []
            else:
                prose.append(line)
        else:
            stripped = line.strip()
            if stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
                segments.append(Segment("code", "\n".join(code), language))
                fence = ""
            else:
                code.append(line)
    if fence:
        segments.append(Segment("code", "\n".join(code), language, closed=False))
    elif prose and any(p.strip() for p in prose):
        segments.append(Segment("text", "\n".join(prose)))
    return segments


@dataclass
class CodeBlock:
    frame: QTextFrame
    code: str
    language: str


class MessageDocument(QTextDocument):
    """A message's document. It loads no resource: an image named by a message (`/dev/zero`, a
    network share, a huge file) is never read, whatever slips past the image filter below."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        shown = name.toString() if isinstance(name, QUrl) else str(name)
        log.debug("refused to load resource %s for a message", shown[:200])
        return None


@dataclass
class Rendered:
    """A laid-out message document and where its code blocks are."""

    doc: QTextDocument
    code_blocks: list[CodeBlock] = field(default_factory=list)
    tail: QTextCursor | None = None  # where streamed plain text is appended
    rendered_chars: int = 0  # how much of the source text `doc` holds
    plain: bool = False  # shown as plain text (too long, or Markdown rendering failed)


def mono_font(base: QFont) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(base.pointSizeF() * 0.9, 8.0))
    return font


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer:
    if language:
        try:
            return get_lexer_by_name(language, stripnl=False, ensurenl=False)
        except ClassNotFound:
            pass
    return _PLAIN


_PLAIN = TextLexer(stripnl=False, ensurenl=False)


class LexerNotifier(QObject):
    """`ready` is emitted on the GUI thread when a lexer compiled in the background can be used:
    views drop their rendered documents so code blocks get their colors."""

    ready = Signal(str)


lexers = LexerNotifier()
_compiling: set[str] = set()
_compiling_lock = threading.Lock()


_ready: set[str] = set()  # languages known to need no compiling any more (a lookup costs 0.3 ms)


def _is_compiled(language: str) -> bool:
    if language in _ready:
        return True
    try:
        cls = find_lexer_class_by_name(language)
    except ClassNotFound:
        ready = True  # plain text: nothing to compile
    else:
        # Hand-written lexers (JSON, ...) have no rules; pygments compiles a regex lexer's rules
        # once per class, into `_tokens`.
        ready = not issubclass(cls, RegexLexer) or "_tokens" in cls.__dict__
    if ready:
        _ready.add(language)
    return ready


def lexer_for(language: str) -> Lexer:
    """The lexer for `language`, never compiling one on the GUI thread: there a new language is
    shown plain while its lexer compiles in the background (0.1-0.2 s of regex compiling)."""
    app = QCoreApplication.instance()
    on_gui = app is not None and QThread.currentThread() is app.thread()
    if not language or not on_gui or _is_compiled(language):
        return _lexer(language)
    with _compiling_lock:
        if language in _compiling:
            return _PLAIN
        _compiling.add(language)

    def work() -> None:
        try:
            _lexer(language)
        finally:
            with _compiling_lock:
                _compiling.discard(language)
            lexers.ready.emit(language)

    detached(work, "compiling a lexer")
    return _PLAIN


# The first lexer of a language compiles its regular expressions (0.1-0.2 s for Python): the
# common ones are prepared on a background thread at startup (app.ui.warmup).
WARM_LANGUAGES = ("python", "bash", "javascript", "typescript", "json", "c", "cpp", "java",
                  "rust", "go", "sql", "yaml", "html", "css")


def warm_lexer(language: str) -> None:
    """Compile `language`'s lexer now (any thread), so the first code block in it is quick."""
    _lexer(language)


@lru_cache(maxsize=8)
def _token_formats(style_name: str) -> dict[object, QTextCharFormat]:
    style = get_style_by_name(style_name)
    formats: dict[object, QTextCharFormat] = {}
    for ttype, spec in style:
        fmt = QTextCharFormat()
        if spec["color"]:
            fmt.setForeground(QColor("#" + spec["color"]))
        if spec["bold"]:
            fmt.setFontWeight(QFont.Weight.Bold)
        if spec["italic"]:
            fmt.setFontItalic(True)
        formats[ttype] = fmt
    return formats


def _format_for(formats: dict[object, QTextCharFormat], ttype: object) -> QTextCharFormat | None:
    t = ttype
    while t is not None:
        fmt = formats.get(t)
        if fmt is not None and (fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
                                or fmt.hasProperty(QTextFormat.Property.FontWeight)):
            return fmt
        t = getattr(t, "parent", None)
    return None


def _new_document(font: QFont) -> MessageDocument:
    doc = MessageDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    return doc


def render(text: str, colors: Colors, font: QFont, *, muted: bool = False,
           plain: bool = False) -> Rendered:
    """A QTextDocument for one message (prose via Qt's Markdown, code via Pygments); plain text
    when asked, when the message is very long, or when rendering it fails."""
    if plain or len(text) > MARKDOWN_MAX_CHARS:
        return render_plain(text, colors, font, muted=muted)
    try:
        return _render_markdown(text, colors, font, muted=muted)
    except Exception:
        log.exception("a message could not be rendered; showing it as plain text")
        return render_plain(text, colors, font, muted=muted)


def render_plain(text: str, colors: Colors, font: QFont, *, muted: bool = False) -> Rendered:
    """The message's characters as they are, no Markdown."""
    doc = _new_document(font)
    cursor = QTextCursor(doc)
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colors.muted if muted else colors.text))
    block = QTextBlockFormat()
    block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.setBlockFormat(block)
    cursor.insertText(text, fmt)
    return Rendered(doc, tail=cursor, rendered_chars=len(text), plain=True)


def _render_markdown(text: str, colors: Colors, font: QFont, *, muted: bool) -> Rendered:
    doc = _new_document(font)
    result = Rendered(doc)
    cursor = QTextCursor(doc)
    text_color = QColor(colors.muted if muted else colors.text)
    mono = mono_font(font)
    segments = split_markdown(text)
    for seg in segments:
        if seg.kind == "text":
            prose = seg.text.strip("\n")
            if not prose.strip():
                continue
            # After a code frame the cursor already sits in the empty block Qt keeps there.
            start = cursor.position()
            cursor.insertMarkdown(prose, MARKDOWN_FEATURES)
            _replace_images(doc, start, cursor.position(), colors)
            _polish_prose(doc, start, cursor.position(), colors, text_color, mono)
            _collapse_if_empty(doc.findBlock(start))
        else:
            result.code_blocks.append(_insert_code(cursor, seg, colors, mono))
            cursor = doc.rootFrame().lastCursorPosition()
    result.tail = QTextCursor(cursor)
    if result.code_blocks and segments and not segments[-1].closed:
        # Streaming inside an open fence: new text belongs in the frame.
        result.tail = result.code_blocks[-1].frame.lastCursorPosition()
    result.rendered_chars = len(text)
    return result


def append_plain(rendered: Rendered, text: str) -> None:
    """Append streamed text without re-parsing (the next full render formats it)."""
    if rendered.tail is None or not text:
        return
    rendered.tail.insertText(text)
    rendered.rendered_chars += len(text)


def image_placeholder(alt: str) -> str:
    alt = " ".join(alt.split())
    return (QCoreApplication.translate("markdown", "[image: {alt}]").format(alt=alt) if alt
            else QCoreApplication.translate("markdown", "[image]"))


def _replace_images(doc: QTextDocument, start: int, end: int, colors: Colors) -> None:
    """Every image Qt's importer made in [start, end) becomes its alt text: a message never
    shows an image, so it never makes Hearth read a file or a network path it names."""
    images: list[tuple[int, int, str, str]] = []  # position, length, source, alt text
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat() if frag.isValid() else None
            if fmt is not None and fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                alt = str(fmt.property(QTextFormat.Property.ImageAltText) or "")
                last = images[-1] if images else None
                # "![a *b*](x)" arrives as one image per piece of alt text.
                if last and last[2] == name and last[0] + last[1] == frag.position():
                    images[-1] = (last[0], last[1] + frag.length(), name, last[3] + alt)
                else:
                    images.append((frag.position(), frag.length(), name, alt))
            it += 1
        block = block.next()
    if not images:
        return
    fmt = QTextCharFormat()
    fmt.setFontItalic(True)
    fmt.setForeground(QColor(colors.muted))
    for position, length, _name, alt in reversed(images):
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(image_placeholder(alt), fmt)


def _collapse_if_empty(block: QTextBlock) -> None:
    """Qt's importer may leave the block it started in empty (before a list or heading):
    make it take no room instead of a blank line."""
    if block.isValid() and not block.text() and block.next().isValid():
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        fmt.setTopMargin(0)
        fmt.setBottomMargin(0)
        QTextCursor(block).setBlockFormat(fmt)


def _polish_prose(doc: QTextDocument, start: int, end: int, colors: Colors, text_color: QColor,
                  mono: QFont) -> None:
    """Line spacing, heading sizes, colors and inline-code chips Qt's importer leaves plain."""
    block = doc.findBlock(start)
    base_size = doc.defaultFont().pointSizeF()
    while block.isValid() and block.position() <= end:
        bfmt = QTextBlockFormat(block.blockFormat())
        level = bfmt.headingLevel()
        bfmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if level:
            bfmt.setTopMargin(10)
            bfmt.setBottomMargin(4)
        else:
            bfmt.setBottomMargin(max(bfmt.bottomMargin(), 6))
        cur = QTextCursor(block)
        cur.setBlockFormat(bfmt)
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                cfmt = frag.charFormat()
                change = QTextCharFormat()
                if level:
                    change.setFontPointSize(base_size * {1: 1.45, 2: 1.3, 3: 1.15}.get(level, 1.05))
                    change.setFontWeight(QFont.Weight.DemiBold)
                if cfmt.fontFixedPitch() or cfmt.font().fixedPitch():
                    change.setFont(mono)
                    change.setBackground(QColor(colors.code_bg))
                    change.setForeground(QColor(colors.text))
                elif cfmt.isAnchor():
                    change.setForeground(QColor(colors.link))
                else:
                    change.setForeground(text_color)
                sel = QTextCursor(doc)
                sel.setPosition(frag.position())
                sel.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                sel.mergeCharFormat(change)
            it += 1
        block = block.next()


def _insert_code(cursor: QTextCursor, seg: Segment, colors: Colors, mono: QFont) -> CodeBlock:
    # No background or border here: the painter draws a rounded card behind the frame.
    fmt = QTextFrameFormat()
    fmt.setBorder(0)
    fmt.setPadding(CODE_PAD)
    fmt.setLeftMargin(0)
    fmt.setRightMargin(0)
    # The header strip (language, Copy) is painted in this margin, on top of the card.
    fmt.setTopMargin(CODE_HEADER + 8)
    fmt.setBottomMargin(10)
    frame = cursor.insertFrame(fmt)
    lines = QTextBlockFormat()
    lines.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.setBlockFormat(lines)
    plain = QTextCharFormat()
    plain.setFont(mono)
    plain.setForeground(QColor(colors.text))
    cursor.setCharFormat(plain)
    formats = _token_formats(colors.pygments_style)
    code = seg.text
    if len(code) > 200_000:  # a pathological block is shown plain rather than freeze the view
        cursor.insertText(code, plain)
    else:
        for ttype, value in lexer_for(seg.language.lower()).get_tokens(code):
            tf = _format_for(formats, ttype)
            if tf is None:
                cursor.insertText(value, plain)
            else:
                merged = QTextCharFormat(plain)
                merged.merge(tf)
                cursor.insertText(value, merged)
    return CodeBlock(frame, code, seg.language)
