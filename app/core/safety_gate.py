"""The safety filter as chat.SafetyGate: configured from settings, with the guard model (found in
the models folder and loaded in its own small llama.cpp context) or, when none is installed, an
optional judge on the loaded gpt-oss. Also builds the streamed answer check for a turn."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.core.engine import (
    Engine,
    EngineConfig,
    LlamaEngine,
    SamplingParams,
    SmallModel,
    SmallModelConfig,
)
from app.core.errors import HearthError
from app.core.gguf_info import read_info
from app.core.harmony import Conversation, Message, TextDelta
from app.core.i18n import tr
from app.core.safety import (
    Decision,
    ModelJudge,
    SafetyFilter,
    StreamChecker,
    Verdict,
    detect_language,
    refusal_message,
)
from app.core.safety.filter import caring_reply
from app.core.safety.guard import (
    FORMATS,
    AnyGuard,
    Guard,
    JudgeGuard,
    detect_family,
)
from app.core.safety.stream import AnswerMonitor, Piece, Stopped
from app.core.settings import Settings

_log = logging.getLogger(__name__)

JUDGE_MAX_TOKENS = 512
GUARD_CHOICES = ("auto", "qwen3guard", "llama-guard-3", "gpt-oss-safeguard", "chat-model", "off")
BLOCKED_SHOW = ("safe_part", "notice_only")
# The order "auto" tries installed guards in: the small multilingual one first.
AUTO_ORDER = ("qwen3guard", "llama-guard-3", "gpt-oss-safeguard")
GUARD_CTX = 4096
# What an answer piece is judged with: the piece, after this much of the piece before it.
PIECE_CONTEXT_CHARS = 300
PROMPT_CONTEXT_CHARS = 1500


class SafetyGate:
    """Adapts SafetyFilter to what a chat turn asks of it. Thread-safe to share."""

    def __init__(self, safety: SafetyFilter, *, guard_answers: bool = True,
                 blocked_show: str = "safe_part", notice: str = "") -> None:
        self.filter = safety
        # Answers go to the guard only when it has its own context: a judge running on the
        # chat model cannot be asked while that model is generating.
        self.guard_answers = guard_answers and isinstance(safety.guard, Guard)
        self.blocked_show = blocked_show if blocked_show in BLOCKED_SHOW else "safe_part"
        self.notice = notice  # why no guard model is in use, if one was wanted

    @property
    def guard(self) -> AnyGuard | None:
        return self.filter.guard

    # -- prompts and documents ------------------------------------------------------------

    def check_prompt(self, text: str) -> Decision:
        """Before generation: rules on every disguise of the text, then the guard model."""
        return self.filter.check_prompt(text)

    def check_document(self, text: str, *, use_guard: bool = False) -> Decision:
        """A pasted or attached document, checked as untrusted input."""
        return self.filter.check_document(text, use_guard=use_guard)

    # -- answers --------------------------------------------------------------------------

    def stream_checker(self) -> StreamChecker:
        """The per-delta rules checker (final channel only); kept for the current turn code."""
        return self.filter.stream_checker()

    def check_piece(self, piece: Piece, user_text: str = "") -> Decision:
        """One sentence-sized piece of an answer or its reasoning: the rules on it (with the
        end of the piece before it), then the guard with the user's prompt as context."""
        context = piece.context[-PIECE_CONTEXT_CHARS:]
        window = context + piece.text
        decision = self.filter.rules_decision(window, decode=False)
        if (decision.verdict is not Verdict.BLOCK and self.guard_answers
                and self.filter.guard is not None):
            decision = self.filter.ask_guard(decision, window, "answer",
                                             user_text[-PROMPT_CONTEXT_CHARS:])
        if decision.span is not None:
            # Offsets in the channel's whole text, not in the window.
            offset = piece.start - len(context)
            decision = replace(decision, span=(decision.span[0] + offset,
                                               decision.span[1] + offset))
        if decision.verdict is not Verdict.ALLOW:
            self.filter._log(decision, "answer", window)
        return decision

    def rules_piece(self, piece: Piece) -> Decision:
        """The fallback when the guard is too slow or fails: the rules alone."""
        return self.filter.rules_decision(piece.context[-PIECE_CONTEXT_CHARS:] + piece.text,
                                          decode=False)

    def answer_monitor(self, user_text: str,
                       on_stop: Callable[[Decision], None] | None = None) -> AnswerMonitor:
        """The streamed check for one answer; see app.core.safety.stream for the protocol."""
        return AnswerMonitor(lambda piece: self.check_piece(piece, user_text), on_stop=on_stop,
                             fallback=self.rules_piece)

    # -- what the person sees -------------------------------------------------------------

    def refusal_text(self, decision: Any, text: str) -> str:
        return refusal_message(decision, detect_language(text))

    def support_text(self, decision: Decision, text: str) -> str:
        """Help resources shown beside an answer to someone asking how to help another person
        (decision.support == "S11"); empty otherwise."""
        if decision.support != "S11":
            return ""
        return caring_reply(detect_language(text), about_someone_else=True)

    def replacement(self, stopped: Stopped, user_text: str) -> dict[str, str]:
        """What each channel shows after a stop: the checked text before the unsafe piece
        (unless the settings say to show only the notice), and the refusal in the answer."""
        refusal = self.refusal_text(stopped.decision, user_text)
        if self.blocked_show == "notice_only":
            return {"analysis": "", "final": refusal}
        final = stopped.kept.get("final", "").rstrip()
        return {"analysis": stopped.kept.get("analysis", ""),
                "final": f"{final}\n\n{refusal}" if final else refusal}


# ---------------------------------------------------------------------------------------------
# Finding and loading the guard model


@dataclass(frozen=True)
class GuardChoice:
    """Which guard to use: `family` and `path`, or None with `notice` saying why not."""

    family: str | None
    path: Path | None = None
    name: str = ""
    notice: str = ""


def _describe(path: Path, quick: bool = False) -> tuple[str | None, str]:
    if quick:
        # File names only: no header is read, so this is fast enough for the GUI thread.
        return detect_family(path.name, "", ""), path.stem
    try:
        info = read_info(path)
    except (HearthError, OSError, ValueError) as exc:
        _log.info("not a usable guard: %s (%s)", path, exc)
        return None, path.name
    name = str(info.metadata.get("general.name") or path.stem)
    template = str(info.metadata.get("tokenizer.chat_template") or "")
    family = detect_family(f"{name} {path.name}", template, info.architecture)
    return family, name


def find_guard(settings: Settings, models_dir: Path | None = None,
               quick: bool = False) -> GuardChoice:
    """The guard the settings ask for, among the installed models (or the file they name).

    `quick` looks at file names only (for the settings page); otherwise each GGUF's header
    (name, chat template, architecture) decides, as when the guard is loaded."""
    wanted = settings.safety_guard if settings.safety_guard in GUARD_CHOICES else "auto"
    if wanted == "off" or settings.safety_strictness == "off":
        return GuardChoice(None)
    if wanted == "chat-model":
        return GuardChoice("chat-model", name=tr("the loaded model"))
    candidates: list[Path] = []
    if settings.safety_guard_path:
        candidates.append(Path(settings.safety_guard_path))
    folder = models_dir or settings.models_folder()
    if folder.exists():
        candidates += sorted(p for p in folder.rglob("*.gguf")
                             if ".cache" not in p.parts and not p.name.endswith(".incomplete"))
    found: dict[str, tuple[Path, str]] = {}
    for path in candidates:
        if not path.is_file():
            continue
        family, name = _describe(path, quick)
        if quick and family is None and path == candidates[0] and settings.safety_guard_path:
            family = settings.safety_guard if settings.safety_guard in AUTO_ORDER else None
        if family and family not in found:
            found[family] = (path, name)
    order = AUTO_ORDER if wanted == "auto" else (wanted,)
    for family in order:
        if family in found:
            path, name = found[family]
            return GuardChoice(family, path, name)
    if wanted == "auto" and settings.safety_model_check:
        return GuardChoice("chat-model", name=tr("the loaded model"))
    label = {"auto": "Qwen3Guard-Gen-0.6B", "qwen3guard": "Qwen3Guard-Gen-0.6B",
             "llama-guard-3": "Llama Guard 3 1B",
             "gpt-oss-safeguard": "gpt-oss-safeguard-20b"}.get(wanted, wanted)
    return GuardChoice(None, notice=tr(
        "No safety model is installed ({name}), so only the rules check messages and answers. "
        "Download it in the model manager to add the model check.").format(name=label))


def engine_judge(engine: Engine) -> ModelJudge:
    """A judge that asks a gpt-oss engine, the policy as developer message, low reasoning."""

    def complete(policy: str, content: str) -> str:
        conv = Conversation([Message("user", content)], instructions=policy,
                            reasoning_effort="low")
        out: list[str] = []
        sampling = SamplingParams(temperature=0.0, max_tokens=JUDGE_MAX_TOKENS, seed=0)
        for ev in engine.stream(conv, sampling, threading.Event()):
            if isinstance(ev, TextDelta) and ev.channel == "final":
                out.append(ev.text)
        return "".join(out)

    return ModelJudge(complete)


def load_guard(settings: Settings, engine: Engine | None = None,
               models_dir: Path | None = None, n_threads: int | None = None
               ) -> tuple[AnyGuard | None, str]:
    """Load the guard the settings choose. Returns (guard, notice): the notice says, in words
    for the person, why there is no guard (none installed, it failed to load). Slow (a model
    load): call it off the GUI thread, once, and keep the guard."""
    choice = find_guard(settings, models_dir)
    if choice.family is None:
        return None, choice.notice
    if choice.family == "chat-model":
        # Not a guard of its own: gate_from_settings asks the loaded model about borderline
        # prompts only (it is busy generating while an answer streams).
        return None, ""
    del engine
    assert choice.path is not None
    try:
        if choice.family == "gpt-oss-safeguard":
            judge_engine = LlamaEngine.load(EngineConfig(str(choice.path), n_ctx=8192,
                                                         n_threads=n_threads))
            return JudgeGuard(engine_judge(judge_engine), choice.name), ""
        runtime = SmallModel.load(SmallModelConfig(str(choice.path), n_ctx=GUARD_CTX,
                                                   n_threads=n_threads))
        return Guard(runtime, FORMATS[choice.family](), choice.name), ""
    except HearthError as exc:
        _log.warning("safety model %s failed to load: %s", choice.path, exc)
        return None, tr("The safety model {name} could not be loaded ({error}); only the rules "
                        "check messages and answers.").format(name=choice.name, error=exc)


class GuardCache:
    """The guard model, loaded once on the thread that first needs it (the engine thread, at a
    turn's start) and kept across turns; loaded again only when the settings choose another
    one. Where none is installed, the models folder is looked at again now and then, so a guard
    downloaded while Hearth runs is used from the next turn on. Thread-safe."""

    RECHECK_S = 30.0  # how often "none installed" is looked at again

    def __init__(self, load: Callable[[Settings], tuple[AnyGuard | None, str]] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._load = load or (lambda settings: load_guard(settings))
        self._clock = clock
        self._lock = threading.Lock()
        self._key: tuple[object, ...] | None = None
        self._guard: AnyGuard | None = None
        self._notice = ""
        self._checked_at = 0.0

    @staticmethod
    def _key_for(settings: Settings) -> tuple[object, ...]:
        return (settings.safety_strictness == "off", settings.safety_guard,
                settings.safety_guard_path, str(settings.models_folder()),
                settings.safety_model_check)

    def get(self, settings: Settings) -> tuple[AnyGuard | None, str]:
        """(guard, notice) for `settings`: see load_guard. Slow only when it loads."""
        key = self._key_for(settings)
        with self._lock:
            stale = (self._guard is None and bool(self._notice)
                     and self._clock() - self._checked_at >= self.RECHECK_S)
            if key != self._key or stale:
                self._close_locked()
                self._guard, self._notice = self._load(settings)
                self._key, self._checked_at = key, self._clock()
            return self._guard, self._notice

    def close(self) -> None:
        """Free the guard's memory (at exit, or before a large chat model loads)."""
        with self._lock:
            self._close_locked()
            self._key = None

    def _close_locked(self) -> None:
        guard, self._guard, self._notice = self._guard, None, ""
        runtime = getattr(guard, "runtime", None)
        closer = getattr(runtime, "close", None)
        if closer is not None:
            try:
                closer()
            except Exception:  # noqa: BLE001 - freeing must not fail a turn
                _log.warning("the safety model did not close cleanly", exc_info=True)


GUARDS = GuardCache()  # the one guard of this process


def gate_from_settings(settings: Settings, engine: Engine | None = None,
                       guard: AnyGuard | None = None, notice: str = "") -> SafetyGate | None:
    """The user's filter as `settings` (passed in, never read here) configure it; None when
    switched off. Pass the guard from `load_guard` or `GUARDS` (loaded once, off the GUI
    thread). Without one, and with the model check on, borderline prompts go to the loaded
    model as before."""
    if settings.safety_strictness == "off":
        return None
    judge = None
    wants_judge = settings.safety_model_check or settings.safety_guard == "chat-model"
    if guard is None and engine is not None and wants_judge:
        judge = engine_judge(engine)
    safety = SafetyFilter.from_settings(settings, judge=judge, guard=guard)
    return SafetyGate(safety, guard_answers=settings.safety_guard_answers,
                      blocked_show=settings.safety_blocked_show, notice=notice)
