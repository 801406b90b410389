"""The gpt-oss architecture in numbers, described once: the memory estimate (models.fit) and the
synthetic GGUF writer (synthetic_gguf) both build their shapes from these."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

N_VOCAB = 201088  # o200k_harmony, specials included (reference/gpt-oss.md)
CONTEXT_LENGTH = 131072  # what the published GGUFs declare (YaRN over 4096)
# MXFP4 (ggml type 39): 32 values in a 17-byte block. Every published gpt-oss GGUF keeps its
# experts in it, whatever the file's quantization name says.
MXFP4_BLOCK_BYTES, MXFP4_BLOCK_VALUES = 17, 32


@dataclass(frozen=True, kw_only=True)
class Hyperparameters:
    """What decides a gpt-oss model's tensor shapes, and so its size, memory use and speed."""

    name: str
    n_layer: int
    n_embd: int
    n_head: int
    n_head_kv: int
    head_dim: int
    n_expert: int
    n_expert_used: int
    n_ff_expert: int
    sliding_window: int

    def hyperparameters(self, **changes: Any) -> dict[str, Any]:
        """These fields alone (not a subclass's), with `changes`, to build another kind of shape
        from them: `Shape(**GPT_OSS_20B.hyperparameters(name="x"), ...)`."""
        return {f.name: getattr(self, f.name) for f in fields(Hyperparameters)} | changes

    def mxfp4_expert_bytes(self) -> int:
        """The ffn_{gate,up,down}_exps tensors in MXFP4 plus their f32 biases, all layers."""
        e, ff, ne = self.n_embd, self.n_ff_expert, self.n_expert
        per_matrix = e * ff * ne * MXFP4_BLOCK_BYTES // MXFP4_BLOCK_VALUES
        biases = (2 * ff + e) * ne * 4
        return self.n_layer * (3 * per_matrix + biases)


def _released(name: str, n_layer: int, n_expert: int) -> Hyperparameters:
    # The two released sizes differ only in depth and expert count (OpenAI's model card).
    return Hyperparameters(name=name, n_layer=n_layer, n_embd=2880, n_head=64, n_head_kv=8,
                           head_dim=64, n_expert=n_expert, n_expert_used=4, n_ff_expert=2880,
                           sliding_window=128)


GPT_OSS_20B = _released("gpt-oss-20b", 24, 32)
GPT_OSS_120B = _released("gpt-oss-120b", 36, 128)
