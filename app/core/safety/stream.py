"""The streamed answer check: sentence-sized pieces checked on a thread of their own.

`AnswerMonitor` sits between the engine's text deltas and what the window shows. The turn feeds
it every delta of the answer (channel "final") and of the reasoning (channel "analysis") and
shows only what the monitor releases. Pieces are cut at sentence ends and checked, in order, on
the monitor's own worker thread, so decode never waits for a check.

What is shown: a piece is released as soon as its check passes; a piece whose check is still
running is released anyway once the next piece of its channel is complete. So the window trails
the generated text by at most one piece (plus the sentence still being written, which cannot be
checked yet). A block that arrives after its piece was shown still stops the answer: the
`Stopped` event says which text to keep (everything checked before the unsafe piece) so the turn
can replace what was shown, and `on_stop` fires on the worker thread at once so the turn can
set its cancel flag without waiting for the next delta.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.i18n import tr
from app.core.safety.decision import ALLOWED, Decision, Verdict

_log = logging.getLogger(__name__)

CHANNELS = ("analysis", "final")
MIN_PIECE_CHARS = 60  # short sentences are joined so one check covers a useful stretch
MAX_PIECE_CHARS = 400  # a run-on "sentence" (code, lists) is cut here, at a space if possible
# Where a sentence ends: ". " "! " "? " (or at the end of a line), Chinese 。！？；, a newline.
_SENTENCE_END = re.compile(r"(?:[.!?](?=\s)|[。！？；]|\n)")


@dataclass(frozen=True)
class Piece:
    """A sentence-sized piece of one channel, as handed to the checker.

    `start`/`end` are offsets in the channel's text; `context` is the text of the previous
    piece of the same channel, so an instruction split across a sentence end is still seen.
    """

    index: int
    channel: str
    start: int
    end: int
    text: str
    context: str = ""


@dataclass(frozen=True)
class Shown:
    """Append `text` to what the window shows for `channel`."""

    channel: str
    text: str


@dataclass(frozen=True)
class Stopped:
    """The answer must stop. Show `kept[channel]` instead of what was shown for each channel
    (the text checked before the unsafe piece), then the refusal. `late` is True when the unsafe
    piece had already been shown."""

    decision: Decision
    channel: str
    kept: dict[str, str]
    late: bool


MonitorEvent = Shown | Stopped
Checker = Callable[[Piece], Decision]


@dataclass
class _Channel:
    text: str = ""
    cut: int = 0  # text[:cut] has been handed out as pieces
    shown: int = 0  # text[:shown] has been released
    pieces: list[Piece] = field(default_factory=list)


class AnswerMonitor:
    """Checks one streaming answer (and its reasoning) in pieces on a worker thread.

    feed(), poll(), finish() and close() are called on the turn's thread (the thread that
    receives the deltas); `check` runs on the monitor's own thread, one piece at a time, in the
    order the pieces were completed. `on_stop(decision)` is called on the worker thread the
    moment a piece is blocked. Thread-safe between those two threads; not for several feeders.
    """

    def __init__(self, check: Checker, *, on_stop: Callable[[Decision], None] | None = None,
                 fallback: Checker | None = None, min_chars: int = MIN_PIECE_CHARS,
                 max_chars: int = MAX_PIECE_CHARS) -> None:
        self._check = check
        self._fallback = fallback
        self._on_stop = on_stop
        self.min_chars = min_chars
        self.max_chars = max_chars
        self._channels = {name: _Channel() for name in CHANNELS}
        self._queue: queue.Queue[Piece | None] = queue.Queue()
        self._lock = threading.Lock()
        self._results: dict[int, Decision] = {}  # piece index -> decision (worker writes)
        self._blocked: tuple[Piece, Decision] | None = None
        self._stopped: Stopped | None = None
        self._reported = False
        self._next_index = 0
        self._worst: Decision = ALLOWED
        self.check_seconds = 0.0  # total time spent checking, on the worker thread
        self.pieces_checked = 0
        self.notice = ""
        self._closed = False
        self._submitted = 0
        self._done = 0
        self._changed = threading.Condition(self._lock)
        self._worker = threading.Thread(target=self._run, name="safety-stream", daemon=True)
        self._worker.start()

    # -- the turn's side ------------------------------------------------------------------

    def feed(self, channel: str, delta: str) -> list[MonitorEvent]:
        """Add a delta of `channel` ("final" or "analysis"); returns what to show or do now."""
        if channel not in self._channels:
            raise ValueError(f"channel must be one of {CHANNELS}, not {channel!r}")
        if self._stopped is not None or self._blocked is not None:
            return self._collect()
        if delta:
            state = self._channels[channel]
            state.text += delta
            self._cut(channel, final=False)
        return self._collect()

    def poll(self) -> list[MonitorEvent]:
        """What became showable since the last call (checks finish between deltas)."""
        return self._collect()

    def finish(self, timeout: float | None = 30.0) -> list[MonitorEvent]:
        """The answer ended: check what is left and wait for every check (up to `timeout`
        seconds; then the rest is checked by `fallback`, the rules, on this thread)."""
        if self._stopped is None and self._blocked is None:
            for name in CHANNELS:
                self._cut(name, final=True)
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._changed:
            while self._done < self._submitted and self._blocked is None:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                self._changed.wait(remaining)
            unfinished = self._done < self._submitted and self._blocked is None
        if unfinished:
            self._check_rest_here()
        return self._collect()

    def close(self) -> None:
        """Stop the worker (idempotent). Pending checks are dropped."""
        if self._closed:
            return
        self._closed = True
        self._drain()
        self._queue.put(None)

    @property
    def stopped(self) -> Stopped | None:
        return self._stopped

    @property
    def decision(self) -> Decision:
        """The worst decision so far: the block, else the first warning, else allowed."""
        with self._lock:
            return self._blocked[1] if self._blocked else self._worst

    def shown_text(self, channel: str = "final") -> str:
        return self._channels[channel].text[: self._channels[channel].shown]

    def safe_text(self, channel: str = "final") -> str:
        """The text of `channel` that was checked and passed, up to any blocked piece."""
        with self._lock:
            return self._kept_locked(channel)

    # -- cutting pieces -------------------------------------------------------------------

    def _cut(self, channel: str, final: bool) -> None:
        state = self._channels[channel]
        while True:
            rest = state.text[state.cut:]
            if not rest:
                return
            end = self._piece_end(rest)
            if end is None:
                if not final:
                    return
                end = len(rest)
            self._submit(channel, state, state.cut, state.cut + end)

    def _piece_end(self, rest: str) -> int | None:
        """Where the next piece ends in `rest`, or None while it is still being written."""
        for match in _SENTENCE_END.finditer(rest):
            end = match.end()
            if end >= self.min_chars:
                # The spaces after a sentence belong to it, so the next piece starts on a word.
                while end < len(rest) and rest[end] in " \t":
                    end += 1
                return end
        if len(rest) >= self.max_chars:
            space = max(rest.rfind(" ", 0, self.max_chars), rest.rfind("\n", 0, self.max_chars))
            return space + 1 if space > self.min_chars else self.max_chars
        return None

    def _submit(self, channel: str, state: _Channel, start: int, end: int) -> None:
        previous = state.pieces[-1].text if state.pieces else ""
        piece = Piece(self._next_index, channel, start, end, state.text[start:end], previous)
        self._next_index += 1
        state.pieces.append(piece)
        state.cut = end
        with self._lock:
            self._submitted += 1
        self._queue.put(piece)

    # -- the worker thread ----------------------------------------------------------------

    def _run(self) -> None:
        while True:
            piece = self._queue.get()
            if piece is None:
                return
            if self._blocked is not None:
                self._mark_done()
                continue
            start = time.perf_counter()
            try:
                decision = self._check(piece)
            except Exception:  # noqa: BLE001 - a broken checker must not kill the stream
                _log.warning("streamed safety check failed; using the fallback", exc_info=True)
                decision = self._fallback(piece) if self._fallback is not None else ALLOWED
                self.notice = tr("A streamed safety check failed; the rules checked the rest.")
            with self._lock:
                self.check_seconds += time.perf_counter() - start
                self.pieces_checked += 1
                self._results[piece.index] = decision
                if decision.notice and not self.notice:
                    self.notice = decision.notice
                if decision.verdict is Verdict.BLOCK and self._blocked is None:
                    self._blocked = (piece, decision)
                elif decision.verdict is Verdict.WARN and self._worst.verdict is Verdict.ALLOW:
                    self._worst = decision
            if decision.verdict is Verdict.BLOCK and self._on_stop is not None:
                try:
                    self._on_stop(decision)
                except Exception:  # noqa: BLE001
                    _log.exception("on_stop callback failed")
            self._mark_done()

    def _mark_done(self) -> None:
        with self._changed:
            self._done += 1
            self._changed.notify_all()

    def _drain(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                self._mark_done()

    def _check_rest_here(self) -> None:
        """The worker did not finish in time: check the remaining pieces with the fallback
        (the rules) on this thread, so nothing unchecked is ever shown."""
        self._drain()
        self.notice = tr("The safety model did not finish in time; the rules checked the end of "
                         "this answer.")
        checker = self._fallback or (lambda piece: ALLOWED)
        for name in CHANNELS:
            for piece in self._channels[name].pieces:
                with self._lock:
                    if piece.index in self._results or self._blocked is not None:
                        continue
                decision = checker(piece)
                with self._lock:
                    self._results[piece.index] = decision
                    if decision.verdict is Verdict.BLOCK and self._blocked is None:
                        self._blocked = (piece, decision)

    # -- releasing ------------------------------------------------------------------------

    def _kept_locked(self, channel: str) -> str:
        state = self._channels[channel]
        blocked_index = self._blocked[0].index if self._blocked else None
        kept_to = 0
        for piece in state.pieces:
            if blocked_index is not None and piece.index >= blocked_index:
                break
            result = self._results.get(piece.index)
            if result is None or result.verdict is Verdict.BLOCK:
                break
            kept_to = piece.end
        return state.text[:kept_to]

    def _collect(self) -> list[MonitorEvent]:
        events: list[MonitorEvent] = []
        with self._lock:
            if self._blocked is not None:
                if self._reported:
                    return []
                piece, decision = self._blocked
                late = self._channels[piece.channel].shown > piece.start
                kept = {name: self._kept_locked(name) for name in CHANNELS}
                self._stopped = Stopped(decision, piece.channel, kept, late)
                self._reported = True
                for name in CHANNELS:  # nothing more is released
                    self._channels[name].shown = len(kept[name])
                return [self._stopped]
            for name in CHANNELS:
                state = self._channels[name]
                release_to = state.shown
                pieces = state.pieces
                for i, piece in enumerate(pieces):
                    if piece.end <= release_to:
                        continue
                    checked = piece.index in self._results
                    next_complete = i + 1 < len(pieces)
                    if checked or next_complete:
                        release_to = piece.end
                    else:
                        break
                if release_to > state.shown:
                    events.append(Shown(name, state.text[state.shown:release_to]))
                    state.shown = release_to
        return events
