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

from app.core.settings import Settings
from app.ui.markdown import WARM_LANGUAGES, warm_lexer
from app.workers.jobs import detached

log = logging.getLogger(__name__)

_started = threading.Event()
done = threading.Event()  # set when the warm-up thread has finished (tests, benchmarks)


def _safety_rules(settings: Settings) -> None:
    from app.core.safety_gate import gate_from_settings

    gate_from_settings(settings)  # compiles and caches the rule sets the turn will use


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
