"""Document Q&A benchmarks: recall@3 on planted facts, ingestion pages/s, search p95 at 50k chunks.

Run: .venv/bin/python bench/documents.py [--chunks 50000] [--quick]
Each number is printed beside a baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.documents import (  # noqa: E402
    Document,
    DocumentIndex,
    HashingEmbedder,
    Page,
    extract,
    ingest,
)
from app.core.documents.terms import query_terms  # noqa: E402
from tests.fixtures.docs_build import make_pdf  # noqa: E402
from tests.fixtures.docs_corpus import ADJS, MONTHS, SPECS, TEAMS, TEMPLATES, build_corpus  # noqa: E402


def keyword_baseline(conn: sqlite3.Connection, question: str, k: int) -> list[tuple[str, int]]:
    """Naive retrieval: rank chunks by how many distinct query words they contain."""
    terms = query_terms(question)
    scored = []
    for name, page, text in conn.execute(
            "SELECT d.name, c.page, lower(c.text) FROM doc_chunks c "
            "JOIN doc_documents d ON d.id = c.doc_id"):
        scored.append((sum(t in text for t in terms), name, page))
    scored.sort(key=lambda s: -s[0])
    return [(name, page) for _, name, page in scored[:k]]


def recall(folder: Path) -> None:
    files, facts = build_corpus(folder)
    print(f"## Recall on {len(facts)} labeled questions over {len(files)} documents "
          f"({', '.join(p.name for p in files)})")
    rows: list[tuple[str, float | None, float, float | None]] = []
    for label, embedder in (("BM25 (FTS5)", None), ("BM25 + hashing vectors, RRF k=60",
                                                    HashingEmbedder())):
        conn = sqlite3.connect(":memory:")
        index = DocumentIndex(conn, embedder=embedder)
        results = ingest(files, index, "bench")
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        at1 = at3 = 0
        rr = 0.0
        base1 = base3 = 0
        misses = []
        for f in facts:
            got = [(h.file, h.page) for h in index.search(f.question, "bench", k=3)]
            target = (f.file, f.page)
            at1 += bool(got) and got[0] == target
            at3 += target in got
            rr += 1 / (got.index(target) + 1) if target in got else 0.0
            if target not in got:
                misses.append(f.question)
            if embedder is None:
                base = keyword_baseline(conn, f.question, 3)
                base1 += bool(base) and base[0] == target
                base3 += target in base
        n = len(facts)
        if embedder is None:
            rows.append(("keyword-overlap scan (baseline)", base1 / n, base3 / n, None))
        rows.append((label, at1 / n, at3 / n, rr / n))
        for q in misses:
            print(f"   miss ({label}): {q}")
    print("| method | recall@1 | recall@3 | MRR@3 |\n|---|---|---|---|")
    for label, r1, r3, mrr in rows:
        print(f"| {label} | {'' if r1 is None else f'{r1:.3f}'} | {r3:.3f} | "
              f"{'' if mrr is None else f'{mrr:.3f}'} |")
    print()


def ingestion(folder: Path, pages: int) -> None:
    spec = SPECS[0]
    rng = random.Random(1)
    from tests.fixtures.docs_corpus import page_texts
    base = page_texts(spec, seed=1)
    texts = [base[rng.randrange(len(base))] for _ in range(pages)]
    pdf = make_pdf(folder / "long.pdf", texts)
    print(f"## Ingestion of a {pages}-page text PDF ({pdf.stat().st_size // 1024} KB, "
          f"~380 words per page)")
    from pypdf import PdfReader

    t0 = time.perf_counter()
    reader = PdfReader(pdf)
    for page in reader.pages:
        page.extract_text()
    raw = time.perf_counter() - t0

    t0 = time.perf_counter()
    doc = extract(pdf)
    t_extract = time.perf_counter() - t0
    conn = sqlite3.connect(folder / "ingest.sqlite3")
    index = DocumentIndex(conn)
    t0 = time.perf_counter()
    index.add_document("bench", doc)
    conn.commit()
    t_index = time.perf_counter() - t0
    n = len(doc.pages)
    print("| step | seconds | pages/s |\n|---|---|---|")
    print(f"| pypdf extract_text alone (baseline) | {raw:.2f} | {n / raw:.0f} |")
    print(f"| Hearth extract (pypdf + checks + outline) | {t_extract:.2f} | "
          f"{n / t_extract:.0f} |")
    print(f"| chunk + FTS5 index | {t_index:.2f} | {n / t_index:.0f} |")
    print(f"| total extract + index | {t_extract + t_index:.2f} | "
          f"{n / (t_extract + t_index):.0f} |")
    print()


def _synthetic_pages(rng: random.Random, count: int, words: int) -> list[str]:
    syll = ["ka", "lo", "ren", "tis", "mar", "vel", "dor", "phi", "sun", "ab", "ex", "qu", "zo"]
    names = ["".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).title()
             for _ in range(3000)]
    things = ["valve", "pump", "ledger", "contract", "sensor", "invoice", "policy", "engine",
              "server", "warehouse", "budget", "trial", "audit", "route", "license"]
    pages = []
    for _ in range(count):
        sents: list[str] = []
        n = 0
        while n < words:
            entity = f"{rng.choice(names)} {rng.choice(things)}"
            s = rng.choice(TEMPLATES).format(e=entity, t=rng.choice(TEAMS), m=rng.choice(MONTHS),
                                             a=rng.choice(ADJS))
            sents.append(s)
            n += len(s.split())
        pages.append(" ".join(sents))
    return pages


def latency(folder: Path, chunks: int, queries: int) -> None:
    rng = random.Random(5)
    db = folder / "latency.sqlite3"
    conn = sqlite3.connect(db)
    index = DocumentIndex(conn)
    per_doc = 100  # pages per synthetic document, one ~350-token chunk per page
    t0 = time.perf_counter()
    made = 0
    doc_no = 0
    while made < chunks:
        pages = _synthetic_pages(rng, min(per_doc, chunks - made), 260)
        doc = Document(f"/bench/doc{doc_no}.pdf", f"doc{doc_no}", "pdf",
                       [Page(i + 1, t) for i, t in enumerate(pages)])
        doc_no += 1
        index.add_document("big", doc, max_tokens=500)
        made = conn.execute("SELECT count(*) FROM doc_chunks").fetchone()[0]
    conn.commit()
    build = time.perf_counter() - t0
    size = db.stat().st_size / 2**20
    print(f"## Search latency over {made:,} chunks in one conversation "
          f"({doc_no} documents, DB {size:.0f} MB, built in {build:.0f} s)")
    facts = [q for spec in SPECS for _, _, q in spec.facts]
    words = conn.execute("SELECT text FROM doc_chunks ORDER BY random() LIMIT 200").fetchall()
    qs = list(facts)
    while len(qs) < queries:
        pool = words[rng.randrange(len(words))][0].split()
        start = rng.randrange(max(1, len(pool) - 6))
        qs.append("what about " + " ".join(pool[start:start + rng.randint(2, 6)]))
    qs = qs[:queries]
    index.search(qs[0], "big")  # warm the page cache once

    def timed(fn: object, items: list[str]) -> list[float]:
        out = []
        for q in items:
            t = time.perf_counter()
            fn(q)  # type: ignore[operator]
            out.append((time.perf_counter() - t) * 1000)
        return out

    ours = timed(lambda q: index.search(q, "big", k=5), qs)
    ours_all = timed(lambda q: index.search(q, None, k=5), qs[:100])

    def like_scan(q: str) -> None:
        terms = query_terms(q)[:3]
        where = " OR ".join("text LIKE ?" for _ in terms)
        conn.execute(f"SELECT id FROM doc_chunks WHERE {where} LIMIT 5",
                     [f"%{t}%" for t in terms]).fetchall()
        conn.execute(f"SELECT count(*) FROM doc_chunks WHERE {where}",
                     [f"%{t}%" for t in terms]).fetchone()  # ranking needs every match

    base = timed(like_scan, qs[:20])
    print("| search | queries | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for label, xs in (("LIKE scan, no ranking (baseline)", base),
                      ("FTS5 BM25, conversation filter, k=5", ours),
                      ("FTS5 BM25, all conversations, k=5", ours_all)):
        xs = sorted(xs)
        p95 = xs[min(len(xs) - 1, int(0.95 * len(xs)))]
        print(f"| {label} | {len(xs)} | {statistics.median(xs):.1f} | {p95:.1f} | "
              f"{xs[-1]:.1f} |")
    print()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=50_000)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.chunks, args.pages, args.queries = 2000, 40, 50
    with tempfile.TemporaryDirectory(prefix="hearth-bench-docs-") as tmp:
        folder = Path(tmp)
        recall(folder / "corpus")
        ingestion(folder, args.pages)
        latency(folder, args.chunks, args.queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
