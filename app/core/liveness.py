"""Which Hearth processes are alive: lock files held for a process's life, that another process
can test without asking it anything.

The operating system drops a process's file locks when it ends, however it ends (a crash, a
kill), so a lock that can be taken belongs to a process that is gone. Three uses:
- the window holds `instance.lock` in the data folder: one window per data folder;
- each process that writes replies holds a writer lock, and names it in the reply while it
  streams: a reply is marked interrupted only when its writer's lock is free (storage);
- commands that change the models folder hold its write lock (a file in Hearth's cache) for the
  moment they change it, and wait for each other (models.local, models.downloads).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from app.core.errors import HearthError
from app.core.i18n import tr

WRITERS_DIR = ".writers"
WRITER_KEY = "writer"  # the key in a streaming reply's stats that names its writer
INSTANCE_FILE = "instance.lock"


def _try_lock(fd: int) -> bool:
    """An exclusive lock on an open file, without waiting. True when taken."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FileLock:
    """An exclusive lock on `path`, held until `release()` (or the process ends)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock if no live process holds it. Raises OSError if the file cannot be
        made (a read-only folder)."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def is_held(path: Path) -> bool:
    """Whether a live process holds the lock on `path` (a missing file: nobody does)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: assume alive rather than destroy its work
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)


# -- writers of replies


_writers: dict[Path, tuple[str, FileLock]] = {}
_writers_guard = threading.Lock()


def writer_token(folder: Path) -> str | None:
    """This process's writer token for the database folder `folder`, its lock taken on first use
    and held for the process's life. None when no lock can be made there (read-only)."""
    folder = folder.resolve()
    with _writers_guard:
        entry = _writers.get(folder)
        if entry is None:
            token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
            lock = FileLock(folder / WRITERS_DIR / f"{token}.lock")
            try:
                if not lock.acquire():
                    return None
            except OSError:
                return None
            entry = _writers[folder] = (token, lock)
        return entry[0]


def writer_alive(folder: Path, token: object) -> bool:
    """Whether the writer `token` (from a reply's stats) is a live process. A stale lock file
    found here is removed."""
    if not isinstance(token, str) or not token or "/" in token or "\\" in token \
            or token.startswith("."):
        return False
    path = folder / WRITERS_DIR / f"{token}.lock"
    if is_held(path):
        return True
    with contextlib.suppress(OSError):
        path.unlink()
    return False


# -- the window's one-per-folder lock


class InstanceLock(FileLock):
    """The window's lock on its data folder: a second window on the same folder cannot take
    it (app.ui.single_instance brings the first one forward instead)."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir / INSTANCE_FILE)


# -- short locks for commands that change a folder


class FolderBusyError(HearthError):
    """Another Hearth process kept the folder's write lock for longer than we waited."""


def _write_lock_path(folder: Path) -> Path:
    """Where `folder`'s write lock lives: in Hearth's cache, not in the folder itself (a lock
    file there would be one more file to move, list or leave behind)."""
    from app.core.settings import paths

    key = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return paths().cache_dir / "locks" / f"{key[:32]}.lock"


@contextlib.contextmanager
def write_lock(folder: Path, what: str, timeout: float = 30.0) -> Iterator[None]:
    """Hold `folder`'s write lock while changing it, waiting up to `timeout` seconds for another
    process (a command, the window) that holds it. `what` names the change for the message."""
    lock = FileLock(_write_lock_path(folder))
    deadline = time.monotonic() + timeout
    while True:
        try:
            taken = lock.acquire()
        except OSError as exc:
            raise FolderBusyError(tr("Hearth cannot lock {folder} to {what} ({reason}).").format(
                folder=folder, what=what, reason=exc.strerror or exc)) from exc
        if taken:
            break
        if time.monotonic() >= deadline:
            raise FolderBusyError(tr(
                "Another Hearth window or command is changing {folder}, so Hearth did not "
                "{what}. Try again when it has finished.").format(folder=folder, what=what))
        time.sleep(0.1)
    try:
        yield
    finally:
        lock.release()


__all__ = ["FileLock", "FolderBusyError", "InstanceLock", "WRITER_KEY", "is_held",
           "write_lock", "writer_alive", "writer_token"]
