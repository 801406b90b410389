"""One chat turn end to end, without Qt: safety -> retrieval -> render -> engine -> store.

The GUI's engine worker and the command line both drive `ChatSession.turn`, so they behave alike.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.core import harmony
from app.core.engine import Done, Engine, SamplingParams, StreamEvent, TurnStats
from app.core.harmony import ChannelStarted, Conversation, Message, MessageEnded, TextDelta

# ---------------------------------------------------------------------------------------------
# What a turn can be plugged into (each has a real implementation elsewhere in core)


class SafetyDecision(Protocol):
    @property
    def verdict(self) -> Any: ...  # has .value "allow" | "warn" | "block"
    @property
    def category(self) -> str | None: ...
    @property
    def reason(self) -> str: ...


class StreamCheck(Protocol):
    def feed(self, delta: str) -> SafetyDecision | None: ...
    def finish(self) -> SafetyDecision | None: ...
    def safe_text(self) -> str: ...


class SafetyGate(Protocol):
    def check_prompt(self, text: str) -> SafetyDecision: ...
    def stream_checker(self) -> StreamCheck: ...
    def refusal_text(self, decision: SafetyDecision, text: str) -> str: ...


@dataclass
class Retrieved:
    """Quoted material for the prompt and the sources it came from."""

    text: str
    sources: list[Any] = field(default_factory=list)


Retriever = Callable[[str, int], Retrieved | None]  # (question, token budget) -> context


class TurnSink(Protocol):
    """Where a turn is saved as it grows (storage); called on the generating thread."""

    def started(self, user_text: str, model_text: str, sources: list[Any]) -> None: ...
    def progress(self, answer: str, reasoning: str) -> None: ...
    def finished(self, answer: str, reasoning: str, status: str, stats: dict[str, Any],
                 reasoning_seconds: float | None, sources: list[Any]) -> None: ...


# ---------------------------------------------------------------------------------------------
# Events a turn adds to the engine's


@dataclass(frozen=True)
class PromptBlocked:
    """The safety filter refused the prompt; nothing was generated."""

    category: str | None
    message: str


@dataclass(frozen=True)
class AnswerBlocked:
    """The answer was stopped mid-stream; `replacement` stands in for the unsafe part."""

    category: str | None
    replacement: str


@dataclass(frozen=True)
class SourcesAttached:
    sources: list[Any]


@dataclass(frozen=True)
class HistoryTrimmed:
    """Oldest turns left out so the conversation fits the context."""

    dropped_messages: int


ChatEvent = StreamEvent | PromptBlocked | AnswerBlocked | SourcesAttached | HistoryTrimmed


@dataclass
class TurnResult:
    answer: str = ""
    reasoning: str = ""
    stop_reason: str = ""
    stats: TurnStats | None = None
    reasoning_seconds: float | None = None
    sources: list[Any] = field(default_factory=list)
    blocked: str | None = None  # the category, when the filter acted


def with_sources(question: str, retrieved: Retrieved) -> str:
    """The model-visible user message: the question, then the quoted sources."""
    return f"{question}\n\n---\n{retrieved.text}"


class ChatSession:
    """Runs turns against one engine; thread: whichever thread owns the engine."""

    # Tokens kept free for the answer when fitting history into the context.
    ANSWER_RESERVE = 1024
    SAVE_INTERVAL_S = 0.5

    def __init__(
        self,
        engine: Engine,
        *,
        safety: SafetyGate | None = None,
        retriever: Retriever | None = None,
        sink: TurnSink | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.safety = safety
        self.retriever = retriever
        self.sink = sink
        self._clock = clock
        self.result = TurnResult()

    def _replacement(self, checker: StreamCheck, decision: SafetyDecision, user_text: str) -> str:
        """The answer shown instead: what came before the unsafe sentence, then the refusal."""
        assert self.safety is not None
        safe = getattr(checker, "safe_text", lambda: "")()
        refusal = self.safety.refusal_text(decision, user_text)
        return f"{safe}\n\n{refusal}" if safe else refusal

    def fit_history(self, conv: Conversation, reserve: int | None = None) -> tuple[Conversation,
                                                                                    int]:
        """Drop the oldest whole turns until the prompt fits the context with room to answer."""
        reserve = self.ANSWER_RESERVE if reserve is None else reserve
        budget = self.engine.info.n_ctx - min(reserve, self.engine.info.n_ctx // 4)
        total = self.engine.count_tokens(conv)
        if total <= budget or len(conv.messages) <= 1:
            return conv, 0

        def same(msgs: list[Message]) -> Conversation:
            return Conversation(msgs, conv.instructions, conv.reasoning_effort, conv.date,
                                conv.model_identity)

        # Messages are tokenized between structural tokens, so their costs add up: count each
        # once and drop from the front, instead of re-counting the whole prompt per turn.
        base = self.engine.count_tokens(same([]))
        costs = [self.engine.count_tokens(same([m])) - base for m in conv.messages]
        msgs = list(conv.messages)
        dropped = 0
        while total > budget and len(msgs) > 1:
            # Remove from the front up to the next user message, so turns stay whole.
            total -= costs[dropped]
            dropped += 1
            while len(msgs) - dropped > 1 and msgs[dropped].role != "user":
                total -= costs[dropped]
                dropped += 1
            if len(msgs) - dropped <= 1:
                break
        return same(msgs[dropped:]), dropped

    def turn(
        self,
        conv: Conversation,
        user_text: str,
        sampling: SamplingParams | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[ChatEvent]:
        """Answer `user_text` after the history in `conv`; `self.result` holds the outcome."""
        sampling = sampling or SamplingParams()
        cancel = cancel or threading.Event()
        result = self.result = TurnResult()

        if self.safety is not None:
            decision = self.safety.check_prompt(user_text)
            if _verdict(decision) == "block":
                message = self.safety.refusal_text(decision, user_text)
                result.blocked = decision.category or "blocked"
                result.stop_reason = "blocked"
                result.answer = message
                if self.sink is not None:
                    # Keep the exchange: the person sees their message and why it was refused.
                    self.sink.started(user_text, user_text, [])
                    self.sink.finished(message, "", "complete",
                                       {"blocked_category": result.blocked}, None, [])
                yield PromptBlocked(decision.category, message)
                return

        model_text = user_text
        if self.retriever is not None:
            budget = max(256, self.engine.info.n_ctx // 2 - self.engine.count_tokens(conv))
            retrieved = self.retriever(user_text, budget)
            if retrieved is not None and retrieved.text:
                model_text = with_sources(user_text, retrieved)
                result.sources = list(retrieved.sources)
                yield SourcesAttached(result.sources)

        full = conv.with_user(model_text)
        fitted, dropped = self.fit_history(full)
        if dropped:
            yield HistoryTrimmed(dropped)
        if self.sink is not None:
            self.sink.started(user_text, model_text, result.sources)

        checker = self.safety.stream_checker() if self.safety is not None else None
        answer: list[str] = []
        reasoning: list[str] = []
        t_reason_start: float | None = None
        reasoning_seconds: float | None = None
        last_save = self._clock()
        status = "complete"
        stop_reason = ""
        stats: TurnStats | None = None
        try:
            for ev in self.engine.stream(fitted, sampling, cancel):
                if isinstance(ev, TextDelta):
                    if ev.channel == "analysis":
                        if t_reason_start is None:
                            t_reason_start = self._clock()
                        reasoning.append(ev.text)
                    elif ev.channel == "final":
                        if t_reason_start is not None and reasoning_seconds is None:
                            reasoning_seconds = self._clock() - t_reason_start
                        if checker is not None and not result.blocked:
                            verdict = checker.feed(ev.text)
                            if verdict is not None and _verdict(verdict) == "block":
                                cancel.set()
                                answer = [self._replacement(checker, verdict, user_text)]
                                result.blocked = verdict.category or "blocked"
                                yield AnswerBlocked(verdict.category, answer[0])
                                continue
                        if result.blocked:
                            continue
                        answer.append(ev.text)
                    yield ev
                    now = self._clock()
                    if self.sink is not None and now - last_save >= self.SAVE_INTERVAL_S:
                        self.sink.progress("".join(answer), "".join(reasoning))
                        last_save = now
                elif isinstance(ev, Done):
                    stats = ev.stats
                    stop_reason = ev.reason
                    if checker is not None and not result.blocked:
                        # The end of the answer: what was held back for context, and the
                        # model judge for borderline answers, now that the engine is free.
                        verdict = checker.finish()
                        if verdict is not None and _verdict(verdict) == "block":
                            answer = [self._replacement(checker, verdict, user_text)]
                            result.blocked = verdict.category or "blocked"
                            yield AnswerBlocked(verdict.category, answer[0])
                    if result.blocked:
                        stop_reason = "blocked"
                    yield Done(stop_reason, ev.stats)
                elif isinstance(ev, ChannelStarted | MessageEnded):
                    if (isinstance(ev, ChannelStarted) and ev.channel == "final"
                            and t_reason_start is not None and reasoning_seconds is None):
                        reasoning_seconds = self._clock() - t_reason_start
                    yield ev
                else:
                    yield ev
        except BaseException:
            status = "error"
            raise
        finally:
            if t_reason_start is not None and reasoning_seconds is None:
                reasoning_seconds = self._clock() - t_reason_start
            if status != "error":
                status = {"cancelled": "cancelled", "blocked": "complete"}.get(stop_reason,
                                                                               "complete")
            result.answer = "".join(answer)
            result.reasoning = "".join(reasoning)
            result.stop_reason = stop_reason or status
            result.stats = stats
            result.reasoning_seconds = reasoning_seconds
            if self.sink is not None:
                saved = stats.to_dict() if stats else {}
                if result.blocked:
                    saved["blocked_category"] = result.blocked  # the notice survives a reload
                self.sink.finished(result.answer, result.reasoning, status, saved,
                                   reasoning_seconds, result.sources)


def _verdict(decision: SafetyDecision) -> str:
    v = decision.verdict
    return str(getattr(v, "value", v)).lower()


__all__ = [
    "AnswerBlocked", "ChatEvent", "ChatSession", "HistoryTrimmed", "PromptBlocked", "Retrieved",
    "SourcesAttached", "TurnResult", "TurnSink", "harmony",
]
