"""Bounded thinking: the budget per effort, the loop detector, and the engine closing a looping
analysis message on the generated model (forced tokens) so that a final answer follows."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.core import harmony, storage
from app.core.chat import ChatSession
from app.core.engine import Done, LlamaEngine, SamplingParams
from app.core.harmony import ChannelStarted, Conversation, Message, MessageEnded, TextDelta
from app.core.history import StoreSink, conversation_for
from app.core.thinking import (
    REASONING_BUDGETS,
    LoopDetector,
    ThinkingCut,
    answer_reserve,
    default_reasoning_budget,
    effective_budget,
    find_loop,
)
from tests.fixtures import harmony_replay as corpus

# ---------------------------------------------------------------------------------------------
# The budget


def test_default_budget_per_effort() -> None:
    assert REASONING_BUDGETS["low"] < REASONING_BUDGETS["medium"] < REASONING_BUDGETS["high"]
    big = 1_000_000
    for effort, budget in REASONING_BUDGETS.items():
        assert default_reasoning_budget(effort, big) == budget
    assert default_reasoning_budget("unknown", big) == REASONING_BUDGETS["medium"]


def test_budget_leaves_room_for_the_answer() -> None:
    # The app's default max_tokens: every effort keeps a quarter of it for the answer.
    assert default_reasoning_budget("high", 4096) == 4096 - 1024
    assert default_reasoning_budget("low", 4096) == 1024
    for limit in (1, 2, 10, 100, 300, 513, 4096, 100_000):
        for effort in ("low", "medium", "high"):
            b = default_reasoning_budget(effort, limit)
            assert 1 <= b <= max(1, limit - answer_reserve(limit))
        assert answer_reserve(limit) <= limit // 2


def test_requested_budget_off_and_capped() -> None:
    assert effective_budget(0, "high", 4096) == 0  # off
    assert effective_budget(-5, "low", 4096) == 0
    assert effective_budget(100, "high", 4096) == 100
    assert effective_budget(10_000, "low", 4096) == 3072  # capped like the default
    assert effective_budget(None, "medium", 0) == REASONING_BUDGETS["medium"]  # no limit known


# ---------------------------------------------------------------------------------------------
# The loop detector


def loop(period: int, repeats: int, seed: int = 0) -> list[int]:
    rng = random.Random(seed)
    unit = [rng.randrange(50_000) for _ in range(period)]
    return unit * repeats


@pytest.mark.parametrize("period", [1, 3, 16, 37, 200, 900])
def test_loops_of_any_period_are_caught(period: int) -> None:
    rng = random.Random(period)
    lead = [rng.randrange(50_000) for _ in range(500)]  # honest reasoning first
    tokens = lead + loop(period, max(8, 4000 // period), seed=period)
    at = find_loop(tokens)
    assert at is not None
    assert at >= len(lead)  # not before the loop starts
    # Caught about three periods plus the span after the loop began.
    assert at - len(lead) <= 3 * period + 16 + 256


def test_honest_text_is_not_a_loop() -> None:
    rng = random.Random(1)
    assert find_loop(rng.randrange(50_000) for _ in range(20_000)) is None
    # A small alphabet, as byte-level tokens of ordinary text are.
    text = " ".join(rng.choice(["the", "user", "asks", "we", "need", "to", "answer", "so",
                                "maybe", "check", "value", "is", "not", "ok"])
                    for _ in range(5000))
    assert find_loop(text.encode()) is None


def test_a_passage_written_again_is_not_a_loop() -> None:
    """Drafting an answer, then writing it out again (twice, even three times) is reasoning."""
    rng = random.Random(2)
    passage = [rng.randrange(50_000) for _ in range(300)]
    other = [rng.randrange(50_000) for _ in range(300)]
    assert find_loop(passage + other + passage + other + passage) is None


def test_stock_phrases_are_not_a_loop() -> None:
    rng = random.Random(3)
    phrase = list(b"But wait, the user asks us to ")
    tokens: list[int] = []
    for _ in range(200):
        tokens += phrase + [rng.randrange(256, 50_000) for _ in range(25)]
    assert find_loop(tokens) is None


def test_detector_reset_and_window() -> None:
    d = LoopDetector(n=4, window=64, min_repeats=3, span=20, coverage=0.5)
    tokens = loop(5, 40)
    tripped = next(i for i, t in enumerate(tokens) if d.feed(t))
    assert tripped < 5 * 3 + 4 + 20
    d.reset()
    assert not any(d.feed(t) for t in tokens[:19])  # the span must fill again
    with pytest.raises(ValueError):
        LoopDetector(n=0)


# ---------------------------------------------------------------------------------------------
# The engine on the generated model, forced to think in circles

LOOP_TEXT = "Wait, let me reconsider the question once more. "
ANSWER = "The answer is 42."


class CirclingModel:
    """A logits processor that plays a model stuck in a loop: it writes an analysis header, then
    LOOP_TEXT forever. Once the engine has opened the final channel it writes ANSWER and
    <|return|>; with `relapse`, it first goes back to analysis once more."""

    def __init__(self, engine: LlamaEngine, prompt_len: int, relapse: bool = False) -> None:
        enc = engine.encoder
        self.prompt_len = prompt_len
        self.head = [enc.ids[harmony.CHANNEL], *enc.encode_text("analysis"),
                     enc.ids[harmony.MESSAGE]]
        self.loop = enc.encode_text(LOOP_TEXT)
        self.cut = engine._final_channel_ids()
        self.relapse_ids = [enc.ids[harmony.END], enc.ids[harmony.START],
                            *enc.encode_text("assistant"), enc.ids[harmony.CHANNEL],
                            *enc.encode_text("analysis"), enc.ids[harmony.MESSAGE],
                            *enc.encode_text("Hmm.")]
        self.answer = [*enc.encode_text(ANSWER), enc.ids[harmony.RETURN]]
        self.relapse = relapse

    def _script(self, written: list[int]) -> int:
        n_cuts, after = 0, 0
        i = 0
        while i <= len(written) - len(self.cut):
            if written[i:i + len(self.cut)] == self.cut:
                n_cuts += 1
                after = i + len(self.cut)
                i = after
            else:
                i += 1
        if n_cuts == 0:
            script = self.head + self.loop * 1000
            return script[len(written)]
        tail = written[after:]
        if self.relapse and n_cuts == 1:
            return self.relapse_ids[len(tail)] if len(tail) < len(self.relapse_ids) \
                else self.loop[0]
        return self.answer[min(len(tail), len(self.answer) - 1)]

    def __call__(self, input_ids: Any, logits: Any) -> Any:
        written = [int(t) for t in input_ids[self.prompt_len:]]
        out = np.full_like(logits, -np.inf)
        out[self._script(written)] = 0.0
        return out


def run_circling(engine: LlamaEngine, sampling: SamplingParams, *, effort: str = "medium",
                 relapse: bool = False, cancel: threading.Event | None = None,
                 cancel_on: type | None = None) -> tuple[list[Any], Done]:
    prompt = engine.encoder.encode(Conversation([Message("user", "What is 6 x 7?")]))
    cancel = cancel or threading.Event()
    events: list[Any] = []
    for ev in engine.stream_tokens(prompt, sampling, cancel, reasoning_effort=effort,
                                   logits_processor=CirclingModel(engine, len(prompt), relapse)):
        events.append(ev)
        if cancel_on is not None and isinstance(ev, cancel_on):
            cancel.set()
    done = events.pop()
    assert isinstance(done, Done)
    return events, done


def test_budget_closes_the_loop_and_the_answer_follows(tiny_engine: LlamaEngine) -> None:
    events, done = run_circling(tiny_engine, SamplingParams(max_tokens=2000, seed=1,
                                                            reasoning_budget=60,
                                                            loop_detection=False))
    cuts = [e for e in events if isinstance(e, ThinkingCut)]
    assert cuts == [ThinkingCut("budget", 60)]
    texts = corpus.channel_texts(events)
    assert texts["final"] == ANSWER
    analysis_ids = tiny_engine.encoder.encode_text(LOOP_TEXT * 5)[:60]
    assert texts["analysis"] == b"".join(tiny_engine.vocab.piece(t)
                                         for t in analysis_ids).decode()
    # The cut reads like a normal end of reasoning: the analysis message ends, the answer opens.
    i = events.index(cuts[0])
    assert events[i + 1] == MessageEnded("analysis")
    assert isinstance(events[i + 2], ChannelStarted) and events[i + 2].channel == "final"
    assert not events[i + 2].malformed
    assert done.reason == "return"
    assert done.stats.thinking_cut == "budget" and done.stats.thinking_tokens == 60
    assert done.stats.thinking_budget == 60


def test_loop_detector_closes_the_loop_and_the_answer_follows(tiny_engine: LlamaEngine) -> None:
    events, done = run_circling(tiny_engine, SamplingParams(max_tokens=3000, seed=1,
                                                            reasoning_budget=0))
    cuts = [e for e in events if isinstance(e, ThinkingCut)]
    assert len(cuts) == 1 and cuts[0].reason == "loop"
    period = len(tiny_engine.encoder.encode_text(LOOP_TEXT))
    # Caught within the detector's promise, long before any budget or limit.
    assert cuts[0].tokens <= 3 * period + 16 + 256
    assert corpus.channel_texts(events)["final"] == ANSWER
    assert done.reason == "return"
    assert done.stats.thinking_cut == "loop" and done.stats.thinking_budget == 0
    assert done.stats.thinking_tokens == cuts[0].tokens


def test_default_budget_for_the_effort_applies(tiny_engine: LlamaEngine) -> None:
    """No budget asked for: the effort's default, capped to leave the answer its reserve."""
    events, done = run_circling(tiny_engine, SamplingParams(max_tokens=600, seed=1,
                                                            loop_detection=False),
                                effort="low")
    expected = default_reasoning_budget("low", 600)
    assert expected == 600 - 256
    assert [e for e in events if isinstance(e, ThinkingCut)] == [ThinkingCut("budget", expected)]
    assert corpus.channel_texts(events)["final"] == ANSWER
    assert done.reason == "return"


def test_stream_passes_the_conversations_effort(tiny_engine: LlamaEngine,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake(prompt: list[int], sampling: SamplingParams, cancel: threading.Event,
             **kw: Any) -> Any:
        seen.update(kw)
        return iter(())

    monkeypatch.setattr(tiny_engine, "stream_tokens", fake)
    list(tiny_engine.stream(Conversation([Message("user", "x")], reasoning_effort="high"),
                            SamplingParams(), threading.Event()))
    assert seen["reasoning_effort"] == "high"


def test_relapse_into_analysis_is_cut_again(tiny_engine: LlamaEngine) -> None:
    """A model that goes back to thinking after the cut is sent back to the answer at once."""
    events, done = run_circling(tiny_engine, SamplingParams(max_tokens=2000, seed=1,
                                                            reasoning_budget=40,
                                                            loop_detection=False),
                                relapse=True)
    cuts = [e for e in events if isinstance(e, ThinkingCut)]
    assert [c.reason for c in cuts] == ["budget", "budget"]
    assert cuts[1].tokens == 41  # one more analysis token ("H"), then cut again
    assert corpus.channel_texts(events)["final"] == ANSWER
    assert done.reason == "return"


@pytest.mark.parametrize("when", [ThinkingCut, MessageEnded, TextDelta])
def test_stop_works_around_the_cut(tiny_engine: LlamaEngine, when: type) -> None:
    """Stop while thinking, at the cut itself, or while the forced tokens' events stream."""
    events, done = run_circling(tiny_engine, SamplingParams(max_tokens=2000, seed=1,
                                                            reasoning_budget=30,
                                                            loop_detection=False),
                                cancel_on=when)
    assert done.reason == "cancelled"
    assert "final" not in corpus.channel_texts(events)
    assert done.stats.thinking_tokens <= 30


class CirclingEngine:
    """The tiny engine playing a model stuck in a loop, behind the Engine protocol."""

    def __init__(self, engine: LlamaEngine) -> None:
        self.engine = engine
        self.info = engine.info

    def stream(self, conv: Conversation, sampling: SamplingParams,
               cancel: threading.Event) -> Any:
        prompt = self.engine.encoder.encode(conv)
        return self.engine.stream_tokens(prompt, sampling, cancel,
                                         reasoning_effort=conv.reasoning_effort,
                                         logits_processor=CirclingModel(self.engine, len(prompt)))

    def count_tokens(self, conv: Conversation) -> int:
        return self.engine.count_tokens(conv)

    def count_text(self, text: str, limit: int | None = None) -> int:
        return self.engine.count_text(text, limit)

    def close(self) -> None:
        pass


def test_a_cut_turn_is_saved_with_its_answer(tiny_engine: LlamaEngine, tmp_path: Path) -> None:
    """Through the chat turn: the cut passes on to the window, the answer and the reasoning are
    saved, and the saved stats say the thinking was cut."""
    store = storage.Store.open(tmp_path / "h.sqlite3")
    try:
        row = store.create_conversation("loop")
        session = ChatSession(CirclingEngine(tiny_engine), sink=StoreSink(store, row.id))
        events = list(session.turn(conversation_for(store, row.id), "What is 6 x 7?",
                                   SamplingParams(max_tokens=2000, seed=1)))
        cuts = [e for e in events if isinstance(e, ThinkingCut)]
        assert len(cuts) == 1 and cuts[0].reason == "loop"
        saved = store.active_path(row.id)[-1]
        assert saved.content == ANSWER and saved.status == "complete"
        assert saved.reasoning.startswith(LOOP_TEXT * 3)
        assert saved.stats["thinking_cut"] == "loop"
        assert saved.stats["thinking_tokens"] == cuts[0].tokens
        assert saved.stats["stop_reason"] == "return"
    finally:
        store.close()
