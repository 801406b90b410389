"""The sidebar: conversations (paged, pinned first), search with highlighted snippets, actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import storage
from app.ui import icons, shortcuts
from app.ui.plain import PlainLabel, tip
from app.ui.theme import LIGHT, Colors

ModelIndex = QModelIndex | QPersistentModelIndex
SIDEBAR_PAGE = 100
IdRole = Qt.ItemDataRole.UserRole + 1
PinnedRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
MessageIdRole = Qt.ItemDataRole.UserRole + 4
WritingRole = Qt.ItemDataRole.UserRole + 5  # an answer is being written in it now
SectionRole = Qt.ItemDataRole.UserRole + 6  # a heading above this row ("Pinned", "Recent")
SECTION_H = 26
SPIN_INTERVAL_MS = 80


class ConversationListModel(QAbstractListModel):
    """Conversations not deleted, pinned first then newest; pages in as the list scrolls.

    Thread: GUI. Renaming through the view (EditRole) writes to the store. Conversations in
    `hidden` are left out (deleted, waiting for their answer to stop before going to the trash).
    """

    def __init__(self, store: storage.Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._items: list[storage.Conversation] = []
        self._read = 0  # rows read from the store, hidden ones included (the next page's offset)
        self._exhausted = False
        self._writing: str | None = None
        self._hidden: frozenset[str] = frozenset()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        conv = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return conv.title or self.tr("New conversation")
        if role == Qt.ItemDataRole.EditRole:
            return conv.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if conv.id == self._writing:
                return tip(self.tr("{title}\nWriting an answer…").format(
                    title=conv.title or self.tr("New conversation")))
            return tip(conv.title) or None
        if role == IdRole:
            return conv.id
        if role == PinnedRole:
            return conv.pinned
        if role == WritingRole:
            return conv.id == self._writing
        if role == SectionRole:
            return self._section(index.row())
        return None

    def _section(self, row: int) -> str:
        """Pinned conversations come first under their own heading; the rest under "Recent"
        (no headings at all while nothing is pinned)."""
        if not self._items or not self._items[0].pinned:
            return ""
        if row == 0:
            return self.tr("Pinned")
        if not self._items[row].pinned and self._items[row - 1].pinned:
            return self.tr("Recent")
        return ""

    def set_writing(self, conversation_id: str | None) -> None:
        """Mark the conversation an answer is being written in (None: none)."""
        if conversation_id == self._writing:
            return
        old, self._writing = self._writing, conversation_id
        for cid in (old, conversation_id):
            row = self.row_of(cid) if cid is not None else -1
            if row >= 0:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx, [WritingRole, Qt.ItemDataRole.ToolTipRole])

    def writing(self) -> str | None:
        return self._writing

    def set_hidden(self, conversation_ids: set[str] | frozenset[str]) -> None:
        """Leave these conversations out of the list from the next reload on."""
        self._hidden = frozenset(conversation_ids)

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        title = str(value).strip()
        conv = self._items[index.row()]
        if not title or title == conv.title:
            return False
        self._store.rename_conversation(conv.id, title)
        self._items[index.row()] = self._store.get_conversation(conv.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._store.list_conversations(limit=SIDEBAR_PAGE, offset=self._read)
        self._read += len(page)
        if len(page) < SIDEBAR_PAGE:
            self._exhausted = True
        page = [c for c in page if c.id not in self._hidden]
        if page:
            self.beginInsertRows(QModelIndex(), len(self._items),
                                 len(self._items) + len(page) - 1)
            self._items.extend(page)
            self.endInsertRows()

    def reload(self) -> None:
        count = self.reload_count()
        self.set_items(self._store.list_conversations(limit=count), count)

    def reload_count(self) -> int:
        """How many conversations a reload reads (what is shown, at least a page)."""
        return max(SIDEBAR_PAGE, self._read)

    def set_items(self, items: list[storage.Conversation], count: int) -> None:
        """The list as read (elsewhere) with `limit=count`."""
        self.beginResetModel()
        self._read = len(items)
        self._items = [c for c in items if c.id not in self._hidden]
        self._exhausted = len(items) < count
        self.endResetModel()

    def row_of(self, conversation_id: str | None) -> int:
        for row, conv in enumerate(self._items):
            if conv.id == conversation_id:
                return row
        return -1

    def conversation(self, row: int) -> storage.Conversation:
        return self._items[row]


class SearchResultsModel(QAbstractListModel):
    """Search hits: a conversation title and a snippet with \\x02...\\x03 marking matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[storage.SearchHit] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.conversation_title or self.tr("New conversation")
        if role == IdRole:
            return hit.conversation_id
        if role == MessageIdRole:
            return hit.message_id
        if role == SnippetRole:
            return hit.snippet
        if role == PinnedRole:
            return False
        return None

    def set_hits(self, hits: list[storage.SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()


class SidebarDelegate(QStyledItemDelegate):
    """Rounded rows: title (and for search hits a snippet with its matches highlighted)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.spin_angle = 0  # degrees: where the "writing" spinner's arc starts now

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        if index.data(SnippetRole) and index.data(MessageIdRole):
            return QSize(100, fm.height() * 2 + 22)
        return QSize(100, fm.height() + 18 + (SECTION_H if index.data(SectionRole) else 0))

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: ModelIndex) -> None:
        super().updateEditorGeometry(editor, option, index)
        if index.data(SectionRole):  # rename over the title, not over the heading
            editor.setGeometry(editor.geometry().adjusted(0, SECTION_H, 0, 0))

    def _paint_section(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        font = QFont(option.font)
        font.setPointSizeF(option.font.pointSizeF() * 0.85)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(self.colors.faint))
        painter.drawText(QRect(option.rect.x() + 16, option.rect.y() + 6,
                               option.rect.width() - 32, SECTION_H - 8),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        c = self.colors
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(6, 1, -6, -1)
        section = index.data(SectionRole)
        if section:
            self._paint_section(painter, option, str(section))
            rect.setTop(rect.top() + SECTION_H)
        state = option.state
        bg = None
        if state & QStyle.StateFlag.State_Selected:
            bg = c.selected
        elif state & QStyle.StateFlag.State_MouseOver:
            bg = c.hover
        if bg:
            path = QPainterPath()
            path.addRoundedRect(QRectF(rect), 8, 8)
            painter.fillPath(path, QColor(bg))
        if state & QStyle.StateFlag.State_HasFocus:
            # Where the keyboard is in the list (WCAG 2.4.7).
            painter.setPen(QPen(QColor(c.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 8, 8)
        fm = QFontMetrics(option.font)
        x = rect.x() + 10
        right = rect.right() - 10
        if index.data(WritingRole):
            self._paint_spinner(painter, QRectF(right - 12, rect.y() + (fm.height() + 18) / 2 - 7,
                                                12, 12))
            right -= 20
        if index.data(PinnedRole):
            painter.drawPixmap(right - 14, rect.y() + (fm.height() + 18 - 14) // 2 - 1,
                               icons.pixmap("pin", c.faint, 14,
                                            painter.device().devicePixelRatioF()))
            right -= 20
        title = fm.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                              Qt.TextElideMode.ElideRight, right - x)
        snippet = index.data(SnippetRole)
        font = QFont(option.font)
        title_rect = QRect(x, rect.y() + 8, right - x, fm.height())
        if snippet and not index.data(MessageIdRole):
            # A title match: the title itself, its matched words highlighted.
            self._paint_snippet(painter, option.font, str(snippet), title_rect, scale=1.0)
            painter.restore()
            return
        if snippet:
            font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(c.text))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title)
        if snippet:
            self._paint_snippet(painter, option.font, str(snippet),
                                QRect(x, rect.y() + 10 + fm.height(), right - x, fm.height()))
        painter.restore()

    def _paint_spinner(self, painter: QPainter, rect: QRectF) -> None:
        """A small turning arc: an answer is being written in this conversation."""
        c = self.colors
        pen = QPen(QColor(c.border), 2.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        pen.setColor(QColor(c.accent))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, -self.spin_angle * 16, 110 * 16)

    def _paint_snippet(self, painter: QPainter, base: QFont, snippet: str, rect: QRect,
                       scale: float = 0.92) -> None:
        c = self.colors
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        painter.setFont(font)
        fm = QFontMetrics(font)
        x = rect.x()
        flat = snippet.replace("\n", " ")
        bold = False
        for part in flat.replace(storage.HIGHLIGHT_END, storage.HIGHLIGHT_START).split(
                storage.HIGHLIGHT_START):
            if part:
                width = fm.horizontalAdvance(part)
                if x + width > rect.right():
                    part = fm.elidedText(part, Qt.TextElideMode.ElideRight, rect.right() - x)
                    width = fm.horizontalAdvance(part)
                if bold:
                    painter.fillRect(QRect(x - 1, rect.y(), width + 2, rect.height()),
                                     QColor(c.highlight))
                painter.setPen(QColor(c.text if bold or scale == 1.0 else c.muted))
                painter.drawText(QRect(x, rect.y(), width + 1, rect.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, part)
                x += width
                if x >= rect.right():
                    break
            bold = not bold


class ConversationList(QListView):
    """The conversation list. A right click opens the menu of the conversation under the
    pointer without switching to it (a plain QListView makes it current first)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()
            return
        super().mousePressEvent(event)


class Sidebar(QFrame):
    """Conversations and search. Thread: GUI. The window reacts to its signals."""

    conversation_activated = Signal(str, object)  # conversation id, message id or None
    new_chat_requested = Signal()
    delete_requested = Signal(str)
    export_requested = Signal(str, str)  # conversation id, "markdown" | "json"
    settings_requested = Signal()
    menu_requested = Signal(object)  # the button to anchor the app menu on

    def __init__(self, store: storage.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._store = store
        self.model = ConversationListModel(store, self)
        self.results = SearchResultsModel(self)
        self.delegate = SidebarDelegate(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setContentsMargins(6, 0, 0, 0)
        self.logo = PlainLabel()
        self.logo.setPixmap(icons.app_icon().pixmap(22, 22))
        title = PlainLabel(self.tr("Hearth"))
        title.setObjectName("appTitle")
        self.new_button = QToolButton()
        self.new_button.setObjectName("iconButton")
        self.new_button.setToolTip(self.tr("New chat (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.clicked.connect(self.new_chat_requested)
        top.addWidget(self.logo)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.installEventFilter(self)
        self._search_action = QAction(self)
        self.search.addAction(self._search_action, QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.stack = QStackedWidget()
        self.list = self._make_list(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setAccessibleDescription(self.tr(
            "Up and Down open a conversation; the Menu key or Shift+F10 lists what can be done "
            "with it; F2 renames it."))
        self.list.installEventFilter(self)
        self.result_list = self._make_list(self.results)
        self.result_list.clicked.connect(self._on_result_clicked)
        self.result_list.activated.connect(self._on_result_clicked)
        self.result_list.setAccessibleName(self.tr("Search results"))
        self.no_results = PlainLabel(self.tr("No matches"))
        self.no_results.setObjectName("mutedLabel")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.result_list)
        self.stack.addWidget(self.no_results)
        layout.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("sidebarButton")
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_button.clicked.connect(self.settings_requested)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("iconButton")
        self.menu_button.setToolTip(self.tr("More"))
        self.menu_button.setAccessibleName(self.tr("More actions"))
        self.menu_button.clicked.connect(lambda: self.menu_requested.emit(self.menu_button))
        bottom.addWidget(self.settings_button)
        bottom.addStretch(1)
        bottom.addWidget(self.menu_button)
        layout.addLayout(bottom)
        self._suppress_activation = False
        self._spin = QTimer(self)
        self._spin.setInterval(SPIN_INTERVAL_MS)
        self._spin.timeout.connect(self._on_spin)

    def _make_list(self, model: QAbstractListModel) -> QListView:
        view = ConversationList() if model is self.model else QListView()
        view.setObjectName("conversationList")
        view.setModel(model)
        view.setItemDelegate(self.delegate)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setMouseTracking(True)
        view.setUniformItemSizes(False)  # headings make some rows taller
        view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        return view

    def set_colors(self, colors: Colors) -> None:
        self.delegate.colors = colors
        self.new_button.setIcon(icons.icon("new-chat", colors.muted))
        self.settings_button.setIcon(icons.icon("settings", colors.muted))
        self.menu_button.setIcon(icons.icon("more", colors.muted))
        self._search_action.setIcon(icons.icon("search", colors.faint, 16))
        self.list.viewport().update()
        self.result_list.viewport().update()

    # ------------------------------------------------------------------ conversations

    def reload(self, select: str | None = None) -> None:
        """Re-read the list (order changes as conversations are updated) and keep a selection."""
        self._suppress_activation = True
        try:
            self.model.reload()
            self.select(select)
        finally:
            self._suppress_activation = False

    def apply_list(self, items: list[storage.Conversation], count: int,
                   select: str | None = None) -> None:
        """Like reload, with the list read off the GUI thread (`limit=count`)."""
        self._suppress_activation = True
        try:
            self.model.set_items(items, count)
            self.select(select)
        finally:
            self._suppress_activation = False

    def set_writing(self, conversation_id: str | None) -> None:
        """Show a spinner on the conversation an answer is being written in (None: none)."""
        self.model.set_writing(conversation_id)
        if conversation_id is None:
            self._spin.stop()
        elif not self._spin.isActive():
            self._spin.start()

    def _on_spin(self) -> None:
        self.delegate.spin_angle = (self.delegate.spin_angle + 30) % 360
        row = self.model.row_of(self.model.writing())
        if row >= 0:
            self.list.viewport().update(self.list.visualRect(self.model.index(row)))

    def select(self, conversation_id: str | None) -> None:
        row = self.model.row_of(conversation_id)
        self._suppress_activation = True
        try:
            if row < 0:
                self.list.selectionModel().clearSelection()
                self.list.setCurrentIndex(QModelIndex())
            else:
                self.list.setCurrentIndex(self.model.index(row))
        finally:
            self._suppress_activation = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress_activation or not current.isValid():
            return
        self.conversation_activated.emit(current.data(IdRole), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.list:
                return self._list_key(event)
            if watched is self.search and event.key() == Qt.Key.Key_Down:
                # From the search box down into what it found (or the conversations).
                target = self.stack.currentWidget()
                if isinstance(target, QListView) and target.model().rowCount():
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    if not target.currentIndex().isValid():
                        target.setCurrentIndex(target.model().index(0, 0))
                    return True
        return super().eventFilter(watched, event)

    def _list_key(self, event: QKeyEvent) -> bool:
        index = self.list.currentIndex()
        if not index.isValid():
            return False
        if shortcuts.matches("conversation_menu", event):
            rect = self.list.visualRect(index)
            self._on_context_menu(QPoint(rect.x() + 24, rect.bottom()))
            return True
        if shortcuts.matches("delete", event) and self.list.state() != \
                QAbstractItemView.State.EditingState:
            self.delete_requested.emit(index.data(IdRole))
            return True
        return False

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        self.conversation_menu(index).exec(self.list.viewport().mapToGlobal(pos))

    def conversation_menu(self, index: QModelIndex) -> QMenu:
        """Rename, pin, export or delete the conversation at `index` (mouse and keyboard)."""
        conv = self.model.conversation(index.row())
        menu = QMenu(self)
        menu.setObjectName("conversationMenu")
        menu.setAccessibleName(self.tr("Conversation actions"))
        menu.addAction(self.tr("Rename"), lambda: self.list.edit(index))
        menu.addAction(self.tr("Unpin") if conv.pinned else self.tr("Pin"),
                       lambda: self.set_pinned(conv.id, not conv.pinned))
        menu.addSeparator()
        menu.addAction(self.tr("Export as Markdown…"),
                       lambda: self.export_requested.emit(conv.id, "markdown"))
        menu.addAction(self.tr("Export as JSON…"),
                       lambda: self.export_requested.emit(conv.id, "json"))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(conv.id))
        return menu

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        self._store.set_pinned(conversation_id, pinned)
        current = self.list.currentIndex()
        self.reload(current.data(IdRole) if current.isValid() else None)

    # ------------------------------------------------------------------ search

    def run_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            self.stack.setCurrentWidget(self.list)
            self.results.set_hits([])
            return
        hits = self._store.search(query, limit=60)
        self.results.set_hits(hits)
        self.stack.setCurrentWidget(self.result_list if hits else self.no_results)

    def _on_result_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.conversation_activated.emit(index.data(IdRole), index.data(MessageIdRole))
