"""Why a turn stopped and what state a saved message is in: one vocabulary, mapped in one place.

Both are `StrEnum`s, so the values stored in SQLite, exported to JSON and passed between threads
stay the plain strings they always were ("complete", "cancelled", ...).
"""

from __future__ import annotations

from enum import StrEnum


class StopReason(StrEnum):
    """Why generation ended. The engine says the first five; the turn adds the last two."""

    RETURN = "return"  # the model ended its answer (<|return|>)
    CALL = "call"  # the model called a tool (<|call|>)
    EOS = "eos"  # another end-of-generation token
    LENGTH = "length"  # the answer reached its token limit (max_tokens)
    CONTEXT = "context"  # the context window is full
    CANCELLED = "cancelled"  # the person (or a shutdown) stopped it
    BLOCKED = "blocked"  # the safety filter stopped it
    ERROR = "error"  # the engine failed

    @property
    def is_natural(self) -> bool:
        """The model ended on its own: nothing to explain to the person."""
        return self in (StopReason.RETURN, StopReason.CALL, StopReason.EOS)

    @property
    def can_continue(self) -> bool:
        """Asking the model to go on makes sense (it was cut, not refused or broken)."""
        return self in (StopReason.LENGTH, StopReason.CANCELLED)


class MessageStatus(StrEnum):
    """The state of a saved assistant message."""

    STREAMING = "streaming"  # being written now (by a live writer)
    COMPLETE = "complete"
    INTERRUPTED = "interrupted"  # its writer died (crash, kill) before it ended
    CANCELLED = "cancelled"  # stopped by the person
    ERROR = "error"
    BLOCKED = "blocked"  # shown only: a prompt refused before any answer was written

    @property
    def is_final(self) -> bool:
        return self is not MessageStatus.STREAMING


def coerce_stop(reason: str | StopReason | None) -> StopReason:
    """A stop reason from any source (engine, stats saved by an older version); unknown: EOS."""
    try:
        return StopReason(str(reason or "eos"))
    except ValueError:
        return StopReason.EOS


def status_for(reason: str | StopReason | None, *, failed: bool = False) -> MessageStatus:
    """The saved status of an answer that ended for `reason`: the one mapping in the app.

    A blocked answer is saved as complete (what was shown instead is the refusal, and the category
    goes in its stats); a cut at the token limit or a full context is complete too, and its stats
    keep the stop reason so the window can say why it ended and offer Continue.
    """
    if failed:
        return MessageStatus.ERROR
    stop = coerce_stop(reason)
    if stop is StopReason.CANCELLED:
        return MessageStatus.CANCELLED
    if stop is StopReason.ERROR:
        return MessageStatus.ERROR
    return MessageStatus.COMPLETE


__all__ = ["MessageStatus", "StopReason", "coerce_stop", "status_for"]
