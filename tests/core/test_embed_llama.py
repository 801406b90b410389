"""LlamaEmbedder with the real llama.cpp: the generated tiny gpt-oss model names no pooling, so it
also checks that such a model gives one vector per text (mean pooled), not one per token."""

from __future__ import annotations

import math
from pathlib import Path

from app.core.documents import LlamaEmbedder


def test_vectors_per_text_unit_length_and_deterministic(tiny_model: Path) -> None:
    embedder = LlamaEmbedder(tiny_model, n_ctx=512, n_threads=2)
    vectors = embedder.embed(["The ledger closes in March.", "A completely different line."])
    assert len(vectors) == 2
    assert all(len(v) == embedder.dim > 0 for v in vectors)
    assert all(abs(math.sqrt(sum(x * x for x in v)) - 1.0) < 1e-3 for v in vectors)
    assert vectors[0] != vectors[1]
    again = embedder.embed(["The ledger closes in March."])[0]
    assert max(abs(a - b) for a, b in zip(again, vectors[0], strict=True)) < 1e-4
    query = embedder.embed_query("When does the ledger close?")
    assert len(query) == embedder.dim
