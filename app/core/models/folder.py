"""Changing the models folder: check that a new folder is usable, plan which of Hearth's models go
along, and move them so that a failure at any point loses nothing."""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import HearthError
from app.core.fileio import replacing
from app.core.i18n import tr, trn
from app.core.models import hardware
from app.core.models.downloads import (
    META_SUFFIX,
    MOVE_TEMP_SUFFIX,
    PARTIAL_SUFFIX,
    SPACE_MARGIN,
)
from app.core.models.errors import FolderMoveCancelled, FolderMoveError
from app.core.models.local import IMPORTED, InstalledModel, list_installed
from app.core.units import format_bytes

log = logging.getLogger(__name__)

# Only what Hearth put there itself: verified downloads and imports. Other GGUFs a person dropped
# into the folder are theirs to move.
MOVABLE_SOURCES = ("downloaded", IMPORTED)
TEMP_SUFFIX = MOVE_TEMP_SUFFIX  # a copy in progress; list_installed never matches it
COPY_BLOCK = 8 << 20

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
# Set (or returning True) when the person asked to stop: checked between files and copy blocks.
Cancel = threading.Event | Callable[[], bool]


@dataclass
class ModelMove:
    """One model and every file that goes with it (all parts and their metadata)."""

    model: InstalledModel
    files: list[Path]  # relative to the plan's source folder
    size: int

    @property
    def name(self) -> str:
        return self.model.path.name


@dataclass
class MovePlan:
    """What moving from `source` to `target` would do. Made off the GUI thread (it walks the
    folder); nothing has been changed on disk yet except that `target` exists."""

    source: Path
    target: Path
    moves: list[ModelMove] = field(default_factory=list)
    conflicts: list[ModelMove] = field(default_factory=list)  # same name already in the target
    partials: list[Path] = field(default_factory=list)  # unfinished downloads: never moved
    same_disk: bool = False
    free: int | None = None  # on the target's disk

    @property
    def count(self) -> int:
        return len(self.moves)

    @property
    def size(self) -> int:
        return sum(m.size for m in self.moves)

    @property
    def needed(self) -> int:
        """Free space the move needs on the target: none when the files are only renamed."""
        return 0 if self.same_disk or not self.moves else self.size + SPACE_MARGIN

    @property
    def enough_space(self) -> bool:
        return self.free is None or self.free >= self.needed


@dataclass
class MoveResult:
    moved: list[Path]  # each model's first file, in its new place
    size: int
    leftovers: list[Path]  # complete copies exist in the target; the old file could not be deleted


def same_folder(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    return Path(a).expanduser().absolute().resolve() == Path(b).expanduser().absolute().resolve()


def check_writable(folder: str | os.PathLike[str]) -> Path:
    """Create `folder` if needed and prove Hearth can write a file there (permissions, read-only
    disks and ACLs all show up this way, unlike with os.access). Returns the absolute path."""
    path = Path(folder).expanduser().absolute()
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=path, prefix=".hearth-write-test-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise FolderMoveError(tr(
            "Hearth cannot write to {folder} ({reason}). Choose a folder you can write "
            "to.").format(folder=path, reason=exc.strerror or exc)) from exc
    return path


def _lsize(path: Path) -> int:
    return 0 if path.is_symlink() else path.stat().st_size


def _inside(path: Path, folder: Path) -> bool:
    return path.absolute().parent.resolve().is_relative_to(folder.resolve())


def _files_of(model: InstalledModel, source: Path) -> list[Path]:
    files = []
    for part in model.parts:
        if not (part.exists() or part.is_symlink()):
            continue
        files.append(part.relative_to(source))
        meta = part.with_name(part.name + META_SUFFIX)
        if meta.is_file():
            files.append(meta.relative_to(source))
    return files


def plan_move(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> MovePlan:
    """Check that `target` is writable and list the models Hearth would move there from `source`.
    Raises FolderMoveError with a message a person can act on."""
    source = Path(source).expanduser().absolute()
    if same_folder(source, target):
        raise FolderMoveError(tr("{folder} is already the models folder.").format(
            folder=source))
    target = check_writable(target)
    plan = MovePlan(source, target, free=hardware.free_disk(target))
    if not source.is_dir():
        return plan
    plan.same_disk = source.stat().st_dev == target.stat().st_dev
    for model in list_installed(source):
        if model.source not in MOVABLE_SOURCES or _inside(model.path, target):
            continue  # not Hearth's, or already in the new folder (a folder inside the old one)
        files = _files_of(model, source)
        move = ModelMove(model, files, sum(_lsize(source / f) for f in files))
        clash = any((target / f).exists() or (target / f).is_symlink() for f in files)
        (plan.conflicts if clash else plan.moves).append(move)
    plan.partials = sorted(
        p for p in source.rglob("*" + PARTIAL_SUFFIX)
        if ".cache" not in p.relative_to(source).parts and not _inside(p, target))
    return plan


def _copy_file(src: Path, dest: Path, report: Callable[[int], None]) -> None:
    """Copy bytes, reporting how many are done, and make them durable before returning."""
    copied = 0
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        while block := fin.read(COPY_BLOCK):
            fout.write(block)
            copied += len(block)
            report(copied)
        fout.flush()
        os.fsync(fout.fileno())


def _copy(src: Path, dest: Path, report: Callable[[int], None]) -> None:
    """Copy `src` to `dest` through a temporary name: `dest` only appears once it is complete and
    its size matches, so a half-copied file never looks like a model."""
    with replacing(dest, dest.with_name(dest.name + TEMP_SUFFIX)) as tmp:
        if src.is_symlink():  # an import that was linked, not copied: move the link itself
            os.symlink(os.readlink(src), tmp)
        else:
            expected = src.stat().st_size
            _copy_file(src, tmp, report)
            got = tmp.stat().st_size
            if got != expected or src.stat().st_size != expected:
                raise FolderMoveError(tr(
                    "The copy of {name} came out the wrong size ({got} instead of {want}), so "
                    "the models were not moved.").format(
                        name=src.name, got=format_bytes(got), want=format_bytes(expected)))
            with contextlib.suppress(OSError):
                shutil.copystat(src, tmp)


def _make_parents(folder: Path, created: list[Path]) -> None:
    missing = []
    p = folder
    while not p.exists():
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir()
        except FileExistsError:
            continue
        created.append(d)


def _roll_back(journal: list[tuple[Path, Path, bool]], created: list[Path]) -> list[Path]:
    """Undo a move that failed: renamed files go back, copies are deleted (their originals were
    never touched). Returns the files that could not be put back."""
    stuck = []
    for src, dest, renamed in reversed(journal):
        try:
            if renamed:
                os.rename(dest, src)
            else:
                dest.unlink()
        except OSError as exc:
            log.error("could not undo the move of %s: %s", dest, exc)
            stuck.append(dest)
    for d in reversed(created):
        with contextlib.suppress(OSError):
            d.rmdir()  # only the empty folders this move made
    return stuck


def _prune(folders: set[Path], root: Path) -> None:
    """Remove the folders the move emptied (owner/repository), never `root` itself."""
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        p = folder
        while p != root and p.is_relative_to(root):
            try:
                p.rmdir()
            except OSError:
                break
            p = p.parent


def _cancel_check(cancel: Cancel | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def move_models(plan: MovePlan, progress: Progress | None = None,
                cancel: Cancel | None = None) -> MoveResult:
    """Move every model in `plan` from its source to its target folder, all or nothing.

    On one disk each file is renamed. Across disks each file is copied under a temporary name,
    fsynced, checked for size and only then given its real name; the originals are deleted only
    after every copy is complete. If anything fails, what was done is undone and FolderMoveError
    says why: no file is ever lost.

    `cancel` (a threading.Event, or a callable answering True) is checked before each file and
    after each copied block, and once more before any original is deleted. Once it is set the
    move is undone exactly as after a failure and FolderMoveCancelled is raised."""
    cancelled = _cancel_check(cancel)
    total = plan.size
    if not plan.moves:
        return MoveResult([], 0, [])
    check_writable(plan.target)
    if not plan.same_disk:
        free = hardware.free_disk(plan.target)
        if free is not None and free < plan.size + SPACE_MARGIN:
            raise FolderMoveError(trn(
                "Not enough free space on the disk of {folder}: moving %n model(s) needs {need} "
                "and {free} is free. Free some space, choose another folder, or leave the models "
                "where they are.", plan.count).format(folder=plan.target,
                                                      need=format_bytes(plan.size + SPACE_MARGIN),
                                                      free=format_bytes(free)))
    journal: list[tuple[Path, Path, bool]] = []  # (source file, target file, renamed?)
    created: list[Path] = []
    done = 0

    def report(now: int) -> None:
        if progress is not None:
            progress(min(now, total), total)

    def check_cancel() -> None:
        if cancelled():
            raise FolderMoveCancelled(tr(
                "The move was cancelled. Your models are still in {folder}.").format(
                    folder=plan.source))

    def copy_report(base: int, now: int) -> None:  # after each copied block
        check_cancel()
        report(base + now)

    try:
        for move in plan.moves:
            for rel in move.files:
                check_cancel()
                src, dest = plan.source / rel, plan.target / rel
                size = _lsize(src)
                _make_parents(dest.parent, created)
                if dest.exists() or dest.is_symlink():
                    raise FolderMoveError(tr(
                        "{name} appeared in {folder} while the models were being moved, so "
                        "nothing was moved.").format(name=rel, folder=plan.target))
                renamed = False
                if plan.same_disk:
                    try:
                        os.rename(src, dest)
                        renamed = True
                    except OSError as exc:
                        if exc.errno != errno.EXDEV:  # EXDEV: another mount of the same disk
                            raise
                if not renamed:
                    _copy(src, dest, functools.partial(copy_report, done))
                journal.append((src, dest, renamed))
                done += size
                report(done)
        check_cancel()  # the last chance: after this the originals are deleted
    except BaseException as exc:
        stuck = _roll_back(journal, created)
        if stuck:
            raise FolderMoveError(trn(
                "Moving the models failed ({reason}) and %n file(s) could not be put back; they "
                "are complete and in {folder}. No file was lost.", len(stuck)).format(
                    reason=_reason(exc), folder=plan.target)) from exc
        if isinstance(exc, HearthError):
            raise
        if isinstance(exc, OSError):
            raise FolderMoveError(_failure_text(exc, plan)) from exc
        raise
    # Every file is complete in the new folder: only now let go of the old copies.
    leftovers = []
    for src, _dest, renamed in journal:
        if renamed:
            continue
        try:
            src.unlink()
        except OSError as exc:
            log.warning("moved %s but could not delete the old copy: %s", src, exc)
            leftovers.append(src)
    _prune({src.parent for src, _, _ in journal}, plan.source)
    moved = [plan.target / m.model.path.relative_to(plan.source) for m in plan.moves]
    return MoveResult(moved, total, leftovers)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc) or type(exc).__name__


def _failure_text(exc: OSError, plan: MovePlan) -> str:
    if exc.errno == errno.ENOSPC:
        return tr("The disk of {folder} is full, so the models were not moved. Nothing was "
                  "lost: they are all still in {source}.").format(folder=plan.target,
                                                                  source=plan.source)
    return tr("The models could not be moved ({reason}). Nothing was lost: they are all still "
              "in {source}.").format(reason=_reason(exc), source=plan.source)
