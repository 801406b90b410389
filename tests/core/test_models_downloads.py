"""Downloads against a local fake Hub with injected faults: every fault ends in a verified file or a
clear error, and no damaged file is ever marked usable."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from app.core import synthetic_gguf
from app.core.models import hardware
from app.core.models.catalog import load_catalog, refresh_from_hub
from app.core.models.downloads import (
    META_SUFFIX,
    PARTIAL_SUFFIX,
    SIDECAR_SUFFIX,
    DownloadEvent,
    DownloadManager,
    State,
    split_paths,
)
from app.core.models.errors import OfflineError
from app.core.models.hub import Hub
from app.core.models.local import list_installed
from app.core.settings import Settings
from tests.fixtures.fake_hub import FakeHub, Fault, write_medium

REPO = "org/gpt-oss-test-GGUF"
TINY = "tiny.gguf"
MEDIUM = "medium.gguf"
SPLIT = [f"split/model-0000{i}-of-00003.gguf" for i in (1, 2, 3)]
GATED = "org/gated-GGUF"
TOKEN = "hf_TestTokenAbcdefghijklmnopqrstuvwx"


@pytest.fixture(scope="module")
def ggufs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("ggufs")
    files = {TINY: synthetic_gguf.write_tiny(d / "tiny.gguf"),
             MEDIUM: write_medium(d / "medium.gguf")}
    for i, name in enumerate(SPLIT):
        files[name] = synthetic_gguf.write_tiny(d / f"part{i}.gguf", seed=i + 1)
    return files


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return tmp_path / "home"


@pytest.fixture
def hub(tmp_path: Path, ggufs: dict[str, Path], monkeypatch: pytest.MonkeyPatch):
    with FakeHub(workdir=tmp_path, token=TOKEN, seed=7) as h:
        for name, src in ggufs.items():
            h.add_file(REPO, name, src)
        h.add_repo(GATED, gated=True)
        h.add_file(GATED, TINY, ggufs[TINY])
        monkeypatch.setenv("HF_ENDPOINT", h.url)
        yield h


def manager(home: Path, *, token: str | None = None, settings: Settings | None = None,
            events: list[DownloadEvent] | None = None, **kw: object) -> DownloadManager:
    settings = settings or Settings()
    options: dict[str, object] = {"backoff_base": 0.01, "backoff_max": 0.05, "read_timeout": 2.0}
    options.update(kw)
    return DownloadManager(settings=settings, models_dir=home / "models",
                           hub=Hub(settings, token=lambda: token),
                           on_event=events.append if events is not None else None,
                           **options)  # type: ignore[arg-type]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith((PARTIAL_SUFFIX, SIDECAR_SUFFIX))]


def assert_verified(mgr: DownloadManager, job, source: Path) -> Path:
    assert job.state == State.DONE, job.error
    final = mgr.dest_for(job.repo, job.paths[0])
    assert job.result == final
    assert sha(final) == sha(source)
    assert not leftovers(mgr.models_dir)
    return final


def test_plain_download_is_verified_and_listed(home, hub, ggufs):
    events: list[DownloadEvent] = []
    mgr = manager(home, events=events)
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    final = assert_verified(mgr, job, ggufs[MEDIUM])
    states = [e.state for e in events if e.kind == "state"]
    assert states[0] == State.QUEUED and states[-1] == State.DONE
    assert State.VERIFYING in states
    assert events[-1].done == events[-1].total == ggufs[MEDIUM].stat().st_size
    assert (final.parent / (final.name + META_SUFFIX)).exists()
    installed = list_installed(mgr.models_dir)
    assert [m.path for m in installed] == [final]
    assert installed[0].valid and installed[0].verified and installed[0].repo == REPO


@pytest.mark.parametrize("offset", [None, None, 0, 1, 300_000, 3_000_000])
def test_cut_connection_resumes_with_range(home, hub, ggufs, offset):
    hub.add_fault(Fault("cut", path=MEDIUM, offset=offset, times=2))
    mgr = manager(home)
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    assert_verified(mgr, job, ggufs[MEDIUM])
    gets = hub.gets(MEDIUM)
    assert len(gets) >= 3
    assert gets[0].range_start is None
    # After the cuts the client asked for the rest, never the whole file again, unless the
    # first cut landed before any byte reached the disk.
    served = sum(ggufs[MEDIUM].stat().st_size - (g.range_start or 0) for g in gets[2:])
    assert served <= ggufs[MEDIUM].stat().st_size
    if offset is not None and offset >= 300_000:
        # Bytes had reached the disk before the cut: resumed, not restarted from zero.
        assert (gets[1].range_start or 0) > 0


def test_reset_before_any_byte_and_500s_are_retried(home, hub, ggufs):
    hub.add_fault(Fault("reset", path=TINY))
    hub.add_fault(Fault("status", path=TINY, status=500, times=2))
    hub.add_fault(Fault("status", path=TINY, method="HEAD", status=503))
    events: list[DownloadEvent] = []
    mgr = manager(home, events=events)
    job = mgr.run_job(mgr.enqueue(REPO, TINY))
    assert_verified(mgr, job, ggufs[TINY])
    assert hub.count("HEAD", TINY) == 2
    assert len(hub.gets(TINY)) == 4
    assert sum(e.kind == "retry" for e in events) == 4


def test_corrupted_body_is_never_marked_usable(home, hub, ggufs):
    hub.add_fault(Fault("corrupt", path=MEDIUM))
    mgr = manager(home)
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    assert job.state == State.FAILED
    assert job.error_type == "ChecksumMismatch"
    assert "checksum" in (job.error or "") and "try again" in (job.error or "")
    assert not mgr.dest_for(REPO, MEDIUM).exists()
    assert not leftovers(mgr.models_dir)
    assert list_installed(mgr.models_dir) == []
    # Retry downloads it again, from zero, and this time it checks out.
    mgr.retry(job.id)
    mgr.run_job(job)
    assert_verified(mgr, job, ggufs[MEDIUM])


def test_gated_repo_needs_the_token(home, hub, ggufs):
    mgr = manager(home)
    job = mgr.run_job(mgr.enqueue(GATED, TINY))
    assert job.state == State.FAILED and job.error_type == "AccessDenied"
    assert "token" in (job.error or "") and "license" in (job.error or "")
    assert job.retryable  # after adding a token
    assert hub.count("HEAD", TINY) == 1  # not retried automatically
    assert hub.gets(TINY) == []  # HEAD said no: no GET was tried

    mgr2 = manager(home, token=TOKEN)
    job2 = mgr2.run_job(mgr2.enqueue(GATED, TINY))
    assert_verified(mgr2, job2, ggufs[TINY])
    assert {r.authorization for r in hub.requests if GATED in r.path} >= {f"Bearer {TOKEN}"}
    assert TOKEN not in (job.error or "")


def test_missing_file_is_a_clear_error_without_retries(home, hub):
    mgr = manager(home)
    job = mgr.run_job(mgr.enqueue(REPO, "nope.gguf"))
    assert job.state == State.FAILED and job.error_type == "RemoteNotFound"
    assert "not found" in (job.error or "")
    assert hub.count("HEAD") == 1
    job = mgr.run_job(mgr.enqueue("org/missing", TINY))
    assert job.state == State.FAILED and job.error_type == "RemoteNotFound"


def test_persistent_failure_ends_in_error_and_keeps_the_part(home, hub, ggufs):
    hub.add_fault(Fault("cut", path=MEDIUM, offset=2_000_000))
    hub.add_fault(Fault("status", path=MEDIUM, status=502, times=-1))
    mgr = manager(home, max_retries=2)
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    assert job.state == State.FAILED and job.retryable
    assert "kept dropping" in (job.error or "")
    partial = mgr.partial_for(mgr.dest_for(REPO, MEDIUM))
    have = partial.stat().st_size
    assert 0 < have < ggufs[MEDIUM].stat().st_size
    assert list_installed(mgr.models_dir) == []
    hub.clear_faults()
    mgr.retry(job.id)
    mgr.run_job(job)
    assert_verified(mgr, job, ggufs[MEDIUM])
    assert hub.gets(MEDIUM)[-1].range_start == have


def test_slow_trickle_and_a_stall_past_the_read_timeout(home, hub, ggufs):
    hub.add_fault(Fault("trickle", path=TINY, chunk=8192, delay=0.002))
    hub.add_fault(Fault("stall", path=MEDIUM, offset=500_000, seconds=1.5))
    mgr = manager(home, read_timeout=0.4)
    assert_verified(mgr, mgr.run_job(mgr.enqueue(REPO, TINY)), ggufs[TINY])
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    assert_verified(mgr, job, ggufs[MEDIUM])
    assert len(hub.gets(MEDIUM)) == 2


def test_pause_then_resume_after_restart(home, hub, ggufs):
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=65536, delay=0.002))
    size = ggufs[MEDIUM].stat().st_size
    holder: dict[str, DownloadManager] = {}

    def pause_halfway(e: DownloadEvent) -> None:
        if e.kind == "progress" and e.done > size // 3:
            holder["m"].pause(e.job_id)

    first = manager(home, progress_interval=0.0)
    first.on_event = pause_halfway
    holder["m"] = first
    job = first.run_job(first.enqueue(REPO, MEDIUM))
    assert job.state == State.PAUSED
    partial = first.partial_for(first.dest_for(REPO, MEDIUM))
    have = partial.stat().st_size
    assert size // 3 < have < size
    assert not first.dest_for(REPO, MEDIUM).exists()

    # "Restart": a new manager (and Hub) finds the partial and fetches only the rest.
    second = manager(home)
    pending = second.partials()
    assert [(p["repo"], p["path"], p["have"]) for p in pending] == [(REPO, MEDIUM, have)]
    [job2] = second.resume_partials()
    second.run_job(job2)
    assert_verified(second, job2, ggufs[MEDIUM])
    assert hub.gets(MEDIUM)[-1].range_start == have


def test_etag_change_restarts_from_zero(home, hub, ggufs, tmp_path):
    mgr = manager(home)
    final = mgr.dest_for(REPO, MEDIUM)
    final.parent.mkdir(parents=True)
    mgr.partial_for(final).write_bytes(b"x" * 1000)
    mgr.sidecar_for(final).write_text('{"etag": "old", "size": 5}')
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    assert_verified(mgr, job, ggufs[MEDIUM])
    assert hub.gets(MEDIUM)[0].range_start is None


def test_cancel_removes_the_partial(home, hub, ggufs):
    hub.add_fault(Fault("trickle", path=MEDIUM, chunk=65536, delay=0.002))
    mgr = manager(home, progress_interval=0.0)
    mgr.on_event = lambda e: mgr.cancel(e.job_id) if e.done > 200_000 else None
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    assert job.state == State.CANCELLED
    assert not leftovers(mgr.models_dir)
    assert not mgr.dest_for(REPO, MEDIUM).exists()


def test_pause_from_another_thread_interrupts_a_silent_server(home, hub, ggufs):
    hub.add_fault(Fault("stall", path=MEDIUM, offset=100_000, seconds=5))
    mgr = manager(home, read_timeout=30.0)
    job = mgr.enqueue(REPO, MEDIUM)
    mgr.start()
    started = threading.Event()
    mgr.on_event = lambda e: started.set() if e.done > 0 else None
    assert started.wait(10)
    mgr.pause(job.id)
    assert mgr.wait(timeout=4)  # far less than the 30 s read timeout
    assert job.state == State.PAUSED
    mgr.shutdown()


def test_split_file_downloads_every_part(home, hub, ggufs):
    assert split_paths(SPLIT[0]) == SPLIT
    events: list[DownloadEvent] = []
    mgr = manager(home, events=events)
    job = mgr.run_job(mgr.enqueue(REPO, SPLIT[0]))
    assert job.state == State.DONE, job.error
    for name in SPLIT:
        assert sha(mgr.dest_for(REPO, name)) == sha(ggufs[name])
    assert {e.part for e in events if e.kind == "progress"} >= {1, 2, 3}
    assert events[-1].parts == 3
    [model] = list_installed(mgr.models_dir)
    assert model.is_split and len(model.parts) == 3 and model.valid


def test_split_file_with_a_damaged_part_is_not_usable(home, hub):
    hub.add_fault(Fault("corrupt", path=SPLIT[2]))
    mgr = manager(home)
    job = mgr.run_job(mgr.enqueue(REPO, SPLIT[0]))
    assert job.state == State.FAILED and job.error_type == "ChecksumMismatch"
    [model] = list_installed(mgr.models_dir)
    assert not model.valid and "missing" in (model.error or "")


def test_free_space_is_checked_before_any_get(home, hub, monkeypatch):
    monkeypatch.setattr(hardware, "free_disk", lambda path: 50_000_000)
    mgr = manager(home)
    job = mgr.run_job(mgr.enqueue(REPO, MEDIUM))
    assert job.state == State.FAILED and job.error_type == "NotEnoughSpace"
    assert "free" in (job.error or "")
    assert hub.gets() == []


@pytest.mark.parametrize("how", ["settings", "env"])
def test_offline_makes_no_request_at_all(home, hub, monkeypatch, how):
    settings = Settings(offline=how == "settings")
    if how == "env":
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    mgr = manager(home, settings=settings)
    job = mgr.run_job(mgr.enqueue(REPO, TINY))
    assert job.state == State.FAILED and job.error_type == "OfflineError"
    assert "offline" in (job.error or "").lower()
    hub_ = Hub(settings, token=lambda: None)
    with pytest.raises(OfflineError):
        hub_.list_files(REPO)
    with pytest.raises(OfflineError):
        hub_.model_info(REPO)
    cat = refresh_from_hub(hub_, load_catalog(prefer_refreshed=False), save=False)
    assert cat.source == "bundled"
    assert hub.requests == []


def test_queue_runs_jobs_in_parallel_workers(home, hub, ggufs):
    mgr = manager(home, max_parallel=2)
    jobs = [mgr.enqueue(REPO, n) for n in (TINY, MEDIUM, SPLIT[0])]
    assert mgr.enqueue(REPO, TINY) is jobs[0]  # the same file is not queued twice
    mgr.start()
    assert mgr.wait(timeout=30)
    mgr.shutdown()
    assert [j.state for j in jobs] == [State.DONE] * 3
    assert len(list_installed(mgr.models_dir)) == 3


def test_already_verified_file_is_not_downloaded_again(home, hub, ggufs):
    mgr = manager(home)
    mgr.run_job(mgr.enqueue(REPO, TINY))
    before = len(hub.gets())
    job = mgr.run_job(mgr.enqueue(REPO, TINY))
    assert job.state == State.DONE and len(hub.gets()) == before


def test_sweep_removes_orphans_but_keeps_resumable_partials(home, hub, ggufs):
    mgr = manager(home)
    folder = mgr.models_dir / "org" / "x"
    folder.mkdir(parents=True)
    orphan = folder / ("a.gguf" + PARTIAL_SUFFIX)
    orphan.write_bytes(b"1")
    lonely_sidecar = folder / ("b.gguf" + SIDECAR_SUFFIX)
    lonely_sidecar.write_text("{}")
    keep = folder / ("c.gguf" + PARTIAL_SUFFIX)
    keep.write_bytes(b"2")
    (folder / ("c.gguf" + SIDECAR_SUFFIX)).write_text("{}")
    hf_tmp = mgr.models_dir / ".cache" / "huggingface" / "download" / "x.abc.incomplete"
    hf_tmp.parent.mkdir(parents=True)
    hf_tmp.write_bytes(b"3")
    cache = home / "hfcache"
    blob = cache / "models--o--r" / "blobs" / "deadbeef.1234.incomplete"
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"4")
    half_moved = folder / "d.gguf.hearth-move"  # the app quit during a folder move
    half_moved.write_bytes(b"5")
    removed = mgr.sweep_orphans(hf_cache=cache, min_age_s=0)
    assert set(removed) == {orphan, lonely_sidecar, hf_tmp, blob, half_moved}
    assert keep.exists()


def test_paths_cannot_escape_the_models_folder(home, hub):
    mgr = manager(home)
    for bad in ("../evil.gguf", "a/../../evil.gguf", "/abs.gguf"):
        with pytest.raises(Exception, match="not allowed"):
            mgr.enqueue(REPO, bad)
