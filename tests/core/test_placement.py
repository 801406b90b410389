"""Hybrid MoE placement: the fit estimate's expert split for a GPU too small for the whole model,
the tensor overrides that carry it out (llama.cpp's --n-cpu-moe), and the settings that choose it.
Offload itself is tested on a Vulkan device in test_backends_dl.py."""

from __future__ import annotations

import re

import pytest

from app.core import backends, gguf_info
from app.core.engine import (
    EngineConfig,
    _auto_placement,
    _BuftOverride,
    _cpu_overrides,
    cpu_moe_patterns,
)
from app.core.models.fit import (
    GIB,
    SHAPE_20B,
    SHAPE_120B,
    Placement,
    estimate,
    recommend_gpu_layers,
    recommend_placement,
)
from app.core.models.hardware import GPU, Hardware
from app.core.settings import Settings


def machine(ram_gib: float, vram_gib: float | None) -> Hardware:
    gpus = (GPU("g", "vulkan", int(vram_gib * GIB), int(vram_gib * GIB)),) if vram_gib else ()
    return Hardware("Linux", "x86_64", "cpu", 8, 4, frozenset(), int(ram_gib * GIB),
                    int(ram_gib * GIB), None, bool(gpus), gpus)


def test_small_gpu_keeps_experts_in_ram_instead_of_cutting_layers() -> None:
    splits = [recommend_placement(SHAPE_20B, 8192, machine(32, v)) for v in (4, 6, 8, 10)]
    # Every layer on the GPU (attention, KV cache), fewer experts in RAM as VRAM grows.
    assert all(p.gpu_layers == SHAPE_20B.n_layer + 1 for p in splits)
    moe = [p.n_cpu_moe for p in splits]
    assert moe == sorted(moe, reverse=True) and 0 < moe[-1] < moe[0] < SHAPE_20B.n_layer
    for v, p in zip((4, 6, 8, 10), splits, strict=True):
        est = estimate(SHAPE_20B, machine(32, v), n_ctx=8192)
        assert (est.gpu_layers, est.n_cpu_moe) == (p.gpu_layers, p.n_cpu_moe)
        assert est.vram_needed <= v * GIB  # what the recommendation promises
        experts = next(c.bytes for c in est.components if c.key == "experts_cpu")
        assert experts == p.n_cpu_moe * SHAPE_20B.layer_expert_bytes
        assert not any(c.key == "repack" for c in est.components)  # hybrid: no repack copy


def test_placement_edges() -> None:
    assert recommend_placement(SHAPE_20B, 8192, machine(32, None)) == Placement(0, 0)
    assert recommend_placement(SHAPE_20B, 8192, machine(32, 24)) == Placement(25, 0)
    # Too small for even the attention of every layer: cut whole layers, as before.
    tiny_gpu = recommend_placement(SHAPE_20B, 8192, machine(32, 2))
    assert tiny_gpu.n_cpu_moe == 0 and tiny_gpu.gpu_layers == recommend_gpu_layers(
        SHAPE_20B, 8192, machine(32, 2))
    # 120b on a 24 GB card with 128 GB of RAM: the common community setup (experts of most
    # layers in RAM).
    big = recommend_placement(SHAPE_120B, 8192, machine(128, 24))
    assert big.gpu_layers == 37 and 15 < big.n_cpu_moe < 36
    assert "in RAM" in big.describe(36) and "CPU" in Placement(0, 0).describe(36)
    # ...but not when RAM cannot hold those experts either.
    assert recommend_placement(SHAPE_120B, 8192, machine(16, 24)).n_cpu_moe == 0


def test_explicit_split_in_the_estimate() -> None:
    est = estimate(SHAPE_20B, machine(32, 8), n_ctx=8192, gpu_layers=-1, n_cpu_moe=24)
    assert est.gpu_layers == 25 and est.n_cpu_moe == 24
    cpu_only = estimate(SHAPE_20B, machine(32, 8), n_ctx=8192, gpu_layers=0, n_cpu_moe=5)
    assert cpu_only.n_cpu_moe == 0 and any(c.key == "repack" for c in cpu_only.components)


def test_cpu_moe_patterns_match_the_experts_of_the_first_layers(tiny_model) -> None:
    names = [t.name for t in gguf_info.read_info(tiny_model).tensors]
    patterns = [re.compile(p) for p in cpu_moe_patterns(1)]
    hit = sorted(n for n in names if any(p.search(n) for p in patterns))
    assert hit and all(n.startswith("blk.0.ffn_") and "_exps" in n for n in hit)
    assert {n.split(".")[2] for n in hit} == {"ffn_gate_exps", "ffn_up_exps", "ffn_down_exps"}
    assert not any(p.search("blk.10.ffn_up_exps.weight") for p in patterns)
    assert cpu_moe_patterns(0) == []


def test_override_array_is_null_terminated_with_the_cpu_buffer_type() -> None:
    assert _cpu_overrides([]) is None
    arr = _cpu_overrides(cpu_moe_patterns(2))
    assert len(arr) == 3 and isinstance(arr[0], _BuftOverride)
    assert arr[0].pattern.startswith(b"blk\\.0\\.") and arr[1].pattern.startswith(b"blk\\.1\\.")
    assert arr[0].buft == backends.cpu_buffer_type() != 0
    assert arr[2].pattern is None and not arr[2].buft


def test_auto_placement_uses_the_gpu_devices_memory(tiny_model) -> None:
    info = gguf_info.validate(tiny_model)
    roomy = backends.BackendReport(devices=[
        backends.Device("Vulkan0", "test GPU", 8 * GIB, 8 * GIB, "gpu", "Vulkan")])
    config = EngineConfig(str(tiny_model), n_ctx=512, n_gpu_layers=-1, n_cpu_moe=-1)
    assert _auto_placement(info, config, roomy) == (3, 0)  # all of the tiny model fits
    assert _auto_placement(info, EngineConfig(str(tiny_model), n_gpu_layers=2, n_cpu_moe=-1),
                           roomy) == (2, 0)
    unknown = backends.BackendReport(devices=[
        backends.Device("Vulkan0", "test GPU", 0, 0, "gpu", "Vulkan")])
    assert _auto_placement(info, config, unknown) == (-1, 0)


def test_engine_config_from_settings() -> None:
    s = Settings(gpu_layers=-1, n_cpu_moe=7, lora_enabled=True, lora_path="/a.gguf",
                 lora_scale=0.5, context_length=4096)
    c = EngineConfig.from_settings(s, "/m.gguf")
    assert (c.n_gpu_layers, c.n_cpu_moe, c.lora_path, c.lora_scale, c.n_ctx) == \
        (-1, 7, "/a.gguf", 0.5, 4096)
    off = EngineConfig.from_settings(Settings(lora_path="/a.gguf"), "/m.gguf")
    assert off.lora_path == "" and off.n_cpu_moe == -1


@pytest.mark.parametrize("field,value", [("n_cpu_moe", 3), ("lora_scale", 1.5),
                                         ("lora_enabled", True), ("lora_path", "/x.gguf")])
def test_new_settings_round_trip(tmp_path, field, value) -> None:
    path = tmp_path / "settings.json"
    Settings(**{field: value}).save(path)
    assert getattr(Settings.load(path), field) == value
