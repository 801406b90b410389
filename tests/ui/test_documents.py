"""Documents in the real window, offscreen: drop real PDF and DOCX files (and a locked PDF) on a
new chat, chips with progress and errors, a question answered by the tiny model with its
sources, opening a source, removing documents, and the screenshots issue 5 asks for."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.core import storage
from app.core.chat import SourcesAttached
from app.core.documents import DocumentIndex, Source
from app.ui import document_actions
from app.ui.chat_layout import RowAction, ordered_sources, wrap_lines
from app.ui.main_window import MainWindow
from app.ui.open_file import viewer_command
from tests.fixtures.docs_build import make_docx, make_encrypted_pdf, make_pdf
from tests.ui.conftest import TURN_TIMEOUT_MS
from tests.ui.shots import save_shot
from tests.ui.synthetic import answer_events

INGEST_TIMEOUT_MS = 30_000

PAGES = [
    "Harbour survey, part one. The breakwater was extended in 1962 to shelter the fishing fleet.",
    "Part two. The harbour lighthouse was painted teal in 1987 after a vote of the town council.",
    "Part three. Tidal records show the spring range averages 4.2 metres at the quay.",
]


def drop(window: MainWindow, paths: list[Path]) -> None:
    """What a drop from a file manager delivers: the urls, through the window's own handlers."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    assert window.drop_overlay.isVisible()
    event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert not window.drop_overlay.isVisible()


def documents_in_db(window: MainWindow, conversation_id: str) -> list[str]:
    conn = storage.connect(window.paths.database)
    try:
        return [d.name for d in DocumentIndex(conn).list_documents(conversation_id)]
    finally:
        conn.close()


def make_files(folder: Path) -> tuple[Path, Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pdf = make_pdf(folder / "harbour.pdf", PAGES, title="Harbour survey")
    docx = make_docx(folder / "minutes.docx", [
        ("Council minutes", ["The council met on Tuesday and approved the new quay lights."]),
    ])
    locked = make_encrypted_pdf(folder / "locked.pdf")
    return pdf, docx, locked


def test_drop_indexes_files_and_answers_with_sources(qtbot, window: MainWindow, tmp_path: Path,
                                                     monkeypatch) -> None:
    pdf, docx, locked = make_files(tmp_path / "docs")
    progress: list[tuple[str, int, int]] = []
    window.documents.file_progressed.connect(
        lambda _job, path, done, total: progress.append((Path(path).name, done, total)))
    assert window.conversation_id is None
    with qtbot.waitSignal(window.documents_ingested, timeout=INGEST_TIMEOUT_MS) as blocker:
        drop(window, [pdf, locked, docx])
    results = {Path(r.path).name: r for r in blocker.args[1]}

    # The drop made the conversation, named after the first file until the first question.
    cid = window.conversation_id
    assert cid is not None and window.sidebar.model.rowCount() == 1
    assert window.store.get_conversation(cid).title == "harbour.pdf"
    # One bad file does not stop the others.
    assert results["harbour.pdf"].ok and results["minutes.docx"].ok
    assert not results["locked.pdf"].ok and "password" in results["locked.pdf"].error
    assert ("harbour.pdf", 3, 3) in progress
    shelf = window.composer.shelf
    assert shelf.isVisible()
    states = {e.name: e for e in shelf.entries()}
    assert [e.name for e in shelf.entries()] == ["harbour.pdf", "locked.pdf", "minutes.docx"]
    assert states["harbour.pdf"].state == "ready" and states["harbour.pdf"].pages == 3
    chip = shelf.chip(states["harbour.pdf"].key)
    assert chip is not None and chip.detail.text() == "3 pages"
    assert not chip.progress.isVisible()
    bad = shelf.chip(states["locked.pdf"].key)
    assert bad is not None and bad.property("state") == "failed"
    assert bad.detail.text() == "Password-protected"
    assert "locked.pdf" in bad.toolTip() and "password" in bad.toolTip()
    assert "password" in window.toast.text()
    assert documents_in_db(window, cid) == ["harbour.pdf", "minutes.docx"]

    # A question now carries the documents; the answer lists its sources with file and page.
    window.composer.set_text("What colour was the harbour lighthouse painted?")
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.store.get_conversation(cid).title.startswith("What colour")
    row = window.chat_model.rowCount() - 1
    answer = window.chat_model.item(row)
    assert answer.role == "assistant" and answer.sources
    teal = [s for s in answer.sources if "teal" in s["excerpt"]]
    assert teal and teal[0]["file"] == "harbour.pdf" and teal[0]["page"] == 2
    saved = window.store.get_message(answer.id)
    assert [s["file"] for s in saved.sources] == [s["file"] for s in answer.sources]

    view = window.chat_view
    delegate = view.chat_delegate
    lay = delegate.layout(answer, True)
    assert lay.sources_toggle is not None and not lay.source_rows  # collapsed at first
    view.trigger("sources", row)
    lay = delegate.layout(window.chat_model.item(row), True)
    titles = [r.title for r in lay.source_rows]
    assert len(titles) == len(answer.sources)
    assert any(t.endswith("harbour.pdf, page 2") for t in titles)

    # A click on a source opens the file at its page.
    opened: list[tuple[str, int | None]] = []
    monkeypatch.setattr(document_actions, "open_document",
                        lambda path, page=None: opened.append((path, page)) or True)
    index = answer.sources.index(teal[0])
    view.trigger(RowAction.SOURCE, row, index)
    assert opened == [(str(pdf), 2)]

    # Reopening the conversation shows its documents and the saved sources again.
    window.new_chat()
    assert not shelf.isVisible()
    window.open_conversation(cid)
    qtbot.waitUntil(lambda: [e.name for e in shelf.entries() if e.state == "ready"]
                    == ["harbour.pdf", "minutes.docx"], timeout=10_000)
    assert window.chat_model.item(row).sources == answer.sources

    # The × on a chip removes the document from the conversation.
    ready = {e.name: e for e in shelf.entries()}
    chip = shelf.chip(ready["harbour.pdf"].key)
    assert chip is not None
    qtbot.mouseClick(chip.remove, Qt.MouseButton.LeftButton)
    assert "harbour.pdf" not in [e.name for e in shelf.entries()]
    qtbot.waitUntil(lambda: documents_in_db(window, cid) == ["minutes.docx"], timeout=10_000)


def test_deleted_conversation_loses_its_documents_when_purged(qtbot, make_window,
                                                              tmp_path: Path) -> None:
    window: MainWindow = make_window()
    pdf, docx, _locked = make_files(tmp_path / "docs")
    with qtbot.waitSignal(window.documents_ingested, timeout=INGEST_TIMEOUT_MS):
        window.attach_files([str(tmp_path / "docs")])  # a folder: every file inside
    cid = window.conversation_id
    assert cid is not None
    assert sorted(documents_in_db(window, cid)) == ["harbour.pdf", "minutes.docx"]
    window.delete_conversation(cid)
    # In the trash its documents stay (Undo brings the chat back whole)...
    window.undo_delete(cid)
    assert len(documents_in_db(window, cid)) == 2
    window.delete_conversation(cid)
    window.store.purge_deleted(older_than_s=0)
    # ...and once it is gone for good, so are they.
    with qtbot.waitSignal(window.documents.orphans_swept, timeout=10_000):
        window.documents.sweep_orphans()
    assert documents_in_db(window, cid) == []


def test_viewer_commands_open_pdfs_at_a_page() -> None:
    assert viewer_command("org.gnome.Evince.desktop", "/d/a.pdf", 3) == [
        "evince", "--page-index=3", "/d/a.pdf"]
    assert viewer_command("okularApplication_pdf.desktop", "/d/a.pdf", 3) == [
        "okular", "--page", "3", "/d/a.pdf"]
    assert viewer_command("org.pwmt.zathura.desktop", "/d/a.pdf", 3) == [
        "zathura", "--page=3", "/d/a.pdf"]
    assert viewer_command("firefox.desktop", "/d/a b.pdf", 3) == [
        "firefox", "file:///d/a b.pdf#page=3"]
    assert viewer_command("libreoffice-draw.desktop", "/d/a.pdf", 3) is None


def test_cited_sources_come_first(qtbot, make_window) -> None:
    window: MainWindow = make_window()
    model = window.chat_model
    model.begin_turn("q")
    sources = [Source(n, f"f{n}.pdf", n, "", f"excerpt {n}", f"/d/f{n}.pdf") for n in (1, 2, 3)]
    model.apply_events([SourcesAttached(sources)])
    item = model.item(1)
    item.content = "It was teal [3], as the minutes confirm [1]."
    assert ordered_sources(item) == [(2, True), (0, True), (1, False)]
    fm = window.chat_view.fontMetrics()
    lines = wrap_lines("word " * 200, fm, 200, 2)
    assert len(lines) == 2 and lines[1].endswith("…")


# -- screenshots ------------------------------------------------------------------------------

CITED_ANSWER = """The lighthouse was painted **teal** in 1987, after a vote of the town council [2].
The council's minutes from that year record the decision and the new quay lights [4].

The survey also notes that the breakwater was extended in 1962 [1]."""


def test_screenshots_of_a_drop_and_of_sources(qtbot, make_window, tmp_path: Path) -> None:
    from app.core.engine import ModelInfo

    window: MainWindow = make_window()
    window.resize(1280, 900)
    window.model_info = ModelInfo("/models/gpt-oss-20b-mxfp4.gguf", "gpt-oss-20b", "gpt-oss",
                                  8192, 131072, 20_900_000_000, 12_100_000_000, "CPU (AVX2)", 0)
    window.update_pages()
    window.update_status()
    conv = window.store.create_conversation("Harbour history")
    window.open_conversation(conv.id)
    window.sidebar.reload(conv.id)

    # A drop in progress: three files indexing at different points, one failed, the overlay.
    shelf = window.composer.shelf
    files = ["/home/ana/Documents/harbour-survey-1990.pdf", "/home/ana/Documents/minutes.docx",
             "/home/ana/Documents/locked-contract.pdf", "/home/ana/Documents/tides.csv"]
    shelf.add_pending(conv.id, 99, files)
    shelf.files_found(99, conv.id, files)
    shelf.progressed(99, files[0], 23, 64)
    shelf.progressed(99, files[1], 2, 9)
    from app.core.documents import IngestResult

    shelf.finished(99, conv.id, IngestResult(
        files[2], error="locked-contract.pdf is password-protected. Open it in a PDF viewer, "
        "save a copy without a password, and attach that copy.", error_type="EncryptedDocument"))
    chip = shelf.chip(shelf.entries()[0].key)
    assert chip is not None and chip.progress.isVisible() and chip.progress.value() == 23
    QApplication.processEvents()  # the chips' height settles the layout, as before a drag
    window.drop_overlay.show_over(window.drop_target())
    shot = save_shot(window, tmp_path, "docs-drop")
    assert shot.stat().st_size > 10_000
    window.drop_overlay.hide()

    # The drop finished; then an answer whose sources are expanded, the cited ones first.
    shelf.finished(99, conv.id, IngestResult(files[0], doc_id=1, pages=64, chunks=80))
    shelf.finished(99, conv.id, IngestResult(files[1], doc_id=2, pages=9, chunks=12))
    shelf.finished(99, conv.id, IngestResult(files[3], doc_id=3, pages=1, chunks=2))
    shelf.job_finished(99)
    model = window.chat_model
    model.begin_turn("When was the lighthouse painted teal, and who decided it?")
    sources = [
        Source(1, "harbour-survey-1990.pdf", 4, "The breakwater",
               "The breakwater was extended in 1962 to shelter the fishing fleet from the "
               "winter storms that had wrecked two boats the year before.", files[0]),
        Source(2, "harbour-survey-1990.pdf", 17, "The lighthouse",
               "…the harbour lighthouse was painted teal in 1987 after a vote of the town "
               "council, replacing the red and white bands it had carried since 1911.",
               files[0]),
        Source(3, "tides.csv", None, "", "date, high water, low water, range: 1987-03-14, "
               "5.1, 0.9, 4.2 …", files[3]),
        Source(4, "minutes.docx", 3, "Council minutes, June 1987",
               "The council approved the repainting of the lighthouse (teal, as proposed by "
               "the harbour committee) and new quay lights.", files[1]),
    ]
    start = time.monotonic()
    batches = answer_events(answer=CITED_ANSWER, reasoning="The sources say teal in 1987; the "
                            "minutes record the council vote. Cite both.")
    batches[0] = [SourcesAttached(sources), *batches[0]]
    for i, batch in enumerate(batches):
        model.apply_events(batch, now=start + i / 8)
        QApplication.processEvents()
    model.finish_turn("complete", {"generated_tokens": 74, "prompt_tokens": 1380,
                                   "ttft_seconds": 0.9, "decode_tps": 36.5})
    row = model.rowCount() - 1
    window.chat_view.trigger("sources", row)
    lay = window.chat_view.chat_delegate.layout(model.item(row), True)
    assert [r.cited for r in lay.source_rows] == [True, True, True, False]
    assert lay.source_rows[0].title.startswith("[2]")
    window.chat_view.scroll_to_end()
    qtbot.wait(50)
    window.chat_view.scroll_to_end()
    shot = save_shot(window, tmp_path, "docs-sources")
    assert shot.stat().st_size > 10_000


def test_attach_button_and_drop_on_the_text_box(qtbot, make_window, tmp_path: Path,
                                                monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window: MainWindow = make_window()
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nThe quay lights were renewed in 1987.\n", encoding="utf-8")
    code = tmp_path / "tide.py"
    code.write_text("def tide_range():\n    return 4.2\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(notes)], "")))
    with qtbot.waitSignal(window.documents_ingested, timeout=INGEST_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.composer.attach_button, Qt.MouseButton.LeftButton)
    assert [r.ok for r in blocker.args[1]] == [True]
    cid = window.conversation_id
    assert cid is not None
    chip = window.composer.shelf.chips()[0]
    assert chip.detail.text() == "Markdown"

    # Files dropped on the text box are attachments, not their paths as text.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(code))])
    assert window.composer.edit.canInsertFromMimeData(mime)
    with qtbot.waitSignal(window.documents_ingested, timeout=INGEST_TIMEOUT_MS):
        window.composer.edit.insertFromMimeData(mime)
    assert window.composer.text() == ""
    assert sorted(documents_in_db(window, cid)) == ["notes.md", "tide.py"]
    assert window.conversation_id == cid  # the same conversation, not a new one
