"""Catalog contents and refresh, hardware probing, and the memory fit estimate."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.core import synthetic_gguf
from app.core.gguf_info import read_info
from app.core.models import catalog as catalog_mod
from app.core.models import hardware
from app.core.models.catalog import load_catalog, quant_of, refresh_from_hub
from app.core.models.downloads import split_paths
from app.core.models.fit import (
    SHAPE_20B,
    SHAPE_120B,
    Verdict,
    estimate,
    fit_catalog_file,
    recommend_gpu_layers,
    shape_for_catalog,
    shape_from_gguf,
)
from app.core.models.hardware import GPU, Hardware
from app.core.models.hub import Hub
from app.core.settings import Settings
from app.core.units import GIB, KIB, MIB
from tests.fixtures.fake_hub import FakeHub

GB = 1_000_000_000


def machine(ram_gib: float, free_gib: float | None = None, gpus: tuple[GPU, ...] = (),
            offload: bool | None = None) -> Hardware:
    return Hardware("Linux", "x86_64", "test cpu", 8, 4, frozenset({"avx2"}),
                    int(ram_gib * GIB), int((free_gib if free_gib is not None else ram_gib) * GIB),
                    100 * GIB, bool(gpus) if offload is None else offload, gpus)


# -- catalog ------------------------------------------------------------------------------------
def test_bundled_catalog_covers_the_repos_people_use():
    cat = load_catalog(prefer_refreshed=False)
    repos = {r.repo for r in cat.repos}
    assert {"ggml-org/gpt-oss-20b-GGUF", "ggml-org/gpt-oss-120b-GGUF", "unsloth/gpt-oss-20b-GGUF",
            "unsloth/gpt-oss-120b-GGUF", "bartowski/openai_gpt-oss-20b-GGUF",
            "lmstudio-community/gpt-oss-20b-GGUF",
            "lmstudio-community/gpt-oss-120b-GGUF"} <= repos
    assert cat.files(purpose="safety") and all(
        f.family == "gpt-oss-safeguard-20b" for f in cat.files(purpose="safety"))
    assert [f.quant for f in cat.files(family="gpt-oss-20b") if f.repo.startswith("unsloth")][:2] \
        == ["F16", "Q8_0"]
    ggml120 = cat.find("ggml-org/gpt-oss-120b-GGUF", "gpt-oss-120b-mxfp4-00002-of-00003.gguf")
    assert ggml120 is not None and len(ggml120.parts) == 3
    assert any(f.recommended for f in cat.files(family="gpt-oss-20b"))


def test_every_entry_is_consistent():
    for f in load_catalog(prefer_refreshed=False).files():
        assert f.note and len(f.note) < 260, f.id
        assert split_paths(f.filename) == f.paths, f.id
        assert all(p.sha256 is None for p in f.parts)  # never invented offline
        if f.family in ("gpt-oss-20b", "gpt-oss-safeguard-20b"):
            assert 11.5 * GB <= f.size <= 13.8 * GB, f.id
            assert "MXFP4" in f.note or "experts" in f.note.lower(), f.id
        if f.family == "gpt-oss-120b":
            assert f.is_split and 55 * GB < f.size < 70 * GB, f.id
        assert quant_of(f.filename) == f.quant, f.id


def test_catalog_round_trips_through_json():
    cat = load_catalog(prefer_refreshed=False)
    again = catalog_mod.Catalog.from_dict(json.loads(json.dumps(cat.to_dict())))
    assert [(f.id, f.size, f.paths, f.note) for f in again.files()] == \
        [(f.id, f.size, f.paths, f.note) for f in cat.files()]


def test_refresh_from_hub_updates_sizes_and_sha256(tmp_path, monkeypatch):
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    tiny = synthetic_gguf.write_tiny(tmp_path / "t.gguf")
    with FakeHub(workdir=tmp_path) as hub:
        repo = "ggml-org/gpt-oss-20b-GGUF"
        served = hub.add_file(repo, "gpt-oss-20b-mxfp4.gguf", tiny)
        hub.add_file(repo, "Q4_K_M/gpt-oss-20b-Q4_K_M-00001-of-00002.gguf", tiny)
        hub.add_file(repo, "Q4_K_M/gpt-oss-20b-Q4_K_M-00002-of-00002.gguf", tiny)
        hub.add_bytes(repo, "README.md", b"# readme\n", lfs=False)
        hub.add_repo("unsloth/gpt-oss-20b-GGUF")  # exists, but has none of the catalog's files
        cat = refresh_from_hub(Hub(Settings(), endpoint=hub.url, token=lambda: None))
        assert hub.count("GET") == len(cat.repos)  # one tree listing per repository
    entry = cat.find(repo, "gpt-oss-20b-mxfp4.gguf")
    assert entry is not None and entry.size == tiny.stat().st_size and entry.size_exact
    assert entry.sha256 == {"gpt-oss-20b-mxfp4.gguf": served.sha256}
    new = cat.find(repo, "Q4_K_M/gpt-oss-20b-Q4_K_M-00002-of-00002.gguf")
    assert new is not None and new.quant == "Q4_K_M" and len(new.parts) == 2
    assert not cat.find("unsloth/gpt-oss-20b-GGUF", "gpt-oss-20b-F16.gguf").available
    assert "bartowski/openai_gpt-oss-20b-GGUF" in cat.errors  # not on this hub: kept as it was
    assert cat.find("bartowski/openai_gpt-oss-20b-GGUF", "openai_gpt-oss-20b-MXFP4.gguf").available
    # Saved, and preferred over the bundled file from now on.
    reloaded = load_catalog()
    assert reloaded.source == "refreshed"
    assert reloaded.find(repo, "gpt-oss-20b-mxfp4.gguf").sha256 == entry.sha256


# -- hardware -----------------------------------------------------------------------------------
def test_detect_probes_this_machine(tmp_path):
    hw = hardware.detect(tmp_path / "not" / "yet", probe_llama=False)
    assert hw.ram_total and hw.ram_total > 256 * MIB
    assert hw.ram_available and hw.ram_available <= hw.ram_total
    assert hw.disk_free and hw.disk_free > 0
    assert hw.cpu_threads and hw.cpu_threads >= 1
    assert hw.cpu_features <= set(hardware.INTERESTING_FLAGS)
    assert json.dumps(hw.to_dict())


def test_free_disk_walks_up_to_an_existing_folder(tmp_path):
    assert hardware.free_disk(tmp_path / "a" / "b" / "c") == hardware.free_disk(tmp_path)


# -- fit ----------------------------------------------------------------------------------------
def test_kv_cache_per_token_matches_the_reference():
    assert SHAPE_20B.kv_bytes_per_token_per_layer == 2 * KIB
    assert SHAPE_20B.kv_bytes_per_token() == 48 * KIB
    assert SHAPE_120B.kv_bytes_per_token() == 72 * KIB
    est = estimate(SHAPE_20B, machine(64), n_ctx=4096)
    assert next(c.bytes for c in est.components if c.key == "kv") == 192 * MIB


@pytest.mark.parametrize("low_memory,measured_gib", [(False, 21.0), (True, 11.6)])
def test_estimate_within_10_percent_of_measured_peak_rss(low_memory, measured_gib):
    # reference/gpt-oss.md: full-size synthetic 20b on CPU, repack on / off.
    est = estimate(SHAPE_20B, machine(64), n_ctx=4096, low_memory=low_memory)
    assert est.gpu_layers == 0 and est.vram_needed == 0
    assert abs(est.ram_needed / GIB - measured_gib) / measured_gib < 0.10


def test_repack_copy_decides_a_16_gb_machine():
    hw = machine(16, 14)
    full = estimate(SHAPE_20B, hw, n_ctx=8192)
    assert full.verdict == Verdict.WONT_FIT
    assert "low-memory" in full.advice
    lean = estimate(SHAPE_20B, hw, n_ctx=8192, low_memory=True)
    assert lean.verdict in (Verdict.FITS, Verdict.TIGHT)
    assert not any(c.key == "repack" for c in lean.components)
    assert sum(c.bytes for c in full.components) == full.ram_needed + full.vram_needed


def test_verdicts_follow_free_memory():
    assert estimate(SHAPE_20B, machine(64), n_ctx=8192).verdict == Verdict.FITS
    assert estimate(SHAPE_20B, machine(24, 8), n_ctx=8192,
                    low_memory=True).verdict == Verdict.TIGHT
    assert estimate(SHAPE_120B, machine(32), n_ctx=8192).verdict == Verdict.WONT_FIT
    unknown = Hardware("?", "?", None, None, None, frozenset(), None, None, None, None)
    assert estimate(SHAPE_20B, unknown).verdict == Verdict.UNKNOWN


def test_gpu_layers_recommendation():
    assert recommend_gpu_layers(SHAPE_20B, 8192, machine(32)) == 0
    big = machine(32, gpus=(GPU("RTX 4090", "cuda", 24 * GIB, 23 * GIB),))
    assert recommend_gpu_layers(SHAPE_20B, 8192, big) == SHAPE_20B.n_layer + 1
    est = estimate(SHAPE_20B, big, n_ctx=8192)
    assert est.verdict == Verdict.FITS and est.vram_needed > 11 * GIB
    assert est.ram_needed < 2 * GIB  # no CPU layers: no repack copy
    layers = [recommend_gpu_layers(SHAPE_20B, 8192,
                                   machine(32, gpus=(GPU("g", "cuda", v * GIB, v * GIB),)))
              for v in (2, 4, 6, 8, 10, 12)]
    assert layers == sorted(layers) and 0 < layers[2] < SHAPE_20B.n_layer
    no_backend = machine(32, gpus=(GPU("g", "cuda", 24 * GIB, 24 * GIB),), offload=False)
    assert recommend_gpu_layers(SHAPE_20B, 8192, no_backend) == 0
    partial = estimate(SHAPE_20B, machine(32, gpus=(GPU("g", "cuda", 6 * GIB, 6 * GIB),)))
    assert partial.vram_needed <= 6 * GIB and partial.ram_needed > 4 * GIB


def test_unified_memory_counts_everything_as_ram():
    mac = machine(32, gpus=(GPU("Apple GPU", "metal", int(32 * GIB * 0.7), int(30 * GIB * 0.7),
                                unified=True),))
    est = estimate(SHAPE_20B, mac, n_ctx=8192)
    assert est.gpu_layers == SHAPE_20B.n_layer + 1
    assert est.vram_needed == 0 and est.ram_needed > 11 * GIB
    assert est.verdict == Verdict.FITS


def test_shape_from_a_local_file(tiny_model: Path):
    shape = shape_from_gguf(tiny_model)
    t = synthetic_gguf.TINY
    assert (shape.n_layer, shape.n_embd, shape.n_head_kv, shape.head_dim, shape.n_expert) == \
        (t.n_layer, t.n_embd, t.n_head_kv, t.head_dim, t.n_expert)
    assert shape.weights_bytes == read_info(tiny_model).tensor_bytes
    assert 0 < shape.expert_bytes < shape.weights_bytes and shape.source == "file"
    est = estimate(shape, machine(16), n_ctx=512)
    assert est.verdict == Verdict.FITS and est.ram_needed < 600 * MIB


def test_catalog_entries_use_their_own_size_or_local_header(tiny_model: Path):
    cat = load_catalog(prefer_refreshed=False)
    f16 = cat.find("unsloth/gpt-oss-20b-GGUF", "gpt-oss-20b-F16.gguf")
    assert shape_for_catalog(f16).weights_bytes == f16.size
    assert shape_for_catalog(f16).expert_bytes == SHAPE_20B.expert_bytes
    big120 = shape_for_catalog(cat.files(family="gpt-oss-120b")[0])
    assert big120.n_layer == 36 and big120.expert_bytes > 50 * GIB
    local = fit_catalog_file(f16, machine(16), n_ctx=512, local_path=tiny_model)
    assert local.ram_needed < 600 * MIB
    assert replace(SHAPE_20B).layer_bytes > 300 * MIB
