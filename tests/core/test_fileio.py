"""Whole-or-nothing file writes: the old file survives a failed write, no temporary is left."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.core import fileio
from app.core.fileio import replacing, write_atomic


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_text_and_bytes(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    write_atomic(target, "héllo")
    assert target.read_bytes() == "héllo".encode()
    write_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert os.listdir(tmp_path) == ["settings.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_owner_only_by_default_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_atomic(tmp_path / "private", "x")
        write_atomic(tmp_path / "shared", "x", mode=0o644)
    finally:
        os.umask(old)
    assert (_mode(tmp_path / "private"), _mode(tmp_path / "shared")) == (0o600, 0o644)


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "catalog.json"
    write_atomic(target, "old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["catalog.json"]


def test_replacing_with_a_named_temporary(tmp_path: Path) -> None:
    dest = tmp_path / "model.gguf"
    tmp = tmp_path / "model.gguf.incomplete"
    tmp.write_text("stale from a crash")
    with replacing(dest, tmp) as path:
        assert path == tmp and not tmp.exists()  # the stale one is gone first
        path.write_text("whole")
        assert not dest.exists()  # nothing at the final name until the block ends
    assert dest.read_text() == "whole" and not tmp.exists()

    with pytest.raises(RuntimeError), replacing(dest, tmp) as path:
        path.write_text("half")
        raise RuntimeError("copy failed")
    assert dest.read_text() == "whole" and not tmp.exists()


def test_replacing_without_a_name_never_shares_a_temporary(tmp_path: Path) -> None:
    dest = tmp_path / "a.json"
    with replacing(dest) as first, replacing(dest) as second:
        assert first != second and first.parent == second.parent == tmp_path
        first.write_text("1")
        second.write_text("2")
    assert dest.read_text() == "1"  # the outer block ends last
    assert os.listdir(tmp_path) == ["a.json"]
