"""Attached documents in the window: the chips above the composer (name, pages, progress while
indexing, a clear error when a file cannot be read, remove ×) and the overlay shown while files
are dragged over the chat."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.core.documents import DocumentInfo, IngestResult, kind_of
from app.ui import icons
from app.ui.plain import PlainLabel, tip
from app.ui.theme import LIGHT, Colors

CHIP_NAME_CHARS = 26
SHELF_MAX_HEIGHT = 132


@dataclass
class DocEntry:
    """One chip: a file being indexed, an indexed document, or a file that failed."""

    key: str  # stable for the chip's life
    path: str
    state: str = "queued"  # queued | indexing | ready | failed
    doc_id: int | None = None
    job_id: int = 0
    pages: int = 0
    paged: bool = True
    kind: str = ""
    done: int = 0
    total: int = 0
    error: str = ""
    error_type: str = ""
    discard: bool = False  # removed by the user while still indexing

    @property
    def name(self) -> str:
        return Path(self.path).name or self.path


class FlowLayout(QLayout):
    """Lays children left to right, wrapping to new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, apply: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x = rect.x()
                y += line + self._spacing
                line = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class DocumentChip(QFrame):
    """One attached file. Thread: GUI."""

    remove_clicked = Signal(str)  # the entry's key

    def __init__(self, entry: DocEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("docChip")
        self.key = entry.key
        self._colors: Colors = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 5, 4, 5)
        row.setSpacing(7)
        self.icon = PlainLabel()
        self.icon.setFixedSize(18, 18)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.setContentsMargins(0, 0, 0, 0)
        self.name = PlainLabel()
        self.name.setObjectName("docChipName")
        self.detail = PlainLabel()
        self.detail.setObjectName("docChipDetail")
        self.progress = QProgressBar()
        self.progress.setObjectName("docChipProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(3)
        self.progress.setRange(0, 0)
        texts.addWidget(self.name)
        texts.addWidget(self.detail)
        texts.addWidget(self.progress)
        row.addLayout(texts)
        self.remove = QToolButton()
        self.remove.setObjectName("docChipRemove")
        self.remove.setFixedSize(20, 20)
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self.key))
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setFixedWidth(236)
        self.update_from(entry)

    def set_colors(self, colors: Colors) -> None:
        self._colors = colors
        self.remove.setIcon(icons.icon("close", colors.muted, 12))
        self._update_icon()

    def _update_icon(self) -> None:
        failed = self.property("state") == "failed"
        color = self._colors.danger if failed else self._colors.muted
        self.icon.setPixmap(icons.pixmap("alert" if failed else "file", color, 18,
                                         self.devicePixelRatioF()))

    def failure_label(self, error_type: str) -> str:
        """A few words for the chip; the whole message is in the tooltip and the toast."""
        return {
            "EncryptedDocument": self.tr("Password-protected"),
            "NoTextLayer": self.tr("No text layer (a scan?)"),
            "FileTooLarge": self.tr("Too large"),
            "TooManyPages": self.tr("Too many pages"),
            "SuspiciousArchive": self.tr("Refused: suspicious archive"),
            "BinaryFile": self.tr("Not a text document"),
            "UnsupportedFile": self.tr("Not a document"),
            "DamagedFile": self.tr("Damaged or unreadable"),
        }.get(error_type, self.tr("Could not be read"))

    def kind_label(self, kind: str) -> str:
        return {"markdown": self.tr("Markdown"), "rst": self.tr("reStructuredText"),
                "html": self.tr("Web page"), "csv": self.tr("Table"),
                "code": self.tr("Source code")}.get(kind, self.tr("Text"))

    def update_from(self, entry: DocEntry) -> None:
        fm = QFontMetrics(self.name.font())
        self.name.setText(fm.elidedText(entry.name, Qt.TextElideMode.ElideMiddle, 170))
        state_changed = self.property("state") != entry.state
        self.setProperty("state", entry.state)
        if state_changed:
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.detail, self.name):
                child.style().unpolish(child)
                child.style().polish(child)
        detail_fm = QFontMetrics(self.detail.font())
        if entry.state == "failed":
            detail = self.failure_label(entry.error_type)
            self.setToolTip(tip(entry.error))
            self.remove.setToolTip(self.tr("Dismiss"))
            self.remove.setAccessibleName(self.tr("Dismiss {name}").format(name=entry.name))
        else:
            self.setToolTip(tip(entry.path))
            self.remove.setToolTip(self.tr("Remove from this conversation"))
            self.remove.setAccessibleName(self.tr("Remove {name} from this conversation")
                                          .format(name=entry.name))
            if entry.state == "queued":
                detail = self.tr("Waiting…")
            elif entry.state == "indexing":
                detail = (self.tr("Reading page {done} of {total}").format(
                    done=entry.done, total=entry.total) if entry.total > 1
                    else self.tr("Reading…"))
            elif entry.paged:
                detail = (self.tr("1 page") if entry.pages == 1
                          else self.tr("{n} pages").format(n=entry.pages))
            else:
                detail = self.kind_label(entry.kind)
        self.detail.setText(detail_fm.elidedText(detail, Qt.TextElideMode.ElideRight, 170))
        busy = entry.state == "indexing"
        self.progress.setVisible(busy)
        if busy:
            if entry.total > 0:
                self.progress.setRange(0, entry.total)
                self.progress.setValue(entry.done)
            else:
                self.progress.setRange(0, 0)
        self._update_icon()


class DocumentShelf(QScrollArea):
    """The chips of the shown conversation, above the composer. Keeps every conversation's
    entries, so indexing that started in another chat shows when it is opened again.

    Thread: GUI. Says nothing to the database itself: the window forwards worker signals here.
    """

    remove_requested = Signal(object)  # DocEntry
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("docShelf")
        self.setAccessibleName(self.tr("Attached documents"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("docShelfBody")
        self.flow = FlowLayout(body)
        self.setWidget(body)
        self._colors: Colors = LIGHT
        self._entries: dict[str, list[DocEntry]] = {}
        self._chips: dict[str, DocumentChip] = {}
        self._shown: str | None = None
        self._seq = 0
        self.hide()

    # ------------------------------------------------------------------ state

    def set_colors(self, colors: Colors) -> None:
        self._colors = colors
        for chip in self._chips.values():
            chip.set_colors(colors)

    def entries(self, conversation_id: str | None = None) -> list[DocEntry]:
        cid = conversation_id if conversation_id is not None else self._shown
        return list(self._entries.get(cid or "", []))

    def chip(self, key: str) -> DocumentChip | None:
        return self._chips.get(key)

    def chips(self) -> list[DocumentChip]:
        return [self._chips[e.key] for e in self.entries() if e.key in self._chips]

    def busy(self, conversation_id: str | None = None) -> bool:
        return any(e.state in ("queued", "indexing") for e in self.entries(conversation_id))

    def show_conversation(self, conversation_id: str | None) -> None:
        self._shown = conversation_id
        self._rebuild()

    def _key(self) -> str:
        self._seq += 1
        return f"e{self._seq}"

    # ------------------------------------------------------------------ worker results

    def add_pending(self, conversation_id: str, job_id: int, paths: list[str]) -> None:
        """What was dropped, before the folders are expanded."""
        entries = self._entries.setdefault(conversation_id, [])
        for path in paths:
            entries.append(DocEntry(self._key(), path, "queued", job_id=job_id))
        self._refresh(conversation_id)

    def files_found(self, job_id: int, conversation_id: str, files: list[str]) -> None:
        """The dropped paths expanded into files: one chip per file, in order."""
        entries = self._entries.setdefault(conversation_id, [])
        keep = [e for e in entries if e.job_id != job_id or e.state != "queued"]
        discard = {e.path for e in entries if e.job_id == job_id and e.discard}
        keep += [DocEntry(self._key(), f, "queued", job_id=job_id, discard=f in discard)
                 for f in files]
        self._entries[conversation_id] = keep
        self._refresh(conversation_id, rebuild=True)

    def _find(self, job_id: int, path: str) -> tuple[str, DocEntry] | None:
        for cid, entries in self._entries.items():
            for e in entries:
                if e.job_id == job_id and e.path == path and e.state in ("queued", "indexing"):
                    return cid, e
        return None

    def progressed(self, job_id: int, path: str, done: int, total: int) -> None:
        found = self._find(job_id, path)
        if found is None:
            return
        cid, entry = found
        entry.state, entry.done, entry.total = "indexing", done, total
        self._update_chip(cid, entry)

    def finished(self, job_id: int, conversation_id: str, result: IngestResult) -> DocEntry | None:
        """A file is indexed or failed. Returns the entry (None when it was not shown)."""
        found = self._find(job_id, result.path)
        if found is None:
            return None
        cid, entry = found
        entries = self._entries[cid]
        if result.ok and any(e.doc_id == result.doc_id for e in entries if e is not entry):
            entries.remove(entry)  # the same content attached again: one chip
            self._refresh(cid, rebuild=True)
            return None
        if result.ok:
            entry.state, entry.doc_id, entry.pages = "ready", result.doc_id, result.pages
            entry.kind = kind_of(result.path) or "text"
            entry.paged = entry.kind in ("pdf", "docx")
        else:
            entry.state, entry.error = "failed", result.error
            entry.error_type = result.error_type
            if entry.discard:
                entries.remove(entry)
                self._refresh(cid, rebuild=True)
                return entry
        self._update_chip(cid, entry)
        self.changed.emit()
        return entry

    def job_finished(self, job_id: int) -> None:
        """Anything of the job still waiting was skipped (cancelled): take it away."""
        for cid, entries in self._entries.items():
            left = [e for e in entries if not (e.job_id == job_id and e.state in
                                               ("queued", "indexing"))]
            if len(left) != len(entries):
                self._entries[cid] = left
                self._refresh(cid, rebuild=True)
        self.changed.emit()

    def set_listed(self, conversation_id: str, docs: list[DocumentInfo]) -> None:
        """The conversation's indexed documents from the database, plus chips still busy or
        failed here."""
        old = self._entries.get(conversation_id, [])
        listed = [DocEntry(self._key(), d.path, "ready", doc_id=d.id, pages=d.page_count,
                           paged=d.paged, kind=d.kind) for d in docs]
        ids = {d.id for d in docs}
        # Keep this session's failures and work in progress; an indexed entry already listed
        # keeps its place.
        rest = [e for e in old if e.state != "ready" or (e.doc_id is not None
                                                         and e.doc_id not in ids)]
        self._entries[conversation_id] = listed + [e for e in rest if e.state != "ready"]
        self._refresh(conversation_id, rebuild=True)

    def remove_key(self, key: str) -> DocEntry | None:
        for cid, entries in self._entries.items():
            for e in entries:
                if e.key == key:
                    if e.state in ("queued", "indexing"):
                        e.discard = True  # removed when its indexing ends
                    entries.remove(e)
                    self._refresh(cid, rebuild=True)
                    self.changed.emit()
                    return e
        return None

    # ------------------------------------------------------------------ widgets

    def _refresh(self, conversation_id: str, rebuild: bool = False) -> None:
        if conversation_id != self._shown:
            return
        if rebuild or any(e.key not in self._chips for e in self.entries()):
            self._rebuild()
        else:
            for e in self.entries():
                self._chips[e.key].update_from(e)

    def _update_chip(self, conversation_id: str, entry: DocEntry) -> None:
        if conversation_id == self._shown and entry.key in self._chips:
            self._chips[entry.key].update_from(entry)

    def _rebuild(self) -> None:
        wanted = self.entries()
        keys = {e.key for e in wanted}
        for key in list(self._chips):
            if key not in keys:
                gone = self._chips.pop(key)
                self.flow.removeWidget(gone)
                gone.hide()
                gone.deleteLater()
        # Re-add in order (a FlowLayout keeps insertion order).
        for e in wanted:
            chip = self._chips.get(e.key)
            if chip is None:
                chip = DocumentChip(e)
                chip.set_colors(self._colors)
                chip.remove_clicked.connect(self._on_remove_clicked)
                self._chips[e.key] = chip
            else:
                self.flow.removeWidget(chip)
                chip.update_from(e)
            self.flow.addWidget(chip)
            chip.show()
        self.setVisible(bool(wanted))
        self._fit_height()

    def _fit_height(self) -> None:
        width = max(200, self.viewport().width())
        height = self.flow.heightForWidth(width)
        self.setFixedHeight(min(SHELF_MAX_HEIGHT, height + 2))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded
                                        if height > SHELF_MAX_HEIGHT
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_height()

    def _on_remove_clicked(self, key: str) -> None:
        entry = next((e for e in self.entries() if e.key == key), None)
        if entry is not None:
            self.remove_requested.emit(entry)


class DropOverlay(QWidget):
    """A dashed frame over the chat while files are dragged over the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.colors: Colors = LIGHT
        self.hide()

    def show_over(self, target: QWidget) -> None:
        """Cover `target` (a descendant of this overlay's parent)."""
        parent = self.parentWidget()
        top_left = target.mapTo(parent, QPoint(0, 0)) if parent is not None else QPoint()
        self.setGeometry(QRect(top_left, target.size()))
        self.show()
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colors
        rect = QRectF(self.rect()).adjusted(14, 14, -14, -14)
        path = QPainterPath()
        path.addRoundedRect(rect, 16, 16)
        p.fillRect(self.rect(), QColor(c.window))  # opaque: the chat beneath would be noise
        p.fillPath(path, QColor(c.user_bubble))
        pen = QPen(QColor(c.accent), 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawPath(path)
        ratio = self.devicePixelRatioF()
        center = rect.center().toPoint()
        p.drawPixmap(center.x() - 20, center.y() - 54, icons.pixmap("paperclip", c.accent, 40,
                                                                    ratio))
        font = self.font()
        font.setPointSizeF(14)
        font.setWeight(font.Weight.DemiBold)
        p.setFont(font)
        p.setPen(QColor(c.text))
        p.drawText(QRect(int(rect.x()), center.y() - 4, int(rect.width()), 30),
                   Qt.AlignmentFlag.AlignCenter, self.tr("Drop files to attach them"))
        font.setPointSizeF(10)
        font.setWeight(font.Weight.Normal)
        p.setFont(font)
        p.setPen(QColor(c.muted))
        p.drawText(QRect(int(rect.x()), center.y() + 28, int(rect.width()), 24),
                   Qt.AlignmentFlag.AlignCenter,
                   self.tr("PDF, Word, text, Markdown, HTML, CSV or code; folders too. "
                           "They stay on this computer."))
        p.end()
