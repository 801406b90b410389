"""The fit estimate against what loading a model really costs (peak RSS, fresh process)."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from app.core.models import fit
from app.core.models.hardware import Hardware

ROOT = Path(__file__).resolve().parents[2]
MEASURE = r"""
import json, sys, threading
sys.path.insert(0, sys.argv[3])
import llama_cpp  # the library's own cost is not the model's
from app.core.engine import EngineConfig, LlamaEngine, SamplingParams
from app.core.harmony import Conversation, Message

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024

# Imports in a fresh checkout compile bytecode, and that peak can exceed the model's: reset
# the high-water mark to the current RSS, so the peak measured is the load's alone.
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")
before = status("VmRSS")
e = LlamaEngine.load(EngineConfig(sys.argv[1], n_ctx=int(sys.argv[2]), n_threads=2))
for _ in e.stream(Conversation([Message("user", "hi " * 50)]), SamplingParams(max_tokens=4),
                  threading.Event()):
    pass
print(json.dumps({"before": before, "after": status("VmHWM")}))
"""


@cache
def measured_load_bytes(model: Path, n_ctx: int) -> int:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(model), str(n_ctx), str(ROOT)],
                         capture_output=True, text=True, check=True, timeout=120)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    grew = int(r["after"] - r["before"])
    assert grew > 0, r  # a load that costs nothing means the measurement is broken
    return grew


def hw_with(ram: int) -> Hardware:
    return Hardware(os="linux", arch="x86_64", cpu_name=None, cpu_threads=2, cpu_cores=2,
                    cpu_features=frozenset(), ram_total=ram, ram_available=ram,
                    disk_free=None, gpu_offload=False)


pytestmark = pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(),
                                reason="needs Linux's /proc to measure peak memory")


def test_estimate_bounds_the_measured_load_of_generated_models(tiny_model: Path,
                                                               medium_model: Path) -> None:
    for model in (tiny_model, medium_model):
        for n_ctx in (2048, 16384):
            measured = measured_load_bytes(model, n_ctx)
            est = fit.estimate(fit.shape_from_gguf(model), hw_with(16 << 30), n_ctx=n_ctx,
                               gpu_layers=0)
            # The estimate never falls short of what the load really took...
            assert est.ram_needed >= measured, (model.name, n_ctx, est.ram_needed, measured)
            # ...and beyond the fixed allowance for the app and runtime, it is not inflated.
            model_part = est.ram_needed - fit.APP_OVERHEAD
            assert model_part <= measured + 64 * 2**20, (model.name, n_ctx, model_part, measured)


def test_kv_cache_grows_as_estimated(medium_model: Path) -> None:
    """Going from 2k to 16k context costs what the estimate says, within a quarter."""
    small = measured_load_bytes(medium_model, 2048)
    large = measured_load_bytes(medium_model, 16384)
    shape = fit.shape_from_gguf(medium_model)
    est_delta = (fit.estimate(shape, hw_with(16 << 30), n_ctx=16384, gpu_layers=0).ram_needed
                 - fit.estimate(shape, hw_with(16 << 30), n_ctx=2048, gpu_layers=0).ram_needed)
    assert abs((large - small) - est_delta) <= 0.25 * est_delta, (large - small, est_delta)
