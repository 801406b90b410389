"""Translation hook for core messages: core has no Qt, so the UI installs Qt's translator here."""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None


def install(translate: Callable[[str, str], str]) -> None:
    """Route core strings through `translate(context, text)` (the UI passes QCoreApplication's)."""
    global _translate
    _translate = translate


def tr(text: str, context: str = "core") -> str:
    """Every user-visible string in app.core goes through here, so it can be translated."""
    if _translate is None:
        return text
    return _translate(context, text)
