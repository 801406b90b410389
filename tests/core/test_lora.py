"""LoRA adapters on the generated gpt-oss model: an adapter GGUF written here (llama.cpp's format:
general.type=adapter, <tensor>.lora_a {n_in, r} and .lora_b {r, n_out}), applied with a scale;
scale 0 gives the base model's output, a non-zero scale changes it, and an adapter made for
another architecture or another size is refused with a message a person can act on."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import pytest

from app.commands.common import lora_argument
from app.core import gguf_info
from app.core.engine import EngineConfig, LlamaEngine, SamplingParams
from app.core.errors import ModelLoadError
from app.core.harmony import Conversation, Message

TARGETS = ("attn_q.weight", "attn_k.weight", "attn_v.weight", "attn_output.weight")
GREEDY = SamplingParams(temperature=0.0, max_tokens=12, seed=3)


def write_lora(path: Path, model: Path, *, rank: int = 4, arch: str = "gpt-oss",
               kind: str = "lora", grow: int = 0, seed: int = 1) -> Path:
    """A LoRA adapter for `model`'s attention and output matrices, with weights big enough to move
    the output. `grow` makes every matrix that much wider: an adapter for another model size."""
    rng = np.random.default_rng(seed)
    shapes = {t.name: t.shape for t in gguf_info.read_info(model).tensors}
    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", kind)
    writer.add_float32("adapter.lora.alpha", float(rank))
    names = [n for n in shapes if n.endswith(TARGETS)] + ["output.weight"]
    for name in names:
        n_in, n_out = shapes[name][0] + grow, shapes[name][1]
        # numpy's shape is ggml's reversed: lora_a is ggml {n_in, r}, lora_b {r, n_out}.
        a = rng.normal(0, 0.5, (rank, n_in)).astype(np.float32)
        b = rng.normal(0, 0.5, (n_out, rank)).astype(np.float32)
        writer.add_tensor(f"{name}.lora_a", a)
        writer.add_tensor(f"{name}.lora_b", b)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _load(model: Path, lora: Path | None = None, scale: float = 1.0) -> LlamaEngine:
    return LlamaEngine.load(EngineConfig(str(model), n_ctx=512, n_threads=2,
                                         lora_path=str(lora) if lora else "", lora_scale=scale))


def _outputs(engine: LlamaEngine) -> tuple[list[Any], np.ndarray]:
    """Greedy events for a short chat, and the logits after a fixed prompt."""
    import llama_cpp

    events = list(engine.stream(Conversation([Message("user", "Say something.")]), GREEDY,
                                threading.Event()))
    llm = engine._llm
    prompt = engine.encoder.encode(Conversation([Message("user", "Hello there")]))
    llm.reset()
    llm.eval(prompt)
    ptr = llama_cpp.llama_get_logits_ith(llm._ctx.ctx, -1)
    logits = np.ctypeslib.as_array(ptr, shape=(engine.vocab.n_vocab,)).copy()
    return [repr(e) for e in events[:-1]], logits


@pytest.fixture(scope="module")
def base_outputs(tiny_model: Path) -> tuple[list[Any], np.ndarray]:
    engine = _load(tiny_model)
    try:
        return _outputs(engine)
    finally:
        engine.close()


def test_scale_zero_is_the_base_model_and_a_scale_changes_it(
        tiny_model: Path, tmp_path: Path, base_outputs: tuple[list[Any], np.ndarray]) -> None:
    adapter = write_lora(tmp_path / "adapter.gguf", tiny_model)
    base_events, base_logits = base_outputs
    off = _load(tiny_model, adapter, 0.0)
    try:
        assert off.info.extra["lora"] == {"path": str(adapter), "scale": 0.0}
        events, logits = _outputs(off)
        assert events == base_events
        np.testing.assert_allclose(logits, base_logits, rtol=0, atol=1e-5)
    finally:
        off.close()
    on = _load(tiny_model, adapter, 1.0)
    try:
        events, logits = _outputs(on)
        assert np.abs(logits - base_logits).max() > 1.0  # 9.3 when written
        assert events != base_events
    finally:
        on.close()


def test_adapter_for_another_architecture_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    adapter = write_lora(tmp_path / "llama-adapter.gguf", tiny_model, arch="llama")
    with pytest.raises(ModelLoadError, match="made for 'llama' models"):
        _load(tiny_model, adapter)


def test_adapter_for_another_size_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    adapter = write_lora(tmp_path / "bigger.gguf", tiny_model, grow=32)
    with pytest.raises(ModelLoadError, match="made for a model of another size.*attn_"):
        _load(tiny_model, adapter)


def test_not_an_adapter_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="is not a LoRA adapter"):
        _load(tiny_model, tiny_model)  # a model, not an adapter
    cvec = write_lora(tmp_path / "cvec.gguf", tiny_model, kind="control_vector")
    with pytest.raises(ModelLoadError, match="is not a LoRA adapter"):
        _load(tiny_model, cvec)
    with pytest.raises(ModelLoadError, match="does not exist"):
        _load(tiny_model, tmp_path / "missing.gguf")


def test_lora_argument_parses_path_and_scale() -> None:
    assert lora_argument("a.gguf") == ("a.gguf", 1.0)
    assert lora_argument("/x/a.gguf:0.5") == ("/x/a.gguf", 0.5)
    assert lora_argument("C:\\x\\a.gguf") == ("C:\\x\\a.gguf", 1.0)
    assert lora_argument("C:\\x\\a.gguf:2") == ("C:\\x\\a.gguf", 2.0)
    import argparse

    with pytest.raises(argparse.ArgumentTypeError):
        lora_argument("a.gguf:3")
