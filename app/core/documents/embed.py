"""Optional dense retrieval: the Embedder interface, two embedders, and reciprocal-rank fusion."""

from __future__ import annotations

import hashlib
import math
import os
import threading
from collections import Counter
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar, runtime_checkable

from app.core.documents.terms import words

K = TypeVar("K", bound=Hashable)

RRF_K = 60


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors of one fixed dimension; `name` identifies the model, so vectors
    from different models are never compared."""

    name: str

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


def rrf_fuse(rankings: Sequence[Sequence[K]], k: int = RRF_K) -> list[tuple[K, float]]:
    """Reciprocal-rank fusion: score(d) = sum over rankings of 1 / (k + rank), rank from 1.

    Ties keep the order in which items were first seen, so fusion is deterministic.
    """
    scores: dict[K, float] = {}
    for ranking in rankings:
        for rank, key in enumerate(ranking, start=1):
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    order = {key: i for i, key in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


def _stem(word: str) -> str:
    """A light suffix strip so 'valves' and 'valve' land in the same bucket."""
    for suffix in ("ingly", "edly", "ing", "ies", "ied", "es", "ed", "ly", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


class HashingEmbedder:
    """Signed feature hashing of (lightly stemmed) words and word bigrams, log term frequency,
    L2-normalised. Deterministic across runs and machines; needs no model file.

    Not semantic, but a real lexical vector model: it is what fusion is tested with, and a
    fallback that costs nothing.
    """

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self.name = f"hashing-{dim}"

    def _bucket(self, feature: str) -> tuple[int, float]:
        h = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "little")
        return h % self.dim, (1.0 if (h >> 63) & 1 else -1.0)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for text in texts:
            toks = [_stem(w) for w in words(text)]
            feats = Counter(toks)
            feats.update(f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False))
            vec = [0.0] * self.dim
            for feat, tf in feats.items():
                idx, sign = self._bucket(feat)
                vec[idx] += sign * (1.0 + math.log(tf))
            norm = math.sqrt(sum(v * v for v in vec)) or 1.0
            out.append([v / norm for v in vec])
        return out


class LlamaEmbedder:
    """A GGUF embedding model run by llama-cpp-python (e.g. nomic-embed-text, bge-small).

    Owns its own Llama instance; like every Llama it must stay on one thread.
    """

    def __init__(self, model_path: str | os.PathLike[str], *, n_ctx: int = 2048,
                 n_threads: int | None = None, n_gpu_layers: int = 0,
                 query_prefix: str = "", document_prefix: str = "") -> None:
        from app.core.engine import load_embedding_model

        self.path = Path(model_path)
        self.name = f"gguf:{self.path.name}"
        self.query_prefix = query_prefix
        self.document_prefix = document_prefix
        self._lock = threading.Lock()
        self._llm = load_embedding_model(str(self.path), n_ctx=n_ctx, n_threads=n_threads,
                                         n_gpu_layers=n_gpu_layers)
        self.dim = int(self._llm.n_embd())

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        with self._lock:
            result = self._llm.embed([self.document_prefix + t for t in texts], normalize=True,
                                     truncate=True)
        return [list(map(float, v)) for v in result]  # type: ignore[arg-type]

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            result = self._llm.embed(self.query_prefix + text, normalize=True, truncate=True)
        return list(map(float, result))  # type: ignore[arg-type]
