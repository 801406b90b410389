"""Saved KV states on disk: one file per conversation and per fixed prompt prefix, all checked.

A file holds what the engine's KV cache held for an exact token prefix: a version header, the key
of the model and cache settings it was made with, the tokens themselves and llama.cpp's state
bytes, with a checksum over tokens and state. A file that does not match what is asked for (other
key, other version, wrong length, bad checksum) is deleted and reported as absent, so the turn
simply evaluates its prompt: a damaged cache costs time, never a wrong answer or an error shown.

Every read and write of these files happens in this module (`_write_file`, `_read_header`,
`read_payload`), and every byte is sealed (core.crypto: AES-256-GCM under Hearth's key, in 1 MiB
chunks, so the header and tokens are read without decrypting the state): the tokens are the
conversation's text. Without a key nothing is written. A size limit with least-recently-used
eviction (a file's mtime is its last use) keeps the folder bounded. Thread: any, but one writer
per process (the engine's thread); several processes may share the folder (renames are atomic).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import struct
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import crypto, gguf_info
from app.core.errors import HearthError
from app.core.fileio import Buffer, write_atomic
from app.core.units import MB

log = logging.getLogger(__name__)

FORMAT_VERSION = 2  # 1: plain (never read: such a file is deleted and rebuilt)
MAGIC = b"HEARTHKV"
SUFFIX = ".kvstate"
FOLDER = "kv-states"
PREFIXES_PER_KEY = 4  # fixed-prefix files kept per model and settings (dates, instructions)
STALE_TMP_S = 3600  # a temporary file this old belongs to a writer that died
_FIXED = struct.Struct("<8sII")  # magic, format version, JSON header length
_MAX_HEADER = 1 << 16
_CHUNK = 8 << 20
_NAME_OK = re.compile(r"^[A-Za-z0-9_-]{1,80}$")

CONVERSATION = "conversation"
PREFIX = "prefix"


@dataclass(frozen=True)
class StateFile:
    """A state file whose header and tokens were read and checked (its payload not yet)."""

    path: Path
    key: str
    kind: str
    name: str
    tokens: list[int]
    payload_bytes: int
    crc32: int
    payload_offset: int
    size: int


class StateStore:
    """The folder of saved states. `limit_bytes` 0 turns saving off (reading still works)."""

    def __init__(self, root: Path, limit_bytes: int) -> None:
        self.root = Path(root)
        self.limit_bytes = limit_bytes

    @classmethod
    def default(cls, limit_mb: int) -> StateStore:
        """Under Hearth's cache folder: a saved state can always be rebuilt from the history."""
        from app.core.settings import paths

        return cls(paths().cache_dir / FOLDER, max(0, limit_mb) * MB)

    # -- names

    def conversation_path(self, conversation_id: str) -> Path:
        return self.root / f"c-{_safe_name(conversation_id)}{SUFFIX}"

    def prefix_path(self, key: str, tokens: Sequence[int]) -> Path:
        return self.root / f"p-{key[:20]}-{tokens_digest(tokens)[:20]}{SUFFIX}"

    # -- reading

    def peek(self, path: Path, key: str, *, kind: str, name: str) -> StateFile | None:
        """The file's header and tokens if it is a state for `key`, `kind` and `name`; a file
        that is not (damaged, other model or settings, older format) is deleted."""
        try:
            found = _read_header(path)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            self._discard(path, f"unreadable ({exc})")
            return None
        if found.key != key or found.kind != kind or found.name != name:
            self._discard(path, "made with another model or other settings")
            return None
        return found

    def read_payload(self, state: StateFile) -> bytearray | None:
        """The state bytes, checked against the checksum (None, and the file deleted, if they
        do not match). Reading counts as a use for the least-recently-used eviction."""
        buf = bytearray(state.payload_bytes)
        got = extra = 0
        try:
            with open(state.path, "rb") as f:
                skip = state.payload_offset
                for piece in crypto.unseal_stream(f):
                    view = memoryview(piece)
                    if skip:
                        cut = min(skip, len(view))
                        view, skip = view[cut:], skip - cut
                    take = min(len(view), len(buf) - got)
                    buf[got:got + take] = view[:take]
                    got += take
                    extra += len(view) - take
        except (OSError, HearthError) as exc:
            self._discard(state.path, f"unreadable ({exc})")
            return None
        if got != state.payload_bytes or extra:
            self._discard(state.path, "truncated")
            return None
        crc = zlib.crc32(_tokens_bytes(state.tokens))
        view = memoryview(buf)
        for i in range(0, len(view), _CHUNK):
            crc = zlib.crc32(view[i:i + _CHUNK], crc)
        if crc != state.crc32:
            self._discard(state.path, "checksum mismatch")
            return None
        with contextlib.suppress(OSError):
            os.utime(state.path)
        return buf

    def prefixes(self, key: str) -> list[StateFile]:
        """The fixed-prefix states saved for `key`, checked like any state."""
        out = []
        for path in self._files(f"p-{key[:20]}-"):
            found = self.peek(path, key, kind=PREFIX, name="")
            if found is not None:
                out.append(found)
        return out

    # -- writing

    def write(self, path: Path, *, key: str, kind: str, name: str, tokens: Sequence[int],
              payload: Buffer) -> int:
        """Save one state (whole or not at all); returns its size in bytes, 0 when not saved
        (saving is off, or the state alone is over the limit). Older files are evicted after."""
        body = memoryview(payload).cast("B")
        tokens_raw = _tokens_bytes(tokens)
        crc = zlib.crc32(tokens_raw)
        for i in range(0, len(body), _CHUNK):
            crc = zlib.crc32(body[i:i + _CHUNK], crc)
        header = json.dumps({
            "key": key, "kind": kind, "name": name, "n_tokens": len(tokens),
            "payload_bytes": len(body), "crc32": crc, "saved_at": time.time(),
        }, sort_keys=True).encode("utf-8")
        size = crypto.sealed_size(_FIXED.size + len(header) + len(tokens_raw) + len(body))
        if self.limit_bytes <= 0 or size > self.limit_bytes:
            return 0
        self.root.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.root, 0o700)
        parts: list[Buffer] = [_FIXED.pack(MAGIC, FORMAT_VERSION, len(header)), header,
                               tokens_raw]
        parts += [body[i:i + _CHUNK] for i in range(0, len(body), _CHUNK)]
        try:
            _write_file(path, parts)
        except HearthError as exc:  # no key (no keyring, no passphrase): not written
            log.warning("saved state not written: %s", exc)
            return 0
        self.evict(keep=path)
        return size

    # -- forgetting

    def delete(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def delete_conversation(self, conversation_id: str) -> None:
        """A deleted conversation's state goes with it."""
        self.delete(self.conversation_path(conversation_id))

    def sweep(self, keep: Iterable[str]) -> int:
        """Delete the states of conversations not in `keep` (purged ones); returns how many."""
        kept = {self.conversation_path(cid).name for cid in keep}
        gone = 0
        for path in self._files("c-"):
            if path.name not in kept:
                self.delete(path)
                gone += 1
        return gone

    def clear(self) -> int:
        """Delete every saved state; returns the bytes freed."""
        freed = 0
        for path, size, _ in self._entries(include_tmp=True):
            self.delete(path)
            freed += size
        return freed

    def usage(self) -> int:
        """Bytes the saved states take now."""
        return sum(size for _, size, _ in self._entries())

    def evict(self, keep: Path | None = None) -> list[Path]:
        """Delete least recently used states until the folder fits the limit, and fixed-prefix
        states beyond a few per model; `keep` (the file just written) stays."""
        entries = sorted(self._entries(), key=lambda e: e[2])  # oldest use first
        gone: list[Path] = []
        per_key: dict[str, list[Path]] = {}
        for path, _, _ in reversed(entries):
            if path.name.startswith("p-"):
                group = per_key.setdefault(path.name[:22], [])
                group.append(path)
                if len(group) > PREFIXES_PER_KEY and path != keep:
                    gone.append(path)
        total = sum(size for path, size, _ in entries if path not in gone)
        for path, size, _ in entries:
            if total <= self.limit_bytes:
                break
            if path == keep or path in gone:
                continue
            gone.append(path)
            total -= size
        for path in gone:
            self.delete(path)
        return gone

    # -- internals

    def _discard(self, path: Path, why: str) -> None:
        log.info("saved state %s ignored and deleted: %s", path.name, why)
        self.delete(path)

    def _files(self, prefix: str = "") -> Iterator[Path]:
        try:
            names = os.listdir(self.root)
        except OSError:
            return
        for name in names:
            if name.startswith(prefix) and name.endswith(SUFFIX):
                yield self.root / name

    def _entries(self, include_tmp: bool = False) -> list[tuple[Path, int, float]]:
        """(path, size, last use) of each state; temporary files of dead writers are removed."""
        out: list[tuple[Path, int, float]] = []
        try:
            names = os.listdir(self.root)
        except OSError:
            return out
        now = time.time()
        for name in names:
            path = self.root / name
            try:
                st = path.stat()
            except OSError:
                continue
            if name.endswith(".tmp") and name.startswith("."):
                if include_tmp or now - st.st_mtime > STALE_TMP_S:
                    self.delete(path)
                continue
            if name.endswith(SUFFIX):
                out.append((path, st.st_size, st.st_mtime))
        return out


def _write_file(path: Path, parts: Sequence[Buffer]) -> None:
    # Not fsynced: a file the OS did not finish writing before a power cut fails the length or
    # checksum test when read, and is rebuilt; the rename still makes it whole or absent.
    # Sealed piece by piece as it is written: the state is never held twice.
    write_atomic(path, crypto.sealed_pieces(memoryview(p).cast("B") for p in parts),
                 durable=False)


class _Plain:
    """Reads the plain bytes of a sealed file from its start, decrypting only what is read."""

    def __init__(self, f: Any) -> None:
        self._pieces = crypto.unseal_stream(f)
        self._buf = b""

    def read(self, n: int) -> bytes:
        while len(self._buf) < n:
            try:
                self._buf += next(self._pieces)
            except StopIteration:
                break
        out, self._buf = self._buf[:n], self._buf[n:]
        return out


def _read_header(path: Path) -> StateFile:
    """Header and tokens of a state file; ValueError when it is not a whole, current one."""
    try:
        return _read_sealed_header(path)
    except HearthError as exc:  # damaged, another key, or no key now
        raise ValueError(str(exc)) from exc


def _read_sealed_header(path: Path) -> StateFile:
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        f = _Plain(fh)
        fixed = f.read(_FIXED.size)
        if len(fixed) != _FIXED.size:
            raise ValueError("truncated header")
        magic, version, header_len = _FIXED.unpack(fixed)
        if magic != MAGIC:
            raise ValueError("not a saved state")
        if version != FORMAT_VERSION:
            raise ValueError(f"format version {version}")
        if header_len > _MAX_HEADER:
            raise ValueError("header too long")
        raw = f.read(header_len)
        try:
            header: dict[str, Any] = json.loads(raw.decode("utf-8"))
            key, kind, name = str(header["key"]), str(header["kind"]), str(header["name"])
            n_tokens, payload_bytes = int(header["n_tokens"]), int(header["payload_bytes"])
            crc = int(header["crc32"])
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise ValueError("damaged header") from exc
        offset = _FIXED.size + header_len + 4 * n_tokens
        if (n_tokens < 0 or payload_bytes < 0
                or crypto.sealed_size(offset + payload_bytes) != size):
            raise ValueError("truncated or padded")
        token_raw = f.read(4 * n_tokens)
        if len(token_raw) != 4 * n_tokens:
            raise ValueError("truncated tokens")
    tokens = list(struct.unpack(f"<{n_tokens}i", token_raw))
    return StateFile(path, key, kind, name, tokens, payload_bytes, crc, offset, size)


def _tokens_bytes(tokens: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(tokens)}i", *tokens)


def tokens_digest(tokens: Sequence[int]) -> str:
    return hashlib.blake2b(_tokens_bytes(tokens), digest_size=16).hexdigest()


def _safe_name(name: str) -> str:
    # Conversation ids are hex; anything else is hashed so it can never leave the folder.
    return name if _NAME_OK.match(name) else hashlib.blake2b(
        name.encode("utf-8"), digest_size=16).hexdigest()


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


# ---------------------------------------------------------------------------------------------
# What a state is keyed by

_HEADER_HASH_MAX = 64 << 20
_SAMPLES = 16
_SAMPLE_BYTES = 64 << 10
_fingerprints: dict[tuple[str, int, int], str] = {}


def model_fingerprint(path: str | os.PathLike[str]) -> str:
    """The model file's identity: every part's size, a hash of the GGUF header (metadata and
    tensor layout) and of a few blocks of weights spread over the file (two fine-tunes of one
    model share a header). Does not change when the file is moved or copied."""
    first = Path(path)
    st = first.stat()
    memo = (str(first), st.st_size, st.st_mtime_ns)
    if memo in _fingerprints:
        return _fingerprints[memo]
    h = hashlib.blake2b(digest_size=20)
    parts = gguf_info.split_parts(first)
    for part in parts:
        size = part.stat().st_size
        h.update(struct.pack("<Q", size))
        try:
            data_offset = gguf_info.read_info(part).data_offset or 0
        except Exception:  # not ours to judge here: the engine loaded it
            data_offset = 0
        with open(part, "rb") as f:
            h.update(f.read(min(data_offset or _SAMPLE_BYTES, _HEADER_HASH_MAX)))
            span = max(0, size - data_offset - _SAMPLE_BYTES)
            for i in range(_SAMPLES):
                f.seek(data_offset + span * i // max(1, _SAMPLES - 1))
                h.update(f.read(_SAMPLE_BYTES))
    digest = h.hexdigest()
    _fingerprints[memo] = digest
    return digest


def state_key(model_path: str, config: dict[str, Any]) -> str:
    """One key for a model file and the settings that change what its KV cache holds."""
    body = json.dumps({"model": model_fingerprint(model_path), "config": config,
                       "format": FORMAT_VERSION}, sort_keys=True, default=str)
    return hashlib.blake2b(body.encode("utf-8"), digest_size=20).hexdigest()


__all__ = [
    "CONVERSATION", "FORMAT_VERSION", "PREFIX", "StateFile", "StateStore",
    "common_prefix", "model_fingerprint", "state_key", "tokens_digest",
]
