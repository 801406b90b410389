"""Private by construction (issue 18), in the window: a whole session under the network guard
leaves no planted phrase on disk and connects only to the (local test) Hub; the passphrase
dialogs at start; the app lock; the Privacy page and wipe."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.core import network, vault
from app.core.models.downloads import DownloadManager, State
from app.core.models.hub import Hub
from app.core.settings import Settings, paths
from app.ui import unlock
from app.ui.app_lock import LockScreen
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.core.test_privacy import PHRASE, app_folders, files_holding, files_under
from tests.fixtures.fake_hub import FakeHub
from tests.ui.conftest import LOAD_TIMEOUT_MS, type_and_send

INGEST_TIMEOUT_MS = 60_000
REPO = "test-org/gpt-oss-test-GGUF"


def test_a_whole_session_leaves_no_trace_and_connects_only_to_the_hub(
        qtbot, make_window: Callable[..., MainWindow], tiny_model: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    network.clear_attempts()
    # The log file as the app writes it, at its most talkative level.
    handler = logging.FileHandler(paths().ensure().log_dir / "hearth.log", encoding="utf-8")
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    request.addfinalizer(lambda: (root.removeHandler(handler), handler.close(),
                                  root.setLevel(level)))
    with FakeHub(workdir=tmp_path / "hub") as hub, network.guarded():
        hub.add_file(REPO, "tiny.gguf", tiny_model)
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        hub_port = int(hub.url.rsplit(":", 1)[1])
        # The download the person asked for (through the same Hub door the window uses).
        settings = Settings(max_tokens=24, context_length=2048, cpu_threads=2, gpu_layers=0,
                            theme="light", safety_log_text=True)
        manager = DownloadManager(settings=settings, hub=Hub(settings), read_timeout=10.0)
        job = manager.run_job(manager.enqueue(REPO, "tiny.gguf"))
        assert job.state == State.DONE, job.message
        model = manager.dest_for(REPO, "tiny.gguf")

        window = make_window(settings)
        with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
            window.load_model(model)
        doc = tmp_path / "outside" / "attic.md"
        doc.parent.mkdir()
        doc.write_text(f"# The attic\n\nThe {PHRASE} sits in the attic, painted teal.\n" * 30,
                       encoding="utf-8")
        with qtbot.waitSignal(window.documents_ingested, timeout=INGEST_TIMEOUT_MS):
            window.attach_files([str(doc)])
        type_and_send(qtbot, window, f"Where is the {PHRASE}?")
        cid = window.conversation_id
        assert cid is not None
        messages = window.store.messages(cid)
        assert any(PHRASE in m.content for m in messages)
        answer = messages[-1]
        assert answer.role == "assistant" and answer.sources  # the document was used
        # Search, as a person types it.
        window.sidebar.search.setText(PHRASE.split()[0])
        window.sidebar._search_timer.stop()  # typed: searched at once, not after closing
        window.sidebar.run_search()
        assert window.sidebar.results.rowCount() >= 1
        # Export: the person's own choice of a plain file outside Hearth's folders.
        export = tmp_path / "outside" / "all.json"
        with qtbot.waitSignal(window.history.exported, timeout=20_000):
            window.history.export_all(export)
        window.close()

    attempts = network.attempts()
    assert attempts, "the download must have been seen"
    assert all(a.allowed and a.purpose == "hub" for a in attempts), attempts
    assert {(a.host, a.port) for a in attempts if a.kind == "connect"} == {
        ("127.0.0.1", hub_port)}
    assert not [r.path for r in hub.requests if "agent-harnesses" in r.path]
    # Nothing of the conversation or the document in any file of Hearth's, in any encoding,
    # WAL and journal included; the export has it, in plain, as the person chose.
    assert files_under(paths().database.parent)
    handler.flush()
    assert (paths().log_dir / "hearth.log").stat().st_size > 0
    assert not files_holding(PHRASE, *app_folders())
    assert PHRASE in export.read_text(encoding="utf-8")


def _fill_dialog(text: str, again: bool = True, attempts: list[str] | None = None) -> None:
    """Answer the next passphrase dialog that opens (from inside its exec loop)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, unlock.PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        for attempt in attempts or []:
            dialog.field.setText(attempt)
            if dialog.again is not None:
                dialog.again.setText(attempt)
            dialog._on_ok()
            assert dialog.isVisible() and dialog.error.text()
        dialog.field.setText(text)
        if dialog.again is not None and again:
            dialog.again.setText(text)
        dialog._on_ok()

    QTimer.singleShot(0, fill)


def test_without_a_keyring_the_window_asks_for_a_passphrase(qtbot, hearth_home: Path) -> None:
    from app.ui.app import make_application

    make_application()
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    vault.forget_cached()
    try:
        # A first start: choose a passphrase (a short one is refused in the dialog).
        _fill_dialog("a long passphrase", attempts=["short"])
        assert unlock.open_history()
        assert json.loads(vault.key_file().read_text())["keyring"] is False
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        window.store.create_conversation(PHRASE)
        window.close()
        # The next start: enter it; a wrong one is said plainly and the dialog stays.
        vault.forget_cached()
        _fill_dialog("a long passphrase", attempts=["a wrong passphrase"])
        assert unlock.open_history()
        assert not files_holding(PHRASE, *app_folders())
    finally:
        keyring.set_keyring(previous)


def test_cancelling_the_passphrase_opens_nothing(qtbot, hearth_home: Path) -> None:
    from app.ui.app import make_application

    make_application()
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    vault.forget_cached()

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    try:
        QTimer.singleShot(0, cancel)
        assert not unlock.open_history()
        assert not paths().database.exists() and not vault.key_file().exists()
    finally:
        keyring.set_keyring(previous)


def _visible_texts(widget: QWidget) -> str:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in widget.findChildren(QLineEdit) if w.isVisible()]
    return "\n".join(texts)


def test_the_app_lock_hides_the_conversation_until_the_passphrase(
        qtbot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    conv = window.store.create_conversation(PHRASE)
    window.store.add_message(conv.id, "user", f"secret {PHRASE}")
    window.sidebar.reload()
    window.open_conversation(conv.id)
    assert PHRASE in window.windowTitle()
    assert not window.app_lock.lock()  # no lock passphrase: nothing to lock with
    vault.set_lock_passphrase("lock it up please")
    window.app_lock.set_idle_minutes(1)
    # Idle past the chosen time: the window locks by itself.
    window.app_lock._last_input -= 61
    window.app_lock._check_idle()
    assert window.app_lock.is_locked
    assert isinstance(window.centralWidget(), LockScreen)
    assert PHRASE not in window.windowTitle()
    assert PHRASE not in _visible_texts(window)
    assert not window.splitter.isVisible()  # the taken content is not a window of its own
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert not window.statusBar().isVisible()
    assert not window.commands.act_settings.isEnabled()  # no shortcut reaches past the lock
    window.grab()  # paints without the conversation
    # A title change while locked (a rename, a finished turn) is kept for later.
    window.setWindowTitle("renamed — Hearth")
    assert window.windowTitle() == "Hearth (locked)"
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    monkeypatch.setattr(vault, "_clock", lambda: 9000.0)
    screen.field.setText("not it at all")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert window.app_lock.is_locked and screen.error.text()
    screen.field.setText("lock it up please")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert not window.app_lock.is_locked
    assert window.centralWidget() is window.splitter
    assert window.windowTitle() == "renamed — Hearth"
    assert window.commands.act_settings.isEnabled()


def test_privacy_page_shows_what_is_where_and_wipe_removes_everything(
        qtbot, make_window: Callable[..., MainWindow], _private_keyring: Path) -> None:
    window = make_window()
    window.quiet_wipe = True
    conv = window.store.create_conversation(PHRASE)
    window.store.add_message(conv.id, "user", PHRASE)
    dialog = SettingsDialog(window.settings, None, window)
    qtbot.addWidget(dialog)
    page = dialog.privacy
    assert page.table.rowCount() >= 5
    assert str(paths().database) in page.table.item(0, 0).text()
    assert [i.where for i in page.items][0] == paths().database
    assert "System keyring" in page.key_source.text()
    page.offline.setChecked(True)
    page.idle.setValue(5)
    new = dialog.settings()
    assert new.offline and new.lock_idle_minutes == 5
    # Export everything goes to the window's export (asks where); wipe asks, then the window
    # closes everything and removes it all.
    asked: list[bool] = []
    page.export_requested.connect(lambda: asked.append(True))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    dialog.close()
    with qtbot.waitSignal(window.wiped, timeout=30_000) as blocker:
        window.wipe_everything(keep_models=False)
    assert blocker.args[0].complete, blocker.args[0].problems
    assert files_under(*app_folders()) == []
    assert json.loads(_private_keyring.read_text()) == {}
