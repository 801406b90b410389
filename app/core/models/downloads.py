"""Model downloads from the Hub: queued, pausable and cancellable from any thread, resumable after a
dropped connection or an app restart, and verified by sha256 before a file is marked usable."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import queue
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from app.core.errors import HearthError, ModelLoadError
from app.core.fileio import write_atomic
from app.core.gguf_info import read_info
from app.core.i18n import tr, trn
from app.core.liveness import write_lock
from app.core.models import hardware, secrets
from app.core.models.errors import (
    ChecksumMismatch,
    DownloadCancelled,
    DownloadError,
    FolderMoveError,
    NotEnoughSpace,
)
from app.core.models.hub import Hub, RemoteFile, is_transient
from app.core.settings import Settings
from app.core.units import format_bytes

log = logging.getLogger(__name__)

PARTIAL_SUFFIX = ".incomplete"
SIDECAR_SUFFIX = ".incomplete.json"
MOVE_TEMP_SUFFIX = ".hearth-move"  # app.core.models.folder copies under this name, then renames
META_SUFFIX = ".hearth.json"  # beside a verified file: where it came from and its checksum
SPACE_MARGIN = 100 * 1000 * 1000  # leave room for the sidecars, the database and the OS
HASH_READ = 8 << 20
SPLIT_RE = re.compile(r"^(?P<stem>.*)-(?P<idx>\d{5})-of-(?P<count>\d{5})\.gguf$")
SHA1_RE = re.compile(r"^[0-9a-f]{40}$")


class State(StrEnum):
    QUEUED = "queued"
    PREPARING = "preparing"
    RUNNING = "running"
    VERIFYING = "verifying"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE = {State.QUEUED, State.PREPARING, State.RUNNING, State.VERIFYING}


@dataclass(frozen=True)
class DownloadEvent:
    """A snapshot sent to `on_event`, from the thread that runs the job."""

    job_id: str
    kind: str  # state | progress | retry
    state: State
    done: int
    total: int
    speed: float  # bytes per second over the last few seconds
    eta: float | None  # seconds
    part: int  # 1-based part being fetched
    parts: int
    filename: str
    message: str = ""


@dataclass(eq=False)
class DownloadJob:
    """One model: all parts of one file of one repository. Lives in the manager; read anywhere."""

    repo: str
    paths: list[str]
    revision: str = "main"
    expected_sha256: dict[str, str] = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    state: State = State.QUEUED
    done: int = 0
    total: int = 0
    speed: float = 0.0
    eta: float | None = None
    part: int = 0
    error: str | None = None
    error_type: str | None = None  # the HearthError subclass, e.g. ChecksumMismatch
    retryable: bool = False
    result: Path | None = None
    _pause: threading.Event = field(default_factory=threading.Event, repr=False)
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    _stream: Any = field(default=None, repr=False)

    @property
    def filename(self) -> str:
        return self.paths[0]


class _Paused(Exception):
    """Internal: the job stopped because the user paused it."""


class _ShortBody(ConnectionError):
    """Internal: the server closed the body early without an error; resume from where it ended."""


def split_paths(path: str) -> list[str]:
    """All parts of a split GGUF in the repository (`x-00001-of-00003.gguf`), or `[path]`."""
    folder, _, name = path.rpartition("/")
    m = SPLIT_RE.match(name)
    if not m:
        return [path]
    count = int(m["count"])
    prefix = folder + "/" if folder else ""
    return [f"{prefix}{m['stem']}-{i:05d}-of-{count:05d}.gguf" for i in range(1, count + 1)]


def safe_relative(repo: str, path: str) -> Path:
    """`owner/name/path` as a relative path, refusing anything that could escape the folder."""
    pieces = [*repo.split("/"), *path.replace("\\", "/").split("/")]
    rel = Path(*pieces)
    if len(pieces) < 3 or any(p in ("", ".", "..") or ":" in p for p in pieces):
        raise DownloadError(tr("The file name {path} is not allowed.").format(path=path))
    return rel


class _Checksum:
    """sha256 for LFS files (what the Hub's X-Linked-Etag holds), git blob sha1 for small ones."""

    def __init__(self, expected: str | None, kind: str, size: int) -> None:
        self.expected = expected
        self.kind = kind
        self.size = size
        self.reset()

    def reset(self) -> None:
        if self.kind == "git-sha1":
            self.h = hashlib.sha1(b"blob %d\0" % self.size)
        else:
            self.h = hashlib.sha256()

    def update(self, data: bytes | memoryview) -> None:
        self.h.update(data)

    def ok(self) -> bool:
        return self.expected is not None and self.h.hexdigest() == self.expected


def _datasync(fd: int) -> None:
    # fdatasync is POSIX-only; fsync does the same job (a little more) elsewhere.
    (getattr(os, "fdatasync", None) or os.fsync)(fd)


class _Lane:
    """One worker thread that feeds every block it is handed, in order, to `fn`."""

    def __init__(self, name: str, fn: Callable[[bytes], None]) -> None:
        self.fn = fn
        self.q: queue.Queue[bytes | None] = queue.Queue(maxsize=32)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            block = self.q.get()
            try:
                if block is None:
                    return
                if self.error is None:
                    self.fn(block)
            except BaseException as exc:  # reported to the reading thread by put/flush
                self.error = exc
            finally:
                self.q.task_done()

    def take_error(self) -> BaseException | None:
        exc, self.error = self.error, None
        return exc

    def stop(self) -> None:
        self.q.put(None)
        self.thread.join()


class _Sink:
    """Writes and hashes received bytes on two threads of their own (hashlib and file writes
    release the GIL), so reading the socket, writing and hashing all run at once. Small network
    chunks are joined into ~1 MiB blocks; dirty pages are synced as they go, so the final fsync
    is short."""

    BLOCK = 1 << 20
    SYNC_EVERY = 64 << 20

    def __init__(self, fh: IO[bytes], check: _Checksum) -> None:
        self.fh = fh
        self.check = check
        self.pending: list[bytes] = []
        self.pending_n = 0
        self.unsynced = 0
        self.lanes = (_Lane("hearth-download-writer", self._write),
                      _Lane("hearth-download-hasher", self._hash))

    def _write(self, block: bytes) -> None:
        self.fh.write(block)
        self.unsynced += len(block)
        if self.unsynced >= self.SYNC_EVERY:
            _datasync(self.fh.fileno())
            self.unsynced = 0

    def _hash(self, block: bytes) -> None:
        self.check.update(block)

    def _raise(self) -> None:
        for lane in self.lanes:  # the writer first: a full disk is the error to show
            exc = lane.take_error()
            if exc is None:
                continue
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                raise NotEnoughSpace(tr("The disk is full, so the download stopped. Free some "
                                        "space and try again; what was downloaded is kept."))
            raise exc

    def put(self, chunk: bytes) -> None:
        self.pending.append(chunk)
        self.pending_n += len(chunk)
        if self.pending_n >= self.BLOCK:
            self._push()

    def _push(self) -> None:
        if self.pending:
            block = b"".join(self.pending)
            for lane in self.lanes:
                lane.q.put(block)
            self.pending.clear()
            self.pending_n = 0
        self._raise()

    def flush(self) -> None:
        """Everything handed over so far is written and hashed."""
        self._push()
        for lane in self.lanes:
            lane.q.join()
        self._raise()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            for lane in self.lanes:
                lane.stop()


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_json(path: Path, data: dict[str, Any]) -> None:
    write_atomic(path, json.dumps(data, indent=1, sort_keys=True))


class DownloadManager:
    """Runs download jobs one (or `max_parallel`) at a time on its own threads, or synchronously
    through `run_job` from a caller's worker thread. `on_event` is called from the job's thread.

    pause/resume/cancel/retry are safe from any thread (they set threading.Events)."""

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        models_dir: Path | None = None,
        hub: Hub | None = None,
        on_event: Callable[[DownloadEvent], None] | None = None,
        max_parallel: int = 1,
        max_retries: int = 8,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        read_timeout: float = 30.0,
        progress_interval: float = 0.1,
    ) -> None:
        self.settings = settings if settings is not None else Settings.load()
        self.models_dir = Path(models_dir) if models_dir else self.settings.models_folder()
        self.hub = hub if hub is not None else Hub(self.settings)
        self.on_event = on_event
        self.max_parallel = max(1, max_parallel)
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.read_timeout = read_timeout
        self.progress_interval = progress_interval
        self._jobs: dict[str, DownloadJob] = {}
        self._queue: deque[DownloadJob] = deque()
        self._running: set[str] = set()
        self._cv = threading.Condition()
        self._workers: list[threading.Thread] = []
        self._stopping = False

    # -- paths ----------------------------------------------------------------------------------
    def dest_for(self, repo: str, path: str) -> Path:
        return self.models_dir / safe_relative(repo, path)

    @staticmethod
    def partial_for(final: Path) -> Path:
        return final.with_name(final.name + PARTIAL_SUFFIX)

    @staticmethod
    def sidecar_for(final: Path) -> Path:
        return final.with_name(final.name + SIDECAR_SUFFIX)

    def unfinished(self) -> list[DownloadJob]:
        """Jobs with a stake in the current folder: queued, running or paused ones, and failed
        ones whose partial file waits there for Retry."""
        with self._cv:
            jobs = list(self._jobs.values())
        return [j for j in jobs if j.state in ACTIVE or j.state == State.PAUSED or (
            j.state == State.FAILED and any(
                self.partial_for(self.dest_for(j.repo, p)).exists() for p in j.paths))]

    def set_models_dir(self, path: str | os.PathLike[str]) -> None:
        """Download into `path` from now on. Moving the files is `models.folder`'s job; this only
        points the manager there. Refused (FolderMoveError) while a job is unfinished, because
        its partial file and sidecar live in the old folder."""
        with self._cv:  # enqueue takes the same lock: no job can slip in between
            busy = self.unfinished()
            if busy:
                raise FolderMoveError(trn(
                    "The models folder cannot change while %n download(s) are unfinished: "
                    "their partial files are in the current folder. Let them finish, or cancel "
                    "them in the Downloads tab, then try again.", len(busy)))
            self.models_dir = Path(path)
            for job in self._jobs.values():
                if job.state == State.DONE:  # finished files that moved along: point at them
                    moved = self.dest_for(job.repo, job.paths[0])
                    if moved.exists():
                        job.result = moved

    # -- queue ----------------------------------------------------------------------------------
    def enqueue(self, repo: str, path: str | Iterable[str], revision: str = "main",
                sha256: dict[str, str] | None = None) -> DownloadJob:
        """Queue a file (every part of a split one). The same file already queued is reused."""
        paths = split_paths(path) if isinstance(path, str) else list(path)
        for p in paths:
            safe_relative(repo, p)
        with self._cv:
            for job in self._jobs.values():
                if job.repo == repo and job.paths == paths and job.state in ACTIVE | {
                        State.PAUSED}:
                    return job
            job = DownloadJob(repo, paths, revision, dict(sha256 or {}))
            self._jobs[job.id] = job
            self._queue.append(job)
            self._cv.notify_all()
        self._emit(job, "state")
        return job

    def jobs(self) -> list[DownloadJob]:
        with self._cv:
            return list(self._jobs.values())

    def get(self, job_id: str) -> DownloadJob:
        return self._jobs[job_id]

    def start(self) -> None:
        """Start the worker threads (idempotent)."""
        with self._cv:
            self._stopping = False
            self._workers = [w for w in self._workers if w.is_alive()]
            while len(self._workers) < self.max_parallel:
                w = threading.Thread(target=self._worker, name="hearth-download", daemon=True)
                self._workers.append(w)
                w.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until nothing is queued or running. False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cv:
            while self._queue or self._running:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cv.wait(left)
        return True

    def shutdown(self, timeout: float = 10.0) -> None:
        """Pause running jobs (their partial files stay for next time) and stop the workers."""
        with self._cv:
            self._stopping = True
            for job in self._jobs.values():
                if job.state in ACTIVE:
                    job._pause.set()
                    self._interrupt(job)
            self._queue.clear()
            self._cv.notify_all()
        for w in self._workers:
            w.join(timeout)

    def _worker(self) -> None:
        while True:
            with self._cv:
                while not self._queue and not self._stopping:
                    self._cv.wait()
                if self._stopping:
                    return
                job = self._queue.popleft()
                self._running.add(job.id)
            try:
                self.run_job(job)
            finally:
                with self._cv:
                    self._running.discard(job.id)
                    self._cv.notify_all()

    # -- control (any thread) ---------------------------------------------------------------
    def pause(self, job_id: str) -> None:
        job = self._jobs[job_id]
        with self._cv:
            if job.state in ACTIVE:
                job._pause.set()
                if job in self._queue:
                    self._queue.remove(job)
                    job.state = State.PAUSED
                    self._emit(job, "state")
                else:
                    self._interrupt(job)

    def resume(self, job_id: str) -> None:
        """Continue a paused job, or retry a failed one, from where its partial file ends."""
        job = self._jobs[job_id]
        with self._cv:
            if job.state not in (State.PAUSED, State.FAILED):
                return
            job._pause.clear()
            job._cancel.clear()
            job.error = job.error_type = None
            job.state = State.QUEUED
            self._queue.append(job)
            self._cv.notify_all()
        self._emit(job, "state")

    retry = resume

    def cancel(self, job_id: str) -> None:
        """Stop the job and delete its partial files."""
        job = self._jobs[job_id]
        with self._cv:
            job._cancel.set()
            if job in self._queue:
                self._queue.remove(job)
            elif job.state in ACTIVE:
                self._interrupt(job)
                return  # the running thread cleans up
            if job.state in (State.DONE, State.CANCELLED):
                return
        self._discard_partials(job)
        job.state = State.CANCELLED
        self._emit(job, "state")

    @staticmethod
    def _interrupt(job: DownloadJob) -> None:
        # A read blocked on a silent server would otherwise only notice the flag at its timeout.
        # Closing the response alone does not wake a recv() already blocked in another thread;
        # shutting the socket down does.
        stream = job._stream
        if stream is not None:
            with contextlib.suppress(Exception):
                network = stream.extensions.get("network_stream")
                sock = network.get_extra_info("socket") if network is not None else None
                if sock is not None:
                    sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(Exception):
                stream.close()

    def _discard_partials(self, job: DownloadJob) -> None:
        for p in job.paths:
            final = self.dest_for(job.repo, p)
            self.partial_for(final).unlink(missing_ok=True)
            self.sidecar_for(final).unlink(missing_ok=True)

    # -- events ---------------------------------------------------------------------------------
    def _emit(self, job: DownloadJob, kind: str, message: str = "") -> None:
        if self.on_event is None:
            return
        event = DownloadEvent(job.id, kind, job.state, job.done, job.total, job.speed, job.eta,
                              job.part, len(job.paths), job.filename, message)
        try:
            self.on_event(event)
        except Exception:  # a broken listener must not break the download
            log.exception("download event listener failed")

    def _set_state(self, job: DownloadJob, state: State, message: str = "") -> None:
        job.state = state
        self._emit(job, "state", message)

    # -- the work -------------------------------------------------------------------------------
    def run_job(self, job: DownloadJob) -> DownloadJob:
        """Download every part of `job` in the calling thread. Never raises for download errors:
        the outcome is in job.state / job.error (and the events)."""
        try:
            self._check_flags(job)
            self._set_state(job, State.PREPARING)
            remotes = [self._retrying(job, lambda p=p: self.hub.file_metadata(  # type: ignore[misc]
                job.repo, p, job.revision, timeout=min(self.read_timeout, 20.0)))
                for p in job.paths]
            self._check_space(job, remotes)
            job.done = 0
            for i, remote in enumerate(remotes):
                job.part = i + 1
                self._download_part(job, remote)
            job.result = self.dest_for(job.repo, job.paths[0])
            job.speed, job.eta = 0.0, 0.0
            self._set_state(job, State.DONE)
        except _Paused:
            job.speed, job.eta = 0.0, None
            self._set_state(job, State.PAUSED)
        except DownloadCancelled:
            self._discard_partials(job)
            self._set_state(job, State.CANCELLED)
        except HearthError as exc:
            job.error = secrets.redact(str(exc))
            job.error_type = type(exc).__name__
            job.retryable = getattr(exc, "retryable", True)
            log.warning("download of %s/%s failed: %s", job.repo, job.filename, job.error)
            self._set_state(job, State.FAILED, job.error)
        except Exception as exc:  # unexpected: still a clear message, and the details in the log
            log.error("download of %s/%s failed", job.repo, job.filename,
                      exc_info=(type(exc), exc, None))
            job.error = tr("The download of {name} failed unexpectedly ({kind}). Try again; "
                           "the part downloaded so far is kept.").format(
                               name=job.filename, kind=type(exc).__name__)
            job.error_type = "DownloadError"
            job.retryable = True
            self._set_state(job, State.FAILED, job.error)
        finally:
            job._stream = None
        return job

    def _check_flags(self, job: DownloadJob) -> None:
        if job._cancel.is_set():
            raise DownloadCancelled(tr("Download cancelled."))
        if job._pause.is_set():
            raise _Paused()

    def _retrying(self, job: DownloadJob, call: Callable[[], Any]) -> Any:
        attempt = 0
        while True:
            self._check_flags(job)
            try:
                return call()
            except Exception as exc:
                if job._cancel.is_set() or job._pause.is_set():
                    self._check_flags(job)
                if not is_transient(exc):
                    raise
                attempt += 1
                self._backoff(job, attempt, exc)

    def _backoff(self, job: DownloadJob, attempt: int, exc: BaseException) -> None:
        reason = secrets.redact(str(exc) or type(exc).__name__)
        if attempt > self.max_retries:
            log.warning("download %s: giving up after %d retries: %s", job.filename,
                        attempt - 1, reason)
            raise DownloadError(tr(
                "The connection to the Hugging Face Hub kept dropping. What was downloaded so far "
                "is kept: try again later and the download continues from there.")) from None
        delay = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        # The technical reason goes to the log; the person hears what is happening.
        log.info("download %s: %s; retry %d in %.1f s", job.filename, reason, attempt, delay)
        self._emit(job, "retry", tr("The connection dropped; trying again in {s:.0f} s "
                                    "(attempt {n} of {max}).").format(
                                        s=delay, n=attempt, max=self.max_retries))
        # Wait on the flags, so pause and cancel act at once even during a long backoff.
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            if job._cancel.wait(min(left, 0.05)) or job._pause.is_set():
                break
        self._check_flags(job)

    def _check_space(self, job: DownloadJob, remotes: list[RemoteFile]) -> None:
        need = 0
        total = 0
        for r in remotes:
            if r.size is None:
                raise DownloadError(tr("The Hub did not say how large {name} is, so it cannot be "
                                       "downloaded safely.").format(name=r.path))
            total += r.size
            final = self.dest_for(job.repo, r.path)
            have = 0
            if self._already_verified(final, r):
                have = r.size
            elif self._resumable_offset(final, r):
                have = self.partial_for(final).stat().st_size
            need += max(0, r.size - have)
        job.total = total
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = hardware.free_disk(self.models_dir)
        if free is not None and need > 0 and free < need + SPACE_MARGIN:
            raise NotEnoughSpace(tr(
                "Not enough free disk space for {name}: it needs {need} more and {free} is free "
                "on the disk of {folder}. Free some space or choose another models folder in "
                "Settings.").format(name=job.filename, need=format_bytes(need + SPACE_MARGIN),
                                    free=format_bytes(free), folder=self.models_dir))

    def _already_verified(self, final: Path, remote: RemoteFile) -> bool:
        if not final.exists() or final.stat().st_size != remote.size:
            return False
        meta = read_json(final.with_name(final.name + META_SUFFIX)) or {}
        return bool(meta.get("verified")) and meta.get("etag") == remote.etag

    def _resumable_offset(self, final: Path, remote: RemoteFile) -> bool:
        side = read_json(self.sidecar_for(final))
        partial = self.partial_for(final)
        return (side is not None and partial.exists() and side.get("etag") == remote.etag
                and side.get("size") == remote.size
                and partial.stat().st_size <= (remote.size or 0))

    def _checksum_for(self, job: DownloadJob, remote: RemoteFile) -> _Checksum:
        size = remote.size or 0
        if remote.sha256:
            return _Checksum(remote.sha256, "sha256", size)
        if job.expected_sha256.get(remote.path):
            return _Checksum(job.expected_sha256[remote.path].lower(), "sha256", size)
        if remote.etag and SHA1_RE.match(remote.etag):
            return _Checksum(remote.etag, "git-sha1", size)
        raise DownloadError(tr("The Hub gave no checksum for {name}, so Hearth cannot verify "
                               "it. The file was not downloaded.").format(name=remote.path))

    def _download_part(self, job: DownloadJob, remote: RemoteFile) -> None:
        final = self.dest_for(job.repo, remote.path)
        size = remote.size or 0
        if self._already_verified(final, remote):
            job.done += size
            self._emit(job, "progress")
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        partial, sidecar = self.partial_for(final), self.sidecar_for(final)
        check = self._checksum_for(job, remote)
        offset = partial.stat().st_size if self._resumable_offset(final, remote) else 0
        write_json(sidecar, {
            "repo": job.repo, "path": remote.path, "paths": job.paths, "revision": job.revision,
            "url": remote.url, "etag": remote.etag, "commit": remote.commit, "size": size,
            "sha256": check.expected if check.kind == "sha256" else None,
            "checksum_kind": check.kind, "updated": time.time(),
        })
        mode = "r+b" if partial.exists() else "w+b"
        with open(partial, mode) as fh:
            fh.truncate(offset)
            self._set_state(job, State.RUNNING)
            self._hash_prefix(job, fh, offset, check)
            job.done += offset
            offset = self._fetch(job, remote, fh, offset, check)
            fh.flush()
            os.fsync(fh.fileno())
        self._set_state(job, State.VERIFYING)
        if offset != size or not check.ok():
            partial.unlink(missing_ok=True)
            sidecar.unlink(missing_ok=True)
            job.done -= offset
            raise ChecksumMismatch(tr(
                "{name} was damaged in transfer: its checksum does not match the one the Hugging "
                "Face Hub publishes. The damaged file was deleted; try again to download it "
                "anew.").format(name=remote.path))
        if final.suffix == ".gguf":
            self._check_gguf(partial, remote, sidecar)
        os.replace(partial, final)
        sidecar.unlink(missing_ok=True)
        write_json(final.with_name(final.name + META_SUFFIX), {
            "repo": job.repo, "path": remote.path, "revision": job.revision,
            "commit": remote.commit, "etag": remote.etag, "size": size,
            "sha256": check.expected if check.kind == "sha256" else None,
            "verified": True, "verified_at": time.time(),
        })

    def _check_gguf(self, partial: Path, remote: RemoteFile, sidecar: Path) -> None:
        try:
            info = read_info(partial)
            bad = info.is_truncated
        except ModelLoadError:
            bad = True
        if bad:
            partial.unlink(missing_ok=True)
            sidecar.unlink(missing_ok=True)
            raise DownloadError(tr(
                "{name} matches the Hub's checksum but is not a complete GGUF model file, so "
                "Hearth cannot use it. Choose another file.").format(name=remote.path))

    def _hash_prefix(self, job: DownloadJob, fh: IO[bytes], offset: int, check: _Checksum) -> None:
        """Hash what an earlier run already wrote, so the final check covers the whole file."""
        fh.seek(0)
        left = offset
        while left > 0:
            self._check_flags(job)
            block = fh.read(min(HASH_READ, left))
            if not block:
                break
            check.update(block)
            left -= len(block)
        fh.seek(offset)

    def _fetch(self, job: DownloadJob, remote: RemoteFile, fh: IO[bytes], offset: int,
               check: _Checksum) -> int:
        sink = _Sink(fh, check)
        try:
            return self._fetch_into(job, remote, sink, offset)
        finally:
            sink.close()

    def _fetch_into(self, job: DownloadJob, remote: RemoteFile, sink: _Sink, offset: int) -> int:
        size = remote.size or 0
        attempt = 0
        samples: deque[tuple[float, int]] = deque()
        last_emit = 0.0
        while offset < size:
            self._check_flags(job)
            try:
                with self.hub.open_stream(remote.url, offset, timeout=self.read_timeout,
                                          repo=job.repo, path=remote.path) as resp:
                    job._stream = resp
                    if offset > 0 and resp.status_code != 206:
                        # The server ignored the Range: start over rather than append a 2nd copy.
                        log.info("server ignored Range for %s; restarting", remote.path)
                        sink.flush()
                        job.done -= offset
                        offset = 0
                        sink.fh.seek(0)
                        sink.fh.truncate()
                        sink.check.reset()
                    elif resp.status_code == 206:
                        cr = resp.headers.get("Content-Range", "")
                        if not cr.startswith(f"bytes {offset}-"):
                            raise DownloadError(tr("The server sent the wrong part of {name}.")
                                                .format(name=remote.path))
                    put = sink.put
                    for chunk in resp.iter_raw():
                        if job._pause.is_set() or job._cancel.is_set():
                            break
                        put(chunk)
                        n = len(chunk)
                        offset += n
                        job.done += n
                        attempt = 0  # data flowed: the link works, reset the retry budget
                        now = time.monotonic()
                        if now - last_emit >= self.progress_interval:
                            last_emit = now
                            self._progress(job, samples, now)
                        if offset > size:
                            break
                job._stream = None
                self._check_flags(job)
                if offset > size:
                    return offset  # more bytes than announced: fails the size check
                if offset < size:
                    raise _ShortBody(f"connection closed at {offset} of {size} bytes")
            except (_Paused, DownloadCancelled):
                raise
            except Exception as exc:
                job._stream = None
                self._check_flags(job)  # an interrupted read is a pause/cancel, not a failure
                if not is_transient(exc):
                    raise
                sink.flush()
                attempt += 1
                self._backoff(job, attempt, exc)
                # Resume from what is really on disk.
                offset = sink.fh.tell()
        self._progress(job, samples, time.monotonic())
        return offset

    def _progress(self, job: DownloadJob, samples: deque[tuple[float, int]], now: float) -> None:
        samples.append((now, job.done))
        while len(samples) > 2 and now - samples[0][0] > 5.0:
            samples.popleft()
        t0, d0 = samples[0]
        if now > t0:
            job.speed = (job.done - d0) / (now - t0)
        job.eta = (job.total - job.done) / job.speed if job.speed > 0 else None
        self._emit(job, "progress")

    # -- after a restart ------------------------------------------------------------------------
    def partials(self) -> list[dict[str, Any]]:
        """Downloads an earlier run left unfinished (sidecar + partial file), for 'Resume?'."""
        out: list[dict[str, Any]] = []
        if not self.models_dir.exists():
            return out
        for side in sorted(self.models_dir.rglob("*" + SIDECAR_SUFFIX)):
            data = read_json(side)
            partial = side.with_name(side.name[: -len(".json")])
            if data and partial.exists():
                data["have"] = partial.stat().st_size
                data["partial"] = str(partial)
                out.append(data)
        return out

    def resume_partials(self) -> list[DownloadJob]:
        """Queue every unfinished download found on disk (one job per split model). A file this
        manager already has a job for (a failed one waiting for Retry, one started meanwhile) is
        left to that job: two jobs would write the same partial file."""
        jobs = []
        with self._cv:
            seen: set[tuple[str, str]] = {(j.repo, j.paths[0]) for j in self._jobs.values()
                                          if j.state not in (State.DONE, State.CANCELLED)}
        for data in self.partials():
            paths = data.get("paths") or [data["path"]]
            key = (data["repo"], paths[0])
            if key not in seen:
                seen.add(key)
                jobs.append(self.enqueue(data["repo"], paths, data.get("revision") or "main"))
        return jobs

    def sweep_orphans(self, *, hf_cache: Path | None = None,
                      min_age_s: float = 24 * 3600) -> list[Path]:
        """Delete leftovers no download can use: our partials without a sidecar (or the reverse),
        and huggingface_hub's orphaned `*.incomplete` temp files older than `min_age_s`. Waits
        for another window or command changing the models folder first."""
        if not self.models_dir.exists():
            return self._sweep(hf_cache, min_age_s)
        with write_lock(self.models_dir, tr("clean up unfinished downloads")):
            return self._sweep(hf_cache, min_age_s)

    def _sweep(self, hf_cache: Path | None, min_age_s: float) -> list[Path]:
        active = {self.partial_for(self.dest_for(j.repo, p))
                  for j in self.jobs() if j.state in ACTIVE for p in j.paths}
        removed: list[Path] = []
        now = time.time()
        if self.models_dir.exists():
            for partial in self.models_dir.rglob("*" + PARTIAL_SUFFIX):
                side = partial.with_name(partial.name + ".json")
                in_hf_dir = ".cache" in partial.relative_to(self.models_dir).parts
                if partial in active:
                    continue
                if in_hf_dir:
                    if now - partial.stat().st_mtime >= min_age_s:
                        removed.append(partial)
                elif not side.exists():
                    removed.append(partial)
            for side in self.models_dir.rglob("*" + SIDECAR_SUFFIX):
                if not side.with_name(side.name[: -len(".json")]).exists():
                    removed.append(side)
            # A copy a folder move left when the app quit mid-move (the original was kept).
            for tmp in self.models_dir.rglob("*" + MOVE_TEMP_SUFFIX):
                if now - tmp.stat().st_mtime >= min_age_s:
                    removed.append(tmp)
        if hf_cache is not None and hf_cache.exists():
            for blob in hf_cache.glob("*/blobs/*.incomplete"):
                if now - blob.stat().st_mtime >= min_age_s:
                    removed.append(blob)
        for p in removed:
            p.unlink(missing_ok=True)
        return removed
