"""Measures history storage: streaming saves and search over 50k messages, against bare SQLite."""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.history_io import import_json  # noqa: E402
from app.core.storage import Store, connect  # noqa: E402


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 10))) for _ in range(size)]


def _text(rng: random.Random, vocab: list[str], words: int) -> str:
    # Zipf-like: a few words are very common, most are rare, as in real text.
    return " ".join(vocab[min(int(rng.paretovariate(1.1)) - 1, len(vocab) - 1)]
                    for _ in range(words))


def _export(rng: random.Random, vocab: list[str], conversations: int,
            per_conversation: int) -> dict[str, Any]:
    now = time.time()
    body = []
    for c in range(conversations):
        parent = None
        messages = []
        for m in range(per_conversation):
            mid = uuid.uuid4().hex
            messages.append({
                "id": mid, "parent_id": parent, "role": "user" if m % 2 == 0 else "assistant",
                "content": _text(rng, vocab, rng.randint(10, 150)),
                "reasoning": _text(rng, vocab, 40) if m % 2 else "",
                "status": "complete", "created_at": now + c * per_conversation + m,
            })
            parent = mid
        body.append({"id": uuid.uuid4().hex, "title": _text(rng, vocab, 4), "created_at": now,
                     "updated_at": now + c, "active_leaf_id": parent, "messages": messages})
    return {"format": "hearth-export", "version": 1, "conversations": body}


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _row(name: str, samples: list[float], extra: str = "") -> None:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    print(f"{name:<46} median {statistics.median(samples):8.3f} ms   p95 {p95:8.3f} ms"
          f"   max {samples[-1]:8.3f} ms  {extra}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=500)
    parser.add_argument("--per-conversation", type=int, default=100)
    parser.add_argument("--updates", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    vocab = _vocabulary(rng, 20000)
    folder = Path(tempfile.mkdtemp(prefix="hearth-bench-storage-"))
    try:
        data = _export(rng, vocab, args.conversations, args.per_conversation)
        total = args.conversations * args.per_conversation
        store = Store.open(folder / "history.sqlite3")
        start = time.perf_counter()
        result = import_json(store, data)
        elapsed = time.perf_counter() - start
        print(f"import of {result.added_messages} messages: {elapsed:.2f} s "
              f"({result.added_messages / elapsed:,.0f} messages/s)")
        size = (folder / "history.sqlite3").stat().st_size / 1e6
        print(f"database: {size:.1f} MB for {total} messages")

        # Streaming saves: one reply growing by ~20 words per update (~1 s of decode).
        conv = store.create_conversation("stream")
        store.add_message(conv.id, "user", "question")
        reply = store.add_message(conv.id, "assistant", "", status="streaming")
        words: list[str] = []
        samples = []
        for _ in range(args.updates):
            words.extend(rng.choice(vocab) for _ in range(20))
            text = " ".join(words)
            start = time.perf_counter()
            store.update_streaming(reply.id, text, "reasoning so far")
            samples.append((time.perf_counter() - start) * 1000)
        final_kb = len(text) / 1000
        _row("update_streaming (store; indexed at finish)", samples,
             f"reply grows to {final_kb:.0f} KB")
        _row("  first 50 updates (reply < 7 KB)", samples[:50])
        _row("  last 50 updates", samples[-50:])

        # Baseline in the same run: the same writes to a bare table with no index or FTS.
        bare = connect(folder / "bare.sqlite3")
        bare.execute("CREATE TABLE t(id TEXT PRIMARY KEY, content TEXT, reasoning TEXT)")
        bare.execute("INSERT INTO t VALUES ('x', '', '')")
        words = []
        base = []
        for _ in range(args.updates):
            words.extend(rng.choice(vocab) for _ in range(20))
            text = " ".join(words)
            start = time.perf_counter()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("UPDATE t SET content = ?, reasoning = ? WHERE id = 'x'",
                         (text, "reasoning so far"))
            bare.execute("COMMIT")
            base.append((time.perf_counter() - start) * 1000)
        _row("baseline: bare UPDATE + COMMIT, same pragmas", base)
        bare.close()
        start = time.perf_counter()
        store.finish_message(reply.id, content=text, reasoning="", status="complete")
        print(f"finish_message of the {final_kb:.0f} KB reply (indexes it once): "
              f"{(time.perf_counter() - start) * 1000:.2f} ms")

        # Search: FTS5 through the store against a plain LIKE scan over the same rows.
        counts: dict[str, int] = {}
        for row in store.connection.execute("SELECT content FROM messages LIMIT 3000"):
            for w in row[0].split():
                counts[w] = counts.get(w, 0) + 1
        common = max(counts, key=lambda w: counts[w])
        rare = min((w for w in counts if len(w) >= 6), key=lambda w: counts[w])
        queries = {
            "rare word": rare,
            "most common word": common,
            "two words": f"{common} {rare}",
            "prefix (3 letters)": rare[:3],
            "no match": "zzzzzzzzzz",
            "CJK (substring scan)": "喜欢猫",
        }
        for name, query in queries.items():
            hits = len(store.search(query))

            def run(q: str = query) -> None:
                store.search(q)

            _row(f"search: {name}", _timed(run, 30), f"{hits} hits")
        conn = store.connection
        _row("baseline: LIKE '%rare%' scan, no FTS", _timed(
            lambda: conn.execute("SELECT id FROM messages WHERE content LIKE ? LIMIT 50",
                                 (f"%{rare}%",)).fetchall(), 10))

        # Reading a conversation: the chat view's load.
        cid = data["conversations"][0]["id"]
        _row(f"active_path ({args.per_conversation} messages)",
             _timed(lambda: store.active_path(cid), 50))
        _row("list_conversations (all)", _timed(store.list_conversations, 50))
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"sqlite {sqlite3.sqlite_version}, python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
