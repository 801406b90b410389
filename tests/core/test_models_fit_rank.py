"""Which catalog file to recommend on a computer (fit.recommended_files), and the gpt-oss shape
described once: the estimate's family shapes match what the synthetic writer lays out."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import gpt_oss, synthetic_gguf
from app.core.gguf_info import read_info
from app.core.models import fit
from app.core.models.catalog import CatalogFile, CatalogPart, load_catalog
from app.core.models.fit import FitEstimate, Verdict, recommended_files
from app.core.models.hardware import GPU, Hardware
from app.core.units import GIB


def file(name: str, family: str = "gpt-oss-20b", size: int = 12 * GIB, *,
         recommended: bool = False, available: bool = True) -> CatalogFile:
    return CatalogFile("org/repo", family, name, [CatalogPart(f"{name}.gguf", size)], size, "",
                       recommended=recommended, available=available)


def verdict(v: Verdict) -> FitEstimate:
    return FitEstimate(v, 8192, 0, 1, 0, None, None)


def machine(ram_gib: int, free_gib: int, gpus: tuple[GPU, ...] = ()) -> Hardware:
    return Hardware("Linux", "x86_64", "cpu", 8, 4, frozenset(), ram_gib * GIB, free_gib * GIB,
                    10**12, bool(gpus), gpus)


# -- ranking --------------------------------------------------------------------------------------
def test_a_file_that_fits_beats_a_tight_one_even_the_catalogs_pick() -> None:
    pick = file("MXFP4", recommended=True)
    other = file("Q4_K_M", size=11 * GIB)
    assert recommended_files([(pick, verdict(Verdict.TIGHT)),
                              (other, verdict(Verdict.FITS))]) == [other]


def test_among_equals_the_catalogs_pick_then_the_biggest() -> None:
    small, big = file("Q4", size=11 * GIB), file("F16", size=13 * GIB)
    pick = file("MXFP4", size=12 * GIB, recommended=True)
    fits = verdict(Verdict.FITS)
    assert recommended_files([(small, fits), (pick, fits), (big, fits)]) == [pick]
    assert recommended_files([(small, fits), (big, fits)]) == [big]


def test_one_per_family_and_none_where_nothing_fits() -> None:
    a, b = file("A"), file("B", family="gpt-oss-safeguard-20b")
    huge = file("C", family="gpt-oss-120b", size=60 * GIB, recommended=True)
    chosen = recommended_files([(a, verdict(Verdict.FITS)), (b, verdict(Verdict.TIGHT)),
                                (huge, verdict(Verdict.WONT_FIT))])
    assert chosen == [a, b]
    assert recommended_files([(huge, verdict(Verdict.UNKNOWN))]) == []


def test_a_file_gone_from_the_hub_is_never_recommended() -> None:
    gone = file("MXFP4", size=13 * GIB, recommended=True, available=False)
    there = file("Q8_0")
    fits = verdict(Verdict.FITS)
    assert recommended_files([(gone, fits), (there, fits)]) == [there]


def test_only_chat_models_get_a_badge() -> None:
    """A guard fits almost anywhere; a badge on it alone would promise a computer can chat."""
    fits = verdict(Verdict.FITS)
    guard = CatalogFile("org/guard", "qwen3guard-0.6b", "Q8_0",
                        [CatalogPart("g.gguf", GIB)], GIB, "", recommended=True, purpose="guard")
    assert recommended_files([(guard, fits)]) == []
    assert recommended_files([(guard, None)]) == []
    chat = file("MXFP4", recommended=True)
    assert recommended_files([(guard, fits), (chat, fits)]) == [chat]


def test_before_the_computer_is_checked_the_catalogs_picks_stand() -> None:
    pick, other = file("MXFP4", recommended=True), file("Q8_0")
    assert recommended_files([(pick, None), (other, None)]) == [pick]


@pytest.mark.parametrize(("hw", "expected"), [
    # A 16 GB GPU: the catalog's 20b pick fits; 120b does not.
    (machine(32, 26, (GPU("RTX 4080", "cuda", 16 * GIB, 15 * GIB),)), {("gpt-oss-20b", True)}),
    # 24 GB of RAM and no GPU: only tight, and the catalog's pick is still the best bet.
    (machine(24, 20), {("gpt-oss-20b", True)}),
    # 8 GB: nothing, rather than a wrong promise.
    (machine(8, 6), set()),
])
def test_the_bundled_catalog_on_three_computers(hw: Hardware,
                                                expected: set[tuple[str, bool]]) -> None:
    files = load_catalog(prefer_refreshed=False).files(purpose="chat")
    fits = [(f, fit.estimate(fit.shape_for_catalog(f), hw)) for f in files]
    chosen = recommended_files(fits)
    assert {(f.family, f.recommended) for f in chosen} == expected
    verdicts = {id(f): e.verdict for f, e in fits}
    assert all(verdicts[id(f)] in (Verdict.FITS, Verdict.TIGHT) for f in chosen)


# -- the gpt-oss shape, described once ------------------------------------------------------------
@pytest.mark.parametrize(("family", "arch"), [(fit.SHAPE_20B, gpt_oss.GPT_OSS_20B),
                                              (fit.SHAPE_120B, gpt_oss.GPT_OSS_120B)])
def test_family_shapes_match_the_tensors_a_real_layout_has(family: fit.ModelShape,
                                                           arch: gpt_oss.Hyperparameters) -> None:
    # The writer lays out tensors with gguf's own block sizes; the estimate counts them by hand.
    shape = synthetic_gguf.Shape(**arch.hyperparameters(), context_length=gpt_oss.CONTEXT_LENGTH,
                                 real_vocab=True, dense_type=synthetic_gguf.QType.Q8_0)
    plan = {t.name: t.nbytes() for t in synthetic_gguf.tensor_plan(shape, gpt_oss.N_VOCAB)}
    assert family.hyperparameters() == arch.hyperparameters()
    assert family.expert_bytes == sum(n for name, n in plan.items() if "_exps" in name)
    assert family.embd_bytes == plan["token_embd.weight"]
    assert family.output_bytes == plan["output.weight"]
    assert family.n_vocab == gpt_oss.N_VOCAB == synthetic_gguf.REAL_VOCAB_SIZE


def test_the_synthetic_20b_is_the_estimates_20b() -> None:
    synthetic = synthetic_gguf.GPT_OSS_20B
    assert synthetic.hyperparameters(name="x") == fit.SHAPE_20B.hyperparameters(name="x")
    assert synthetic.context_length == gpt_oss.CONTEXT_LENGTH


def test_a_written_file_reads_back_as_the_shape_it_was_written_from(tiny_model: Path) -> None:
    shape = fit.shape_from_gguf(tiny_model)
    tiny = synthetic_gguf.TINY
    assert shape.hyperparameters(name="") == tiny.hyperparameters(name="")
    exps = sum(t.nbytes for t in read_info(tiny_model).tensors if "_exps" in t.name)
    assert shape.expert_bytes == exps == tiny.mxfp4_expert_bytes()
