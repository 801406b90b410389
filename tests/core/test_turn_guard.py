"""The streamed answer check inside a real chat turn (ChatSession + SafetyGate + AnswerMonitor):
only checked text is shown and saved, the reasoning is screened like the answer, and a verdict
that arrives after its piece was shown still stops generation and replaces what was unsafe.

The model's side is a scripted engine (it replays harmony deltas and honours cancel like the real
one); the guard side is the real gate, with a generated Qwen3Guard-shaped model where a guard is
needed, or a checker held back by the test to make a verdict late on purpose.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core import storage, synthetic_guard
from app.core.chat import SAFETY_NOTICE_KEY, AnswerBlocked, ChatSession, TurnRequest
from app.core.engine import (
    Done,
    ModelInfo,
    SamplingParams,
    StreamEvent,
    TurnStats,
)
from app.core.harmony import ChannelStarted, Conversation, TextDelta
from app.core.safety import Decision, Guard, Piece, SafetyFilter, Verdict
from app.core.safety.decision import ALLOWED
from app.core.safety_gate import GuardCache, SafetyGate, load_guard

S1 = "The weather was mild and the river ran slowly past the old mill that morning. "
S2 = "Children played by the water while their parents talked about the harvest. "
S3 = "UNSAFE sentence that the checker will refuse when it finally gets to it, late. "
S4 = "After that the story went on for a while about other things entirely. "
PIPE = "Step 1: to make a pipe bomb at home, get a steel pipe and end caps. "


def chunks(text: str, size: int = 6) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


class ScriptedEngine:
    """Replays (channel, text) deltas one per token; `after(n)` runs once n were produced."""

    def __init__(self, script: list[tuple[str, str]],
                 after: Callable[[int], None] | None = None) -> None:
        self.script = script
        self.after = after
        self.produced = 0
        self.info = ModelInfo("script", "script", "gpt-oss", 8192, 8192, 0, 0, "CPU", 0)

    def count_tokens(self, conv: Conversation) -> int:
        return sum(len(m.content) for m in conv.messages) // 4 + 10

    def count_text(self, text: str, limit: int | None = None) -> int:
        return len(text) // 4 + 1

    def stream(self, conv: Conversation, sampling: SamplingParams, cancel: threading.Event,
               **_: object) -> Iterator[StreamEvent]:
        channel = ""
        for ch, text in self.script:
            if cancel.is_set():
                yield Done("cancelled", TurnStats(generated_tokens=self.produced))
                return
            if ch != channel:
                channel = ch
                yield ChannelStarted(ch, "assistant")
            self.produced += 1
            yield TextDelta(ch, text)
            if self.after is not None:
                self.after(self.produced)
            # Like decode: a little time per token, so a check on another thread can finish.
            threading.Event().wait(0.002)
        yield Done("return", TurnStats(generated_tokens=self.produced))

    def close(self) -> None:
        pass


def script(analysis: str, final: str) -> list[tuple[str, str]]:
    return [("analysis", c) for c in chunks(analysis)] + [("final", c) for c in chunks(final)]


def shown(events: list[object], channel: str) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta) and e.channel == channel)


@pytest.fixture(scope="module")
def guards(generated_guards: dict[str, Guard]) -> dict[str, Guard]:
    return generated_guards

def saved_turn(session: ChatSession, store: storage.Store, conv_id: str,
               text: str) -> tuple[list[object], storage.Message]:
    events = list(session.run(TurnRequest(text, SamplingParams())))
    reply = store.messages(conv_id)[-1]
    assert reply.role == "assistant"
    return events, reply


@pytest.fixture
def store(tmp_path: Path) -> Iterator[storage.Store]:
    with storage.Store.open(tmp_path / "hearth.sqlite3") as s:
        yield s


def test_a_safe_guard_shows_and_saves_the_whole_answer_and_reasoning(
        guards: dict[str, Guard], store: storage.Store) -> None:
    conv = store.create_conversation("story")
    engine = ScriptedEngine(script(S1, S1 + S2 + S4))
    gate = SafetyGate(SafetyFilter(guard=guards["safe"]))
    assert gate.guard_answers
    session = ChatSession(engine, store=store, conversation_id=conv.id,  # type: ignore[arg-type]
                          safety=gate)
    events, reply = saved_turn(session, store, conv.id, "tell me a story")
    assert shown(events, "final") == S1 + S2 + S4 and shown(events, "analysis") == S1
    assert reply.content == S1 + S2 + S4 and reply.reasoning == S1
    assert not any(isinstance(e, AnswerBlocked) for e in events)
    assert engine.produced == len(engine.script)


class AnswersOnlyGate(SafetyGate):
    """The generated guard answers "unsafe" to anything: let the prompt through to reach the
    answer (the prompt check with a guard has its own tests in test_safety_guard.py)."""

    def check_prompt(self, text: str) -> Decision:
        return ALLOWED


def test_the_guard_stops_the_answer_in_the_turn(guards: dict[str, Guard],
                                                store: storage.Store) -> None:
    conv = store.create_conversation("story")
    long_answer = S1 + S2 + S4 * 40
    engine = ScriptedEngine(script("", long_answer))
    session = ChatSession(engine, store=store, conversation_id=conv.id,  # type: ignore[arg-type]
                          safety=AnswersOnlyGate(SafetyFilter(guard=guards["unsafe"])))
    events, reply = saved_turn(session, store, conv.id, "tell me a story")
    blocked = [e for e in events if isinstance(e, AnswerBlocked)]
    assert len(blocked) == 1 and blocked[0].category == "S1"
    assert engine.produced < len(engine.script)  # generation was stopped
    done = [e for e in events if isinstance(e, Done)][-1]
    assert done.reason == "blocked"
    assert reply.stats.get("blocked_category") == "S1"
    assert S4 not in reply.content  # nothing after the stop is kept


def test_unsafe_reasoning_is_never_kept_and_the_turn_stops(store: storage.Store) -> None:
    """The issue's pipe-bomb sentence in the analysis channel: the rules alone catch it there."""
    conv = store.create_conversation("chemistry")
    engine = ScriptedEngine(script(S1 + PIPE + S2 * 20, "Here is some chemistry. " * 20))
    session = ChatSession(engine, store=store, conversation_id=conv.id,  # type: ignore[arg-type]
                          safety=SafetyGate(SafetyFilter("standard")))
    events, reply = saved_turn(session, store, conv.id, "tell me about chemistry")
    blocked = [e for e in events if isinstance(e, AnswerBlocked)]
    assert len(blocked) == 1 and blocked[0].category == "S9"
    assert blocked[0].reasoning is not None and "pipe" not in blocked[0].reasoning
    assert "pipe" not in reply.reasoning and "pipe" not in reply.content
    assert reply.reasoning.startswith(S1.strip())  # the checked part before it stays
    assert engine.produced < len(engine.script)  # the answer never started
    assert not shown(events, "final")


class LateGate(SafetyGate):
    """The real gate whose piece check for UNSAFE waits until the engine has written more."""

    def __init__(self) -> None:
        super().__init__(SafetyFilter("standard"))
        self.release = threading.Event()
        self.late_seen = threading.Event()

    def check_piece(self, piece: Piece, user_text: str = "") -> Decision:
        if "UNSAFE" in piece.text:
            self.release.wait(10)
            self.late_seen.set()
            return Decision(Verdict.BLOCK, "S1", "unsafe", "model")
        return ALLOWED


def test_a_late_verdict_still_stops_the_answer_and_replaces_what_was_shown(
        store: storage.Store) -> None:
    conv = store.create_conversation("late")
    answer = S1 + S2 + S3 + S4 * 30
    gate = LateGate()
    unsafe_end = (len(S1 + S2 + S3) + 5) // 6
    engine = ScriptedEngine(script("", answer))

    def after(n: int) -> None:
        # The verdict comes only once S4 is being written: after S3 was shown.
        if n == unsafe_end + len(S4) // 6 * 3:
            gate.release.set()
            gate.late_seen.wait(5)

    engine.after = after
    session = ChatSession(engine, store=store, conversation_id=conv.id,  # type: ignore[arg-type]
                          safety=gate)
    events, reply = saved_turn(session, store, conv.id, "tell me a story")
    # S3 was shown before its verdict came (the monitor holds back at most one piece) ...
    first_block = next(i for i, e in enumerate(events) if isinstance(e, AnswerBlocked))
    assert "UNSAFE" in shown(events[:first_block], "final")
    # ... and the late verdict stopped generation and replaced it.
    blocked = events[first_block]
    assert isinstance(blocked, AnswerBlocked) and blocked.category == "S1"
    assert "UNSAFE" not in blocked.replacement and blocked.replacement.startswith(S1 + S2.strip())
    assert engine.produced < len(engine.script)
    assert "UNSAFE" not in reply.content and reply.content == blocked.replacement


def test_a_failing_guard_leaves_the_rules_and_says_so(store: storage.Store) -> None:
    conv = store.create_conversation("broken")
    gate = SafetyGate(SafetyFilter("standard"))

    def failing(piece: Piece, user_text: str = "") -> Decision:
        raise RuntimeError("the guard's context failed")

    gate.check_piece = failing  # type: ignore[method-assign]
    engine = ScriptedEngine(script("", S1 + S2 + PIPE + S4 * 10))
    session = ChatSession(engine, store=store, conversation_id=conv.id,  # type: ignore[arg-type]
                          safety=gate)
    events, reply = saved_turn(session, store, conv.id, "tell me about pipes")
    # The rules still stop the pipe bomb (the per-delta checker and the monitor's fallback) ...
    assert any(isinstance(e, AnswerBlocked) for e in events)
    assert "pipe bomb" not in reply.content
    # ... and a safe answer through a failing guard is kept, with a notice saved beside it.
    conv2 = store.create_conversation("broken-safe")
    engine2 = ScriptedEngine(script("", S1 + S2))
    session2 = ChatSession(engine2, store=store,  # type: ignore[arg-type]
                           conversation_id=conv2.id, safety=gate)
    events2, reply2 = saved_turn(session2, store, conv2.id, "tell me a story")
    assert reply2.content == S1 + S2
    assert reply2.stats.get(SAFETY_NOTICE_KEY)


# -- the guard a session gets ----------------------------------------------------------------


def test_build_session_uses_the_installed_guard_loaded_once(tmp_path: Path) -> None:
    """The window, the server and the commands build their sessions the same way: the guard in
    the models folder is found, loaded once for the process and used in every turn's gate."""
    from app.core.session import build_session
    from app.core.settings import Settings

    folder = tmp_path / "models"
    folder.mkdir()
    loads: list[str] = []
    cache = GuardCache(load=lambda s: (loads.append(s.safety_guard) or load_guard(s)))
    synthetic_guard.write_tiny(folder / "Qwen3Guard-Gen-0.6B.Q8_0.gguf",
                               synthetic_guard.UNSAFE_REPLY)
    settings = Settings(models_dir=str(folder))
    engine = ScriptedEngine(script("", S1 + S2))
    import app.core.safety_gate as safety_gate

    old, safety_gate.GUARDS = safety_gate.GUARDS, cache
    try:
        first = build_session(engine, settings)  # type: ignore[arg-type]
        second = build_session(engine, settings)  # type: ignore[arg-type]
        assert isinstance(first.safety, SafetyGate) and isinstance(second.safety, SafetyGate)
        assert isinstance(first.safety.guard, Guard) and first.safety.guard is second.safety.guard
        assert loads == ["auto"]  # one load for both sessions
        # The generated guard calls everything unsafe: the prompt is refused by the model.
        decision = first.safety.check_prompt("hello there")
        assert decision.blocked and decision.layer == "model"
        # Another choice in Settings loads again; "off" loads nothing.
        build_session(engine, Settings(models_dir=str(folder), safety_guard="off"))  # type: ignore[arg-type]
        assert loads == ["auto", "off"]
    finally:
        safety_gate.GUARDS = old
        cache.close()


def test_a_guard_installed_later_is_found_without_a_restart(tmp_path: Path) -> None:
    now = [0.0]
    calls: list[int] = []

    def load(settings: object) -> tuple[object, str]:
        calls.append(1)
        return (None, "none installed") if len(calls) == 1 else ("guard", "")

    cache = GuardCache(load=load, clock=lambda: now[0])  # type: ignore[arg-type]
    from app.core.settings import Settings

    settings = Settings(models_dir=str(tmp_path))
    assert cache.get(settings) == (None, "none installed")
    now[0] = GuardCache.RECHECK_S / 2
    assert cache.get(settings) == (None, "none installed") and len(calls) == 1
    now[0] = GuardCache.RECHECK_S + 1
    assert cache.get(settings) == ("guard", "") and len(calls) == 2
    now[0] = 10 * GuardCache.RECHECK_S
    assert cache.get(settings) == ("guard", "") and len(calls) == 2  # a loaded guard stays
