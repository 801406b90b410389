"""Safety filter evaluation: the development set and the held-out set, reported apart; stream cost.

The development set (tests/fixtures/safety_eval.jsonl, all its splits) is what the rules and the
lexicon are tuned on; `--verbose` lists its misses and false blocks. The held-out set
(tests/fixtures/safety_heldout.jsonl) was written before the rules were changed and is never
used to tune them, so this script prints only its aggregate numbers, never its prompts.
"""

from __future__ import annotations

import argparse
import base64
import codecs
import json
import platform
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.safety import CATEGORIES, SafetyFilter, Verdict  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
EVAL_SET = FIXTURES / "safety_eval.jsonl"
HELDOUT_SET = FIXTURES / "safety_heldout.jsonl"


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
    seconds: list[float] = []
    for row in rows:
        start = time.perf_counter()
        decision = safety.check_prompt(row["text"])
        seconds.append(time.perf_counter() - start)
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
            if decision.verdict is not Verdict.BLOCK:
                misses.append(f"[{truth} {decision.verdict.value}] {row['text']}")
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
        "median_ms": statistics.median(seconds) * 1000 if seconds else None,
        "blocked": blocked, "benign_blocked": benign_blocked,
    }


def _fmt(value: object) -> str:
    return "  -  " if value is None else f"{value:.2f}"  # type: ignore[str-format]


def report(name: str, result: dict[str, object], verbose: bool, categories: bool = True) -> None:
    print(f"\n## {name}: {result['harmful']} harmful, {result['benign']} benign")
    print(f"block recall {_fmt(result['block_recall'])} "
          f"({result['blocked']}/{result['harmful']})   "
          f"flag recall (warn or block) {_fmt(result['flag_recall'])}   "
          f"benign false-block rate {_fmt(result['false_block_rate'])} "
          f"({result['benign_blocked']}/{result['benign']})   "
          f"benign warn rate {_fmt(result['false_warn_rate'])}   "
          f"median check {_fmt(result['median_ms'])} ms")
    if categories:
        print("| category | n | precision | recall |")
        print("|---|---|---|---|")
        per = result["per_category"]
        assert isinstance(per, dict)
        for cat, row in per.items():
            if row["n"]:
                print(f"| {cat} {CATEGORIES[cat].name} | {row['n']} | {_fmt(row['precision'])} | "
                      f"{_fmt(row['recall'])} |")
    if verbose:
        for line in result["misses"]:  # type: ignore[attr-defined]
            print("  NOT BLOCKED", line)
        for line in result["false_blocks"]:  # type: ignore[attr-defined]
            print("  FALSE BLOCK", line)


def disguised(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """Every harmful prompt in each disguise an attacker uses; the label stays harmful."""
    leet = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
    homoglyph = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х"})
    forms = {
        "leetspeak": lambda t: t.translate(leet),
        "spaced letters": lambda t: "  ".join(" ".join(w) for w in t.split()),
        "dotted letters": lambda t: " ".join(".".join(w) for w in t.split()),
        "Cyrillic homoglyphs": lambda t: t.translate(homoglyph),
        "zero-width joiners": lambda t: "\u200b".join(t),
        "full-width": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c
                                        for c in t),
        "base64": lambda t: base64.b64encode(t.encode()).decode(),
        "ROT13": lambda t: codecs.encode(t, "rot13"),
        "reversed": lambda t: t[::-1],
    }
    out: dict[str, list[dict[str, str]]] = {}
    for name, form in forms.items():
        picked = [r for r in rows if r["label"] == "harmful"]
        if name in ("leetspeak", "spaced letters", "dotted letters", "Cyrillic homoglyphs",
                    "ROT13"):
            picked = [r for r in picked if r["lang"] == "en"]  # letters only
        out[name] = [{**r, "text": form(r["text"])} for r in picked]
    return out


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
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list the development set's misses and false blocks")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-stream", action="store_true", help="skip the stream cost table")
    args = parser.parse_args(argv)
    dev = load_rows(EVAL_SET)
    held = load_rows(HELDOUT_SET)
    print(f"# Safety filter evaluation, rules alone ({platform.python_version()}, "
          f"{platform.machine()})")
    print(f"development set: {len(dev)} prompts, {sum(r['lang'] == 'zh' for r in dev)} Chinese, "
          f"splits {dict(Counter(r.get('split', 'dev') for r in dev))}")
    print(f"held-out set: {len(held)} prompts, {sum(r['lang'] == 'zh' for r in held)} Chinese "
          f"({sum(r.get('script') == 'hant' for r in held)} Traditional); never used for tuning")
    safety = SafetyFilter("standard")
    print("\n# Held-out set (standard strictness)")
    for lang in ("en", "zh"):
        report(f"held-out, {lang}", evaluate([r for r in held if r["lang"] == lang], safety),
               verbose=False)
    hant = [r for r in held if r.get("script") == "hant"]
    report("held-out, Traditional Chinese only", evaluate(hant, safety), False, categories=False)
    by_kind: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in held:
        if row["label"] == "benign":
            by_kind[row["kind"]].append(row)
    print("\nheld-out benign look-alikes by kind, false-block rate:",
          ", ".join(f"{k} {_fmt(evaluate(v, safety)['false_block_rate'])} (n={len(v)})"
                    for k, v in sorted(by_kind.items())))
    print("\n# Held-out harmful prompts in disguise (block recall)")
    print("| disguise | n | block recall |")
    print("|---|---|---|")
    for name, rows in disguised(held).items():
        result = evaluate(rows, safety)
        print(f"| {name} | {result['harmful']} | {_fmt(result['block_recall'])} |")

    print("\n# Development set")
    for strictness in ("standard", "strict"):
        safety = SafetyFilter(strictness)
        by_split: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in dev:
            by_split[row.get("split", "dev")].append(row)
        for lang in ("en", "zh"):
            report(f"development, {strictness}, {lang}",
                   evaluate([r for r in dev if r["lang"] == lang], safety),
                   args.verbose and strictness == "standard", categories=strictness == "standard")
        for split, split_rows in sorted(by_split.items()):
            result = evaluate(split_rows, safety)
            print(f"{strictness}, split {split}: flag recall {_fmt(result['flag_recall'])}, "
                  f"block recall {_fmt(result['block_recall'])}, "
                  f"false-block rate {_fmt(result['false_block_rate'])}")

    if not args.no_stream:
        print("\n## Stream checker cost per delta (median of", args.repeats, "runs)")
        print("| answer | deltas | bare loop | feed() | overhead per delta |")
        print("|---|---|---|---|---|")
        for lang, n_chars in (("en", 4000), ("en", 40000), ("zh", 4000), ("zh", 20000)):
            bare, checked, count = time_stream(lang, n_chars, args.repeats)
            print(f"| {lang} {n_chars} chars | {count} | {bare * 1e6:.2f} us | "
                  f"{checked * 1e6:.1f} us | {(checked - bare) * 1e6:.1f} us |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
