"""Saved KV state files: what is written is read back exactly, anything else is deleted and
reported absent (other key, older format, truncated, corrupted, half written), and the folder
stays under its limit by evicting the least recently used."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core import crypto, kv_cache
from app.core.kv_cache import CONVERSATION, PREFIX, StateStore
from tests.fixtures import kv_state_writer

REPO = Path(__file__).resolve().parents[2]
WRITER = REPO / "tests" / "fixtures" / "kv_state_writer.py"
KEY = "a" * 40
TOKENS = [5, 6, 7, 8, 9, 10, 11, 12]


def _save(store: StateStore, name: str, payload: bytes, key: str = KEY,
          tokens: list[int] | None = None) -> Path:
    path = store.conversation_path(name)
    assert store.write(path, key=key, kind=CONVERSATION, name=name,
                       tokens=TOKENS if tokens is None else tokens, payload=payload) > 0
    return path


def _load(store: StateStore, name: str, key: str = KEY) -> bytes | None:
    found = store.peek(store.conversation_path(name), key, kind=CONVERSATION, name=name)
    if found is None:
        return None
    data = store.read_payload(found)
    return None if data is None else bytes(data)


def test_round_trip_keeps_tokens_and_bytes_private(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "s", 10**9)
    payload = os.urandom(3 * (8 << 20) + 17)  # more than one write chunk
    path = _save(store, "c1", payload)
    found = store.peek(path, KEY, kind=CONVERSATION, name="c1")
    assert found is not None and found.tokens == TOKENS
    assert store.read_payload(found) == payload
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert (tmp_path / "s").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("damage", ["other key", "other name", "older version", "truncated",
                                    "padded", "payload byte", "token", "header", "not a state",
                                    "empty", "sealed byte", "sealed cut", "another key"])
def test_a_file_that_does_not_match_is_deleted_and_absent(tmp_path: Path, damage: str) -> None:
    """Damage inside the state (checked after it is decrypted: re-sealed here so the check it
    aims at is reached) and damage to the sealed file itself (the decryption refuses it)."""
    store = StateStore(tmp_path / "s", 10**9)
    path = _save(store, "c1", os.urandom(5000))
    sealed = bytearray(path.read_bytes())
    raw = bytearray(crypto.read_sealed(path))
    key, name = KEY, "c1"
    header_len = struct.unpack("<I", raw[12:16])[0]
    tokens_at = 16 + header_len
    reseal = True
    if damage == "other key":
        key = "b" * 40
    elif damage == "other name":
        path.rename(store.conversation_path("c2"))
        name = "c2"
    elif damage == "older version":
        raw[8:12] = struct.pack("<I", kv_cache.FORMAT_VERSION - 1)
    elif damage == "truncated":
        del raw[-100:]
    elif damage == "padded":
        raw += b"\0"
    elif damage == "payload byte":
        raw[-10] ^= 0x40
    elif damage == "token":
        raw[tokens_at] ^= 0x01
    elif damage == "header":
        raw[20] = ord("}")
    elif damage == "not a state":
        raw[:8] = b"GGUF\0\0\0\0"
    elif damage == "empty":
        raw = bytearray()
    elif damage == "another key":
        crypto.write_sealed(path, bytes(raw), key=b"k" * 32)  # another Hearth's file
        reseal = False
    else:
        reseal = False
        if damage == "sealed byte":
            sealed[len(sealed) // 2] ^= 0x01
        else:
            del sealed[-7:]
        path.write_bytes(sealed)
    if reseal and damage not in ("other key", "other name"):
        crypto.write_sealed(path, bytes(raw))
    assert _load(store, name, key) is None
    assert not store.conversation_path(name).exists()


def test_a_state_on_disk_holds_no_token_or_byte_in_the_clear(tmp_path: Path) -> None:
    """The tokens are the conversation's text: issue 18 wants them encrypted at rest."""
    store = StateStore(tmp_path / "s", 10**9)
    tokens = list(range(1000, 1400))
    payload = b"PLANTED-STATE-BYTES" * 400
    path = _save(store, "c1", payload, tokens=tokens)
    on_disk = path.read_bytes()
    assert crypto.is_sealed(on_disk)
    assert struct.pack("<8i", *tokens[:8]) not in on_disk and b"PLANTED" not in on_disk
    assert b"HEARTHKV" not in on_disk and KEY.encode() not in on_disk


def test_without_a_key_no_state_is_written(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core import vault

    def no_key(*args: object, **kwargs: object) -> bytes:
        raise vault.KeyringUnavailable("no keyring here")

    monkeypatch.setattr(vault, "master_key", no_key)
    store = StateStore(tmp_path / "s", 10**9)
    path = store.conversation_path("c1")
    assert store.write(path, key=KEY, kind=CONVERSATION, name="c1", tokens=TOKENS,
                       payload=b"x" * 100) == 0
    assert not path.exists() and not list((tmp_path / "s").glob("*"))


def test_limit_evicts_the_least_recently_used(tmp_path: Path) -> None:
    one = 10_000
    store = StateStore(tmp_path / "s", 3 * (one + 500))
    for name in ("a", "b", "c"):
        _save(store, name, os.urandom(one))
        time.sleep(0.02)  # distinct mtimes: the order of use
    assert _load(store, "a") is not None  # used: now the most recent
    time.sleep(0.02)
    _save(store, "d", os.urandom(one))
    left = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert left == [f"c-{n}{kv_cache.SUFFIX}" for n in ("a", "c", "d")]
    assert store.usage() <= store.limit_bytes


def test_a_state_over_the_limit_or_with_saving_off_is_not_written(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "s", 1000)
    path = store.conversation_path("big")
    assert store.write(path, key=KEY, kind=CONVERSATION, name="big", tokens=TOKENS,
                       payload=os.urandom(2000)) == 0
    store.limit_bytes = 0
    assert store.write(path, key=KEY, kind=CONVERSATION, name="big", tokens=TOKENS,
                       payload=b"x" * 10) == 0
    assert not path.exists()


def test_delete_sweep_and_clear(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "s", 10**9)
    for name in ("a", "b", "c"):
        _save(store, name, b"x" * 100)
    store.delete_conversation("a")
    assert _load(store, "a") is None and _load(store, "b") is not None
    assert store.sweep(keep=["c"]) == 1
    assert [p.name for p in (tmp_path / "s").iterdir()] == [f"c-c{kv_cache.SUFFIX}"]
    assert store.clear() > 0
    assert list((tmp_path / "s").iterdir()) == [] and store.usage() == 0


def test_prefix_files_are_few_per_key(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "s", 10**9)
    for i in range(kv_cache.PREFIXES_PER_KEY + 2):
        tokens = [1, 2, 3, 100 + i]
        store.write(store.prefix_path(KEY, tokens), key=KEY, kind=PREFIX, name="",
                    tokens=tokens, payload=b"p" * 64)
        time.sleep(0.02)
    kept = sorted(f.tokens[-1] for f in store.prefixes(KEY))
    assert kept == [100 + i for i in range(2, kv_cache.PREFIXES_PER_KEY + 2)]
    assert store.prefixes("b" * 40) == []


def test_a_conversation_id_never_leaves_the_folder(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "s", 10**9)
    path = store.conversation_path("../../etc/passwd")
    assert path.parent == tmp_path / "s" and "/" not in path.name.removeprefix("c-")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("earlier", [False, True])
def test_a_writer_killed_mid_save_leaves_no_file_that_is_trusted(tmp_path: Path,
                                                                 earlier: bool) -> None:
    """Killed half way through a save: no state is read from the half file; a state saved
    before stays whole and is still the one read; the leftover temporary file is swept."""
    store = StateStore(tmp_path / "s", 10**9)
    size = 4 << 20
    if earlier:
        store.write(store.conversation_path("c1"), key=kv_state_writer.KEY,
                    kind=CONVERSATION, name="c1", tokens=kv_state_writer.TOKENS,
                    payload=kv_state_writer.payload(size, 1))
    writer = subprocess.Popen([sys.executable, str(WRITER), str(tmp_path / "s"), "c1", str(size),
                               "2"],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    try:
        assert writer.stdout is not None
        line = writer.stdout.readline()
        assert line.strip() == "half", writer.stderr.read() if writer.stderr else ""
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
    finally:
        if writer.poll() is None:
            writer.kill()
    leftovers = [p for p in (tmp_path / "s").iterdir() if p.name.endswith(".tmp")]
    assert leftovers, "the kill came after the rename: the test proves nothing"
    got = _load(store, "c1", kv_state_writer.KEY)
    assert got == (kv_state_writer.payload(size, 1) if earlier else None)
    old = time.time() - kv_cache.STALE_TMP_S - 10
    for p in leftovers:
        os.utime(p, (old, old))
    store.evict()
    assert not any(p.name.endswith(".tmp") for p in (tmp_path / "s").iterdir())


def test_model_fingerprint_sees_weights_not_just_the_header(tiny_model: Path,
                                                            tmp_path: Path) -> None:
    copy = tmp_path / "copy.gguf"
    copy.write_bytes(tiny_model.read_bytes())
    assert kv_cache.model_fingerprint(copy) == kv_cache.model_fingerprint(tiny_model)
    raw = bytearray(copy.read_bytes())
    raw[-40] ^= 0xFF  # a weight near the end: same header, same size
    other = tmp_path / "other.gguf"
    other.write_bytes(raw)
    assert kv_cache.model_fingerprint(other) != kv_cache.model_fingerprint(tiny_model)
