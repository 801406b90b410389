"""The model manager window against a local fake Hub: catalog with fit verdicts, real downloads
(done, damaged, paused, gated, offline), installed models, the token field, and screenshots."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.core import synthetic_gguf
from app.core.models import catalog as catalog_mod
from app.core.models import fit, hardware
from app.core.models.catalog import Catalog, CatalogFile, CatalogPart, CatalogRepo
from app.core.models.downloads import PARTIAL_SUFFIX, State
from app.core.models.hardware import GPU, Hardware
from app.core.settings import Settings, paths
from app.ui.model_manager import ModelManagerDialog
from app.workers.download_worker import DownloadWorker
from tests.fixtures.fake_hub import FakeHub, Fault, write_medium
from tests.fixtures.file_keyring import FileKeyring
from tests.ui.shots import save_shot

REPO = "test-org/gpt-oss-test-GGUF"
GATED = "test-org/gated-GGUF"
MEDIUM = "gpt-oss-test-MXFP4.gguf"
TINY = "gpt-oss-test-Q4_K_M.gguf"
TOKEN = "hf_UiTestTokenAbcdefghijklmnopqrstuv"
GIB = 1 << 30

CPU_BOX = Hardware("Linux", "x86_64", "Test CPU", 16, 8, frozenset({"avx2"}), 32 * GIB,
                   26 * GIB, 400 * 10**9, False)
GPU_BOX = Hardware("Linux", "x86_64", "Test CPU", 16, 8, frozenset({"avx2"}), 32 * GIB,
                   26 * GIB, 400 * 10**9, True,
                   (GPU("NVIDIA GeForce RTX 4080", "cuda", 16 * GIB, 15 * GIB),))


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def ggufs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("mm-ggufs")
    return {MEDIUM: write_medium(d / "medium.gguf"),
            TINY: synthetic_gguf.write_tiny(d / "tiny.gguf")}


@pytest.fixture
def hub(tmp_path: Path, ggufs: dict[str, Path], hearth_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with FakeHub(workdir=tmp_path, token=TOKEN) as h:
        for name, src in ggufs.items():
            h.add_file(REPO, name, src)
        h.add_repo(GATED, gated=True)
        h.add_file(GATED, TINY, ggufs[TINY])
        monkeypatch.setenv("HF_ENDPOINT", h.url)
        yield h


def make_catalog(hub: FakeHub) -> Catalog:
    def entry(repo: str, path: str, quant: str, recommended: bool = False) -> CatalogFile:
        f = hub.repos[repo].files[path]
        return CatalogFile(repo, "gpt-oss-20b", quant, [CatalogPart(path, f.size, f.sha256)],
                           f.size, f"A small generated {quant} model for tests.",
                           size_exact=True, recommended=recommended)

    return Catalog([
        CatalogRepo(REPO, "gpt-oss-20b", "Test models",
                    files=[entry(REPO, MEDIUM, "MXFP4", True), entry(REPO, TINY, "Q4_K_M")]),
        CatalogRepo(GATED, "gpt-oss-20b", "Gated test models", gated=True,
                    files=[entry(GATED, TINY, "Q4_K_M")]),
    ])




@pytest.fixture
def make_dialog(qtbot, hearth_home: Path, tmp_path: Path):
    made: list[ModelManagerDialog] = []

    def make(catalog: Catalog | None = None, hw: Hardware | None = CPU_BOX,
             **kwargs: object) -> ModelManagerDialog:
        settings = Settings.load()
        worker = DownloadWorker(settings, backoff_base=0.01, max_retries=2, read_timeout=5.0)
        kwargs.setdefault("hf_cache", tmp_path / "no-hf-cache")
        dlg = ModelManagerDialog(settings, catalog=catalog, hardware_info=hw, worker=worker,
                                 **kwargs)  # type: ignore[arg-type]
        worker.setParent(dlg)
        qtbot.addWidget(dlg)
        dlg.resize(1060, 740)
        dlg.show()
        made.append(dlg)
        settle(qtbot, dlg)
        return dlg

    yield make
    for dlg in made:
        dlg.shutdown()


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[object]:
    """The app's own theme (palette and style sheet), as the screenshots should look; restored
    afterwards so other tests see a plain application."""
    from app.ui.theme import ThemeManager

    style, palette = qapp.styleSheet(), qapp.palette()
    manager = ThemeManager()
    manager.set_mode("light")
    yield manager
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


def settle(qtbot, dlg: ModelManagerDialog) -> None:
    qtbot.waitUntil(lambda: dlg.background.pending == 0, timeout=15000)


def row_for(dlg: ModelManagerDialog, repo: str, path: str):
    return next(r for r in dlg.catalog_tab.rows if r.file.repo == repo and r.file.filename == path)


def only_download_row(dlg: ModelManagerDialog):
    assert len(dlg.downloads_tab.rows) == 1
    return next(iter(dlg.downloads_tab.rows.values()))


# -- catalog and fit ------------------------------------------------------------------------------
def test_catalog_lists_every_file_with_its_fit_verdict(make_dialog, tmp_path: Path,
                                                       app_theme) -> None:
    catalog = catalog_mod.load_catalog(prefer_refreshed=False)
    dlg = make_dialog(catalog=catalog, hw=CPU_BOX)
    files = catalog.files()
    assert len(dlg.catalog_tab.rows) == len(files)
    for row in dlg.catalog_tab.rows:
        expected = fit.estimate(fit.shape_for_catalog(row.file), CPU_BOX, n_ctx=8192)
        assert row.verdict.text() == expected.verdict.label
        assert row.estimate is not None and row.estimate.ram_needed == expected.ram_needed
    verdicts = {r.file.family: set() for r in dlg.catalog_tab.rows}
    for r in dlg.catalog_tab.rows:
        verdicts[r.file.family].add(r.estimate.verdict)
    assert verdicts["gpt-oss-120b"] == {fit.Verdict.WONT_FIT}  # 63 GB on a 32 GB computer
    # The honest sentence about sizes is on screen.
    texts = [w.text() for w in dlg.catalog_tab.body.findChildren(QLabel)]
    assert any("11.5–13.8 GB" in t and "MXFP4" in t for t in texts)

    # A longer context costs more memory, and the rows follow the selector.
    before = {id(r): r.estimate.ram_needed for r in dlg.catalog_tab.rows}
    dlg.catalog_tab.set_context_length(131072)
    assert dlg.catalog_tab.context_length() == 131072
    assert all(r.estimate.ram_needed > before[id(r)] for r in dlg.catalog_tab.rows)
    assert all(r.estimate.n_ctx == 131072 for r in dlg.catalog_tab.rows)

    # On a CPU-only computer: the fast CPU copy shows in the bars; 120b does not fit.
    dlg.catalog_tab.set_context_length(8192)
    first_120b = next(r for r in dlg.catalog_tab.rows if r.file.family == "gpt-oss-120b")
    scroll = dlg.catalog_tab.body.parentWidget().parentWidget()
    scroll.ensureWidgetVisible(first_120b, 0, 260)
    assert any(c.key == "repack" for c in first_120b.estimate.components)
    save_shot(dlg, tmp_path, "model-manager-catalog-cpu")


def test_recommended_badge_goes_to_the_best_file_that_fits(make_dialog, tmp_path: Path,
                                                           app_theme, qtbot) -> None:
    catalog = catalog_mod.load_catalog(prefer_refreshed=False)
    dlg = make_dialog(catalog=catalog, hw=GPU_BOX)
    recommended = dlg.catalog_tab.recommended_rows()
    assert recommended, "a 20b file fits a 16 GB GPU"
    families = [r.file.family for r in recommended]
    assert len(families) == len(set(families))  # at most one per model
    for r in recommended:
        assert r.estimate.verdict == fit.Verdict.FITS
    chat = next(r for r in recommended if r.file.family == "gpt-oss-20b")
    assert chat.file.recommended and chat.file.quant == "MXFP4"
    assert chat.estimate.gpu_layers > 0 and "GPU layers" in chat.layers.text()
    assert not any(r.file.family == "gpt-oss-120b" for r in recommended)
    save_shot(dlg, tmp_path, "model-manager-catalog")
    app_theme.set_mode("dark")
    qtbot.wait(50)
    save_shot(dlg, tmp_path, "model-manager-catalog-dark")
    app_theme.set_mode("light")

    # Only tight on a 24 GB computer without a GPU: the original file is still the best bet.
    cpu24 = Hardware("Linux", "x86_64", "CPU", 2, 2, frozenset(), 24 * GIB, 20 * GIB, 10**12,
                     False)
    dlg._on_hardware(cpu24)
    tight = [r for r in dlg.catalog_tab.recommended_rows() if r.file.family == "gpt-oss-20b"]
    assert len(tight) == 1 and tight[0].estimate.verdict == fit.Verdict.TIGHT
    assert tight[0].file.quant == "MXFP4" and tight[0].file.recommended

    # Nothing fits a small machine: no badge at all rather than a wrong promise.
    small = Hardware("Linux", "x86_64", "Small", 4, 2, frozenset(), 8 * GIB, 6 * GIB, 10**12,
                     False)
    dlg._on_hardware(small)
    assert dlg.catalog_tab.recommended_rows() == []
    chat_rows = [r for r in dlg.catalog_tab.rows if r.file.purpose != "guard"]
    assert {r.estimate.verdict for r in chat_rows} == {fit.Verdict.WONT_FIT}
    # The small guard models do fit, and say so, without a badge.
    assert {r.estimate.verdict for r in dlg.catalog_tab.rows if r.file.purpose == "guard"} \
        == {fit.Verdict.FITS}


def test_hardware_is_detected_off_the_gui_thread(make_dialog, monkeypatch) -> None:
    gui = threading.get_ident()
    seen: list[int] = []

    def detect(folder: object = None, **kw: object) -> Hardware:
        seen.append(threading.get_ident())
        return CPU_BOX

    monkeypatch.setattr(hardware, "detect", detect)
    dlg = make_dialog(catalog=catalog_mod.load_catalog(prefer_refreshed=False), hw=None)
    assert dlg.hardware is CPU_BOX
    assert seen and seen[0] != gui
    assert all(r.estimate is not None for r in dlg.catalog_tab.rows)
    assert "RAM" in dlg.hw_label.text()


# -- downloads ------------------------------------------------------------------------------------
def test_download_from_the_hub_completes_and_is_listed_installed(make_dialog, hub: FakeHub,
                                                                 qtbot) -> None:
    dlg = make_dialog(catalog=make_catalog(hub))
    row = row_for(dlg, REPO, MEDIUM)
    assert row.action.text() == "Download"
    qtbot.mouseClick(row.action, Qt.MouseButton.LeftButton)
    assert dlg.tabs.currentIndex() == 1
    drow = only_download_row(dlg)
    qtbot.waitUntil(lambda: drow.state == State.DONE, timeout=20000)
    settle(qtbot, dlg)
    dest = dlg.worker.manager.dest_for(REPO, MEDIUM)
    assert dest.read_bytes() == hub.repos[REPO].files[MEDIUM].source.read_bytes()
    installed = {m.path: m for m in dlg.installed}
    assert installed[dest].valid and installed[dest].verified
    assert row.action.text() == "Use this model"
    assert drow.buttons["use"].isVisibleTo(drow)
    with qtbot.waitSignal(dlg.model_chosen, timeout=2000) as chosen:
        qtbot.mouseClick(drow.buttons["use"], Qt.MouseButton.LeftButton)
    assert chosen.args == [str(dest)]


def test_damaged_download_ends_in_an_error_and_is_never_installed(make_dialog, hub: FakeHub,
                                                                  qtbot, tmp_path: Path,
                                                                  app_theme) -> None:
    hub.add_fault(Fault("corrupt", path=MEDIUM))
    dlg = make_dialog(catalog=make_catalog(hub))
    assert dlg.download(row_for(dlg, REPO, MEDIUM).file)
    drow = only_download_row(dlg)
    qtbot.waitUntil(lambda: drow.state == State.FAILED, timeout=20000)
    assert "checksum" in drow.error.text()
    assert drow.error.isVisibleTo(drow) and drow.buttons["retry"].isVisibleTo(drow)
    assert drow.pill.text() == "Failed"
    dest = dlg.worker.manager.dest_for(REPO, MEDIUM)
    assert not dest.exists() and not dest.with_name(dest.name + PARTIAL_SUFFIX).exists()
    dlg.refresh_installed()
    settle(qtbot, dlg)
    assert dest not in dlg.installed_paths()
    assert row_for(dlg, REPO, MEDIUM).action.text() != "Use this model"

    # A gated repository without a token: the row asks for one.
    dlg.download(row_for(dlg, GATED, TINY).file)
    gated = dlg.downloads_tab.rows[next(j for j in dlg.downloads_tab.rows if j != drow.job_id)]
    qtbot.waitUntil(lambda: gated.state == State.FAILED, timeout=20000)
    assert gated.buttons["token"].isVisibleTo(gated)
    assert "gated" in gated.error.text() or "token" in gated.error.text()
    save_shot(dlg, tmp_path, "model-manager-error")

    # The fault was one-off: Retry downloads it again and verifies it.
    qtbot.mouseClick(drow.buttons["retry"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drow.state == State.DONE, timeout=20000)
    settle(qtbot, dlg)
    assert dest in dlg.installed_paths()


def test_pause_and_resume_continue_from_the_partial_file(make_dialog, hub: FakeHub, qtbot,
                                                         tmp_path: Path, app_theme) -> None:
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=16384, delay=0.01))
    dlg = make_dialog(catalog=make_catalog(hub))
    job_id = dlg.download(row_for(dlg, REPO, MEDIUM).file)
    queued_id = dlg.download(row_for(dlg, REPO, TINY).file)  # a second one waits its turn
    assert job_id and queued_id
    drow, queued = dlg.downloads_tab.rows[job_id], dlg.downloads_tab.rows[queued_id]
    qtbot.waitUntil(lambda: drow.state == State.RUNNING and "/s" in drow.detail.text(),
                    timeout=20000)
    assert queued.state == State.QUEUED and queued.pill.text() == "Waiting in queue"
    assert drow.progress.value() > 0
    assert drow.buttons["pause"].isVisibleTo(drow)
    assert row_for(dlg, REPO, MEDIUM).action.text().startswith("Downloading")
    save_shot(dlg, tmp_path, "model-manager-downloading")

    qtbot.mouseClick(drow.buttons["pause"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drow.state == State.PAUSED, timeout=10000)
    dest = dlg.worker.manager.dest_for(REPO, MEDIUM)
    partial = dest.with_name(dest.name + PARTIAL_SUFFIX)
    kept = partial.stat().st_size
    assert kept > 0 and not dest.exists()
    assert drow.buttons["resume"].isVisibleTo(drow)

    hub.clear_faults()
    qtbot.mouseClick(drow.buttons["resume"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drow.state == State.DONE, timeout=20000)
    assert dest.read_bytes() == hub.repos[REPO].files[MEDIUM].source.read_bytes()
    starts = [g.range_start for g in hub.gets(MEDIUM)]
    assert starts[0] is None and starts[-1] is not None and starts[-1] > 0  # no restart
    qtbot.waitUntil(lambda: queued.state == State.DONE, timeout=20000)


def test_unfinished_downloads_resume_when_the_manager_opens(make_dialog, hub: FakeHub,
                                                            qtbot) -> None:
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=16384, delay=0.01))
    first = make_dialog(catalog=make_catalog(hub))
    first.download(row_for(first, REPO, MEDIUM).file)
    drow = only_download_row(first)
    qtbot.waitUntil(lambda: drow.state == State.RUNNING and first.worker.job(drow.job_id).done
                    > 0, timeout=20000)
    first.shutdown()  # what quitting the app does: pause and keep the partial file
    qtbot.waitUntil(lambda: drow.state == State.PAUSED, timeout=10000)
    hub.clear_faults()

    second = make_dialog(catalog=make_catalog(hub))
    assert "unfinished" in second.banner.text()
    row = only_download_row(second)
    qtbot.waitUntil(lambda: row.state == State.DONE, timeout=20000)
    assert hub.gets(MEDIUM)[-1].range_start not in (None, 0)


def test_gated_repo_asks_for_a_token_kept_only_in_the_keyring(make_dialog, hub: FakeHub, qtbot,
                                                              file_keyring: FileKeyring,
                                                              hearth_home: Path, tmp_path: Path,
                                                              app_theme) -> None:
    dlg = make_dialog(catalog=make_catalog(hub))
    assert not dlg.settings_tab.token_remove.isEnabled()
    dlg.download(row_for(dlg, GATED, TINY).file)
    drow = only_download_row(dlg)
    qtbot.waitUntil(lambda: drow.state == State.FAILED, timeout=20000)
    assert dlg.worker.job(drow.job_id).error_type == "AccessDenied"
    qtbot.mouseClick(drow.buttons["token"], Qt.MouseButton.LeftButton)
    assert dlg.tabs.currentWidget() is dlg.settings_tab
    save_shot(dlg, tmp_path, "model-manager-token")

    assert dlg.settings_tab.token_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dlg.settings_tab.token_edit, TOKEN)
    qtbot.mouseClick(dlg.settings_tab.token_save, Qt.MouseButton.LeftButton)
    settle(qtbot, dlg)
    assert dlg.settings_tab.token_edit.text() == ""  # the widget does not keep the secret
    assert TOKEN in file_keyring.path.read_text()
    assert "saved" in dlg.settings_tab.token_status.text()
    # Saving the token retried the download, which now gets through.
    qtbot.waitUntil(lambda: drow.state == State.DONE, timeout=20000)
    assert any(r.authorization == f"Bearer {TOKEN}" for r in hub.gets(TINY))

    dlg.settings_tab.set_offline(True)  # writes settings.json
    dlg.settings_tab.set_offline(False)
    assert paths().settings_file.exists()
    for f in hearth_home.rglob("*"):
        if f.is_file():
            assert TOKEN.encode() not in f.read_bytes(), f

    qtbot.mouseClick(dlg.settings_tab.token_remove, Qt.MouseButton.LeftButton)
    settle(qtbot, dlg)
    assert TOKEN not in file_keyring.path.read_text()
    assert "No token" in dlg.settings_tab.token_status.text()


def test_offline_switch_blocks_downloads_with_a_clear_message(make_dialog, hub: FakeHub, qtbot,
                                                              hearth_home: Path) -> None:
    dlg = make_dialog(catalog=make_catalog(hub))
    dlg.settings_tab.offline_check.setChecked(True)
    assert Settings.load().offline is True
    requests_before = len(hub.requests)
    qtbot.mouseClick(row_for(dlg, REPO, MEDIUM).action, Qt.MouseButton.LeftButton)
    assert "Offline mode is on" in dlg.banner.text()
    assert dlg.downloads_tab.rows == {} and dlg.worker.jobs() == []
    assert len(hub.requests) == requests_before  # not one connection
    assert dlg.offline_chip.isVisibleTo(dlg)

    # The banner's button turns it off, and the download goes through.
    qtbot.mouseClick(dlg.banner.action, Qt.MouseButton.LeftButton)
    assert Settings.load().offline is False
    dlg.download(row_for(dlg, REPO, MEDIUM).file)
    drow = only_download_row(dlg)
    qtbot.waitUntil(lambda: drow.state == State.DONE, timeout=20000)


def test_going_offline_pauses_a_running_download(make_dialog, hub: FakeHub, qtbot) -> None:
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=16384, delay=0.01))
    dlg = make_dialog(catalog=make_catalog(hub))
    dlg.download(row_for(dlg, REPO, MEDIUM).file)
    drow = only_download_row(dlg)
    qtbot.waitUntil(lambda: drow.state == State.RUNNING, timeout=20000)
    dlg.settings_tab.offline_check.setChecked(True)
    qtbot.waitUntil(lambda: drow.state == State.PAUSED, timeout=10000)
    qtbot.mouseClick(drow.buttons["resume"], Qt.MouseButton.LeftButton)
    assert drow.state == State.PAUSED and "Offline mode is on" in dlg.banner.text()


# -- installed models -----------------------------------------------------------------------------
def test_import_validates_and_delete_asks_first(make_dialog, qtbot, tmp_path: Path,
                                                tiny_model: Path, monkeypatch) -> None:
    dlg = make_dialog(catalog=Catalog([]))
    bad = tmp_path / "not-a-model.gguf"
    bad.write_bytes(b"this is not a GGUF file" * 100)
    dlg.import_file(bad)
    settle(qtbot, dlg)
    assert dlg.banner.kind == "error" and "not imported" in dlg.banner.text()
    assert dlg.installed == []

    dlg.import_file(tiny_model)
    settle(qtbot, dlg)
    assert "Imported" in dlg.banner.text()
    assert [m.source for m in dlg.installed] == ["imported"]
    row = dlg.installed_tab.rows[0]
    assert row.use.isEnabled() and row.status.text() == "Ready"

    monkeypatch.setattr(dlg.installed_tab, "_confirm", lambda title, text: False)
    dlg.delete_model(row.model)
    settle(qtbot, dlg)
    assert row.model.path.exists()
    monkeypatch.setattr(dlg.installed_tab, "_confirm", lambda title, text: True)
    qtbot.mouseClick(row.delete, Qt.MouseButton.LeftButton)
    settle(qtbot, dlg)
    assert not row.model.path.exists() and dlg.installed == []


def test_models_in_the_hugging_face_cache_are_picked_up(make_dialog, hub: FakeHub, qtbot,
                                                        tmp_path: Path) -> None:
    from huggingface_hub import hf_hub_download

    cache = tmp_path / "hf-cache"
    hf_hub_download(REPO, TINY, cache_dir=cache, endpoint=hub.url, token=False)
    dlg = make_dialog(catalog=Catalog([]), hf_cache=cache)
    assert [m.source for m in dlg.installed] == ["hf-cache"]
    row = dlg.installed_tab.rows[0]
    assert row.use.isEnabled() and not row.delete.isEnabled()
    with qtbot.waitSignal(dlg.model_chosen, timeout=2000) as chosen:
        qtbot.mouseClick(row.use, Qt.MouseButton.LeftButton)
    assert Path(chosen.args[0]).name == TINY


def test_not_enough_disk_space_is_a_clear_error(make_dialog, hub: FakeHub, qtbot,
                                                monkeypatch) -> None:
    from app.core.models import downloads

    # The disk cannot be filled for real in a test: the free-space probe reports 1 MB.
    monkeypatch.setattr(downloads.hardware, "free_disk", lambda path: 1_000_000)
    dlg = make_dialog(catalog=make_catalog(hub))
    dlg.download(row_for(dlg, REPO, MEDIUM).file)
    drow = only_download_row(dlg)
    qtbot.waitUntil(lambda: drow.state == State.FAILED, timeout=20000)
    assert "Not enough free disk space" in drow.error.text()
    assert drow.buttons["retry"].isVisibleTo(drow)
    assert not hub.gets(MEDIUM)  # refused before any byte was fetched
