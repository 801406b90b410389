"""Reading the message ahead while it is typed, with real engines on generated models: after the
draft is read, Send evaluates one token; a draft that changed keeps the part it shares; a read
stopped half-way leaves an exact prefix that continues like an uninterrupted one; a new chat's
draft saves the fixed prefix; a reopened conversation's state is restored first; and the unsent
text is never written into a saved state."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.core import storage
from app.core.chat import TurnRequest
from app.core.engine import LlamaEngine
from app.core.kv_cache import CONVERSATION, StateStore
from app.core.kv_state import StateKeeper
from app.core.session import build_session
from app.core.settings import Settings
from tests.core.test_kv_state import SAMPLING, _load, _session, _turn


@pytest.fixture
def engine(tiny_model: Path) -> Iterator[LlamaEngine]:
    e = _load(tiny_model)
    yield e
    e.close()


def test_a_draft_read_ahead_leaves_one_token_for_send(engine: LlamaEngine, tmp_path: Path,
                                                      history: storage.Store) -> None:
    keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
    a = history.create_conversation("a")
    _turn(_session(engine, history, a.id, keeper), "Tell me about rivers.")
    question = "And which river is the longest in the world, would you say?"
    cancel = threading.Event()
    read = _session(engine, history, a.id, keeper).read_ahead(question, cancel)
    assert read > 10  # the question and the turn's framing, not the history again
    before = engine.tokens_evaluated
    stats = _turn(_session(engine, history, a.id, keeper), question)
    # Send read one token (the last of the prompt, for its logits); the rest was read ahead.
    assert stats.evaluated_tokens == 1
    assert stats.cached_tokens == stats.prompt_tokens - 1
    assert stats.ahead_tokens == read
    assert engine.tokens_evaluated - before == 1 + stats.generated_tokens - 1


def test_a_changed_draft_keeps_what_it_shares(engine: LlamaEngine, tmp_path: Path,
                                              history: storage.Store) -> None:
    keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
    a = history.create_conversation("a")
    _turn(_session(engine, history, a.id, keeper), "Hello there.")
    session = _session(engine, history, a.id, keeper)
    first = session.read_ahead("Please list three large cities of France", threading.Event())
    again = session.read_ahead("Please list three large cities of France", threading.Event())
    assert again == 0  # nothing new
    changed = session.read_ahead("Please list three large cities of Spain", threading.Event())
    assert 0 < changed < first  # only from the changed word on
    stats = _turn(_session(engine, history, a.id, keeper),
                  "Please list three large cities of Spain")
    assert stats.evaluated_tokens == 1
    # Everything read since the last turn that this prompt uses: the first read (its words
    # may tokenize to another length) and the changed end.
    assert changed < stats.ahead_tokens <= first + 1


def test_the_unsent_draft_is_never_saved(engine: LlamaEngine, tmp_path: Path,
                                         history: storage.Store) -> None:
    keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
    a = history.create_conversation("a")
    _turn(_session(engine, history, a.id, keeper), "Describe a quiet harbour at night. " * 3)
    draft = "my bank password is hunter2 and my pin is 4711"
    assert _session(engine, history, a.id, keeper).read_ahead(draft, threading.Event()) > 0
    draft_tokens = engine.vocab.encode_plain(" password is hunter2")
    assert _contains(engine.held_tokens(), draft_tokens[1:])  # it is in the engine's memory
    keeper.show(None)  # another chat opened: a is saved
    store = keeper.store
    found = store.peek(store.conversation_path(a.id), keeper.key, kind=CONVERSATION, name=a.id)
    assert found is not None and len(found.tokens) >= 8
    conv = _session(engine, history, a.id, keeper).history(TurnRequest(""))
    past = engine.prompt_tokens(conv, add_generation_prompt=False)
    assert found.tokens == past[: len(found.tokens)]  # the history's tokens, nothing after
    assert not _contains(found.tokens, draft_tokens[1:])
    # The same when the app quits with the draft still in the composer.
    assert _session(engine, history, a.id, keeper).read_ahead(draft, threading.Event()) > 0
    keeper.save_current()
    found = store.peek(store.conversation_path(a.id), keeper.key, kind=CONVERSATION, name=a.id)
    assert found is not None and not _contains(found.tokens, draft_tokens[1:])


def _contains(seq: list[int], part: list[int]) -> bool:
    return any(seq[i: i + len(part)] == part for i in range(len(seq) - len(part) + 1))


def test_a_new_chat_draft_saves_the_fixed_prefix_and_sends_at_once(
        engine: LlamaEngine, tmp_path: Path, history: storage.Store) -> None:
    keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
    question = "What is the boiling point of water at sea level?"
    new = _session(engine, history, None, keeper)
    assert new.read_ahead(question, threading.Event(), "low") > 0
    assert len(keeper.store.prefixes(keeper.key)) == 1  # saved once, for every later new chat
    # Send makes the conversation (with the composer's effort) and runs the turn in it.
    c = history.create_conversation("c", reasoning_effort="low")
    stats = _turn(_session(engine, history, c.id, keeper), question)
    assert stats.evaluated_tokens == 1
    assert stats.ahead_tokens > 0


def test_a_reopened_conversation_is_restored_before_the_draft_is_read(
        tiny_model: Path, tmp_path: Path, history: storage.Store) -> None:
    states = tmp_path / "states"
    a = history.create_conversation("a")
    first = _load(tiny_model)
    try:
        keeper = StateKeeper(first, StateStore(states, 10**9))
        _turn(_session(first, history, a.id, keeper), "Remember a lighthouse. " * 10)
        keeper.save_current()  # the app quits
        saved = keeper.last_save
        assert saved is not None
    finally:
        first.close()
    fresh = _load(tiny_model)
    try:
        keeper = StateKeeper(fresh, StateStore(states, 10**9))
        # The person types before the window's own restore ran: the draft's read restores it.
        read = _session(fresh, history, a.id, keeper).read_ahead("What colour was it?",
                                                                  threading.Event())
        assert 0 < read < saved.tokens  # only what follows the saved state
        stats = _turn(_session(fresh, history, a.id, keeper), "What colour was it?")
        assert stats.evaluated_tokens == 1
        assert stats.restored_tokens > 0 and stats.ahead_tokens == read
        assert stats.restored_tokens + stats.ahead_tokens >= stats.cached_tokens - 1
    finally:
        fresh.close()


def test_a_read_stopped_half_way_keeps_an_exact_prefix(medium_model: Path) -> None:
    """The read is cancelled in the middle of a long prompt (several 512-token batches): the
    cache holds exactly the first tokens of it, and reading the rest gives the logits an
    uninterrupted read gives."""
    a, b = _load(medium_model, n_ctx=4096), _load(medium_model, n_ctx=4096)
    try:
        usable = sorted(set(range(a.vocab.n_vocab)) - a.vocab.control_ids())
        rng = np.random.default_rng(11)
        prompt = [int(t) for t in rng.choice(usable, size=2000)]
        t0 = time.perf_counter()
        b.prefill(prompt, threading.Event())
        full_s = time.perf_counter() - t0
        want = _last_logits(b)

        cancel = threading.Event()
        timer = threading.Timer(full_s * 0.4, cancel.set)
        timer.start()
        n = a.prefill(prompt, cancel, keep_partial=True)
        timer.cancel()
        held = a.held_tokens()
        assert len(held) == n and held == prompt[:n]  # a prefix, whatever the moment was
        rest = a.prefill(prompt, threading.Event())
        assert rest == len(prompt) - n and a.held_tokens() == prompt
        np.testing.assert_allclose(_last_logits(a), want, rtol=1e-3, atol=1e-3)
        # Without keep_partial a stop still empties the cache and says so.
        stop = threading.Event()
        stop.set()
        a.reset_state()
        with pytest.raises(Exception, match="stopped"):
            a.prefill(prompt, stop)
        assert a.held_tokens() == []
    finally:
        a.close()
        b.close()


def _last_logits(engine: LlamaEngine) -> np.ndarray:
    return np.ctypeslib.as_array(engine._llm._ctx.get_logits(),
                                 shape=(engine.vocab.n_vocab,)).copy()


def test_the_draft_prompt_is_a_prefix_of_the_sent_one_with_documents(
        engine: LlamaEngine, tmp_path: Path, history: storage.Store) -> None:
    """Quoted passages follow the question in its message: what was read ahead for the question
    is still the start of the prompt Send makes."""
    from app.core.chat import Retrieved

    keeper = StateKeeper(engine, StateStore(tmp_path / "states", 10**9))
    a = history.create_conversation("a")
    _turn(_session(engine, history, a.id, keeper), "Hi.")

    def retriever(_question: str, _budget: int) -> Retrieved:
        return Retrieved("[1] notes.md\nThe river Nile is about 6,650 km long.", [])

    session = build_session(engine, Settings(), store=history, conversation_id=a.id,
                            safety=None, states=keeper, retriever=retriever,
                            tools=None)  # type: ignore[arg-type]
    question = "How long is the Nile according to my notes?"
    read = session.read_ahead(question, threading.Event())
    held = engine.held_tokens()
    list(session.run(TurnRequest(question, SAMPLING)))
    stats = session.result.stats
    assert stats is not None and session.result.error is None
    # The whole question was read ahead and used; only what follows it differs (the passages
    # instead of the end of the message).
    used = b"".join(engine.vocab.piece(t) for t in held[: stats.cached_tokens])
    assert used.endswith(question.encode())
    assert 0 < stats.ahead_tokens <= read
    assert stats.evaluated_tokens == stats.prompt_tokens - stats.cached_tokens
