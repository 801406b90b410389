"""Engine benchmark: Hearth's whole pipeline against a bare llama-cpp-python loop, same process,
same loaded model, same threads and context; optionally llama.cpp's own llama-bench too.

Prints prefill and decode tok/s of each and the ratios, stop latency during decode and during a
long prefill, time to first token of a follow-up turn after ~2000 tokens of history against a
first turn, peak RSS and load time.

    python bench/engine.py --model /tmp/synthetic-gpt-oss-20b.gguf --threads 2
    python bench/engine.py                      # a generated medium model, for a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import storage, synthetic_gguf  # noqa: E402
from app.core.chat import ChatSession  # noqa: E402
from app.core.engine import (  # noqa: E402
    Done,
    EngineConfig,
    LlamaEngine,
    SamplingParams,
    default_threads,
)
from app.core.harmony import Conversation, Message, TextDelta  # noqa: E402
from app.core.history import StoreSink  # noqa: E402

MEDIUM = synthetic_gguf.Shape(
    name="bench-medium-gpt-oss", n_layer=4, n_embd=512, n_head=8, n_head_kv=2, head_dim=64,
    n_expert=8, n_expert_used=2, n_ff_expert=512, sliding_window=128, context_length=131072,
    real_vocab=False, dense_type=synthetic_gguf.QType.Q8_0,
)


def peak_rss_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def filler_conversation(engine: LlamaEngine, n_tokens: int, tag: str) -> Conversation:
    """A one-message conversation whose prompt is about n_tokens long."""
    words = ("the quick brown fox jumps over the lazy dog while seven wizards quietly "
             "judge boxing matches under a pale moon ").split()
    text: list[str] = []
    i = 0
    conv = Conversation([Message("user", tag)], date="2026-11-27")
    while engine.count_tokens(conv) < n_tokens:
        text.extend(words[i % len(words)] for i in range(i, i + 40))
        i += 40
        conv = Conversation([Message("user", tag + " " + " ".join(text))], date="2026-11-27")
    return conv


def reset_cache(engine: LlamaEngine) -> None:
    engine._llm.n_tokens = 0


def bare_loop(engine: LlamaEngine, prompt: list[int], n_gen: int, seed: int) -> dict[str, float]:
    """What a minimal llama-cpp-python program does: Llama.generate with the same sampling."""
    llm = engine._llm
    reset_cache(engine)
    llm.set_seed(seed)
    t0 = time.perf_counter()
    t_first = 0.0
    n = 0
    for _tok in llm.generate(prompt, top_k=0, top_p=1.0, min_p=0.0, temp=1.0,
                             repeat_penalty=1.0, reset=True):
        n += 1
        if n == 1:
            t_first = time.perf_counter()
        if n >= n_gen:
            break
    t_end = time.perf_counter()
    return {"prefill_tps": len(prompt) / (t_first - t0),
            "decode_tps": (n - 1) / (t_end - t_first), "tokens": n}


def safety_gate() -> Any:
    from app.core.safety_gate import gate_from_settings
    from app.core.settings import Settings

    return gate_from_settings(Settings(safety_strictness="standard"))


def pipeline(engine: LlamaEngine, conv_without_user: Conversation, user_text: str, n_gen: int,
             seed: int, db: Path) -> dict[str, float]:
    """The app's path: harmony render, engine, parser, safety on the stream, partial saves."""
    reset_cache(engine)
    store = storage.Store.open(db)
    c = store.create_conversation("bench")
    session = ChatSession(engine, safety=safety_gate(), sink=StoreSink(store, c.id))
    done = None
    for ev in session.turn(conv_without_user, user_text,
                           SamplingParams(max_tokens=n_gen, seed=seed), threading.Event()):
        if isinstance(ev, Done):
            done = ev
    store.close()
    assert done is not None
    s = done.stats
    return {"prefill_tps": s.prompt_tokens / s.ttft_seconds, "decode_tps": s.decode_tps,
            "tokens": s.generated_tokens, "engine_prefill_tps": s.prefill_tps}


def stop_latency_decode(engine: LlamaEngine, conv: Conversation, after_s: float) -> float:
    """Seconds from Stop to the end of the stream, while tokens are flowing.

    A random-weight model sometimes ends its turn on its own before the stop fires; such runs
    measure nothing and are retried with another seed.
    """
    for seed in range(1, 20):
        cancel = threading.Event()
        t_set = [0.0]

        def fire(ev: threading.Event = cancel, box: list[float] = t_set) -> None:
            box[0] = time.perf_counter()
            ev.set()

        timer = threading.Timer(after_s, fire)
        started = False
        for ev in engine.stream(conv, SamplingParams(max_tokens=100000, seed=seed), cancel):
            if isinstance(ev, TextDelta) and not started:
                started = True
                timer.start()
            if isinstance(ev, Done):
                timer.cancel()
                if ev.reason == "cancelled" and t_set[0]:
                    return time.perf_counter() - t_set[0]
    return float("nan")


def stop_latency_prefill(engine: LlamaEngine, conv: Conversation, after_s: float
                         ) -> tuple[float, int]:
    reset_cache(engine)
    cancel = threading.Event()
    t_set = [0.0]

    def fire() -> None:
        t_set[0] = time.perf_counter()
        cancel.set()

    threading.Timer(after_s, fire).start()
    for ev in engine.stream(conv, SamplingParams(max_tokens=4, seed=1), cancel):
        if isinstance(ev, Done):
            return time.perf_counter() - t_set[0], ev.stats.generated_tokens
    return float("nan"), -1


def follow_up_ttft(engine: LlamaEngine, history_tokens: int, seed: int) -> dict[str, float]:
    """TTFT of a short first turn vs a short follow-up after ~history_tokens of history."""
    reset_cache(engine)
    first = Conversation([Message("user", "Hi! What can you do?")], date="2026-11-27")
    ttft_first = _ttft(engine, first, seed)
    long_turn = filler_conversation(engine, history_tokens, "Summarize this:")
    _ttft(engine, long_turn, seed)  # turn 1 of the long conversation: fills the cache
    follow = Conversation([*long_turn.messages, Message("assistant", "Here is a summary."),
                           Message("user", "Thanks! One more question?")], date="2026-11-27")
    t_follow = _ttft(engine, follow, seed, keep_cache=True)
    return {"ttft_first_s": ttft_first, "ttft_follow_up_s": t_follow,
            "ratio": t_follow / ttft_first, "history_tokens": engine.count_tokens(follow)}


def _ttft(engine: LlamaEngine, conv: Conversation, seed: int, keep_cache: bool = False) -> float:
    if not keep_cache:
        reset_cache(engine)
    for ev in engine.stream(conv, SamplingParams(max_tokens=8, seed=seed), threading.Event()):
        if isinstance(ev, Done):
            return ev.stats.ttft_seconds
    return float("nan")


def run_llama_bench(binary: str, model: str, threads: int, n_prompt: int, n_gen: int,
                    extra: list[str]) -> dict[str, float] | None:
    cmd = [binary, "-m", model, "-t", str(threads), "-p", str(n_prompt), "-n", str(n_gen),
           "-fa", "on", "-r", "2", "-o", "json", *extra]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"llama-bench failed: {exc}", file=sys.stderr)
        return None
    rows = json.loads(out.stdout)
    res: dict[str, float] = {}
    for r in rows:
        if r.get("n_prompt") and not r.get("n_gen"):
            res["prefill_tps"] = r["avg_ts"]
        elif r.get("n_gen") and not r.get("n_prompt"):
            res["decode_tps"] = r["avg_ts"]
    return res


def llama_bench_row(args: argparse.Namespace, model: str, n_prompt: int,
                    summary: dict[str, Any]) -> None:
    """llama.cpp's own numbers, run after our engine is closed: two copies of a 20b model
    (each with its repacked experts) do not fit in memory together."""
    if not args.llama_bench:
        return
    lb = run_llama_bench(args.llama_bench, model, args.threads, n_prompt, args.gen_tokens,
                         ["-ngl", str(args.gpu_layers), "--repack", "0" if args.low_memory
                          else "1"])
    if lb:
        summary["llama_bench"] = lb
        print(f"{'llama.cpp llama-bench':28}{lb.get('prefill_tps', 0):14.1f}"
              f"{lb.get('decode_tps', 0):14.2f}")
        bare = summary["bare"]
        print(f"bare / llama-bench: prefill {bare['prefill_tps'] / lb['prefill_tps']:.3f}, "
              f"decode {bare['decode_tps'] / lb['decode_tps']:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="GGUF to run (default: a generated medium model)")
    ap.add_argument("--threads", type=int, default=default_threads())
    ap.add_argument("--ctx", type=int, default=4096)
    ap.add_argument("--prompt-tokens", type=int, default=512)
    ap.add_argument("--gen-tokens", type=int, default=64)
    ap.add_argument("--history-tokens", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--stop-prompt-tokens", type=int, default=1500,
                    help="prompt length for the stop-during-prefill measurement")
    ap.add_argument("--low-memory", action="store_true", help="no CPU repack of the experts")
    ap.add_argument("--llama-bench", default=shutil.which("llama-bench") or
                    ("/tmp/llama-bench-build/bin/llama-bench"
                     if Path("/tmp/llama-bench-build/bin/llama-bench").exists() else None))
    ap.add_argument("--gpu-layers", type=int, default=0)
    ap.add_argument("--json-out", type=Path)
    ap.add_argument("--speed-only", action="store_true",
                    help="only the pipeline / bare / llama-bench speed comparison")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="hearth-bench-"))
    model = args.model or str(synthetic_gguf.write(tmp / "medium.gguf", MEDIUM))
    print(f"machine: {cpu_model()}, {os.cpu_count()} logical CPUs, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB RAM")
    print(f"model: {model} ({Path(model).stat().st_size / 2**30:.2f} GiB), threads "
          f"{args.threads}, ctx {args.ctx}, low-memory {args.low_memory}, "
          f"gpu layers {args.gpu_layers}")

    t0 = time.perf_counter()
    engine = LlamaEngine.load(EngineConfig(model, n_ctx=args.ctx, n_threads=args.threads,
                                           low_memory=args.low_memory,
                                           n_gpu_layers=args.gpu_layers, check_memory=False))
    load_s = time.perf_counter() - t0
    print(f"load: {load_s:.1f} s, peak RSS after load {peak_rss_gib():.2f} GiB, "
          f"backend {engine.info.backend}")

    conv = filler_conversation(engine, args.prompt_tokens, "Please read:")
    user_text = conv.messages[0].content
    prompt = engine.encoder.encode(conv)
    empty = Conversation(date=conv.date)
    results: dict[str, list[dict[str, float]]] = {"pipeline": [], "bare": []}
    # One unmeasured turn first: with mmap the first pass faults the weights in from disk, and
    # whichever path ran first would pay for it.
    bare_loop(engine, prompt, args.gen_tokens, seed=99)
    for r in range(args.rounds):  # interleaved, order alternating, so drift hits both alike
        runs = [
            ("bare", lambda r=r: bare_loop(engine, prompt, args.gen_tokens, seed=100 + r)),
            ("pipeline", lambda r=r: pipeline(engine, empty, user_text, args.gen_tokens,
                                              seed=100 + r, db=tmp / f"bench{r}.sqlite3")),
        ]
        for kind, fn in (runs if r % 2 == 0 else runs[::-1]):
            results[kind].append(fn())

    def med(kind: str, key: str) -> float:
        return statistics.median(x[key] for x in results[kind])

    summary: dict[str, Any] = {
        "machine": cpu_model(), "model": model, "threads": args.threads, "ctx": args.ctx,
        "prompt_tokens": len(prompt), "gen_tokens": args.gen_tokens,
        "low_memory": args.low_memory, "load_s": load_s,
    }
    print(f"\nprompt {len(prompt)} tokens, {args.gen_tokens} generated, median of "
          f"{args.rounds} interleaved rounds")
    print(f"{'':28}{'prefill tok/s':>14}{'decode tok/s':>14}")
    for kind, label in (("bare", "bare llama-cpp-python loop"), ("pipeline", "Hearth pipeline")):
        p, d = med(kind, "prefill_tps"), med(kind, "decode_tps")
        summary[kind] = {"prefill_tps": p, "decode_tps": d}
        print(f"{label:28}{p:14.1f}{d:14.2f}")
    pr = summary["pipeline"]["prefill_tps"] / summary["bare"]["prefill_tps"]
    dr = summary["pipeline"]["decode_tps"] / summary["bare"]["decode_tps"]
    summary["ratio_prefill"], summary["ratio_decode"] = pr, dr
    print(f"pipeline / bare: prefill {pr:.3f}, decode {dr:.3f}")

    if args.speed_only:
        summary["peak_rss_gib"] = peak_rss_gib()
        print(f"peak RSS: {summary['peak_rss_gib']:.2f} GiB")
        engine.close()
        llama_bench_row(args, model, len(prompt), summary)
        if args.json_out:
            args.json_out.write_text(json.dumps(summary, indent=2))
        return 0
    lat = [stop_latency_decode(engine, conv, 0.3) for _ in range(3)]
    summary["stop_latency_decode_ms"] = [round(x * 1000, 1) for x in lat]
    print(f"stop latency during decode: {', '.join(f'{x * 1000:.1f}' for x in lat)} ms")
    long_conv = filler_conversation(engine, min(args.ctx - 64, args.stop_prompt_tokens),
                                    "Read all of this:")
    full_prefill = _ttft(engine, long_conv, 1)
    lat_p, gen = stop_latency_prefill(engine, long_conv, full_prefill / 3)
    summary["stop_latency_prefill_ms"] = round(lat_p * 1000, 1)
    summary["full_prefill_s"] = full_prefill
    print(f"stop latency during a {engine.count_tokens(long_conv)}-token prefill "
          f"(full prefill {full_prefill:.2f} s): {lat_p * 1000:.1f} ms, {gen} tokens generated")

    if args.ctx > args.history_tokens + 200:
        fu = follow_up_ttft(engine, args.history_tokens, 7)
        summary["follow_up"] = fu
        print(f"TTFT first turn {fu['ttft_first_s'] * 1000:.0f} ms, follow-up after "
              f"{fu['history_tokens']} tokens of history {fu['ttft_follow_up_s'] * 1000:.0f} ms "
              f"(ratio {fu['ratio']:.2f})")
    summary["peak_rss_gib"] = peak_rss_gib()
    print(f"peak RSS: {summary['peak_rss_gib']:.2f} GiB")
    engine.close()
    llama_bench_row(args, model, len(prompt), summary)
    if args.json_out:
        args.json_out.write_text(json.dumps(summary, indent=2))
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
