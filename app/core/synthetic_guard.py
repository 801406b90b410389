"""Write Qwen3Guard-shaped GGUF files (llama.cpp's qwen3 architecture) for tests and benchmarks.

Like synthetic_gguf for gpt-oss: a tokenizer, the real chat template and random weights, a tiny
shape for tests and the real 0.6B shape for timing. A `reply` can be forced: the model then
answers exactly that text (greedily) to any prompt, so tests can drive the guard's parsing with
a real llama.cpp run. The trick: every block's output projections are zero, so the hidden state
after the last layer is the current token's embedding; the chain's tokens get orthogonal
embeddings and the output matrix maps each one to the next token of the reply. All matmuls
still run at full size, so timings are those of the real shape.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from gguf import GGML_QUANT_SIZES, GGUFWriter, TokenType
from gguf import GGMLQuantizationType as QType
from gguf.quants import quantize

from app.core.synthetic_gguf import _bytes_to_unicode, fill_vocabulary

TEMPLATE_RESOURCE = "qwen3guard-gen.jinja"

# Qwen3's special tokens at their real ids (151643 is the first added token).
QWEN_SPECIALS: dict[int, tuple[str, TokenType]] = {
    151643: ("<|endoftext|>", TokenType.CONTROL),
    151644: ("<|im_start|>", TokenType.CONTROL),
    151645: ("<|im_end|>", TokenType.CONTROL),
    151667: ("<think>", TokenType.USER_DEFINED),
    151668: ("</think>", TokenType.USER_DEFINED),
}
FIRST_SPECIAL = 151643
REAL_TOKENS = 151669  # tokenizer size; the embedding matrix is padded to 151936
REAL_VOCAB = 151936

SAFE_REPLY = "Safety: Safe\nCategories: None"
UNSAFE_REPLY = "Safety: Unsafe\nCategories: Violent"


def chat_template() -> str:
    return resources.files("app.core").joinpath(TEMPLATE_RESOURCE).read_text(encoding="utf-8")


@dataclass(frozen=True)
class GuardShape:
    name: str
    n_layer: int
    n_embd: int
    n_head: int
    n_head_kv: int
    head_dim: int
    n_ff: int
    context_length: int
    real_vocab: bool
    dense_type: QType


TINY_GUARD = GuardShape("tiny-qwen3guard", 2, 64, 4, 2, 16, 128, 8192, False, QType.F32)
# Qwen3Guard-Gen-0.6B's config: 28 layers, hidden 1024, 16 heads of 128, 8 KV heads, FFN 3072.
QWEN3GUARD_0_6B = GuardShape("synthetic-qwen3guard-gen-0.6b", 28, 1024, 16, 8, 128, 3072, 32768,
                             True, QType.Q8_0)


def _reply_pieces(reply: str) -> list[str]:
    """The forced reply as token strings (byte-level BPE text): one per word, the newline or
    space kept in front, so every piece is unique in the chain."""
    enc = _bytes_to_unicode()
    pieces: list[str] = []
    word = ""
    for char in reply:
        if char in " \n" and word.strip():
            pieces.append(word)
            word = ""
        word += char
    if word:
        pieces.append(word)
    out = ["".join(enc[b] for b in p.encode("utf-8")) for p in pieces]
    if len(set(out)) != len(out):
        raise ValueError(f"forced reply has repeated pieces: {out}")
    return out


# Words the 0.6B shape's tokenizer keeps whole, so prompts cost about as many tokens as with the
# real Qwen vocabulary (a byte-level vocabulary makes them four to five times longer).
COMMON_WORDS = (
    "the be to of and a in that have it for not on with he as you do at this but his by from "
    "they we say her she or an will my one all would there their what so up out if about who get "
    "which go me when make can like time no just him know take people into year your good some "
    "could them see other than then now look only come its over think also back after use two how "
    "our work first well way even new want because any these give day most us is are was were "
    "been has had did does said made should may might must here where why very much many more "
    "step steps home make makes making answer question help tell explain write need please thank "
    "story water river morning children parents process kill python linux command file folder "
    "copy first then find send signal group stop hung ignores cannot caught may need killed"
).split()


# Roughly Qwen2's pre-tokenizer (\p{L} as [^\W\d_]): the pieces BPE merges never cross.
_PRETOKEN = re.compile(r"'s|'t|'re|'ve|'m|'ll|'d|[^\r\n\w]?[^\W\d_]+|\d| ?[^\s\w]+[\r\n]*"
                       r"|\s*[\r\n]+|\s+(?!\S)|\s+")


def _merges_for(word: str, enc: dict[int, str]) -> list[tuple[str, str]]:
    """BPE merges that build `word` left to right, one byte at a time."""
    chars = [enc[b] for b in word.encode("utf-8")]
    out = []
    built = chars[0]
    for char in chars[1:]:
        out.append((built, char))
        built += char
    return out


def vocabulary(shape: GuardShape, reply: str | None,
               words: tuple[str, ...] = ()) -> tuple[list[str], list[int], list[str]]:
    """Tokens, types and merges: byte tokens, a few merges (for the real shape, whole words:
    the template's, COMMON_WORDS and `words`), the reply's pieces, the specials."""
    enc = _bytes_to_unicode()
    tokens = list(enc.values())
    types = [int(TokenType.NORMAL)] * len(tokens)
    merges = ["Ġ t", "h e", "Ġ a", "i n", "e r", "o n", "Ġt he", "r e", "a n", "Ġ s"]
    for m in merges:
        tokens.append(m.replace(" ", ""))
        types.append(int(TokenType.NORMAL))
    seen = set(tokens)
    if shape.real_vocab:
        reply_pieces = set(_reply_pieces(reply)) if reply else set()
        vocab_words = set(COMMON_WORDS) | set(words)
        pieces: list[str] = []
        for w in sorted(vocab_words):
            if re.fullmatch(r"[A-Za-z]{2,}", w):
                pieces += [w, " " + w]
            elif re.fullmatch(r"[\u3400-\u9fff]+", w):
                pieces += list(w)
        # The template's own pre-tokenizer pieces ("<BEGIN", " **", "query") are whole tokens
        # in the real vocabulary; whitespace-only ones are left alone, so the prompt still ends
        # in the newline token the forced reply starts from.
        pieces += [p for p in _PRETOKEN.findall(chat_template()) if p.strip()]
        for piece in pieces:
            for left, right in _merges_for(piece, enc):
                joined = left + right
                if joined in seen or joined in reply_pieces:
                    continue
                merges.append(f"{left} {right}")
                tokens.append(joined)
                types.append(int(TokenType.NORMAL))
                seen.add(joined)
    for piece in _reply_pieces(reply) if reply else []:
        if piece not in seen:  # never produced by the tokenizer: no merge leads to it
            tokens.append(piece)
            types.append(int(TokenType.NORMAL))
            seen.add(piece)
    if not shape.real_vocab:
        for text, kind in QWEN_SPECIALS.values():
            tokens.append(text)
            types.append(int(kind))
        return tokens, types, merges
    fill_vocabulary(tokens, types, seen, FIRST_SPECIAL, "g")
    for tid in range(FIRST_SPECIAL, REAL_VOCAB):
        if tid in QWEN_SPECIALS:
            text, kind = QWEN_SPECIALS[tid]
        elif tid < REAL_TOKENS:
            text, kind = f"<|extra_{tid}|>", TokenType.CONTROL
        else:
            text, kind = f"[PAD{tid}]", TokenType.UNUSED
        tokens.append(text)
        types.append(int(kind))
    return tokens, types, merges


def vocabulary_from(path: str | os.PathLike[str], reply: str | None
                    ) -> tuple[list[str], list[int], list[str]]:
    """A real tokenizer from a vocab-only GGUF (llama.cpp's models/ggml-vocab-qwen2.gguf):
    prompts then cost exactly the real number of tokens. Qwen3's <think> tokens and the forced
    reply's pieces take padding slots, where the tokenizer never produces them."""
    from gguf import GGUFReader

    reader = GGUFReader(str(path))

    def strings(key: str) -> list[str]:
        field = reader.fields[key]
        return [bytes(field.parts[i]).decode("utf-8") for i in field.data]

    tokens = strings("tokenizer.ggml.tokens")
    field = reader.fields["tokenizer.ggml.token_type"]
    types = [int(field.parts[i][0]) for i in field.data]
    merges = strings("tokenizer.ggml.merges")
    pads = [i for i, t in enumerate(tokens) if t.startswith("[PAD")]
    for tid, (text, kind) in QWEN_SPECIALS.items():
        if tid < len(tokens) and tokens[tid] != text and text not in tokens:
            tokens[tid], types[tid] = text, int(kind)
            if tid in pads:
                pads.remove(tid)
    for piece in _reply_pieces(reply) if reply else []:
        if piece in tokens:
            continue
        slot = pads.pop()
        tokens[slot], types[slot] = piece, int(TokenType.NORMAL)
    return tokens, types, merges


def _chain(tokens: list[str], reply: str | None) -> list[int]:
    """Token ids the model must walk: the prompt's last token (the blank line after </think>,
    one token in a real vocabulary, a newline byte in the byte-level one), the reply's pieces,
    then <|im_end|>."""
    if not reply:
        return []
    newline = _bytes_to_unicode()[ord("\n")]
    start = tokens.index(newline * 2) if newline * 2 in tokens else tokens.index(newline)
    return ([start] + [tokens.index(p) for p in _reply_pieces(reply)]
            + [tokens.index("<|im_end|>")])


@dataclass(frozen=True)
class _Tensor:
    name: str
    rows: int  # numpy shape (rows, cols); 1-D when cols == 0
    cols: int
    qtype: QType
    kind: str  # embd | output | weight | zero | norm

    @property
    def numpy_shape(self) -> tuple[int, ...]:
        return (self.rows, self.cols) if self.cols else (self.rows,)

    def nbytes(self) -> int:
        block, size = GGML_QUANT_SIZES[self.qtype]
        n = self.rows * (self.cols or 1)
        return n // block * size


def tensor_plan(shape: GuardShape, n_vocab: int, forced: bool) -> list[_Tensor]:
    e, ff = shape.n_embd, shape.n_ff
    q_dim, kv_dim = shape.n_head * shape.head_dim, shape.n_head_kv * shape.head_dim
    dt = shape.dense_type
    # A forced reply needs silent blocks (zero output projections) and its own output matrix.
    silent = "zero" if forced else "weight"
    plan = [
        _Tensor("token_embd.weight", n_vocab, e, dt, "embd"),
        _Tensor("output_norm.weight", e, 0, QType.F32, "norm"),
    ]
    if forced or not shape.real_vocab:
        plan.append(_Tensor("output.weight", n_vocab, e, dt, "output"))
    for i in range(shape.n_layer):
        p = f"blk.{i}."
        plan += [
            _Tensor(p + "attn_norm.weight", e, 0, QType.F32, "norm"),
            _Tensor(p + "attn_q.weight", q_dim, e, dt, "weight"),
            _Tensor(p + "attn_k.weight", kv_dim, e, dt, "weight"),
            _Tensor(p + "attn_v.weight", kv_dim, e, dt, "weight"),
            _Tensor(p + "attn_output.weight", e, q_dim, dt, silent),
            _Tensor(p + "attn_q_norm.weight", shape.head_dim, 0, QType.F32, "norm"),
            _Tensor(p + "attn_k_norm.weight", shape.head_dim, 0, QType.F32, "norm"),
            _Tensor(p + "ffn_norm.weight", e, 0, QType.F32, "norm"),
            _Tensor(p + "ffn_gate.weight", ff, e, dt, "weight"),
            _Tensor(p + "ffn_up.weight", ff, e, dt, "weight"),
            _Tensor(p + "ffn_down.weight", e, ff, dt, silent),
        ]
    return plan


_ROWS_PER_CHUNK = 4096


def _rows(t: _Tensor, rng: np.random.Generator, start: int, stop: int,
          chain: list[int], n_embd: int) -> np.ndarray:
    """Float rows [start, stop) of a tensor."""
    n = stop - start
    if t.kind == "norm":
        return np.ones(t.rows, dtype=np.float32)
    if t.kind == "zero":
        return np.zeros((n, t.cols), dtype=np.float32)
    data = rng.standard_normal((n, t.cols), dtype=np.float32) * 0.02
    if t.kind == "embd" and chain:
        for k, tid in enumerate(chain[:-1]):
            if start <= tid < stop:
                row = np.zeros(t.cols, dtype=np.float32)
                row[k] = 1.0  # orthogonal: chain step k lives on axis k
                data[tid - start] = row
    if t.kind == "output" and chain:
        # After token chain[k] the hidden state is axis k (scaled by RMS norm to sqrt(n_embd)):
        # the next token's row reads that axis strongly.
        for k, nxt in enumerate(chain[1:]):
            if start <= nxt < stop:
                data[nxt - start, k] = 40.0 / np.sqrt(n_embd)
    return data


def write(
    path: str | os.PathLike[str],
    shape: GuardShape = TINY_GUARD,
    *,
    reply: str | None = SAFE_REPLY,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    words: tuple[str, ...] = (),
    vocab_from: str | os.PathLike[str] | None = None,
) -> Path:
    """Write a qwen3-architecture guard GGUF; with `reply`, it answers exactly that. `words`
    (real shape only) are kept whole by its tokenizer, like the real vocabulary would;
    `vocab_from`, a vocab-only GGUF, gives it a real tokenizer instead."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    if vocab_from is not None:
        tokens, types, merges = vocabulary_from(vocab_from, reply)
    else:
        tokens, types, merges = vocabulary(shape, reply, words)
    chain = _chain(tokens, reply)
    if len(chain) > shape.n_embd:
        raise ValueError("forced reply is longer than the embedding width")
    plan = tensor_plan(shape, len(tokens), forced=bool(reply))

    w = GGUFWriter(str(path), "qwen3")
    w.add_name(shape.name)
    w.add_context_length(shape.context_length)
    w.add_block_count(shape.n_layer)
    w.add_embedding_length(shape.n_embd)
    w.add_feed_forward_length(shape.n_ff)
    w.add_head_count(shape.n_head)
    w.add_head_count_kv(shape.n_head_kv)
    w.add_key_length(shape.head_dim)
    w.add_value_length(shape.head_dim)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_rope_freq_base(1000000.0)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("qwen2")
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_merges(merges)
    w.add_eos_token_id(tokens.index("<|im_end|>"))
    w.add_pad_token_id(tokens.index("<|endoftext|>"))
    w.add_bos_token_id(tokens.index("<|endoftext|>"))
    w.add_add_bos_token(False)
    w.add_chat_template(chat_template())

    for t in plan:
        w.add_tensor_info(t.name, t.numpy_shape if t.qtype == QType.F32 else
                          _byte_shape(t), np.dtype(np.float32) if t.qtype == QType.F32 else
                          np.dtype(np.uint8), t.nbytes(), raw_dtype=t.qtype)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    total = sum(t.nbytes() for t in plan)
    done = 0
    for t in plan:
        if t.kind == "norm":
            w.write_tensor_data(_rows(t, rng, 0, t.rows, chain, shape.n_embd))
        else:
            parts = []
            for start in range(0, t.rows, _ROWS_PER_CHUNK):
                stop = min(t.rows, start + _ROWS_PER_CHUNK)
                rows = _rows(t, rng, start, stop, chain, shape.n_embd)
                parts.append(rows if t.qtype == QType.F32 else quantize(rows, t.qtype))
            # One tensor's bytes at a time: the largest, the 0.6B shape's embedding matrix, is
            # about 165 MB in Q8_0.
            w.write_tensor_data(np.concatenate(parts))
        done += t.nbytes()
        if progress:
            progress(done, total)
    w.close()
    return path


def _byte_shape(t: _Tensor) -> tuple[int, ...]:
    block, size = GGML_QUANT_SIZES[t.qtype]
    return (t.rows, t.cols // block * size)


def write_tiny(path: str | os.PathLike[str], reply: str | None = SAFE_REPLY,
               seed: int = 0) -> Path:
    return write(path, TINY_GUARD, reply=reply, seed=seed)
