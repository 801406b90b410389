"""Hostile message text in the chat view: images named by a message are never read (in the
database or arriving by import), raw HTML is text, links show where they go and open only
after a question, a message that crashed a render opens as plain text, labels and tooltips never
interpret outside text as markup; and a fuzz run of random Markdown/HTML under a memory cap."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox

from app.core import storage
from app.core.history_io import write_export
from app.ui import markdown
from app.ui.main_window import MainWindow
from app.ui.markdown import render
from app.ui.plain import tip
from app.ui.render_guard import ARMED_FILE
from app.ui.settings_dialog import SettingsDialog
from app.ui.theme import LIGHT
from tests.fixtures.hostile_markdown import poisoned, random_message
from tests.ui.shots import save_shot

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "fixtures" / "hostile_render_app.py"


# ------------------------------------------------------------------------ bait files


def make_bait(folder: Path) -> Path:
    """A file outside Hearth's folders whose access time shows whether anything read it."""
    bait = folder / "bait" / "secret.png"
    bait.parent.mkdir(parents=True)
    bait.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    os.utime(bait, (1_000_000, time.time()))  # atime before mtime: a read updates it (relatime)
    return bait


def atime_works(folder: Path) -> bool:
    probe = folder / "atime-probe"
    probe.write_bytes(b"x")
    os.utime(probe, (1_000_000, time.time()))
    probe.read_bytes()
    return probe.stat().st_atime > 1_000_000


def run_child(spec: dict[str, object], home: Path, tmp: Path, timeout: float = 600
              ) -> dict[str, object]:
    spec_path = tmp / f"spec-{time.monotonic_ns()}.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    env = {**os.environ, "HEARTH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(CHILD), str(spec_path)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, f"the window died ({r.returncode}):\n{r.stderr[-3000:]}"
    return json.loads(r.stdout.strip().splitlines()[-1])


def export_file(messages: list[str], folder: Path) -> Path:
    """An export file carrying `messages`, made the way Hearth makes them."""
    with storage.Store.open(folder / "source.sqlite3") as store:
        conv = store.create_conversation('<img src="/dev/zero"> imported')
        for i, text in enumerate(messages):
            store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", text)
        return write_export(store, folder / "carrier.json")


def test_poisoned_messages_in_the_database_and_an_import_read_nothing(tmp_path: Path) -> None:
    bait = make_bait(tmp_path)
    messages = poisoned(bait)
    carrier = export_file(messages, tmp_path)
    forbidden = [str(bait), "/dev/zero", "/proc/self/mem", "/etc/passwd"]
    spec = {"conversations": [['<img src="/dev/zero"> <b>title</b>',
                               [["user" if i % 2 == 0 else "assistant", m]
                                for i, m in enumerate(messages)]]],
            "import": [str(carrier)], "forbidden": forbidden, "memory_mb": 3072,
            "shot": str(tmp_path / "poisoned.png")}
    result = run_child(spec, tmp_path / "home", tmp_path)
    assert result["opened"] == []
    assert result["rendered"] == 2 * len(messages)
    if atime_works(tmp_path):
        assert bait.stat().st_atime == 1_000_000, "something read the bait file"


@pytest.mark.parametrize("seed", [1, 2])
def test_fuzz_random_markdown_and_html_under_a_memory_cap(seed: int, tmp_path: Path) -> None:
    """Random Markdown/HTML, half stored directly and half arriving in an import file, through
    the window's renderer in a child process capped at 3 GB of address space: no abort, no
    file a message names is opened."""
    rnd = random.Random(seed)
    bait = make_bait(tmp_path)
    messages = [random_message(rnd, bait) for _ in range(24)]
    carrier = export_file(messages[12:], tmp_path)
    spec = {"conversations": [[f"fuzz {seed}", [["user" if i % 2 == 0 else "assistant", m]
                                                for i, m in enumerate(messages[:12])]]],
            "import": [str(carrier)],
            "forbidden": [str(bait), "/dev/zero", "/proc/self/mem", "/etc/passwd"],
            "memory_mb": 3072}
    result = run_child(spec, tmp_path / "home", tmp_path)
    assert result["opened"] == []
    assert result["rendered"] == len(messages)
    if atime_works(tmp_path):
        assert bait.stat().st_atime == 1_000_000


# ------------------------------------------------------------------------ the renderer


def fragments(doc: object) -> list[tuple[str, object]]:
    out = []
    block = doc.begin()  # type: ignore[attr-defined]
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            out.append((frag.text(), frag.charFormat()))
            it += 1
        block = block.next()
    return out


def test_images_become_alt_text_and_html_stays_text(qapp: object, tmp_path: Path) -> None:
    bait = make_bait(tmp_path)
    text = (f'see ![a *chart*]({bait}) and <img src="{bait}"> <b>bold?</b> '
            f'<a href="https://evil.example">https://your-bank.com</a>\n\n![]({bait})')
    rendered = render(text, LIGHT, QFont())
    rendered.doc.setTextWidth(500)
    rendered.doc.size()  # lays it out: where Qt would load images
    plain = rendered.doc.toPlainText()
    assert "[image: a chart]" in plain
    assert f'<img src="{bait}">' in plain and "<b>bold?</b>" in plain
    assert '<a href="https://evil.example">https://your-bank.com</a>' in plain
    assert not any(fmt.isImageFormat() for _, fmt in fragments(rendered.doc))
    assert not any(fmt.isAnchor() for _, fmt in fragments(rendered.doc))
    assert rendered.doc.loadResource(2, QUrl.fromLocalFile(str(bait))) is None
    if atime_works(tmp_path):
        assert bait.stat().st_atime == 1_000_000


def test_a_failing_render_shows_plain_text(qapp: object,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> markdown.Rendered:
        raise RuntimeError("the importer fell over")

    monkeypatch.setattr(markdown, "_render_markdown", broken)
    rendered = render("**bold** text", LIGHT, QFont())
    assert rendered.plain and rendered.doc.toPlainText() == "**bold** text"
    long = render("x" * (markdown.MARKDOWN_MAX_CHARS + 1), LIGHT, QFont())
    assert long.plain


def test_a_message_that_crashed_a_render_opens_as_plain_text(
        qtbot, make_window: object, hearth_home: Path, tmp_path: Path) -> None:
    from app.core.settings import paths

    database = paths().ensure().database
    with storage.Store.open(database) as store:
        conv = store.create_conversation("Plain text after a crash")
        store.add_message(conv.id, "user", "Show me a **table**")
        bad = store.add_message(conv.id, "assistant",
                                "| a | b |\n|---|---|\n| **bold** | `code` |\n\nAnd *more*.")
    # What a crash in the middle of rendering that answer leaves behind.
    (database.parent / ARMED_FILE).write_text(bad.id + "\n", encoding="utf-8")
    window: MainWindow = make_window()  # type: ignore[operator]
    window.open_conversation(conv.id)
    qtbot.waitUntil(lambda: window.toast.isVisible())
    assert "plain text" in window.toast.text()
    window.chat_view.viewport().grab()
    docs = window.chat_view.chat_delegate._rows.docs
    answer = next(r for (uid, part), (_, _, r) in docs.items()
                  if r.doc.toPlainText().startswith("| a | b |"))
    assert answer.plain
    assert not (database.parent / ARMED_FILE).exists()
    save_shot(window, tmp_path, "conversation-plain-text")
    # Remembered: the next window shows it plain too, without a new notice.
    window.close()
    again: MainWindow = make_window()  # type: ignore[operator]
    assert again.render_guard.is_plain(bad.id) and not again.render_guard.recovered


# ------------------------------------------------------------------------ labels and tips


def test_every_label_is_plain_text(qtbot, make_window: object) -> None:
    window: MainWindow = make_window()  # type: ignore[operator]
    dialog = SettingsDialog(window.settings, None, window)
    qtbot.addWidget(dialog)
    for widget in (window, dialog):
        # QFormLayout makes its row captions itself, from our own fixed strings.
        captions = set()
        for form in widget.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    captions.add(item.widget())
        rich = [label.objectName() or label.text()[:30] for label in
                widget.findChildren(QLabel) if label.textFormat() != Qt.TextFormat.PlainText
                and label not in captions]
        assert rich == [], f"labels that would render markup: {rich}"


def test_a_title_made_of_markup_is_shown_as_text(qtbot, make_window: object,
                                                 hearth_home: Path) -> None:
    from app.core.settings import paths

    title = '<img src="/dev/zero"><b>bold</b>'
    with storage.Store.open(paths().ensure().database) as store:
        conv = store.create_conversation(title)
        store.add_message(conv.id, "user", "hi")
    window: MainWindow = make_window()  # type: ignore[operator]
    window.open_conversation(conv.id)
    assert window.title_label.text() == title
    assert window.title_label.textFormat() == Qt.TextFormat.PlainText
    tooltip = window.sidebar.model.data(window.sidebar.model.index(0, 0),
                                        Qt.ItemDataRole.ToolTipRole)
    assert tooltip == tip(title) and "<img" not in tooltip and "&lt;img" in tooltip


# ------------------------------------------------------------------------ links


def find_anchor(window: MainWindow, row: int) -> QPoint:
    view = window.chat_view
    rect = view.visualRect(view.model().index(row, 0))
    for y in range(rect.top(), rect.bottom(), 3):
        for x in range(rect.left(), rect.right(), 3):
            if view._hit(QPoint(x, y))[2]:
                return QPoint(x, y)
    raise AssertionError("no link found in the row")


def test_a_spoofed_link_shows_its_real_address_and_asks_first(
        qtbot, make_window: object, hearth_home: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.settings import paths

    with storage.Store.open(paths().ensure().database) as store:
        conv = store.create_conversation("Links")
        store.add_message(conv.id, "user", "where do I log in?")
        store.add_message(conv.id, "assistant", "Log in at [https://your-bank.com]"
                          "(https://evil.example/login) now.")
        store.add_message(conv.id, "user", "and the file?")
        store.add_message(conv.id, "assistant", "Open [the report](file:///bin/sh) here.")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toString()) or True))
    window: MainWindow = make_window()  # type: ignore[operator]
    window.open_conversation(conv.id)
    view = window.chat_view
    asked: list[QMessageBox] = []
    answers = [False, True, True]

    def confirm(box: QMessageBox) -> bool:
        asked.append(box)
        box.setParent(None)
        return answers.pop(0)

    view.confirm_link = confirm
    spot = find_anchor(window, 1)
    assert view._hit(spot)[2] == "https://evil.example/login"
    # Declined: nothing opens.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert asked[-1].informativeText() == "https://evil.example/login" and opened == []
    box = asked[-1]
    box.show()
    qtbot.addWidget(box)
    save_shot(box, tmp_path, "link-confirmation")
    # Accepted: it opens, the real address, not the one the text shows.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened == ["https://evil.example/login"]
    # Any other scheme is never handed to the desktop, whatever the answer.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=find_anchor(window, 3))
    assert "only web and email" in asked[-1].text()
    assert asked[-1].informativeText() == "file:///bin/sh"
    assert opened == ["https://evil.example/login"]
