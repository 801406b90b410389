"""Why a turn stopped and what state a saved message is in: one vocabulary, mapped in one place.

Both are `StrEnum`s, so the values stored in SQLite, exported to JSON and passed between threads
stay the plain strings they always were ("complete", "cancelled", ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from app.core.i18n import tr


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


def stop_of(stats: Mapping[str, Any], status: MessageStatus | str | None = None) -> StopReason:
    """Why a saved answer ended: its stats' stop reason, or what its status implies."""
    if stats.get("error") or status == MessageStatus.ERROR:
        return StopReason.ERROR
    if stats.get("blocked_category"):
        return StopReason.BLOCKED
    if "stop_reason" in stats:
        return coerce_stop(stats.get("stop_reason"))
    if status == MessageStatus.CANCELLED:
        return StopReason.CANCELLED
    return StopReason.EOS


def stop_note(stats: Mapping[str, Any], *, answer: str, reasoning: str = "",
              status: MessageStatus | str | None = None) -> str:
    """Why an answer ended, in a sentence for people, when it was not the model's own end: the
    window shows it under the answer and the command line prints it. "" when there is nothing to
    say (the model finished, or the safety filter's notice says it already)."""
    if status == MessageStatus.INTERRUPTED:
        return tr("Hearth closed before this answer was finished.")
    stop = stop_of(stats, status)
    limit = stats.get("max_tokens")
    if stop is StopReason.ERROR:
        return str(stats.get("error") or tr("Something went wrong while the answer was written."))
    if stop is StopReason.LENGTH:
        if not answer.strip() and reasoning.strip():
            if isinstance(limit, int):
                return tr("The reasoning used the whole limit of {n} tokens, so there is no "
                          "answer yet.").format(n=f"{limit:,}")
            return tr("The reasoning used the whole token limit, so there is no answer yet.")
        if isinstance(limit, int):
            return tr("The answer reached its limit of {n} tokens.").format(n=f"{limit:,}")
        return tr("The answer reached its token limit.")
    if stop is StopReason.CONTEXT:
        return tr("The conversation filled the model's context, so the answer stopped here.")
    if stop is StopReason.CANCELLED:
        return tr("Stopped before the end.")
    return ""


__all__ = ["MessageStatus", "StopReason", "coerce_stop", "status_for", "stop_note", "stop_of"]
