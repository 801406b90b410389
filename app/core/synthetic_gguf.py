"""Write gpt-oss GGUF files with random weights: a tiny one for tests and self-test, a full-size
20b-shaped one for benchmarks. Both stream tensor by tensor, so memory stays flat."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from gguf import GGMLQuantizationType as QType
from gguf import GGUFValue, GGUFValueType, GGUFWriter, RopeScalingType, TokenType

from app.core import gpt_oss
from app.core.gpt_oss import Hyperparameters

# Harmony's special tokens at their ids in the real o200k_harmony vocabulary (reference/gpt-oss.md).
HARMONY_SPECIALS: dict[int, str] = {
    199998: "<|startoftext|>",
    199999: "<|endoftext|>",
    200002: "<|return|>",
    200003: "<|constrain|>",
    200005: "<|channel|>",
    200006: "<|start|>",
    200007: "<|end|>",
    200008: "<|message|>",
    200012: "<|call|>",
    200018: "<|endofprompt|>",
}
REAL_VOCAB_SIZE = gpt_oss.N_VOCAB
FIRST_SPECIAL_ID = 199998

# The official chat template ships inside the package so generated files carry it like real ones.
TEMPLATE_RESOURCE = "openai-gpt-oss-120b.jinja"


def chat_template() -> str:
    return resources.files("app.core").joinpath(TEMPLATE_RESOURCE).read_text(encoding="utf-8")


@dataclass(frozen=True, kw_only=True)
class Shape(Hyperparameters):
    """A file to write: the architecture's hyperparameters and how the writer fills them in."""

    context_length: int
    real_vocab: bool  # 201088 tokens with specials at their real ids, or a tiny byte vocabulary
    dense_type: QType  # embeddings, output and attention weights


TINY = Shape(
    name="tiny-gpt-oss",
    n_layer=2,
    n_embd=64,
    n_head=4,
    n_head_kv=2,
    head_dim=16,
    n_expert=4,
    n_expert_used=2,
    n_ff_expert=64,
    sliding_window=32,
    context_length=gpt_oss.CONTEXT_LENGTH,
    real_vocab=False,
    dense_type=QType.Q8_0,
)

# The real model's shape, so benchmarks see its speed and memory: same numbers as the estimate's.
GPT_OSS_20B = Shape(
    **gpt_oss.GPT_OSS_20B.hyperparameters(name="synthetic-gpt-oss-20b"),
    context_length=gpt_oss.CONTEXT_LENGTH,
    real_vocab=True,
    dense_type=QType.Q8_0,
)


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte -> printable character map used by byte-level BPE vocabularies."""
    bs = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, (chr(c) for c in cs), strict=True))


# A few merges so the BPE path is exercised; their results are in the vocabulary too.
_TINY_MERGES = ["Ġ t", "h e", "Ġ a", "i n", "e r", "o n", "Ġt he", "r e", "a n", "Ġ s"]


def vocabulary(shape: Shape) -> tuple[list[str], list[int], list[str]]:
    """Tokens, token types and merges. Every token string is unique and non-empty."""
    byte_chars = list(_bytes_to_unicode().values())
    tokens = byte_chars[:]
    types = [int(TokenType.NORMAL)] * len(tokens)
    merges = list(_TINY_MERGES)
    for m in merges:
        tokens.append(m.replace(" ", ""))
        types.append(int(TokenType.NORMAL))
    if not shape.real_vocab:
        for text in HARMONY_SPECIALS.values():
            tokens.append(text)
            types.append(int(TokenType.CONTROL))
        return tokens, types, merges
    fill_vocabulary(tokens, types, set(tokens), FIRST_SPECIAL_ID, "f")
    for tid in range(FIRST_SPECIAL_ID, REAL_VOCAB_SIZE):
        tokens.append(HARMONY_SPECIALS.get(tid, f"<|reserved_{tid}|>"))
        types.append(int(TokenType.CONTROL))
    return tokens, types, merges


def fill_vocabulary(tokens: list[str], types: list[int], seen: set[str], size: int,
                    tag: str) -> None:
    """Fill `tokens` up to `size` (a real vocabulary's first special id) with unique filler
    tokens, `▁<tag><n>`: never produced by BPE, as no merge leads to them."""
    i = 0
    while len(tokens) < size:
        text = f"▁{tag}{i}"
        i += 1
        if text not in seen:
            tokens.append(text)
            types.append(int(TokenType.NORMAL))


def _special_id(tokens: list[str], text: str) -> int:
    return tokens.index(text)


# A header value as the writer stores it: (value, type) or (list, ARRAY, element type).
Override = tuple[Any, GGUFValueType] | tuple[Any, GGUFValueType, GGUFValueType]


@dataclass(frozen=True)
class _Tensor:
    name: str
    ggml_shape: tuple[int, ...]  # fastest dimension first, as llama.cpp prints it
    qtype: QType
    kind: str  # weight | norm | bias | sinks

    @property
    def numpy_shape(self) -> tuple[int, ...]:
        return tuple(reversed(self.ggml_shape))

    def byte_shape(self) -> tuple[int, ...]:
        from gguf import GGML_QUANT_SIZES

        block, size = GGML_QUANT_SIZES[self.qtype]
        shp = list(self.numpy_shape)
        if self.qtype in (QType.F32, QType.F16):
            return tuple(shp)
        assert shp[-1] % block == 0, (self.name, shp)
        shp[-1] = shp[-1] // block * size
        return tuple(shp)

    def nbytes(self) -> int:
        if self.qtype == QType.F32:
            return int(np.prod(self.numpy_shape)) * 4
        if self.qtype == QType.F16:
            return int(np.prod(self.numpy_shape)) * 2
        return int(np.prod(self.byte_shape()))


def tensor_plan(shape: Shape, n_vocab: int) -> list[_Tensor]:
    e, v = shape.n_embd, n_vocab
    q_dim = shape.n_head * shape.head_dim
    kv_dim = shape.n_head_kv * shape.head_dim
    ff, ne = shape.n_ff_expert, shape.n_expert
    dt = shape.dense_type
    plan = [
        _Tensor("token_embd.weight", (e, v), dt, "weight"),
        _Tensor("output_norm.weight", (e,), QType.F32, "norm"),
        _Tensor("output.weight", (e, v), dt, "weight"),
    ]
    for i in range(shape.n_layer):
        p = f"blk.{i}."
        plan += [
            _Tensor(p + "attn_norm.weight", (e,), QType.F32, "norm"),
            _Tensor(p + "post_attention_norm.weight", (e,), QType.F32, "norm"),
            _Tensor(p + "attn_q.weight", (e, q_dim), dt, "weight"),
            _Tensor(p + "attn_q.bias", (q_dim,), QType.F32, "bias"),
            _Tensor(p + "attn_k.weight", (e, kv_dim), dt, "weight"),
            _Tensor(p + "attn_k.bias", (kv_dim,), QType.F32, "bias"),
            _Tensor(p + "attn_v.weight", (e, kv_dim), dt, "weight"),
            _Tensor(p + "attn_v.bias", (kv_dim,), QType.F32, "bias"),
            _Tensor(p + "attn_output.weight", (q_dim, e), dt, "weight"),
            _Tensor(p + "attn_output.bias", (e,), QType.F32, "bias"),
            _Tensor(p + "attn_sinks.weight", (shape.n_head,), QType.F32, "sinks"),
            _Tensor(p + "ffn_gate_inp.weight", (e, ne), QType.F32, "router"),
            _Tensor(p + "ffn_gate_inp.bias", (ne,), QType.F32, "bias"),
            _Tensor(p + "ffn_gate_exps.weight", (e, ff, ne), QType.MXFP4, "weight"),
            _Tensor(p + "ffn_gate_exps.bias", (ff, ne), QType.F32, "bias"),
            _Tensor(p + "ffn_up_exps.weight", (e, ff, ne), QType.MXFP4, "weight"),
            _Tensor(p + "ffn_up_exps.bias", (ff, ne), QType.F32, "bias"),
            _Tensor(p + "ffn_down_exps.weight", (ff, e, ne), QType.MXFP4, "weight"),
            _Tensor(p + "ffn_down_exps.bias", (e, ne), QType.F32, "bias"),
        ]
    return plan


def _random_data(t: _Tensor, rng: np.random.Generator) -> np.ndarray:
    """Random but numerically sane values: the model must run, not make sense."""
    if t.qtype == QType.F32:
        n = int(np.prod(t.numpy_shape))
        if t.kind == "norm":
            data = np.ones(n, dtype=np.float32)
        elif t.kind == "router":
            data = rng.standard_normal(n, dtype=np.float32) * 0.05
        else:
            data = rng.standard_normal(n, dtype=np.float32) * 0.02
        return data.reshape(t.numpy_shape)
    if t.qtype == QType.Q8_0:
        nblocks = t.nbytes() // 34
        blocks = np.empty(nblocks, dtype=[("d", "<f2"), ("qs", "i1", (32,))])
        blocks["d"] = np.float16(0.02 / 127 * 3)
        blocks["qs"] = rng.integers(-127, 128, size=(nblocks, 32), dtype=np.int8)
        return blocks.view(np.uint8).reshape(t.byte_shape())
    if t.qtype == QType.MXFP4:
        raw = rng.integers(0, 256, size=t.nbytes(), dtype=np.uint8)
        # Byte 0 of each 17-byte block is the E8M0 scale: 121 keeps |w| small; 0xFF would be NaN.
        raw[0::17] = 121
        return raw.reshape(t.byte_shape())
    raise ValueError(f"unsupported type {t.qtype}")


def write(
    path: str | os.PathLike[str],
    shape: Shape = TINY,
    *,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    architecture: str = "gpt-oss",
    metadata: Mapping[str, Override | None] | None = None,
) -> Path:
    """Write a gpt-oss GGUF for `shape` to `path`; `progress(done, total)` counts bytes.

    `metadata` replaces header values after the writer filled them in (None removes a key): how
    tests make the hostile headers a model file can carry (a string alignment, a context length
    of 2**32-1, more experts used than there are)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    tokens, types, merges = vocabulary(shape)
    plan = tensor_plan(shape, len(tokens))

    w = GGUFWriter(str(path), architecture)
    w.add_name(shape.name)
    w.add_context_length(shape.context_length)
    w.add_block_count(shape.n_layer)
    w.add_embedding_length(shape.n_embd)
    w.add_feed_forward_length(shape.n_ff_expert)
    w.add_head_count(shape.n_head)
    w.add_head_count_kv(shape.n_head_kv)
    w.add_key_length(shape.head_dim)
    w.add_value_length(shape.head_dim)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_sliding_window(shape.sliding_window)
    w.add_expert_count(shape.n_expert)
    w.add_expert_used_count(shape.n_expert_used)
    w.add_expert_feed_forward_length(shape.n_ff_expert)
    w.add_rope_freq_base(150000.0)
    w.add_rope_scaling_type(RopeScalingType.YARN)
    w.add_rope_scaling_factor(32.0)
    w.add_rope_scaling_orig_ctx_len(4096)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("gpt-4o")
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_merges(merges)
    w.add_bos_token_id(_special_id(tokens, "<|startoftext|>"))
    w.add_eos_token_id(_special_id(tokens, "<|return|>"))
    w.add_pad_token_id(_special_id(tokens, "<|endoftext|>"))
    w.add_add_bos_token(False)
    w.add_chat_template(chat_template())
    for key, override in (metadata or {}).items():
        if override is None:
            w.kv_data[0].pop(key, None)
        else:
            value, vtype, *sub = override
            w.kv_data[0][key] = GGUFValue(value, vtype, sub[0] if sub else None)

    for t in plan:
        w.add_tensor_info(
            t.name,
            t.byte_shape() if t.qtype not in (QType.F32, QType.F16) else t.numpy_shape,
            np.dtype(np.uint8) if t.qtype not in (QType.F32, QType.F16) else np.dtype(np.float32),
            t.nbytes(),
            raw_dtype=t.qtype,
        )
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    total = sum(t.nbytes() for t in plan)
    done = 0
    for t in plan:
        w.write_tensor_data(_random_data(t, rng))
        done += t.nbytes()
        if progress:
            progress(done, total)
    w.close()
    return path


def write_tiny(path: str | os.PathLike[str], seed: int = 0) -> Path:
    return write(path, TINY, seed=seed)
