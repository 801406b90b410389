"""Work every first answer would otherwise pay for, done once per process on a background thread
shortly after the window opens: the safety rules (about 0.5 s of regular-expression compiling
and the module import) and the common Pygments lexers (0.1-0.2 s each).

Done on the engine thread during the first turn, or on the GUI thread at the first code block,
this Python work held the GIL while the GUI thread needed it for every paint: the first answer
of a session froze the window for 100-300 ms (bench/gui_stall.py --trace showed the GUI thread
blocked, not running). On a background thread it competes only for the GIL, and the short switch
interval set in app.ui.app bounds each wait.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QWidget

from app.core.settings import Settings
from app.ui.markdown import WARM_LANGUAGES, warm_lexer
from app.ui.theme import Colors
from app.workers.jobs import detached

log = logging.getLogger(__name__)

_started = threading.Event()
done = threading.Event()  # set when the warm-up thread has finished (tests, benchmarks)


def _safety_rules(settings: Settings) -> None:
    from app.core.safety_gate import GUARDS, gate_from_settings

    gate_from_settings(settings)  # compiles and caches the rule sets the turn will use
    if settings.safety_strictness != "off":
        GUARDS.get(settings)  # the guard model, if one is installed: not during the first turn


def jobs(settings: Settings) -> list[Callable[[], None]]:
    out: list[Callable[[], None]] = [partial(_safety_rules, settings)]
    out += [partial(warm_lexer, lang) for lang in WARM_LANGUAGES]
    return out


def start(settings: Settings) -> None:
    """Run the warm-up once per process (returns at once)."""
    if _started.is_set():
        return
    _started.set()
    work = jobs(settings)

    def run() -> None:
        try:
            for job in work:
                try:
                    job()
                except Exception:  # a broken rule file is reported when a turn uses it
                    log.debug("warm-up step failed", exc_info=True)
        finally:
            # Startup has made nearly every long-lived object the app will have (Qt wrappers,
            # rules, lexers): out of the collector's sight they cost full collections nothing.
            # freeze() only moves lists, so it is instant and safe from this thread.
            gc.freeze()
            done.set()

    detached(run, "warm-up")


def warm_widgets(pages: list[QWidget], colors: Colors) -> None:
    """Paint, once and off screen, what the first model load and the first answer would paint
    for the first time: the chat page (hidden behind the welcome until a model loads) and a
    short exchange with Markdown, code and reasoning through the real delegate.

    First paints pay for style-sheet polish, layout and glyph caches: shown in the middle of
    the first load, the chat page held the GUI thread 40-100 ms (bench/gui_stall.py --trace:
    the window's UpdateRequest, the composer's first Move, the hint label's first Paint), and
    the first answer's first Markdown render did the same. Done on the GUI thread right after
    the window first shows, when nobody is waiting on it yet.
    """
    from app.core.chat import SourcesAttached
    from app.core.engine import Done, TurnStats
    from app.core.harmony import ChannelStarted, TextDelta
    from app.core.status import MessageStatus
    from app.ui.chat_model import ChatModel
    from app.ui.chat_view import ChatView

    for page in pages:
        if not page.isVisible() and page.width() > 0:
            page.grab()
    model = ChatModel()
    view = ChatView()
    view.chat_delegate.set_colors(colors)
    view.setModel(model)
    view.resize(720, 600)
    model.begin_turn("How do I *read* a file?")
    model.apply_events([
        ChannelStarted("analysis", "assistant"), TextDelta("analysis", "Think **first**."),
        ChannelStarted("final", "assistant"),
        TextDelta("final", "Use **open**:\n\n```python\nwith open(p) as f:\n    f.read()\n```\n"
                           "- one\n- two [link](https://example.org)\n"),
        SourcesAttached([{"number": 1, "file": "notes.pdf", "page": 2, "excerpt": "x"}]),
        Done("return", TurnStats(generated_tokens=12)),
    ])
    view.grab()
    model.finish_turn(MessageStatus.COMPLETE, {"generated_tokens": 12})
    view.grab()
    view.deleteLater()
    model.deleteLater()
