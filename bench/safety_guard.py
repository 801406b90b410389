"""Guard model latency on this CPU: the prompt check and the streamed answer check, against the
same work without the guard.

The guard is a generated GGUF of Qwen3Guard-Gen-0.6B's real shape (qwen3, 28 layers, 1024 wide,
151936-token vocabulary; with --vocab, Qwen's own tokenizer from llama.cpp's vocab-only GGUF, so
prompts cost exactly the real number of tokens; Q8_0 like the catalog's recommended file),
forced to answer "Safety: Safe" so every check runs to its end. The chat model is the
synthetic gpt-oss-20b (bench/make_synthetic_gguf.py), or with --chat-model tiny a generated
small gpt-oss for a quick look.

    python bench/make_synthetic_gguf.py /tmp/synthetic-gpt-oss-20b.gguf
    python bench/safety_guard.py --chat-model /tmp/synthetic-gpt-oss-20b.gguf --low-memory

Reports: (1) the prompt check, rules alone vs rules + guard, first call and warm; (2) one
streamed answer: decode tok/s bare, with the rules-only monitor and with the guard monitor, the
wait after the last token for the last checks, and how far the shown text trailed.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import synthetic_gguf, synthetic_guard  # noqa: E402
from app.core.engine import (  # noqa: E402
    Done,
    EngineConfig,
    LlamaEngine,
    SamplingParams,
    SmallModel,
    SmallModelConfig,
)
from app.core.harmony import Conversation, Message, TextDelta  # noqa: E402
from app.core.safety import Guard, Qwen3GuardFormat, SafetyFilter, Shown  # noqa: E402
from app.core.safety_gate import SafetyGate  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
ANSWER = (
    "To stop a hung Python process, first find its id with ps or pgrep. Then send it SIGTERM "
    "with kill, which lets it clean up. If it ignores that, kill -9 sends SIGKILL, which cannot "
    "be caught or ignored. Child processes may need to be stopped as a group, with kill and a "
    "negative process group id. On Windows, the task manager or taskkill does the same job. "
    "Save your work first: a killed process loses whatever it had not written to disk yet. "
) * 4


def eval_words() -> tuple[str, ...]:
    words: set[str] = set(re.findall(r"[A-Za-z]+", ANSWER))
    for name in ("safety_eval.jsonl", "safety_heldout.jsonl"):
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            words |= set(re.findall(r"[A-Za-z]+", text))
            words |= set(re.findall(r"[\u3400-\u9fff]", text))
    return tuple(sorted(words))


def prompts() -> list[str]:
    rows = [json.loads(line) for line in (FIXTURES / "safety_eval.jsonl").read_text(
        encoding="utf-8").splitlines()]
    picked = [r["text"] for r in rows if r["label"] == "benign"][:12]
    picked += [r["text"] for r in rows if r["label"] == "benign" and r["lang"] == "zh"][:6]
    return picked


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_prompts(guard: Guard) -> None:
    texts = prompts()
    rules = SafetyFilter()
    guarded = SafetyFilter(guard=guard)
    rules_ms = []
    for text in texts:
        start = time.perf_counter()
        rules.check_prompt(text)
        rules_ms.append((time.perf_counter() - start) * 1000)
    first = time.perf_counter()
    first_decision = guarded.check_prompt(texts[0])
    first_s = time.perf_counter() - first
    guard_s, tokens = [], []
    for text in texts[1:]:
        start = time.perf_counter()
        d = guarded.check_prompt(text)
        guard_s.append(time.perf_counter() - start)
        tokens.append(len(guard.tokens(text)))
    chinese = sum(1 for t in texts if re.search(r"[\u3400-\u9fff]", t))
    print("\n## Prompt check (before generation)")
    print(f"{len(texts)} benign prompts from the development set ({chinese} Chinese); guard "
          f"prompt {min(tokens)}-{max(tokens)} tokens; first verdict "
          f"{first_decision.verdict.value}, last {d.verdict.value}")
    print("| check | median | p90 |")
    print("|---|---|---|")
    print(f"| rules alone | {statistics.median(rules_ms):.1f} ms | {pct(rules_ms, 0.9):.1f} ms |")
    print(f"| rules + guard, first prompt (cold cache) | {first_s:.2f} s | |")
    print(f"| rules + guard, later prompts (policy text cached) | "
          f"{statistics.median(guard_s):.2f} s | {pct(guard_s, 0.9):.2f} s |")


def stream_once(engine: LlamaEngine, gate: SafetyGate | None, gen_tokens: int,
                prompt: str) -> dict[str, float]:
    """One generation: the answer text is fed to the monitor one delta per generated token
    (the random-weight model's own text has no sentences), timed by the real decode."""
    conv = Conversation([Message("user", prompt)], reasoning_effort="low")
    sampling = SamplingParams(temperature=1.0, max_tokens=gen_tokens, seed=1)
    monitor = gate.answer_monitor(prompt) if gate is not None else None
    words = re.findall(r"\S+\s*", ANSWER)
    fed = 0
    shown_at: list[tuple[float, int]] = []  # (time, shown chars) after each release
    fed_at: list[tuple[float, int]] = []
    produced = 0
    start = time.perf_counter()
    first_token = None
    stats = None
    for ev in engine.stream(conv, sampling, threading.Event()):
        if isinstance(ev, Done):
            stats = ev.stats
        if isinstance(ev, TextDelta):
            produced += 1
            if first_token is None:
                first_token = time.perf_counter()
            delta = words[fed % len(words)]
            fed += 1
            now = time.perf_counter()
            fed_at.append((now, sum(len(w) for w in words[:fed])))
            if monitor is not None:
                for out in monitor.feed("final", delta):
                    if isinstance(out, Shown):
                        shown_at.append((now, len(monitor.shown_text())))
    end = time.perf_counter()
    wait = 0.0
    if monitor is not None:
        t0 = time.perf_counter()
        monitor.finish(timeout=600)
        wait = time.perf_counter() - t0
        shown_at.append((time.perf_counter(), len(monitor.shown_text())))
        monitor.close()
    decode_s = end - (first_token or start)
    lag = []
    for t, n in fed_at:
        behind = [s for s, m in shown_at if m >= n]
        if behind:
            lag.append(behind[0] - t)
    tps = stats.decode_tps if stats is not None else (produced - 1) / decode_s
    return {"tokens": produced, "decode_tps": tps,
            "total_s": end - start, "finish_wait_s": wait,
            "lag_median_s": statistics.median(lag) if lag else 0.0,
            "lag_max_s": max(lag) if lag else 0.0,
            "pieces": monitor.pieces_checked if monitor else 0,
            "check_s": monitor.check_seconds if monitor else 0.0}


def bench_stream(engine: LlamaEngine, guard: Guard, gen_tokens: int, rounds: int) -> None:
    modes = {"bare (no monitor)": None, "rules-only monitor": SafetyGate(SafetyFilter()),
             "guard monitor": SafetyGate(SafetyFilter(guard=guard))}
    stream_once(engine, None, 4, "Warm up.")
    results: dict[str, list[dict[str, float]]] = {m: [] for m in modes}
    for r in range(rounds):
        order = list(modes) if r % 2 == 0 else list(reversed(modes))
        for mode in order:
            results[mode].append(stream_once(engine, modes[mode], gen_tokens,
                                             "How do I stop a hung process?"))
    print(f"\n## Streamed answer ({gen_tokens} tokens, median of {rounds}, modes interleaved)")
    print("| mode | decode tok/s | vs bare | wait after last token | shown text trails by "
          "(median / max) | pieces checked | guard time |")
    print("|---|---|---|---|---|---|---|")
    bare = statistics.median(x["decode_tps"] for x in results["bare (no monitor)"])
    for mode, runs in results.items():
        tps = statistics.median(x["decode_tps"] for x in runs)
        print(f"| {mode} | {tps:.2f} | {tps / bare:.2f} | "
              f"{statistics.median(x['finish_wait_s'] for x in runs):.2f} s | "
              f"{statistics.median(x['lag_median_s'] for x in runs):.2f} s / "
              f"{statistics.median(x['lag_max_s'] for x in runs):.2f} s | "
              f"{statistics.median(x['pieces'] for x in runs):.0f} | "
              f"{statistics.median(x['check_s'] for x in runs):.1f} s |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--guard", type=Path, default=Path("/tmp/synthetic-qwen3guard-0.6b.gguf"),
                    help="the 0.6B-shaped guard (written here if missing)")
    ap.add_argument("--vocab", type=Path, default=None,
                    help="a vocab-only GGUF with Qwen's tokenizer (llama.cpp's "
                         "models/ggml-vocab-qwen2.gguf) for real token counts; without it, "
                         "whole-word merges approximate them")
    ap.add_argument("--chat-model", default="tiny",
                    help="a gpt-oss GGUF (the synthetic 20b), or 'tiny' for a quick look")
    ap.add_argument("--threads", type=int, default=2, help="chat model threads")
    ap.add_argument("--guard-threads", type=int, default=1)
    ap.add_argument("--gen-tokens", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--low-memory", action="store_true")
    ap.add_argument("--skip-stream", action="store_true")
    args = ap.parse_args()
    print(f"# Guard model latency ({platform.machine()}, Python {platform.python_version()})")
    if not args.guard.exists():
        t0 = time.perf_counter()
        synthetic_guard.write(args.guard, synthetic_guard.QWEN3GUARD_0_6B,
                              reply=synthetic_guard.SAFE_REPLY, words=eval_words(),
                              vocab_from=args.vocab)
        print(f"wrote {args.guard} ({args.guard.stat().st_size / 2**20:.0f} MiB) in "
              f"{time.perf_counter() - t0:.0f} s")
    t0 = time.perf_counter()
    runtime = SmallModel.load(SmallModelConfig(str(args.guard), n_ctx=4096,
                                               n_threads=args.guard_threads))
    print(f"guard: {args.guard.name}, {args.guard.stat().st_size / 2**20:.0f} MiB, "
          f"{args.guard_threads} thread(s), loaded in {time.perf_counter() - t0:.1f} s")
    guard = Guard(runtime, Qwen3GuardFormat(), "synthetic Qwen3Guard-Gen-0.6B")
    bench_prompts(guard)
    if not args.skip_stream:
        path = args.chat_model
        if path == "tiny":
            path = "/tmp/bench-medium-gpt-oss.gguf"
            if not Path(path).exists():
                synthetic_gguf.write(path, synthetic_gguf.TINY)
        t0 = time.perf_counter()
        engine = LlamaEngine.load(EngineConfig(path, n_ctx=4096, n_threads=args.threads,
                                               low_memory=args.low_memory))
        print(f"\nchat model: {Path(path).name}, {args.threads} threads, loaded in "
              f"{time.perf_counter() - t0:.1f} s")
        try:
            bench_stream(engine, guard, args.gen_tokens, args.rounds)
        finally:
            engine.close()
    runtime.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
