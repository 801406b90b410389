"""The llama.cpp engine on generated gpt-oss models: loading, errors, KV prefix reuse, cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app.core import gguf_info, synthetic_gguf
from app.core.engine import (
    Done,
    EngineConfig,
    LlamaEngine,
    SamplingParams,
    _check_memory,
)
from app.core.errors import GenerationError, LoadCancelled, ModelLoadError
from app.core.harmony import Conversation, Message, TextDelta

GREEDY = SamplingParams(temperature=0.0, max_tokens=24, seed=7)


def run(engine: LlamaEngine, conv: Conversation, sampling: SamplingParams = GREEDY,
        cancel: threading.Event | None = None) -> tuple[list[Any], Done]:
    events = list(engine.stream(conv, sampling, cancel or threading.Event()))
    done = events[-1]
    assert isinstance(done, Done)
    return events, done


def test_load_reports_progress_to_one(tiny_model: Path) -> None:
    seen: list[float] = []
    engine = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=512), progress=seen.append)
    try:
        assert seen and seen[-1] == pytest.approx(1.0)
        assert seen == sorted(seen)
        assert engine.info.architecture == "gpt-oss"
        assert engine.info.n_ctx == 512
        assert engine.info.backend.startswith("CPU")
    finally:
        engine.close()


def test_load_can_be_cancelled(tiny_model: Path) -> None:
    cancel = threading.Event()

    def progress(f: float) -> None:
        cancel.set()  # the user presses Cancel as soon as loading starts

    with pytest.raises(LoadCancelled):
        LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=512), progress=progress,
                         cancel=cancel)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="does not exist"):
        LlamaEngine.load(EngineConfig(str(tmp_path / "nope.gguf")))


def test_not_gguf(tmp_path: Path) -> None:
    f = tmp_path / "notes.gguf"
    f.write_text("this is a text file, not a model" * 10)
    with pytest.raises(ModelLoadError, match="not a GGUF model"):
        LlamaEngine.load(EngineConfig(str(f)))


@pytest.mark.parametrize("keep", [10, 2000, -1000])
def test_truncated(tiny_model: Path, tmp_path: Path, keep: int) -> None:
    data = tiny_model.read_bytes()
    f = tmp_path / "cut.gguf"
    f.write_bytes(data[:keep])
    with pytest.raises(ModelLoadError, match="cut short|incomplete|empty"):
        LlamaEngine.load(EngineConfig(str(f)))


def test_other_architecture(tmp_path: Path) -> None:
    f = synthetic_gguf.write(tmp_path / "llama.gguf", synthetic_gguf.TINY, architecture="llama")
    with pytest.raises(ModelLoadError, match="'llama' model.*gpt-oss"):
        LlamaEngine.load(EngineConfig(str(f)))


def test_not_enough_memory_is_refused_with_numbers(tiny_model: Path) -> None:
    info = gguf_info.validate(tiny_model)
    with pytest.raises(ModelLoadError, match=r"Not enough memory.*needs about [\d.]+ MB and "
                       r"this machine has 65\.5 KB"):
        _check_memory(info, EngineConfig(str(tiny_model), n_ctx=4096), available=64 * 2**10)
    # The low-memory hint appears only when the repack copy is part of the need.
    with pytest.raises(ModelLoadError, match="low-memory mode"):
        _check_memory(info, EngineConfig(str(tiny_model)), available=1)


def test_stream_events_and_stats(tiny_engine: LlamaEngine) -> None:
    conv = Conversation([Message("user", "Hello")])
    events, done = run(tiny_engine, conv, SamplingParams(max_tokens=16, seed=3))
    assert done.reason in ("length", "return", "eos", "call")
    s = done.stats
    assert s.prompt_tokens == len(tiny_engine.encoder.encode(conv))
    assert 1 <= s.generated_tokens <= 16
    assert s.prefill_seconds > 0 and s.ttft_seconds > 0
    assert s.cached_tokens + s.evaluated_tokens == s.prompt_tokens


def test_max_tokens_stops_with_length(tiny_engine: LlamaEngine) -> None:
    _, done = run(tiny_engine, Conversation([Message("user", "Count")]),
                  SamplingParams(max_tokens=5, seed=1))
    assert done.stats.generated_tokens <= 5


def test_too_long_for_context_is_a_clear_error(tiny_model: Path) -> None:
    engine = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=256))
    try:
        with pytest.raises(GenerationError, match="context"):
            run(engine, Conversation([Message("user", "word " * 400)]))
    finally:
        engine.close()


def _answer(events: list[Any]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def test_follow_up_turn_evaluates_only_new_tokens(tiny_model: Path) -> None:
    engine = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=4096))
    try:
        # Long enough that the prefix crosses the 32-token sliding window many times over.
        conv1 = Conversation([Message("user", "Tell me about the sea. " * 20)],
                             instructions="Be kind.", date="2026-11-27")
        prompt1 = engine.encoder.encode(conv1)
        before = engine.tokens_evaluated
        events1, done1 = run(engine, conv1)
        assert done1.stats.cached_tokens == 0
        # Everything the engine decoded: the prompt, then each generated token but the last.
        assert engine.tokens_evaluated - before == len(prompt1) + done1.stats.generated_tokens - 1

        conv2 = Conversation([*conv1.messages, Message("assistant", _answer(events1)),
                              Message("user", "And the mountains?")],
                             conv1.instructions, conv1.reasoning_effort, conv1.date)
        prompt2 = engine.encoder.encode(conv2)
        before = engine.tokens_evaluated
        events2, done2 = run(engine, conv2)
        s = done2.stats
        # The whole first prompt came from the cache; only the rest was evaluated.
        assert s.cached_tokens >= len(prompt1)
        assert s.evaluated_tokens == len(prompt2) - s.cached_tokens
        first_eval = engine.tokens_evaluated - before - (s.generated_tokens - 1)
        assert first_eval == s.evaluated_tokens
        assert s.evaluated_tokens < len(prompt2) - len(prompt1) + 40

        # A fresh engine, no cache, same prompt: the greedy answer is identical, so the reused
        # cache (sliding-window layers included) holds exactly what a full prefill would.
        fresh = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=4096))
        try:
            events_fresh, done_fresh = run(fresh, conv2)
            assert done_fresh.stats.cached_tokens == 0
            assert _answer(events_fresh) == _answer(events2)
        finally:
            fresh.close()

        # The same conversation again: everything but the last prompt token is cached.
        _, done3 = run(engine, conv2)
        assert done3.stats.cached_tokens == len(prompt2) - 1
    finally:
        engine.close()


def test_cancel_during_decode_stops_at_once(tiny_engine: LlamaEngine) -> None:
    cancel = threading.Event()
    conv = Conversation([Message("user", "Write a long story.")])
    events: list[Any] = []
    at_cancel = -1
    for ev in tiny_engine.stream(conv, SamplingParams(max_tokens=100000, seed=5), cancel):
        events.append(ev)
        if at_cancel < 0 and sum(isinstance(e, TextDelta) for e in events) == 5:
            cancel.set()
            at_cancel = len(events)
    done = events[-1]
    assert isinstance(done, Done) and done.reason == "cancelled"
    # The flag is read before every sample: no token is generated after the request. At most
    # the flush of a half-decoded character follows.
    after = [e for e in events[at_cancel:] if isinstance(e, TextDelta)]
    assert len(after) <= 1


def test_cancel_during_long_prefill(medium_model: Path) -> None:
    """Stop while llama.cpp is still reading a long prompt: it returns without finishing it."""
    engine = LlamaEngine.load(EngineConfig(str(medium_model), n_ctx=8192, n_batch=2048))
    try:
        conv = Conversation([Message("user", "lorem ipsum dolor sit amet " * 270)])
        prompt = engine.encoder.encode(conv)
        assert len(prompt) > 5000
        # Reference: the whole prefill, uncancelled (then drop the cache for the real run).
        t0 = time.perf_counter()
        _, full = run(engine, conv, SamplingParams(max_tokens=1, seed=1))
        full_prefill = time.perf_counter() - t0
        engine._llm.n_tokens = 0

        cancel = threading.Event()
        timer = threading.Timer(full_prefill / 4, cancel.set)
        timer.start()
        t0 = time.perf_counter()
        events, done = run(engine, conv, SamplingParams(max_tokens=5, seed=1), cancel)
        elapsed = time.perf_counter() - t0
        timer.cancel()
        assert done.reason == "cancelled"
        assert done.stats.generated_tokens == 0
        assert not any(isinstance(e, TextDelta) for e in events)
        # Aborted inside a batch: the cache holds fewer tokens than the prompt.
        assert engine._llm.n_tokens < len(prompt)
        # The behaviour, not a speed: it came back well before the full prefill would have.
        assert elapsed < full_prefill * 0.8, (elapsed, full_prefill)

        # The engine is still usable after an abort, and reuses what it had kept.
        _, after = run(engine, conv, SamplingParams(max_tokens=2, seed=1))
        assert after.reason != "cancelled"
        assert after.stats.cached_tokens + after.stats.evaluated_tokens == len(prompt)
    finally:
        engine.close()


def test_gpu_layers_on_a_cpu_build_fall_back_with_a_notice(tiny_model: Path) -> None:
    import llama_cpp

    if llama_cpp.llama_supports_gpu_offload():
        pytest.skip("this llama-cpp-python build has a GPU backend")
    engine = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=512, n_gpu_layers=-1))
    try:
        assert engine.info.gpu_layers == 0
        assert engine.info.backend.startswith("CPU")
        assert "no GPU support" in engine.info.extra["notice"]
        _, done = run(engine, Conversation([Message("user", "hi")]),
                      SamplingParams(max_tokens=3, seed=1))
        assert done.stats.generated_tokens >= 1
    finally:
        engine.close()


def test_device_registry_lists_no_gpu_on_a_cpu_build() -> None:
    import llama_cpp

    from app.core.engine import backend_description, gpu_devices

    if llama_cpp.llama_supports_gpu_offload():
        pytest.skip("this llama-cpp-python build has a GPU backend")
    assert gpu_devices(llama_cpp) == []
    assert backend_description(llama_cpp, -1).startswith("CPU")
