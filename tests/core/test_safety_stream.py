"""The streamed answer check: pieces checked on their own thread, the shown text held back by at
most one piece, a late verdict that still stops the answer and says what to keep, the reasoning
channel screened like the answer; driven by a fake slow checker and by a generated guard."""

from __future__ import annotations

import threading

import pytest

from app.core.safety import (
    AnswerMonitor,
    Decision,
    Guard,
    MonitorEvent,
    Piece,
    SafetyFilter,
    Shown,
    Stopped,
    Verdict,
)
from app.core.safety.decision import ALLOWED
from app.core.safety.stream import MAX_PIECE_CHARS
from app.core.safety_gate import SafetyGate

S1 = "The weather was mild and the river ran slowly past the old mill that morning. "
S2 = "Children played by the water while their parents talked about the harvest. "
S3 = "UNSAFE sentence that the checker will refuse when it finally gets to it, late. "
S4 = "After that the story went on for a while about other things entirely. "


def deltas(text: str, size: int = 5) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def shown(events: list[MonitorEvent], channel: str = "final") -> str:
    return "".join(e.text for e in events if isinstance(e, Shown) and e.channel == channel)


class GatedChecker:
    """Blocks "UNSAFE" pieces; each check waits until the test opens its gate."""

    def __init__(self) -> None:
        self.gates: dict[int, threading.Event] = {}
        self.seen: list[Piece] = []
        self.threads: set[str] = set()

    def gate(self, index: int) -> threading.Event:
        return self.gates.setdefault(index, threading.Event())

    def __call__(self, piece: Piece) -> Decision:
        self.threads.add(threading.current_thread().name)
        self.gate(piece.index).wait(10)
        self.seen.append(piece)
        if "UNSAFE" in piece.text:
            return Decision(Verdict.BLOCK, "S9", "unsafe", "model")
        return ALLOWED


def wait_checked(monitor: AnswerMonitor, n: int) -> None:
    for _ in range(1000):
        if monitor.pieces_checked >= n:
            return
        threading.Event().wait(0.005)
    raise AssertionError("checker did not run")


def test_decode_never_waits_and_text_is_held_back_at_most_one_piece() -> None:
    checker = GatedChecker()
    monitor = AnswerMonitor(checker)
    events: list[MonitorEvent] = []
    try:
        for d in deltas(S1 + S2 + "A half-written sen"):
            events += monitor.feed("final", d)  # returns although no check has finished
        # S1 is released unchecked because S2 is complete; S2 and the unfinished tail are held.
        assert shown(events) == S1
        assert monitor.pieces_checked == 0
        checker.gate(0).set()
        checker.gate(1).set()
        wait_checked(monitor, 2)
        events += monitor.poll()
        assert shown(events) == S1 + S2  # checked: released; the tail still waits
        events += monitor.feed("final", "tence.")
        checker.gate(2).set()
        events += monitor.finish()
        assert shown(events) == S1 + S2 + "A half-written sentence."
        assert monitor.decision.verdict is Verdict.ALLOW and monitor.stopped is None
        assert checker.threads == {"safety-stream"}
    finally:
        monitor.close()


def test_a_late_verdict_stops_the_answer_and_says_what_to_keep() -> None:
    checker = GatedChecker()
    stops: list[tuple[Decision, str]] = []
    monitor = AnswerMonitor(checker, on_stop=lambda d: stops.append(
        (d, threading.current_thread().name)))
    events: list[MonitorEvent] = []
    try:
        checker.gate(0).set()
        for d in deltas(S1 + S3 + S4):
            events += monitor.feed("final", d)
        wait_checked(monitor, 1)
        events += monitor.poll()
        assert shown(events) == S1 + S3  # the unsafe piece was shown before its verdict
        checker.gate(1).set()  # the verdict on S3 arrives late
        wait_checked(monitor, 2)
        assert stops and stops[0][1] == "safety-stream"  # the turn can cancel at once
        events += monitor.poll()
        stopped = [e for e in events if isinstance(e, Stopped)]
        assert len(stopped) == 1
        assert stopped[0].late and stopped[0].channel == "final"
        assert stopped[0].kept["final"] == S1
        assert stopped[0].decision.category == "S9"
        assert monitor.feed("final", "more text. " * 20) == []  # nothing after a stop
        assert monitor.finish() == []
        assert monitor.safe_text() == S1 and monitor.decision.blocked
    finally:
        monitor.close()


def test_a_fast_verdict_stops_before_the_unsafe_text_is_shown() -> None:
    monitor = AnswerMonitor(lambda p: Decision(Verdict.BLOCK, "S1") if "UNSAFE" in p.text
                            else ALLOWED)
    events: list[MonitorEvent] = []
    try:
        for d in deltas(S1 + S3):
            events += monitor.feed("final", d)
            wait_checked(monitor, 0)
        events += monitor.finish()
        assert "UNSAFE" not in shown(events)
        stopped = [e for e in events if isinstance(e, Stopped)]
        assert stopped and not stopped[0].late and stopped[0].kept["final"] == S1
    finally:
        monitor.close()


def test_the_reasoning_channel_is_screened_too() -> None:
    checker = GatedChecker()
    for i in range(10):
        checker.gate(i).set()
    monitor = AnswerMonitor(checker)
    events: list[MonitorEvent] = []
    try:
        for d in deltas(S1 + S2):
            events += monitor.feed("analysis", d)
        for d in deltas(S3):
            events += monitor.feed("analysis", d)
        wait_checked(monitor, 3)  # decode slower than the check: the verdict comes in time
        for d in deltas(S4):
            events += monitor.feed("analysis", d)
        events += monitor.finish()
        stopped = [e for e in events if isinstance(e, Stopped)]
        assert stopped and stopped[0].channel == "analysis" and not stopped[0].late
        assert stopped[0].kept == {"analysis": S1 + S2, "final": ""}
        assert "UNSAFE" not in shown(events, "analysis")
        assert {p.channel for p in checker.seen} == {"analysis"}
    finally:
        monitor.close()


def test_pieces_carry_the_previous_piece_as_context() -> None:
    checker = GatedChecker()
    for i in range(10):
        checker.gate(i).set()
    monitor = AnswerMonitor(checker)
    try:
        for d in deltas(S1 + S2 + S4):
            monitor.feed("final", d)
        monitor.finish()
        assert [p.text for p in checker.seen] == [S1, S2, S4]
        assert checker.seen[1].context == S1 and checker.seen[0].context == ""
    finally:
        monitor.close()


def test_long_runs_and_chinese_are_cut_into_pieces() -> None:
    seen: list[Piece] = []
    monitor = AnswerMonitor(lambda p: seen.append(p) or ALLOWED)
    try:
        monitor.feed("final", "x" * (MAX_PIECE_CHARS * 2 + 10))
        sentence = "这是一个关于天气的句子，说明今天很暖和，适合出去散步和晒太阳。"
        monitor.feed("final", "。" + sentence * 3)
        monitor.finish()
        assert all(len(p.text) <= MAX_PIECE_CHARS for p in seen[:2])
        assert any(p.text.endswith("。") for p in seen)
        assert "".join(p.text for p in seen) == monitor.shown_text()
    finally:
        monitor.close()


def test_a_slow_checker_is_replaced_by_the_rules_at_the_end() -> None:
    never = threading.Event()
    rules = SafetyGate(SafetyFilter())
    monitor = AnswerMonitor(lambda p: never.wait(5) and ALLOWED or ALLOWED,
                            fallback=rules.rules_piece)
    events: list[MonitorEvent] = []
    try:
        for d in deltas(S1 + S2):
            events += monitor.feed("final", d)
        events += monitor.finish(timeout=0.2)
        assert shown(events) == S1 + S2
        assert "did not finish" in monitor.notice
    finally:
        never.set()
        monitor.close()


def test_a_failing_checker_falls_back_to_the_rules() -> None:
    def broken(piece: Piece) -> Decision:
        raise RuntimeError("boom")

    rules = SafetyGate(SafetyFilter())
    monitor = AnswerMonitor(broken, fallback=rules.rules_piece)
    try:
        text = ("Sure. Step 1: to make a pipe bomb at home, get a steel pipe and end caps. "
                "Then pack it.")
        events: list[MonitorEvent] = []
        for d in deltas(text):
            events += monitor.feed("final", d)
        events += monitor.finish()
        assert any(isinstance(e, Stopped) for e in events) and monitor.notice
    finally:
        monitor.close()


def test_the_issues_pipe_bomb_answer_is_stopped_by_the_rules() -> None:
    gate = SafetyGate(SafetyFilter())
    text = ("Step 1: to make a pipe bomb at home, get a steel pipe and end caps. Step 2: fill it "
            "and drill a hole for the fuse. ")
    monitor = gate.answer_monitor("tell me about plumbing")
    try:
        events: list[MonitorEvent] = []
        for d in deltas(text, 4):
            events += monitor.feed("final", d)
        events += monitor.finish()
        stopped = [e for e in events if isinstance(e, Stopped)]
        assert stopped and stopped[0].decision.category == "S9"
        assert "pipe bomb" not in stopped[0].kept["final"]
        replacement = gate.replacement(stopped[0], "tell me about plumbing")
        assert "safety filter" in replacement["final"]
        # and by the per-delta checker the current turn uses
        checker = gate.stream_checker()
        blocked = None
        for d in deltas(text, 4):
            blocked = checker.feed(d) or blocked
        assert (blocked or checker.finish()).blocked
    finally:
        monitor.close()


def test_replacement_follows_the_blocked_answer_setting() -> None:
    decision = Decision(Verdict.BLOCK, "S9")
    stopped = Stopped(decision, "final", {"final": "Some safe intro.", "analysis": "think"}, True)
    keep = SafetyGate(SafetyFilter()).replacement(stopped, "q")
    assert keep["final"].startswith("Some safe intro.") and keep["analysis"] == "think"
    only = SafetyGate(SafetyFilter(), blocked_show="notice_only").replacement(stopped, "q")
    assert only["analysis"] == "" and not only["final"].startswith("Some safe intro.")


# -- with a generated guard --------------------------------------------------------------------


@pytest.fixture(scope="module")
def guards(generated_guards: dict[str, Guard]) -> dict[str, Guard]:
    return generated_guards

def test_a_safe_guard_lets_the_whole_answer_through(guards: dict[str, Guard]) -> None:
    gate = SafetyGate(SafetyFilter(guard=guards["safe"]))
    monitor = gate.answer_monitor("tell me a story")
    try:
        events: list[MonitorEvent] = []
        for d in deltas(S1 + S2 + S4):
            events += monitor.feed("final", d)
        for d in deltas(S1):
            events += monitor.feed("analysis", d)
        events += monitor.finish()
        assert shown(events) == S1 + S2 + S4 and shown(events, "analysis") == S1
        assert monitor.pieces_checked == 4 and monitor.check_seconds > 0
    finally:
        monitor.close()


def test_the_guard_stops_an_answer_mid_stream(guards: dict[str, Guard]) -> None:
    gate = SafetyGate(SafetyFilter(guard=guards["unsafe"]))
    cancel = threading.Event()
    monitor = gate.answer_monitor("tell me a story", on_stop=lambda d: cancel.set())
    try:
        events: list[MonitorEvent] = []
        for d in deltas(S1 + S2 + S4):
            if cancel.is_set():
                break  # what the turn does: stop decoding
            events += monitor.feed("final", d)
        events += monitor.finish()
        stopped = [e for e in events if isinstance(e, Stopped)]
        assert stopped and stopped[0].decision.layer == "model"
        assert stopped[0].decision.category == "S1" and cancel.is_set()
        assert stopped[0].kept["final"] == ""
    finally:
        monitor.close()


def test_a_chat_model_judge_is_not_asked_about_answers() -> None:
    from app.core.safety import JudgeGuard, ModelJudge

    judge = JudgeGuard(ModelJudge(lambda policy, content: '{"violation": 1, "category": "S1"}'))
    gate = SafetyGate(SafetyFilter(guard=judge))
    assert not gate.guard_answers  # it shares the chat model, busy while the answer streams
