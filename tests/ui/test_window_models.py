"""The chat window and the model manager together: one manager for the window's life, a chosen
model loads, unfinished downloads continue at start, and the engine's notice reaches the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core.models.downloads import State
from app.ui.main_window import MainWindow
from app.ui.plain import tip
from tests.fixtures.fake_hub import FakeHub, Fault
from tests.ui.conftest import LOAD_TIMEOUT_MS
from tests.ui.test_model_manager import (  # noqa: F401 - fixtures used by name
    CPU_BOX,
    MEDIUM,
    REPO,
    file_keyring,
    ggufs,
    hub,
    make_catalog,
    row_for,
)


def manager_options(tmp_path: Path, fake_hub: FakeHub | None = None) -> dict[str, object]:
    options: dict[str, object] = {"hardware_info": CPU_BOX,
                                  "hf_cache": tmp_path / "no-hf-cache"}
    if fake_hub is not None:
        options["catalog"] = make_catalog(fake_hub)
    return options


def test_get_a_model_opens_one_manager_whose_choice_loads(qtbot, make_window, tiny_model: Path,
                                                          tmp_path: Path) -> None:
    window: MainWindow = make_window()
    window.model_manager_options = manager_options(tmp_path)
    assert window.pages.currentWidget() is window.no_model
    qtbot.mouseClick(window.no_model.primary, Qt.MouseButton.LeftButton)
    dialog = window.model_manager
    assert dialog is not None and dialog.isVisible()
    assert dialog.worker is window.downloads  # downloads outlive the dialog's window
    dialog.close()
    assert not dialog.isVisible()
    assert window.open_model_manager() is dialog  # the same one, not a new window
    assert dialog.isVisible()

    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
        dialog.choose_model(str(tiny_model))
    assert not dialog.isVisible()
    assert window.model_info is not None and window.model_info.path == str(tiny_model)
    assert window.pages.currentWidget() is window.chat_page


def test_unfinished_download_continues_when_the_app_starts(
        qtbot, make_window, hub: FakeHub, tmp_path: Path) -> None:  # noqa: F811 - fixture
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=16384, delay=0.01))
    first: MainWindow = make_window()
    first.model_manager_options = manager_options(tmp_path, hub)
    dialog = first.open_model_manager()
    job_id = dialog.download(row_for(dialog, REPO, MEDIUM).file)
    assert job_id
    qtbot.waitUntil(lambda: first.downloads.job(job_id).state == State.RUNNING
                    and first.downloads.job(job_id).done > 0, timeout=20000)
    dialog.close()  # hidden only: the download goes on
    assert first.downloads.job(job_id).state == State.RUNNING
    first.close()  # quitting pauses it and keeps the partial file
    assert first.downloads.job(job_id).state == State.PAUSED
    hub.clear_faults()

    second: MainWindow = make_window()
    assert second.model_manager is None
    qtbot.waitUntil(lambda: "unfinished" in second.toast.text(), timeout=10000)
    job = second.downloads.jobs()[0]
    qtbot.waitUntil(lambda: job.state == State.DONE, timeout=20000)
    assert hub.gets(MEDIUM)[-1].range_start not in (None, 0)  # continued, not restarted
    assert second.model_manager is None  # all without opening the manager


def test_engine_notice_is_shown_once_after_load(qtbot, make_window, ui_settings,
                                                tiny_model: Path) -> None:
    import llama_cpp

    ui_settings.gpu_layers = -1  # ask for the GPU
    window: MainWindow = make_window(ui_settings)
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
        window.load_model(tiny_model)
    info = window.model_info
    assert info is not None
    if llama_cpp.llama_supports_gpu_offload():
        notice = "The GPU could not be used (test), so the model runs on the CPU."
        info.extra["notice"] = notice
        window.models._on_model_loaded(info)
    else:
        notice = info.extra["notice"]
        assert "no GPU support" in notice
    assert window.toast.isVisible() and window.toast.text() == notice
    assert window.toast.property("kind") == "notice"
    assert info.backend in window.status.model_label.text()
    assert window.status.model_label.toolTip() == tip(notice)  # escaped: see app.ui.plain
