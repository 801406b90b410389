"""Bounded thinking: how long the model may reason per effort level, and a detector for reasoning
that goes in circles. Pure functions; the engine's decode loop applies them (engine.stream_tokens).

When either trips, the engine closes the analysis message and opens the final channel with the
structural tokens the harmony format allows (`<|end|><|start|>assistant<|channel|>final
<|message|>`), so the model writes its answer from what it has thought so far.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

# Analysis tokens allowed per effort level before the answer is asked for. Each step is 4x the
# last, like the effort levels themselves; the aim is to leave the usual chat turn alone and stop
# the runaway one (Ollama issue 12606: high effort thinking until the context is full):
# - low: 1024. Low effort reasons briefly; this is headroom, not a target.
# - medium: 4096, about six minutes of thinking at the ~12 tokens/s a 2-core CPU gets from 20b
#   (reference/gpt-oss.md), as long as a person waits for a chat answer.
# - high: 16384. Hard problems do take many thousands of tokens at high effort, and a person who
#   picked "high" has said they will wait (20+ minutes on that CPU, a minute or two on a GPU).
# Judgment calls, not measurements (no real model runs here); `SamplingParams.reasoning_budget`
# overrides them, and 0 turns the budget off.
REASONING_BUDGETS = {"low": 1024, "medium": 4096, "high": 16384}


def answer_reserve(limit: int) -> int:
    """Tokens kept for the answer out of `limit`: a quarter, at least 256, at most half."""
    return min(max(256, limit // 4), limit // 2)


def default_reasoning_budget(effort: str, max_tokens: int) -> int:
    """The reasoning budget for `effort` when `max_tokens` may be generated in all.

    The per-effort default (REASONING_BUDGETS, "medium" for an unknown effort), capped so the
    answer keeps `answer_reserve(max_tokens)`: thinking that runs to the token limit leaves an
    empty answer, which is the failure this budget exists to prevent. Never below 1.
    """
    return effective_budget(None, effort, max_tokens)


def effective_budget(requested: int | None, effort: str, max_tokens: int) -> int:
    """The budget the decode loop applies: `requested` (None: the default for `effort`; 0 or
    less: no budget, returns 0), capped to leave the answer its reserve of `max_tokens`."""
    if requested is not None and requested <= 0:
        return 0
    base = REASONING_BUDGETS.get(effort, REASONING_BUDGETS["medium"]) if requested is None \
        else requested
    if max_tokens <= 0:
        return base
    return max(1, min(base, max_tokens - answer_reserve(max_tokens)))


@dataclass(frozen=True)
class ThinkingCut:
    """The engine closed the analysis message and asked for the answer; the window marks the
    reasoning "thinking cut short". `tokens`: analysis tokens written before the cut."""

    reason: str  # "budget" | "loop"
    tokens: int


class LoopDetector:
    """Says when reasoning repeats itself: most of the recent tokens end an n-gram that already
    occurred `min_repeats` times within the window.

    Fed analysis token ids one at a time (O(1) each). A loop of any period up to about
    window / min_repeats trips it; a passage written twice (a draft, then the final version)
    or a stock phrase ("the user asks") does not, because it needs `min_repeats` occurrences
    covering `coverage` of the last `span` tokens. With the defaults a loop is caught about
    3 periods + 200 tokens after it starts.
    """

    def __init__(self, n: int = 16, window: int = 4096, min_repeats: int = 4, span: int = 256,
                 coverage: float = 0.75) -> None:
        if n < 1 or window < n or span < 1 or min_repeats < 2 or not 0 < coverage <= 1:
            raise ValueError("bad loop detector parameters")
        self.n, self.window, self.min_repeats = n, window, min_repeats
        self.span, self.coverage = span, coverage
        self.reset()

    def reset(self) -> None:
        self._tail: deque[int] = deque(maxlen=self.n)
        self._grams: deque[tuple[int, ...]] = deque()
        self._counts: dict[tuple[int, ...], int] = {}
        self._flags: deque[bool] = deque()
        self._flagged = 0

    def feed(self, token: int) -> bool:
        """Add one token; True when the recent text is a loop."""
        self._tail.append(token)
        repeated = False
        if len(self._tail) == self.n:
            gram = tuple(self._tail)
            count = self._counts.get(gram, 0) + 1
            self._counts[gram] = count
            self._grams.append(gram)
            if len(self._grams) > self.window:
                old = self._grams.popleft()
                left = self._counts[old] - 1
                if left:
                    self._counts[old] = left
                else:
                    del self._counts[old]
            repeated = count >= self.min_repeats
        self._flags.append(repeated)
        self._flagged += repeated
        if len(self._flags) > self.span:
            self._flagged -= self._flags.popleft()
        return len(self._flags) == self.span and self._flagged >= self.coverage * self.span


def find_loop(tokens: Iterable[int], **params: int | float) -> int | None:
    """The index of the token at which a LoopDetector with `params` trips, or None."""
    detector = LoopDetector(**params)  # type: ignore[arg-type]
    for i, t in enumerate(tokens):
        if detector.feed(t):
            return i
    return None


__all__ = ["REASONING_BUDGETS", "LoopDetector", "ThinkingCut", "answer_reserve",
           "default_reasoning_budget", "effective_budget", "find_loop"]
