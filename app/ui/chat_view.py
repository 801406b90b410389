"""The chat view: a QListView over a ChatModel, painted by one ChatDelegate (no widget per message).

The view does what is not painting: it keeps to the bottom while the reader is there, pages in
older messages at the top, tracks hover, selects text, runs row actions and hands typing to the
composer. It takes keyboard focus too: one message is current (the delegate rings it), the keys
in app.ui.shortcuts move between messages and run their actions, and a menu (Menu, Shift+F10,
Enter) offers every action of a message. The window switches it between conversations' models
with `setModel`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QMessageBox,
    QToolButton,
    QToolTip,
    QWidget,
)

from app.ui import links, shortcuts
from app.ui.chat_delegate import ChatDelegate
from app.ui.chat_layout import Hit, Pointer, RowAction, Selection, ordered_sources
from app.ui.chat_model import ChatModel, Roles
from app.ui.markdown import Rendered, lexers
from app.ui.plain import tip

ModelIndex = QModelIndex | QPersistentModelIndex


class ChatView(QListView):
    """Shows a ChatModel; keeps to the bottom while the user is there. Thread: GUI."""

    # A row action was clicked (or run through `trigger`): the RowAction, the row, and its
    # argument (the source index for SOURCE, the code block for COPY_CODE, else 0).
    action_triggered = Signal(object, int, int)
    # The keyboard left the transcript for the message box (Esc, or typing).
    composer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # How a clicked link is confirmed (tests answer for the person).
        self.confirm_link: Callable[[QMessageBox], bool] = links.ask
        self.setObjectName("chatView")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab and a click reach it; the current message is where the keyboard is.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoScroll(False)  # the view scrolls to the current message itself
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(self.tr(
            "Messages, oldest first. Up and Down move between them; Enter or the Menu key "
            "lists what can be done with one."))
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.verticalScrollBar().setSingleStep(24)
        self.pointer = Pointer()
        self.chat_delegate = ChatDelegate(self, self.pointer)
        self.setItemDelegate(self.chat_delegate)
        self._wired: ChatModel | None = None
        self._selecting = False  # a mouse drag is extending the selection
        self._keyboard = False  # the keyboard moved in the transcript: show where it is
        self._stick = True
        self._restore_from_bottom: int | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(330)
        self._tick.timeout.connect(self._on_tick)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)
        lexers.ready.connect(self._on_lexer_ready)
        # Shown while an answer streams below a view the reader scrolled up.
        self.jump_button = QToolButton(self)
        self.jump_button.setObjectName("jumpButton")
        self.jump_button.setText(self.tr("Jump to latest ↓"))
        self.jump_button.setToolTip(self.tr("Follow the answer being written"))
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.clicked.connect(self.scroll_to_end)
        self.jump_button.hide()

    # ------------------------------------------------------------------ model wiring

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        """Show `model`, a ChatModel: the window switches conversations this way. The new rows
        show from the bottom, with no hover or selection carried over; the model left keeps
        streaming on its own and its layouts stay cached for a switch back."""
        if model is self.model():
            return
        if self._wired is not None:
            self._wired.stream_updated.disconnect(self._on_stream_updated)
            self._wired.modelReset.disconnect(self._on_reset)
            self._wired.rowsInserted.disconnect(self._on_rows_inserted)
            self._wired.older_loaded.disconnect(self._on_older_loaded)
            self._wired = None
        self.pointer.clear()
        self._selecting = False
        self._stick = True
        self._restore_from_bottom = None
        self.viewport().unsetCursor()
        self.chat_delegate.show_model(model)
        # Qt makes a selection model per setModel and leaves the old one to its owner: without
        # this, every switch would leave one behind on the view.
        old_selection = self.selectionModel()
        super().setModel(model)
        if old_selection is not None:
            old_selection.deleteLater()
        if isinstance(model, ChatModel):
            model.stream_updated.connect(self._on_stream_updated)
            model.modelReset.connect(self._on_reset)
            model.rowsInserted.connect(self._on_rows_inserted)
            model.older_loaded.connect(self._on_older_loaded)
            self._wired = model
            if model.streaming_row() >= 0:
                self._tick.start()
        selection = self.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(self._on_current_changed)
        QTimer.singleShot(0, self.scroll_to_end)
        QTimer.singleShot(0, self.fill_viewport)
        self._update_jump()

    def chat_model(self) -> ChatModel:
        model = self.model()
        assert isinstance(model, ChatModel)
        return model

    def _on_lexer_ready(self, _language: str) -> None:
        """A code block shown plain while its lexer compiled can have its colors now."""
        self.chat_delegate.clear_cache()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def retranslate_ui(self) -> None:
        """After a language switch: the rows' labels (Thinking, Copy, Sources, the stats line)
        are in their cached layouts and pixmaps; lay the rows out again."""
        self.chat_delegate.clear_cache()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def _on_reset(self) -> None:
        self.pointer.clear()
        self._selecting = False
        self.chat_delegate.model_reset(self.chat_model())
        self._stick = True
        QTimer.singleShot(0, self.scroll_to_end)
        QTimer.singleShot(0, self.fill_viewport)

    def _on_older_loaded(self, _count: int) -> None:
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
        self._update_jump()

    def _on_tick(self) -> None:
        """Repaint the streaming row (its typing dots and "Thinking… N s" move with time)."""
        model = self.model()
        row = model.streaming_row() if isinstance(model, ChatModel) else -1
        if row < 0:
            self._tick.stop()
            self._update_jump()
            return
        self.viewport().update(self.visualRect(self.chat_model().index(row)))

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._stick = True
        self._update_jump()

    def _update_jump(self) -> None:
        """The jump button shows while an answer streams and the reader is not at the bottom."""
        model = self.model()
        streaming = isinstance(model, ChatModel) and model.streaming_row() >= 0
        show = streaming and not self._stick
        if show:
            self.jump_button.adjustSize()
            vp = self.viewport().geometry()
            self.jump_button.move(vp.x() + (vp.width() - self.jump_button.width()) // 2,
                                  vp.bottom() - self.jump_button.height() - 14)
            self.jump_button.raise_()
        if show != self.jump_button.isVisible():
            self.jump_button.setVisible(show)

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 4
        self._update_jump()
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
        self._update_jump()

    # ------------------------------------------------------------------ hover and clicks

    def _hit(self, pos: QPoint) -> tuple[int, Hit | None, str]:
        """(row, clickable place, link) under a viewport point."""
        index = self.indexAt(pos)
        if not index.isValid():
            return -1, None, ""
        model = self.chat_model()
        item = model.item(index.row())
        lay = self.chat_delegate.layout(item, index.row() == model.rowCount() - 1)
        local = pos - self.visualRect(index).topLeft()
        return (index.row(), self.chat_delegate.hit(item, lay, local),
                self.chat_delegate.anchor_at(lay, local))

    def _set_hover(self, row: int, hit: Hit | None) -> None:
        model = self.model()
        uid = model.item(row).uid if isinstance(model, ChatModel) and \
            0 <= row < model.rowCount() else -1
        pointer = self.pointer
        if uid == pointer.hover_uid and hit == pointer.hover:
            return
        old = pointer.hover_uid
        pointer.hover_uid, pointer.hover = uid, hit
        for changed in {old, uid}:
            self._update_uid(changed)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._selecting and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend_selection(pos)
            return
        row, hit, anchor = self._hit(pos)
        self._set_hover(row, hit)
        if hit or anchor:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        elif self._text_at(pos) is not None:
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        else:
            self.viewport().unsetCursor()
        if hit:
            QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(hit.action), self)
        elif anchor:
            # Where a link really goes, whatever its text says.
            QToolTip.showText(event.globalPosition().toPoint(),
                              tip(links.address(QUrl(anchor)) or anchor), self)
        elif row >= 0:
            full = self._footer_tip(row, pos)
            if full:  # a footer cut at the row's edge, whole
                QToolTip.showText(event.globalPosition().toPoint(), full, self)
        super().mouseMoveEvent(event)

    def _footer_tip(self, row: int, pos: QPoint) -> str:
        index = self.indexAt(pos)
        if not index.isValid():
            return ""
        model = self.chat_model()
        item = model.item(row)
        lay = self.chat_delegate.layout(item, row == model.rowCount() - 1)
        return self.chat_delegate.footer_tip(item, lay, pos - self.visualRect(index).topLeft())

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(-1, None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            row, hit, anchor = self._hit(pos)
            if hit:
                self.trigger(hit.action, row, hit.arg)
                return
            if anchor:
                self.open_link(anchor)
                return
            self.clear_selection()
            found = self._text_at(pos)
            if found is not None:
                uid, part, char = found
                self.pointer.selection = Selection(uid, part, char, char)
                self._selecting = True
                self.setFocus(Qt.FocusReason.MouseFocusReason)  # for Ctrl+C
                return
        super().mousePressEvent(event)

    def open_link(self, href: str) -> bool:
        """A link in a message was clicked: show its real address, open only web and mail
        addresses, and only once the person says so (app.ui.links)."""
        return links.open_link(href, self, confirm=self.confirm_link)

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
        found = self._text_at(event.position().toPoint())
        if found is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        uid, part, char = found
        rendered = self._rendered(uid, part)
        if rendered is None:
            return
        cursor = QTextCursor(rendered.doc)
        cursor.setPosition(char)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        self.pointer.selection = Selection(uid, part, cursor.selectionStart(),
                                           cursor.selectionEnd())
        self._selecting = False
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._update_uid(uid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                            | Qt.KeyboardModifier.MetaModifier
                            | Qt.KeyboardModifier.ShiftModifier)
        row = self.current_row()
        if shortcuts.matches("copy_message", event) or event.matches(
                QKeySequence.StandardKey.Copy):
            if self.selected_text():
                QGuiApplication.clipboard().setText(self.selected_text())
            elif row >= 0:
                self.trigger(RowAction.COPY, row)
            return
        if key == Qt.Key.Key_Escape:
            if self.pointer.selection is not None:
                self.clear_selection()
            else:
                self.composer_requested.emit()
            return
        if shortcuts.matches("message_menu", event):
            self.open_message_menu(row if row >= 0 else self._row_in_view())
            return
        if plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step(-1 if key == Qt.Key.Key_Up else 1)
            return
        if plain and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.scroll_page(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        if shortcuts.matches("first_message", event) or (plain and key == Qt.Key.Key_Home):
            self.focus_message(0)
            return
        if shortcuts.matches("last_message", event) or (plain and key == Qt.Key.Key_End):
            self.focus_message(self.model().rowCount() - 1 if self.model() else -1)
            return
        if row >= 0 and (shortcuts.matches("previous_version", event)
                         or shortcuts.matches("next_version", event)):
            pos, total = self.chat_model().item(row).branch
            if key == Qt.Key.Key_Left and pos > 1:
                self.trigger(RowAction.PREV, row)
            elif key == Qt.Key.Key_Right and pos < total:
                self.trigger(RowAction.NEXT, row)
            return
        if row >= 0 and shortcuts.matches("toggle_thinking", event) and \
                self.chat_model().item(row).reasoning:
            self.trigger(RowAction.THINK, row)
            return
        # Anything else is typing: it belongs in the composer, which gets focus back.
        target = self.window().findChild(QWidget, "composerEdit")
        if target is not None and event.text():
            self.clear_selection()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            QCoreApplication.sendEvent(target, event)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ keyboard focus

    def current_row(self) -> int:
        """The message the keyboard is on, or -1."""
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or not isinstance(model, ChatModel) or \
                not 0 <= index.row() < model.rowCount():
            return -1
        return index.row()

    def focus_message(self, row: int) -> None:
        """Put the keyboard on message `row` (clamped), scrolled into view."""
        model = self.model()
        if not isinstance(model, ChatModel) or model.rowCount() == 0:
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        row = max(0, min(row, model.rowCount() - 1))
        self._keyboard = True
        index = model.index(row)
        self.setCurrentIndex(index)
        self.executeDelayedItemsLayout()
        tall = self.visualRect(index).height() > self.viewport().height()
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop if tall
                      else QAbstractItemView.ScrollHint.EnsureVisible)
        if row == model.rowCount() - 1 and not tall:
            self.scroll_to_end()
        if not self.hasFocus():
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._show_focus()

    def reveal(self, message_id: str) -> None:
        """Scroll message `message_id` to the top (older pages are read in until it is there),
        once the view has laid out what it shows now."""
        rows = self.model()
        if not isinstance(rows, ChatModel):
            return
        row = rows.row_of(message_id)
        while row < 0 and rows.has_older():
            rows.arm_fetch()
            rows.fetchMore(QModelIndex())
            row = rows.row_of(message_id)
        if row >= 0:
            index = rows.index(row)
            QTimer.singleShot(0, lambda: self.scrollTo(
                index, QAbstractItemView.ScrollHint.PositionAtTop))

    def step(self, step: int) -> None:
        """Up / Down: through a message taller than the view a few lines at a time, else to
        the previous / next message (Alt+Up / Alt+Down from anywhere come here too)."""
        row = self.current_row()
        if row < 0 or not self.hasFocus():
            self.focus_message(row if row >= 0 else self._row_in_view(prefer_last=step < 0))
            return
        rect = self.visualRect(self.chat_model().index(row))
        bar = self.verticalScrollBar()
        lines = bar.singleStep() * 3
        if step < 0 and rect.top() < 0:
            bar.setValue(bar.value() - min(lines, -rect.top()))
            return
        if step > 0 and rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + min(lines, rect.bottom() - self.viewport().height()))
            return
        self.focus_message(row + step)

    def scroll_page(self, direction: int) -> None:
        """PageUp / PageDown (from the message box too): scroll a page; with the keyboard in
        the transcript, the current message follows to what is shown."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + direction * max(bar.singleStep(), bar.pageStep() - 40))
        if self.hasFocus():
            row = self._row_in_view(prefer_last=direction > 0)
            if row >= 0:
                self.setCurrentIndex(self.chat_model().index(row))
                self._show_focus()

    def _row_in_view(self, prefer_last: bool = True) -> int:
        """The message shown at the bottom (or top) of the view, or the last one."""
        model = self.model()
        if not isinstance(model, ChatModel) or model.rowCount() == 0:
            return -1
        if prefer_last and self._stick:
            return model.rowCount() - 1
        y = self.viewport().height() - 8 if prefer_last else 8
        index = self.indexAt(QPoint(self.viewport().width() // 2, y))
        return index.row() if index.isValid() else model.rowCount() - 1

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_focus()

    def _show_focus(self) -> None:
        """Ring the current message while the keyboard is in the transcript."""
        row = self.current_row()
        uid = self.chat_model().item(row).uid if row >= 0 and self.hasFocus() and \
            self._keyboard else -1
        old, self.pointer.focus_uid = self.pointer.focus_uid, uid
        if old != uid:
            for changed in (old, uid):
                self._update_uid(changed)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                      Qt.FocusReason.ShortcutFocusReason):
            self._keyboard = True
            if self.current_row() < 0 or reason != Qt.FocusReason.ShortcutFocusReason:
                row = self._row_in_view()
                if row >= 0 and row != self.current_row():
                    self.setCurrentIndex(self.chat_model().index(row))
        elif reason == Qt.FocusReason.MouseFocusReason:
            self._keyboard = False
        self._show_focus()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the message's menu is open
            self._show_focus()

    # ------------------------------------------------------------------ text selection

    def selected_text(self) -> str:
        sel = self.pointer.selection
        if sel is None or sel.anchor == sel.position:
            return ""
        rendered = self._rendered(sel.uid, sel.part)
        if rendered is None:
            return ""
        cursor = QTextCursor(rendered.doc)
        end = max(0, rendered.doc.characterCount() - 1)
        cursor.setPosition(min(sel.anchor, end))
        cursor.setPosition(min(sel.position, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selection().toPlainText()

    def select_text(self, row: int, part: str, start: int, end: int) -> None:
        """Select characters of a message part, as a mouse drag would (tests, keyboard)."""
        model = self.chat_model()
        if 0 <= row < model.rowCount():
            self.clear_selection()
            uid = model.item(row).uid
            self.pointer.selection = Selection(uid, part, start, end)
            self._update_uid(uid)

    def clear_selection(self) -> None:
        sel = self.pointer.selection
        if sel is not None:
            self.pointer.selection = None
            self._selecting = False
            self._update_uid(sel.uid)

    def _row_of(self, uid: int) -> int:
        model = self.model()
        if not isinstance(model, ChatModel) or uid < 0:
            return -1
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
        found = self._part_origin(row, part) if row >= 0 else None
        return found[0] if found is not None else None

    def _part_origin(self, row: int, part: str) -> tuple[Rendered, QPoint] | None:
        """The text of that part of that row and its top-left corner in the viewport."""
        model = self.chat_model()
        lay = self.chat_delegate.layout(model.item(row), row == model.rowCount() - 1)
        rendered, pos = lay.part(part)
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
        sel = self.pointer.selection
        if sel is None:
            return
        row = self._row_of(sel.uid)
        found = self._part_origin(row, sel.part) if row >= 0 else None
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
        if char != sel.position:
            sel.position = char
            self._update_uid(sel.uid)

    # ------------------------------------------------------------------ row actions

    def trigger(self, action: RowAction, row: int, arg: int = 0) -> None:
        """Run a row action, as a click on it does (also what tests call), and emit it."""
        action = RowAction(action)
        model = self.chat_model()
        if not 0 <= row < model.rowCount():
            return
        item = model.item(row)
        if action in (RowAction.THINK, RowAction.SOURCES):
            role = Roles.Expanded if action is RowAction.THINK else Roles.SourcesExpanded
            shown = item.expanded if action is RowAction.THINK else item.sources_expanded
            top = self.visualRect(model.index(row)).top()
            model.setData(model.index(row), not shown, role)
            self.chat_delegate.sizeHintChanged.emit(model.index(row))
            self._keep_row_top(row, top)
        elif action is RowAction.STEP:
            opened = set(item.steps_open) ^ {arg}
            model.setData(model.index(row), opened, Roles.StepsOpen)
            self.chat_delegate.sizeHintChanged.emit(model.index(row))
        elif action in (RowAction.COPY, RowAction.COPY_CODE):
            if action is RowAction.COPY:
                text = item.content
            else:
                lay = self.chat_delegate.layout(item, row == model.rowCount() - 1)
                blocks = lay.body.code_blocks if lay.body else []
                text = blocks[arg].code if 0 <= arg < len(blocks) else ""
            QGuiApplication.clipboard().setText(text)
            self.pointer.copied = (item.uid, Hit(action, arg), time.monotonic())
            self.viewport().update(self.visualRect(model.index(row)))
            QTimer.singleShot(1600, self.viewport().update)
        self.action_triggered.emit(action, row, arg)

    def _keep_row_top(self, row: int, top: int) -> None:
        """A row that opened (Thinking, Sources) grows downwards: its header stays where the
        reader clicked it instead of being pushed up by keeping to the bottom."""
        if top < 0:
            return  # the header was above the view: nothing to keep
        self._stick = False
        self.executeDelayedItemsLayout()
        moved = self.visualRect(self.chat_model().index(row)).top() - top
        if moved:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + moved)
        self._stick = self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() - 4

    def _tooltip(self, action: RowAction) -> str:
        return {
            RowAction.COPY: self.tr("Copy"),
            RowAction.EDIT: self.tr("Edit and resend"),
            RowAction.REGENERATE: self.tr("Regenerate"),
            RowAction.PREV: self.tr("Previous version"),
            RowAction.NEXT: self.tr("Next version"),
            RowAction.THINK: self.tr("Show or hide the reasoning"),
            RowAction.SOURCES: self.tr("Show or hide the sources of this answer"),
            RowAction.SOURCE: self.tr("Open the file at this place"),
            RowAction.STEP: self.tr("Show or hide what the tool gave back"),
            RowAction.COPY_CODE: self.tr("Copy code"),
            RowAction.CONTINUE: self.tr("Write more of this answer"),
            RowAction.RAISE_LIMIT: self.tr("Change the longest answer in Settings"),
        }[action]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_message_menu(self.current_row() if self.current_row() >= 0
                                   else self._row_in_view())
            return
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.message_menu(index.row()).exec(event.globalPos())

    def open_message_menu(self, row: int) -> QMenu | None:
        """The message's menu under it, for the keyboard (Menu, Shift+F10, Enter)."""
        if row < 0:
            return None
        self.focus_message(row)
        rect = self.visualRect(self.chat_model().index(row))
        bottom = min(max(rect.bottom(), 0), self.viewport().height() - 1)
        x, _width = self.chat_delegate.column()
        menu = self.message_menu(row)
        menu.exec(self.viewport().mapToGlobal(QPoint(x, max(rect.top(), min(bottom, 40)))))
        return menu

    def message_menu(self, row: int) -> QMenu:
        """Every action of message `row`, with access keys: what the buttons and toggles under
        and in a message do with the mouse."""
        menu = QMenu(self)
        menu.setObjectName("messageMenu")
        menu.setAccessibleName(self.tr("Message actions"))
        model = self.chat_model()
        item = model.item(row)
        sel = self.pointer.selection
        selected = self.selected_text() if sel is not None and sel.uid == item.uid else ""

        def add(text: str, action: RowAction, arg: int = 0, enabled: bool = True) -> None:
            act = menu.addAction(text, lambda: self.trigger(action, row, arg))
            act.setEnabled(enabled)
            act.setData(f"{action.value}:{arg}")

        if selected:
            menu.addAction(self.tr("Copy selection"),
                           lambda: QGuiApplication.clipboard().setText(selected))
        add(self.tr("&Copy message"), RowAction.COPY)
        lay = self.chat_delegate.layout(item, row == model.rowCount() - 1)
        blocks = lay.body.code_blocks if lay.body is not None else []
        for i, block in enumerate(blocks):
            add(self.tr("Copy code block {n} ({language})").format(
                n=i + 1, language=block.language or self.tr("code")), RowAction.COPY_CODE, i)
        if not item.streaming:
            if item.role == "user":
                add(self.tr("&Edit and resend"), RowAction.EDIT)
            else:
                last = row == model.rowCount() - 1
                for action, text in self.chat_delegate.note_links(item, last):
                    if action is RowAction.CONTINUE:
                        add(text, RowAction.CONTINUE)
                if self.chat_delegate.can_regenerate(item):
                    add(self.tr("&Regenerate"), RowAction.REGENERATE)
        pos, total = item.branch
        if total > 1:
            menu.addSeparator()
            add(self.tr("&Previous version ({pos}/{total})").format(pos=pos, total=total),
                RowAction.PREV, enabled=pos > 1)
            add(self.tr("&Next version ({pos}/{total})").format(pos=pos, total=total),
                RowAction.NEXT, enabled=pos < total)
        if item.reasoning or item.steps or item.sources:
            menu.addSeparator()
        if item.reasoning:
            add(self.tr("Hide the &thinking") if item.expanded else self.tr("Show the &thinking"),
                RowAction.THINK)
        for i, step in enumerate(item.steps):
            if not step.get("running"):
                label = str(step.get("summary") or step.get("tool") or self.tr("a tool"))
                add(self.tr("Show or hide what came back: {step}").format(step=label),
                    RowAction.STEP, i)
        if item.sources:
            add(self.tr("Hide the &sources") if item.sources_expanded
                else self.tr("Show the &sources"), RowAction.SOURCES)
            for index, _cited in ordered_sources(item):
                add(self.tr("Open {source}").format(
                    source=self.chat_delegate.source_title(item.sources[index], index)),
                    RowAction.SOURCE, index)
        return menu

    def copy_last_answer(self) -> bool:
        """Ctrl+Shift+C: the last answer with text on the clipboard."""
        model = self.model()
        if not isinstance(model, ChatModel):
            return False
        for row in range(model.rowCount() - 1, -1, -1):
            item = model.item(row)
            if item.role == "assistant" and item.content and not item.blocked:
                self.trigger(RowAction.COPY, row)
                return True
        return False
