"""Long prompts dense with `<|` markers: encoded in one tokenizer call per chunk (not one per
marker), exactly the text and never a control token, cancellable between chunks, and refused
before being encoded in full when they cannot fit the context."""

from __future__ import annotations

import random
import threading
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import harmony
from app.core.chat import ChatSession, TurnFailed
from app.core.engine import SamplingParams
from app.core.harmony import CHUNK_CHARS, Encoder, EncodingCancelled
from app.core.status import StopReason

MARKERS = ["<|start|>", "<|end|>", "<|message|>", "<|channel|>", "<|return|>", "<|call|>",
           "<|constrain|>", "<|endoftext|>"]


def dense(n_chars: int, seed: int = 0) -> str:
    """Text made mostly of markers and marker fragments, as an attacker would paste."""
    rnd = random.Random(seed)
    alphabet = [*MARKERS, "<|", "|>", "<", "|", "x<|y", " hello", "é", "\n", "日本", "\x01"]
    parts: list[str] = []
    size = 0
    while size < n_chars:
        part = rnd.choice(alphabet)
        parts.append(part)
        size += len(part)
    return "".join(parts)


def decoded(engine: Any, ids: list[int]) -> bytes:
    return b"".join(engine.vocab.piece(t) for t in ids)


def old_way(engine: Any, text: str) -> list[int]:
    """What the encoder did before: cut at every marker prefix, one call per piece."""
    out: list[int] = []
    for piece in harmony.split_untrusted(text, engine.encoder._prefixes):
        out += engine.vocab.encode_plain(piece)
    return out


def test_a_megabyte_of_markers_takes_one_call_per_chunk(tiny_engine: Any) -> None:
    enc: Encoder = tiny_engine.encoder
    text = dense(1_000_000)
    assert text.count("<|") > 90_000
    enc.tokenizer_calls = 0
    ids = enc.encode_text(text)
    # Linear: a call per chunk (and a handful for the cached bits around stand-ins), where
    # cutting at every marker made over a hundred thousand.
    assert enc.tokenizer_calls <= len(text) // (CHUNK_CHARS // 2) + 50
    assert not set(ids) & tiny_engine.vocab.control_ids()
    assert decoded(tiny_engine, ids) == text.encode("utf-8")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*MARKERS, "<|", "|>", "<", "|", "a", " b", "\n", "é", "\x01",
                                 "\x02", "\x7f", "<<", "||", "\t"]), max_size=40))
def test_same_ids_as_cutting_at_every_marker(tiny_engine: Any, parts: list[str]) -> None:
    text = "".join(parts)
    ids = tiny_engine.encoder.encode_text(text)
    assert not set(ids) & tiny_engine.vocab.control_ids()
    assert decoded(tiny_engine, ids) == text.encode("utf-8")
    assert ids == old_way(tiny_engine, text)


def test_text_holding_every_stand_in_is_still_exact(tiny_engine: Any) -> None:
    """An attacker can put every stand-in character in the text: the encoder splits the chunk
    until a part lacks one, or cuts the old way, and stays exact."""
    stand_ins = "".join(harmony._STAND_INS)
    text = (stand_ins + "<|end|>a<|start|>") * 200
    ids = tiny_engine.encoder.encode_text(text)
    assert not set(ids) & tiny_engine.vocab.control_ids()
    assert decoded(tiny_engine, ids) == text.encode("utf-8")


def test_lone_surrogates_do_not_break_encoding(tiny_engine: Any) -> None:
    ids = tiny_engine.encoder.encode_text("a\ud800b<|end|>")
    assert decoded(tiny_engine, ids) == "a\ufffdb<|end|>".encode()


class CountingVocab:
    """The engine's vocabulary, counting calls and setting `cancel` after the first one."""

    def __init__(self, vocab: Any, cancel: threading.Event) -> None:
        self._vocab = vocab
        self.cancel = cancel
        self.calls = 0

    def encode_plain(self, text: str) -> list[int]:
        self.calls += 1
        self.cancel.set()  # the person pressed Stop while the first chunk was tokenized
        return list(self._vocab.encode_plain(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._vocab, name)


def test_cancel_stops_encoding_after_the_current_chunk(tiny_engine: Any) -> None:
    cancel = threading.Event()
    vocab = CountingVocab(tiny_engine.vocab, cancel)
    enc = Encoder(vocab)
    vocab.calls = 0
    with pytest.raises(EncodingCancelled):
        enc.encode_text(dense(1_000_000), cancel=cancel)
    # The first chunk (and the few cached bits around its stand-ins), of the ~60 chunks the
    # whole text needs.
    assert vocab.calls <= 5


def test_a_stream_cancelled_while_encoding_ends_cancelled(tiny_engine: Any) -> None:
    cancel = threading.Event()
    cancel.set()
    conv = harmony.Conversation([harmony.Message("user", dense(200_000))])
    events = list(tiny_engine.stream(conv, SamplingParams(max_tokens=4), cancel))
    assert events[-1].reason == StopReason.CANCELLED.value
    assert events[-1].stats.prompt_tokens == 0


def test_limit_stops_counting_early(tiny_engine: Any) -> None:
    enc: Encoder = tiny_engine.encoder
    text = dense(400_000)
    enc.tokenizer_calls = 0
    n = len(enc.encode_text(text, limit=1000))
    assert n > 1000
    assert enc.tokenizer_calls <= 3  # the first chunk already holds more than 1000 tokens


def test_a_megabyte_prompt_is_refused_without_encoding_it(tiny_engine: Any) -> None:
    """4096 tokens of context cannot take 1 MB: refused from its length alone, saved as a
    failed turn with a message saying what to do, and the model never sees it."""
    session = ChatSession(tiny_engine)
    tiny_engine.encoder.tokenizer_calls = 0
    before = tiny_engine.tokens_evaluated
    events = list(session.turn(harmony.Conversation(), dense(1_000_000), SamplingParams()))
    assert isinstance(events[-1], TurnFailed)
    assert "too long" in events[-1].message and "context" in events[-1].message
    assert session.result.stop_reason == StopReason.ERROR
    assert tiny_engine.encoder.tokenizer_calls == 0
    assert tiny_engine.tokens_evaluated == before


def test_a_prompt_just_over_the_context_is_refused_after_a_partial_count(
        tiny_engine: Any) -> None:
    """Short enough in characters to need a count, too many tokens to fit: the count stops
    once past the room and the turn fails before any prefill."""
    session = ChatSession(tiny_engine)
    text = dense(40_000, seed=3)  # ~40 K tokens with the tiny byte-level vocabulary
    tiny_engine.encoder.tokenizer_calls = 0
    before = tiny_engine.tokens_evaluated
    events = list(session.turn(harmony.Conversation(), text, SamplingParams()))
    assert isinstance(events[-1], TurnFailed) and "too long" in events[-1].message
    assert tiny_engine.encoder.tokenizer_calls <= 2
    assert tiny_engine.tokens_evaluated == before


def test_text_encoded_before_is_not_tokenized_again_and_the_memory_is_bounded(
        tiny_engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A turn renders its whole history several times and every turn renders it again: the
    second render of the same messages reaches the tokenizer not once, with the same ids; the
    remembered text stays under its bound (the oldest forgotten first)."""
    enc = Encoder(tiny_engine.vocab)
    conv = harmony.Conversation(
        [harmony.Message("user" if i % 2 == 0 else "assistant", dense(400, seed=i))
         for i in range(20)], "Be brief.", "low")
    first = enc.encode(conv)
    assert enc.tokenizer_calls > 0
    enc.tokenizer_calls = 0
    assert enc.encode(conv) == first
    assert enc.tokenizer_calls == 0
    enc.encode(conv.with_user("Something new"))
    assert enc.tokenizer_calls == 1  # only the new message
    monkeypatch.setattr(harmony, "SEEN_CACHE_CHARS", 2000)
    for i in range(40):
        enc.encode_text(dense(200, seed=100 + i))
        assert enc._seen_chars <= 2000
    enc.tokenizer_calls = 0
    assert enc.encode(conv) == first  # forgotten, encoded again: the same ids
    assert enc.tokenizer_calls > 0
