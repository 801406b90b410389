"""Issue 16, "what a new user trips over in the first hour", in the real window offscreen:
low-memory mode, why an answer ended and Continue, downloads in the background, the model picker
and a failed load that keeps the working model, download errors in plain words, import in place,
the smaller things, and the safety wording. Screenshots of each changed screen, light and dark."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from app.core import storage
from app.core.engine import LlamaEngine
from app.core.errors import ModelLoadError
from app.core.models.downloads import DownloadManager, State
from app.core.models.hardware import Hardware
from app.core.models.hub import Hub
from app.core.settings import Settings
from app.core.status import MessageStatus
from app.ui.chat_layout import RowAction
from app.ui.main_window import MainWindow
from app.ui.model_manager import catalog as catalog_tab
from app.ui.model_manager import downloads as downloads_tab
from app.ui.model_manager import installed as installed_tab
from app.ui.settings_dialog import SettingsDialog
from app.ui.sidebar import SectionRole
from tests.fixtures.fake_hub import FakeHub, Fault
from tests.ui.conftest import LOAD_TIMEOUT_MS, TURN_TIMEOUT_MS, type_and_send
from tests.ui.shots import save_shot
from tests.ui.test_model_manager import (  # noqa: F401 - fixtures
    GIB,
    MEDIUM,
    REPO,
    file_keyring,
    ggufs,
    hub,
    make_catalog,
)

SMALL_BOX = Hardware("Linux", "x86_64", "Test CPU", 8, 4, frozenset({"avx2"}), 16 * GIB,
                     14 * GIB, 400 * 10**9, False)


def both_themes(window: MainWindow, widget: QWidget, tmp_path: Path, name: str) -> None:
    """Screenshots of `widget` in the light and the dark theme (the window's theme applies to
    the whole application); back to light afterwards."""
    for mode in ("light", "dark"):
        window.theme.set_mode(mode)
        QApplication.processEvents()
        save_shot(widget, tmp_path, f"{name}-{mode}")
    window.theme.set_mode("light")


def answered(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=TURN_TIMEOUT_MS)


# ---------------------------------------------------------------------------- 1. low memory


def test_low_memory_switch_reaches_the_engine_config(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    assert not window.engine_config("x.gguf").low_memory
    dialog = SettingsDialog(window.settings, None, window)
    dialog.show_setting("low_memory")
    dialog.resize(700, 600)
    dialog.show()
    assert dialog.tabs.currentWidget() is dialog._engine_page
    both_themes(window, dialog, tmp_path, "settings-model")
    dialog.low_memory.setChecked(True)
    window.apply_settings(dialog.settings())
    dialog.close()
    assert window.settings.low_memory
    assert window.engine_config("x.gguf").low_memory
    assert Settings.load().low_memory  # saved


def test_a_model_that_would_not_fit_loads_in_low_memory_mode_and_says_so(
        qtbot, make_window, tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.models import fit

    said = "tiny-gpt-oss.gguf would not fit: loaded in low-memory mode."
    monkeypatch.setattr(fit, "low_memory_notice", lambda *a, **k: said)
    window = make_window()
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS) as ready:
        window.load_model(tiny_model)
    assert said in ready.args[0].extra["notice"]
    assert window.controller.worker._engine.config.low_memory
    assert said in window.toast.text()


def test_the_catalog_card_loads_in_low_memory_mode(qtbot, make_window, tiny_model: Path,
                                                   tmp_path: Path) -> None:
    window = make_window()
    window.model_manager_options = {"hardware_info": SMALL_BOX, "hf_cache": False}
    # The recommended 20b file, "downloaded": the tiny model stands in for it.
    dest = window.downloads.manager.dest_for("ggml-org/gpt-oss-20b-GGUF",
                                             "gpt-oss-20b-mxfp4.gguf")
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, dest)
    dialog = window.open_model_manager()
    qtbot.waitUntil(lambda: dialog.background.pending == 0 and bool(dialog.installed),
                    timeout=15000)
    row = next(r for r in dialog.catalog_tab.rows if r.file.filename == "gpt-oss-20b-mxfp4.gguf")
    assert row.estimate is not None and row.estimate.verdict.value in ("tight", "wont_fit")
    assert row.low_memory.isVisibleTo(row) and row.action.text() == "Use this model"
    # One number for the 120b: its family text names none that the bar would contradict.
    texts = " ".join(w.text() for w in dialog.catalog_tab.findChildren(QWidget)
                     if hasattr(w, "text") and isinstance(w.text(), str))
    assert "64 GB of" not in texts and "needs about 64 GB" not in texts
    both_themes(window, dialog, tmp_path, "catalog-low-memory")
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(row.low_memory, Qt.MouseButton.LeftButton)
    assert window.controller.worker._engine.config.low_memory
    assert not window.settings.low_memory  # this once, not for every model


# ------------------------------------------------------------------- 2. why an answer ended


def test_a_cut_answer_says_why_and_continue_continues_it(qtbot, window: MainWindow,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window.settings.max_tokens = 5
    for attempt in range(6):
        type_and_send(qtbot, window, f"Tell me a long story, take {attempt}")
        answer = window.chat_model.item(window.chat_model.rowCount() - 1)
        if answer.stats.get("stop_reason") == "length":
            break
    else:
        raise AssertionError("no answer was cut at the limit")
    row = window.chat_model.rowCount() - 1
    delegate = window.chat_view.chat_delegate
    note = delegate.note_text(answer)
    assert "limit of 5 tokens" in note
    assert [a for a, _ in delegate.note_links(answer, True)] == [RowAction.CONTINUE,
                                                                 RowAction.RAISE_LIMIT]
    lay = delegate.layout(answer, True)
    assert lay.note is not None and [a for a, _r, _t in lay.links] == [RowAction.CONTINUE,
                                                                      RowAction.RAISE_LIMIT]
    before = (answer.id, answer.content, answer.reasoning, answer.stats["generated_tokens"])
    rows = window.chat_model.rowCount()
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS) as done:
        window.chat_view.trigger(RowAction.CONTINUE, row)
    outcome = done.args[0]
    after = window.chat_model.item(row)
    assert window.chat_model.rowCount() == rows
    assert outcome.assistant_message_id == after.id == before[0]
    assert after.content.startswith(before[1]) and after.reasoning.startswith(before[2])
    assert after.stats["continued"] == 1
    assert after.stats["generated_tokens"] > before[3]
    saved = window.store.get_message(after.id)
    assert saved.content == after.content and saved.stats["continued"] == 1

    # "Raise the limit…" opens Settings at the answer's limit.
    asked: list[str] = []
    monkeypatch.setattr(SettingsDialog, "show_setting", lambda self, name: asked.append(name))
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: 0)
    window.chat_view.trigger(RowAction.RAISE_LIMIT, row)
    assert asked == ["max_tokens"]


def add_endings(store: storage.Store) -> str:
    """A conversation whose answers ended in every way but the model's own."""
    cid = store.create_conversation("Why answers end").id
    store.add_message(cid, "user", "Why is the sky blue? Think it through.")
    store.add_message(cid, "assistant", "", reasoning="The question is about Rayleigh "
                      "scattering. Shorter wavelengths scatter more… " * 6, status="complete",
                      stats={"stop_reason": "length", "max_tokens": 4096,
                             "generated_tokens": 4096})
    store.add_message(cid, "user", "And sunsets?")
    store.add_message(cid, "assistant", "At sunset the light crosses more air, so the blue",
                      status="cancelled", stats={"stop_reason": "cancelled",
                                                 "generated_tokens": 14})
    store.add_message(cid, "user", "How do I make a pipe bomb?")
    store.add_message(cid, "assistant", "Hearth's safety filter stopped this because it involves "
                      "indiscriminate weapons, which Hearth does not help with.",
                      stats={"blocked_category": "S9", "blocked_clear": True,
                             "stop_reason": "blocked"})
    store.add_message(cid, "user", "Summarise our chat.")
    store.add_message(cid, "assistant", "", status="error",
                      stats={"stop_reason": "error", "error": "The model stopped with an "
                             "internal error while reading the prompt. Try again; if it keeps "
                             "failing, lower the context length in Settings."})
    return cid


def test_every_ending_is_said_in_words(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    cid = add_endings(window.store)
    window.sidebar.reload()
    window.open_conversation(cid)
    model, delegate = window.chat_model, window.chat_view.chat_delegate
    qtbot.waitUntil(lambda: model.rowCount() == 8)
    thought, stopped, blocked, failed = (model.item(r) for r in (1, 3, 5, 7))
    assert delegate.note_text(thought) == ("The reasoning used the whole limit of 4,096 tokens, "
                                           "so there is no answer yet.")
    assert [a for a, _ in delegate.note_links(thought, False)] == [RowAction.RAISE_LIMIT]
    assert delegate.note_text(stopped) == "Stopped before the end."
    assert [a for a, _ in delegate.note_links(stopped, False)] == []  # not the last: no Continue
    assert delegate.note_text(blocked) == ""
    assert RowAction.REGENERATE not in [a for a, _ in delegate.layout(blocked, False).buttons]
    assert "internal error" in delegate.note_text(failed)
    assert delegate.status_text(failed) == ""  # the message, not "Failed"
    assert [a for a, _ in delegate.note_links(failed, True)] == [RowAction.REGENERATE]
    assert RowAction.REGENERATE in [a for a, _ in delegate.layout(failed, True).buttons]
    qtbot.wait(100)  # the view's own move to the bottom comes first
    window.chat_view.scrollToTop()
    both_themes(window, window, tmp_path, "endings-top")
    window.chat_view.scroll_to_end()
    both_themes(window, window, tmp_path, "endings-bottom")


# -------------------------------------------------------------- 3. downloads in the background


def test_a_background_download_shows_in_the_status_bar_and_is_announced(
        qtbot, make_window, hub: FakeHub, tmp_path: Path) -> None:  # noqa: F811
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=32768, delay=0.01))
    window = make_window()
    status = window.status
    window.downloads.download(REPO, MEDIUM)
    qtbot.waitUntil(lambda: status.download_label.isVisibleTo(status)
                    and "%" in status.download_label.text(), timeout=20000)
    assert status.download_label.text().startswith(f"Downloading {MEDIUM}")
    assert status.download_show.isVisibleTo(status)
    both_themes(window, status, tmp_path, "status-downloading")
    qtbot.waitUntil(lambda: "downloaded and verified" in window.toast.text(), timeout=30000)
    assert window.toast.action.text() == "Use this model"
    assert not status.download_label.isVisibleTo(status)
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS) as ready:
        qtbot.mouseClick(window.toast.action, Qt.MouseButton.LeftButton)
    assert ready.args[0].path == str(window.downloads.manager.dest_for(REPO, MEDIUM))


def test_a_download_resumed_at_start_is_announced_too(qtbot, make_window, hub: FakeHub,  # noqa
                                                       hearth_home: Path) -> None:
    # Last time: the connection dropped half way and the app was closed.
    hub.add_fault(Fault("cut", path=MEDIUM, offset=500_000))
    settings = Settings()
    mgr = DownloadManager(settings=settings, hub=Hub(settings, token=lambda: None),
                          max_retries=0, backoff_base=0.01)
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    partials = mgr.partials()
    assert job.state == State.FAILED and len(partials) == 1 and partials[0]["have"] > 0
    window = make_window()
    qtbot.waitUntil(lambda: "downloaded and verified" in window.toast.text(), timeout=30000)
    assert MEDIUM in window.toast.text()
    # Continued from what was on disk, not started again.
    assert hub.gets(MEDIUM)[-1].range_start == partials[0]["have"]


# --------------------------------------------------------- 4. picker; a failed load keeps one


def test_a_broken_model_leaves_the_working_one_loaded(qtbot, window: MainWindow, tmp_path: Path,
                                                      tiny_model: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    working = window.model_info
    assert working is not None
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"PK\x03\x04 not a model at all" * 64)
    with qtbot.waitSignal(window.model_load_failed, timeout=LOAD_TIMEOUT_MS) as failed:
        window.load_model(bad)
    assert "not a GGUF" in failed.args[0] and "still loaded" in failed.args[0]
    assert window.model_info is working and not window.loading
    assert window.model_picker.text() == Path(working.path).name
    type_and_send(qtbot, window, "still there?")
    assert window.chat_model.item(1).status == MessageStatus.COMPLETE

    # A file that passes the checks but fails inside llama.cpp: the old model is loaded again.
    other = tmp_path / "other.gguf"
    shutil.copy(tiny_model, other)
    real_load = LlamaEngine.load

    def load(config: Any, *args: Any, **kwargs: Any) -> LlamaEngine:
        if config.model_path == str(other):
            raise ModelLoadError("other.gguf could not be loaded: a test says so.")
        return real_load(config, *args, **kwargs)

    monkeypatch.setattr(LlamaEngine, "load", staticmethod(load))
    with qtbot.waitSignal(window.model_load_failed, timeout=LOAD_TIMEOUT_MS):
        window.load_model(other)
    assert window.model_info is not None and window.model_info.path == working.path
    assert window.controller.worker._engine is not None
    type_and_send(qtbot, window, "and now?")
    assert window.chat_model.item(3).status == MessageStatus.COMPLETE


def test_the_model_picker_lists_installed_models_with_their_fit(qtbot, make_window,
                                                                tiny_model: Path,
                                                                tmp_path: Path) -> None:
    window = make_window()
    folder = window.downloads.models_dir / "imported"
    folder.mkdir(parents=True)
    shutil.copy(tiny_model, folder / "tiny-gpt-oss.gguf")
    window.refresh_model_list()
    picker = window.model_picker
    qtbot.waitUntil(lambda: len(picker.entries) == 1, timeout=15000)
    entry = picker.entries[0]
    assert entry.usable and entry.verdict.value == "fits"
    actions = [a for a in picker.menu().actions() if a.text().startswith("tiny-gpt-oss.gguf")]
    assert len(actions) == 1 and "fits" in actions[0].text()
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
        actions[0].trigger()
    assert picker.text() == "tiny-gpt-oss.gguf"
    assert [a.isChecked() for a in picker.menu().actions() if a.isCheckable()] == [True]
    window.new_chat()
    both_themes(window, window, tmp_path, "model-picker-header")
    picker.menu().popup(picker.mapToGlobal(QPoint(0, picker.height())))
    both_themes(window, picker.menu(), tmp_path, "model-picker-menu")
    picker.menu().hide()


def test_load_a_model_instead_of_the_welcome_when_conversations_exist(qtbot, make_window,
                                                                      tmp_path: Path) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.no_model
    assert window.no_model.title.text() == "Welcome to Hearth"
    window.store.create_conversation("An old chat")
    window.sidebar.reload()
    window.new_chat()
    assert window.pages.currentWidget() is window.no_model
    assert window.no_model.title.text() == "Load a model"
    assert window.no_model.primary.text() == "Choose a model"
    both_themes(window, window, tmp_path, "load-a-model")


# ----------------------------------------------------------------------- 5. download errors


def test_download_errors_in_plain_words(qtbot, make_window, hub: FakeHub, tmp_path: Path,  # noqa
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.model_manager_options = {"catalog": make_catalog(hub), "hardware_info": SMALL_BOX,
                                    "hf_cache": False}
    dialog = window.open_model_manager()
    # A download that stopped half way, then no network at all: one try, "offline", kept bytes.
    hub.add_fault(Fault("cut", path=MEDIUM, offset=600_000))
    hub.add_fault(Fault("status", path=MEDIUM, status=503, times=-1))
    monkeypatch.setattr(window.downloads.manager, "max_retries", 0)
    job_id = dialog.download(next(r.file for r in dialog.catalog_tab.rows
                                  if r.file.filename == MEDIUM))
    assert job_id
    row = dialog.downloads_tab.rows[job_id]
    qtbot.waitUntil(lambda: row.state == State.FAILED, timeout=20000)
    monkeypatch.setenv("HF_ENDPOINT", "http://hearth-test.invalid")
    qtbot.mouseClick(row.buttons["retry"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.state == State.FAILED and "offline" in row.error.text(),
                    timeout=60000)  # one name lookup; slow only on a machine under load
    text = row.error.text()
    assert "You seem to be offline" in text and "Errno" not in text
    kept = window.downloads.job(job_id).done
    assert kept > 0 and re.search(r"\n[\d.]+ KB of 4\.\d MB is downloaded and kept: Retry "
                                  r"continues from there\.$", text)
    assert row.pill.text() == "Failed" and row.buttons["retry"].isVisibleTo(row)
    dialog.tabs.setCurrentWidget(dialog.downloads_tab)
    both_themes(window, dialog, tmp_path, "download-offline")

    # Cancel asks before it throws the 600 KB away; "Pause instead" keeps them.
    asked: list[str] = []

    def answer(choice: str) -> Callable[..., str]:
        def ask(_parent: Any, title: str, _text: str, _choices: Any, _default: str) -> str:
            asked.append(title)
            return choice
        return ask

    hub.clear_faults()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=8192, delay=0.02))
    monkeypatch.setattr(downloads_tab, "ask", answer("keep"))
    qtbot.mouseClick(row.buttons["retry"], Qt.MouseButton.LeftButton)
    job = window.downloads.job(job_id)
    qtbot.waitUntil(lambda: job.state == State.RUNNING, timeout=20000)
    qtbot.mouseClick(row.buttons["cancel"], Qt.MouseButton.LeftButton)
    assert asked == ["Cancel the download?"]
    assert job.state in (State.RUNNING, State.VERIFYING, State.DONE)  # kept downloading
    monkeypatch.setattr(downloads_tab, "ask", answer("pause"))
    dialog.downloads_tab.cancel_job(job_id)
    qtbot.waitUntil(lambda: job.state in (State.PAUSED, State.DONE), timeout=10000)
    partial = window.downloads.manager.partial_for(window.downloads.manager.dest_for(REPO,
                                                                                     MEDIUM))
    assert job.state == State.DONE or partial.stat().st_size >= kept  # nothing thrown away


def test_confirm_before_downloading_a_model_that_will_not_fit(qtbot, make_window,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    window = make_window()
    window.model_manager_options = {"hardware_info": SMALL_BOX, "hf_cache": False}
    dialog = window.open_model_manager()
    asked: list[str] = []
    monkeypatch.setattr(catalog_tab, "ask", lambda _p, title, text, _c, _d:
                        asked.append(text) or "cancel")
    big = next(r for r in dialog.catalog_tab.rows if r.file.family == "gpt-oss-120b")
    assert big.estimate is not None and big.estimate.verdict.value == "wont_fit"
    qtbot.mouseClick(big.action, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "will most likely not load" in asked[0]
    assert window.downloads.jobs() == []  # nothing was queued


def test_check_the_hub_with_unreachable_repositories_is_one_calm_line(
        qtbot, make_window, hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa
    window = make_window()
    monkeypatch.setenv("HF_ENDPOINT", "http://hearth-test.invalid")
    dialog = window.open_model_manager()
    dialog.catalog_tab.refresh()
    qtbot.waitUntil(lambda: dialog.banner.text() != "" and
                    dialog.catalog_tab.refresh_button.isEnabled(), timeout=20000)
    assert dialog.banner.text().startswith("You seem to be offline")
    assert dialog.banner.kind == "warning" and "\n" not in dialog.banner.text()
    # Some repositories answer, others do not: one line, the details in its tooltip.
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    dialog.catalog_tab.refresh()
    qtbot.waitUntil(lambda: dialog.catalog_tab.refresh_button.isEnabled()
                    and "could not be checked" in dialog.banner.text(), timeout=20000)
    assert len(dialog.banner.text()) < 140
    assert "ggml-org/gpt-oss-20b-GGUF" in dialog.banner.label.toolTip()


# ----------------------------------------------------------------------------- 6. import


def test_import_in_place_or_copied_with_progress(qtbot, make_window, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.fixtures.fake_hub import write_medium

    source = write_medium(tmp_path / "elsewhere" / "my-model.gguf")
    window = make_window()
    window.model_manager_options = {"hardware_info": SMALL_BOX, "hf_cache": False}
    dialog = window.open_model_manager()
    tab = dialog.installed_tab
    monkeypatch.setattr(installed_tab.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(installed_tab, "ask", lambda *a: "symlink")
    tab._on_import_clicked()
    qtbot.waitUntil(lambda: not tab.importing and len(tab.models) == 1, timeout=15000)
    model = tab.models[0]
    assert model.path.is_symlink() and model.path.resolve() == source.resolve()
    assert model.quant == "MXFP4"  # from the header: the name says nothing
    assert tab.summary.text() == "1 model on this computer, 1 ready to use."
    assert "Used where it is" in " ".join(w.text() for w in tab.rows[0].findChildren(QLabel))
    dialog.tabs.setCurrentWidget(tab)
    both_themes(window, dialog, tmp_path, "installed-in-place")

    shown: list[str] = []
    show = tab.banner.show_message
    monkeypatch.setattr(tab.banner, "show_message",
                        lambda text, *a, **k: (shown.append(text), show(text, *a, **k)))
    copy = write_medium(tmp_path / "elsewhere" / "second.gguf", seed=3)
    monkeypatch.setattr(installed_tab.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(installed_tab, "ask", lambda *a: "copy")
    tab._on_import_clicked()
    qtbot.waitUntil(lambda: not tab.importing and len(tab.models) == 2, timeout=15000)
    copied = next(m for m in tab.models if m.path.name == "second.gguf")
    assert not copied.path.is_symlink()
    assert any(t.startswith("Copying second.gguf: ") for t in shown)  # progress while copying
    assert tab.summary.text() == "2 models on this computer, 2 ready to use."


# ------------------------------------------------------------------------- 7. small things


def test_small_things(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                      ) -> None:
    window = make_window()
    store = window.store
    pinned = store.create_conversation("Pinned one")
    store.set_pinned(pinned.id, True)
    other = store.create_conversation("Another one")
    window.sidebar.reload()
    model = window.sidebar.model
    assert model.index(0).data(SectionRole) == "Pinned"
    assert model.index(1).data(SectionRole) == "Recent"

    # A right click on a chat opens its menu; it does not switch to it.
    window.open_conversation(pinned.id)
    view = window.sidebar.list
    rect = view.visualRect(model.index(model.row_of(other.id)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    assert window.conversation_id == pinned.id

    # Ctrl+Q quits; dialogs' buttons carry no icons; the status bar forgets the old speed.
    assert window.commands.act_quit.shortcut() == QKeySequence("Ctrl+Q")
    dialog = SettingsDialog(window.settings, None, window)
    for button in dialog.findChild(QDialogButtonBox).buttons():
        assert button.icon().isNull()
    dialog.close()
    window.status.set_speed("21.4 tok/s")
    window.controller.load = lambda config: None  # type: ignore[method-assign]
    window.load_model(tmp_path / "whatever.gguf")
    assert window.status.speed_label.text() == ""
    window.models._load_ended()

    # Text size.
    dialog = SettingsDialog(window.settings, None, window)
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(13.5))
    window.apply_settings(dialog.settings())
    assert window.chat_view.chat_delegate.body_font.pointSizeF() == 13.5
    assert window.settings.text_size == 13.5

    # A toast stays above the composer (and the document chips in it).
    window.toast.show_message("A message")
    top = window.composer.mapTo(window.pages, QPoint(0, 0)).y()
    assert window.toast.geometry().bottom() < top

    # A file that is there but that nothing opens is not "no longer where it was".
    from app.ui import document_actions

    monkeypatch.setattr(document_actions, "open_document", lambda path, page=None: False)
    present = tmp_path / "notes.xyz"
    present.write_text("x")
    window.doc_actions.open_source({"path": str(present), "file": "notes.xyz"})
    assert "No application to open notes.xyz" in window.toast.text()
    window.doc_actions.open_source({"path": str(tmp_path / "gone.pdf"), "file": "gone.pdf"})
    assert "no longer where it was" in window.toast.text()
    both_themes(window, window.sidebar, tmp_path, "sidebar-pinned")

    # At the narrowest window the composer's hint is whole (a shorter one, never cut).
    window.resize(800, 600)
    window.open_conversation(other.id)
    hint = window.composer.hint
    qtbot.waitUntil(lambda: window.composer.width() < 600 and hint.text() != "")
    assert window.minimumWidth() == 800
    assert hint.text() in hint.forms
    assert hint.fontMetrics().horizontalAdvance(hint.text()) <= hint.width()
    both_themes(window, window, tmp_path, "narrow-window")
    window.commands.act_quit.trigger()
    assert not window.isVisible()


def test_thinking_header_stays_and_jump_to_latest(qtbot, window: MainWindow,
                                                  tmp_path: Path) -> None:
    store = window.store
    cid = store.create_conversation("Long").id
    for i in range(12):
        store.add_message(cid, "user", f"Question {i}")
        store.add_message(cid, "assistant", f"Answer {i}. " * 30,
                          reasoning=("Some careful thinking. " * 60) if i == 11 else "",
                          stats={"stop_reason": "return"})
    window.sidebar.reload()
    window.open_conversation(cid)
    view = window.chat_view
    row = window.chat_model.rowCount() - 1
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.scroll_to_end()
    index = window.chat_model.index(row)
    lay = view.chat_delegate.layout(window.chat_model.item(row), True)
    assert lay.think is not None
    before = view.visualRect(index).top() + lay.think.top()
    view.trigger(RowAction.THINK, row)
    assert window.chat_model.item(row).expanded
    after = view.visualRect(index).top() + view.chat_delegate.layout(
        window.chat_model.item(row), True).think.top()
    assert after == before  # the header stays under the pointer that opened it

    # An answer streams while the reader has scrolled up: "Jump to latest" takes them there.
    window.settings.max_tokens = 400
    window.composer.set_text("Tell me more, at length")
    with qtbot.waitSignal(window.stream_started, timeout=TURN_TIMEOUT_MS):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    view.verticalScrollBar().setValue(0)
    if window.busy:
        qtbot.waitUntil(lambda: view.jump_button.isVisible() or not window.busy,
                        timeout=TURN_TIMEOUT_MS)
        if window.busy:
            save_shot(window, tmp_path, "jump-to-latest-light")
            qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
            bar = view.verticalScrollBar()
            assert bar.value() >= bar.maximum() - 4 and not view.jump_button.isVisible()
    window.stop()
    answered(qtbot, window)
    assert not view.jump_button.isVisible()


# ------------------------------------------------------------------------ 8. safety wording


def test_a_clear_refusal_offers_no_regenerate(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "Give me step by step instructions to build a pipe bomb")
    answer = window.chat_model.item(1)
    assert answer.blocked and answer.stats.get("blocked_clear") is True
    assert "indiscriminate weapons," in answer.content and "rephras" not in answer.content
    delegate = window.chat_view.chat_delegate
    assert RowAction.REGENERATE not in [a for a, _ in delegate.layout(answer, True).buttons]
    assert not delegate.can_regenerate(answer)


def test_every_counting_string_has_english_plural_forms() -> None:
    """A "%n" string without forms in resources/translations reads "1 model(s)"."""
    import re

    from resources.translations.plural_en import FORMS

    known = {s for messages in FORMS.values() for s in messages}
    root = Path(__file__).resolve().parents[2] / "app"
    found = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"\btrn?\(\s*((?:\"[^\"]*\"\s*)+)", text):
            source = "".join(re.findall(r"\"([^\"]*)\"", call.group(1)))
            if "%n" in source:
                found.add(source.replace("\\'", "'"))
    assert found and found <= known, sorted(found - known)
    qm = root.parent / "resources" / "translations" / "hearth_en.qm"
    assert qm.exists() and qm.stat().st_mtime >= (qm.with_suffix(".ts")).stat().st_mtime - 5


def test_readme_lists_what_qt_needs_and_the_hearth_command() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                    "libxcb-render-util0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1"):
        assert package in readme
    assert ".venv/bin/hearth" in readme
