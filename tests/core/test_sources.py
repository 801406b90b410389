"""Sources under an answer: one JSON form, for the saved message and for `ask --json`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from app.core.documents.retrieve import Source as RetrieveSource
from app.core.sources import Source, source_dict


def test_a_source_is_its_fields() -> None:
    src = Source(2, "report.pdf", 3, "Intro", "the text", "/docs/report.pdf", None, 7, 41)
    data = source_dict(src)
    assert data == dataclasses.asdict(src)
    assert json.loads(json.dumps(data)) == data
    assert RetrieveSource is Source  # the retriever makes the same class


def test_saved_sources_and_other_objects() -> None:
    saved = {"number": 1, "file": "a.md"}
    assert source_dict(saved) is saved

    @dataclasses.dataclass
    class Other:
        where: Path
        n: int

    assert source_dict(Other(Path("/x/y"), 3)) == {"where": str(Path("/x/y")), "n": 3}
    assert source_dict("plain") == {"text": "plain"}
