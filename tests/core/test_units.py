"""format_bytes: the one way sizes are written for people (decimal units, locale-neutral)."""

from __future__ import annotations

import pytest

from app.core.units import GB, GIB, KB, KIB, MB, MIB, format_bytes


@pytest.mark.parametrize(("n", "text"), [
    (0, "0 B"),
    (999, "999 B"),
    (999.7, "1.0 KB"),
    (1000, "1.0 KB"),
    (KIB, "1.0 KB"),
    (50 * MB, "50.0 MB"),
    (MIB, "1.0 MB"),
    (820 * MB, "820.0 MB"),
    (int(11.27 * GIB), "12.1 GB"),  # the published gpt-oss-20b file, as a file manager shows it
    (999_949_999, "999.9 MB"),
    (999_950_000, "1.0 GB"),  # not "1000.0 MB"
    (999_999, "1.0 MB"),
    (2 * 10**12, "2.0 TB"),
    (5 * 10**15, "5000.0 TB"),
    (1.5 * GB, "1.5 GB"),
])
def test_sizes_read_as_people_expect(n: float, text: str) -> None:
    assert format_bytes(n) == text


def test_units_are_what_their_names_say() -> None:
    assert (KIB, MIB, GIB) == (1024, 1024**2, 1024**3)
    assert (KB, MB, GB) == (1000, 1000**2, 1000**3)
    assert format_bytes(-2 * MB) == "-2.0 MB"  # a difference (freed, grown) keeps its sign
