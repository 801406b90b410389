"""Changing the models folder: which models move, moving on one disk and across disks, and that a
move that fails at any point loses no file."""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from pathlib import Path

import pytest

from app.core import synthetic_gguf
from app.core.models import folder
from app.core.models.downloads import (
    META_SUFFIX,
    PARTIAL_SUFFIX,
    SIDECAR_SUFFIX,
    DownloadManager,
    State,
    write_json,
)
from app.core.models.errors import FolderMoveCancelled, FolderMoveError
from app.core.models.hub import Hub
from app.core.models.local import import_gguf, list_installed
from app.core.settings import Settings
from tests.fixtures.fake_hub import FakeHub

REPO = "org/gpt-oss-test-GGUF"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` (links by their target), by relative path."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[str(p.relative_to(root))] = "-> " + os.readlink(p)
        elif p.is_file():
            out[str(p.relative_to(root))] = digest(p)
    return out


def downloaded(models: Path, name: str, seed: int = 0) -> Path:
    """A model as a finished download leaves it: the file and its verified metadata."""
    path = synthetic_gguf.write_tiny(models / "org" / "gpt-oss-test-GGUF" / name, seed=seed)
    write_json(path.with_name(path.name + META_SUFFIX), {
        "repo": REPO, "path": name, "sha256": digest(path), "verified": True})
    return path


@pytest.fixture
def source(tmp_path: Path, tiny_model: Path) -> Path:
    """A models folder with: a download, a split download, an import, a linked import, a GGUF the
    user dropped in themselves, and an unfinished download."""
    models = tmp_path / "old-models"
    downloaded(models, "tiny.gguf")
    for i in (1, 2, 3):
        downloaded(models, f"split-0000{i}-of-00003.gguf", seed=i)
    import_gguf(tiny_model, models)
    linked_src = synthetic_gguf.write_tiny(tmp_path / "elsewhere" / "linked.gguf", seed=9)
    import_gguf(linked_src, models, mode="symlink")
    synthetic_gguf.write_tiny(models / "mine" / "users-own.gguf", seed=5)
    partial = models / "org" / "other-GGUF" / ("big.gguf" + PARTIAL_SUFFIX)
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"\0" * 1000)
    write_json(partial.with_name("big.gguf" + SIDECAR_SUFFIX), {"repo": "org/other-GGUF"})
    return models


def test_plan_lists_only_the_models_hearth_manages(source: Path, tmp_path: Path) -> None:
    plan = folder.plan_move(source, tmp_path / "new-models")
    names = sorted(m.name for m in plan.moves)
    assert names == ["linked.gguf", "split-00001-of-00003.gguf", "tiny-gpt-oss.gguf",
                     "tiny.gguf"]
    split = next(m for m in plan.moves if m.model.is_split)
    assert len(split.files) == 6  # three parts and three metadata files
    assert plan.count == 4 and plan.same_disk and plan.needed == 0 and plan.enough_space
    expected = sum(p.stat().st_size for p in source.rglob("*")
                   if p.is_file() and not p.is_symlink() and "mine" not in p.parts
                   and "other-GGUF" not in p.parts)
    assert plan.size == expected
    assert [p.name for p in plan.partials] == ["big.gguf" + PARTIAL_SUFFIX]
    assert (tmp_path / "new-models").is_dir()  # made, and proven writable


def test_move_on_one_disk_renames_every_file(source: Path, tmp_path: Path) -> None:
    before = snapshot(source)
    target = tmp_path / "new-models"
    plan = folder.plan_move(source, target)
    inodes = {f: (source / f).lstat().st_ino for m in plan.moves for f in m.files}
    reports: list[tuple[int, int]] = []
    result = folder.move_models(plan, lambda d, t: reports.append((d, t)))

    assert reports[-1] == (plan.size, plan.size)
    assert sorted(p.name for p in result.moved) == sorted(m.name for m in plan.moves)
    assert result.leftovers == []
    after = snapshot(target)
    for rel, value in after.items():
        assert before[rel] == value  # the same bytes (or link) under the same relative path
    assert all((target / f).lstat().st_ino == ino for f, ino in inodes.items())  # renamed
    # What is not Hearth's stays, and emptied folders are gone.
    left = snapshot(source)
    assert set(left) == {"mine/users-own.gguf", "org/other-GGUF/big.gguf" + PARTIAL_SUFFIX,
                         "org/other-GGUF/big.gguf" + SIDECAR_SUFFIX}
    assert not (source / "imported").exists()
    listed = {m.path.name: m for m in list_installed(target)}
    assert listed["tiny.gguf"].source == "downloaded" and listed["tiny.gguf"].verified
    assert listed["tiny-gpt-oss.gguf"].source == "imported" and listed["linked.gguf"].valid
    assert listed["split-00001-of-00003.gguf"].is_split


def test_move_across_disks_copies_then_deletes_the_originals(source: Path,
                                                             tmp_path: Path) -> None:
    before = snapshot(source)
    target = tmp_path / "other-disk"
    plan = folder.plan_move(source, target)
    plan.same_disk = False  # what plan_move finds when st_dev differs
    inodes = {f: (source / f).lstat().st_ino for m in plan.moves for f in m.files}
    result = folder.move_models(plan)
    assert len(result.moved) == 4 and result.leftovers == []
    after = snapshot(target)
    assert after and all(before[rel] == value for rel, value in after.items())
    assert any((target / f).lstat().st_ino != ino for f, ino in inodes.items())  # copies
    assert (target / "imported" / "linked.gguf").is_symlink()
    assert not list(target.rglob("*" + folder.TEMP_SUFFIX))
    assert all(not (source / f).exists() for f in inodes)


def test_a_rename_across_mounts_falls_back_to_copying(source: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def no_rename(src: object, dst: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    plan = folder.plan_move(source, tmp_path / "bind-mount")
    monkeypatch.setattr(folder.os, "rename", no_rename)
    result = folder.move_models(plan)
    assert len(result.moved) == 4 and all(p.exists() for p in result.moved)
    assert not (source / "org" / "gpt-oss-test-GGUF" / "tiny.gguf").exists()


def assert_nothing_lost(source: Path, before: dict[str, str], target: Path) -> None:
    assert snapshot(source) == before
    assert [p for p in target.rglob("*") if not p.is_dir()] == []
    assert list(target.iterdir()) == []  # the folders the move made are gone too


def test_a_copy_failing_half_way_loses_nothing(source: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(source)
    target = tmp_path / "small-disk"
    plan = folder.plan_move(source, target)
    plan.same_disk = False
    real_copy = folder._copy_file
    calls = []

    def copy_then_fill_the_disk(src: Path, dest: Path, report: object) -> None:
        calls.append(src)
        if len(calls) < 4:
            real_copy(src, dest, report)  # type: ignore[arg-type]
            return
        dest.write_bytes(src.read_bytes()[:1000])  # half a file, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(folder, "_copy_file", copy_then_fill_the_disk)
    with pytest.raises(FolderMoveError, match="full.*Nothing was lost"):
        folder.move_models(plan)
    assert len(calls) == 4
    assert_nothing_lost(source, before, target)
    assert sorted(m.path.name for m in list_installed(source)) == sorted(
        [m.name for m in plan.moves] + ["users-own.gguf"])


def test_cancelling_mid_copy_undoes_everything(source: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(source)
    target = tmp_path / "usb-disk"
    plan = folder.plan_move(source, target)
    plan.same_disk = False
    monkeypatch.setattr(folder, "COPY_BLOCK", 4096)  # many blocks per file
    files = [f for m in plan.moves for f in m.files]
    sizes = [folder._lsize(source / f) for f in files]
    first = next(i for i, size in enumerate(sizes) if size > 4096)  # the first real copy
    first_done = sum(sizes[:first + 1])
    cancel = threading.Event()
    seen: list[tuple[int, bool]] = []

    def progress(done: int, total: int) -> None:
        if done > first_done and not cancel.is_set():
            # The first file is complete in the target and the next one is half copied.
            seen.append((done, (target / files[first]).is_file()))
            assert list(target.rglob("*" + folder.TEMP_SUFFIX))
            cancel.set()
        seen.append((done, False))

    with pytest.raises(FolderMoveCancelled, match="cancelled.*still in") as caught:
        folder.move_models(plan, progress, cancel)
    assert str(source) in str(caught.value)
    assert seen[0][1] is False and any(complete for _, complete in seen)
    # It stopped at the next block, not at the end of the file or of the move.
    assert seen[-1][0] <= first_done + 2 * 4096 < plan.size
    assert_nothing_lost(source, before, target)  # originals intact by content; target empty
    assert sorted(m.path.name for m in list_installed(source)) == sorted(
        [m.name for m in plan.moves] + ["users-own.gguf"])


def test_cancelling_a_rename_move_puts_every_file_back(source: Path, tmp_path: Path) -> None:
    before = snapshot(source)
    target = tmp_path / "same-disk"
    plan = folder.plan_move(source, target)
    renamed: list[int] = []

    def cancel() -> bool:  # a callable works too: here, after three files were renamed
        return len(renamed) >= 3

    with pytest.raises(FolderMoveCancelled):
        folder.move_models(plan, lambda done, total: renamed.append(done), cancel)
    assert len(renamed) == 3
    assert_nothing_lost(source, before, target)


def test_a_copy_of_the_wrong_size_is_refused_and_undone(source: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(source)
    target = tmp_path / "flaky-disk"
    plan = folder.plan_move(source, target)
    plan.same_disk = False

    def short_copy(src: Path, dest: Path, report: object) -> None:
        dest.write_bytes(src.read_bytes()[:-1])  # one byte short, and no error

    monkeypatch.setattr(folder, "_copy_file", short_copy)
    with pytest.raises(FolderMoveError, match="wrong size"):
        folder.move_models(plan)
    assert_nothing_lost(source, before, target)


def test_a_rename_failing_half_way_is_undone(source: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(source)
    target = tmp_path / "new-models"
    plan = folder.plan_move(source, target)
    real_rename = os.rename
    calls = []

    def rename(src: object, dst: object) -> None:
        calls.append(src)
        if len(calls) == 5:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(folder.os, "rename", rename)
    with pytest.raises(FolderMoveError, match="Permission denied.*Nothing was lost"):
        folder.move_models(plan)
    assert len(calls) > 5  # the four that went through were renamed back
    assert_nothing_lost(source, before, target)


def test_not_enough_space_is_refused_before_anything_moves(source: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(source)
    monkeypatch.setattr(folder.hardware, "free_disk", lambda path: 10_000)
    target = tmp_path / "tiny-disk"
    plan = folder.plan_move(source, target)
    plan.same_disk = False
    assert not plan.enough_space and plan.needed > plan.size
    with pytest.raises(FolderMoveError, match="Not enough free space"):
        folder.move_models(plan)
    assert_nothing_lost(source, before, target)


def test_a_folder_that_cannot_be_written_is_refused(source: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(FolderMoveError, match="cannot write to"):
        folder.plan_move(source, blocker / "models")
    if os.geteuid() != 0:  # root writes anywhere: only the case above can refuse it
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(FolderMoveError, match="Choose a folder you can write to"):
            folder.check_writable(locked)
    with pytest.raises(FolderMoveError, match="already the models folder"):
        folder.plan_move(source, source / ".." / source.name)


def test_a_model_already_in_the_target_stays_where_it_is(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "new-models"
    clash = target / "org" / "gpt-oss-test-GGUF" / "tiny.gguf"
    clash.parent.mkdir(parents=True)
    clash.write_bytes(b"someone else's file")
    plan = folder.plan_move(source, target)
    assert [m.name for m in plan.conflicts] == ["tiny.gguf"]
    folder.move_models(plan)
    assert clash.read_bytes() == b"someone else's file"
    assert (source / "org" / "gpt-oss-test-GGUF" / "tiny.gguf").exists()
    assert (target / "imported" / "tiny-gpt-oss.gguf").exists()


# -- the download manager follows the folder ------------------------------------------------------
@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with FakeHub(workdir=tmp_path) as h:
        h.add_file(REPO, "tiny.gguf", synthetic_gguf.write_tiny(tmp_path / "src" / "t.gguf"))
        monkeypatch.setenv("HF_ENDPOINT", h.url)
        yield h


def test_downloads_go_to_the_new_folder_and_unfinished_ones_block_a_change(
        hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "home"))
    settings = Settings()
    old, new = tmp_path / "old", tmp_path / "new"
    manager = DownloadManager(settings=settings, models_dir=old, hub=Hub(settings),
                              backoff_base=0.01, read_timeout=5.0)
    done = manager.run_job(manager.enqueue(REPO, "tiny.gguf"))
    assert done.state == State.DONE and done.result == old / REPO / "tiny.gguf"

    queued = manager.enqueue(REPO, "other.gguf")  # not started: still unfinished
    with pytest.raises(FolderMoveError, match="1 download"):
        manager.set_models_dir(new)
    assert manager.models_dir == old
    manager.cancel(queued.id)
    assert manager.unfinished() == []

    folder.move_models(folder.plan_move(old, new))
    manager.set_models_dir(new)
    assert manager.models_dir == new and done.result == new / REPO / "tiny.gguf"
    assert manager.dest_for(REPO, "tiny.gguf") == new / REPO / "tiny.gguf"
    hub.add_file(REPO, "second.gguf", synthetic_gguf.write_tiny(tmp_path / "src" / "s.gguf",
                                                                seed=3))
    second = manager.run_job(manager.enqueue(REPO, "second.gguf"))
    assert second.state == State.DONE, second.error
    assert second.result == new / REPO / "second.gguf" and second.result.exists()
    assert not (old / REPO / "second.gguf").exists()
    assert {m.path.name for m in list_installed(new)} == {"tiny.gguf", "second.gguf"}
