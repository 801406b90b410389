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
