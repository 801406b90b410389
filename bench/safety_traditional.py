"""The safety rules on Traditional Chinese: every Chinese prompt of the eval set
(tests/fixtures/safety_eval.jsonl, written in Simplified) converted to Traditional with OpenCC's
character table, checked both ways; a difference is a prompt the rules judge differently only
because of the script.

    pip download --no-deps opencc-python-reimplemented -d /tmp/occ
    python -m zipfile -e /tmp/occ/*.whl /tmp/occ/x
    .venv/bin/python bench/safety_traditional.py /tmp/occ/x/opencc/dictionary
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.safety.filter import SafetyFilter  # noqa: E402


def main() -> int:
    s2t: dict[str, str] = {}
    table = Path(sys.argv[1]) / "STCharacters.txt"
    for line in table.read_text(encoding="utf-8").splitlines():
        source, targets = line.split("\t", 1)
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1:
            s2t[source] = target
    rows = [json.loads(line) for line in
            (ROOT / "tests" / "fixtures" / "safety_eval.jsonl").read_text("utf-8").splitlines()]
    check = SafetyFilter().check_prompt
    outcome: Counter[str] = Counter()
    for row in (r for r in rows if r["lang"] == "zh"):
        traditional = "".join(s2t.get(c, c) for c in row["text"])
        simplified_verdict = check(row["text"]).verdict
        traditional_verdict = check(traditional).verdict
        outcome[f"{row['label']}: " + ("same verdict" if simplified_verdict == traditional_verdict
                                        else f"{simplified_verdict} -> {traditional_verdict}")] += 1
    for key, count in sorted(outcome.items()):
        print(f"{count:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
