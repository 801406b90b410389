"""What reaches the model's context for a document question: the browser tool against passages.

Run: .venv/bin/python bench/document_tools.py [--budget 3500] [--embeddings]

On the labeled questions of bench/documents.py (facts planted on known pages of five PDFs and
DOCX files), for each question:
- passages-in-prompt: `build_context` with the budget a turn gives it (half the context less the
  history); tokens put in the prompt, and whether the fact's sentence is among them;
- the browser tool, following the path a model takes when it uses it well: `search` with the
  question as the query, then `open` of the top hit (and, as an upper bound, `open` of the hit
  that holds the fact when the results list it). Tokens the model reads at each step, and
  whether the fact is in what it has read so far.
With a generated model the model's choices are random, so this measures the tool's answers to
the queries the questions make, not a model. Tokens are counted as the index counts them
(~4 characters per token; no gpt-oss tokenizer is available offline).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.documents import DocumentIndex, HashingEmbedder, build_context, ingest  # noqa: E402
from app.core.documents.browser import DocumentBrowser  # noqa: E402
from app.core.documents.chunk import approx_tokens  # noqa: E402
from tests.fixtures.docs_corpus import build_corpus  # noqa: E402

CONV = "bench"
LINE = re.compile(r"^L\d+: ?", re.MULTILINE)
QUOTE = re.compile(r"^> ?", re.MULTILINE)


def flat(text: str) -> str:
    return " ".join(text.split())


def shown(display: str) -> str:
    """What a browser view says, without its line numbers, as one line of words."""
    return flat(LINE.sub("", display))


@dataclass
class Tally:
    tokens: list[int] = field(default_factory=list)
    found: int = 0
    misses: list[str] = field(default_factory=list)
    question: str = ""

    def add(self, tokens: int, found: bool) -> None:
        self.tokens.append(tokens)
        self.found += found
        if not found:
            self.misses.append(self.question)


def run(budget: int, embeddings: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-tools-") as tmp:
        files, facts = build_corpus(Path(tmp) / "corpus")
        conn = sqlite3.connect(":memory:")
        index = DocumentIndex(conn, embedder=HashingEmbedder() if embeddings else None)
        results = ingest(files, index, CONV)
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        total = sum(d.token_count for d in index.list_documents(CONV))
        rows: dict[str, Tally] = {k: Tally() for k in (
            "passages", "search", "search+open top", "search+open top 2",
            "search+open the hit holding it")}
        times: dict[str, list[float]] = {"search": [], "open": []}
        for fact in facts:
            sentence = flat(fact.sentence)
            for t in rows.values():
                t.question = fact.question
            ctx = build_context(fact.question, index, CONV, token_budget=budget)
            rows["passages"].add(ctx.tokens, sentence in flat(QUOTE.sub("", ctx.text)))

            browser = DocumentBrowser(index, CONV, count_tokens=approx_tokens)
            t0 = time.perf_counter()
            page = browser.search(fact.question)
            times["search"].append((time.perf_counter() - t0) * 1000)
            read, seen = approx_tokens(page), shown(page)
            rows["search"].add(read, sentence in seen)
            links = browser.pages[0].links
            t0 = time.perf_counter()
            opened = browser.open(0) if links else ""
            times["open"].append((time.perf_counter() - t0) * 1000)
            read1, seen1 = read + approx_tokens(opened), seen + " " + shown(opened)
            rows["search+open top"].add(read1, sentence in seen1)
            second = browser.open(1, cursor=0) if len(links) > 1 else ""
            rows["search+open top 2"].add(read1 + approx_tokens(second),
                                          sentence in seen1 + " " + shown(second))
            holding = next((n for n, hit in sorted(browser.pages[0].hits.items())
                            if fact.sentence[:40] in flat(hit.text)), None)
            link = next((n for n, ln in links.items() if ln.chunk_id == holding), None)
            if link is None:
                rows["search+open the hit holding it"].add(read, sentence in seen)
            else:
                view = browser.open(link, cursor=0)
                rows["search+open the hit holding it"].add(read + approx_tokens(view),
                                                           sentence in seen + " " + shown(view))
        n = len(facts)
        ranker = "BM25 + hashing vectors (RRF)" if embeddings else "BM25 (FTS5)"
        print(f"## {n} labeled questions over {len(files)} documents, {total:,} tokens in all; "
              f"passage budget {budget} tokens; search: {ranker}\n")
        print("| what reaches the context | tokens read, median | p90 | max | "
              "fact there |\n|---|---|---|---|---|")
        for label, t in rows.items():
            xs = sorted(t.tokens)
            p90 = xs[min(len(xs) - 1, int(0.9 * len(xs)))]
            print(f"| {label} | {statistics.median(xs):.0f} | {p90} | {xs[-1]} | "
                  f"{t.found}/{n} ({t.found / n:.0%}) |")
        print()
        for label in ("passages", "search+open top"):
            for q in rows[label].misses:
                print(f"- miss ({label}): {q}")
        print()
        print("| browser call | median ms | max ms |\n|---|---|---|")
        for name, xs in times.items():
            print(f"| {name} | {statistics.median(xs):.1f} | {max(xs):.1f} |")
        print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--budget", type=int, default=3500,
                        help="passage budget in tokens (an 8192 context, short history)")
    parser.add_argument("--embeddings", action="store_true",
                        help="rank with BM25 and hashing vectors fused, as with an embedder")
    args = parser.parse_args()
    run(args.budget, args.embeddings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
