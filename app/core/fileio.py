"""Files that appear whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(dest: Path, tmp: Path | None = None) -> Iterator[Path]:
    """A temporary path beside `dest` to write; it becomes `dest` (one rename) when the block
    ends, and is removed when the block raises, so `dest` is never seen half-written.

    `tmp` names the temporary file (a suffix other code recognises, such as a partial
    download); a stale one is removed first. Without it a fresh unique name is used, so two
    writers of the same file never share one.
    """
    dest = Path(dest)
    if tmp is None:
        fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(name)
    else:
        tmp.unlink(missing_ok=True)
    try:
        yield tmp
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str | bytes, *, mode: int = 0o600) -> None:
    """Write a whole small file or nothing: a crash or a full disk leaves the old file (or no
    file), never a truncated one. Text is written as UTF-8. The data is on disk (fsync) before
    the rename, and the rename is on disk before returning where the platform allows.

    The file gets `mode` (default owner-only: settings, exports and model metadata are
    private) whatever the umask.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with replacing(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if not hasattr(os, "fchmod"):
            os.chmod(tmp, mode)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); elsewhere the rename is as durable as it gets."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


__all__ = ["replacing", "write_atomic"]
