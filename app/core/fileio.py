"""Files that appear whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

# What `write_atomic` writes: bytes, or anything exposing a byte buffer (a ctypes array).
Buffer = bytes | bytearray | memoryview


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


def write_atomic(path: Path, data: str | Buffer | Iterable[Buffer], *, mode: int = 0o600,
                 durable: bool = True) -> None:
    """Write a whole file or nothing: a crash or a full disk leaves the old file (or no file),
    never a truncated one. Text is written as UTF-8; `data` may also be a sequence of byte
    buffers written one after another (a large file never copied into one bytes object).

    `durable`: the data is on disk (fsync) before the rename, and the rename is on disk before
    returning where the platform allows. A cache whose reader checks the contents itself (saved KV
    states carry their length and checksum) can skip it: after a power cut the OS may show the
    new name with missing data, which that reader rejects.

    The file gets `mode` (default owner-only: settings, exports and model metadata are
    private) whatever the umask.
    """
    path = Path(path)
    if isinstance(data, str):
        parts: Iterable[Buffer] = (data.encode("utf-8"),)
    elif isinstance(data, bytes | bytearray | memoryview):
        parts = (data,)
    else:
        parts = data
    with replacing(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            for part in parts:
                view = memoryview(part).cast("B")
                while view:
                    view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if not hasattr(os, "fchmod"):
            os.chmod(tmp, mode)
    if durable:
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


__all__ = ["Buffer", "replacing", "write_atomic"]
