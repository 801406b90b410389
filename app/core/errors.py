"""Errors whose message a person can act on; workers turn them into `failed(str)` signals."""

from __future__ import annotations


class HearthError(Exception):
    """Base for every error whose text is shown to the user as it is (already translated)."""


class ModelLoadError(HearthError):
    """The model file could not be loaded; the message says why and what to do."""


class LoadCancelled(HearthError):
    """The user cancelled a model load."""


class GenerationError(HearthError):
    """Generation failed part-way; what was produced so far is kept."""


def describe(exc: BaseException) -> str:
    """The one place an exception becomes the sentence a person reads (already translated).

    Errors raised on purpose carry their own message; the usual accidents of a desktop app (a
    full disk, a file that went away, a damaged database, no memory) get a sentence that says
    what happened and what to do; anything else says what failed with its detail, and is logged
    by the caller with its traceback.
    """
    import errno

    from app.core.db import DatabaseError
    from app.core.i18n import tr

    if isinstance(exc, HearthError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return tr("Not enough memory to finish. Close other programs and try again.")
    if isinstance(exc, OSError):
        where = exc.filename if isinstance(exc.filename, str) else ""
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return tr("The disk is full{where}. Free some space and try again.").format(
                where=f" ({where})" if where else "")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return tr("Hearth is not allowed to write or read {what}: {reason}.").format(
                what=where or tr("a file it needs"), reason=reason)
        if exc.errno == errno.ENOENT:
            return tr("A file Hearth needs is missing: {what}.").format(what=where or reason)
        return tr("A file could not be read or written ({reason}{where}).").format(
            reason=reason, where=f": {where}" if where else "")
    if isinstance(exc, DatabaseError):
        return tr("The history database reported a problem ({detail}). Your conversations are "
                  "kept; restart Hearth, and if this keeps happening, export your "
                  "conversations.").format(detail=exc)
    detail = str(exc) or type(exc).__name__
    return tr("Something went wrong: {detail}").format(detail=detail)
