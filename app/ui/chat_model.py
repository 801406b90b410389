"""ChatModel: the one source of truth for the visible conversation (a paged list model).

Lives on the GUI thread. Rows are the messages of the active branch, oldest first. Only the last
page is exposed at first; older pages are prepended on demand (`fetchMore`, armed by the view
when the user scrolls to the top). While a reply streams, only its row gets `dataChanged`, and
only for the roles that changed.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.core import storage
from app.core.chat import (
    PREAMBLE_KEY,
    AnswerBlocked,
    PromptBlocked,
    SourcesAttached,
    ToolFinished,
    ToolStarted,
)
from app.core.documents.browser import number_citations
from app.core.engine import Done
from app.core.harmony import ChannelStarted, TextDelta
from app.core.sources import source_dict
from app.core.status import MessageStatus
from app.core.thinking import ThinkingCut
from app.core.tools import CITATIONS_KEY, STEPS_KEY

PAGE_SIZE = 40
# Opening a conversation renders only its last few messages (each costs a Markdown render and a
# layout on the GUI thread: 40 of them froze the window for 60-130 ms); the view pages in more
# when they do not fill it or when the reader scrolls to the top.
FIRST_PAGE = 12
# A streaming reply's Markdown is re-rendered at a block boundary or at least this often;
# in between, new text is appended plainly (see ChatDelegate._doc).
RENDER_INTERVAL_S = 0.25
RENDER_MIN_INTERVAL_S = 0.08

ModelIndex = QModelIndex | QPersistentModelIndex
_uids = itertools.count(1)


class Roles(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Role = Qt.ItemDataRole.UserRole + 2
    Content = Qt.ItemDataRole.UserRole + 3
    Reasoning = Qt.ItemDataRole.UserRole + 4
    ReasoningSeconds = Qt.ItemDataRole.UserRole + 5
    Status = Qt.ItemDataRole.UserRole + 6
    Stats = Qt.ItemDataRole.UserRole + 7
    Branch = Qt.ItemDataRole.UserRole + 8
    Streaming = Qt.ItemDataRole.UserRole + 9
    Expanded = Qt.ItemDataRole.UserRole + 10
    RenderVersion = Qt.ItemDataRole.UserRole + 11
    Uid = Qt.ItemDataRole.UserRole + 12
    Phase = Qt.ItemDataRole.UserRole + 13
    ReasoningStarted = Qt.ItemDataRole.UserRole + 14
    Model = Qt.ItemDataRole.UserRole + 15
    Sources = Qt.ItemDataRole.UserRole + 16
    SourcesExpanded = Qt.ItemDataRole.UserRole + 17
    Steps = Qt.ItemDataRole.UserRole + 18  # the tools the answer used (list of step dicts)
    StepsOpen = Qt.ItemDataRole.UserRole + 19  # which of them are opened (set of indexes)


@dataclass
class ChatItem:
    """One visible message. `uid` is stable for the life of the row (ids arrive late) and
    unique across all models: the view's caches are keyed by it."""

    id: str
    role: str
    content: str = ""
    reasoning: str = ""
    preamble: str = ""  # what the model said to the person before answering (commentary)
    reasoning_seconds: float = 0.0
    status: MessageStatus = MessageStatus.COMPLETE
    stats: dict[str, Any] = field(default_factory=dict)
    model: str = ""
    branch: tuple[int, int] = (1, 1)
    sources: list[dict[str, Any]] = field(default_factory=list)
    streaming: bool = False
    expanded: bool = False
    sources_expanded: bool = False
    # The tools the model used for this answer (ToolStep dicts, in order; "running" while one
    # runs) and which of them the person opened to see what came back.
    steps: list[dict[str, Any]] = field(default_factory=list)
    steps_open: set[int] = field(default_factory=set)
    render_version: int = 0
    phase: str = ""  # while streaming: "" (waiting) | "thinking" | "answering"
    reasoning_started: float | None = None
    last_render: float = 0.0
    uid: int = field(default_factory=lambda: next(_uids))

    @classmethod
    def from_message(cls, m: storage.Message, branch: tuple[int, int]) -> ChatItem:
        status = MessageStatus(m.status)
        if status is MessageStatus.STREAMING:  # read back from storage: no writer of ours
            status = MessageStatus.INTERRUPTED
        return cls(id=m.id, role=m.role, content=shown_content(m.content, m.stats),
                   reasoning=m.reasoning, preamble=str(m.stats.get(PREAMBLE_KEY) or ""),
                   reasoning_seconds=m.reasoning_seconds, status=status,
                   stats=dict(m.stats), model=m.model, branch=branch,
                   sources=[source_dict(s) for s in m.sources], steps=saved_steps(m.stats))

    @property
    def blocked(self) -> bool:
        """The safety filter refused the prompt: the row is its calm notice, not an answer."""
        return self.role == "assistant" and (self.status is MessageStatus.BLOCKED
                                             or bool(self.stats.get("blocked_category")))


def shown_content(content: str, stats: dict[str, Any]) -> str:
    """An answer as shown: the browser's citations (`【3†L9-L11】`) as the numbers of the sources
    under it, like the passages mode's `[1]`; the saved text keeps what the model wrote."""
    mapping = stats.get(CITATIONS_KEY)
    if isinstance(mapping, dict) and mapping:
        return number_citations(content, {str(k): int(v) for k, v in mapping.items()
                                          if isinstance(v, int)})
    return content


def saved_steps(stats: dict[str, Any]) -> list[dict[str, Any]]:
    steps = stats.get(STEPS_KEY)
    return [dict(s) for s in steps if isinstance(s, dict)] if isinstance(steps, list) else []


class ChatModel(QAbstractListModel):
    """The visible conversation. Thread: GUI."""

    stream_updated = Signal(int)  # row: the streaming row changed (the view may re-layout it)
    older_loaded = Signal(int)  # how many rows were prepended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ChatItem] = []
        self._older: list[ChatItem] = []  # loaded from storage but not yet shown (oldest first)
        # Older messages not read from storage yet: the parent of the oldest one read, where
        # `Store.path_to` goes on (None: the conversation's first message has been read).
        self._older_from: str | None = None
        self._store: storage.Store | None = None
        self._positions: dict[str, tuple[int, int]] = {}
        self._fetch_armed = False
        self.conversation_id: str | None = None

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Content):
            return item.content
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(item)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.accessible_description(item)
        getter = _ROLE_FIELDS.get(role)
        return getattr(item, getter) if getter else None

    def accessible_text(self, item: ChatItem) -> str:
        """What a screen reader reads for a message: who wrote it, then the text."""
        if item.role == "user":
            return self.tr("You: {text}").format(text=item.content)
        if item.streaming and not item.content:
            return self.tr("Hearth is thinking…") if item.phase == "thinking" else \
                self.tr("Hearth is writing…")
        return self.tr("Hearth: {text}").format(text=item.content)

    def accessible_description(self, item: ChatItem) -> str:
        """The rest a sighted reader sees around the text: versions, status, thinking, sources."""
        parts = []
        pos, total = item.branch
        if total > 1:
            parts.append(self.tr("Version {pos} of {total}").format(pos=pos, total=total))
        status = {MessageStatus.INTERRUPTED: self.tr("Interrupted"),
                  MessageStatus.CANCELLED: self.tr("Stopped"),
                  MessageStatus.ERROR: self.tr("Failed")}.get(item.status)
        if item.blocked:
            status = self.tr("Stopped by the local safety filter")
        if status:
            parts.append(status)
        if item.reasoning:
            parts.append(self.tr("Thinking shown") if item.expanded
                         else self.tr("Has thinking, hidden"))
            if item.expanded:
                parts.append(item.reasoning)
        if item.sources:
            parts.append(self.tr("{n} sources").format(n=len(item.sources)))
        return ". ".join(parts)

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Roles.Expanded, Roles.SourcesExpanded,
                                               Roles.StepsOpen):
            return False
        item = self._items[index.row()]
        if role == Roles.StepsOpen:
            item.steps_open = {int(i) for i in value if 0 <= int(i) < len(item.steps)}
        elif role == Roles.Expanded:
            item.expanded = bool(value)
        else:
            item.sources_expanded = bool(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def roleNames(self) -> dict[int, QByteArray]:
        names = {int(r): QByteArray(r.name.lower().encode()) for r in Roles}
        names[int(Qt.ItemDataRole.DisplayRole)] = QByteArray(b"display")
        return names

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        # Armed by the view only when the user is at the top: QListView asks whenever the last
        # row is visible, which in a chat is nearly always, and must not page in everything.
        return not parent.isValid() and self._fetch_armed and self.has_older()

    def _read_older(self, count: int) -> None:
        """Read older messages from storage until `count` are waiting in `_older` (or none are
        left)."""
        while len(self._older) < count and self._older_from is not None and \
                self._store is not None:
            path = self._store.path_to(self._older_from, max(count - len(self._older), 1))
            self._older[0:0] = [ChatItem.from_message(m, self._positions.get(m.id, (1, 1)))
                                for m in path]
            self._older_from = path[0].parent_id if path else None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.has_older():
            return
        self._read_older(PAGE_SIZE)
        if not self._older:
            return
        self._fetch_armed = False
        page = self._older[-PAGE_SIZE:]
        del self._older[-PAGE_SIZE:]
        self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
        self._items[0:0] = page
        self.endInsertRows()
        self.older_loaded.emit(len(page))

    def arm_fetch(self) -> None:
        self._fetch_armed = True

    def has_older(self) -> bool:
        return bool(self._older) or self._older_from is not None

    # ------------------------------------------------------------------ loading

    def load(self, store: storage.Store, conversation_id: str | None) -> None:
        """Show a conversation's active branch (its last page), or nothing."""
        items: list[ChatItem] = []
        positions: dict[str, tuple[int, int]] = {}
        older_from: str | None = None
        if conversation_id is not None:
            # Only the last page is read: a long conversation opens as fast as a short one.
            path = store.active_path(conversation_id, limit=FIRST_PAGE)
            positions = store.branch_positions(conversation_id) if path else {}
            items = [ChatItem.from_message(m, positions.get(m.id, (1, 1))) for m in path]
            older_from = path[0].parent_id if path else None
        self.beginResetModel()
        self.conversation_id = conversation_id
        self._older, self._older_from = [], older_from
        self._store, self._positions = store, positions
        self._items = items
        self._fetch_armed = False
        self.endResetModel()

    def apply_branch_positions(self, positions: dict[str, tuple[int, int]]) -> None:
        """New "2 / 3" positions, read elsewhere (only changed rows are told)."""
        self._positions.update(positions)
        for item in self._older:
            item.branch = positions.get(item.id, item.branch)
        for row, item in enumerate(self._items):
            new = positions.get(item.id, item.branch)
            if new != item.branch:
                item.branch = new
                idx = self.index(row)
                self.dataChanged.emit(idx, idx, [Roles.Branch])

    def item(self, row: int) -> ChatItem:
        return self._items[row]

    def items(self) -> list[ChatItem]:
        return list(self._older) + list(self._items)

    def row_of(self, message_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == message_id:
                return row
        return -1

    def total_messages(self) -> int:
        return len(self._older) + len(self._items)

    # ------------------------------------------------------------------ streaming

    def begin_turn(self, user_text: str | None, *, truncate_from: int | None = None) -> int:
        """Prepare rows for a turn and return the streaming row.

        `truncate_from`: drop that row and everything after it first (regenerate drops the old
        answer; edit-and-resend drops the edited message and what followed). `user_text`
        None means the turn answers the existing last user row (regenerate).
        """
        if truncate_from is not None and 0 <= truncate_from < len(self._items):
            self.beginRemoveRows(QModelIndex(), truncate_from, len(self._items) - 1)
            del self._items[truncate_from:]
            self.endRemoveRows()
        new: list[ChatItem] = []
        if user_text is not None:
            new.append(ChatItem(id="", role="user", content=user_text))
        new.append(ChatItem(id="", role="assistant", status=MessageStatus.STREAMING,
                            streaming=True))
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._items.extend(new)
        self.endInsertRows()
        return len(self._items) - 1

    def begin_continue(self, row: int) -> bool:
        """The answer at `row` (the last row) streams again: Continue appends to its text."""
        if row != len(self._items) - 1 or self._items[row].role != "assistant":
            return False
        item = self._items[row]
        item.streaming = True
        item.status = MessageStatus.STREAMING
        item.phase = "answering" if item.content else ""
        item.reasoning_started = None
        item.render_version += 1
        idx = self.index(row)
        self.dataChanged.emit(idx, idx, [Roles.Streaming, Roles.Status, Roles.Phase,
                                         Roles.RenderVersion])
        self.stream_updated.emit(row)
        return True

    def streaming_row(self) -> int:
        for row in range(len(self._items) - 1, -1, -1):
            if self._items[row].streaming:
                return row
        return -1

    def set_ids(self, user_message_id: str | None, assistant_message_id: str | None) -> None:
        row = self.streaming_row()
        if row < 0:
            return
        if assistant_message_id:
            self._items[row].id = assistant_message_id
        if user_message_id and row > 0 and self._items[row - 1].role == "user":
            self._items[row - 1].id = user_message_id
        idx = self.index(row)
        self.dataChanged.emit(idx, idx, [Roles.Id])

    def apply_events(self, events: list[Any], now: float | None = None) -> int:
        """Fold a batch of chat events into the streaming row; returns how many text deltas."""
        row = self.streaming_row()
        if row < 0:
            return 0
        item = self._items[row]
        now = time.monotonic() if now is None else now
        roles: set[int] = set()
        deltas = 0
        boundary = False
        # The text was replaced, not extended: the delegate appends to what it rendered only
        # while the render version stays the same, so it must change now, however soon.
        replaced = False
        for ev in events:
            if isinstance(ev, TextDelta):
                deltas += 1
                if ev.recipient is not None:
                    continue  # a tool call's arguments
                if ev.channel == "commentary":
                    item.preamble += ev.text
                    roles.add(Roles.Content)
                elif ev.channel == "analysis":
                    if item.reasoning_started is None:
                        item.reasoning_started = now
                    item.reasoning += ev.text
                    roles.add(Roles.Reasoning)
                    if item.phase != "thinking":
                        item.phase = "thinking"
                        roles.add(Roles.Phase)
                elif ev.channel == "final":
                    item.content += ev.text
                    roles.add(Roles.Content)
                    boundary = boundary or "\n" in ev.text
                    self._start_answering(item, now, roles)
            elif isinstance(ev, ChannelStarted) and ev.channel == "final":
                self._start_answering(item, now, roles)
            elif isinstance(ev, PromptBlocked):
                item.content = ev.message
                item.status = MessageStatus.BLOCKED
                # What storage keeps too, so the notice looks the same after a reload.
                item.stats = {**item.stats, "blocked_category": ev.category or "blocked"}
                roles.update((Roles.Content, Roles.Status, Roles.Stats))
                replaced = True
            elif isinstance(ev, AnswerBlocked):
                item.content = ev.replacement
                roles.add(Roles.Content)
                if ev.reasoning is not None:
                    # Only what passed the check stays on screen.
                    item.reasoning = ev.reasoning
                    roles.add(Roles.Reasoning)
                replaced = True
            elif isinstance(ev, SourcesAttached):
                item.sources = [source_dict(x) for x in ev.sources]
                roles.add(Roles.Sources)
            elif isinstance(ev, ToolStarted | ToolFinished):
                step = {**ev.step.to_dict(), "running": isinstance(ev, ToolStarted)}
                if ev.step.index < len(item.steps):
                    item.steps[ev.step.index] = step
                else:
                    item.steps.append(step)
                roles.add(Roles.Steps)
            elif isinstance(ev, ThinkingCut):
                item.stats = {**item.stats, "thinking_cut": ev.reason}
                roles.add(Roles.Stats)
            elif isinstance(ev, Done):
                item.stats = {**item.stats, **ev.stats.to_dict()}
                roles.add(Roles.Stats)
        if Roles.Content in roles or Roles.Reasoning in roles:
            since = now - item.last_render
            if replaced or (boundary and since >= RENDER_MIN_INTERVAL_S) or \
                    since >= RENDER_INTERVAL_S:
                item.render_version += 1
                item.last_render = now
                roles.add(Roles.RenderVersion)
        if roles:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, sorted(roles))
            self.stream_updated.emit(row)
        return deltas

    @classmethod
    def _start_answering(cls, item: ChatItem, now: float, roles: set[int]) -> None:
        if item.phase != "answering":
            cls._end_thinking(item, now)
            item.phase = "answering"
            roles.update((Roles.Phase, Roles.ReasoningSeconds))

    @staticmethod
    def _end_thinking(item: ChatItem, now: float) -> None:
        if item.reasoning_started is not None and not item.reasoning_seconds:
            item.reasoning_seconds = now - item.reasoning_started

    def finish_turn(self, status: MessageStatus | str, stats: dict[str, Any] | None = None,
                    reasoning_seconds: float | None = None, content: str | None = None) -> None:
        """The streaming row is done: final status, stats and a last full render."""
        row = self.streaming_row()
        if row < 0:
            return
        item = self._items[row]
        item.streaming = False
        item.status = MessageStatus(status)
        item.phase = ""
        if stats:
            item.stats = dict(stats)
            item.steps = saved_steps(item.stats) or [
                {k: v for k, v in step.items() if k != "running"} for step in item.steps]
        if reasoning_seconds is not None:
            item.reasoning_seconds = reasoning_seconds
        elif item.reasoning_started is not None and not item.reasoning_seconds:
            item.reasoning_seconds = time.monotonic() - item.reasoning_started
        if content is not None:
            item.content = shown_content(content, item.stats)
        item.render_version += 1
        idx = self.index(row)
        self.dataChanged.emit(idx, idx, [Roles.Streaming, Roles.Status, Roles.Stats,
                                         Roles.ReasoningSeconds, Roles.Content, Roles.Phase,
                                         Roles.RenderVersion, Roles.Steps])
        self.stream_updated.emit(row)

    def drop_unsaved(self) -> None:
        """Remove rows that never reached the database (a turn that failed before starting)."""
        for row in range(len(self._items) - 1, -1, -1):
            if not self._items[row].id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()


_ROLE_FIELDS: dict[int, str] = {
    Roles.Id: "id",
    Roles.Role: "role",
    Roles.Reasoning: "reasoning",
    Roles.ReasoningSeconds: "reasoning_seconds",
    Roles.Status: "status",
    Roles.Stats: "stats",
    Roles.Branch: "branch",
    Roles.Streaming: "streaming",
    Roles.Expanded: "expanded",
    Roles.RenderVersion: "render_version",
    Roles.Uid: "uid",
    Roles.Phase: "phase",
    Roles.ReasoningStarted: "reasoning_started",
    Roles.Model: "model",
    Roles.Sources: "sources",
    Roles.SourcesExpanded: "sources_expanded",
    Roles.Steps: "steps",
    Roles.StepsOpen: "steps_open",
}
