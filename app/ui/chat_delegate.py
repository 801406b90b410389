"""The chat view's delegate: lays out, paints and hit-tests message rows (no widget per message).

Each row is laid out once per (text version, width) and cached; while a reply streams, new text
is appended to the row's document through one persistent cursor and the Markdown is re-rendered
only when the model bumps the row's render version (block boundary or throttle). Finished rows
are painted once into a pixmap and blitted afterwards. What the pointer does to the rows (hover,
selected text, a copy just made) comes from the view's `Pointer`.
"""

from __future__ import annotations

import time
import weakref
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from app.core.chat import MALFORMED_KEY, SAFETY_NOTICE_KEY
from app.core.i18n import format_number
from app.core.safety import CATEGORIES, category_name
from app.core.status import MessageStatus, StopReason, stop_note, stop_of
from app.ui import icons
from app.ui.chat_layout import (
    BUBBLE_PAD_H,
    BUBBLE_PAD_V,
    BUBBLE_RADIUS,
    BUTTON,
    COLUMN_MAX,
    FOOTER_H,
    NOTICE_ICON,
    ROW_GAP,
    SIDE,
    SOURCE_EXCERPT_LINES,
    SOURCE_PAD,
    STEP_LINES,
    THINK_H,
    Hit,
    Pointer,
    RowAction,
    RowLayout,
    SourceRow,
    StepRow,
    ordered_sources,
    source_number,
    wrap_lines,
)
from app.ui.chat_model import ChatItem, ChatModel
from app.ui.markdown import CODE_HEADER, Rendered, append_plain, render
from app.ui.render_guard import RenderGuard
from app.ui.theme import LIGHT, Colors

DOC_CACHE = 300
DEFAULT_TEXT_SIZE = 10.5  # points (Settings.text_size)
# Finished rows are painted once into a pixmap and blitted afterwards: while an answer streams at
# the bottom the list re-lays out and every visible row is repainted on each update, and a
# screenful of Markdown and code cards cost ~8x an empty chat to paint. Hovered, selected,
# streaming and very tall rows are painted directly.
PIXMAP_BUDGET = 48 << 20  # bytes of cached row pixmaps
PIXMAP_MAX_HEIGHT = 2400  # logical pixels

ModelIndex = QModelIndex | QPersistentModelIndex
LayoutKey = tuple[object, ...]


class RowCache:
    """The rendered documents, layouts and reported heights of one model's rows.

    One per model, so switching the view back to a model that is still alive (a conversation
    whose answer streams on while another one is shown) costs no Markdown render; a reset of
    the model (another conversation loaded into it) empties it.
    """

    def __init__(self) -> None:
        self.docs: OrderedDict[tuple[int, str], tuple[int, int, Rendered]] = OrderedDict()
        self.layouts: dict[int, tuple[LayoutKey, RowLayout]] = {}
        self.heights: dict[int, int] = {}  # uid -> the height the view was last told

    def clear(self) -> None:
        self.docs.clear()
        self.layouts.clear()
        self.heights.clear()


class ChatDelegate(QStyledItemDelegate):
    """Lays out, paints and hit-tests the rows of a ChatView. Thread: GUI."""

    def __init__(self, view: QAbstractItemView, pointer: Pointer) -> None:
        super().__init__(view)
        self._view = view
        self._pointer = pointer
        self.colors: Colors = LIGHT
        # Row caches by model (weakly: a model that is gone takes its documents with it).
        self._caches: weakref.WeakKeyDictionary[QAbstractItemModel, RowCache] = \
            weakref.WeakKeyDictionary()
        self._rows = RowCache()  # the shown model's
        # Pixmaps by row uid: uids are unique across models, so one model's row can never be
        # painted with another's pixmap.
        self._pixmaps: OrderedDict[int, tuple[LayoutKey, QPixmap]] = OrderedDict()
        self._pixmap_bytes = 0
        # Set by the window: messages that crashed a render before are shown as plain text.
        self.guard: RenderGuard | None = None
        self.set_text_size(DEFAULT_TEXT_SIZE)

    def set_text_size(self, points: float) -> None:
        """The conversation's text size; the smaller texts (reasoning, notes) scale with it."""
        scale = points / DEFAULT_TEXT_SIZE
        base = self._view.font()
        self.body_font = QFont(base)
        self.body_font.setPointSizeF(points)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(8.8 * scale)
        self.reason_font = QFont(base)
        self.reason_font.setPointSizeF(9.6 * scale)
        self.source_title_font = QFont(self.small_font)
        self.source_title_font.setWeight(QFont.Weight.DemiBold)
        self.clear_cache()

    # ------------------------------------------------------------------ caches

    def show_model(self, model: QAbstractItemModel | None) -> None:
        """The view shows `model` from now on: lay out with its rows' cache."""
        if model is None:
            self._rows = RowCache()
            return
        rows = self._caches.get(model)
        if rows is None:
            rows = self._caches[model] = RowCache()
        self._rows = rows

    def model_reset(self, model: QAbstractItemModel) -> None:
        """`model` holds other rows now: what was cached for its old rows goes."""
        rows = self._caches.get(model)
        if rows is None:
            return
        for uid in rows.layouts:
            self._drop_pixmap(uid)
        rows.clear()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.clear_cache()

    def clear_cache(self) -> None:
        """Forget every layout and pixmap (colors or code highlighting changed)."""
        for rows in self._caches.values():
            rows.clear()
        self._rows.clear()
        self._pixmaps.clear()
        self._pixmap_bytes = 0

    def _doc(self, item: ChatItem, part: str, width: int) -> Rendered:
        """The rendered text of one part of a message, updated incrementally while streaming."""
        docs = self._rows.docs
        key = (item.uid, part)
        text = {"body": item.content, "reasoning": item.reasoning,
                "preamble": item.preamble}[part]
        entry = docs.get(key)
        if entry is not None:
            version, w, rendered = entry
            if version == item.render_version and len(text) >= rendered.rendered_chars:
                docs.move_to_end(key)
                if len(text) > rendered.rendered_chars:
                    append_plain(rendered, text[rendered.rendered_chars:])
                if w != width:
                    rendered.doc.setTextWidth(width)
                    docs[key] = (version, width, rendered)
                return rendered
        quiet = part in ("reasoning", "preamble")
        font = self.reason_font if quiet else self.body_font
        plain = False
        if self.guard is not None and item.id:
            plain = self.guard.is_plain(item.id)
            if not plain:
                self.guard.before_render(item.id)
        rendered = render(text, self.colors, font, muted=quiet, plain=plain)
        rendered.doc.setTextWidth(width)
        docs[key] = (item.render_version, width, rendered)
        if len(docs) > DOC_CACHE:
            docs.popitem(last=False)
        return rendered

    # ------------------------------------------------------------------ layout

    def column(self) -> tuple[int, int]:
        """(x, width) of the centered reading column in the viewport."""
        vw = self._view.viewport().width()
        width = max(200, min(COLUMN_MAX, vw - 2 * SIDE))
        return max(0, (vw - width) // 2), width

    def layout(self, item: ChatItem, last: bool) -> RowLayout:
        """Where everything of `item` goes (`last`: it is the conversation's last row)."""
        col_x, col_w = self.column()
        key = (item.render_version, len(item.content), len(item.reasoning), item.expanded,
               col_w, col_x, item.branch, item.status, item.streaming, item.phase, last,
               bool(item.stats), item.blocked, len(item.sources), item.sources_expanded,
               tuple((s.get("summary"), bool(s.get("running"))) for s in item.steps),
               tuple(sorted(item.steps_open)),
               item.stats.get("stop_reason"), item.stats.get("error"))
        cached = self._rows.layouts.get(item.uid)
        if cached is not None and cached[0] == key:
            return cached[1]
        lay = self._layout_user(item, col_x, col_w) if item.role == "user" else \
            self._layout_assistant(item, col_x, col_w, last)
        self._rows.layouts[item.uid] = (key, lay)
        return lay

    def _layout_user(self, item: ChatItem, col_x: int, col_w: int) -> RowLayout:
        max_doc = int(col_w * 0.8) - 2 * BUBBLE_PAD_H
        body = self._doc(item, "body", max_doc)
        ideal = min(max_doc, int(body.doc.idealWidth()) + 2)
        if ideal < max_doc:
            body.doc.setTextWidth(ideal)
            self._rows.docs[(item.uid, "body")] = (item.render_version, ideal, body)
        doc_h = int(body.doc.size().height())
        bubble_w = ideal + 2 * BUBBLE_PAD_H
        top = ROW_GAP + 6
        bubble = QRect(col_x + col_w - bubble_w, top, bubble_w, doc_h + 2 * BUBBLE_PAD_V)
        lay = RowLayout(height=0, bubble=bubble, body=body,
                        body_pos=QPoint(bubble.x() + BUBBLE_PAD_H, top + BUBBLE_PAD_V))
        footer_y = bubble.bottom() + 4
        lay.footer = QRect(col_x, footer_y, col_w, FOOTER_H)
        x = col_x + col_w
        for action in (RowAction.COPY, RowAction.EDIT):
            x -= BUTTON
            lay.buttons.append((action, QRect(x, footer_y + 1, BUTTON, BUTTON)))
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
            lay.buttons.append((RowAction.NEXT, QRect(x, y + 1, BUTTON, BUTTON)))
            x -= label_w
            lay.branch_label = QRect(x, y + 1, label_w, BUTTON)
            x -= BUTTON
            lay.buttons.append((RowAction.PREV, QRect(x, y + 1, BUTTON, BUTTON)))
            return x
        lay.buttons.append((RowAction.PREV, QRect(x, y + 1, BUTTON, BUTTON)))
        x += BUTTON
        lay.branch_label = QRect(x, y + 1, label_w, BUTTON)
        x += label_w
        lay.buttons.append((RowAction.NEXT, QRect(x, y + 1, BUTTON, BUTTON)))
        return x + BUTTON + 6

    def _layout_assistant(self, item: ChatItem, col_x: int, col_w: int,
                          last: bool) -> RowLayout:
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
        if item.preamble:
            # The model's word to the person before it answers (harmony's commentary without a
            # recipient): shown as such, quieter than the answer.
            pre = self._doc(item, "preamble", col_w)
            lay.preamble = pre
            lay.preamble_pos = QPoint(col_x, y + 2)
            y += int(pre.doc.size().height()) + 6
        if item.steps:
            y = self._layout_steps(item, lay, col_x, col_w, y)
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
        if not item.streaming and not item.blocked:
            y = self._layout_note(item, lay, col_x, col_w, y, last)
        lay.footer = QRect(col_x, y + 2, col_w, FOOTER_H)
        x = col_x - 6
        if not item.streaming:
            for action in (RowAction.COPY, RowAction.REGENERATE):
                if action is RowAction.REGENERATE and not self.can_regenerate(item):
                    continue
                lay.buttons.append((action, QRect(x, y + 3, BUTTON, BUTTON)))
                x += BUTTON
            x = self._branch_buttons(lay, item, x + 4, y + 2, right_to_left=False)
        lay.footer.setLeft(x + 6)
        lay.height = y + 2 + FOOTER_H + 6
        return lay

    @staticmethod
    def can_regenerate(item: ChatItem) -> bool:
        """A clearly harmful request stays refused however often it is asked: no Regenerate."""
        return not (item.blocked and item.stats.get("blocked_clear"))

    def note_text(self, item: ChatItem) -> str:
        """Why the answer ended, when the model did not end it itself ("" otherwise)."""
        if item.role != "assistant" or item.streaming or item.blocked:
            return ""
        return stop_note(item.stats, answer=item.content, reasoning=item.reasoning,
                         status=item.status)

    def note_links(self, item: ChatItem, last: bool) -> list[tuple[RowAction, str]]:
        """What can be done about the way the answer ended."""
        stop = stop_of(item.stats, item.status)
        links: list[tuple[RowAction, str]] = []
        if item.status is MessageStatus.INTERRUPTED:
            stop = StopReason.CANCELLED  # cut by a crash: it can go on like a stopped one
        if stop.can_continue and last and item.id:
            links.append((RowAction.CONTINUE, self.tr("Continue")))
        if stop is StopReason.LENGTH:
            links.append((RowAction.RAISE_LIMIT, self.tr("Raise the limit…")))
        if stop is StopReason.ERROR and item.id:
            links.append((RowAction.REGENERATE, self.tr("Try again")))
        return links

    def _layout_note(self, item: ChatItem, lay: RowLayout, col_x: int, col_w: int, y: int,
                     last: bool) -> int:
        text = self.note_text(item)
        if not text:
            return y
        fm = QFontMetrics(self.small_font)
        lay.note_lines = wrap_lines(text, fm, col_w - 22, 6)
        height = len(lay.note_lines) * fm.lineSpacing()
        links = self.note_links(item, last)
        if links:
            height += fm.lineSpacing() + 6
        lay.note = QRect(col_x, y + 4, col_w, height + 2 * 6)
        x = col_x + 22
        link_y = lay.note.y() + 6 + len(lay.note_lines) * fm.lineSpacing() + 4
        link_fm = QFontMetrics(self.link_font())
        for action, label_text in links:
            width = link_fm.horizontalAdvance(label_text) + 6
            lay.links.append((action, QRect(x - 2, link_y, width, fm.lineSpacing()), label_text))
            x += width + 16
        return lay.note.bottom() + 4

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

    def _layout_steps(self, item: ChatItem, lay: RowLayout, col_x: int, col_w: int,
                      y: int) -> int:
        """The tools the model used: one line each ("Searched your documents for …"), opened
        to what came back. Compact: a step is a toggle like Thinking."""
        fm = QFontMetrics(self.small_font)
        for i, step in enumerate(item.steps):
            label = str(step.get("summary") or step.get("tool") or self.tr("Used a tool"))
            if step.get("running"):
                label += " …"
            label = fm.elidedText(label, Qt.TextElideMode.ElideRight, col_w - 60)
            toggle = QRect(col_x - 8, y, fm.horizontalAdvance(label) + 18 + 14 + 28, THINK_H)
            row = StepRow(i, toggle, label, self._step_icon(step))
            y += THINK_H + 2
            if i in item.steps_open and not step.get("running"):
                shown = str(step.get("shown") or step.get("result") or "")
                raw = shown.splitlines()
                lines = [fm.elidedText(ln.expandtabs(4), Qt.TextElideMode.ElideRight,
                                       col_w - 24) for ln in raw[:STEP_LINES]]
                if len(raw) > STEP_LINES:
                    lines.append(self.tr("… {n} more lines").format(n=len(raw) - STEP_LINES))
                row.lines = lines or [self.tr("(nothing came back)")]
                height = len(row.lines) * fm.lineSpacing() + 8
                row.detail = QRect(col_x + 16, y + 2, col_w - 16, height)
                y += height + 8
            lay.steps.append(row)
        return y + 4

    @staticmethod
    def _step_icon(step: dict[str, object]) -> str:
        if not step.get("ok", True):
            return "alert"
        tool = str(step.get("tool") or "")
        if tool in ("browser.search", "browser.find"):
            return "search"
        if tool == "browser.open":
            return "file"
        return "settings"

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
            label = self.tr("Thought for a moment")
        else:
            label = self.tr("Thought for {seconds} s").format(seconds=format_number(seconds))
        cut = item.stats.get("thinking_cut")
        if cut == "loop":
            label += self.tr(" · cut short (it was going in circles)")
        elif cut:
            label += self.tr(" · cut short (thinking budget)")
        return label

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        model = index.model()
        if not isinstance(model, ChatModel):
            return QSize(0, 0)
        item = model.item(index.row())
        lay = self.layout(item, index.row() == model.rowCount() - 1)
        self._rows.heights[item.uid] = lay.height
        return QSize(self._view.viewport().width(), lay.height)

    def height_changed(self, index: ModelIndex) -> bool:
        """After a streaming update: did the row's height change (so the list must re-layout)?"""
        model = index.model()
        if not isinstance(model, ChatModel):
            return False
        item = model.item(index.row())
        lay = self.layout(item, index.row() == model.rowCount() - 1)
        return self._rows.heights.get(item.uid) != lay.height

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        model = index.model()
        if not isinstance(model, ChatModel):
            return
        item = model.item(index.row())
        last = index.row() == model.rowCount() - 1
        lay = self.layout(item, last)
        if item.streaming or lay.height > PIXMAP_MAX_HEIGHT or self._pointer.live(item.uid):
            self._drop_pixmap(item.uid)
            self._paint_row(painter, option.rect.topLeft(), item, lay, last)
            return
        ratio = painter.device().devicePixelRatioF()
        key = (self._rows.layouts[item.uid][0], option.rect.width(), ratio)
        cached = self._pixmaps.get(item.uid)
        if cached is None or cached[0] != key:
            self._drop_pixmap(item.uid)
            pixmap = QPixmap(max(1, round(option.rect.width() * ratio)),
                             max(1, round(lay.height * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(self.colors.window))  # opaque: blits without blending
            inner = QPainter(pixmap)
            self._paint_row(inner, QPoint(0, 0), item, lay, last)
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
                   last: bool) -> None:
        c = self.colors
        hover = self._pointer.hovered(item.uid)
        hovered = item.uid == self._pointer.hover_uid
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(origin)
        if lay.bubble is not None:
            path = QPainterPath()
            path.addRoundedRect(QRectF(lay.bubble), BUBBLE_RADIUS, BUBBLE_RADIUS)
            painter.fillPath(path, QColor(c.user_bubble))
        if lay.think is not None:
            self._paint_thinking(painter, item, lay.think, hover)
        if lay.reasoning is not None:
            painter.fillRect(QRect(lay.reasoning_pos.x() - 12, lay.reasoning_pos.y(), 2,
                                   int(lay.reasoning.doc.size().height())),
                             QColor(c.thinking_bar))
            self._draw_doc(painter, lay.reasoning, lay.reasoning_pos, c.muted,
                           self._pointer.selection_in(item.uid, "reasoning"))
        if lay.preamble is not None:
            self._draw_doc(painter, lay.preamble, lay.preamble_pos, c.muted, None)
        for step in lay.steps:
            self._paint_step(painter, item, step, hover)
        for i, rect in enumerate(lay.code_rects):
            self._paint_code_card(painter, lay, i, rect, item, hover)
        if lay.notice is not None:
            self._paint_notice(painter, lay.notice)
        if lay.body is not None:
            self._draw_doc(painter, lay.body, lay.body_pos,
                           c.user_text if item.role == "user" else c.text,
                           self._pointer.selection_in(item.uid, "body"))
        if lay.sources_toggle is not None:
            self._paint_sources(painter, item, lay, hover)
        if lay.typing is not None:
            self._paint_typing(painter, lay.typing)
        if lay.note is not None:
            self._paint_note(painter, item, lay, hover)
        focused = item.uid == self._pointer.focus_uid
        self._paint_footer(painter, item, lay, hover,
                           hovered or focused or (last and item.role == "assistant"))
        if focused:
            self._paint_focus(painter, lay)
        painter.restore()

    def _paint_focus(self, painter: QPainter, lay: RowLayout) -> None:
        """The keyboard's place in the transcript: a ring around the message (WCAG 2.4.7)."""
        col_x, col_w = self.column()
        left = max(1, col_x - 14)
        right = min(self._view.viewport().width() - 1, col_x + col_w + 14)
        rect = QRectF(left, 1, right - left, lay.height - 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(self.colors.accent), 2))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 12, 12)

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

    def _paint_toggle(self, painter: QPainter, r: QRect, icon: str, label: str, open_: bool,
                      hot: bool) -> None:
        """The Thinking and Sources toggles: icon, label and a chevron, a hover background."""
        c = self.colors
        ratio = painter.device().devicePixelRatioF()
        if hot:
            path = QPainterPath()
            path.addRoundedRect(QRectF(r), 8, 8)
            painter.fillPath(path, QColor(c.hover))
        painter.drawPixmap(r.x() + 8, r.y() + 7, icons.pixmap(icon, c.muted, 16, ratio))
        painter.setFont(self.small_font)
        painter.setPen(QColor(c.muted))
        painter.drawText(QRect(r.x() + 30, r.y(), r.width() - 50, r.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        chevron = "chevron-down" if open_ else "chevron-right"
        painter.drawPixmap(r.right() - 22, r.y() + 8, icons.pixmap(chevron, c.muted, 14, ratio))

    def _paint_thinking(self, painter: QPainter, item: ChatItem, r: QRect,
                        hover: Hit | None) -> None:
        self._paint_toggle(painter, r, "thinking", self.thinking_label(item), item.expanded,
                           hover == Hit(RowAction.THINK))

    def _paint_step(self, painter: QPainter, item: ChatItem, step: StepRow,
                    hover: Hit | None) -> None:
        self._paint_toggle(painter, step.toggle, step.icon, step.label,
                           step.index in item.steps_open, hover == Hit(RowAction.STEP, step.index))
        if step.detail is None:
            return
        c = self.colors
        fm = QFontMetrics(self.small_font)
        painter.fillRect(QRect(step.detail.x() - 12, step.detail.y(), 2, step.detail.height()),
                         QColor(c.thinking_bar))
        painter.setFont(self.small_font)
        painter.setPen(QColor(c.muted))
        y = step.detail.y() + 4
        for line in step.lines:
            painter.drawText(QRect(step.detail.x(), y, step.detail.width(), fm.lineSpacing()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line)
            y += fm.lineSpacing()

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

    def _paint_note(self, painter: QPainter, item: ChatItem, lay: RowLayout,
                    hover: Hit | None) -> None:
        """Why the answer ended, with what can be done about it, beside a small alert icon."""
        assert lay.note is not None
        c = self.colors
        fm = QFontMetrics(self.small_font)
        error = stop_of(item.stats, item.status) is StopReason.ERROR
        color = c.danger if error else c.warning
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(lay.note.x(), lay.note.y() + 6 + (fm.lineSpacing() - 14) // 2,
                           icons.pixmap("alert", color, 14, ratio))
        painter.setFont(self.small_font)
        painter.setPen(QColor(c.text if error else c.muted))
        y = lay.note.y() + 6
        for line in lay.note_lines:
            painter.drawText(QRect(lay.note.x() + 22, y, lay.note.width() - 22,
                                   fm.lineSpacing()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line)
            y += fm.lineSpacing()
        for action, rect, text in lay.links:
            font = self.link_font()
            font.setUnderline(hover == Hit(action))
            painter.setFont(font)
            painter.setPen(QColor(c.link))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             text)

    def link_font(self) -> QFont:
        font = QFont(self.small_font)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _paint_sources(self, painter: QPainter, item: ChatItem, lay: RowLayout,
                       hover: Hit | None) -> None:
        assert lay.sources_toggle is not None
        c = self.colors
        self._paint_toggle(painter, lay.sources_toggle, "file", self.sources_label(item),
                           item.sources_expanded, hover == Hit(RowAction.SOURCES))
        title_fm = QFontMetrics(self.source_title_font)
        fm = QFontMetrics(self.small_font)
        for row in lay.source_rows:
            rect = row.rect
            path = QPainterPath()
            path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
            hot = hover == Hit(RowAction.SOURCE, row.index)
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
                         item: ChatItem, hover: Hit | None) -> None:
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
        hit = Hit(RowAction.COPY_CODE, i)
        copied = self._pointer.recently_copied(item.uid, hit)
        color = c.text if hover == hit else c.muted
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
                      hover: Hit | None, show_actions: bool) -> None:
        c = self.colors
        ratio = painter.device().devicePixelRatioF()
        always = (RowAction.PREV, RowAction.NEXT)
        for action, rect in lay.buttons:
            if not show_actions and action not in always:
                continue
            hot = hover == Hit(action)
            enabled = self._button_enabled(item, action)
            if hot and enabled:
                path = QPainterPath()
                path.addRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 7, 7)
                painter.fillPath(path, QColor(c.hover))
            icon_name = {RowAction.PREV: "chevron-left",
                         RowAction.NEXT: "chevron-right"}.get(action, action.value)
            if action is RowAction.COPY and self._pointer.recently_copied(item.uid, Hit(action)):
                icon_name = "check"
            color = c.text if hot else (c.muted if enabled else c.border)
            painter.drawPixmap(rect.x() + (rect.width() - 16) // 2,
                               rect.y() + (rect.height() - 16) // 2,
                               icons.pixmap(icon_name, color, 16, ratio))
        painter.setFont(self.small_font)
        if lay.branch_label is not None:
            painter.setPen(QColor(c.muted))
            pos, total = item.branch
            painter.drawText(lay.branch_label, Qt.AlignmentFlag.AlignCenter, f"{pos}/{total}")
        self._draw_footer_text(painter, lay, self._footer_parts(item, lay, show_actions))

    def _footer_parts(self, item: ChatItem, lay: RowLayout,
                      show_actions: bool) -> list[tuple[str, str]]:
        """The footer's texts after the buttons, with their colors."""
        c = self.colors
        parts: list[tuple[str, str]] = []
        if lay.body is not None and lay.body.plain:
            parts.append((self.tr("Shown as plain text"), c.faint))
        if item.role != "assistant":
            return parts
        status = self.status_text(item)
        if status:
            # A refusal is a calm notice: its label is muted, not a warning.
            parts.append((status, c.muted if item.blocked else c.warning))
        if show_actions and not item.streaming:
            stats = self.stats_text(item)
            if stats:
                parts.append((stats, c.faint))
        return parts

    def _draw_footer_text(self, painter: QPainter, lay: RowLayout,
                          parts: list[tuple[str, str]]) -> None:
        """Left to right; what does not fit the row ends in "…" (`footer_tip` shows it all)."""
        x = lay.footer.x() + 4
        right = lay.footer.right()
        fm = QFontMetrics(self.small_font)
        for text, color in parts:
            room = right - x
            if room < fm.horizontalAdvance("……"):
                break
            painter.setPen(QColor(color))
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            width = fm.horizontalAdvance(shown)
            painter.drawText(QRect(x, lay.footer.y(), width + 2, lay.footer.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            x += width + 14

    def footer_tip(self, item: ChatItem, lay: RowLayout, pos: QPoint) -> str:
        """The footer's whole text when the pointer is on a footer too long for its row."""
        if not lay.footer.contains(pos):
            return ""
        texts = [t for t, _c in self._footer_parts(item, lay, True)]
        fm = QFontMetrics(self.small_font)
        need = sum(fm.horizontalAdvance(t) + 14 for t in texts)
        return " · ".join(texts) if need > lay.footer.width() - 4 else ""

    @staticmethod
    def _button_enabled(item: ChatItem, action: RowAction) -> bool:
        pos, total = item.branch
        if action is RowAction.PREV:
            return pos > 1
        if action is RowAction.NEXT:
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
        text = "" if self.note_text(item) else {  # the note above the footer says why
            MessageStatus.INTERRUPTED: self.tr("Interrupted"),
            MessageStatus.CANCELLED: self.tr("Stopped"),
            MessageStatus.ERROR: self.tr("Failed"),
        }.get(item.status, "")
        if item.stats.get(MALFORMED_KEY) and not item.streaming:
            note = self.tr("Not in the model's usual format: shown as it came")
            text = f"{text} · {note}" if text else note
        if item.stats.get(SAFETY_NOTICE_KEY) and not item.streaming:
            # The safety model failed or was slow for this answer: the rules checked it alone.
            note = self.tr("Checked by the safety rules only")
            text = f"{text} · {note}" if text else note
        return text

    def stats_text(self, item: ChatItem) -> str:
        s = item.stats
        if not s:
            return ""
        parts = []
        tokens = s.get("generated_tokens")
        if tokens:
            parts.append(self.tr("{n} tokens").format(n=format_number(tokens)))
        ttft = s.get("ttft_seconds")
        if ttft:
            parts.append(self.tr("{s} s to first token").format(s=format_number(ttft, 2)))
        tps = s.get("decode_tps")
        if tps:
            parts.append(self.tr("{r} tok/s").format(r=format_number(tps, 1)))
        cached, prompt = s.get("cached_tokens"), s.get("prompt_tokens")
        if cached and prompt:
            # The prompt tokens the model did not read again (memory or a saved state).
            parts.append(self.tr("{cached} of {prompt} prompt tokens cached").format(
                cached=format_number(int(cached)), prompt=format_number(int(prompt))))
            ahead = int(s.get("ahead_tokens") or 0)
            if ahead:
                # Of those, read while the person typed (read ahead before Send).
                parts.append(self.tr("{n} read while you typed").format(
                    n=format_number(ahead)))
        return " · ".join(parts)

    # ------------------------------------------------------------------ hit-testing

    def hit(self, item: ChatItem, lay: RowLayout, pos: QPoint) -> Hit | None:
        """The clickable place under `pos` (row coordinates), or None."""
        for action, rect in lay.buttons:
            if rect.contains(pos) and self._button_enabled(item, action):
                return Hit(action)
        if lay.think is not None and lay.think.contains(pos):
            return Hit(RowAction.THINK)
        for action, rect, _text in lay.links:
            if rect.contains(pos):
                return Hit(action)
        if lay.sources_toggle is not None and lay.sources_toggle.contains(pos):
            return Hit(RowAction.SOURCES)
        for step in lay.steps:
            if step.toggle.contains(pos):
                return Hit(RowAction.STEP, step.index)
        for row in lay.source_rows:
            if row.rect.contains(pos):
                return Hit(RowAction.SOURCE, row.index)
        for i, card in enumerate(lay.code_rects):
            if self.code_copy_rect(card).contains(pos):
                return Hit(RowAction.COPY_CODE, i)
        return None

    def anchor_at(self, lay: RowLayout, pos: QPoint) -> str:
        """The link under `pos` (row coordinates) in the answer, or ""."""
        if lay.body is None:
            return ""
        local = pos - lay.body_pos
        return lay.body.doc.documentLayout().anchorAt(local.toPointF())
