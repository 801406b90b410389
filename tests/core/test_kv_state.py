"""Saved KV states with real engines on generated models: a restored state continues exactly like
the engine that never stopped (sliding-window layers included), conversations switched in one
engine or reopened in a fresh one evaluate only their new tokens, a new chat restores the fixed
prefix, and a damaged, mismatched or refused state is rebuilt without the person noticing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.core import kv_cache, storage
from app.core.chat import ChatSession, Retrieved, TurnRequest, with_language_instruction
from app.core.engine import EngineConfig, LlamaEngine, SamplingParams, TurnStats
from app.core.harmony import Conversation
from app.core.history import conversation_for
from app.core.kv_cache import CONVERSATION, StateStore
from app.core.kv_state import StateKeeper, keeper_for
from app.core.session import build_session
from app.core.settings import Settings
from tests.conftest import MEDIUM

SAMPLING = SamplingParams(max_tokens=12, seed=5)


def _load(model: Path, n_ctx: int = 2048) -> LlamaEngine:
    return LlamaEngine.load(EngineConfig(str(model), n_ctx=n_ctx, n_threads=2))


def _logits(engine: LlamaEngine) -> np.ndarray:
    llm = engine._llm
    return np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(engine.vocab.n_vocab,)).copy()


def _greedy(engine: LlamaEngine, prompt: list[int], steps: int) -> tuple[list[int],
                                                                        list[np.ndarray]]:
    """Make the cache hold `prompt` (evaluating only what it lacks), then decode greedily,
    keeping every step's logits."""
    cancel = threading.Event()
    engine.prefill(prompt, cancel)
    logits = [_logits(engine)]
    tokens: list[int] = []
    for _ in range(steps):
        tokens.append(int(np.argmax(logits[-1])))
        engine._eval([tokens[-1]], cancel)
        logits.append(_logits(engine))
    return tokens, logits


def _text_tokens(engine: LlamaEngine, n: int, seed: int) -> list[int]:
    usable = sorted(set(range(engine.vocab.n_vocab)) - engine.vocab.control_ids())
    rng = np.random.default_rng(seed)
    return [int(t) for t in rng.choice(usable, size=n)]


@pytest.fixture(scope="module")
def medium_pair(medium_model: Path) -> Iterator[tuple[LlamaEngine, LlamaEngine]]:
    a, b = _load(medium_model), _load(medium_model)
    yield a, b
    a.close()
    b.close()


@pytest.mark.parametrize("prompt_len", [100, 600])
def test_a_restored_state_continues_exactly_like_the_engine_that_never_stopped(
        medium_pair: tuple[LlamaEngine, LlamaEngine], tmp_path: Path, prompt_len: int) -> None:
    """Prompts 3 and 19 times the 32-token sliding window (600 also spans two 512-token
    batches): same greedy tokens and bit-identical logits at every step."""
    a, b = medium_pair
    assert MEDIUM.sliding_window == 32 and prompt_len > 3 * MEDIUM.sliding_window
    a.reset_state()
    b.reset_state()
    prefix = _text_tokens(a, prompt_len, seed=prompt_len)
    follow = _text_tokens(a, 20, seed=prompt_len + 1)
    a.prefill(prefix, threading.Event())
    store = StateStore(tmp_path, 10**9)
    path = store.conversation_path("c")
    store.write(path, key="k", kind=CONVERSATION, name="c", tokens=a.held_tokens(),
                payload=a.state_data())
    tokens_a, logits_a = _greedy(a, prefix + follow, 24)

    # b held another conversation first: the restore replaces it, nothing of it remains.
    b.prefill(_text_tokens(b, 80, seed=7), threading.Event())
    found = store.peek(path, "k", kind=CONVERSATION, name="c")
    assert found is not None and found.tokens == prefix
    payload = store.read_payload(found)
    assert payload is not None and b.restore_state(found.tokens, payload)
    assert b.held_tokens() == prefix
    before = b.tokens_evaluated
    tokens_b, logits_b = _greedy(b, prefix + follow, 24)
    assert b.tokens_evaluated - before == len(follow) + 24  # nothing of the prefix again
    assert tokens_b == tokens_a
    assert len(logits_b) == len(logits_a)
    for la, lb in zip(logits_a, logits_b, strict=True):
        np.testing.assert_array_equal(la, lb)

    # The control: the first token, far outside the window of the last ones, changes the
    # logits (through the full-attention layers), so equality above is not a given.
    b.reset_state()
    _, logits_c = _greedy(b, [prefix[0] ^ 1 if prefix[0] ^ 1 not in b.vocab.control_ids()
                              else prefix[1], *prefix[1:], *follow], 0)
    assert not np.array_equal(logits_c[0], logits_a[0])


def test_a_state_for_other_tokens_is_refused_by_the_engine(medium_pair: tuple[LlamaEngine,
                                                                              LlamaEngine]
                                                            ) -> None:
    a, b = medium_pair
    a.reset_state()
    a.prefill(_text_tokens(a, 50, seed=1), threading.Event())
    data = bytearray(a.state_data())
    assert not b.restore_state(_text_tokens(b, 60, seed=1), data)  # 60 tokens, state of 50
    assert b.held_tokens() == []
    assert not b.restore_state([1, 2, 3], bytearray(b"not a state at all"))
    assert b.held_tokens() == []


# ---------------------------------------------------------------------------------------------
# Through sessions: what a person's turns do


def _session(engine: LlamaEngine, store: storage.Store, cid: str | None,
             keeper: StateKeeper | None, retriever: object = None) -> ChatSession:
    return build_session(engine, Settings(), store=store, conversation_id=cid,
                         retriever=retriever, safety=None, states=keeper)  # type: ignore[arg-type]


def _turn(session: ChatSession, text: str, *, use_saved: bool = True) -> TurnStats:
    list(session.run(TurnRequest(text, SAMPLING, use_saved_state=use_saved)))
    r = session.result
    assert r.error is None and r.stats is not None, r.error
    return r.stats


def test_switching_conversations_in_one_engine_keeps_both(tiny_model: Path, tmp_path: Path,
                                                          history: storage.Store) -> None:
    engine = _load(tiny_model)
    try:
        keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
        a = history.create_conversation("a", developer_instructions="Answer in verse.")
        b = history.create_conversation("b")
        _turn(_session(engine, history, a.id, keeper), "Tell me about rivers. " * 15)
        assert not keeper.store.conversation_path(a.id).exists()  # saved only when it leaves
        _turn(_session(engine, history, b.id, keeper), "And about deserts?")
        assert keeper.store.conversation_path(a.id).exists()
        prompt1 = engine.prompt_tokens(conversation_for(history, a.id))  # a's turn 1 + answer
        stats = _turn(_session(engine, history, a.id, keeper), "More, please.")
        assert stats.restored_tokens == stats.cached_tokens
        # Everything up to a's first answer came back from disk (the answer is re-read:
        # its reasoning is never part of a later prompt).
        answer_and_more = stats.prompt_tokens - len(prompt1) + 40
        assert stats.cached_tokens >= len(prompt1) - 40
        assert stats.evaluated_tokens == stats.prompt_tokens - stats.cached_tokens
        assert stats.evaluated_tokens <= answer_and_more
    finally:
        engine.close()


def test_a_fresh_engine_reopens_a_conversation_and_a_new_chat_reuses_the_fixed_prefix(
        tiny_model: Path, tmp_path: Path, history: storage.Store) -> None:
    states = tmp_path / "states"
    instructions = "You are a patient tutor. " * 30  # long global instructions
    first = _load(tiny_model)
    try:
        keeper = StateKeeper(first, StateStore(states, 10**9))
        a = history.create_conversation("a", developer_instructions=instructions)
        s1 = _turn(_session(first, history, a.id, keeper), "What is a prime number?")
        assert s1.cached_tokens == 0 and s1.evaluated_tokens == s1.prompt_tokens
        assert len(keeper.store.prefixes(keeper.key)) == 1  # saved on the first new chat
        keeper.save_current()  # the app quits
        prompt1_len = s1.prompt_tokens
    finally:
        first.close()

    second = _load(tiny_model)  # a new process, as far as the cache knows
    try:
        keeper = StateKeeper(second, StateStore(states, 10**9))
        before = second.tokens_evaluated
        s2 = _turn(_session(second, history, a.id, keeper), "And 7?")
        assert s2.restored_tokens == s2.cached_tokens >= prompt1_len
        assert s2.evaluated_tokens == s2.prompt_tokens - s2.cached_tokens
        assert second.tokens_evaluated - before == s2.evaluated_tokens + s2.generated_tokens - 1

        # The app's chats put the fixed language sentence before the instructions.
        prefix = second.prompt_tokens(
            Conversation(instructions=with_language_instruction(instructions)),
            add_generation_prompt=False)
        c = history.create_conversation("c", developer_instructions=instructions)
        keeper.save_current()
        second.reset_state()  # as after a restart: only the disk has the prefix
        s3 = _turn(_session(second, history, c.id, keeper), "Hello!")
        # Only the person's own words (and the few tokens around them) were read.
        assert s3.restored_tokens == s3.cached_tokens == len(prefix) > 800
        assert s3.evaluated_tokens == s3.prompt_tokens - len(prefix)

        s4 = _turn(_session(second, history, c.id, keeper), "Again", use_saved=True)
        assert s4.restored_tokens == 0  # still in memory: nothing read from disk
    finally:
        second.close()


def test_no_saved_state_reads_the_whole_prompt(tiny_model: Path, tmp_path: Path,
                                               history: storage.Store) -> None:
    engine = _load(tiny_model)
    try:
        keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
        a = history.create_conversation("a")
        _turn(_session(engine, history, a.id, keeper), "One.")
        keeper.save_current()
        engine.reset_state()
        stats = _turn(_session(engine, history, a.id, keeper), "Two.", use_saved=False)
        assert stats.cached_tokens == 0 == stats.restored_tokens
    finally:
        engine.close()


@pytest.mark.parametrize("damage", ["truncated", "corrupted", "other settings",
                                    "older version", "garbage"])
def test_a_damaged_or_mismatched_state_is_rebuilt_silently(tiny_model: Path, tmp_path: Path,
                                                           history: storage.Store,
                                                           damage: str) -> None:
    states = tmp_path / "states"
    a = history.create_conversation("a")
    engine = _load(tiny_model)
    try:
        keeper = StateKeeper(engine, StateStore(states, 10**9))
        _turn(_session(engine, history, a.id, keeper), "Count the stars. " * 10)
        assert keeper.save_current() is not None
        for prefix in keeper.store.prefixes(keeper.key):
            keeper.store.delete(prefix.path)  # only the conversation's own state is tested
    finally:
        engine.close()
    path = StateStore(states, 10**9).conversation_path(a.id)
    raw = bytearray(path.read_bytes())
    if damage == "truncated":
        del raw[len(raw) // 2:]
    elif damage == "corrupted":
        raw[-len(raw) // 3] ^= 0x10  # one bit of the KV data
    elif damage == "older version":
        raw[8] = kv_cache.FORMAT_VERSION + 1
    elif damage == "garbage":
        raw = bytearray(b"\0" * len(raw))
    path.write_bytes(raw)

    engine = _load(tiny_model, n_ctx=1024 if damage == "other settings" else 2048)
    try:
        keeper = StateKeeper(engine, StateStore(states, 10**9))
        session = _session(engine, history, a.id, keeper)
        stats = _turn(session, "Which is brightest?")
        assert session.result.status.value == "complete" or session.result.status.value in (
            "truncated", "cancelled")
        assert stats.cached_tokens == 0 == stats.restored_tokens
        assert stats.evaluated_tokens == stats.prompt_tokens
        assert not path.exists()  # deleted when found wrong...
        keeper.save_current()
        found = keeper.store.peek(path, keeper.key, kind=CONVERSATION, name=a.id)
        assert found is not None  # ... and rebuilt whole
        assert keeper.store.read_payload(found) is not None
    finally:
        engine.close()


def test_a_document_turn_saves_right_after_it_ends(tiny_model: Path, tmp_path: Path,
                                                   history: storage.Store) -> None:
    quote = "[1] manual.txt, page 3\n> " + "The valve opens clockwise. " * 40

    def retriever(question: str, budget: int) -> Retrieved:
        return Retrieved(quote, [{"number": 1, "file": "manual.txt", "page": 3}])

    engine = _load(tiny_model, n_ctx=8192)
    try:
        keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
        a = history.create_conversation("a")
        s1 = _turn(_session(engine, history, a.id, keeper, retriever), "How does it open?")
        saved = keeper.flush_checkpoint()  # the engine worker calls it after the turn
        assert saved is not None and saved.tokens >= s1.prompt_tokens - 1
        assert keeper.flush_checkpoint() is None  # once
    finally:
        engine.close()
    fresh = _load(tiny_model, n_ctx=8192)
    try:
        keeper = StateKeeper(fresh, StateStore(tmp_path / "states", 10**9))
        s2 = _turn(_session(fresh, history, a.id, keeper, retriever), "And close?")
        assert s2.restored_tokens >= s1.prompt_tokens  # the first quote was not read again
    finally:
        fresh.close()


def test_forget_deletes_the_state_and_it_is_never_saved_again(tiny_model: Path, tmp_path: Path,
                                                              history: storage.Store) -> None:
    engine = _load(tiny_model)
    try:
        keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
        a = history.create_conversation("a")
        _turn(_session(engine, history, a.id, keeper), "Hi")
        keeper.save_current()
        path = keeper.store.conversation_path(a.id)
        assert path.exists()
        _turn(_session(engine, history, a.id, keeper), "Again")
        keeper.forget(a.id)
        assert not path.exists()
        assert keeper.save_current() is None and not path.exists()
    finally:
        engine.close()


def test_only_an_engine_that_can_save_its_cache_gets_a_keeper(tiny_model: Path,
                                                              hearth_home: Path) -> None:
    tiny_engine = _load(tiny_model)  # its own: a keeper lives as long as its engine

    class Remote:
        info = tiny_engine.info

        def stream(self, *a: object) -> Iterator[object]:
            return iter(())

        def count_tokens(self, conv: object) -> int:
            return 0

        def count_text(self, text: str, limit: int | None = None) -> int:
            return 0

        def close(self) -> None:
            pass

    assert keeper_for(Remote(), 4000) is None  # type: ignore[arg-type]
    assert keeper_for(tiny_engine, 0) is None  # saving off in Settings
    keeper = keeper_for(tiny_engine, 4000)
    assert keeper is not None and keeper_for(tiny_engine, 10) is keeper
    assert keeper.store.limit_bytes == 10 * 10**6
    assert keeper.store.root.is_relative_to(hearth_home)
    path = keeper.store.conversation_path("x")
    keeper.store.write(path, key="k", kind="conversation", name="x", tokens=[1, 2],
                       payload=b"s" * 1000)
    assert path.exists()
    assert keeper_for(tiny_engine, 0) is None and not path.exists()  # off: none kept
    assert keeper_for(tiny_engine, 4000) is keeper
    tiny_engine.close()


def test_showing_a_conversation_loads_its_state_before_the_turn(tiny_model: Path,
                                                                tmp_path: Path,
                                                                history: storage.Store) -> None:
    states = tmp_path / "states"
    a = history.create_conversation("a")
    engine = _load(tiny_model)
    try:
        keeper = StateKeeper(engine, StateStore(states, 10**9))
        _turn(_session(engine, history, a.id, keeper), "Describe a forest at dawn. " * 6)
        keeper.show(None)  # a new chat on screen: a leaves the engine
        saved = keeper.last_save
        assert saved is not None and saved.path == keeper.store.conversation_path(a.id)
    finally:
        engine.close()
    fresh = _load(tiny_model)
    try:
        keeper = StateKeeper(fresh, StateStore(states, 10**9))
        keeper.show(a.id)  # opened in the window: read while the person types
        assert len(fresh.held_tokens()) == saved.tokens
        before = fresh.tokens_evaluated
        stats = _turn(_session(fresh, history, a.id, keeper), "And at dusk?")
        assert stats.restored_tokens == stats.cached_tokens >= saved.tokens - 1
        evaluated = fresh.tokens_evaluated - before
        assert evaluated == stats.evaluated_tokens + stats.generated_tokens - 1
        keeper.show(a.id)  # shown again: nothing to do
        keeper.show(None)
        assert keeper.last_save is not None and keeper.last_save.tokens > saved.tokens
    finally:
        fresh.close()
