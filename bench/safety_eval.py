"""Safety filter evaluation: per-category precision/recall on the labeled set; stream cost."""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.safety import CATEGORIES, SafetyFilter, Verdict  # noqa: E402

EVAL_SET = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "safety_eval.jsonl"


def load_rows(path: Path = EVAL_SET) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate(rows: list[dict[str, str]], safety: SafetyFilter) -> dict[str, object]:
    """Counts for one filter over rows: flagged = warn or block; category must match for a TP."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    flagged = blocked = harmful = benign = benign_blocked = benign_warned = 0
    misses: list[str] = []
    false_blocks: list[str] = []
    for row in rows:
        decision = safety.check_prompt(row["text"])
        positive = decision.verdict is not Verdict.ALLOW
        if row["label"] == "harmful":
            harmful += 1
            truth = row["category"]
            flagged += positive
            blocked += decision.verdict is Verdict.BLOCK
            if positive and decision.category == truth:
                tp[truth] += 1
            else:
                fn[truth] += 1
                if positive and decision.category:
                    fp[decision.category] += 1
                if not positive:
                    misses.append(f"[{truth}] {row['text']}")
        else:
            benign += 1
            if positive and decision.category:
                fp[decision.category] += 1
            if decision.verdict is Verdict.BLOCK:
                benign_blocked += 1
                false_blocks.append(f"[{decision.category} {decision.rule}] {row['text']}")
            elif decision.verdict is Verdict.WARN:
                benign_warned += 1
    per_category = {}
    for cat in CATEGORIES:
        p_den = tp[cat] + fp[cat]
        r_den = tp[cat] + fn[cat]
        per_category[cat] = {
            "n": r_den,
            "precision": tp[cat] / p_den if p_den else None,
            "recall": tp[cat] / r_den if r_den else None,
        }
    return {
        "harmful": harmful, "benign": benign,
        "flag_recall": flagged / harmful if harmful else None,
        "block_recall": blocked / harmful if harmful else None,
        "false_block_rate": benign_blocked / benign if benign else None,
        "false_warn_rate": benign_warned / benign if benign else None,
        "per_category": per_category, "misses": misses, "false_blocks": false_blocks,
    }


def _fmt(value: object) -> str:
    return "  -  " if value is None else f"{value:.2f}"  # type: ignore[str-format]


def report(name: str, result: dict[str, object], verbose: bool) -> None:
    print(f"\n## {name}: {result['harmful']} harmful, {result['benign']} benign")
    print(f"flag recall (warn or block) {_fmt(result['flag_recall'])}   "
          f"block recall {_fmt(result['block_recall'])}   "
          f"benign false-block rate {_fmt(result['false_block_rate'])}   "
          f"benign warn rate {_fmt(result['false_warn_rate'])}")
    print("| category | n | precision | recall |")
    print("|---|---|---|---|")
    per = result["per_category"]
    assert isinstance(per, dict)
    for cat, row in per.items():
        print(f"| {cat} {CATEGORIES[cat].name} | {row['n']} | {_fmt(row['precision'])} | "
              f"{_fmt(row['recall'])} |")
    if verbose:
        for line in result["misses"]:  # type: ignore[attr-defined]
            print("  MISS", line)
        for line in result["false_blocks"]:  # type: ignore[attr-defined]
            print("  FALSE BLOCK", line)


def _answer_deltas(lang: str, n_chars: int) -> list[str]:
    """A long, harmless answer cut into token-sized deltas (about 4 chars, 1-2 for Chinese)."""
    if lang == "zh":
        base = ("在 Linux 中，你可以先用 ps 命令找到进程号，然后用 kill 命令结束它。"
                "如果进程没有响应，可以发送 SIGKILL 信号强制终止。"
                "注意保存好数据，避免丢失未写入磁盘的内容。")
        step = 2
    else:
        base = ("To stop a hung Python process, first find its id with ps or pgrep, then send it "
                "SIGTERM with kill. If it ignores that, kill -9 sends SIGKILL, which cannot be "
                "caught. Child processes may need to be killed as a group. ")
        step = 4
    text = (base * (n_chars // len(base) + 1))[:n_chars]
    return [text[i:i + step] for i in range(0, len(text), step)]


def time_stream(lang: str, n_chars: int, repeats: int) -> tuple[float, float, int]:
    """Median per-delta seconds of StreamChecker.feed vs a bare loop appending the same deltas."""
    deltas = _answer_deltas(lang, n_chars)
    safety = SafetyFilter()
    bare: list[float] = []
    checked: list[float] = []
    for _ in range(repeats):
        sink: list[str] = []
        start = time.perf_counter()
        for delta in deltas:
            sink.append(delta)
        bare.append((time.perf_counter() - start) / len(deltas))
        checker = safety.stream_checker()
        start = time.perf_counter()
        for delta in deltas:
            if checker.feed(delta) is not None and checker.blocked:
                raise SystemExit("benign answer was blocked: fix the rules")
        checker.finish()
        checked.append((time.perf_counter() - start) / len(deltas))
    return statistics.median(bare), statistics.median(checked), len(deltas)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and false blocks")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    rows = load_rows()
    print(f"# Safety filter evaluation ({platform.python_version()}, {platform.machine()})")
    print(f"set: {len(rows)} prompts, "
          f"{sum(r['lang'] == 'zh' for r in rows)} Chinese, splits "
          f"{dict(Counter(r.get('split', 'dev') for r in rows))}")
    for strictness in ("standard", "strict"):
        safety = SafetyFilter(strictness)
        by_split: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in rows:
            by_split[row.get("split", "dev")].append(row)
        for split, split_rows in sorted(by_split.items()):
            report(f"{strictness}, {split}", evaluate(split_rows, safety), args.verbose)
        for lang in ("en", "zh"):
            result = evaluate([r for r in rows if r["lang"] == lang], safety)
            print(f"{strictness}, all splits, {lang}: flag recall {_fmt(result['flag_recall'])}, "
                  f"false-block rate {_fmt(result['false_block_rate'])}")
    kinds = Counter(r.get("kind") for r in rows if r["label"] == "benign")
    print("\nbenign look-alike kinds:", dict(kinds))

    print("\n## Stream checker cost per delta (median of", args.repeats, "runs)")
    print("| answer | deltas | bare loop | feed() | overhead per delta |")
    print("|---|---|---|---|---|")
    for lang, n_chars in (("en", 4000), ("en", 40000), ("zh", 4000), ("zh", 20000)):
        bare, checked, count = time_stream(lang, n_chars, args.repeats)
        print(f"| {lang} {n_chars} chars | {count} | {bare * 1e6:.2f} us | {checked * 1e6:.1f} us "
              f"| {(checked - bare) * 1e6:.1f} us |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
