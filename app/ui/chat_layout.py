"""What a chat row is made of, shared by the chat view and its delegate: row actions, where each
part of a row goes, and the pointer state (hover, selected text, a copy just made) on the rows."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics

from app.core.documents.retrieve import Source, cited_sources
from app.ui.chat_model import ChatItem
from app.ui.markdown import Rendered

COLUMN_MAX = 780  # readable line length
SIDE = 28
ROW_GAP = 10
BUBBLE_PAD_H = 16
BUBBLE_PAD_V = 10
BUBBLE_RADIUS = 18
FOOTER_H = 30
BUTTON = 28
THINK_H = 30
NOTICE_ICON = 26
SOURCE_PAD = 8
SOURCE_EXCERPT_LINES = 2
STEP_LINES = 14  # lines of a tool's answer shown when its step is opened
# A copy button shows its check mark this long; its row is painted live a little longer, so the
# repaint that removes the mark does not come from a pixmap cached with it.
COPIED_MARK_S = 1.5
COPIED_LIVE_S = 2.0


class RowAction(StrEnum):
    """What a click on a row does. The view runs COPY, COPY_CODE, THINK and SOURCES itself; it
    emits every action (`ChatView.action_triggered(action, row, arg)`) and the window runs the
    others."""

    COPY = "copy"
    EDIT = "edit"  # edit a user message and send it again
    REGENERATE = "regenerate"
    PREV = "prev"  # the previous version (branch) of the message
    NEXT = "next"
    THINK = "think"  # show or hide the reasoning
    SOURCES = "sources"  # show or hide the list of sources
    SOURCE = "source"  # open source `arg` (an index in ChatItem.sources) at its place
    STEP = "step"  # show or hide what tool step `arg` (an index in ChatItem.steps) gave back
    COPY_CODE = "code"  # copy code block `arg` of the answer
    CONTINUE = "continue"  # write more of an answer that was cut (token limit, stopped)
    RAISE_LIMIT = "raise_limit"  # open Settings at the answer's token limit


class Hit(NamedTuple):
    """A clickable place on a row: the action, and its argument (the source or code block index
    for SOURCE and COPY_CODE, 0 for the others)."""

    action: RowAction
    arg: int = 0


@dataclass
class SourceRow:
    """One source under an answer: which of item.sources, where, and its text, laid out once."""

    index: int
    rect: QRect
    cited: bool
    title: str
    lines: list[str]


@dataclass
class StepRow:
    """One tool the model used, under the thinking: its line (a toggle) and, opened, what came
    back, laid out once."""

    index: int
    toggle: QRect
    label: str
    icon: str
    lines: list[str] = field(default_factory=list)  # what came back, when opened
    detail: QRect | None = None


@dataclass
class RowLayout:
    """Where everything of one row goes, relative to the row's top-left corner."""

    height: int
    bubble: QRect | None = None
    body: Rendered | None = None
    body_pos: QPoint = field(default_factory=QPoint)
    think: QRect | None = None
    reasoning: Rendered | None = None
    reasoning_pos: QPoint = field(default_factory=QPoint)
    preamble: Rendered | None = None  # what the model said before answering (commentary)
    preamble_pos: QPoint = field(default_factory=QPoint)
    footer: QRect = field(default_factory=QRect)
    buttons: list[tuple[RowAction, QRect]] = field(default_factory=list)
    branch_label: QRect | None = None
    code_rects: list[QRect] = field(default_factory=list)
    typing: QRect | None = None
    notice: QRect | None = None  # a blocked prompt's calm card
    note: QRect | None = None  # why the answer ended, when the model did not end it
    note_lines: list[str] = field(default_factory=list)
    links: list[tuple[RowAction, QRect, str]] = field(default_factory=list)  # under the note
    sources_toggle: QRect | None = None
    source_rows: list[SourceRow] = field(default_factory=list)
    steps: list[StepRow] = field(default_factory=list)

    def part(self, name: str) -> tuple[Rendered | None, QPoint]:
        """The text of "body" or "reasoning" and where it starts."""
        if name == "body":
            return self.body, self.body_pos
        return self.reasoning, self.reasoning_pos


@dataclass
class Selection:
    """Text selected in one part ("body" or "reasoning") of one message, in characters."""

    uid: int
    part: str
    anchor: int
    position: int

    def span(self) -> tuple[int, int]:
        return min(self.anchor, self.position), max(self.anchor, self.position)


@dataclass
class Pointer:
    """What the pointer is doing to the rows of one view. The view writes it, the delegate paints
    it. Rows are named by uid (unique across all models), never by row number: rows move when
    older ones page in, and the view switches between models. Thread: GUI."""

    hover_uid: int = -1
    hover: Hit | None = None
    selection: Selection | None = None
    copied: tuple[int, Hit, float] | None = None  # uid, what, when (time.monotonic)
    focus_uid: int = -1  # the message the keyboard is on (the view has focus)

    def clear(self) -> None:
        self.hover_uid, self.hover, self.selection, self.copied = -1, None, None, None
        self.focus_uid = -1

    def hovered(self, uid: int) -> Hit | None:
        """The place hovered on row `uid`, if the pointer is on that row."""
        return self.hover if uid == self.hover_uid else None

    def selection_in(self, uid: int, part: str) -> tuple[int, int] | None:
        sel = self.selection
        if sel is None or sel.uid != uid or sel.part != part:
            return None
        return sel.span()

    def recently_copied(self, uid: int, hit: Hit) -> bool:
        """Row `uid` shows a check mark on `hit` (its copy button or a code card's)."""
        return (self.copied is not None and self.copied[:2] == (uid, hit)
                and time.monotonic() - self.copied[2] < COPIED_MARK_S)

    def live(self, uid: int) -> bool:
        """Row `uid` shows pointer state now, so it is painted directly, not from a cache."""
        if uid in (self.hover_uid, self.focus_uid) or (self.selection is not None
                                                        and self.selection.uid == uid):
            return True
        return (self.copied is not None and self.copied[0] == uid
                and time.monotonic() - self.copied[2] < COPIED_LIVE_S)


def source_number(source: dict[str, object], position: int) -> int:
    value = source.get("number")
    return value if isinstance(value, int) else position + 1


def ordered_sources(item: ChatItem) -> list[tuple[int, bool]]:
    """(index in item.sources, cited) with the sources the answer cites first, in the order it
    cites them, then the rest by number."""
    as_sources = [Source(source_number(d, i), str(d.get("file") or ""), None, "", "", "")
                  for i, d in enumerate(item.sources)]
    cited = [s.number for s in cited_sources(item.content, as_sources)]
    by_number = {s.number: i for i, s in enumerate(as_sources)}
    first = [by_number[n] for n in cited]
    rest = [i for i in range(len(item.sources)) if i not in first]
    return [(i, True) for i in first] + [(i, False) for i in rest]


def wrap_lines(text: str, fm: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """`text` word-wrapped to `width`, at most `max_lines` lines, the last elided if cut."""
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            rest = " ".join([current, *words[i + 1:]])
            lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
    if current:
        lines.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines
