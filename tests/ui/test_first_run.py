"""The first run against a local fake Hub: walked with the keyboard only to a loaded generated
model and a first answer; no network; skipping; when it shows at all; screenshots."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core import synthetic_gguf
from app.core.models.catalog import Catalog, CatalogFile, CatalogPart, CatalogRepo
from app.core.models.hardware import Hardware
from app.core.settings import Settings
from app.ui import first_run
from app.ui.first_run import CHOOSE, DOWNLOAD, WELCOME, FirstRunDialog, pick_model
from app.ui.main_window import MainWindow
from tests.fixtures.fake_hub import FakeHub, Fault
from tests.fixtures.file_keyring import FileKeyring
from tests.ui.conftest import LOAD_TIMEOUT_MS, TURN_TIMEOUT_MS

REPO = "test-org/gpt-oss-test-GGUF"
TINY = "gpt-oss-test-Q4_K_M.gguf"
GIB = 1 << 30
SHOTS = Path("/tmp/shots-a11y")
CPU_BOX = Hardware("Linux", "x86_64", "Test CPU", 16, 8, frozenset({"avx2"}), 32 * GIB,
                   26 * GIB, 400 * 10**9, False)
SMALL_BOX = Hardware("Linux", "x86_64", "Test CPU", 4, 4, frozenset({"avx2"}), 4 * GIB,
                     3 * GIB, 400 * 10**9, False)
Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    """The Hub client asks the keyring for a token: never the real one in tests."""
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_gguf.write_tiny(tmp_path_factory.mktemp("fr-ggufs") / "tiny.gguf")


@pytest.fixture
def hub(tmp_path: Path, tiny_gguf: Path, hearth_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with FakeHub(workdir=tmp_path) as h:
        h.add_file(REPO, TINY, tiny_gguf)
        monkeypatch.setenv("HF_ENDPOINT", h.url)
        yield h


def make_catalog(hub: FakeHub) -> Catalog:
    f = hub.repos[REPO].files[TINY]
    return Catalog([CatalogRepo(REPO, "gpt-oss-20b", "Test models", files=[
        CatalogFile(REPO, "gpt-oss-20b", "Q4_K_M", [CatalogPart(TINY, f.size, f.sha256)], f.size,
                    "A small generated model for tests.", size_exact=True, recommended=True)])])


def press(key: Qt.Key, mods: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, key, mods)


def shot(widget: QWidget, tmp_path: Path, name: str) -> None:
    QApplication.processEvents()
    path = tmp_path / f"{name}.png"
    assert widget.grab().save(str(path))
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)


def open_first_run(qtbot, window: MainWindow, **options: object) -> FirstRunDialog:
    window.first_run_options = options
    assert window.maybe_show_first_run()  # a new settings file, no model ever used: shown
    qtbot.waitUntil(lambda: window.first_run is not None
                    and QApplication.activeWindow() is window.first_run, timeout=5000)
    assert window.first_run is not None
    return window.first_run


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[None]:
    style, palette = qapp.styleSheet(), qapp.palette()
    yield
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


def test_first_run_with_the_keyboard_only_ends_in_a_chat(qtbot, make_window, hub: FakeHub,
                                                         tmp_path: Path, restore_style) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.no_model
    dialog = open_first_run(qtbot, window, catalog=make_catalog(hub), hardware_info=CPU_BOX)
    assert dialog.page() == WELCOME
    assert QApplication.focusWidget() is dialog.start_button
    assert "Nothing you write leaves this computer" in dialog.privacy_label.text()

    press(Key.Key_Return)  # Get started
    assert dialog.page() == CHOOSE
    qtbot.waitUntil(dialog.download_button.isEnabled, timeout=15_000)
    assert QApplication.focusWidget() is dialog.download_button
    assert dialog.pick is not None and dialog.pick.file.filename == TINY
    assert "gpt-oss-20b" in dialog.choice_title.text()

    # Slow enough to see the progress: 4 KB every 20 ms.
    hub.add_fault(Fault("trickle", path=TINY, chunk=4096, delay=0.02))
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
        press(Key.Key_Return)  # Download
        assert dialog.page() == DOWNLOAD
        qtbot.waitUntil(lambda: window.first_run is None or dialog.progress.value() > 0,
                        timeout=15_000)
        if window.first_run is not None and dialog.page() == DOWNLOAD:
            shot(dialog, tmp_path, "first-run-download-light")
    qtbot.waitUntil(lambda: window.first_run is None, timeout=5000)
    assert window.model_info is not None
    assert Path(window.model_info.path).name == TINY
    assert Path(window.model_info.path).is_relative_to(window.downloads.models_dir)
    # Not shown again at start: remembered on disk.
    assert window.settings.first_run_done
    assert Settings.load().first_run_done
    assert not first_run.should_show(Settings.load())

    # The person is in the chat, typing goes to the message box.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.edit, timeout=5000)
    QTest.keyClicks(window.composer.edit, "Hello")
    with qtbot.waitSignal(window.turn_finished, timeout=TURN_TIMEOUT_MS):
        press(Key.Key_Return)
    assert window.chat_model.item(0).content == "Hello"


def test_without_network_it_says_so_and_opens_a_gguf(qtbot, make_window, hearth_home: Path,
                                                     tiny_model: Path, monkeypatch,
                                                     tmp_path: Path, restore_style) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    hub_like = FakeHub()  # only for its catalog entry: never started
    hub_like.add_file(REPO, TINY, tiny_model)
    window = make_window()
    dialog = open_first_run(qtbot, window, catalog=make_catalog(hub_like), hardware_info=CPU_BOX,
                            open_file=lambda: str(tiny_model))
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.reach is not None, timeout=30_000)
    assert not dialog.download_button.isEnabled()
    assert "cannot reach the internet" in dialog.notice.text() and dialog.notice.isVisible()
    assert QApplication.focusWidget() is dialog.open_button  # Enter opens a file now
    shot(dialog, tmp_path, "first-run-no-network-light")
    with qtbot.waitSignal(window.model_ready, timeout=LOAD_TIMEOUT_MS):
        press(Key.Key_Return)
    qtbot.waitUntil(lambda: window.first_run is None, timeout=5000)
    assert window.model_info is not None and window.model_info.path == str(tiny_model)


def test_offline_mode_is_said_plainly(qtbot, make_window, hub: FakeHub,
                                      ui_settings: Settings) -> None:
    ui_settings.offline = True
    window = make_window()
    dialog = open_first_run(qtbot, window, catalog=make_catalog(hub), hardware_info=CPU_BOX)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.reach is not None, timeout=15_000)
    assert "Offline mode is on" in dialog.notice.text()
    assert not dialog.download_button.isEnabled()
    assert hub.count() == 0  # nothing was asked of the network


def test_skip_is_remembered_and_the_menu_brings_it_back(qtbot, make_window, hub: FakeHub) -> None:
    window = make_window()
    dialog = open_first_run(qtbot, window, catalog=make_catalog(hub), hardware_info=CPU_BOX)
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: window.first_run is None, timeout=5000)
    assert not dialog.isVisible() if window.first_run else True
    assert Settings.load().first_run_done
    assert not window.maybe_show_first_run()
    assert window.model_info is None
    window.commands.act_first_run.trigger()  # "Getting started…" in the app menu
    assert window.first_run is not None and window.first_run.page() == WELCOME
    window.first_run.skip()


def test_windows_made_by_tests_never_show_it(qtbot, make_window) -> None:
    window = make_window()
    qtbot.wait(50)
    assert window.first_run is None  # only the app's start (run_gui) asks for it


def test_when_it_shows_at_start() -> None:
    assert first_run.should_show(Settings())
    assert not first_run.should_show(Settings(first_run_done=True))
    assert not first_run.should_show(Settings(last_model="/models/gpt-oss-20b.gguf"))
    assert not first_run.should_show(Settings(use_remote=True))


def test_nothing_fits_a_small_computer(hub: FakeHub) -> None:
    catalog = make_catalog(hub)
    assert pick_model(catalog, CPU_BOX) is not None
    big = CatalogFile(REPO, "gpt-oss-120b", "MXFP4", [CatalogPart("big.gguf", 63 * GIB, None)],
                      63 * GIB, "Big.", recommended=True)
    assert pick_model(Catalog([CatalogRepo(REPO, "gpt-oss-120b", "", files=[big])]),
                      SMALL_BOX) is None


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_first_run_screenshots(qtbot, make_window, hub: FakeHub, ui_settings: Settings,
                               tmp_path: Path, restore_style, mode: str) -> None:
    ui_settings.theme = mode
    window = make_window()
    dialog = open_first_run(qtbot, window, catalog=make_catalog(hub), hardware_info=CPU_BOX)
    shot(dialog, tmp_path, f"first-run-welcome-{mode}")
    press(Key.Key_Return)
    qtbot.waitUntil(dialog.download_button.isEnabled, timeout=15_000)
    shot(dialog, tmp_path, f"first-run-choose-{mode}")
    dialog.skip()
