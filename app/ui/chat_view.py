"""The chat view: a QListView over ChatModel with one painting delegate (no widget per message).

The delegate lays each message out once per (text version, width) and caches it; while a reply
streams, new text is appended to the row's document through one persistent cursor and the
Markdown is re-rendered only when the model bumps the row's render version (block boundary or
throttle). Buttons (copy, regenerate, edit, ‹ 2/3 ›, code copy, the Thinking toggle) are
hit-tested in the view, so hovering costs a repaint of one row.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from app.core.documents.retrieve import Source, cited_sources
from app.core.safety import CATEGORIES, category_name
from app.ui import icons
from app.ui.chat_model import ChatItem, ChatModel, Roles
from app.ui.markdown import CODE_HEADER, Rendered, append_plain, lexers, render
from app.ui.theme import LIGHT, Colors

COLUMN_MAX = 780  # readable line length
SIDE = 28
ROW_GAP = 10
BUBBLE_PAD_H = 16
BUBBLE_PAD_V = 10
BUBBLE_RADIUS = 18
FOOTER_H = 30
BUTTON = 28
THINK_H = 30
DOC_CACHE = 300
# Finished rows are painted once into a pixmap and blitted afterwards: while an answer streams at
# the bottom the list re-lays out and every visible row is repainted on each update, and a
# screenful of Markdown and code cards cost ~8x an empty chat to paint. Hovered, streaming and
# very tall rows are painted directly.
PIXMAP_BUDGET = 48 << 20  # bytes of cached row pixmaps
PIXMAP_MAX_HEIGHT = 2400  # logical pixels
NOTICE_ICON = 26
SOURCE_PAD = 8
SOURCE_EXCERPT_LINES = 2

ModelIndex = QModelIndex | QPersistentModelIndex


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
    footer: QRect = field(default_factory=QRect)
    buttons: list[tuple[str, QRect]] = field(default_factory=list)
    branch_label: QRect | None = None
    code_rects: list[QRect] = field(default_factory=list)
    typing: QRect | None = None
    notice: QRect | None = None  # a blocked prompt's calm card
    sources_toggle: QRect | None = None
    source_rows: list[SourceRow] = field(default_factory=list)


@dataclass
class SourceRow:
    """One source under an answer: which of item.sources, where, and its text, laid out once."""

    index: int
    rect: QRect
    cited: bool
    title: str
    lines: list[str]


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


class ChatDelegate(QStyledItemDelegate):
    """Paints messages and reports their heights. Thread: GUI."""

    def __init__(self, view: ChatView) -> None:
        super().__init__(view)
        self._view = view
        self.colors: Colors = LIGHT
        self._docs: OrderedDict[tuple[int, str], tuple[int, int, Rendered]] = OrderedDict()
        self._layouts: dict[int, tuple[tuple[object, ...], RowLayout]] = {}
        self._heights: dict[int, int] = {}
        self._pixmaps: OrderedDict[int, tuple[tuple[object, ...], QPixmap]] = OrderedDict()
        self._pixmap_bytes = 0
        self.body_font = QFont(view.font())
        self.body_font.setPointSizeF(10.5)
        self.small_font = QFont(view.font())
        self.small_font.setPointSizeF(8.8)
        self.reason_font = QFont(view.font())
        self.reason_font.setPointSizeF(9.6)
        self.source_title_font = QFont(self.small_font)
        self.source_title_font.setWeight(QFont.Weight.DemiBold)

    # ------------------------------------------------------------------ caches

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.clear_cache()

    def clear_cache(self) -> None:
        self._docs.clear()
        self._layouts.clear()
        self._pixmaps.clear()
        self._pixmap_bytes = 0

    def forget(self, uid: int) -> None:
        self._drop_pixmap(uid)
        self._layouts.pop(uid, None)
        self._heights.pop(uid, None)
        for part in ("body", "reasoning"):
            self._docs.pop((uid, part), None)

    def _doc(self, item: ChatItem, part: str, width: int) -> Rendered:
        """The rendered text of one part of a message, updated incrementally while streaming."""
        key = (item.uid, part)
        text = item.content if part == "body" else item.reasoning
        entry = self._docs.get(key)
        if entry is not None:
            version, w, rendered = entry
            if version == item.render_version and len(text) >= rendered.rendered_chars:
                self._docs.move_to_end(key)
                if len(text) > rendered.rendered_chars:
                    append_plain(rendered, text[rendered.rendered_chars:])
                if w != width:
                    rendered.doc.setTextWidth(width)
                    self._docs[key] = (version, width, rendered)
                return rendered
        font = self.reason_font if part == "reasoning" else self.body_font
        rendered = render(text, self.colors, font, muted=part == "reasoning")
        rendered.doc.setTextWidth(width)
        self._docs[key] = (item.render_version, width, rendered)
        if len(self._docs) > DOC_CACHE:
            self._docs.popitem(last=False)
        return rendered

    # ------------------------------------------------------------------ layout

    def column(self) -> tuple[int, int]:
        """(x, width) of the centered reading column in the viewport."""
        vw = self._view.viewport().width()
        width = max(200, min(COLUMN_MAX, vw - 2 * SIDE))
        return max(0, (vw - width) // 2), width

    def layout(self, item: ChatItem, last: bool) -> RowLayout:
        col_x, col_w = self.column()
        key = (item.render_version, len(item.content), len(item.reasoning), item.expanded,
               col_w, col_x, item.branch, item.status, item.streaming, item.phase, last,
               bool(item.stats), item.blocked, len(item.sources), item.sources_expanded)
        cached = self._layouts.get(item.uid)
        if cached is not None and cached[0] == key:
            return cached[1]
        lay = self._layout_user(item, col_x, col_w) if item.role == "user" else \
            self._layout_assistant(item, col_x, col_w)
        self._layouts[item.uid] = (key, lay)
        return lay

    def _layout_user(self, item: ChatItem, col_x: int, col_w: int) -> RowLayout:
        max_doc = int(col_w * 0.8) - 2 * BUBBLE_PAD_H
        body = self._doc(item, "body", max_doc)
        ideal = min(max_doc, int(body.doc.idealWidth()) + 2)
        if ideal < max_doc:
            body.doc.setTextWidth(ideal)
            self._docs[(item.uid, "body")] = (item.render_version, ideal, body)
        doc_h = int(body.doc.size().height())
        bubble_w = ideal + 2 * BUBBLE_PAD_H
        top = ROW_GAP + 6
        bubble = QRect(col_x + col_w - bubble_w, top, bubble_w, doc_h + 2 * BUBBLE_PAD_V)
        lay = RowLayout(height=0, bubble=bubble, body=body,
                        body_pos=QPoint(bubble.x() + BUBBLE_PAD_H, top + BUBBLE_PAD_V))
        footer_y = bubble.bottom() + 4
        lay.footer = QRect(col_x, footer_y, col_w, FOOTER_H)
        x = col_x + col_w
        names = ["copy", "edit"]
        for name in names:
            x -= BUTTON
            lay.buttons.append((name, QRect(x, footer_y + 1, BUTTON, BUTTON)))
        self._branch_buttons(lay, item, x, footer_y, right_to_left=True)
        lay.height = footer_y + FOOTER_H
        return lay

    def _branch_buttons(self, lay: RowLayout, item: ChatItem, x: int, y: int,
                        right_to_left: bool) -> int:
        pos, total = item.branch
        if total <= 1:
            return x
        label_w = QFontMetrics(self.small_font).horizontalAdvance(f"{total}/{total}") + 8
        if right_to_left:
            x -= 6 + BUTTON
            lay.buttons.append(("next", QRect(x, y + 1, BUTTON, BUTTON)))
            x -= label_w
            lay.branch_label = QRect(x, y + 1, label_w, BUTTON)
            x -= BUTTON
            lay.buttons.append(("prev", QRect(x, y + 1, BUTTON, BUTTON)))
            return x
        lay.buttons.append(("prev", QRect(x, y + 1, BUTTON, BUTTON)))
        x += BUTTON
        lay.branch_label = QRect(x, y + 1, label_w, BUTTON)
        x += label_w
        lay.buttons.append(("next", QRect(x, y + 1, BUTTON, BUTTON)))
        return x + BUTTON + 6

    def _layout_assistant(self, item: ChatItem, col_x: int, col_w: int) -> RowLayout:
        y = 2
        lay = RowLayout(height=0)
        if item.reasoning or item.phase == "thinking":
            fm = QFontMetrics(self.small_font)
            text_w = fm.horizontalAdvance(self.thinking_label(item)) + 18 + 14 + 28
            lay.think = QRect(col_x - 8, y, text_w, THINK_H)
            y += THINK_H + 4
            if item.expanded and item.reasoning:
                reasoning = self._doc(item, "reasoning", col_w - 18)
                lay.reasoning = reasoning
                lay.reasoning_pos = QPoint(col_x + 16, y + 2)
                y += int(reasoning.doc.size().height()) + 12
        if item.content and item.blocked:
            # A refusal is a calm notice in a card, not an answer and not an error.
            text_w = col_w - 2 * BUBBLE_PAD_H - NOTICE_ICON
            body = self._doc(item, "body", text_w)
            lay.body = body
            doc_h = int(body.doc.size().height())
            lay.notice = QRect(col_x, y + 4, col_w, doc_h + 2 * BUBBLE_PAD_V + 2)
            lay.body_pos = QPoint(col_x + BUBBLE_PAD_H + NOTICE_ICON, y + 5 + BUBBLE_PAD_V)
            y += lay.notice.height() + 10
        elif item.content:
            body = self._doc(item, "body", col_w)
            lay.body = body
            lay.body_pos = QPoint(col_x, y + 4)
            layout = body.doc.documentLayout()
            for block in body.code_blocks:
                # The frame's rect includes its margins: the card starts CODE_HEADER above the
                # padding (the header strip sits in the top margin) and ends at the padding.
                fmt = block.frame.frameFormat()
                top = int(fmt.topMargin()) - CODE_HEADER
                r = layout.frameBoundingRect(block.frame).toRect().adjusted(
                    0, top, 0, -int(fmt.bottomMargin()))
                lay.code_rects.append(r.translated(lay.body_pos))
            y += int(body.doc.size().height()) + 4
        elif item.streaming and item.phase != "thinking":
            lay.typing = QRect(col_x, y + 6, 60, 20)
            y += 30
        elif not item.streaming and not item.reasoning:
            y += 4
        if item.sources:
            y = self._layout_sources(item, lay, col_x, col_w, y)
        lay.footer = QRect(col_x, y + 2, col_w, FOOTER_H)
        x = col_x - 6
        if not item.streaming:
            for name in ("copy", "regenerate"):
                lay.buttons.append((name, QRect(x, y + 3, BUTTON, BUTTON)))
                x += BUTTON
            x = self._branch_buttons(lay, item, x + 4, y + 2, right_to_left=False)
        lay.footer.setLeft(x + 6)
        lay.height = y + 2 + FOOTER_H + 6
        return lay

    def _layout_sources(self, item: ChatItem, lay: RowLayout, col_x: int, col_w: int,
                        y: int) -> int:
        fm = QFontMetrics(self.small_font)
        label = self.sources_label(item)
        lay.sources_toggle = QRect(col_x - 8, y + 2, fm.horizontalAdvance(label) + 18 + 14 + 28,
                                   THINK_H)
        y += THINK_H + 6
        if not item.sources_expanded:
            return y
        title_fm = QFontMetrics(self.source_title_font)
        text_w = col_w - 2 * SOURCE_PAD - 12
        for index, cited in ordered_sources(item):
            source = item.sources[index]
            title = title_fm.elidedText(self.source_title(source, index),
                                        Qt.TextElideMode.ElideMiddle, text_w - 60)
            lines = wrap_lines(str(source.get("excerpt") or ""), fm, text_w,
                               SOURCE_EXCERPT_LINES)
            height = 2 * SOURCE_PAD + title_fm.height() + 2 + len(lines) * fm.lineSpacing()
            rect = QRect(col_x, y, col_w, height)
            lay.source_rows.append(SourceRow(index, rect, cited, title, lines))
            y += height + 6
        return y + 2

    def sources_label(self, item: ChatItem) -> str:
        return self.tr("Sources ({n})").format(n=len(item.sources))

    def source_title(self, source: dict[str, object], position: int) -> str:
        number = source_number(source, position)
        name = str(source.get("file") or source.get("path") or self.tr("document"))
        page, line = source.get("page"), source.get("line")
        if isinstance(page, int):
            where = self.tr("{file}, page {page}").format(file=name, page=page)
        elif isinstance(line, int):
            where = self.tr("{file}, line {line}").format(file=name, line=line)
        else:
            where = name
        return f"[{number}]  {where}"

    def thinking_label(self, item: ChatItem) -> str:
        if item.streaming and item.phase == "thinking":
            started = item.reasoning_started or time.monotonic()
            return self.tr("Thinking… {seconds} s").format(
                seconds=int(time.monotonic() - started))
        seconds = item.reasoning_seconds
        if seconds < 1:
            return self.tr("Thought for a moment")
        return self.tr("Thought for {seconds} s").format(seconds=f"{seconds:.0f}")

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        model = index.model()
        if not isinstance(model, ChatModel):
            return QSize(0, 0)
        item = model.item(index.row())
        lay = self.layout(item, index.row() == model.rowCount() - 1)
        self._heights[item.uid] = lay.height
        return QSize(self._view.viewport().width(), lay.height)

    def height_changed(self, index: ModelIndex) -> bool:
        """After a streaming update: did the row's height change (so the list must re-layout)?"""
        model = index.model()
        if not isinstance(model, ChatModel):
            return False
        item = model.item(index.row())
        lay = self.layout(item, index.row() == model.rowCount() - 1)
        return self._heights.get(item.uid) != lay.height

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        model = index.model()
        if not isinstance(model, ChatModel):
            return
        item = model.item(index.row())
        last = index.row() == model.rowCount() - 1
        lay = self.layout(item, last)
        hovered = self._view.hovered_row() == index.row()
        if item.streaming or hovered or lay.height > PIXMAP_MAX_HEIGHT or \
                self._view.copied_uid() == item.uid or self._view.selection_uid() == item.uid:
            self._drop_pixmap(item.uid)
            self._paint_row(painter, option.rect.topLeft(), item, lay, last, hovered)
            return
        ratio = painter.device().devicePixelRatioF()
        key = (self._layouts[item.uid][0], option.rect.width(), ratio)
        cached = self._pixmaps.get(item.uid)
        if cached is None or cached[0] != key:
            self._drop_pixmap(item.uid)
            pixmap = QPixmap(max(1, round(option.rect.width() * ratio)),
                             max(1, round(lay.height * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(self.colors.window))  # opaque: blits without blending
            inner = QPainter(pixmap)
            self._paint_row(inner, QPoint(0, 0), item, lay, last, False)
            inner.end()
            cached = (key, pixmap)
            self._pixmaps[item.uid] = cached
            self._pixmap_bytes += pixmap.width() * pixmap.height() * 4
            while self._pixmap_bytes > PIXMAP_BUDGET and len(self._pixmaps) > 1:
                self._drop_pixmap(next(iter(self._pixmaps)))
        else:
            self._pixmaps.move_to_end(item.uid)
        painter.drawPixmap(option.rect.topLeft(), cached[1])

    def _drop_pixmap(self, uid: int) -> None:
        entry = self._pixmaps.pop(uid, None)
        if entry is not None:
            self._pixmap_bytes -= entry[1].width() * entry[1].height() * 4

    def _paint_row(self, painter: QPainter, origin: QPoint, item: ChatItem, lay: RowLayout,
                   last: bool, hovered: bool) -> None:
        c = self.colors
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(origin)
        if lay.bubble is not None:
            path = QPainterPath()
            path.addRoundedRect(QRectF(lay.bubble), BUBBLE_RADIUS, BUBBLE_RADIUS)
            painter.fillPath(path, QColor(c.user_bubble))
        if lay.think is not None:
            self._paint_thinking(painter, item, lay, hovered)
        if lay.reasoning is not None:
            painter.fillRect(QRect(lay.reasoning_pos.x() - 12, lay.reasoning_pos.y(), 2,
                                   int(lay.reasoning.doc.size().height())),
                             QColor(c.thinking_bar))
            self._draw_doc(painter, lay.reasoning, lay.reasoning_pos, c.muted,
                           self._view.selection_in(item.uid, "reasoning"))
        for i, rect in enumerate(lay.code_rects):
            self._paint_code_card(painter, lay, i, rect, item)
        if lay.notice is not None:
            self._paint_notice(painter, lay.notice)
        if lay.body is not None:
            self._draw_doc(painter, lay.body, lay.body_pos,
                           c.user_text if item.role == "user" else c.text,
                           self._view.selection_in(item.uid, "body"))
        if lay.sources_toggle is not None:
            self._paint_sources(painter, item, lay, hovered)
        if lay.typing is not None:
            self._paint_typing(painter, lay.typing)
        self._paint_footer(painter, item, lay, hovered or (last and item.role == "assistant"))
        painter.restore()

    def _draw_doc(self, painter: QPainter, rendered: Rendered, pos: QPoint, color: str,
                  selected: tuple[int, int] | None = None) -> None:
        painter.save()
        painter.translate(pos)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, QColor(color))
        ctx.palette.setColor(QPalette.ColorRole.Link, QColor(self.colors.link))
        if selected is not None and selected[0] != selected[1]:
            cursor = QTextCursor(rendered.doc)
            end = max(0, rendered.doc.characterCount() - 1)
            cursor.setPosition(min(selected[0], end))
            cursor.setPosition(min(selected[1], end), QTextCursor.MoveMode.KeepAnchor)
            sel = QAbstractTextDocumentLayout.Selection()
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.colors.selection))
            sel.format = fmt
            ctx.selections = [sel]
        rendered.doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def _paint_thinking(self, painter: QPainter, item: ChatItem, lay: RowLayout,
                        hovered: bool) -> None:
        assert lay.think is not None
        c = self.colors
        r = lay.think
        if hovered and self._view.hovered_button() == "think":
            path = QPainterPath()
            path.addRoundedRect(QRectF(r), 8, 8)
            painter.fillPath(path, QColor(c.hover))
        painter.drawPixmap(r.x() + 8, r.y() + 7, icons.pixmap("thinking", c.muted, 16,
                                                               painter.device().devicePixelRatioF()))
        painter.setFont(self.small_font)
        painter.setPen(QColor(c.muted))
        label = self.thinking_label(item)
        text_rect = QRect(r.x() + 30, r.y(), r.width() - 50, r.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         label)
        chevron = "chevron-down" if item.expanded else "chevron-right"
        painter.drawPixmap(r.right() - 22, r.y() + 8, icons.pixmap(
            chevron, c.muted, 14, painter.device().devicePixelRatioF()))

    def _paint_notice(self, painter: QPainter, rect: QRect) -> None:
        c = self.colors
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12)
        painter.fillPath(path, QColor(c.user_bubble))
        painter.setPen(QPen(QColor(c.border), 1))
        painter.drawPath(path)
        painter.drawPixmap(rect.x() + BUBBLE_PAD_H - 2, rect.y() + BUBBLE_PAD_V + 1,
                           icons.pixmap("shield", c.muted, 18,
                                        painter.device().devicePixelRatioF()))

    def _paint_sources(self, painter: QPainter, item: ChatItem, lay: RowLayout,
                       hovered: bool) -> None:
        assert lay.sources_toggle is not None
        c = self.colors
        ratio = painter.device().devicePixelRatioF()
        r = lay.sources_toggle
        hover_button = (self._view.hovered_button()
                        if self._view.hovered_row_uid() == item.uid else None)
        if hover_button == "sources":
            path = QPainterPath()
            path.addRoundedRect(QRectF(r), 8, 8)
            painter.fillPath(path, QColor(c.hover))
        painter.drawPixmap(r.x() + 8, r.y() + 7, icons.pixmap("file", c.muted, 16, ratio))
        painter.setFont(self.small_font)
        painter.setPen(QColor(c.muted))
        painter.drawText(QRect(r.x() + 30, r.y(), r.width() - 50, r.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.sources_label(item))
        chevron = "chevron-down" if item.sources_expanded else "chevron-right"
        painter.drawPixmap(r.right() - 22, r.y() + 8, icons.pixmap(chevron, c.muted, 14, ratio))
        title_fm = QFontMetrics(self.source_title_font)
        fm = QFontMetrics(self.small_font)
        for row in lay.source_rows:
            rect = row.rect
            path = QPainterPath()
            path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
            hot = hover_button == f"source:{row.index}"
            painter.fillPath(path, QColor(c.hover if hot else
                                          (c.user_bubble if row.cited else c.window)))
            painter.setPen(QPen(QColor(c.border), 1))
            painter.drawPath(path)
            if row.cited:
                painter.save()
                painter.setClipPath(path)
                painter.fillRect(QRect(rect.x(), rect.y(), 3, rect.height()), QColor(c.accent))
                painter.restore()
            x = rect.x() + SOURCE_PAD + 6
            y = rect.y() + SOURCE_PAD
            painter.setFont(self.source_title_font)
            painter.setPen(QColor(c.link if hot else c.text))
            painter.drawText(QRect(x, y, rect.width() - 2 * SOURCE_PAD - 70, title_fm.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             row.title)
            painter.setFont(self.small_font)
            if row.cited:
                painter.setPen(QColor(c.accent))
                painter.drawText(QRect(rect.right() - SOURCE_PAD - 70, y, 70, title_fm.height()),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                                 self.tr("cited"))
            painter.setPen(QColor(c.muted))
            y += title_fm.height() + 2
            for line in row.lines:
                painter.drawText(QRect(x, y, rect.width() - 2 * SOURCE_PAD, fm.lineSpacing()),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 line)
                y += fm.lineSpacing()

    def _paint_code_card(self, painter: QPainter, lay: RowLayout, i: int, rect: QRect,
                         item: ChatItem) -> None:
        c = self.colors
        assert lay.body is not None
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        painter.fillPath(path, QColor(c.code_bg))
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRect(rect.x(), rect.y(), rect.width(), CODE_HEADER),
                         QColor(c.code_header))
        painter.restore()
        painter.setPen(QPen(QColor(c.code_border), 1))
        painter.drawPath(path)
        painter.setFont(self.small_font)
        painter.setPen(QColor(c.muted))
        language = lay.body.code_blocks[i].language or self.tr("code")
        painter.drawText(QRect(rect.x() + 12, rect.y(), 200, CODE_HEADER),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, language)
        copy_rect = self.code_copy_rect(rect)
        hovered = (self._view.hovered_button() == f"code:{i}"
                   and self._view.hovered_row_uid() == item.uid)
        copied = self._view.recently_copied(item.uid, f"code:{i}")
        color = c.text if hovered else c.muted
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(copy_rect.x(), copy_rect.y() + 5,
                           icons.pixmap("check" if copied else "copy", color, 14, ratio))
        painter.setPen(QColor(color))
        painter.drawText(QRect(copy_rect.x() + 18, copy_rect.y(), copy_rect.width() - 18,
                               copy_rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.tr("Copied") if copied else self.tr("Copy"))

    def code_copy_rect(self, card: QRect) -> QRect:
        width = QFontMetrics(self.small_font).horizontalAdvance(self.tr("Copied")) + 26
        return QRect(card.right() - width - 8, card.y(), width, CODE_HEADER - 2)

    def _paint_typing(self, painter: QPainter, rect: QRect) -> None:
        phase = int(time.monotonic() * 3) % 3
        for i in range(3):
            color = QColor(self.colors.muted if i == phase else self.colors.faint)
            if i != phase:
                color.setAlphaF(0.55)
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(rect.x() + 2 + i * 14, rect.y() + 6, 8, 8))

    def _paint_footer(self, painter: QPainter, item: ChatItem, lay: RowLayout,
                      show_actions: bool) -> None:
        c = self.colors
        ratio = painter.device().devicePixelRatioF()
        always = {"prev", "next"}
        hovered_button = self._view.hovered_button() if self._view.hovered_row_uid() == \
            item.uid else None
        for name, rect in lay.buttons:
            if not show_actions and name not in always:
                continue
            enabled = self._button_enabled(item, name)
            if hovered_button == name and enabled:
                path = QPainterPath()
                path.addRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 7, 7)
                painter.fillPath(path, QColor(c.hover))
            icon_name = {"prev": "chevron-left", "next": "chevron-right"}.get(name, name)
            if name == "copy" and self._view.recently_copied(item.uid, "copy"):
                icon_name = "check"
            color = c.text if hovered_button == name else (c.muted if enabled else c.border)
            painter.drawPixmap(rect.x() + (rect.width() - 16) // 2,
                               rect.y() + (rect.height() - 16) // 2,
                               icons.pixmap(icon_name, color, 16, ratio))
        painter.setFont(self.small_font)
        if lay.branch_label is not None:
            painter.setPen(QColor(c.muted))
            pos, total = item.branch
            painter.drawText(lay.branch_label, Qt.AlignmentFlag.AlignCenter, f"{pos}/{total}")
        if item.role != "assistant":
            return
        parts: list[tuple[str, str]] = []
        status = self.status_text(item)
        if status:
            # A refusal is a calm notice: its label is muted, not a warning.
            parts.append((status, c.muted if item.blocked else c.warning))
        if show_actions and not item.streaming:
            stats = self.stats_text(item)
            if stats:
                parts.append((stats, c.faint))
        x = lay.footer.x() + 4
        fm = QFontMetrics(self.small_font)
        for text, color in parts:
            painter.setPen(QColor(color))
            width = fm.horizontalAdvance(text)
            painter.drawText(QRect(x, lay.footer.y(), width + 2, lay.footer.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x += width + 14

    def _button_enabled(self, item: ChatItem, name: str) -> bool:
        pos, total = item.branch
        if name == "prev":
            return pos > 1
        if name == "next":
            return pos < total
        return True

    def status_text(self, item: ChatItem) -> str:
        if item.blocked:
            category = str(item.stats.get("blocked_category") or "")
            if category == "S11":
                return ""  # a caring reply needs no label
            name = category_name(category) if category in CATEGORIES else ""
            return (self.tr("Local safety filter · {category}").format(category=name) if name
                    else self.tr("Local safety filter"))
        return {
            "interrupted": self.tr("Interrupted"),
            "cancelled": self.tr("Stopped"),
            "error": self.tr("Failed"),
            "blocked": self.tr("Blocked by the safety filter"),
        }.get(item.status, "")

    def stats_text(self, item: ChatItem) -> str:
        s = item.stats
        if not s:
            return ""
        parts = []
        tokens = s.get("generated_tokens")
        if tokens:
            parts.append(self.tr("{n} tokens").format(n=tokens))
        ttft = s.get("ttft_seconds")
        if ttft:
            parts.append(self.tr("{s} s to first token").format(s=f"{ttft:.2f}"))
        tps = s.get("decode_tps")
        if tps:
            parts.append(self.tr("{r} tok/s").format(r=f"{tps:.1f}"))
        return " · ".join(parts)

    def hit(self, item: ChatItem, lay: RowLayout, pos: QPoint) -> str | None:
        """The button under `pos` (row coordinates), or None."""
        for name, rect in lay.buttons:
            if rect.contains(pos) and self._button_enabled(item, name):
                return name
        if lay.think is not None and lay.think.contains(pos):
            return "think"
        if lay.sources_toggle is not None and lay.sources_toggle.contains(pos):
            return "sources"
        for row in lay.source_rows:
            if row.rect.contains(pos):
                return f"source:{row.index}"
        for i, card in enumerate(lay.code_rects):
            if self.code_copy_rect(card).contains(pos):
                return f"code:{i}"
        return None

    def anchor_at(self, lay: RowLayout, pos: QPoint) -> str:
        if lay.body is None:
            return ""
        local = pos - lay.body_pos
        return lay.body.doc.documentLayout().anchorAt(local.toPointF())


class ChatView(QListView):
    """Shows a ChatModel; keeps to the bottom while the user is there. Thread: GUI."""

    action_triggered = Signal(str, int)  # action name, row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.verticalScrollBar().setSingleStep(24)
        self.chat_delegate = ChatDelegate(self)
        self.setItemDelegate(self.chat_delegate)
        # Text selected with the mouse in one part of one message: (uid, part, anchor, position).
        self._selection: tuple[int, str, int, int] | None = None
        self._selecting = False
        self._stick = True
        self._restore_from_bottom: int | None = None
        self._hover_row = -1
        self._hover_uid = -1
        self._hover_button: str | None = None
        self._copied: tuple[int, str, float] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(330)
        self._tick.timeout.connect(self._on_tick)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)
        lexers.ready.connect(self._on_lexer_ready)

    # ------------------------------------------------------------------ model wiring

    def setModel(self, model: ChatModel) -> None:  # type: ignore[override]
        old = self.model()
        if isinstance(old, ChatModel):
            # The view switches between conversations' models: the one left keeps streaming
            # (a turn in the background) and must not reach this view any more.
            old.stream_updated.disconnect(self._on_stream_updated)
            old.modelReset.disconnect(self._on_reset)
            old.rowsInserted.disconnect(self._on_rows_inserted)
            old.older_loaded.disconnect(self._on_older_loaded)
        super().setModel(model)
        model.stream_updated.connect(self._on_stream_updated)
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.older_loaded.connect(self._on_older_loaded)
        if old is not None and old is not model:
            self._on_reset()

    def _on_older_loaded(self, _count: int) -> None:
        QTimer.singleShot(0, self.fill_viewport)

    def chat_model(self) -> ChatModel:
        model = self.model()
        assert isinstance(model, ChatModel)
        return model

    def _on_lexer_ready(self, _language: str) -> None:
        """A code block shown plain while its lexer compiled can have its colors now."""
        self.chat_delegate.clear_cache()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def _on_reset(self) -> None:
        self._selection = None
        self._selecting = False
        self.chat_delegate.clear_cache()
        self._stick = True
        self._hover_row = -1
        QTimer.singleShot(0, self.scroll_to_end)
        QTimer.singleShot(0, self.fill_viewport)

    def fill_viewport(self) -> None:
        """Page in older messages while the loaded ones do not fill the view (there would be no
        scroll bar to reach the top with)."""
        model = self.model()
        if not isinstance(model, ChatModel) or not model.has_older() or not self.isVisible():
            return
        self.executeDelayedItemsLayout()
        if self.verticalScrollBar().maximum() == 0:
            model.arm_fetch()
            model.fetchMore(QModelIndex())  # older_loaded calls this again

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first > 0 and self._stick:
            QTimer.singleShot(0, self.scroll_to_end)

    def dataChanged(self, top_left: ModelIndex, bottom_right: ModelIndex,  # noqa: N802
                    roles: Sequence[int] = ()) -> None:
        """QListView re-lays out every row (a sizeHint call each) on any dataChanged. A row whose
        height did not change, like the streaming answer between line breaks, only needs a
        repaint; a height change still goes through QListView (and `sizeHintChanged`)."""
        roles = list(roles)
        if top_left.isValid() and top_left == bottom_right and \
                not self.chat_delegate.height_changed(top_left):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
            return
        super().dataChanged(top_left, bottom_right, roles)

    def _on_stream_updated(self, row: int) -> None:
        model = self.chat_model()
        index = model.index(row)
        if self.chat_delegate.height_changed(index):
            # Re-layout (row heights are cached, so this costs little even with many rows).
            self.chat_delegate.sizeHintChanged.emit(index)
        item = model.item(row)
        if item.streaming and not self._tick.isActive():
            self._tick.start()

    def _on_tick(self) -> None:
        model = self.chat_model()
        row = model.streaming_row()
        if row < 0:
            self._tick.stop()
            return
        self.viewport().update(self.visualRect(model.index(row)))

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._stick = True

    def at_bottom(self) -> bool:
        return self._stick

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 4
        model = self.model()
        if (isinstance(model, ChatModel) and value <= 40 and model.has_older()
                and self._restore_from_bottom is None):
            self._restore_from_bottom = bar.maximum() - value
            model.arm_fetch()
            model.fetchMore(QModelIndex())

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._restore_from_bottom is not None:
            # Older rows were added above: keep the same text under the reader's eyes.
            bar.setValue(maximum - self._restore_from_bottom)
            self._restore_from_bottom = None
            return
        if self._stick:
            bar.setValue(maximum)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        stick = self._stick
        super().resizeEvent(event)  # type: ignore[arg-type]
        if stick:
            QTimer.singleShot(0, self.scroll_to_end)
        QTimer.singleShot(0, self.fill_viewport)

    # ------------------------------------------------------------------ hover and clicks

    def hovered_row(self) -> int:
        return self._hover_row

    def hovered_row_uid(self) -> int:
        return self._hover_uid

    def hovered_button(self) -> str | None:
        return self._hover_button

    def copied_uid(self) -> int | None:
        """The row whose copy button shows its check mark now (painted live, not cached)."""
        if self._copied is not None and time.monotonic() - self._copied[2] < 2.0:
            return self._copied[0]
        return None

    def recently_copied(self, uid: int, what: str) -> bool:
        return (self._copied is not None and self._copied[0] == uid and self._copied[1] == what
                and time.monotonic() - self._copied[2] < 1.5)

    def _hit(self, pos: QPoint) -> tuple[int, str | None, str]:
        index = self.indexAt(pos)
        if not index.isValid():
            return -1, None, ""
        model = self.chat_model()
        item = model.item(index.row())
        lay = self.chat_delegate.layout(item, index.row() == model.rowCount() - 1)
        local = pos - self.visualRect(index).topLeft()
        return (index.row(), self.chat_delegate.hit(item, lay, local),
                self.chat_delegate.anchor_at(lay, local))

    def _set_hover(self, row: int, button: str | None) -> None:
        if row == self._hover_row and button == self._hover_button:
            return
        model = self.chat_model()
        old = self._hover_row
        self._hover_row = row
        self._hover_button = button
        self._hover_uid = model.item(row).uid if 0 <= row < model.rowCount() else -1
        for r in {old, row}:
            if 0 <= r < model.rowCount():
                self.viewport().update(self.visualRect(model.index(r)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._selecting and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend_selection(pos)
            return
        row, button, anchor = self._hit(pos)
        self._set_hover(row, button)
        if button or anchor:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        elif self._text_at(pos) is not None:
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        else:
            self.viewport().unsetCursor()
        if button:
            QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(button), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(-1, None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            row, button, anchor = self._hit(pos)
            if button:
                self.trigger(button, row)
                return
            if anchor:
                QDesktopServices.openUrl(QUrl(anchor))
                return
            self.clear_selection()
            hit = self._text_at(pos)
            if hit is not None:
                uid, part, char = hit
                self._selection = (uid, part, char, char)
                self._selecting = True
                self.setFocus(Qt.FocusReason.MouseFocusReason)  # for Ctrl+C
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._selecting and event.button() == Qt.MouseButton.LeftButton:
            self._selecting = False
            text = self.selected_text()
            if text:
                clipboard = QGuiApplication.clipboard()
                if clipboard.supportsSelection():  # X11/Wayland primary selection
                    clipboard.setText(text, clipboard.Mode.Selection)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._text_at(event.position().toPoint())
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        uid, part, char = hit
        rendered = self._rendered(uid, part)
        if rendered is None:
            return
        cursor = QTextCursor(rendered.doc)
        cursor.setPosition(char)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        self._selection = (uid, part, cursor.selectionStart(), cursor.selectionEnd())
        self._selecting = False
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._update_uid(uid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.selected_text():
            QGuiApplication.clipboard().setText(self.selected_text())
            return
        if event.key() == Qt.Key.Key_Escape and self._selection is not None:
            self.clear_selection()
            return
        # Anything else is typing: it belongs in the composer, which gets focus back.
        target = self.window().findChild(QWidget, "composerEdit")
        if target is not None and event.text():
            self.clear_selection()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            QCoreApplication.sendEvent(target, event)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ text selection

    def selection_uid(self) -> int | None:
        return self._selection[0] if self._selection is not None else None

    def selection_in(self, uid: int, part: str) -> tuple[int, int] | None:
        """(start, end) of the selected characters in that part of that message, if any."""
        sel = self._selection
        if sel is None or sel[0] != uid or sel[1] != part:
            return None
        return min(sel[2], sel[3]), max(sel[2], sel[3])

    def selected_text(self) -> str:
        sel = self._selection
        if sel is None or sel[2] == sel[3]:
            return ""
        rendered = self._rendered(sel[0], sel[1])
        if rendered is None:
            return ""
        cursor = QTextCursor(rendered.doc)
        end = max(0, rendered.doc.characterCount() - 1)
        cursor.setPosition(min(sel[2], end))
        cursor.setPosition(min(sel[3], end), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selection().toPlainText()

    def select_text(self, row: int, part: str, start: int, end: int) -> None:
        """Select characters of a message part, as a mouse drag would (tests, keyboard)."""
        model = self.chat_model()
        if 0 <= row < model.rowCount():
            self.clear_selection()
            self._selection = (model.item(row).uid, part, start, end)
            self._update_uid(self._selection[0])

    def clear_selection(self) -> None:
        if self._selection is not None:
            uid = self._selection[0]
            self._selection = None
            self._selecting = False
            self._update_uid(uid)

    def _row_of(self, uid: int) -> int:
        model = self.chat_model()
        for row in range(model.rowCount() - 1, -1, -1):
            if model.item(row).uid == uid:
                return row
        return -1

    def _update_uid(self, uid: int) -> None:
        row = self._row_of(uid)
        if row >= 0:
            self.viewport().update(self.visualRect(self.chat_model().index(row)))

    def _rendered(self, uid: int, part: str) -> Rendered | None:
        row = self._row_of(uid)
        if row < 0:
            return None
        model = self.chat_model()
        lay = self.chat_delegate.layout(model.item(row), row == model.rowCount() - 1)
        return lay.body if part == "body" else lay.reasoning

    def _part_origin(self, row: int, part: str) -> tuple[Rendered, QPoint] | None:
        model = self.chat_model()
        lay = self.chat_delegate.layout(model.item(row), row == model.rowCount() - 1)
        rendered, pos = (lay.body, lay.body_pos) if part == "body" else \
            (lay.reasoning, lay.reasoning_pos)
        if rendered is None:
            return None
        return rendered, self.visualRect(model.index(row)).topLeft() + pos

    def _text_at(self, pos: QPoint) -> tuple[int, str, int] | None:
        """(uid, part, character) of message text under `pos`, or None."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        for part in ("body", "reasoning"):
            found = self._part_origin(index.row(), part)
            if found is None:
                continue
            rendered, origin = found
            size = rendered.doc.size()
            local = QPointF(pos - origin)
            if 0 <= local.y() <= size.height() and -8 <= local.x() <= size.width() + 8:
                char = rendered.doc.documentLayout().hitTest(local, Qt.HitTestAccuracy.FuzzyHit)
                if char >= 0:
                    return self.chat_model().item(index.row()).uid, part, char
        return None

    def _extend_selection(self, pos: QPoint) -> None:
        sel = self._selection
        if sel is None:
            return
        row = self._row_of(sel[0])
        found = self._part_origin(row, sel[1]) if row >= 0 else None
        if found is None:
            return
        rendered, origin = found
        local = QPointF(pos - origin)
        height = rendered.doc.size().height()
        if local.y() < 0:
            char = 0  # dragged above the text: to its start
        elif local.y() > height:
            char = rendered.doc.characterCount() - 1  # below: to its end
        else:
            char = max(0, rendered.doc.documentLayout().hitTest(local,
                                                                 Qt.HitTestAccuracy.FuzzyHit))
        if char != sel[3]:
            self._selection = (sel[0], sel[1], sel[2], char)
            self._update_uid(sel[0])

    def trigger(self, action: str, row: int) -> None:
        """Run a row action (also what tests call): copy, edit, regenerate, prev, next,
        think (toggle the Thinking section), code:<i> (copy that code block)."""
        model = self.chat_model()
        if not 0 <= row < model.rowCount():
            return
        item = model.item(row)
        if action == "think":
            model.setData(model.index(row), not item.expanded, Roles.Expanded)
            self.chat_delegate.sizeHintChanged.emit(model.index(row))
            return
        if action == "sources":
            model.setData(model.index(row), not item.sources_expanded, Roles.SourcesExpanded)
            self.chat_delegate.sizeHintChanged.emit(model.index(row))
            return
        if action == "copy" or action.startswith("code:"):
            if action == "copy":
                text = item.content
            else:
                lay = self.chat_delegate.layout(item, row == model.rowCount() - 1)
                blocks = lay.body.code_blocks if lay.body else []
                i = int(action.split(":", 1)[1])
                text = blocks[i].code if i < len(blocks) else ""
            QGuiApplication.clipboard().setText(text)
            self._copied = (item.uid, action, time.monotonic())
            self.viewport().update(self.visualRect(model.index(row)))
            QTimer.singleShot(1600, self.viewport().update)
        self.action_triggered.emit(action, row)

    def _tooltip(self, button: str) -> str:
        if button.startswith("source:"):
            return self.tr("Open the file at this place")
        return {
            "copy": self.tr("Copy"),
            "edit": self.tr("Edit and resend"),
            "regenerate": self.tr("Regenerate"),
            "prev": self.tr("Previous version"),
            "next": self.tr("Next version"),
            "think": self.tr("Show or hide the reasoning"),
            "sources": self.tr("Show or hide the sources of this answer"),
        }.get(button, self.tr("Copy code"))

    def contextMenuEvent(self, event: QEvent) -> None:  # type: ignore[override]
        pos = event.pos()  # type: ignore[attr-defined]
        index = self.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        item = self.chat_model().item(index.row())
        selected = self.selected_text() if self.selection_uid() == item.uid else ""
        if selected:
            menu.addAction(self.tr("Copy selection"),
                           lambda: QGuiApplication.clipboard().setText(selected))
            menu.addAction(self.tr("Copy message"), lambda: self.trigger("copy", index.row()))
        else:
            menu.addAction(self.tr("Copy"), lambda: self.trigger("copy", index.row()))
        if item.role == "user" and not item.streaming:
            menu.addAction(self.tr("Edit and resend"), lambda: self.trigger("edit", index.row()))
        elif not item.streaming:
            menu.addAction(self.tr("Regenerate"),
                           lambda: self.trigger("regenerate", index.row()))
        menu.exec(event.globalPos())  # type: ignore[attr-defined]


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
