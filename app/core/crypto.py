"""Sealed files: AES-256-GCM under Hearth's master key, for anything outside the database that
holds conversation text (saved KV states, kept safety-log text).

`seal(bytes) -> bytes` and `open_sealed(bytes) -> bytes` for whole blobs; `write_sealed` and
`read_sealed` for files (written atomically, owner-only); `seal_stream` / `unseal_stream` for data
too large to hold twice. The format is chunked (1 MiB), so a large state is never one huge GCM
message:

    MAGIC (8) | version (1) | nonce prefix (7) | chunk ... | final chunk

Each chunk is GCM with nonce = prefix | chunk number (4, big-endian) | final flag (1) and the
header as associated data: reordered, dropped, truncated or appended chunks fail to open. Every
full chunk holds exactly CHUNK bytes; the final one fewer (possibly none).

The file key is derived from the master key with HKDF (info "hearth sealed files v1"), so the
database key and the file key are never the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core import vault
from app.core.errors import HearthError
from app.core.fileio import replacing
from app.core.i18n import tr

MAGIC: Final = b"HRTHSEAL"
VERSION: Final = 1
HEADER_BYTES: Final = len(MAGIC) + 1 + 7
CHUNK: Final = 1 << 20
TAG: Final = 16


class SealedDataError(HearthError):
    """Sealed data that cannot be opened: damaged, cut short, or sealed with another key."""


def _aead(key: bytes | None = None) -> AESGCM:
    master = key if key is not None else vault.master_key()
    file_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=b"hearth sealed files v1").derive(master)
    return AESGCM(file_key)


def is_sealed(data: bytes) -> bool:
    """Whether `data` starts like something `seal` made."""
    return data[: len(MAGIC)] == MAGIC


def _nonce(prefix: bytes, number: int, final: bool) -> bytes:
    return prefix + number.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def _sealed_pieces(chunks: Iterable[bytes], key: bytes | None) -> Iterator[bytes]:
    """The header, then each sealed chunk of `chunks` (any sizes)."""
    aead = _aead(key)
    prefix = os.urandom(7)
    header = MAGIC + bytes([VERSION]) + prefix
    yield header
    number = 0
    buffer = bytearray()

    def sealed(piece: bytes | memoryview, final: bool) -> bytes:
        nonlocal number
        if number >= 1 << 32:
            raise ValueError("too much data for one sealed file")
        out = aead.encrypt(_nonce(prefix, number, final), piece, header)
        number += 1
        return out

    for chunk in chunks:
        view = memoryview(chunk)
        if buffer:
            take = min(len(view), CHUNK - len(buffer))
            buffer += view[:take]
            view = view[take:]
            if len(buffer) == CHUNK and view:
                yield sealed(bytes(buffer), False)
                buffer.clear()
        # Whole chunks straight from the caller's data; at least one byte is kept back, as
        # the final chunk is always shorter than CHUNK.
        while len(view) > CHUNK:
            yield sealed(view[:CHUNK], False)
            view = view[CHUNK:]
        if view:
            buffer += view
    if len(buffer) == CHUNK:
        yield sealed(bytes(buffer), False)
        buffer.clear()
    yield sealed(bytes(buffer), True)


def _opened_pieces(read: Callable[[int], bytes], key: bytes | None) -> Iterator[bytes]:
    header = bytes(read(HEADER_BYTES))
    if len(header) != HEADER_BYTES or not is_sealed(header):
        raise SealedDataError(tr("This file was not written by Hearth's encryption."))
    if header[len(MAGIC)] != VERSION:
        raise SealedDataError(tr("This file was encrypted by a newer version of Hearth."))
    aead = _aead(key)
    prefix = header[len(MAGIC) + 1:]
    number = 0
    pending = read(CHUNK + TAG)
    while True:
        following = read(CHUNK + TAG) if len(pending) == CHUNK + TAG else b""
        final = not following
        try:
            yield aead.decrypt(_nonce(prefix, number, final), pending, header)
        except InvalidTag:
            raise SealedDataError(tr(
                "An encrypted file of Hearth is damaged or was made with another key.")) from None
        if final:
            return
        number += 1
        pending = following


def sealed_pieces(chunks: Iterable[bytes | memoryview], *,
                  key: bytes | None = None) -> Iterator[bytes]:
    """`chunks` (any sizes) sealed, as the pieces of the file to write one after another (a
    large state is never held twice)."""
    return _sealed_pieces(chunks, key)  # type: ignore[arg-type]


def sealed_size(plain_bytes: int) -> int:
    """The size of `plain_bytes` bytes once sealed: header, every chunk's tag, the final chunk."""
    return HEADER_BYTES + plain_bytes + TAG * (plain_bytes // CHUNK + 1)


def seal_stream(chunks: Iterable[bytes], out: BinaryIO, *, key: bytes | None = None) -> int:
    """Write `chunks` (any sizes) sealed to `out`; returns the bytes written."""
    written = 0
    for piece in _sealed_pieces(chunks, key):
        out.write(piece)
        written += len(piece)
    return written


def unseal_stream(inp: BinaryIO, *, key: bytes | None = None) -> Iterator[bytes]:
    """The plain chunks of sealed data read from `inp`; SealedDataError when it does not open."""
    return _opened_pieces(inp.read, key)


def seal(data: bytes, *, key: bytes | None = None) -> bytes:
    """`data` sealed under the master key (or `key`)."""
    return b"".join(_sealed_pieces([data], key))


def open_sealed(blob: bytes, *, key: bytes | None = None) -> bytes:
    """What `seal` sealed; SealedDataError when damaged or sealed with another key."""
    view = memoryview(blob)
    position = 0

    def read(n: int) -> bytes:
        nonlocal position
        piece = view[position:position + n]
        position += len(piece)
        return piece  # type: ignore[return-value]  # a view: decrypt takes it without a copy

    return b"".join(_opened_pieces(read, key))


def write_sealed(path: Path, data: bytes | Iterable[bytes], *, key: bytes | None = None) -> int:
    """Write a sealed file whole or not at all (owner-only); returns its size."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    chunks = [data] if isinstance(data, bytes | bytearray | memoryview) else data
    with replacing(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            size = seal_stream((bytes(c) for c in chunks), fh, key=key)
            fh.flush()
            os.fsync(fh.fileno())
    return size


def read_sealed(path: Path, *, key: bytes | None = None) -> bytes:
    """The content of a sealed file."""
    with open(path, "rb") as fh:
        return b"".join(unseal_stream(fh, key=key))


__all__ = [
    "CHUNK", "MAGIC", "SealedDataError", "is_sealed", "open_sealed", "read_sealed", "seal",
    "seal_stream", "unseal_stream", "write_sealed",
]
