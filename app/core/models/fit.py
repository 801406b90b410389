"""Will this model run here? Memory estimate per file and context length (weights, KV cache,
llama.cpp's CPU repack copy of the experts, compute buffers, app overhead), a Fits / Tight /
Won't fit verdict, the breakdown for a bar chart, and a recommended placement: GPU layers, and for
a GPU too small for the whole MoE model, how many layers keep their experts in RAM."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from app.core import gpt_oss
from app.core.gguf_info import read_info, split_parts
from app.core.gpt_oss import Hyperparameters
from app.core.i18n import tr
from app.core.models.catalog import CatalogFile
from app.core.models.hardware import Hardware
from app.core.units import GIB, MIB, format_bytes

# --- constants of the estimate (each says where it comes from) ---------------------------------
KV_BYTES_PER_ELEMENT = 2  # f16 K and V cache, llama.cpp's default type
KV_CTX_PADDING = 256  # llama.cpp rounds the cache length up to this
Q8_0_BLOCK_BYTES, Q8_0_BLOCK_VALUES = 34, 32  # the published files' embedding and output
# The CPU backend repacks expert weights into an interleaved copy ("extra buffer types"); the
# mmapped original stays resident too. Measured on a full-size 20b: 21.0 GiB peak RSS with it,
# 11.6 GiB without (reference/gpt-oss.md): the copy is ~ the expert tensors' size.
REPACK_SHARE_OF_EXPERTS = 1.0
LOGITS_BYTES = 4  # f32 logits per vocabulary entry in the compute graph
N_UBATCH = 512  # llama.cpp's default physical batch
APP_OVERHEAD = 300 * MIB  # Python, Qt, llama.cpp's libraries and threads
VOCAB_BYTES_PER_TOKEN = 256  # llama.cpp's token tables, per vocabulary entry
GPU_RESERVE = 512 * MIB  # driver context and fragmentation on a discrete GPU
FITS_SHARE_OF_AVAILABLE = 0.90  # "Fits": leaves 10 % of the currently free RAM for the rest
TIGHT_SHARE_OF_TOTAL = 0.95  # "Tight": fits only if other programs give memory back


class Verdict(StrEnum):
    FITS = "fits"
    TIGHT = "tight"
    WONT_FIT = "wont_fit"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {
            Verdict.FITS: tr("Fits"),
            Verdict.TIGHT: tr("Tight"),
            Verdict.WONT_FIT: tr("Won't fit"),
            Verdict.UNKNOWN: tr("Unknown"),
        }[self]


@dataclass(frozen=True, kw_only=True)
class ModelShape(Hyperparameters):
    """The numbers the estimate needs, from a GGUF header or from the catalog's family: the
    architecture's hyperparameters and what the file's tensors weigh."""

    n_vocab: int
    weights_bytes: int  # all tensor data
    expert_bytes: int  # ffn_*_exps tensors: what the CPU repack copies
    embd_bytes: int  # token_embd: stays on the CPU even with full offload
    output_bytes: int  # output.weight: offloaded only with n_gpu_layers > n_layer
    source: str = "catalog"  # catalog | file

    @property
    def kv_bytes_per_token_per_layer(self) -> int:
        return 2 * self.n_head_kv * self.head_dim * KV_BYTES_PER_ELEMENT  # K and V

    def kv_bytes_per_token(self) -> int:
        # gpt-oss keeps the full cache on its sliding-window layers too (swa_full, needed for
        # prefix reuse between turns): every layer stores every token.
        return self.n_layer * self.kv_bytes_per_token_per_layer

    @property
    def layer_bytes(self) -> int:
        return max(0, self.weights_bytes - self.embd_bytes - self.output_bytes) // self.n_layer

    @property
    def layer_expert_bytes(self) -> int:
        """One layer's expert tensors: what --n-cpu-moe keeps in RAM per layer."""
        return min(self.expert_bytes // self.n_layer, self.layer_bytes)


def _family_shape(arch: Hyperparameters, weights: int) -> ModelShape:
    q8_matrix = arch.n_embd * gpt_oss.N_VOCAB * Q8_0_BLOCK_BYTES // Q8_0_BLOCK_VALUES
    return ModelShape(**arch.hyperparameters(), n_vocab=gpt_oss.N_VOCAB, weights_bytes=weights,
                      expert_bytes=min(weights, arch.mxfp4_expert_bytes()),
                      embd_bytes=q8_matrix, output_bytes=q8_matrix)


# Published sizes (reference/gpt-oss.md): 20b 11.27 GiB, 120b 59.02 GiB.
SHAPE_20B = _family_shape(gpt_oss.GPT_OSS_20B, int(11.27 * GIB))
SHAPE_120B = _family_shape(gpt_oss.GPT_OSS_120B, int(59.02 * GIB))
FAMILIES = {"gpt-oss-20b": SHAPE_20B, "gpt-oss-safeguard-20b": SHAPE_20B,
            "gpt-oss-120b": SHAPE_120B}


def shape_for_catalog(file: CatalogFile) -> ModelShape:
    base = FAMILIES.get(file.family, SHAPE_20B)
    weights = file.size or base.weights_bytes
    # A 16-bit file has bigger dense tensors, not bigger experts.
    return replace(base, name=file.id, weights_bytes=weights,
                   expert_bytes=min(base.expert_bytes, weights), source="catalog")


def shape_from_gguf(path: str | os.PathLike[str]) -> ModelShape:
    """Read the shape from a local file's header (all parts of a split file)."""
    parts = split_parts(path)
    infos = [read_info(p) for p in parts]
    first = infos[0]
    tensors = [t for info in infos for t in info.tensors]

    def arch(key: str, default: int = 0) -> int:
        value = first.arch_value(key, default)
        return int(value) if isinstance(value, int | float) else default

    n_embd = arch("embedding_length")
    n_head = arch("attention.head_count", 1)
    by_name = {t.name: t.nbytes for t in tensors}
    embd = by_name.get("token_embd.weight", 0)
    return ModelShape(
        name=first.name, n_layer=max(1, arch("block_count", 1)), n_embd=n_embd,
        n_head=n_head, n_head_kv=arch("attention.head_count_kv", n_head),
        head_dim=arch("attention.key_length", n_embd // max(1, n_head)),
        n_expert=arch("expert_count"), n_expert_used=arch("expert_used_count"),
        n_ff_expert=arch("expert_feed_forward_length"),
        n_vocab=first.n_vocab or 32000, sliding_window=arch("attention.sliding_window"),
        weights_bytes=sum(t.nbytes for t in tensors),
        expert_bytes=sum(t.nbytes for t in tensors if "_exps" in t.name),
        embd_bytes=embd, output_bytes=by_name.get("output.weight", embd),
        source="file")


@dataclass(frozen=True)
class Component:
    key: str  # weights | repack | kv | compute | app
    label: str
    bytes: int
    device: str  # ram | vram


@dataclass
class FitEstimate:
    verdict: Verdict
    n_ctx: int
    gpu_layers: int  # what to pass as n_gpu_layers (n_layer + 1 offloads the output too)
    ram_needed: int
    vram_needed: int
    ram_budget: int | None
    vram_budget: int | None
    components: list[Component] = field(default_factory=list)
    advice: str = ""
    n_cpu_moe: int = 0  # offloaded layers (from the first) whose experts stay in RAM

    @property
    def total(self) -> int:
        return self.ram_needed + self.vram_needed

    def summary(self) -> str:
        text = tr("{verdict}: needs about {ram} of RAM").format(
            verdict=self.verdict.label, ram=format_bytes(self.ram_needed))
        if self.vram_needed:
            text += tr(" and {vram} of GPU memory").format(vram=format_bytes(self.vram_needed))
        if self.ram_budget is not None:
            text += tr(" ({free} free)").format(free=format_bytes(self.ram_budget))
        return text


def padded_ctx(n_ctx: int) -> int:
    return -(-max(1, n_ctx) // KV_CTX_PADDING) * KV_CTX_PADDING


def _breakdown(shape: ModelShape, n_ctx: int, gpu_layers: int, *, low_memory: bool,
               flash_attn: bool, unified: bool, n_cpu_moe: int = 0) -> list[Component]:
    n_layer = shape.n_layer
    on_gpu = max(0, min(gpu_layers, n_layer))
    output_on_gpu = gpu_layers > n_layer
    on_cpu = n_layer - on_gpu
    # --n-cpu-moe counts from layer 0; the engine offloads the last layers, so the first
    # on_cpu layers are on the CPU already and only the rest move their experts back.
    moe_in_ram = max(0, min(n_cpu_moe, n_layer) - on_cpu) if on_gpu else 0
    ctx = padded_ctx(n_ctx)
    gpu_dev = "ram" if unified else "vram"
    out: list[Component] = []

    experts_ram = moe_in_ram * shape.layer_expert_bytes
    w_cpu = on_cpu * shape.layer_bytes + shape.embd_bytes + (
        0 if output_on_gpu else shape.output_bytes)
    w_gpu = on_gpu * shape.layer_bytes + (
        shape.output_bytes if output_on_gpu else 0) - experts_ram
    out.append(Component("weights", tr("Model weights"), w_cpu, "ram"))
    if experts_ram:
        out.append(Component("experts_cpu", tr("Experts kept in RAM (hybrid)"), experts_ram,
                             "ram"))
    if w_gpu:
        out.append(Component("weights_gpu", tr("Model weights on the GPU"), w_gpu, gpu_dev))
    # The engine turns the repack off as soon as any layer is on the GPU (it slows hybrid
    # runs, llama.cpp PR 19738).
    if not low_memory and on_gpu == 0:
        repack = int(shape.expert_bytes * REPACK_SHARE_OF_EXPERTS)
        out.append(Component("repack", tr("Fast CPU copy of the experts"), repack, "ram"))
    kv_layer = shape.kv_bytes_per_token_per_layer * ctx
    out.append(Component("kv", tr("Conversation memory (context)"), kv_layer * on_cpu, "ram"))
    if on_gpu:
        out.append(Component("kv_gpu", tr("Conversation memory on the GPU"), kv_layer * on_gpu,
                             gpu_dev))
    compute = N_UBATCH * shape.n_vocab * LOGITS_BYTES
    if not flash_attn:
        compute += shape.n_head * ctx * N_UBATCH * 4  # the full attention score matrix
    if on_gpu:
        out.append(Component("compute_gpu", tr("GPU work buffers"), compute, gpu_dev))
        compute = N_UBATCH * shape.n_embd * 4 * 8  # what stays on the CPU side
    out.append(Component("compute", tr("Work buffers"), compute, "ram"))
    out.append(Component("app", tr("Hearth and runtime"),
                         APP_OVERHEAD + shape.n_vocab * VOCAB_BYTES_PER_TOKEN, "ram"))
    return [c for c in out if c.bytes > 0 or c.key in ("weights", "kv")]


def recommend_gpu_layers(shape: ModelShape, n_ctx: int, hw: Hardware,
                         *, flash_attn: bool = True) -> int:
    """How many whole layers to offload: as many as fit the GPU's free memory, 0 without one."""
    budget = _gpu_budget(shape, n_ctx, hw, flash_attn)
    if budget is None:
        return 0
    per_layer = shape.layer_bytes + shape.kv_bytes_per_token_per_layer * padded_ctx(n_ctx)
    if budget <= 0 or per_layer <= 0:
        return 0
    n = min(shape.n_layer, int(budget // per_layer))
    if n == shape.n_layer and budget - n * per_layer >= shape.output_bytes:
        return shape.n_layer + 1
    return n


@dataclass(frozen=True)
class Placement:
    """Where the layers go: n_gpu_layers, and how many layers keep their experts in RAM."""

    gpu_layers: int
    n_cpu_moe: int

    def describe(self, n_layer: int) -> str:
        if self.gpu_layers == 0:
            return tr("all on the CPU")
        if self.n_cpu_moe:
            return tr("all layers on the GPU, the experts of {n} of {total} in RAM").format(
                n=self.n_cpu_moe, total=n_layer)
        if self.gpu_layers > n_layer:
            return tr("all on the GPU")
        return tr("{n} of {total} layers on the GPU").format(n=self.gpu_layers, total=n_layer)


def _gpu_budget(shape: ModelShape, n_ctx: int, hw: Hardware, flash_attn: bool) -> int | None:
    gpu = hw.best_gpu
    if gpu is None or hw.gpu_offload is False:
        return None
    budget = (gpu.vram_free or gpu.vram_total or 0) - (0 if gpu.unified else GPU_RESERVE)
    budget -= N_UBATCH * shape.n_vocab * LOGITS_BYTES
    if not flash_attn:
        budget -= shape.n_head * padded_ctx(n_ctx) * N_UBATCH * 4
    return budget


def recommend_placement(shape: ModelShape, n_ctx: int, hw: Hardware,
                        *, flash_attn: bool = True) -> Placement:
    """The fastest placement that fits. For a mixture-of-experts model on a GPU that cannot hold
    it all, keeping some layers' experts in RAM (llama.cpp's --n-cpu-moe) beats cutting whole
    layers: attention and the KV cache of every layer stay on the GPU, and only the few experts
    a token uses are read from RAM. Falls back to cutting layers when even that does not fit."""
    layers = recommend_gpu_layers(shape, n_ctx, hw, flash_attn=flash_attn)
    budget = _gpu_budget(shape, n_ctx, hw, flash_attn)
    if layers > shape.n_layer or budget is None or budget <= 0 or shape.n_expert == 0 \
            or hw.unified_memory:
        return Placement(layers, 0)
    n = shape.n_layer
    expert = shape.layer_expert_bytes
    kv = shape.kv_bytes_per_token_per_layer * padded_ctx(n_ctx)
    dense = n * (shape.layer_bytes - expert + kv) + shape.output_bytes
    if expert <= 0 or dense > budget:
        return Placement(layers, 0)
    room = budget - dense
    n_cpu_moe = max(0, n - int(room // expert))
    # RAM must hold those experts next to the embeddings and the app.
    if hw.ram_total is not None:
        ram_need = n_cpu_moe * expert + shape.embd_bytes + APP_OVERHEAD
        if ram_need > (hw.ram_available or hw.ram_total):
            return Placement(layers, 0)
    return Placement(n + 1, n_cpu_moe)


def estimate(shape: ModelShape, hw: Hardware, *, n_ctx: int = 8192,
             gpu_layers: int | None = None, low_memory: bool = False,
             flash_attn: bool = True, n_cpu_moe: int | None = None) -> FitEstimate:
    """The estimate for `shape` at `n_ctx` tokens. gpu_layers None or -1: the recommended
    placement (with n_cpu_moe None or -1 the recommended expert split too)."""
    if gpu_layers is None or gpu_layers < 0:
        if n_cpu_moe is None or n_cpu_moe < 0:
            placement = recommend_placement(shape, n_ctx, hw, flash_attn=flash_attn)
            gpu_layers, n_cpu_moe = placement.gpu_layers, placement.n_cpu_moe
        else:
            gpu_layers = shape.n_layer + 1 if n_cpu_moe else recommend_gpu_layers(
                shape, n_ctx, hw, flash_attn=flash_attn)
            if _gpu_budget(shape, n_ctx, hw, flash_attn) is None:
                gpu_layers = n_cpu_moe = 0
    n_cpu_moe = max(0, n_cpu_moe or 0) if gpu_layers else 0
    unified = hw.unified_memory
    parts = _breakdown(shape, n_ctx, gpu_layers, low_memory=low_memory, flash_attn=flash_attn,
                       unified=unified, n_cpu_moe=n_cpu_moe)
    ram = sum(c.bytes for c in parts if c.device == "ram")
    vram = sum(c.bytes for c in parts if c.device == "vram")
    gpu = hw.best_gpu
    vram_budget = (gpu.vram_free or gpu.vram_total) if gpu and not unified else None
    ram_budget = hw.ram_available

    if hw.ram_total is None:
        verdict = Verdict.UNKNOWN
    else:
        total = hw.ram_total
        avail = hw.ram_available if hw.ram_available is not None else int(total * 0.8)
        vram_ok = vram == 0 or (vram_budget is not None and vram <= vram_budget - GPU_RESERVE)
        if ram <= avail * FITS_SHARE_OF_AVAILABLE and vram_ok:
            verdict = Verdict.FITS
        elif ram <= total * TIGHT_SHARE_OF_TOTAL and vram_ok:
            verdict = Verdict.TIGHT
        else:
            verdict = Verdict.WONT_FIT

    result = FitEstimate(verdict, n_ctx, gpu_layers, ram, vram, ram_budget, vram_budget, parts,
                         n_cpu_moe=n_cpu_moe)
    result.advice = _advice(result, shape, hw, low_memory=low_memory, flash_attn=flash_attn)
    return result


def _advice(est: FitEstimate, shape: ModelShape, hw: Hardware, *, low_memory: bool,
            flash_attn: bool) -> str:
    if est.verdict in (Verdict.FITS, Verdict.UNKNOWN):
        return ""
    repack = next((c.bytes for c in est.components if c.key == "repack"), 0)
    if repack and not low_memory:
        better = estimate(shape, hw, n_ctx=est.n_ctx, gpu_layers=est.gpu_layers,
                          low_memory=True, flash_attn=flash_attn, n_cpu_moe=est.n_cpu_moe)
        if better.verdict != est.verdict:
            return tr("Turn on low-memory mode in Settings: it saves {saved} by skipping the "
                      "fast CPU copy of the experts, at about a quarter less speed.").format(
                          saved=format_bytes(repack))
    if est.n_ctx > 4096:
        shorter = estimate(shape, hw, n_ctx=4096, gpu_layers=est.gpu_layers,
                           low_memory=low_memory, flash_attn=flash_attn, n_cpu_moe=est.n_cpu_moe)
        if shorter.verdict != est.verdict:
            return tr("Try a shorter context length (for example 4096 tokens).")
    if est.verdict == Verdict.TIGHT:
        return tr("Close other programs before loading this model.")
    return tr("This model needs more memory than this computer has. Choose gpt-oss-20b, or a "
              "machine with more memory.")


def fit_catalog_file(file: CatalogFile, hw: Hardware, *, n_ctx: int = 8192,
                     gpu_layers: int | None = None, low_memory: bool = False,
                     flash_attn: bool = True, local_path: Path | None = None,
                     n_cpu_moe: int | None = None) -> FitEstimate:
    """Estimate for a catalog entry; uses the downloaded file's own header when it exists."""
    shape = None
    if local_path is not None and local_path.exists():
        try:
            shape = shape_from_gguf(local_path)
        except Exception:  # unreadable local file: fall back to the catalog's numbers
            shape = None
    return estimate(shape or shape_for_catalog(file), hw, n_ctx=n_ctx, gpu_layers=gpu_layers,
                    low_memory=low_memory, flash_attn=flash_attn, n_cpu_moe=n_cpu_moe)


# How much a verdict counts when choosing the file to recommend; the others are never chosen.
_VERDICT_RANK = {Verdict.FITS: 2, Verdict.TIGHT: 1}


def recommended_files(
        fits: Iterable[tuple[CatalogFile, FitEstimate | None]]) -> list[CatalogFile]:
    """Which files to recommend on this computer, given each file's estimate: at most one per
    model family. A file that fits beats a tight one; then the catalog's own pick; then the
    biggest (least squeezed) one. A family where nothing fits or is tight gets none (no badge
    rather than a wrong promise), and a file the Hub no longer lists is never chosen. Files
    without an estimate (the computer is not checked yet) keep the catalog's own pick. Only
    chat models get a badge: a guard or policy model is a companion chosen on the Safety page,
    and a badge on it alone would read as "this computer can chat"."""
    best: dict[str, tuple[tuple[int, int, int], CatalogFile]] = {}
    unchecked: list[CatalogFile] = []
    for file, est in fits:
        if file.purpose != "chat":
            continue
        if est is None:
            if file.recommended:
                unchecked.append(file)
            continue
        rank = _VERDICT_RANK.get(est.verdict, 0)
        if not rank or not file.available:
            continue
        score = (rank, 1 if file.recommended else 0, file.size)
        if file.family not in best or score > best[file.family][0]:
            best[file.family] = (score, file)
    return unchecked + [file for _, file in best.values()]


def low_memory_notice(path: str | os.PathLike[str], hw: Hardware, *, n_ctx: int,
                      gpu_layers: int | None, flash_attn: bool = True) -> str:
    """Whether to load `path` in low-memory mode although it was not asked for: a sentence
    saying so when the full mode (with the fast CPU copy of the experts) will not fit here and
    low-memory mode needs less; "" to load as asked. An unreadable header or unknown memory
    says nothing: the load itself reports what is wrong."""
    try:
        shape = shape_from_gguf(path)
    except Exception:
        return ""
    full = estimate(shape, hw, n_ctx=n_ctx, gpu_layers=gpu_layers, low_memory=False,
                    flash_attn=flash_attn)
    if full.verdict is not Verdict.WONT_FIT:
        return ""
    low = estimate(shape, hw, n_ctx=n_ctx, gpu_layers=gpu_layers, low_memory=True,
                   flash_attn=flash_attn)
    if low.ram_needed >= full.ram_needed:
        return ""
    return tr("{name} would need about {full} of memory with the fast CPU copy of its experts, "
              "more than this computer has free, so it was loaded in low-memory mode (about "
              "{low}). Answers come a little slower.").format(
                  name=Path(path).name, full=format_bytes(full.ram_needed),
                  low=format_bytes(low.ram_needed))
