"""Download throughput on loopback: the app's downloader (HEAD, Range GET through huggingface_hub's
session, sha256 verification, fsync, move into place) against curl fetching the same file from
the same local fake Hub, in the same run.

    .venv/bin/python bench/download.py [--size-mb 768] [--runs 3] [--workdir /tmp/hearth-bench]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.models.downloads import DownloadManager, State  # noqa: E402
from app.core.models.hub import Hub  # noqa: E402
from app.core.settings import Settings  # noqa: E402
from tests.fixtures.fake_hub import FakeHub  # noqa: E402

REPO = "bench/big-GGUF"
NAME = "big.bin"  # not .gguf: random bytes would (rightly) fail the GGUF check


def make_file(path: Path, size: int) -> None:
    """Random bytes (incompressible), written once and reused between runs."""
    if path.exists() and path.stat().st_size == size:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    block = os.urandom(16 << 20)
    with open(path, "wb") as fh:
        left = size
        while left > 0:
            n = min(left, len(block))
            fh.write(block[:n])
            left -= n


def time_curl(url: str, out: Path) -> float:
    out.unlink(missing_ok=True)
    t0 = time.perf_counter()
    subprocess.run(["curl", "-sSf", "-o", str(out), url], check=True)
    return time.perf_counter() - t0


def time_curl_verified(url: str, out: Path) -> float:
    """curl, then sha256 of the result: what a careful script would do."""
    t0 = time.perf_counter()
    time_curl(url, out)
    h = hashlib.sha256()
    with open(out, "rb") as fh:
        while block := fh.read(8 << 20):
            h.update(block)
    return time.perf_counter() - t0


def time_app(models: Path) -> float:
    shutil.rmtree(models, ignore_errors=True)
    settings = Settings()
    mgr = DownloadManager(settings=settings, models_dir=models,
                          hub=Hub(settings, token=lambda: None))
    t0 = time.perf_counter()
    job = mgr.run_job(mgr.enqueue(REPO, NAME))
    elapsed = time.perf_counter() - t0
    if job.state != State.DONE:
        raise SystemExit(f"app download failed: {job.error}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size-mb", type=int, default=768)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/hearth-bench"))
    args = ap.parse_args()
    if shutil.which("curl") is None:
        raise SystemExit("curl is not installed")
    size = args.size_mb << 20
    src = args.workdir / "src" / NAME
    make_file(src, size)
    os.environ.pop("HF_HUB_OFFLINE", None)
    with FakeHub(workdir=args.workdir) as hub:
        hub.add_file(REPO, NAME, src)
        os.environ["HF_ENDPOINT"] = hub.url
        url = Hub(Settings(), token=lambda: None).file_url(REPO, NAME)
        out = args.workdir / "curl.out"
        models = args.workdir / "models"
        time_curl(url, out)  # warm the page cache and the server
        curl, curl_v, app = [], [], []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            curl.append(time_curl(url, out))
            curl_v.append(time_curl_verified(url, out))
            app.append(time_app(models))
        out.unlink(missing_ok=True)
        shutil.rmtree(models, ignore_errors=True)

    def rate(ts: list[float]) -> float:
        return size / statistics.median(ts) / 1e6

    r_curl, r_curl_v, r_app = rate(curl), rate(curl_v), rate(app)
    print(f"file: {size / 1e6:.0f} MB, {args.runs} runs each, medians")
    print(f"curl                 {r_curl:8.0f} MB/s  ({statistics.median(curl):.2f} s)")
    print(f"curl + sha256        {r_curl_v:8.0f} MB/s  ({statistics.median(curl_v):.2f} s)")
    print(f"hearth (verified)    {r_app:8.0f} MB/s  ({statistics.median(app):.2f} s)")
    print(f"hearth / curl        {r_app / r_curl * 100:6.1f} %  (target 90 %)")
    print(f"hearth / curl+sha256 {r_app / r_curl_v * 100:6.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
