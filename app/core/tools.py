"""The model's tools for a turn: declared functions and the document browser, called by name.

A `Toolbox` is what a chat session offers the model: functions (a name, a description, a JSON
schema and a Python callable) declared in the developer message, and optionally the browser over
the person's documents declared in the system message. `call` runs what the model asked for and
always returns something for the model to read, also for a tool that does not exist, arguments
that are not JSON or a function that raised: the model reads the error and goes on.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from app.core.harmony import Conversation, Message
from app.core.harmony_tools import BROWSER, FUNCTIONS, ToolSpec, tojson
from app.core.i18n import tr

log = logging.getLogger(__name__)

# How the note beside a question begins when the model may search the documents itself: a
# regenerated answer recognises its question by it (model-facing: not translated).
BROWSER_NOTE_HEAD = "The browser tool reads the documents the user attached: "

# Calls one answer may make before the model is told to answer with what it has.
DEFAULT_MAX_CALLS = 8
# Characters of a tool's answer kept for the person's view of a step (the model reads it all).
SHOWN_CHARS = 1500


@dataclass(frozen=True)
class Function:
    """A function the model may call: its declaration and the Python that runs it."""

    spec: ToolSpec
    # arguments -> a JSON-able result (or text); None: the caller runs it (the local server's
    # client), so a call to it ends the turn with the call for the caller.
    run: Callable[[dict[str, Any]], Any] | None
    # The step's line for the person ("Looked up the weather in Oslo"); a default otherwise.
    describe: Callable[[dict[str, Any]], str] | None = None

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass(frozen=True)
class ToolOutcome:
    """What a call gave back: the text the model reads, and a line about it for the person."""

    text: str
    ok: bool = True
    summary: str = ""  # what was done, for the person ("Searched your documents for ...")
    shown: str = ""  # what came back, for the person ("" : the text itself)


@dataclass
class ToolStep:
    """One call in a turn: saved with the answer, shown in the chat as an expandable step."""

    index: int
    tool: str  # the recipient as the model wrote it: functions.x, browser.search
    arguments: str  # as the model wrote them
    channel: str = "commentary"
    constraint: str | None = None
    summary: str = ""
    result: str = ""  # what the model read
    shown: str = ""  # what the person sees when the step is opened
    ok: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ToolStep:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in names})

    def call_message(self, reasoning: str = "") -> Message:
        return Message("assistant", self.arguments, reasoning, tool=self.tool,
                       channel=self.channel, constraint=self.constraint)

    def result_message(self) -> Message:
        return Message("tool", self.result, tool=self.tool, channel=self.channel)


class BrowserTool(Protocol):
    """The browser a toolbox offers (core.documents.browser.DocumentBrowser)."""

    def call(self, name: str, args: dict[str, Any]) -> ToolOutcome: ...
    def describe(self, name: str, args: dict[str, Any]) -> str: ...
    def start(self, conv: Conversation) -> None: ...
    def note(self) -> str: ...
    def cite(self, text: str) -> tuple[list[Any], dict[str, int]]: ...


def parse_arguments(text: str) -> dict[str, Any]:
    """A call's arguments as a dict; raises ValueError with a message for the model."""
    raw = text.strip()
    if not raw:
        return {}
    fenced = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", raw, re.DOTALL)
    if fenced:
        raw = fenced.group(1)
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"The arguments are not valid JSON ({exc.msg} at character "
                         f"{exc.pos}).") from None
    if not isinstance(value, dict):
        raise ValueError("The arguments must be a JSON object.")
    return value


def _check_arguments(spec: ToolSpec, args: dict[str, Any]) -> str | None:
    """What is wrong with `args` for `spec` (required names, basic types), or None."""
    params = spec.parameters or {}
    props = params.get("properties") or {}
    missing = [n for n in params.get("required") or [] if n not in args]
    if missing:
        return f"Missing required argument(s): {', '.join(missing)}."
    kinds = {"string": str, "boolean": bool, "object": dict, "array": list}
    for name, value in args.items():
        spec_t = props.get(name, {}).get("type") if isinstance(props.get(name), dict) else None
        if spec_t in ("number", "integer"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                return f"Argument `{name}` must be a number."
        elif isinstance(spec_t, str) and spec_t in kinds and not isinstance(value, kinds[spec_t]):
            return f"Argument `{name}` must be of type {spec_t}."
    return None


class Toolbox:
    """The tools one session offers the model. Thread: the session's (the engine thread)."""

    def __init__(self, functions: Sequence[Function] = (), browser: BrowserTool | None = None,
                 *, max_calls: int = DEFAULT_MAX_CALLS) -> None:
        self.functions = {f.name: f for f in functions}
        self.browser = browser
        self.max_calls = max(0, max_calls)

    def __bool__(self) -> bool:
        return bool(self.functions) or self.browser is not None

    @property
    def specs(self) -> list[ToolSpec]:
        return [f.spec for f in self.functions.values()]

    @property
    def builtin(self) -> tuple[str, ...]:
        return (BROWSER,) if self.browser is not None else ()

    def declare(self, conv: Conversation) -> Conversation:
        """`conv` with this toolbox's tools declared (functions and built-ins)."""
        import dataclasses

        return dataclasses.replace(conv, tools=self.specs, builtin_tools=self.builtin)

    def start(self, conv: Conversation) -> None:
        """A turn begins after the history in `conv` (the browser numbers its pages on from the
        ones earlier answers saw)."""
        if self.browser is not None:
            self.browser.start(conv)

    def names(self) -> list[str]:
        out = [f"{FUNCTIONS}.{n}" for n in self.functions]
        if self.browser is not None:
            out += [f"{BROWSER}.search", f"{BROWSER}.open", f"{BROWSER}.find"]
        return out

    def external(self, recipient: str) -> bool:
        """A declared function the caller runs, not this toolbox (the turn hands it out)."""
        ns, _, name = recipient.partition(".")
        fn = self.functions.get(name) if ns == FUNCTIONS else None
        return fn is not None and fn.run is None

    def describe(self, recipient: str) -> str:
        """A step's line before its arguments are read (shown while the call runs)."""
        return self._summary(recipient, {})

    def _summary(self, recipient: str, args: dict[str, Any]) -> str:
        ns, _, name = recipient.partition(".")
        if ns == BROWSER and self.browser is not None:
            return self.browser.describe(name, args)
        if ns == FUNCTIONS and name in self.functions:
            fn = self.functions[name]
            if fn.describe is not None:
                try:
                    return fn.describe(args)
                except Exception:  # a broken description must not break the turn
                    log.debug("describe failed for %s", name, exc_info=True)
            return tr("Used the tool {name}").format(name=name)
        return tr("Tried a tool that is not available: {name}").format(name=recipient)

    def call(self, recipient: str, arguments: str) -> ToolOutcome:
        """Run one call. Never raises: every failure is an answer the model can read."""
        ns, _, name = recipient.partition(".")
        known = (ns == FUNCTIONS and name in self.functions) or (
            ns == BROWSER and self.browser is not None and name in ("search", "open", "find"))
        if not known:
            available = ", ".join(self.names()) or "none"
            text = (f"Tool `{recipient}` is not available. Available tools: {available}. "
                    "Continue without it.")
            return ToolOutcome(self._as_result(ns, {"error": text}, text), ok=False,
                               summary=self._summary(recipient, {}), shown=text)
        try:
            args = parse_arguments(arguments)
        except ValueError as exc:
            return ToolOutcome(self._as_result(ns, {"error": str(exc)}, str(exc)), ok=False,
                               summary=self._summary(recipient, {}), shown=str(exc))
        summary = self._summary(recipient, args)
        if ns == BROWSER:
            assert self.browser is not None
            try:
                out = self.browser.call(name, args)
            except Exception as exc:  # the index failed: the model reads why, the turn goes on
                log.warning("browser.%s failed: %s", name, exc)
                return ToolOutcome(f"Error: {exc}", ok=False, summary=summary, shown=str(exc))
            return ToolOutcome(out.text, out.ok, out.summary or summary, out.shown)
        fn = self.functions[name]
        problem = _check_arguments(fn.spec, args)
        if problem is not None:
            return ToolOutcome(tojson({"error": problem}), ok=False, summary=summary,
                               shown=problem)
        if fn.run is None:
            raise ValueError(f"{recipient} is run by the caller, not by the toolbox")
        try:
            value = fn.run(args)
        except Exception as exc:
            log.info("function %s raised: %s", name, exc)
            message = f"{type(exc).__name__}: {exc}"
            return ToolOutcome(tojson({"error": message}), ok=False, summary=summary,
                               shown=message)
        try:
            text = tojson(value)
        except (TypeError, ValueError):
            text = tojson(str(value))
        return ToolOutcome(text, True, summary, text if isinstance(value, dict | list) else
                           str(value))

    @staticmethod
    def _as_result(ns: str, error: dict[str, Any], plain: str) -> str:
        # Functions answer in JSON (the template's tool messages); the browser in plain text.
        return plain if ns == BROWSER else tojson(error)

    def limit_reached(self, recipient: str) -> ToolOutcome:
        """The answer to a call past the cap: no more tools, answer now."""
        ns = recipient.partition(".")[0]
        text = ("No more tool calls are allowed for this answer. Answer the user now with the "
                "information you already have.")
        return ToolOutcome(self._as_result(ns, {"error": text}, text), ok=False,
                           summary=tr("Asked the model to answer without more tools"),
                           shown=text)

    def cite(self, answer: str) -> tuple[list[Any], dict[str, int]]:
        """Sources the answer cites in the browser's format, numbered, and the citation -> number
        map (empty without a browser)."""
        if self.browser is None:
            return [], {}
        return self.browser.cite(answer)


def steps_from(stats: Mapping[str, Any]) -> list[ToolStep]:
    """The tool steps saved in an answer's stats."""
    raw = stats.get(STEPS_KEY)
    if not isinstance(raw, list):
        return []
    out = []
    for d in raw:
        if isinstance(d, dict):
            try:
                out.append(ToolStep.from_dict(d))
            except TypeError:
                continue
    return out


STEPS_KEY = "tool_steps"  # an answer's stats: the calls it made and what came back
CITATIONS_KEY = "citations"  # an answer's stats: its browser citations -> source numbers


def shown_text(text: str, limit: int = SHOWN_CHARS) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


__all__ = [
    "BROWSER_NOTE_HEAD", "CITATIONS_KEY", "DEFAULT_MAX_CALLS", "STEPS_KEY", "BrowserTool",
    "Function", "ToolOutcome", "ToolStep", "Toolbox", "parse_arguments", "shown_text",
    "steps_from",
]
