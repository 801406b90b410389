"""Measures Hearth's local server against llama-cpp-python's own on the same model: requests per
second (one client, and several at once) and time to first byte / first answer token."""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(kind: str, model: str, threads: int, ctx: int, home: Path) -> tuple[Any, str]:
    port = free_port()
    if kind == "hearth":
        cmd = [sys.executable, str(ROOT / "main.py"), "serve", "--model", model, "--port",
               str(port), "--threads", str(threads), "--ctx", str(ctx)]
    else:
        cmd = [sys.executable, "-m", "llama_cpp.server", "--model", model, "--host", "127.0.0.1",
               "--port", str(port), "--n_threads", str(threads), "--n_threads_batch",
               str(threads), "--n_ctx", str(ctx), "--verbose", "False"]
    env = {**os.environ, "HEARTH_HOME": str(home)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx2.get(f"{url}/models", timeout=2, trust_env=False).status_code == 200:
                return proc, url
        except httpx2.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"{kind} server did not start")


def stop(proc: Any) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def body(i: int, max_tokens: int, stream: bool) -> dict[str, Any]:
    # Greedy, so both servers write max_tokens (the tiny model does not stop early greedily).
    return {"model": "m", "messages": [{"role": "user", "content": f"Write a long story {i}"}],
            "max_tokens": max_tokens, "temperature": 0.0, "stream": stream}


def whole(client: httpx2.Client, url: str, i: int, max_tokens: int) -> int:
    r = client.post(f"{url}/chat/completions", json=body(i, max_tokens, False))
    r.raise_for_status()
    return int(r.json()["usage"]["completion_tokens"])


def streamed(client: httpx2.Client, url: str, i: int, max_tokens: int) -> tuple[float, float]:
    """(seconds to the first byte of the body, seconds to the first answer text)."""
    t0 = time.perf_counter()
    first_byte = first_text = 0.0
    with client.stream("POST", f"{url}/chat/completions", json=body(i, max_tokens, True)) as r:
        for line in r.iter_lines():
            if not first_byte:
                first_byte = time.perf_counter() - t0
            if first_text or not line.startswith("data: {"):
                continue
            delta = json.loads(line[6:])["choices"]
            if delta and (delta[0]["delta"].get("content")
                          or delta[0]["delta"].get("reasoning_content")):
                first_text = time.perf_counter() - t0
    return first_byte, first_text


def measure(url: str, n: int, clients: int, max_tokens: int) -> dict[str, float]:
    c = httpx2.Client(timeout=600, trust_env=False)
    for i in range(2):  # warm-up: caches, first-use imports
        whole(c, url, i, max_tokens)
    tokens: list[int] = []
    t0 = time.perf_counter()
    for i in range(n):
        tokens.append(whole(c, url, 100 + i, max_tokens))
    seq = n / (time.perf_counter() - t0)
    ttfb, ttft = [], []
    for i in range(n):
        b, t = streamed(c, url, 200 + i, max_tokens)
        ttfb.append(b)
        ttft.append(t)
    per_client = max(1, n // clients)
    done: list[int] = []

    def worker(k: int) -> None:
        cc = httpx2.Client(timeout=600, trust_env=False)
        for i in range(per_client):
            done.append(whole(cc, url, 1000 * k + i, max_tokens))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    conc = len(done) / (time.perf_counter() - t0)
    return {"rps_1": seq, f"rps_{clients}": conc, "ttfb_ms": statistics.median(ttfb) * 1000,
            "ttft_ms": statistics.median(ttft) * 1000,
            "tokens": statistics.mean(tokens)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--model", help="GGUF (default: the generated tiny gpt-oss)")
    p.add_argument("--requests", type=int, default=20)
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--max-tokens", type=int, default=16)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--ctx", type=int, default=2048)
    p.add_argument("--rounds", type=int, default=2)
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hearth-bench-server-"))
    model = args.model
    if not model:
        from app.core import synthetic_gguf

        model = str(synthetic_gguf.write_tiny(tmp / "tiny-gpt-oss.gguf"))
    results: dict[str, list[dict[str, float]]] = {"hearth": [], "llama-cpp-python": []}
    for r in range(args.rounds):
        order = ["hearth", "llama-cpp-python"] if r % 2 == 0 else ["llama-cpp-python", "hearth"]
        for kind in order:  # one server at a time: they would compete for the cores
            proc, url = start(kind, model, args.threads, args.ctx, tmp / kind)
            try:
                m = measure(url, args.requests, args.clients, args.max_tokens)
            finally:
                stop(proc)
            results[kind].append(m)
            print(kind, {k: round(v, 2) for k, v in m.items()}, flush=True)
    print("\nmedian over rounds")
    for kind, rows in results.items():
        print(kind, {k: round(statistics.median(row[k] for row in rows), 2) for k in rows[0]})


if __name__ == "__main__":
    main()
