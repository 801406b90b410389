"""Fast GGUF header reader: what a file claims to be, and whether all of its bytes are there."""

from __future__ import annotations

import mmap
import os
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

from app.core.errors import ModelLoadError
from app.core.i18n import tr
from app.core.units import format_bytes

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
SPLIT_RE = re.compile(r"^(?P<stem>.*)-(?P<idx>\d{5})-of-(?P<count>\d{5})\.gguf$")

# GGUF value types (gguf spec)
_U8, _I8, _U16, _I16, _U32, _I32, _F32, _BOOL, _STR, _ARR, _U64, _I64, _F64 = range(13)
_SCALAR = {
    _U8: "<B", _I8: "<b", _U16: "<H", _I16: "<h", _U32: "<I", _I32: "<i",
    _F32: "<f", _BOOL: "<?", _U64: "<Q", _I64: "<q", _F64: "<d",
}
# Arrays longer than this are skipped, not kept: the vocabulary has 201088 strings.
_KEEP_ARRAY_MAX = 64


@dataclass
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    type_id: int
    offset: int

    @property
    def nbytes(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        try:
            block, size = GGML_QUANT_SIZES[GGMLQuantizationType(self.type_id)]
        except (ValueError, KeyError):
            return 0
        return n // block * size


@dataclass
class GGUFInfo:
    path: Path
    version: int
    file_size: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo] = field(default_factory=list)
    data_offset: int = 0
    array_lengths: dict[str, int] = field(default_factory=dict)

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", ""))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name", self.path.stem))

    @property
    def data_end(self) -> int:
        """Where the last tensor's bytes end; a whole file is at least this long."""
        if not self.tensors:
            return self.data_offset
        return self.data_offset + max(t.offset + t.nbytes for t in self.tensors)

    @property
    def is_truncated(self) -> bool:
        return self.file_size < self.data_end

    @property
    def tensor_bytes(self) -> int:
        return sum(t.nbytes for t in self.tensors)

    @property
    def split_count(self) -> int:
        return int(self.metadata.get("split.count", 1) or 1)

    @property
    def n_vocab(self) -> int:
        return self.array_lengths.get("tokenizer.ggml.tokens", 0)

    def arch_value(self, key: str, default: Any = None) -> Any:
        """A hyperparameter under the architecture's prefix, e.g. arch_value('block_count')."""
        return self.metadata.get(f"{self.architecture}.{key}", default)


class _Reader:
    def __init__(self, buf: mmap.mmap | bytes) -> None:
        self.buf = buf
        self.pos = 0

    def take(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.buf):
            raise EOFError
        (value,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += size
        return value

    def string(self) -> str:
        n = self.take("<Q")
        if self.pos + n > len(self.buf):
            raise EOFError
        raw = bytes(self.buf[self.pos : self.pos + n])
        self.pos += n
        return raw.decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        n = self.take("<Q")
        if self.pos + n > len(self.buf):
            raise EOFError
        self.pos += n

    def value(self, vtype: int, keep: bool = True) -> Any:
        if vtype in _SCALAR:
            return self.take(_SCALAR[vtype])
        if vtype == _STR:
            return self.string()
        if vtype == _ARR:
            sub = self.take("<I")
            count = self.take("<Q")
            if not keep or count > _KEEP_ARRAY_MAX:
                if sub in _SCALAR:
                    size = struct.calcsize(_SCALAR[sub]) * count
                    if self.pos + size > len(self.buf):
                        raise EOFError
                    self.pos += size
                else:
                    for _ in range(count):
                        self.value(sub, keep=False)
                return _SkippedArray(count)
            return [self.value(sub) for _ in range(count)]
        raise ValueError(f"unknown GGUF value type {vtype}")


@dataclass
class _SkippedArray:
    length: int


def read_info(path: str | os.PathLike[str]) -> GGUFInfo:
    """Parse the header and tensor table. Raises ModelLoadError with an actionable message."""
    path = Path(path)
    if not path.exists():
        raise ModelLoadError(tr("The model file {path} does not exist. Check the path, or download "
                                "the model again from the model manager.").format(path=path))
    if path.is_dir():
        raise ModelLoadError(tr("{path} is a folder, not a model file. Choose the .gguf file "
                                "inside it.").format(path=path))
    size = path.stat().st_size
    if size < 24:
        raise ModelLoadError(tr("{name} is empty or almost empty ({size} bytes): it is not a "
                                "model. Download it again.").format(name=path.name, size=size))
    with open(path, "rb") as fh:
        if fh.read(4) != GGUF_MAGIC:
            raise ModelLoadError(tr("{name} is not a GGUF model file. Hearth runs GGUF files such "
                                    "as gpt-oss-20b-mxfp4.gguf.").format(name=path.name))
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return _parse(path, mm, size)


def _parse(path: Path, mm: mmap.mmap, size: int) -> GGUFInfo:
    r = _Reader(mm)
    r.pos = 4
    truncated_header = ModelLoadError(
        tr("{name} is cut short: its header ends early. The download was probably "
           "interrupted; download it again.").format(name=path.name))
    try:
        version = r.take("<I")
        if version not in SUPPORTED_VERSIONS:
            raise ModelLoadError(tr("{name} uses GGUF version {v}, which this version of Hearth "
                                    "cannot read.").format(name=path.name, v=version))
        n_tensors = r.take("<Q")
        n_kv = r.take("<Q")
        metadata: dict[str, Any] = {}
        lengths: dict[str, int] = {}
        for _ in range(n_kv):
            key = r.string()
            vtype = r.take("<I")
            value = r.value(vtype)
            if isinstance(value, _SkippedArray):
                lengths[key] = value.length
            else:
                if isinstance(value, list):
                    lengths[key] = len(value)
                metadata[key] = value
        tensors = []
        for _ in range(n_tensors):
            name = r.string()
            n_dims = r.take("<I")
            shape = tuple(r.take("<Q") for _ in range(n_dims))
            type_id = r.take("<I")
            offset = r.take("<Q")
            tensors.append(TensorInfo(name, shape, type_id, offset))
    except EOFError:
        raise truncated_header from None
    except (struct.error, ValueError) as exc:
        raise ModelLoadError(tr("{name} is damaged: its header cannot be read ({detail}). "
                                "Download it again.").format(name=path.name, detail=exc)) from exc
    align = int(metadata.get("general.alignment", DEFAULT_ALIGNMENT) or DEFAULT_ALIGNMENT)
    data_offset = (r.pos + align - 1) // align * align
    return GGUFInfo(path, version, size, metadata, tensors, data_offset, lengths)


def split_parts(path: str | os.PathLike[str]) -> list[Path]:
    """All parts of a split GGUF (`name-00001-of-00003.gguf`), or just the file itself."""
    path = Path(path)
    m = SPLIT_RE.match(path.name)
    if not m:
        return [path]
    count = int(m["count"])
    return [path.with_name(f"{m['stem']}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)]


def validate(path: str | os.PathLike[str]) -> GGUFInfo:
    """Check a model (all parts of a split one) is complete. Returns the first part's info."""
    parts = split_parts(path)
    missing = [p.name for p in parts if not p.exists()]
    if missing and Path(path).exists():
        raise ModelLoadError(tr("This model is split into {n} parts and {missing} is missing. "
                                "Download the missing parts, then try again.").format(
                                    n=len(parts), missing=", ".join(missing)))
    first = None
    for part in parts:
        info = read_info(part)
        if info.is_truncated:
            raise ModelLoadError(tr("{name} is incomplete: it has {have} of the {need} "
                                    "its header describes. The download was probably "
                                    "interrupted; resume or download it again.").format(
                                        name=part.name, have=format_bytes(info.file_size),
                                        need=format_bytes(info.data_end)))
        if first is None:
            first = info
    assert first is not None
    return first
