"""Stream a full-size gpt-oss-20b-shaped GGUF with random weights to a path (benchmarks only).

Real shapes, types and vocabulary size (MXFP4 experts, Q8_0 attention/embeddings, F32 norms,
biases, router and sinks, 201088 tokens with the harmony tokens at their real ids), so llama.cpp
runs it exactly as fast as the published gpt-oss-20b-mxfp4.gguf. Never committed, never in tests.

    python bench/make_synthetic_gguf.py /tmp/synthetic-gpt-oss-20b.gguf
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import synthetic_gguf  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--shape", choices=["20b", "tiny"], default="20b")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    shape = synthetic_gguf.GPT_OSS_20B if args.shape == "20b" else synthetic_gguf.TINY
    t0 = time.perf_counter()

    def progress(done: int, total: int) -> None:
        rate = done / max(time.perf_counter() - t0, 1e-9) / 1e6
        print(f"\r{done / 2**30:6.2f} / {total / 2**30:.2f} GiB  {rate:6.0f} MB/s", end="",
              file=sys.stderr, flush=True)

    synthetic_gguf.write(args.path, shape, seed=args.seed, progress=progress)
    print(f"\nwrote {args.path} ({args.path.stat().st_size / 2**30:.2f} GiB) in "
          f"{time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
