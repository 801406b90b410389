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
VOCAB_KEY = "tokenizer.ggml.tokens"
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
    # Vocabulary entries that look like control markers (`<|start|>`, ...).
    marker_tokens: set[str] = field(default_factory=set)

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

    def value(self, vtype: int, keep: bool = True, markers: set[str] | None = None) -> Any:
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
                elif sub == _STR and markers is not None:
                    # The vocabulary: keep only what looks like a control marker (<|...|>).
                    for _ in range(count):
                        n = self.take("<Q")
                        if self.pos + n > len(self.buf):
                            raise EOFError
                        if self.buf[self.pos:self.pos + 2] == b"<|" and n <= 64:
                            markers.add(bytes(self.buf[self.pos:self.pos + n]).decode(
                                "utf-8", errors="replace"))
                        self.pos += n
                else:
                    for _ in range(count):
                        self.value(sub, keep=False)
                return _SkippedArray(count)
            return [self.value(sub, markers=markers) for _ in range(count)]
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
    try:
        fh = open(path, "rb")  # closed below; an open error is explained
    except OSError as exc:
        raise ModelLoadError(tr("Hearth cannot read {name} ({reason}). Check that the file "
                                "belongs to you or that you may read it.").format(
                                    name=path.name, reason=exc.strerror or exc)) from exc
    with fh:
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
        markers: set[str] = set()
        for _ in range(n_kv):
            key = r.string()
            vtype = r.take("<I")
            value = r.value(vtype, markers=markers if key == VOCAB_KEY else None)
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
    align = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if (not isinstance(align, int) or isinstance(align, bool) or not 0 < align <= 1 << 20
            or align & (align - 1)):
        raise ModelLoadError(tr("{name} is damaged: its header gives the data alignment as "
                                "{value}, which is not a power of two. Download it again.")
                             .format(name=path.name, value=_short(align)))
    data_offset = (r.pos + align - 1) // align * align
    return GGUFInfo(path, version, size, metadata, tensors, data_offset, lengths, markers)


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
    tensors: list[TensorInfo] = []
    for part in parts:
        info = read_info(part)
        tensors += info.tensors
        if info.is_truncated:
            raise ModelLoadError(tr("{name} is incomplete: it has {have} of the {need} "
                                    "its header describes. The download was probably "
                                    "interrupted; resume or download it again.").format(
                                        name=part.name, have=format_bytes(info.file_size),
                                        need=format_bytes(info.data_end)))
        if first is None:
            first = info
    assert first is not None
    if first.architecture == "gpt-oss":
        check_gpt_oss(first, tensors)
    return first


# ---------------------------------------------------------------------------------------------
# What a gpt-oss file can be: llama.cpp asserts (and kills the process) on some impossible
# numbers, so they are refused here, before any load.

MAX_LAYERS = 512  # LLAMA_MAX_LAYERS
MAX_EXPERTS = 256  # well under LLAMA_MAX_EXPERTS; gpt-oss-120b has 128
MAX_CONTEXT = 1 << 24
MAX_DIM = 1 << 17
_LAYER_RE = re.compile(r"^blk\.(\d+)\.")


def _short(value: Any) -> Any:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _hyper(info: GGUFInfo, key: str, low: int, high: int, default: int | None = None) -> int:
    value = info.arch_value(key, default)
    if value is None:
        raise _not_gpt_oss(info, tr("it does not say its {key}").format(key=key))
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _not_gpt_oss(info, tr("its {key} is {value}, where a gpt-oss model has {low} to "
                                    "{high}").format(key=key, value=_short(value), low=low,
                                                     high=high))
    return value


def _not_gpt_oss(info: GGUFInfo, detail: str) -> ModelLoadError:
    return ModelLoadError(tr("{name} cannot be a working gpt-oss model: {detail}. The file is "
                             "damaged or was made wrongly; download a published gpt-oss GGUF "
                             "instead.").format(name=info.path.name, detail=detail))


def check_gpt_oss(info: GGUFInfo, tensors: list[TensorInfo] | None = None) -> None:
    """Raise ModelLoadError unless the header's numbers are ones a gpt-oss model can have and
    its tensors have the shapes they imply (all parts' tensors for a split file)."""
    from app.core.harmony import STRUCTURAL

    n_layer = _hyper(info, "block_count", 1, MAX_LAYERS)
    _hyper(info, "context_length", 1, MAX_CONTEXT)
    n_embd = _hyper(info, "embedding_length", 1, MAX_DIM)
    n_head = _hyper(info, "attention.head_count", 1, 4096)
    n_head_kv = _hyper(info, "attention.head_count_kv", 1, n_head, n_head)
    if n_head % n_head_kv:
        raise _not_gpt_oss(info, tr("its {n} attention heads do not share {kv} key/value "
                                    "heads evenly").format(n=n_head, kv=n_head_kv))
    head_k = _hyper(info, "attention.key_length", 1, 4096, n_embd // n_head)
    head_v = _hyper(info, "attention.value_length", 1, 4096, head_k)
    n_expert = _hyper(info, "expert_count", 1, MAX_EXPERTS)
    _hyper(info, "expert_used_count", 1, n_expert)
    n_ff = _hyper(info, "expert_feed_forward_length", 1, MAX_DIM,
                  info.arch_value("feed_forward_length"))
    missing = [m for m in STRUCTURAL if m not in info.marker_tokens]
    if missing:
        raise _not_gpt_oss(info, tr("its vocabulary lacks the harmony token {token}").format(
            token=missing[0]))
    n_vocab = info.n_vocab
    want: dict[str, tuple[int, ...]] = {
        "token_embd.weight": (n_embd, n_vocab), "output_norm.weight": (n_embd,)}
    for i in range(n_layer):
        p = f"blk.{i}."
        want.update({
            p + "attn_norm.weight": (n_embd,), p + "post_attention_norm.weight": (n_embd,),
            p + "attn_q.weight": (n_embd, n_head * head_k), p + "attn_q.bias": (n_head * head_k,),
            p + "attn_k.weight": (n_embd, n_head_kv * head_k),
            p + "attn_k.bias": (n_head_kv * head_k,),
            p + "attn_v.weight": (n_embd, n_head_kv * head_v),
            p + "attn_v.bias": (n_head_kv * head_v,),
            p + "attn_output.weight": (n_head * head_v, n_embd), p + "attn_output.bias": (n_embd,),
            p + "attn_sinks.weight": (n_head,),
            p + "ffn_gate_inp.weight": (n_embd, n_expert), p + "ffn_gate_inp.bias": (n_expert,),
            p + "ffn_gate_exps.weight": (n_embd, n_ff, n_expert),
            p + "ffn_gate_exps.bias": (n_ff, n_expert),
            p + "ffn_up_exps.weight": (n_embd, n_ff, n_expert),
            p + "ffn_up_exps.bias": (n_ff, n_expert),
            p + "ffn_down_exps.weight": (n_ff, n_embd, n_expert),
            p + "ffn_down_exps.bias": (n_embd, n_expert)})
    have = {t.name: t.shape for t in (tensors if tensors is not None else info.tensors)}
    for name, shape in want.items():
        if name not in have:
            raise _not_gpt_oss(info, tr("the tensor {tensor} is missing (the header says "
                                        "{n} layers)").format(tensor=name, n=n_layer))
        if tuple(have[name]) != shape:
            raise _not_gpt_oss(info, tr("the tensor {tensor} is {got} where the header's numbers "
                                        "make it {want}").format(
                                            tensor=name, got=_short(list(have[name])),
                                            want=list(shape)))
    extra = [n for n in have if (m := _LAYER_RE.match(n)) and int(m[1]) >= n_layer]
    if extra:
        raise _not_gpt_oss(info, tr("the tensor {tensor} is beyond the {n} layers the header "
                                    "says").format(tensor=extra[0], n=n_layer))
