"""Checked argument types for the command line: numbers in range, finite floats, text that is
valid Unicode, and a parser that reports a wrong argument in one line with exit code 2."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from typing import NoReturn

from app.core.i18n import tr

EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr (exit code 2), for people and
    scripts alike; `--help` still shows the usage. Subcommand parsers are made of this class
    too (argparse makes them with the parent's class)."""

    def error(self, message: str) -> NoReturn:
        hint = tr("(see {prog} --help)").format(prog=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} {hint}\n")


def int_range(low: int, high: int, *, also: tuple[int, ...] = ()) -> Callable[[str], int]:
    """An argparse type: an integer from `low` to `high` (or one of `also`)."""

    def parse(text: str) -> int:
        try:
            value = int(text, 10)
        except ValueError:
            raise argparse.ArgumentTypeError(
                tr("{value!r} is not a whole number").format(value=text)) from None
        if value in also or low <= value <= high:
            return value
        extra = "".join(tr(" or {n}").format(n=n) for n in also)
        raise argparse.ArgumentTypeError(tr("{value} is not between {low} and {high}{extra}")
                                         .format(value=value, low=low, high=high, extra=extra))

    parse.__name__ = "integer"  # argparse names the type in its message
    return parse


def float_range(low: float, high: float) -> Callable[[str], float]:
    """An argparse type: a finite number from `low` to `high` (no NaN, no infinity)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                tr("{value!r} is not a number").format(value=text)) from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(tr("{value} is not between {low} and {high}")
                                             .format(value=text, low=low, high=high))
        return value

    parse.__name__ = "number"
    return parse


def text(value: str) -> str:
    """An argparse type: text a model can read. Bytes that are not UTF-8 reach Python as lone
    surrogates, which no tokenizer or file can take."""
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise argparse.ArgumentTypeError(tr("the text is not valid UTF-8 (check the terminal's "
                                            "encoding)"))
    return value


def safe_output() -> None:
    """Print what cannot be encoded (a file name with bytes that are not UTF-8) escaped, not as
    a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a stream that cannot change any more
                pass
