"""Issue 16 in core: Continue, why an answer ended, offline downloads, import in place, the
quantization of an imported file, one speed unit, low-memory mode chosen when full will not fit."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from app.core import harmony, storage
from app.core.chat import ChatSession, TurnFailed, TurnRequest
from app.core.engine import LlamaEngine, SamplingParams
from app.core.harmony import Conversation, Message
from app.core.models import fit
from app.core.models.catalog import load_catalog, refresh_from_hub
from app.core.models.downloads import DownloadEvent, DownloadManager, State
from app.core.models.errors import NoNetwork
from app.core.models.hardware import Hardware
from app.core.models.hub import Hub
from app.core.models.local import describe, import_gguf, list_installed
from app.core.settings import Settings
from app.core.status import MessageStatus, StopReason, stop_note
from app.core.units import MB, format_speed
from tests.fixtures.fake_hub import write_medium

NOWHERE = "http://hearth-test.invalid"  # .invalid never resolves (RFC 2606)


# ------------------------------------------------------------------------------ Continue


def test_continue_prompt_leaves_the_cut_message_open() -> None:
    conv = Conversation([Message("user", "Count to five.")], date="2025-01-01")
    base = harmony.render_text(conv)
    segments, channel = harmony.render_continue(conv, "1, 2, 3", "Easy.")
    text = "".join(s.text for s in segments)
    assert channel == "final"
    assert text == (base + "<|channel|>analysis<|message|>Easy.<|end|>"
                    "<|start|>assistant<|channel|>final<|message|>1, 2, 3")
    # Cut while thinking: the reasoning itself is left open.
    segments, channel = harmony.render_continue(conv, "", "Let me think")
    assert channel == "analysis"
    assert "".join(s.text for s in segments) == (
        base + "<|channel|>analysis<|message|>Let me think")


def _cut_answer(session: ChatSession, store: storage.Store, cid: str) -> str:
    """Ask until an answer is cut at the token limit (the random model may end early)."""
    for seed in range(8):
        list(session.run(TurnRequest(f"Tell me a story, take {seed}",
                                     SamplingParams(max_tokens=6, seed=seed))))
        if session.result.stop_reason is StopReason.LENGTH:
            assert session.result.assistant_message_id is not None
            return session.result.assistant_message_id
    raise AssertionError("no answer was cut at the limit")


def test_continue_appends_to_the_same_saved_answer(tiny_engine: LlamaEngine,
                                                   store: storage.Store) -> None:
    cid = store.create_conversation("story").id
    session = ChatSession(tiny_engine, store=store, conversation_id=cid)
    aid = _cut_answer(session, store, cid)
    before = store.get_message(aid)
    count = len(store.messages(cid))
    assert before.stats["stop_reason"] == "length" and before.stats["max_tokens"] == 6
    list(session.run(TurnRequest("", SamplingParams(max_tokens=5, seed=1), continue_from=aid)))
    r = session.result
    assert r.assistant_message_id == aid and r.user_message_id == before.parent_id
    after = store.get_message(aid)
    assert len(store.messages(cid)) == count  # no new message: the same one grew
    assert after.content.startswith(before.content)
    assert after.reasoning.startswith(before.reasoning)
    assert after.content + after.reasoning != before.content + before.reasoning
    assert after.stats["generated_tokens"] == before.stats["generated_tokens"] + \
        r.stats.generated_tokens  # type: ignore[union-attr]
    assert after.stats["continued"] == 1
    assert after.status == (MessageStatus.COMPLETE if r.stop_reason is not StopReason.CANCELLED
                            else MessageStatus.CANCELLED)


def test_continue_of_an_answer_that_is_not_there_changes_nothing(
        tiny_engine: LlamaEngine, store: storage.Store) -> None:
    cid = store.create_conversation("x").id
    session = ChatSession(tiny_engine, store=store, conversation_id=cid)
    events = list(session.run(TurnRequest("", continue_from="no-such-message")))
    assert isinstance(events[-1], TurnFailed)
    assert store.messages(cid) == []


def test_why_an_answer_ended_in_words() -> None:
    assert stop_note({"stop_reason": "return"}, answer="Done.") == ""
    assert stop_note({"stop_reason": "length", "max_tokens": 4096}, answer="",
                     reasoning="Let me think…") == ("The reasoning used the whole limit of "
                                                     "4,096 tokens, so there is no answer yet.")
    assert stop_note({"stop_reason": "length", "max_tokens": 24},
                     answer="Half an") == "The answer reached its limit of 24 tokens."
    assert "context" in stop_note({"stop_reason": "context"}, answer="x")
    assert stop_note({"stop_reason": "cancelled"}, answer="x") == "Stopped before the end."
    assert stop_note({"error": "The disk is full."}, answer="",
                     status=MessageStatus.ERROR) == "The disk is full."
    assert stop_note({"blocked_category": "S1", "stop_reason": "blocked"}, answer="no") == ""
    assert "closed" in stop_note({}, answer="x", status=MessageStatus.INTERRUPTED)


# ------------------------------------------------------------------------------ downloads


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", NOWHERE)
    return tmp_path / "home"


def test_offline_fails_fast_and_says_so(nowhere: Path) -> None:
    """No name resolution: one attempt, no backoff, "you seem to be offline" (the default
    retry budget would otherwise take about two minutes)."""
    events: list[DownloadEvent] = []
    settings = Settings()
    mgr = DownloadManager(settings=settings, models_dir=nowhere / "models",
                          hub=Hub(settings, token=lambda: None), on_event=events.append)
    job = mgr.run_job(mgr.enqueue("org/gpt-oss-test-GGUF", "tiny.gguf"))
    assert job.state == State.FAILED and job.error_type == "NoNetwork"
    assert "seem to be offline" in (job.error or "")
    assert "hearth-test.invalid" in (job.error or "")
    assert "Errno" not in (job.error or "")
    assert job.retryable  # Retry continues once the network is back
    assert not [e for e in events if e.kind == "retry"]


def test_catalog_check_offline_stops_at_the_first_repository(nowhere: Path) -> None:
    with pytest.raises(NoNetwork):
        refresh_from_hub(Hub(Settings(), token=lambda: None), load_catalog(), save=False)


def test_one_speed_unit() -> None:
    assert format_speed(980_000) == "0.98 MB/s"
    assert format_speed(1_020_000) == "1.0 MB/s"
    assert format_speed(12.34 * MB) == "12 MB/s"
    assert format_speed(46_000) == "0.05 MB/s"


# ------------------------------------------------------------------------------ import


def _disk_use(folder: Path) -> int:
    """Bytes the folder takes on disk, links counted as links (not what they point at)."""
    return sum(os.lstat(p).st_blocks * 512 for p in folder.rglob("*"))


def test_import_in_place_uses_no_extra_disk(tmp_path: Path) -> None:
    source = write_medium(tmp_path / "elsewhere" / "my-model.gguf")
    models = tmp_path / "models"
    model = import_gguf(source, models, mode="symlink")
    assert model.valid and model.path.is_symlink() and model.path.resolve() == source.resolve()
    assert _disk_use(source.parent) > 1_000_000
    assert _disk_use(models) < 64 * 1024  # a link and folders, not a copy
    assert [m.path for m in list_installed(models)] == [model.path]
    copied = import_gguf(write_medium(tmp_path / "other" / "copied.gguf", seed=2), models)
    assert not copied.path.is_symlink()
    assert _disk_use(models) > 1_000_000


def test_an_imported_file_says_its_quantization(tmp_path: Path) -> None:
    """A file renamed on import has no quantization in its name: the header tells."""
    path = write_medium(tmp_path / "my-favourite-model.gguf")
    assert describe(path, "imported").quant == "MXFP4"  # the experts hold most bytes


# ------------------------------------------------------------------------------ memory


def test_low_memory_is_chosen_when_full_mode_will_not_fit(medium_model: Path) -> None:
    shape = fit.shape_from_gguf(medium_model)

    def hw(ram: int) -> Hardware:
        return Hardware(os="linux", arch="x86_64", cpu_name=None, cpu_threads=4, cpu_cores=4,
                        cpu_features=frozenset(), ram_total=ram, ram_available=ram,
                        disk_free=None, gpu_offload=False)

    full = fit.estimate(shape, hw(1 << 40), n_ctx=2048, gpu_layers=0).ram_needed
    low = fit.estimate(shape, hw(1 << 40), n_ctx=2048, gpu_layers=0, low_memory=True).ram_needed
    assert low < full
    between = (low + full) // 2
    notice = fit.low_memory_notice(medium_model, hw(between), n_ctx=2048,
                                   gpu_layers=0)
    assert "low-memory mode" in notice and medium_model.name in notice
    assert fit.low_memory_notice(medium_model, hw(1 << 40), n_ctx=2048, gpu_layers=0) == ""


def test_cancel_during_continue_keeps_the_text(tiny_engine: LlamaEngine,
                                               store: storage.Store) -> None:
    cid = store.create_conversation("story").id
    session = ChatSession(tiny_engine, store=store, conversation_id=cid)
    aid = _cut_answer(session, store, cid)
    before = store.get_message(aid)
    cancel = threading.Event()
    cancel.set()  # stopped before a token: the answer is as it was, marked stopped
    list(session.run(TurnRequest("", SamplingParams(max_tokens=5), continue_from=aid), cancel))
    after = store.get_message(aid)
    assert after.content == before.content and after.status == MessageStatus.CANCELLED


# ------------------------------------------------------------------------------ command line


def test_the_command_line_says_why_an_answer_ended_and_remembers_the_model(
        tiny_model: Path, tmp_path: Path) -> None:
    from tests.core.test_cli import hearth

    r = hearth("chat", "hi", home=tmp_path)
    assert r.returncode == 1 and "No model given" in r.stderr and "Traceback" not in r.stderr
    r = hearth("chat", "--model", str(tiny_model), "--max-tokens", "2", "--seed", "1", "hi",
               home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "limit of 2 tokens" in r.stderr and "--max-tokens" in r.stderr
    # No --model: the one used last.
    r = hearth("chat", "--max-tokens", "2", "--seed", "1", "--json", "hello again",
               home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert '"stop_reason": "length"' in r.stdout


def test_models_download_offline_speaks_plainly(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.test_cli import hearth

    monkeypatch.setenv("HF_ENDPOINT", NOWHERE)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    r = hearth("models", "download", "ggml-org/gpt-oss-20b-GGUF", "gpt-oss-20b-mxfp4.gguf",
               "--quiet", home=tmp_path)
    assert r.returncode == 1
    assert "You seem to be offline" in r.stderr
    for gui_or_noise in ("keyring", "press Retry", "Errno", "Traceback"):
        assert gui_or_noise not in r.stderr


def test_resuming_at_start_leaves_a_file_with_a_job_to_that_job(nowhere: Path) -> None:
    """The app looks for unfinished downloads off the GUI thread at start; one that failed in the
    meantime keeps its own card and Retry, not a second job on the same partial file."""
    settings = Settings()
    mgr = DownloadManager(settings=settings, models_dir=nowhere / "models",
                          hub=Hub(settings, token=lambda: None))
    job = mgr.enqueue("org/gpt-oss-test-GGUF", "tiny.gguf")
    partial = mgr.partial_for(mgr.dest_for(job.repo, job.filename))
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"x" * 100)
    mgr.sidecar_for(mgr.dest_for(job.repo, job.filename)).write_text(
        '{"repo": "org/gpt-oss-test-GGUF", "path": "tiny.gguf", "paths": ["tiny.gguf"]}')
    mgr.run_job(job)  # fails: no network
    assert job.state == State.FAILED and mgr.partials()
    assert mgr.resume_partials() == [] and mgr.jobs() == [job]
