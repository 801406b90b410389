"""One chat turn end to end, without Qt: safety -> retrieval -> render -> engine -> store.

`ChatSession` runs turns for one conversation; `app.core.session.build_session` assembles it
(engine, settings, store, retriever, safety gate) for every front end: the window's engine worker,
the command line, the local server. A turn never raises for a failure a person can act on: it saves
the exchange with the answer marked as failed and says why in its last event.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.core import harmony, storage
from app.core.engine import Done, Engine, SamplingParams, StreamEvent, TurnStats
from app.core.errors import GenerationError, HearthError, describe
from app.core.harmony import (
    ChannelStarted,
    Conversation,
    Message,
    MessageEnded,
    TextDelta,
    ToolCall,
)
from app.core.history import PROMPT_TEXT_KEY, StoreSink, conversation_for
from app.core.i18n import tr
from app.core.kv_state import StateKeeper
from app.core.safety.stream import AnswerMonitor, Shown, Stopped
from app.core.status import MessageStatus, StopReason, coerce_stop, status_for
from app.core.tools import BROWSER_NOTE_HEAD, CITATIONS_KEY, STEPS_KEY, Toolbox, ToolStep

log = logging.getLogger(__name__)

# Saved with an answer whose streamed check ran on the rules alone (the guard model failed).
SAFETY_NOTICE_KEY = "safety_notice"

# Kept in an answer's saved stats: the model's preamble (commentary meant for the person, shown
# before the answer) and the raw headers of answer text that was not well-formed harmony.
PREAMBLE_KEY = "preamble"
MALFORMED_KEY = "malformed_headers"
# No text averages more characters per token than this (prose: about 4, code: up to 8): a
# message longer than this many characters per token of room is refused without tokenizing it.
MAX_CHARS_PER_TOKEN = 32

# ---------------------------------------------------------------------------------------------
# What a turn can be plugged into (each has a real implementation elsewhere in core)


class SafetyDecision(Protocol):
    @property
    def verdict(self) -> Any: ...  # has .value "allow" | "warn" | "block"
    @property
    def category(self) -> str | None: ...
    @property
    def reason(self) -> str: ...


class StreamCheck(Protocol):
    def feed(self, delta: str) -> SafetyDecision | None: ...
    def finish(self) -> SafetyDecision | None: ...
    def safe_text(self) -> str: ...


class SafetyGate(Protocol):
    """What a turn asks of the safety filter. A gate may also offer
    `answer_monitor(user_text, on_stop)` (app.core.safety_gate): the streamed check of the
    answer and the reasoning in sentence-sized pieces on a thread of its own (the guard model);
    then only what it released is shown, and its late verdicts still stop the answer."""

    def check_prompt(self, text: str) -> SafetyDecision: ...
    def stream_checker(self) -> StreamCheck: ...
    def refusal_text(self, decision: SafetyDecision, text: str) -> str: ...


@dataclass
class Retrieved:
    """Quoted material for the prompt and the sources it came from."""

    text: str
    sources: list[Any] = field(default_factory=list)
    # The text asked the model to search the documents itself (the browser tool), not quoted.
    browse: bool = False


Retriever = Callable[[str, int], Retrieved | None]  # (question, token budget) -> context


class TurnSink(Protocol):
    """Where a turn is saved as it grows (storage); called on the generating thread."""

    def started(self, user_text: str, model_text: str, sources: list[Any]) -> None: ...
    def progress(self, answer: str, reasoning: str) -> None: ...
    def finished(self, answer: str, reasoning: str, status: str, stats: dict[str, Any],
                 reasoning_seconds: float | None, sources: list[Any]) -> None: ...


# ---------------------------------------------------------------------------------------------
# Events a turn adds to the engine's


@dataclass(frozen=True)
class PromptBlocked:
    """The safety filter refused the prompt; nothing was generated."""

    category: str | None
    message: str


@dataclass(frozen=True)
class AnswerBlocked:
    """The answer was stopped mid-stream; `replacement` stands in for the unsafe part, and
    `reasoning` (when not None) for the reasoning shown so far (what passed the check)."""

    category: str | None
    replacement: str
    reasoning: str | None = None


@dataclass(frozen=True)
class SourcesAttached:
    sources: list[Any]


@dataclass(frozen=True)
class HistoryTrimmed:
    """Oldest turns left out so the conversation fits the context."""

    dropped_messages: int


@dataclass(frozen=True)
class ToolStarted:
    """The model called a tool; it runs now. `step.result` is still empty."""

    step: ToolStep


@dataclass(frozen=True)
class ToolFinished:
    """A tool answered; the model reads `step.result` and goes on."""

    step: ToolStep


@dataclass(frozen=True)
class TurnFailed:
    """The turn could not go on; `message` says why in words a person can act on. Always last."""

    message: str


ChatEvent = (StreamEvent | PromptBlocked | AnswerBlocked | SourcesAttached | HistoryTrimmed
             | ToolStarted | ToolFinished | TurnFailed)

# Tokens a tool's answer must leave free in the context for the model to go on.
TOOL_RESERVE = 512
# Between the person's question and what the model is told beside it (quotes, the browser note).
NOTE_SEPARATOR = "\n\n---\n"


@dataclass
class TurnRequest:
    """What a front end asks of a session; everything else (history, documents, safety, where it
    is saved) comes from the session."""

    user_text: str
    sampling: SamplingParams = field(default_factory=SamplingParams)
    # Regenerate: answer this saved user message again (the old answer stays as a branch).
    reply_to: str | None = None
    # Edit: a new user message in place of this saved one (a sibling; the old one is kept).
    replaces: str | None = None
    # The history itself, for a session that has no store (one-off command-line prompts).
    conversation: Conversation | None = None
    # False: read no saved KV state for this turn (the prompt is evaluated; a state is still
    # saved afterwards).
    use_saved_state: bool = True
    # Continue: write more of this saved answer (cut at the token limit, or stopped); the new
    # text is appended to the same message. `user_text` is not used then.
    continue_from: str | None = None


@dataclass
class TurnResult:
    answer: str = ""
    reasoning: str = ""
    stop_reason: StopReason = StopReason.EOS
    status: MessageStatus = MessageStatus.COMPLETE
    stats: TurnStats | None = None
    reasoning_seconds: float | None = None
    sources: list[Any] = field(default_factory=list)
    blocked: str | None = None  # the category, when the filter acted
    error: str | None = None  # what went wrong, when the turn failed
    saved_stats: dict[str, Any] = field(default_factory=dict)  # the stats saved with the answer
    steps: list[ToolStep] = field(default_factory=list)  # the tools the model used
    # A call to a function the caller runs (the local server's client): the turn ended on it.
    pending_call: ToolCall | None = None
    citations: dict[str, int] = field(default_factory=dict)  # browser citation -> source number
    user_message_id: str | None = None  # the saved rows, when the session has a store
    assistant_message_id: str | None = None


def with_sources(question: str, retrieved: Retrieved) -> str:
    """The model-visible user message: the question, then the quoted sources."""
    return f"{question}{NOTE_SEPARATOR}{retrieved.text}"


# Told to the model in every chat the app starts, in English (the model's best language for
# instructions) and never translated or varied: the prompt must be the same every turn for the
# KV cache, and a person writing Chinese to an English UI still gets Chinese back.
LANGUAGE_INSTRUCTION = "Always answer in the language the user writes in."


def with_language_instruction(instructions: str) -> str:
    """The developer instructions with the language sentence first (once)."""
    if instructions.startswith(LANGUAGE_INSTRUCTION):
        return instructions
    return f"{LANGUAGE_INSTRUCTION}\n\n{instructions}" if instructions else LANGUAGE_INSTRUCTION


class ChatSession:
    """Runs turns against one engine, for one conversation when it has a store.

    Thread: whichever thread owns the engine (the engine worker's in the GUI); the store, if any,
    is a connection opened on that thread.
    """

    # Tokens kept free for the answer when fitting history into the context.
    ANSWER_RESERVE = 1024
    SAVE_INTERVAL_S = 0.5

    def __init__(
        self,
        engine: Engine,
        *,
        safety: SafetyGate | None = None,
        retriever: Retriever | None = None,
        sink: TurnSink | None = None,
        store: storage.Store | None = None,
        conversation_id: str | None = None,
        instructions: str = "",
        reasoning_effort: str = "medium",
        tools: Toolbox | None = None,
        use_browser: Callable[[int], bool] | None = None,
        states: StateKeeper | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.safety = safety
        self.retriever = retriever
        # The tools offered to the model. With a toolbox every call is answered (an unknown tool
        # with "not available") and the model goes on; without one a call ends the turn.
        self.tools = tools
        # Whether this turn lets the model search the documents itself (the toolbox's browser)
        # instead of quoting passages (the retriever), given the passages' token budget.
        self.use_browser = use_browser
        self.sink = sink
        self.store = store
        self.conversation_id = conversation_id
        # Used where the conversation has none of its own (a new chat, a one-off prompt).
        self.instructions = instructions
        self.reasoning_effort = reasoning_effort
        # Saved KV states: only an engine that can save its cache has a keeper.
        self.states = states
        self._clock = clock
        self.result = TurnResult()

    # -- what a turn is about

    def history(self, request: TurnRequest) -> Conversation:
        """The conversation the request answers: given, read from the store (the active branch,
        cut before the message being answered again or replaced), or a new one."""
        if request.conversation is not None:
            return request.conversation  # a server's client wrote its own instructions
        if self.store is None or self.conversation_id is None:
            return Conversation(instructions=with_language_instruction(self.instructions),
                                reasoning_effort=self.reasoning_effort)
        conv = conversation_for(self.store, self.conversation_id)
        cut = request.reply_to or request.replaces
        if cut is not None:
            ids = [m.id for m in self.store.active_path(self.conversation_id)]
            if cut in ids:
                conv.messages = conv.messages[: ids.index(cut)]
        if not conv.instructions:
            conv.instructions = self.instructions
        conv.instructions = with_language_instruction(conv.instructions)
        return conv

    def _sink_for(self, request: TurnRequest) -> TurnSink | None:
        if self.store is None or self.conversation_id is None:
            return self.sink
        parent: Any = storage.ACTIVE_LEAF
        if request.replaces is not None:
            parent = self.store.get_message(request.replaces).parent_id
        return StoreSink(self.store, self.conversation_id, model=self.engine.info.name,
                         user_message_id=request.reply_to, user_parent_id=parent)

    def run(self, request: TurnRequest,
            cancel: threading.Event | None = None) -> Iterator[ChatEvent]:
        """One turn for `request`; `self.result` holds the outcome (and the saved ids)."""
        if request.continue_from is not None:
            yield from self._continue(request.continue_from, request.sampling, cancel,
                                      request.use_saved_state)
            return
        try:
            conv = self.history(request)
            sink = self._sink_for(request)
        except Exception as exc:  # the history could not be read: nothing was saved
            self.result = TurnResult(stop_reason=StopReason.ERROR, status=MessageStatus.ERROR,
                                     error=describe(exc))
            log.warning("turn not started: %s", self.result.error)
            yield TurnFailed(self.result.error or "")
            return
        user_text, quoted = request.user_text, None
        if request.reply_to is not None and self.store is not None:
            # Answer again exactly what the model saw the first time (documents quoted then,
            # sources of the answer on screen): the saved prompt must stay what it rendered.
            user_text, quoted = self._asked_before(request.reply_to)
        yield from self.turn(conv, user_text, request.sampling, cancel, sink=sink, quoted=quoted,
                             use_saved_state=request.use_saved_state)

    def _continue(self, message_id: str, sampling: SamplingParams,
                  cancel: threading.Event | None,
                  use_saved_state: bool = True) -> Iterator[ChatEvent]:
        """Continue a saved answer: the history up to its question, then the answer so far left
        open (harmony.render_continue); what the model writes is appended to the same message."""
        cancel = cancel or threading.Event()
        result = self.result = TurnResult()
        try:
            if self.store is None or self.conversation_id is None:
                raise HearthError(tr("Only an answer saved in a conversation can be continued."))
            cut = self.store.get_message(message_id)
            ids = [m.id for m in self.store.active_path(self.conversation_id)]
            if cut.role != "assistant" or cut.parent_id is None or message_id not in ids:
                raise HearthError(tr("That answer is no longer in this conversation, so it "
                                     "cannot be continued."))
            conv = conversation_for(self.store, self.conversation_id, upto=cut.parent_id)
            if not getattr(self.engine, "can_continue", True):  # a server's model (see there)
                raise HearthError(tr("The model's server cannot continue an answer. Regenerate "
                                     "it instead, with a higher token limit in Settings."))
        except Exception as exc:
            result.stop_reason, result.status = StopReason.ERROR, MessageStatus.ERROR
            result.error = describe(exc)
            yield TurnFailed(result.error)
            return
        question = self.store.get_message(cut.parent_id)
        sink = _ContinueSink(self.store, cut)
        state = _TurnState(sink, result)
        state.base_stats = dict(cut.stats)  # a failure keeps what the cut answer's stats said
        state.answer.append(cut.content)
        state.reasoning.append(cut.reasoning)
        result.sources = list(cut.sources)
        try:
            extra = self.engine.count_text(cut.content) + self.engine.count_text(cut.reasoning)
            fitted, dropped = self.fit_history(conv, reserve=self.ANSWER_RESERVE + extra)
            if dropped:
                yield HistoryTrimmed(dropped)
            state.start(question.content, question.content, result.sources)
            yield from self._generate(fitted, question.content, sampling, cancel, state,
                                      new_chat=False, use_saved_state=use_saved_state,
                                      continued=cut)
        except Exception as exc:
            message = describe(exc)
            if not isinstance(exc, HearthError):
                log.error("continue failed", exc_info=exc)
            if state.started:  # reopened: it ends saved, marked with what went wrong
                state.fail(question.content, message)
            else:  # nothing was touched: the answer stays as it was
                result.stop_reason, result.status, result.error = (
                    StopReason.ERROR, MessageStatus.ERROR, message)
            yield TurnFailed(message)
        except BaseException:
            if state.started:
                state.fail(question.content, tr("The answer was interrupted."))
            raise

    def _asked_before(self, user_message_id: str) -> tuple[str, Retrieved | None]:
        assert self.store is not None and self.conversation_id is not None
        user = self.store.get_message(user_message_id)
        model_text = str(user.stats.get(PROMPT_TEXT_KEY, user.content))
        if model_text == user.content:
            return user.content, None
        path = self.store.active_path(self.conversation_id)
        ids = [m.id for m in path]
        at = ids.index(user_message_id) if user_message_id in ids else -1
        answer = path[at + 1] if 0 <= at < len(path) - 1 else None
        sources = list(answer.sources) if answer is not None else []
        browse = model_text.startswith(f"{user.content}{NOTE_SEPARATOR}{BROWSER_NOTE_HEAD}")
        # Asked with the browser: the same text, the browser offered again, sources from the
        # new answer's citations.
        return user.content, Retrieved(model_text, [] if browse else sources, browse)

    # -- the turn itself

    def _replacement(self, checker: StreamCheck, decision: SafetyDecision, user_text: str) -> str:
        """The answer shown instead: what came before the unsafe sentence, then the refusal."""
        assert self.safety is not None
        safe = getattr(checker, "safe_text", lambda: "")()
        refusal = self.safety.refusal_text(decision, user_text)
        return f"{safe}\n\n{refusal}" if safe else refusal

    def fit_history(self, conv: Conversation, reserve: int | None = None) -> tuple[Conversation,
                                                                                    int]:
        """Drop the oldest whole turns until the prompt fits the context with room to answer."""
        reserve = self.ANSWER_RESERVE if reserve is None else reserve
        budget = self.engine.info.n_ctx - min(reserve, self.engine.info.n_ctx // 4)
        total = self.engine.count_tokens(conv)
        if total <= budget or len(conv.messages) <= 1:
            return conv, 0

        def same(msgs: list[Message]) -> Conversation:
            return conv.with_messages(msgs)

        # Messages are tokenized between structural tokens, so their costs add up: count each
        # once and drop from the front, instead of re-counting the whole prompt per turn.
        base = self.engine.count_tokens(same([]))
        costs = [self.engine.count_tokens(same([m])) - base for m in conv.messages]
        msgs = list(conv.messages)
        dropped = 0
        while total > budget and len(msgs) > 1:
            # Remove from the front up to the next user message, so turns stay whole.
            total -= costs[dropped]
            dropped += 1
            while len(msgs) - dropped > 1 and msgs[dropped].role != "user":
                total -= costs[dropped]
                dropped += 1
            if len(msgs) - dropped <= 1:
                break
        return same(msgs[dropped:]), dropped

    def _check_fits(self, text: str) -> None:
        """Refuse a message that cannot fit the context, before tokenizing all of it: by its
        length in characters first, then by counting only as far as the room there is."""
        n_ctx = self.engine.info.n_ctx
        room = max(1, n_ctx - min(self.ANSWER_RESERVE, n_ctx // 4))
        too_long = len(text) > room * MAX_CHARS_PER_TOKEN
        if not too_long:
            too_long = self.engine.count_text(text, limit=room) > room
        if too_long:
            raise GenerationError(tr(
                "Your message is too long for the context: it needs more than {room} tokens and "
                "the context holds {ctx}. Shorten it, attach the text as a document instead, or "
                "raise the context length in Settings.").format(room=room, ctx=n_ctx))

    def turn(
        self,
        conv: Conversation,
        user_text: str,
        sampling: SamplingParams | None = None,
        cancel: threading.Event | None = None,
        *,
        sink: TurnSink | None = None,
        quoted: Retrieved | None = None,
        use_saved_state: bool = True,
    ) -> Iterator[ChatEvent]:
        """Answer `user_text` after the history in `conv`; `self.result` holds the outcome.

        `quoted` is the model-visible message already made (regenerating an answer to a question
        about documents): no retrieval then. `use_saved_state` False: no saved KV state is read.

        Every turn that gets past the safety check is saved (when there is a sink), also when it
        fails: the person's message is kept and the answer is marked with what went wrong.
        """
        sampling = sampling or SamplingParams()
        cancel = cancel or threading.Event()
        sink = sink if sink is not None else self.sink
        result = self.result = TurnResult()
        state = _TurnState(sink, result)
        try:
            yield from self._turn(conv, user_text, sampling, cancel, state, quoted,
                                  use_saved_state)
        except Exception as exc:
            message = describe(exc)
            if not isinstance(exc, HearthError):
                log.error("turn failed", exc_info=exc)
            state.fail(user_text, message)
            yield TurnFailed(message)
        except BaseException:
            state.fail(user_text, tr("The answer was interrupted."))
            raise

    def _turn(self, conv: Conversation, user_text: str, sampling: SamplingParams,
              cancel: threading.Event, state: _TurnState,
              quoted: Retrieved | None, use_saved_state: bool = True) -> Iterator[ChatEvent]:
        result, sink = state.result, state.sink
        if self.safety is not None:
            state.stage = tr("The safety filter could not check your message ({detail}), so it "
                             "was not sent to the model. Try again; if it keeps failing, turn the "
                             "filter's model check off in Settings.")
            decision = self.safety.check_prompt(user_text)
            if _verdict(decision) == "block":
                message = self.safety.refusal_text(decision, user_text)
                result.blocked = decision.category or "blocked"
                result.stop_reason = StopReason.BLOCKED
                result.answer = message
                if sink is not None:
                    # Keep the exchange: the person sees their message and why it was refused.
                    state.start(user_text, user_text, [])
                    # `blocked_clear`: a clearly harmful request, which asking again cannot change
                    # (the window offers no Regenerate for it).
                    state.finish(message, "", MessageStatus.COMPLETE,
                                 {"blocked_category": result.blocked,
                                  "blocked_clear": bool(getattr(decision, "clear", False)),
                                  "stop_reason": StopReason.BLOCKED.value}, None, [])
                yield PromptBlocked(decision.category, message)
                return
            # The guard model could not judge the message (it failed or replied nonsense): the
            # rules alone let it through, and the answer says so.
            state.safety_notice = str(getattr(decision, "notice", "") or "")

        model_text = user_text
        budget = self._passage_budget(conv) if quoted is None else 0
        toolbox = self._toolbox_for(budget, quoted)
        if quoted is not None:
            model_text = quoted.text
            result.sources = list(quoted.sources)
            if result.sources:
                yield SourcesAttached(result.sources)
        elif toolbox is not None and toolbox.browser is not None:
            note = toolbox.browser.note()
            if note:
                model_text = f"{user_text}{NOTE_SEPARATOR}{note}"
        elif self.retriever is not None:
            state.stage = tr("Your documents could not be searched ({detail}). Try again, or "
                             "remove the document and attach it again.")
            retrieved = self.retriever(user_text, budget)
            if retrieved is not None and retrieved.text:
                model_text = with_sources(user_text, retrieved)
                result.sources = list(retrieved.sources)
                yield SourcesAttached(result.sources)
        state.stage = ""

        # A request that ends in a tool's answer (an API client ran the call) asks the model to
        # go on with its work: nothing new from the user.
        continuing = not user_text and bool(conv.messages) and conv.messages[-1].role == "tool"
        if not continuing:
            self._check_fits(model_text)
        fitted, dropped = self._prompt(conv if continuing else conv.with_user(model_text),
                                       toolbox)
        if dropped:
            yield HistoryTrimmed(dropped)
        if toolbox is not None:
            toolbox.start(fitted)
        state.start(user_text, model_text, result.sources)
        yield from self._generate(fitted, user_text, sampling, cancel, state, toolbox=toolbox,
                                  new_chat=not conv.messages, use_saved_state=use_saved_state)

    def _passage_budget(self, conv: Conversation) -> int:
        """Tokens a turn after `conv` may spend on quoted document passages (0: no documents)."""
        if self.retriever is None and (self.tools is None or self.tools.browser is None):
            return 0
        return max(256, self.engine.info.n_ctx // 2 - self.engine.count_tokens(conv))

    def _prompt(self, full: Conversation, toolbox: Toolbox | None) -> tuple[Conversation, int]:
        """What the model reads for `full` (the history and the new message): the turn's tools
        declared, the oldest turns dropped until it fits (and how many were)."""
        if toolbox is not None:
            full = toolbox.declare(full)
        return self.fit_history(full)

    def read_ahead(self, user_text: str, cancel: threading.Event,
                   reasoning_effort: str | None = None) -> int:
        """The person is typing `user_text` (not sent). Have the engine read the prompt it would
        make, so that when it is sent only what changed is read (`StateKeeper.read_ahead`).

        The prompt is the one `_turn` builds for this text, as far as it can be known before
        Send: the history, the tools and the question. Documents' passages are found for the
        sent question and come after it in the same message (`with_sources`), so what is read
        here stays a prefix of that prompt too. Nothing is checked, saved or generated. Returns
        the tokens read (0: nothing to do, no keeper, or the engine cannot keep its cache)."""
        if self.states is None or not user_text.strip() or cancel.is_set():
            return 0
        try:
            conv = self.history(TurnRequest(user_text))
            if reasoning_effort and not conv.messages:
                conv.reasoning_effort = reasoning_effort  # a new chat takes the composer's
            toolbox = self._toolbox_for(self._passage_budget(conv), None)
            fitted, _dropped = self._prompt(conv.with_user(user_text), toolbox)
        except Exception:
            log.warning("the draft's prompt could not be made", exc_info=True)
            return 0
        return self.states.read_ahead(self.conversation_id, fitted,
                                      new_chat=not conv.messages, cancel=cancel)

    def _generate(self, fitted: Conversation, user_text: str, sampling: SamplingParams,
                  cancel: threading.Event, state: _TurnState, *, toolbox: Toolbox | None = None,
                  new_chat: bool = False, use_saved_state: bool = True,
                  continued: storage.Message | None = None) -> Iterator[ChatEvent]:
        """Stream the model's answer (or, `continued`, the rest of a saved one) into `state`,
        running the tools it calls."""
        prepared = None
        if self.states is not None:
            # The conversation that was in the engine is saved, this one's saved prefix restored.
            prepared = self.states.begin_turn(self.conversation_id, fitted,
                                              new_chat=new_chat,
                                              use_saved=use_saved_state, cancel=cancel)
        checker = self.safety.stream_checker() if self.safety is not None else None
        make_monitor = getattr(self.safety, "answer_monitor", None)
        # A monitor's verdict arrives on its own thread: it stops generation at once.
        monitor = (make_monitor(user_text, on_stop=lambda _decision: cancel.set())
                   if make_monitor is not None else None)
        try:
            yield from self._generation(fitted, user_text, sampling, cancel, state, toolbox,
                                        prepared, checker, monitor, continued)
        finally:
            if monitor is not None:
                monitor.close()

    def _released(self, events: list[Any], user_text: str, state: _TurnState,
                  cancel: threading.Event) -> Iterator[ChatEvent]:
        """What the answer monitor let through: shown text appended to the answer or the
        reasoning (only checked text is shown or saved), or a stop that replaces both."""
        result = state.result
        for m in events:
            if result.blocked:
                return
            if isinstance(m, Shown):
                (state.reasoning if m.channel == "analysis" else state.answer).append(m.text)
                yield TextDelta(m.channel, m.text)
            elif isinstance(m, Stopped):
                cancel.set()
                shown = self.safety.replacement(m, user_text)  # type: ignore[union-attr]
                state.answer[:] = [shown["final"]]
                state.reasoning[:] = [shown["analysis"]]
                result.blocked = m.decision.category or "blocked"
                yield AnswerBlocked(m.decision.category, shown["final"], shown["analysis"])

    def _generation(self, fitted: Conversation, user_text: str, sampling: SamplingParams,
                    cancel: threading.Event, state: _TurnState, toolbox: Toolbox | None,
                    prepared: Any, checker: StreamCheck | None, monitor: AnswerMonitor | None,
                    continued: storage.Message | None) -> Iterator[ChatEvent]:
        result, sink = state.result, state.sink
        answer = state.answer
        reasoning = state.reasoning
        # A continued answer: its saved text left open in the prompt (harmony.render_continue)
        # for the first generation; the checker reads it first, as it was checked before.
        open_answer = (Message("assistant", continued.content, continued.reasoning)
                       if continued is not None else None)
        if checker is not None and continued is not None and continued.content:
            checker.feed(continued.content)
        t_reason_start: float | None = None
        last_save = self._clock()
        stop = StopReason.EOS
        current = fitted
        refusals = 0  # calls answered with "no more tools" after the cap
        while True:
            step_reasoning: list[str] = []  # analysis since the last call: kept for the next
            call: ToolCall | None = None
            left = sampling.max_tokens - (result.stats.generated_tokens if result.stats else 0)
            if sampling.max_tokens > 0 and left <= 0:
                stop = StopReason.LENGTH
                break
            step_sampling = (dataclasses.replace(sampling, max_tokens=left)
                             if sampling.max_tokens > 0 else sampling)
            if open_answer is not None:
                stream = self.engine.stream(current, step_sampling, cancel,
                                            continue_from=open_answer)
                open_answer = None
            else:
                stream = self.engine.stream(current, step_sampling, cancel)
            for ev in stream:
                if isinstance(ev, TextDelta):
                    if ev.recipient is not None:
                        pass  # a tool call's arguments: not reasoning, not answer (see ToolCall)
                    elif ev.channel == "analysis":
                        if t_reason_start is None:
                            t_reason_start = self._clock()
                        step_reasoning.append(ev.text)
                        if monitor is not None:
                            # Shown once checked, like the answer.
                            yield from self._released(monitor.feed("analysis", ev.text),
                                                      user_text, state, cancel)
                            continue
                        reasoning.append(ev.text)
                    elif ev.channel == "commentary":
                        # A preamble: commentary meant for the person, shown before the answer.
                        state.preamble.append(ev.text)
                    elif ev.channel == "final":
                        if t_reason_start is not None and state.reasoning_seconds is None:
                            state.reasoning_seconds = self._clock() - t_reason_start
                        if checker is not None and not result.blocked:
                            verdict = checker.feed(ev.text)
                            if verdict is not None and _verdict(verdict) == "block":
                                cancel.set()
                                answer[:] = [self._replacement(checker, verdict, user_text)]
                                result.blocked = verdict.category or "blocked"
                                yield AnswerBlocked(verdict.category, answer[0])
                                continue
                        if result.blocked:
                            continue
                        if monitor is not None:
                            yield from self._released(monitor.feed("final", ev.text),
                                                      user_text, state, cancel)
                            continue
                        answer.append(ev.text)
                    yield ev
                    now = self._clock()
                    if sink is not None and now - last_save >= self.SAVE_INTERVAL_S:
                        state.progress()
                        last_save = now
                elif isinstance(ev, Done):
                    if monitor is not None and not result.blocked:
                        yield from self._released(monitor.poll(), user_text, state, cancel)
                    if prepared is not None and result.stats is None:
                        prepared.apply(ev.stats)  # the restore belongs to the first generation
                    result.stats = _merge_stats(result.stats, ev.stats)
                    stop = coerce_stop(ev.reason)
                elif isinstance(ev, ToolCall):
                    call = ev
                    yield ev
                elif isinstance(ev, ChannelStarted | MessageEnded):
                    if isinstance(ev, ChannelStarted) and ev.channel == "final":
                        if t_reason_start is not None and state.reasoning_seconds is None:
                            state.reasoning_seconds = self._clock() - t_reason_start
                        if ev.malformed:
                            # Not well-formed harmony: shown as the answer with a note, and the
                            # header kept as it came.
                            state.malformed_headers.append(ev.raw_header or ev.header)
                    yield ev
                else:
                    yield ev
            if (stop is not StopReason.CALL or toolbox is None or call is None
                    or not call.complete or result.blocked or cancel.is_set()):
                break
            if toolbox.external(call.recipient):
                result.pending_call = call  # for the caller to run and send back
                break
            step = ToolStep(len(state.steps), call.recipient, call.arguments, call.channel,
                            call.constraint, toolbox.describe(call.recipient))
            over = len(state.steps) >= toolbox.max_calls
            yield ToolStarted(dataclasses.replace(step))
            state.stage = tr("A tool the model called failed ({detail}).")
            outcome = (toolbox.limit_reached(call.recipient) if over
                       else toolbox.call(call.recipient, call.arguments))
            state.stage = ""
            step.summary = outcome.summary or step.summary
            step.result, step.ok = outcome.text, outcome.ok
            step.shown = outcome.shown or outcome.text
            following = current.with_messages(
                [*current.messages, step.call_message("".join(step_reasoning))])
            fitted_step = self._fit_result(following, step)
            state.steps.append(step)
            yield ToolFinished(dataclasses.replace(step))
            if fitted_step is None:
                stop = StopReason.CONTEXT  # no room left for the model to read the answer
                break
            current = fitted_step
            if over:
                refusals += 1
                if refusals > 2:
                    state.fail(user_text, tr("The model kept calling tools after it was asked "
                                             "to answer. Try again, or ask it to answer "
                                             "without looking anything up."))
                    yield TurnFailed(result.error or "")
                    return
        if t_reason_start is not None and state.reasoning_seconds is None:
            state.reasoning_seconds = self._clock() - t_reason_start
        if monitor is not None and not result.blocked:
            # The rest of the answer (the last sentence) is checked now, and every check still
            # running is waited for: a late verdict still stops the answer.
            yield from self._released(monitor.finish(), user_text, state, cancel)
            if monitor.notice and not state.safety_notice:
                state.safety_notice = monitor.notice
        if result.blocked:
            stop = StopReason.BLOCKED
        if checker is not None and not result.blocked and result.stats is not None:
            # The end of the answer: what was held back for context, and the model judge for
            # borderline answers, now that the engine is free.
            verdict = checker.finish()
            if verdict is not None and _verdict(verdict) == "block":
                answer[:] = [self._replacement(checker, verdict, user_text)]
                result.blocked = verdict.category or "blocked"
                yield AnswerBlocked(verdict.category, answer[0])
                stop = StopReason.BLOCKED
        if toolbox is not None and toolbox.browser is not None and not result.blocked:
            sources, result.citations = toolbox.cite("".join(answer))
            if sources:
                result.sources = list(sources)
                yield SourcesAttached(result.sources)
        stats = result.stats if result.stats is not None else TurnStats()
        result.stats = stats
        stats.stop_reason = stop.value
        yield Done(stop.value, stats)
        result.stop_reason = stop
        result.steps = list(state.steps)
        saved = stats.to_dict()
        saved["stop_reason"] = stop.value
        saved.update(state.extras())
        if result.citations:
            saved[CITATIONS_KEY] = dict(result.citations)
        # The limit the answer was cut at, so the window and the command line can name it.
        saved["max_tokens"] = sampling.max_tokens
        if continued is not None:
            before = continued.stats
            # What the first part kept (its preamble, odd headers) stays with the whole answer.
            for key in (PREAMBLE_KEY, MALFORMED_KEY):
                if key in before:
                    saved[key] = before[key] + saved[key] if key in saved else before[key]
            saved["generated_tokens"] = (int(before.get("generated_tokens") or 0)
                                         + int(saved.get("generated_tokens") or 0))
            saved["continued"] = int(before.get("continued") or 0) + 1
            if continued.reasoning_seconds:
                state.reasoning_seconds = ((state.reasoning_seconds or 0.0)
                                           + continued.reasoning_seconds)
        if result.blocked:
            saved["blocked_category"] = result.blocked  # the notice survives a reload
        if state.safety_notice:
            saved[SAFETY_NOTICE_KEY] = state.safety_notice
        state.finish("".join(answer), "".join(reasoning), status_for(stop), saved,
                     state.reasoning_seconds, result.sources)
        if self.states is not None:
            # A turn that quoted documents saves its state soon, not only when the conversation
            # leaves the engine: the quotes stay in this user message, at the same place in
            # every later prompt, so the next question reads none of them again. (The next
            # question's own quotes come after its text and are always read; and once the
            # oldest turns are trimmed to fit the context, every later token moves and nothing
            # after the fixed prefix can be reused.)
            self.states.end_turn(self.conversation_id,
                                 dataclasses.replace(fitted, messages=[*fitted.messages, Message(
                                     "assistant", "".join(answer))]),
                                 checkpoint=bool(result.sources))

    def _toolbox_for(self, budget: int, quoted: Retrieved | None) -> Toolbox | None:
        """The tools this turn offers: the session's, with the browser only when this turn lets
        the model search the documents itself (not when passages are quoted)."""
        tools = self.tools
        if tools is None or tools.browser is None:
            return tools
        if quoted is not None:
            browse = quoted.browse
        else:
            browse = self.use_browser is not None and self.use_browser(budget)
        if browse:
            return tools
        return Toolbox(list(tools.functions.values()), None, max_calls=tools.max_calls)

    def _fit_result(self, conv: Conversation, step: ToolStep) -> Conversation | None:
        """`conv` (ending in the call) with the tool's answer, cut so the model has room to go
        on; None when not even a short answer fits."""
        limit = self.engine.info.n_ctx - min(TOOL_RESERVE, self.engine.info.n_ctx // 4)
        text = step.result
        for _ in range(4):
            step.result = text
            nxt = conv.with_messages([*conv.messages, step.result_message()])
            used = self.engine.count_tokens(nxt)
            if used <= limit:
                return nxt
            room = limit - (used - self.engine.count_text(text))
            if room < 32:
                break
            keep = max(0, int(len(text) * room / max(1, self.engine.count_text(text))) - 40)
            text = text[:keep].rstrip() + "\n[The rest was cut: the context is full.]"
        step.result = "The context is full: answer now with what you have."
        nxt = conv.with_messages([*conv.messages, step.result_message()])
        return nxt if self.engine.count_tokens(nxt) <= self.engine.info.n_ctx - 64 else None


def _merge_stats(total: TurnStats | None, part: TurnStats) -> TurnStats:
    """One turn's numbers over all its generations (one per tool call)."""
    if total is None:
        return dataclasses.replace(part)
    total.prompt_tokens = part.prompt_tokens
    total.cached_tokens += part.cached_tokens
    total.evaluated_tokens += part.evaluated_tokens
    total.generated_tokens += part.generated_tokens
    total.prefill_seconds += part.prefill_seconds
    total.decode_seconds += part.decode_seconds
    total.thinking_tokens += part.thinking_tokens
    total.thinking_budget = part.thinking_budget or total.thinking_budget
    total.thinking_cut = part.thinking_cut or total.thinking_cut
    total.stop_reason = part.stop_reason
    return total


class _ContinueSink(StoreSink):
    """Saves a continued answer: the same message, reopened, its text growing from where it
    was cut (the turn's answer starts as the saved one, so every save writes the whole text)."""

    def __init__(self, store: storage.Store, message: storage.Message) -> None:
        super().__init__(store, message.conversation_id, user_message_id=message.parent_id)
        self.message = message

    def started(self, user_text: str, model_text: str, sources: list[Any]) -> None:
        self.store.reopen_message(self.message.id)
        self.assistant_message_id = self.message.id


class _TurnState:
    """What a turn has saved and produced so far, so a failure at any point is saved too."""

    def __init__(self, sink: TurnSink | None, result: TurnResult) -> None:
        self.sink = sink
        self.result = result
        self.answer: list[str] = []
        self.reasoning: list[str] = []
        self.reasoning_seconds: float | None = None
        self.preamble: list[str] = []  # commentary without a recipient
        self.steps: list[ToolStep] = []  # tool calls made so far, with what came back
        self.malformed_headers: list[str] = []  # answer headers that were not harmony
        self.started = False
        self.finished = False
        # A message template for a failure in the current step ({detail}); "" outside one.
        self.stage = ""
        self.base_stats: dict[str, Any] = {}  # saved stats a failure keeps (a continued answer)
        self.safety_notice = ""  # the streamed check could not use the guard model: why

    def start(self, user_text: str, model_text: str, sources: list[Any]) -> None:
        self.started = True
        if self.sink is not None:
            self.sink.started(user_text, model_text, sources)
            # The saved rows' ids, as soon as they exist (the window tags its rows with them).
            self.result.user_message_id = getattr(self.sink, "user_message_id", None)
            self.result.assistant_message_id = getattr(self.sink, "assistant_message_id", None)

    def progress(self) -> None:
        if self.sink is not None:
            self.sink.progress("".join(self.answer), "".join(self.reasoning))

    def finish(self, answer: str, reasoning: str, status: MessageStatus, stats: dict[str, Any],
               reasoning_seconds: float | None, sources: list[Any]) -> None:
        self.finished = True
        r = self.result
        r.answer, r.reasoning, r.status = answer, reasoning, status
        r.reasoning_seconds = reasoning_seconds
        r.saved_stats = dict(stats)
        if self.sink is not None:
            self.sink.finished(answer, reasoning, status.value, stats, reasoning_seconds, sources)

    def extras(self) -> dict[str, Any]:
        """What the answer's saved stats keep besides the engine's numbers."""
        out: dict[str, Any] = {}
        if self.preamble:
            out[PREAMBLE_KEY] = "".join(self.preamble)
        if self.malformed_headers:
            out[MALFORMED_KEY] = self.malformed_headers
        if self.steps:
            out[STEPS_KEY] = [s.to_dict() for s in self.steps]
        return out

    def fail(self, user_text: str, detail: str) -> None:
        """Save the exchange as failed, keeping what was written; never raises."""
        message = self.stage.format(detail=detail) if self.stage else detail
        r = self.result
        r.error = message
        r.stop_reason = StopReason.ERROR
        r.status = MessageStatus.ERROR
        if self.finished:
            return
        stats = {**self.base_stats, **(r.stats.to_dict() if r.stats else {})}
        stats.update(self.extras())
        stats.update(error=message, stop_reason=StopReason.ERROR.value)
        try:
            if not self.started:
                self.start(user_text, user_text, [])
            self.finish("".join(self.answer), "".join(self.reasoning), MessageStatus.ERROR,
                        stats, self.reasoning_seconds, r.sources)
        except Exception:  # the store itself is failing: the message still reaches the person
            log.exception("a failed turn could not be saved")
        r.error = message


def _verdict(decision: SafetyDecision) -> str:
    v = decision.verdict
    return str(getattr(v, "value", v)).lower()


__all__ = [
    "AnswerBlocked", "ChatEvent", "ChatSession", "HistoryTrimmed", "PromptBlocked", "Retrieved",
    "SourcesAttached", "ToolFinished", "ToolStarted", "TurnFailed", "TurnRequest", "TurnResult",
    "TurnSink", "harmony",
]
