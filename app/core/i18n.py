"""Translation hook for core messages: core has no Qt, so the UI installs Qt's translator here."""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None
_translate_n: Callable[[str, str, int], str] | None = None


def install(translate: Callable[[str, str], str],
            translate_n: Callable[[str, str, int], str] | None = None) -> None:
    """Route core strings through `translate(context, text)` (the UI passes QCoreApplication's),
    and those that count through `translate_n(context, text, n)`."""
    global _translate, _translate_n
    _translate, _translate_n = translate, translate_n


def tr(text: str, context: str = "core") -> str:
    """Every user-visible string in app.core goes through here, so it can be translated."""
    if _translate is None:
        return text
    return _translate(context, text)


def trn(text: str, n: int, context: str = "core") -> str:
    """A string that counts: `%n` is `n`, and the translation picks the plural form for it
    ("%n model(s)" reads "1 model", "2 models" in English, from resources/translations)."""
    if _translate_n is not None:
        return _translate_n(context, text, n)
    return text.replace("%n", str(n))


def tr_noop(text: str, context: str = "core") -> str:
    """Marks a literal for extraction without translating it yet (Qt's QT_TR_NOOP): for names
    defined at import time and translated where they are shown, with tr_dynamic."""
    del context
    return text


def tr_dynamic(text: str, context: str = "core") -> str:
    """Translates text that is not a literal at this call: one marked with tr_noop, or data
    the extraction script reads itself (context "catalog": resources/catalog.json)."""
    if _translate is None or not text:
        return text
    return _translate(context, text)


_decimal_point = "."
_group_separator = ","


def set_number_format(decimal_point: str, group_separator: str) -> None:
    """The locale's separators (the UI passes QLocale's), used by format_number."""
    global _decimal_point, _group_separator
    _decimal_point, _group_separator = decimal_point or ".", group_separator


def format_number(value: float, decimals: int = 0, group: bool = True) -> str:
    """A number as the person's locale writes it: 12,345 / 1.5 in English, 12.345 / 1,5 in
    German (`group=False`: no thousands separator). Without a UI (the command line) it is the
    English form."""
    text = f"{value:,.{decimals}f}" if group else f"{value:.{decimals}f}"
    if (_decimal_point, _group_separator) == (".", ","):
        return text
    return text.replace(",", "\0").replace(".", _decimal_point).replace("\0", _group_separator)
