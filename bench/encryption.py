"""What encryption at rest costs: the same history, plain SQLite against SQLCipher, in one run.

Two databases get the same 50,000 messages (bench/storage.py's generator, imported through
`history_io.import_json`): one through `db.connect` (SQLCipher, the key from a throwaway file
keyring), one on the same SQLite library with no key and the same pragmas. Then, alternating plain
and encrypted so a busy moment of the machine hits both: saving a streamed answer as it grows
(`update_streaming`, ~1/s in the app), finishing it (indexed once), history search, reading a
conversation, and opening the file. Also the sealed-file throughput (`core.crypto`).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402

from app.core import crypto, db, vault  # noqa: E402
from app.core.history_io import import_json  # noqa: E402
from app.core.storage import HISTORY_COMPONENT, HISTORY_MIGRATIONS, Store  # noqa: E402
from bench.storage import _export, _vocabulary  # noqa: E402
from tests.fixtures.file_keyring import FileKeyring  # noqa: E402

CACHE_MB = 0


def with_cache(store: Store) -> Store:
    if CACHE_MB:
        store.connection.execute(f"PRAGMA cache_size = -{CACHE_MB * 1024}")
    return store


def plain_store(path: Path) -> Store:
    """A store on the same SQLite library (sqlcipher3) with no key, and the pragmas
    `db.connect` sets: the difference to the encrypted one is the encryption alone."""
    conn = db._open(str(path))
    conn.execute(f"PRAGMA busy_timeout = {db.BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = {db.CACHE_SIZE}")
    db.migrate(conn, HISTORY_COMPONENT, HISTORY_MIGRATIONS)
    return with_cache(Store(conn))


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(len(s) * 0.95))]


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def row(name: str, plain: list[float], enc: list[float], note: str = "") -> None:
    ratio = median(enc) / median(plain) if median(plain) else float("nan")
    print(f"| {name} | {median(plain):.3f} | {median(enc):.3f} | {p95(plain):.3f} | "
          f"{p95(enc):.3f} | {ratio:.2f}x | {note} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=500)
    parser.add_argument("--per-conversation", type=int, default=100)
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--cache-mb", type=int, default=0,
                        help="page cache per connection for both (0: db.CACHE_SIZE, as the app)")
    args = parser.parse_args()
    global CACHE_MB
    CACHE_MB = args.cache_mb
    folder = Path(tempfile.mkdtemp(prefix="hearth-bench-encryption-"))
    os.environ["HEARTH_HOME"] = str(folder / "home")
    keyring.set_keyring(FileKeyring(folder / "keyring.json"))
    try:
        rng = random.Random(7)
        vocab = _vocabulary(rng, 20000)
        data = _export(rng, vocab, args.conversations, args.per_conversation)
        stores: dict[str, Store] = {}
        files = {"plain": folder / "plain.sqlite3", "encrypted": folder / "encrypted.sqlite3"}
        print("| what | plain median ms | encrypted median ms | plain p95 | encrypted p95 | "
              "encrypted/plain | note |")
        print("|---|---|---|---|---|---|---|")
        imports = {}
        for kind in ("plain", "encrypted"):
            stores[kind] = (plain_store(files[kind]) if kind == "plain"
                            else with_cache(Store.open(files[kind])))
            imports[kind] = [timed(lambda s=stores[kind]: import_json(s, data)) / 1000]
        total = args.conversations * args.per_conversation
        row(f"import_json of {total} messages (s, one transaction)", imports["plain"],
            imports["encrypted"])

        # A streamed answer saved as it grows: ~20 words per save, as one second of decode.
        replies = {}
        for kind, store in stores.items():
            conv = store.create_conversation("stream")
            store.add_message(conv.id, "user", "question")
            replies[kind] = store.add_message(conv.id, "assistant", "", status="streaming").id
        saves: dict[str, list[float]] = {"plain": [], "encrypted": []}
        words: list[str] = []
        for i in range(args.updates):
            words.extend(rng.choice(vocab) for _ in range(20))
            text = " ".join(words)
            order = ("plain", "encrypted") if i % 2 == 0 else ("encrypted", "plain")
            for kind in order:
                saves[kind].append(timed(lambda k=kind, t=text: stores[k].update_streaming(
                    replies[k], t, "reasoning so far")))
        kb = len(text) / 1000
        row("update_streaming (one save of a growing answer)", saves["plain"],
            saves["encrypted"], f"answer grows to {kb:.0f} KB")
        row("... last 50 saves", saves["plain"][-50:], saves["encrypted"][-50:])
        finish = {k: [timed(lambda k=k: stores[k].finish_message(
            replies[k], content=text, reasoning="", status="complete"))] for k in stores}
        row(f"finish_message of the {kb:.0f} KB answer (indexed once)", finish["plain"],
            finish["encrypted"])

        counts: dict[str, int] = {}
        for r in stores["plain"].connection.execute("SELECT content FROM messages LIMIT 3000"):
            for w in r[0].split():
                counts[w] = counts.get(w, 0) + 1
        common = max(counts, key=lambda w: counts[w])
        rare = min((w for w in counts if len(w) >= 6), key=lambda w: counts[w])
        queries = {"rare word": rare, "most common word": common,
                   "two words": f"{common} {rare}", "prefix (3 letters)": rare[:3],
                   "no match": "zzzzzzzzzz", "Chinese (substring scan)": "喜欢猫"}
        for name, query in queries.items():
            samples: dict[str, list[float]] = {"plain": [], "encrypted": []}
            hits = {k: len(stores[k].search(query)) for k in stores}
            assert hits["plain"] == hits["encrypted"], (name, hits)
            for i in range(args.repeat):
                for kind in (("plain", "encrypted") if i % 2 == 0 else ("encrypted", "plain")):
                    samples[kind].append(timed(lambda k=kind, q=query: stores[k].search(q)))
            row(f"search: {name}", samples["plain"], samples["encrypted"],
                f"{hits['plain']} hits")
        cid = data["conversations"][0]["id"]
        paths_ = {k: [timed(lambda k=k: stores[k].active_path(cid)) for _ in range(50)]
                  for k in stores}
        row(f"active_path ({args.per_conversation} messages)", paths_["plain"],
            paths_["encrypted"])
        for store in stores.values():
            store.close()
        sizes = {k: files[k].stat().st_size / 1e6 for k in files}

        # Opening the file (the key is already unlocked in this process) and a first search
        # with a cold page cache, as right after the window opens.
        opens: dict[str, list[float]] = {"plain": [], "encrypted": []}
        cold: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for i in range(10):
            for kind in (("plain", "encrypted") if i % 2 == 0 else ("encrypted", "plain")):
                start = time.perf_counter()
                store = (plain_store(files[kind]) if kind == "plain"
                         else with_cache(Store.open(files[kind])))
                opens[kind].append((time.perf_counter() - start) * 1000)
                cold[kind].append(timed(lambda s=store: s.search(rare)))
                store.close()
        row("open the database (connect, pragmas, schema check)", opens["plain"],
            opens["encrypted"])
        row("first search after opening (cold page cache)", cold["plain"], cold["encrypted"])
        print(f"\ndatabase size: plain {sizes['plain']:.1f} MB, encrypted "
              f"{sizes['encrypted']:.1f} MB")

        # Sealed files (saved states, kept safety-log text): AES-256-GCM in 1 MiB chunks.
        blob = os.urandom(64 << 20)
        key = vault.master_key()
        seal_ms = [timed(lambda: crypto.seal(blob, key=key)) for _ in range(3)]
        sealed = crypto.seal(blob, key=key)
        open_ms = [timed(lambda: crypto.open_sealed(sealed, key=key)) for _ in range(3)]
        print(f"seal 64 MiB: {64 / (median(seal_ms) / 1000):,.0f} MiB/s; open: "
              f"{64 / (median(open_ms) / 1000):,.0f} MiB/s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    cipher = db._open(db.MEMORY)
    version = cipher.execute("PRAGMA cipher_version").fetchone()[0]
    lib = cipher.execute("SELECT sqlite_version()").fetchone()[0]
    cipher.close()
    print(f"SQLCipher {version} (SQLite {lib}) for both; python {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
