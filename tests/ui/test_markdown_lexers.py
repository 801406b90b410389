"""Code blocks never compile a Pygments lexer on the GUI thread: a language seen for the first
time is shown plain, its lexer compiles in the background, and views re-render with colors."""

from __future__ import annotations

import threading

from pygments.lexers import find_lexer_class_by_name
from PySide6.QtGui import QColor, QFont

from app.core.settings import Settings
from app.ui import markdown, warmup
from app.ui.markdown import _PLAIN, _is_compiled, lexer_for, lexers, render
from app.ui.theme import LIGHT

CODE = "```ocaml\nlet rec fact n = if n = 0 then 1 else n * fact (n - 1)\n```\n"


def _forget(language: str) -> None:
    cls = find_lexer_class_by_name(language)
    if "_tokens" in cls.__dict__:
        del cls._tokens
    markdown._lexer.cache_clear()
    markdown._ready.discard(language)


def _colors_in(rendered: markdown.Rendered) -> set[str]:
    seen: set[str] = set()
    block = rendered.doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            seen.add(it.fragment().charFormat().foreground().color().name())
            it += 1
        block = block.next()
    return seen


def test_new_language_renders_plain_then_in_color(qapp: object, qtbot: object) -> None:
    _forget("ocaml")
    assert not _is_compiled("ocaml")
    with qtbot.waitSignal(lexers.ready, timeout=10_000) as ready:  # type: ignore[attr-defined]
        first = render(CODE, LIGHT, QFont())
    assert ready.args == ["ocaml"]
    assert _colors_in(first) == {QColor(LIGHT.text).name()}  # plain, but all the text is there
    assert "fact (n - 1)" in first.doc.toPlainText()
    assert _is_compiled("ocaml")
    again = render(CODE, LIGHT, QFont())
    assert len(_colors_in(again)) > 1  # keywords, numbers, operators got their colors


def test_other_threads_compile_directly(qapp: object) -> None:
    _forget("haskell")
    got: list[object] = []
    t = threading.Thread(target=lambda: got.append(lexer_for("haskell")))
    t.start()
    t.join()
    assert got and got[0] is not _PLAIN and _is_compiled("haskell")


def test_unknown_language_is_plain_without_a_thread(qapp: object) -> None:
    assert lexer_for("no-such-language-xyz") is _PLAIN
    assert "no-such-language-xyz" not in markdown._compiling


def test_warmup_jobs_prepare_lexers_and_safety_rules(hearth_home: object) -> None:
    from app.core.safety.rules import _cached

    _cached.cache_clear()
    for job in warmup.jobs(Settings()):
        job()
    assert _cached.cache_info().currsize >= 1  # the turn's first check finds them built
    assert all(_is_compiled(lang) for lang in markdown.WARM_LANGUAGES)


def test_hand_written_lexers_count_as_ready(qapp: object) -> None:
    assert _is_compiled("json")  # JsonLexer has no regex rules: never "compiling" forever
    assert lexer_for("json") is not _PLAIN
