"""llama.cpp builds compared on one model, same machine, same run: prefill and decode speed of the
release runtime with every CPU variant (the variant ggml picks here, and a forced one) against the
single fixed-ISA build it replaces (packaging's former AVX2 flags).

    python bench/cpu_variants.py --model /tmp/synthetic-gpt-oss-20b.gguf \\
        --build all-variants=/tmp/site-dl --build avx2=/tmp/site-avx2 \\
        [--force all-variants:x64] [--rounds 2] [--threads 2] [--json-out FILE]

Each --build names a folder holding a `llama_cpp` package (bindings plus that build's libraries).
Every build runs in its own child process (one model in memory at a time: a full-size 20b with
llama.cpp's CPU repack peaks near 21 GiB), in turn, for --rounds passes, so machine noise falls
on all of them alike; each child loads the model once and measures --repeat turns of
--prompt-tokens prefill and --gen-tokens decode through Hearth's engine (greedy).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def child(model: str, threads: int, prompt_tokens: int, gen_tokens: int, repeat: int,
          low_memory: bool) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from app.core import backends
    from app.core.engine import Done, EngineConfig, LlamaEngine, SamplingParams

    t0 = time.perf_counter()
    eng = LlamaEngine.load(EngineConfig(model, n_ctx=prompt_tokens + gen_tokens + 64,
                                        n_threads=threads, low_memory=low_memory))
    load_s = time.perf_counter() - t0
    vocab = eng.vocab.n_vocab
    prefill, decode = [], []
    for i in range(repeat):
        # A different prompt each turn, so nothing comes from the KV cache.
        prompt = [(17 + 31 * (k + i * 1000)) % (vocab - 1000) + 500 for k in range(prompt_tokens)]
        sampling = SamplingParams(temperature=0.0, max_tokens=gen_tokens, seed=1)
        eng._llm.reset()
        done = None
        for ev in eng.stream_tokens(prompt, sampling, threading.Event()):
            if isinstance(ev, Done):
                done = ev
        assert done is not None
        prefill.append(done.stats.prefill_tps)
        if done.stats.generated_tokens >= gen_tokens // 2:
            decode.append(done.stats.decode_tps)
    report = backends.report()
    out = {"backend": eng.info.backend, "cpu_variant": report.cpu_variant,
           "load_seconds": round(load_s, 2), "prefill_tps": prefill, "decode_tps": decode,
           "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)}
    eng.close()
    return out


def run_build(label: str, site: str, forced: str, args: argparse.Namespace) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}"}
    env.pop("HEARTH_CPU_VARIANT", None)
    if forced:
        env["HEARTH_CPU_VARIANT"] = forced
    cmd = [sys.executable, __file__, "--child", "--model", args.model, "--threads",
           str(args.threads), "--prompt-tokens", str(args.prompt_tokens), "--gen-tokens",
           str(args.gen_tokens), "--repeat", str(args.repeat)]
    if args.low_memory:
        cmd.append("--low-memory")
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    if r.returncode != 0:
        raise SystemExit(f"{label} failed:\n{r.stderr[-4000:]}")
    return dict(json.loads(r.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--build", action="append", default=[], metavar="LABEL=SITE")
    ap.add_argument("--force", action="append", default=[], metavar="LABEL:VARIANT",
                    help="also run build LABEL with HEARTH_CPU_VARIANT=VARIANT")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--prompt-tokens", type=int, default=512)
    ap.add_argument("--gen-tokens", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--low-memory", action="store_true")
    ap.add_argument("--json-out", type=Path)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.model, args.threads, args.prompt_tokens, args.gen_tokens,
                               args.repeat, args.low_memory)))
        return 0
    sites = dict(b.split("=", 1) for b in args.build)
    runs = [(label, site, "") for label, site in sites.items()]
    for f in args.force:
        label, variant = f.split(":", 1)
        runs.append((f"{label} ({variant} forced)", sites[label], variant))
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _, _ in runs}
    for rnd in range(args.rounds):
        for name, site, forced in runs:
            res = run_build(name, site, forced, args)
            results[name].append(res)
            print(f"round {rnd + 1} {name}: {res['backend']}: prefill "
                  f"{[round(x, 1) for x in res['prefill_tps']]} decode "
                  f"{[round(x, 2) for x in res['decode_tps']]} tok/s, load "
                  f"{res['load_seconds']} s, peak RSS {res['peak_rss_gib']} GiB", flush=True)
    summary = {}
    for name, rows in results.items():
        pre = [x for r in rows for x in r["prefill_tps"]]
        dec = [x for r in rows for x in r["decode_tps"]]
        summary[name] = {"backend": rows[0]["backend"],
                         "prefill_tps_median": round(statistics.median(pre), 2),
                         "decode_tps_median": round(statistics.median(dec), 2),
                         "load_seconds_median": statistics.median(r["load_seconds"] for r in rows),
                         "peak_rss_gib": max(r["peak_rss_gib"] for r in rows)}
    print(f"\n{'build':36} {'runs on':22} {'prefill tok/s':>14} {'decode tok/s':>13}")
    for name, s in summary.items():
        print(f"{name:36} {s['backend']:22} {s['prefill_tps_median']:>14} "
              f"{s['decode_tps_median']:>13}")
    if args.json_out:
        args.json_out.write_text(json.dumps({
            "machine": {"cpu": platform.processor() or platform.machine(),
                        "threads": args.threads}, "args": vars(args) | {"json_out": None},
            "runs": results, "summary": summary}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
