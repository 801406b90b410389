"""The replay corpus (tests/fixtures/harmony_replay.json): what the real gpt-oss writes, well-formed
and broken, through the real StreamParser and through the engine's decode loop with forced tokens,
with the generated tiny model's vocabulary."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.core import harmony, storage
from app.core.chat import ChatSession
from app.core.engine import Done, LlamaEngine, SamplingParams
from app.core.harmony import CHANNELS, ChannelStarted, Conversation, Message, TextDelta
from app.core.history import StoreSink, conversation_for
from tests.fixtures import harmony_replay as corpus

CASES = corpus.load_cases()


def test_corpus_covers_what_the_issue_lists() -> None:
    names = {c.name for c in CASES}
    assert len(names) == len(CASES)
    for needed in ("garbage_channel", "free_text_header", "message_without_header",
                   "preamble_then_tool_call", "tool_call_recipient_in_header",
                   "tool_call_constrain_glued", "end_without_return", "token_limit_in_answer",
                   "reasoning_never_closes", "cjk_long", "emoji", "header_split"):
        assert needed in names
    assert len(TURN_CASES) == 12  # every name listed for the turn replay exists


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_replay_through_parser(tiny_engine: LlamaEngine, case: corpus.ReplayCase) -> None:
    enc = tiny_engine.encoder
    ids = corpus.tokens(enc, case.stream)
    events = corpus.parse(enc, ids)
    assert corpus.mismatches(case, events) == []
    # Nothing lost: header texts plus deltas are every character of the stream.
    assert corpus.all_text(events) == corpus.stream_text(enc, ids)
    for e in events:
        if isinstance(e, ChannelStarted | TextDelta):
            assert e.channel in CHANNELS
    # A character split over byte-level tokens comes out whole.
    assert all("\ufffd" not in e.text for e in events if isinstance(e, TextDelta))


def test_multibyte_text_really_is_split(tiny_engine: LlamaEngine) -> None:
    """The CJK and emoji cases only test something if their characters span several tokens."""
    enc = tiny_engine.encoder
    for name in ("cjk_long", "emoji"):
        case = next(c for c in CASES if c.name == name)
        final = case.expect["texts"]["final"]
        assert len(enc.encode_text(final)) >= len(final.encode()) - 10


def forcing(ids: list[int]) -> Any:
    """A logits processor that makes the sampler pick ids[0], ids[1], ... in turn."""
    step = [0]

    def process(_input_ids: Any, logits: Any) -> Any:
        out = np.full_like(logits, -np.inf)
        out[ids[min(step[0], len(ids) - 1)]] = 0.0
        step[0] += 1
        return out

    return process


@pytest.mark.parametrize("case", [c for c in CASES if c.engine],
                         ids=[c.name for c in CASES if c.engine])
def test_replay_through_engine(tiny_engine: LlamaEngine, case: corpus.ReplayCase) -> None:
    """The real decode loop (sampler, KV cache, parser, stop tokens) gives the same events."""
    enc = tiny_engine.encoder
    ids = corpus.tokens(enc, case.stream)
    prompt = enc.encode(Conversation([Message("user", "Replay.")]))
    sampling = SamplingParams(max_tokens=len(ids), seed=1, reasoning_budget=0,
                              loop_detection=False)
    events = list(tiny_engine.stream_tokens(prompt, sampling, threading.Event(),
                                            logits_processor=forcing(ids)))
    done = events.pop()
    assert isinstance(done, Done)
    assert done.stats.generated_tokens == len(ids)
    assert done.reason == (case.expect["stop"] or "length")
    assert events == corpus.parse(enc, ids)
    assert corpus.mismatches(case, events) == []
    assert done.stats.thinking_cut == ""


def test_continue_inside_an_open_answer(tiny_engine: LlamaEngine) -> None:
    """Continue: the prompt ends inside the cut answer; the rest is answer text, not a header."""
    enc = tiny_engine.encoder
    i = enc.ids
    conv = Conversation([Message("user", "Count to five.")])
    prompt = [*enc.encode(conv), i["<|channel|>"], *enc.encode_text("final"), i["<|message|>"],
              *enc.encode_text("1, 2, 3")]
    rest = [*enc.encode_text(", 4, 5."), i["<|return|>"]]
    events = list(tiny_engine.stream_tokens(
        prompt, SamplingParams(max_tokens=50, seed=1), threading.Event(),
        open_channel="final", logits_processor=forcing(rest)))
    done = events.pop()
    assert isinstance(done, Done) and done.reason == "return"
    assert corpus.channel_texts(events) == {"final": ", 4, 5."}
    assert not any(isinstance(e, ChannelStarted) for e in events)
    # Without open_channel the same text would read as a header-less, malformed message.
    plain = corpus.parse(enc, rest)
    assert [e.malformed for e in plain if isinstance(e, ChannelStarted)] == [True]
    with pytest.raises(ValueError):
        harmony.StreamParser(enc, open_channel="nonsense")


class ReplayEngine:
    """The tiny engine with its sampler forced to write a stream: a chat turn drives it as it
    drives any engine (Engine protocol), so the turn loop and storage see what the model wrote."""

    def __init__(self, engine: LlamaEngine, ids: list[int]) -> None:
        self.engine, self.ids = engine, ids
        self.info = engine.info

    def stream(self, conv: Conversation, sampling: SamplingParams,
               cancel: threading.Event) -> Any:
        return self.engine.stream_tokens(self.engine.encoder.encode(conv), sampling, cancel,
                                         reasoning_effort=conv.reasoning_effort,
                                         logits_processor=forcing(self.ids))

    def count_tokens(self, conv: Conversation) -> int:
        return self.engine.count_tokens(conv)

    def count_text(self, text: str, limit: int | None = None) -> int:
        return self.engine.count_text(text, limit)

    def close(self) -> None:
        pass


# The engine replay above covers every case; through the turn, the ones where a header decides
# what is saved as answer and as reasoning.
TURN_CASES = [c for c in CASES if c.name in {
    "well_formed", "emoji", "garbage_channel", "free_text_header", "message_without_header",
    "preamble_then_tool_call", "token_limit_in_answer", "reasoning_never_closes",
    "final_without_message", "analysis_without_message", "analysis_without_channel_marker",
    "channel_typo"}]


@pytest.mark.parametrize("case", TURN_CASES, ids=[c.name for c in TURN_CASES])
def test_replay_through_the_turn_and_history(tiny_engine: LlamaEngine, tmp_path: Path,
                                             case: corpus.ReplayCase) -> None:
    """What is saved: the answer is the final channel's text, the reasoning the analysis
    channel's, whatever the model did to the headers; the turn completes."""
    store = storage.Store.open(tmp_path / "h.sqlite3")
    try:
        row = store.create_conversation("replay")
        ids = corpus.tokens(tiny_engine.encoder, case.stream)
        session = ChatSession(ReplayEngine(tiny_engine, ids), sink=StoreSink(store, row.id))
        sampling = SamplingParams(max_tokens=len(ids), seed=1, reasoning_budget=0,
                                  loop_detection=False)
        events = list(session.turn(conversation_for(store, row.id), "Replay.", sampling))
        assert isinstance(events[-1], Done)
        saved = store.active_path(row.id)[-1]
        assert saved.role == "assistant" and saved.status == "complete"
        assert saved.content == case.expect["texts"].get("final", "")
        assert saved.reasoning == case.expect["texts"].get("analysis", "")
        assert saved.stats["stop_reason"] == (case.expect["stop"] or "length")
    finally:
        store.close()
