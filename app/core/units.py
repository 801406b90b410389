"""Byte sizes: the one function that writes them for people, and the unit constants code uses."""

from __future__ import annotations

from app.core.i18n import format_number

# Binary units for what code allocates and reads (buffers, blocks, memory estimates).
KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
# Decimal units for limits a person is told about: "50 MB" then means what format_bytes shows.
KB, MB, GB = 10**3, 10**6, 10**9


def format_bytes(n: float) -> str:
    """Sizes the way people read them: 1.5 GB, 820.0 MB, 12.0 KB, 512 B.

    Decimal units, as disks are sold and as file managers and the Hub show sizes, so a file
    listed here and in a file manager reads the same. Numbers follow the locale (1.5 GB, 1,5 GB),
    the unit symbols every language's file managers use, with the locale's decimal point."""
    if abs(n) < 999.5:  # a speed can be fractional
        return f"{format_number(n, group=False)} B"
    for unit in ("KB", "MB", "GB"):
        n /= 1000
        if abs(n) < 999.95:  # what would round to "1000.0" reads better as the next unit
            return f"{format_number(n, 1, group=False)} {unit}"
    return f"{format_number(n / 1000, 1, group=False)} TB"


def format_speed(bytes_per_second: float) -> str:
    """A transfer speed, always in MB/s: a speed that wanders around 1 MB/s would otherwise
    jump between "980 KB/s" and "1.0 MB/s" from one update to the next."""
    mb = max(0.0, bytes_per_second) / MB
    if mb >= 10:
        return f"{format_number(mb)} MB/s"
    return f"{format_number(mb, 1 if mb >= 1 else 2, group=False)} MB/s"
