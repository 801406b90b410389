"""Changing the models folder from the model manager (and from Settings): the models move off the
GUI thread, the lists follow, new downloads land in the new folder, and every refusal or failure
says why and loses nothing."""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.models import folder as folder_mod
from app.core.models.catalog import Catalog
from app.core.models.downloads import State
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.model_manager import ModelManagerDialog
from tests.fixtures.fake_hub import FakeHub, Fault
from tests.ui.shots import save_shot
from tests.ui.test_model_manager import (  # noqa: F401 - fixtures used by name
    CPU_BOX,
    MEDIUM,
    REPO,
    TINY,
    app_theme,
    file_keyring,
    ggufs,
    hub,
    make_catalog,
    make_dialog,
    row_for,
    settle,
)


def choose_folder(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The folder picker answers `path`, as if the user had chosen it."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(path)))


def answer_move_question(monkeypatch: pytest.MonkeyPatch, answer: str,
                         shot: Callable[[QMessageBox], object] | None = None) -> list[str]:
    """The question box is built for real; instead of waiting for a person, its `answer`
    button is clicked. Returns the texts it showed."""
    texts: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text() + "\n" + box.informativeText())
        box.show()
        if shot is not None:
            shot(box)
        button = next(b for b in box.buttons() if b.text() == answer)
        assert button.isEnabled(), answer
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


def wait_folder_idle(qtbot, dlg: ModelManagerDialog) -> None:
    qtbot.waitUntil(lambda: not dlg.folder_card.busy and dlg.background.pending == 0,
                    timeout=20000)


def download(qtbot, dlg: ModelManagerDialog, path: str) -> Path:
    job_id = dlg.download(row_for(dlg, REPO, path).file)
    assert job_id
    qtbot.waitUntil(lambda: dlg.worker.job(job_id).state == State.DONE, timeout=20000)
    result = dlg.worker.job(job_id).result
    assert result is not None
    # DONE is set on the download thread; the window hears of it through a queued signal and
    # then rescans the folder in the background: wait for the rescan, not just for the job.
    qtbot.waitUntil(lambda: result in dlg.installed_paths(), timeout=15000)
    settle(qtbot, dlg)
    return result


def test_change_folder_moves_the_models_and_downloads_follow(
        make_dialog, hub: FakeHub, qtbot, tmp_path: Path, tiny_model: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, app_theme) -> None:  # noqa: F811
    dlg = make_dialog(catalog=make_catalog(hub))
    old = dlg.worker.models_dir
    first = download(qtbot, dlg, TINY)
    dlg.import_file(tiny_model)
    settle(qtbot, dlg)
    assert sorted(m.source for m in dlg.installed) == ["downloaded", "imported"]
    dlg.tabs.setCurrentIndex(2)
    save_shot(dlg, tmp_path, "model-manager-installed")

    new = tmp_path / "bigger-disk" / "Hearth models"
    new.mkdir(parents=True)
    choose_folder(monkeypatch, new)
    texts = answer_move_question(
        monkeypatch, "Move",
        shot=lambda box: save_shot(box, tmp_path, "model-manager-move-question"))
    progress: list[int] = []

    def on_progress(value: int) -> None:
        if value > 0 and not any(progress):  # under way: what the card shows meanwhile
            assert dlg.folder_card.progress.isVisibleTo(dlg)
            assert not dlg.folder_card.change_button.isEnabled()
            assert " of " in dlg.folder_card.status.text()
            save_shot(dlg, tmp_path, "model-manager-folder-moving")
        progress.append(value)

    dlg.folder_card.progress.valueChanged.connect(on_progress)
    dlg.tabs.setCurrentWidget(dlg.settings_tab)
    qtbot.mouseClick(dlg.folder_card.change_button, Qt.MouseButton.LeftButton)
    wait_folder_idle(qtbot, dlg)

    assert texts and "Move 2 models" in texts[0] and str(new) in texts[0]
    # Progress was shown, and reached the end (the list's order is the screenshot's doing: it
    # lets queued reports through while it paints).
    assert 0 < min(v for v in progress if v) < 1000 and dlg.folder_card.progress.value() == 1000
    assert dlg.worker.models_dir == new and dlg.worker.manager.models_dir == new
    assert Settings.load().models_dir == str(new)  # saved
    assert dlg.folder_card.label.text() == str(new)
    assert "Moved 2 models" in dlg.banner.text()
    assert "free on this disk" in dlg.folder_card.disk_label.text()
    assert "free disk" in dlg.hw_label.text()
    assert dlg.folder_card.change_button.isEnabled() and dlg.folder_card.progress.isHidden()
    # The Installed list shows them from the new place; the old folder no longer has them.
    assert len(dlg.installed) == 2 and all(m.valid for m in dlg.installed)
    assert all(m.path.is_relative_to(new) for m in dlg.installed)
    assert all(str(new) in str(r.model.path) for r in dlg.installed_tab.rows)
    assert not first.exists() and not list(old.rglob("*.gguf"))
    moved = new / first.relative_to(old)
    assert moved.exists() and dlg.worker.job(next(iter(dlg.downloads_tab.rows))).result == moved
    assert row_for(dlg, REPO, TINY).action.text() == "Use this model"
    save_shot(dlg, tmp_path, "model-manager-folder-changed")

    # A new download lands in the new folder.
    second = download(qtbot, dlg, MEDIUM)
    assert second == new / REPO / MEDIUM and second.exists()
    assert not (old / REPO / MEDIUM).exists()
    assert second in dlg.installed_paths() and len(dlg.installed) == 3
    dlg.tabs.setCurrentIndex(2)
    save_shot(dlg, tmp_path, "model-manager-installed-new-folder")


def test_leave_them_there_and_cancel(make_dialog, qtbot, tmp_path: Path,  # noqa: F811
                                     tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dlg = make_dialog(catalog=Catalog([]))
    old = dlg.worker.models_dir
    dlg.import_file(tiny_model)
    settle(qtbot, dlg)
    [model] = dlg.installed

    new = tmp_path / "elsewhere"
    new.mkdir()
    choose_folder(monkeypatch, new)
    answer_move_question(monkeypatch, "Cancel")
    dlg.folder_card._on_change_clicked()
    wait_folder_idle(qtbot, dlg)
    assert dlg.worker.models_dir == old and Settings.load().models_dir == ""
    assert dlg.installed_paths() == [model.path] and dlg.folder_card.change_button.isEnabled()

    answer_move_question(monkeypatch, "Leave them there")
    dlg.folder_card._on_change_clicked()
    wait_folder_idle(qtbot, dlg)
    assert dlg.worker.models_dir == new and Settings.load().models_dir == str(new)
    assert model.path.exists()  # left where it was
    assert dlg.installed == [] and "stays there" in dlg.banner.text()  # the one model


def test_no_change_while_a_download_is_unfinished(make_dialog, hub: FakeHub,  # noqa: F811
                                                  qtbot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=16384, delay=0.01))
    dlg = make_dialog(catalog=make_catalog(hub))
    old = dlg.worker.models_dir
    job_id = dlg.download(row_for(dlg, REPO, MEDIUM).file)
    assert job_id
    qtbot.waitUntil(lambda: dlg.worker.job(job_id).state == State.RUNNING, timeout=20000)
    new = tmp_path / "new-models"
    new.mkdir()
    choose_folder(monkeypatch, new)
    dlg.folder_card._on_change_clicked()
    assert "cannot change while 1 download is" in dlg.banner.text()
    assert dlg.banner.action.text() == "Show downloads"

    dlg.worker.pause(job_id)  # paused keeps a partial file in the old folder: still refused
    qtbot.waitUntil(lambda: dlg.worker.job(job_id).state == State.PAUSED, timeout=10000)
    dlg.banner.hide()
    dlg.folder_card._on_change_clicked()
    assert "cannot change" in dlg.banner.text() and dlg.worker.models_dir == old

    dlg.worker.cancel(job_id)  # its partial file is deleted: nothing holds the folder now
    qtbot.waitUntil(lambda: dlg.worker.unfinished_jobs() == [], timeout=10000)
    dlg.folder_card._on_change_clicked()
    wait_folder_idle(qtbot, dlg)
    assert dlg.worker.models_dir == new and "now uses" in dlg.banner.text()


def test_an_unwritable_folder_or_a_failed_move_changes_nothing(
        make_dialog, qtbot, tmp_path: Path, tiny_model: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    dlg = make_dialog(catalog=Catalog([]))
    old = dlg.worker.models_dir
    dlg.import_file(tiny_model)
    settle(qtbot, dlg)
    [model] = dlg.installed
    blocker = tmp_path / "a-file"
    blocker.write_text("a file, not a folder")
    choose_folder(monkeypatch, blocker / "models")
    dlg.folder_card._on_change_clicked()
    wait_folder_idle(qtbot, dlg)
    assert dlg.banner.kind == "error" and "cannot write to" in dlg.banner.text()
    assert dlg.worker.models_dir == old and Settings.load().models_dir == ""

    # The other disk fills up half way through the copy: the model stays, whole, where it was.
    def no_rename(src: object, dst: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    def full_disk(src: Path, dest: Path, report: object) -> None:
        dest.write_bytes(src.read_bytes()[:4096])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(folder_mod.os, "rename", no_rename)
    monkeypatch.setattr(folder_mod, "_copy_file", full_disk)
    new = tmp_path / "full-disk"
    new.mkdir()
    choose_folder(monkeypatch, new)
    answer_move_question(monkeypatch, "Move")
    before = model.path.read_bytes()
    dlg.folder_card._on_change_clicked()
    wait_folder_idle(qtbot, dlg)
    assert dlg.banner.kind == "error"
    assert "not changed" in dlg.banner.text() and "Nothing was lost" in dlg.banner.text()
    assert dlg.worker.models_dir == old and model.path.read_bytes() == before
    assert list(new.iterdir()) == []
    assert dlg.folder_card.change_button.isEnabled() and dlg.folder_card.progress.isHidden()


def test_cancel_during_a_move_changes_nothing(
        make_dialog, qtbot, tmp_path: Path, tiny_model: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, app_theme) -> None:  # noqa: F811
    dlg = make_dialog(catalog=Catalog([]))
    old = dlg.worker.models_dir
    dlg.import_file(tiny_model)
    settle(qtbot, dlg)
    [model] = dlg.installed
    before = model.path.read_bytes()
    dlg.tabs.setCurrentWidget(dlg.settings_tab)
    assert dlg.folder_card.cancel_button.isHidden()  # only while a move runs

    # Another disk, and a slow one: the copy takes long enough to be cancelled half way.
    def no_rename(src: object, dst: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    real_copy = folder_mod._copy_file

    def slow_copy(src: Path, dest: Path, report: Callable[[int], None]) -> None:
        def slowly(n: int) -> None:
            time.sleep(0.01)
            report(n)
        real_copy(src, dest, slowly)

    monkeypatch.setattr(folder_mod.os, "rename", no_rename)
    monkeypatch.setattr(folder_mod, "COPY_BLOCK", 4096)
    monkeypatch.setattr(folder_mod, "_copy_file", slow_copy)
    new = tmp_path / "usb-disk"
    new.mkdir()
    choose_folder(monkeypatch, new)
    answer_move_question(monkeypatch, "Move")
    pressed: list[int] = []

    def on_progress(value: int) -> None:
        if value > 0 and not pressed:  # under way: the card offers Cancel; press it
            assert dlg.folder_card.cancel_button.isVisibleTo(dlg)
            assert dlg.folder_card.cancel_button.isEnabled()
            assert not dlg.folder_card.change_button.isEnabled()
            save_shot(dlg, tmp_path, "model-manager-folder-moving-cancel")
            pressed.append(value)
            qtbot.mouseClick(dlg.folder_card.cancel_button, Qt.MouseButton.LeftButton)
            assert not dlg.folder_card.cancel_button.isEnabled()
            assert "Cancelling" in dlg.folder_card.status.text()

    dlg.folder_card.progress.valueChanged.connect(on_progress)
    dlg.folder_card._on_change_clicked()
    wait_folder_idle(qtbot, dlg)
    dlg.folder_card.progress.valueChanged.disconnect(on_progress)

    assert pressed and pressed[0] < 1000
    assert dlg.folder_card.status.isVisibleTo(dlg)
    assert dlg.folder_card.status.text() == (
        f"The move was cancelled. Your models are still in {old}.")
    assert dlg.worker.models_dir == old and Settings.load().models_dir == ""
    assert dlg.settings.models_dir == "" and dlg.folder_card.label.text() == str(old)
    assert dlg.installed_paths() == [model.path] and model.path.read_bytes() == before
    assert list(new.iterdir()) == []  # no copy, temporary file or folder left behind
    assert dlg.folder_card.change_button.isEnabled() and dlg.installed_tab.import_button.isEnabled()
    assert dlg.folder_card.progress.isHidden() and dlg.folder_card.cancel_button.isHidden()
    save_shot(dlg, tmp_path, "model-manager-folder-move-cancelled")
    dlg.refresh_installed()  # a fresh scan of the old folder finds the model as it was
    settle(qtbot, dlg)
    assert dlg.installed_paths() == [model.path] and dlg.installed[0].valid


def test_a_folder_set_in_settings_reaches_downloads(qtbot, make_window, tmp_path: Path,
                                                    tiny_model: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window: MainWindow = make_window()
    window.model_manager_options = {"hardware_info": CPU_BOX, "catalog": Catalog([]),
                                    "hf_cache": tmp_path / "no-hf-cache"}
    dialog = window.open_model_manager()
    dialog.import_file(tiny_model)
    settle(qtbot, dialog)
    dialog.close()
    new = tmp_path / "from-settings"
    answer_move_question(monkeypatch, "Move")
    window.apply_settings(replace(window.settings, models_dir=str(new), theme="light"))
    assert window.model_manager is dialog and dialog.isVisible()  # progress shows there
    wait_folder_idle(qtbot, dialog)
    assert window.downloads.models_dir == new
    assert window.settings.models_dir == str(new) and Settings.load().models_dir == str(new)
    assert [m.path.parent.parent for m in dialog.installed] == [new]


def test_move_is_not_offered_when_the_new_disk_is_too_small(
        make_dialog, qtbot, tmp_path: Path, tiny_model: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, app_theme) -> None:  # noqa: F811
    dlg = make_dialog(catalog=Catalog([]))
    dlg.import_file(tiny_model)
    settle(qtbot, dlg)
    new = tmp_path / "usb-stick"
    new.mkdir()
    monkeypatch.setattr(folder_mod.hardware, "free_disk", lambda path: 50_000)
    plan = folder_mod.plan_move(dlg.worker.models_dir, new)
    plan.same_disk = False  # as for a USB stick
    box, choices = dlg.folder_card._move_question(plan)
    buttons = {choice: button for button, choice in choices.items()}
    assert not buttons["move"].isEnabled() and buttons["leave"].isEnabled()
    assert box.defaultButton() is buttons["cancel"]
    assert "not enough free space" in box.informativeText()
    box.show()
    save_shot(box, tmp_path, "model-manager-move-question-no-space")
    box.close()
