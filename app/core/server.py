"""Hearth as a local OpenAI-compatible server: the loaded model at http://127.0.0.1:PORT/v1.

`/v1/models` and `/v1/chat/completions` (streamed and not), on FastAPI + uvicorn + sse-starlette.
Every request is a turn of `core.session.build_session` (the safety filter included, no history
saved), so served traffic is screened as the window's is. Analysis text streams as
`reasoning_content` deltas, as llama-server and vLLM send it. OpenAI `tools` are declared to the
model as the app declares its own (core.openai_tools); a call to one ends the answer with
`tool_calls` (finish reason "tool_calls"), and the client's `tool` message continues the work.

The engine is single-threaded. Requests do not touch it from the server's thread: each is a piece
of work handed to an `EngineLane`, which runs work on the engine's own thread one at a time in the
order given (the GUI's engine worker, where the window's turns queue in the same order; a
`ThreadLane` headless). Requests wait in a bounded queue; past it they get 503 with Retry-After.

Only loopback unless the person allows the network, which requires an API key.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import math
import queue
import secrets
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sse_starlette.sse import EventSourceResponse

from app.core.chat import AnswerBlocked, PromptBlocked, TurnFailed, TurnRequest, TurnResult
from app.core.engine import Done, Engine, ModelInfo, SamplingParams
from app.core.errors import HearthError, describe
from app.core.harmony import REASONING_EFFORTS, Conversation, Message, TextDelta, ToolCall
from app.core.harmony_tools import FUNCTIONS, ToolSpec
from app.core.i18n import tr
from app.core.openai_tools import (
    ToolRequestError,
    client_toolbox,
    messages_for_tools,
    openai_tool_calls,
    tools_from_openai,
)
from app.core.remote_engine import is_loopback_host
from app.core.session import build_session
from app.core.settings import Settings
from app.core.status import StopReason, coerce_stop

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
DEFAULT_QUEUE = 8


class ServerError(HearthError):
    """The server cannot start as configured (the message says why and what to do)."""


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT  # 0: any free port (tests)
    api_key: str = ""
    max_queue: int = DEFAULT_QUEUE  # requests that may wait behind the one being served

    def __repr__(self) -> str:
        return (f"ServerConfig(host={self.host!r}, port={self.port}, "
                f"api_key={'***' if self.api_key else ''!r}, max_queue={self.max_queue})")


def check_bind(config: ServerConfig) -> None:
    """Loopback, or the network with an API key: nothing else."""
    if not is_loopback_host(config.host) and not config.api_key:
        raise ServerError(tr("Serving on {host} would let other machines use the model. Set an "
                             "API key to allow that, or serve on 127.0.0.1 only.").format(
                                 host=config.host))


# ---------------------------------------------------------------------------------------------
# Who runs the work


Work = Callable[[Engine | None], None]


class EngineLane(Protocol):
    """Runs work against the one engine, on the engine's own thread, one at a time, in order.
    The work gets the engine (None while no model is loaded) and must not raise."""

    def submit(self, work: Work) -> None: ...


class ThreadLane:
    """An engine on a thread of its own, for the headless server: the engine is opened, used and
    closed on that thread, like the GUI's engine worker does."""

    def __init__(self, open_engine: Callable[[], Engine]) -> None:
        self._queue: queue.SimpleQueue[Work | None] = queue.SimpleQueue()
        self._ready = threading.Event()
        self.engine: Engine | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, args=(open_engine,),
                                        name="hearth-engine", daemon=True)
        self._thread.start()

    def _main(self, open_engine: Callable[[], Engine]) -> None:
        try:
            self.engine = open_engine()
        except BaseException as exc:  # reported by wait_ready on the caller's thread
            self.error = exc
            return
        finally:
            self._ready.set()
        try:
            while (work := self._queue.get()) is not None:
                try:
                    work(self.engine)
                except Exception:
                    log.exception("served work failed")
        finally:
            self.engine.close()

    def wait_ready(self) -> Engine:
        """The engine once it is open; raises what opening it raised."""
        self._ready.wait()
        if self.error is not None:
            raise self.error
        assert self.engine is not None
        return self.engine

    def submit(self, work: Work) -> None:
        self._queue.put(work)

    def close(self, timeout: float = 30.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)


# ---------------------------------------------------------------------------------------------
# Requests


class BadRequest(Exception):
    def __init__(self, message: str, param: str | None = None, code: str | None = None,
                 status: int = 400) -> None:
        super().__init__(message)
        self.message, self.param, self.code, self.status = message, param, code, status


@dataclass
class ChatRequest:
    """A /v1/chat/completions body, checked: a Hearth turn and how to answer it."""

    conversation: Conversation
    user_text: str
    sampling: SamplingParams
    stream: bool = False
    include_usage: bool = False
    stop: list[str] = field(default_factory=list)
    model: str = ""
    tools: list[ToolSpec] = field(default_factory=list)  # the client's functions, declared

    def client_runs(self, recipient: str) -> bool:
        """A call the client runs: one of its functions (other calls the turn answers)."""
        ns, _, name = recipient.partition(".")
        return ns == FUNCTIONS and any(t.name == name for t in self.tools)


def _text_of(content: Any, where: str) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text":
                parts.append(str(part.get("text", "")))
            else:
                raise BadRequest(tr("Only text content is supported ({where})").format(
                    where=where), where)
        return "".join(parts)
    raise BadRequest(tr("Message content must be a string or a list of text parts ({where})")
                     .format(where=where), where)


def _number(body: dict[str, Any], key: str, default: float, low: float, high: float) -> float:
    value = body.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise BadRequest(tr("{key} must be a number from {low} to {high}").format(
            key=key, low=low, high=high), key)
    return float(value)


def parse_chat_request(body: Any, settings: Settings) -> ChatRequest:
    """Check a request body; BadRequest says what is wrong with it in the API's terms."""
    if not isinstance(body, dict):
        raise BadRequest(tr("The request body must be a JSON object"))
    if body.get("functions") or body.get("function_call"):
        raise BadRequest(tr("'functions' is the old form of 'tools': send the functions as "
                            "'tools'"), "functions", "tools_not_supported")
    choice = body.get("tool_choice")
    if choice not in (None, "auto", "none"):
        # gpt-oss decides itself whether to call; nothing here can make it call a given one.
        raise BadRequest(tr("tool_choice must be 'auto' or 'none': Hearth cannot force a tool "
                            "call"), "tool_choice", "tools_not_supported")
    try:
        tools = tools_from_openai(body.get("tools")) if choice != "none" else []
    except ToolRequestError as exc:
        raise BadRequest(str(exc), exc.param) from None
    n = body.get("n")
    if n not in (None, 1):
        raise BadRequest(tr("Only n=1 is supported"), "n")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest(tr("'messages' must be a non-empty list"), "messages")
    instructions: list[str] = []
    history: list[Message] = []
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(m, dict):
            raise BadRequest(tr("Each message must be an object ({where})").format(where=where),
                             where)
        role = m.get("role")
        if role in ("tool", "function") or (role == "assistant" and m.get("tool_calls")):
            try:
                history += messages_for_tools(m, history, where)
            except ToolRequestError as exc:
                raise BadRequest(str(exc), exc.param) from None
            continue
        text = _text_of(m.get("content"), where)
        if role in ("system", "developer"):
            instructions.append(text)
        elif role in ("user", "assistant"):
            history.append(Message(role, text))
        else:
            raise BadRequest(tr("Unknown role {role!r} ({where})").format(role=role, where=where),
                             where)
    if not history or history[-1].role not in ("user", "tool"):
        raise BadRequest(tr("The last message must be the user's (or a tool's result)"),
                         "messages")
    effort = body.get("reasoning_effort") or settings.reasoning_effort
    if effort == "minimal":
        effort = "low"
    if effort not in REASONING_EFFORTS:
        raise BadRequest(tr("reasoning_effort must be low, medium or high"), "reasoning_effort")
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
    if max_tokens is None:
        max_tokens = settings.max_tokens
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise BadRequest(tr("max_tokens must be a positive integer"), "max_tokens")
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise BadRequest(tr("seed must be an integer"), "seed")
    stop = body.get("stop")
    stops = [stop] if isinstance(stop, str) else stop if stop is not None else []
    if (not isinstance(stops, list) or len(stops) > 4
            or not all(isinstance(s, str) and s for s in stops)):
        raise BadRequest(tr("stop must be a string or a list of up to 4 strings"), "stop")
    sampling = SamplingParams(
        temperature=_number(body, "temperature", settings.temperature, 0.0, 2.0),
        top_p=_number(body, "top_p", settings.top_p, 0.0, 1.0),
        max_tokens=max_tokens, seed=seed)
    options = body.get("stream_options")
    # After a tool's result the model goes on with its work: no new user message.
    asked = history[-1].role == "user"
    conv = Conversation(history[:-1] if asked else history,
                        instructions="\n\n".join(t for t in instructions if t),
                        reasoning_effort=effort)
    return ChatRequest(conv, history[-1].content if asked else "", sampling,
                       stream=bool(body.get("stream")),
                       include_usage=isinstance(options, dict)
                       and bool(options.get("include_usage")),
                       stop=stops, model=str(body.get("model") or ""), tools=tools)


# ---------------------------------------------------------------------------------------------
# What the window (or a log) sees of served requests


@dataclass
class ServedRequest:
    """One request in the queue or being served. `stop()` ends it (the window's Stop)."""

    id: int
    client: str
    stream: bool
    cancel: threading.Event = field(default_factory=threading.Event)
    queued_at: float = field(default_factory=time.monotonic)
    started_at: float | None = None

    def stop(self) -> None:
        self.cancel.set()


Listener = Callable[[str, ServedRequest], None]  # ("queued" | "started" | "finished", request)


class _StopWatch:
    """Cuts the answer at the first stop string; holds back text that could begin one."""

    def __init__(self, stops: list[str]) -> None:
        self.stops = stops
        self._hold = max((len(s) for s in stops), default=1) - 1
        self.buffer = ""
        self.hit = False

    def feed(self, text: str) -> str:
        if not self.stops:
            return text
        self.buffer += text
        cut = min((i for s in self.stops if (i := self.buffer.find(s)) >= 0), default=-1)
        if cut >= 0:
            self.hit = True
            out, self.buffer = self.buffer[:cut], ""
            return out
        keep = min(self._hold, len(self.buffer))
        out = self.buffer[: len(self.buffer) - keep]
        self.buffer = self.buffer[len(self.buffer) - keep:]
        return out

    def flush(self) -> str:
        out, self.buffer = self.buffer, ""
        return out


_FINISH = {
    StopReason.RETURN: "stop", StopReason.EOS: "stop", StopReason.CALL: "stop",
    StopReason.LENGTH: "length", StopReason.CONTEXT: "length",
    StopReason.BLOCKED: "content_filter", StopReason.CANCELLED: "stop",
}


def _error_body(message: str, kind: str = "invalid_request_error", param: str | None = None,
                code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


# ---------------------------------------------------------------------------------------------
# The server


class HearthServer:
    """The OpenAI-compatible app for one engine lane. Thread: the app runs on uvicorn's thread;
    `model_info`, `settings` and the listener may be set from any thread."""

    def __init__(self, lane: EngineLane, settings: Settings, config: ServerConfig,
                 model_info: ModelInfo | None = None, listener: Listener | None = None) -> None:
        check_bind(config)
        self.lane = lane
        self.settings = replace(settings)  # a copy; `update_settings` swaps it whole
        self.config = config
        self.model_info = model_info
        self.listener = listener
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._pending: list[ServedRequest] = []  # admitted, not finished (the first may run)
        self._avg_seconds = 10.0
        self.app = self._make_app()

    # -- what the window uses
    def update_settings(self, settings: Settings) -> None:
        self.settings = replace(settings)

    @property
    def requests(self) -> list[ServedRequest]:
        with self._lock:
            return list(self._pending)

    def stop_current(self) -> bool:
        """Stop the request being served (the window's Stop); False when none is."""
        with self._lock:
            running = [r for r in self._pending if r.started_at is not None]
        for r in running:
            r.stop()
        return bool(running)

    def stop_all(self) -> None:
        with self._lock:
            pending = list(self._pending)
        for r in pending:
            r.stop()

    def _notify(self, kind: str, request: ServedRequest) -> None:
        if self.listener is not None:
            try:
                self.listener(kind, request)
            except Exception:  # a broken observer must not break serving
                log.exception("server listener failed")

    # -- admission
    def _admit(self, client: str, stream: bool) -> ServedRequest | None:
        with self._lock:
            if len(self._pending) > self.config.max_queue:
                return None
            req = ServedRequest(next(self._ids), client, stream)
            self._pending.append(req)
        self._notify("queued", req)
        return req

    def _retire(self, req: ServedRequest) -> None:
        with self._lock:
            if req in self._pending:
                self._pending.remove(req)
            if req.started_at is not None:
                took = time.monotonic() - req.started_at
                self._avg_seconds = 0.7 * self._avg_seconds + 0.3 * took
        self._notify("finished", req)

    def retry_after(self) -> int:
        with self._lock:
            waiting = len(self._pending)
        return max(1, min(600, math.ceil(self._avg_seconds * max(1, waiting))))

    # -- running a turn on the engine's thread
    def _work(self, req: ServedRequest, chat: ChatRequest,
              emit: Callable[[Any], None]) -> Work:
        settings = self.settings

        def work(engine: Engine | None) -> None:
            try:
                if req.cancel.is_set():
                    emit(TurnFailed(tr("The request was cancelled before it started.")))
                    return
                req.started_at = time.monotonic()
                self._notify("started", req)
                if engine is None:
                    emit(TurnFailed(tr("No model is loaded in Hearth.")))
                    return
                session = build_session(engine, settings, retriever=None,
                                        tools=client_toolbox(chat.tools))
                turn = TurnRequest(chat.user_text, chat.sampling, conversation=chat.conversation)
                for ev in session.run(turn, req.cancel):
                    emit(ev)
                emit(session.result)
            except Exception as exc:  # the turn reports its own failures; this is a bug
                log.exception("served turn failed")
                emit(TurnFailed(describe(exc)))
            finally:
                # Retired here, when the engine is free, not when the client stops listening.
                self._retire(req)
                emit(None)

        return work

    def _events(self, req: ServedRequest, chat: ChatRequest) -> AsyncIterator[Any]:
        """The turn's events on the event loop, as the engine thread produces them."""
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[Any] = asyncio.Queue()

        def emit(item: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody listens
                loop.call_soon_threadsafe(inbox.put_nowait, item)

        self.lane.submit(self._work(req, chat, emit))

        async def gen() -> AsyncIterator[Any]:
            while True:
                item = await inbox.get()
                if item is None:
                    return
                yield item

        return gen()

    # -- the app
    def _make_app(self) -> Any:
        app = FastAPI(title="Hearth", docs_url=None, redoc_url=None, openapi_url=None)

        def error(status: int, message: str, kind: str = "invalid_request_error",
                  param: str | None = None, code: str | None = None,
                  headers: dict[str, str] | None = None) -> JSONResponse:
            return JSONResponse(_error_body(message, kind, param, code), status_code=status,
                                headers=headers)

        def authorized(request: Request) -> bool:
            key = self.config.api_key
            if not key:
                return True
            given = request.headers.get("authorization", "")
            token = given[7:].strip() if given.lower().startswith("bearer ") else ""
            return secrets.compare_digest(token.encode(), key.encode())

        def unauthorized() -> JSONResponse:
            return error(401, tr("Missing or wrong API key. Send it as 'Authorization: Bearer "
                                 "KEY'."), code="invalid_api_key",
                         headers={"WWW-Authenticate": "Bearer"})

        @app.get("/v1/models")
        async def models(request: Request) -> Any:
            if not authorized(request):
                return unauthorized()
            info = self.model_info
            data = [] if info is None else [{
                "id": info.name, "object": "model", "created": 0, "owned_by": "hearth",
                "context_length": info.n_ctx}]
            return {"object": "list", "data": data}

        @app.post("/v1/chat/completions")
        async def chat_completions(request: Request) -> Any:
            if not authorized(request):
                return unauthorized()
            try:
                body = await request.json()
            except (ValueError, UnicodeDecodeError):
                return error(400, tr("The request body is not valid JSON"))
            try:
                chat = parse_chat_request(body, self.settings)
            except BadRequest as exc:
                return error(exc.status, exc.message, param=exc.param, code=exc.code)
            info = self.model_info
            if info is None:
                return error(503, tr("No model is loaded in Hearth. Load one in the window, "
                                     "then try again."), kind="server_error",
                             code="model_not_loaded", headers={"Retry-After": "30"})
            client = f"{request.client.host}:{request.client.port}" if request.client else "?"
            req = self._admit(client, chat.stream)
            if req is None:
                return error(503, tr("Hearth is busy: too many requests are waiting for the "
                                     "model. Try again later."), kind="server_error",
                             code="queue_full", headers={"Retry-After": str(self.retry_after())})
            answer = _Answer(f"chatcmpl-{uuid.uuid4().hex}", info.name, chat)
            if chat.stream:
                events = self._events(req, chat)

                async def sse() -> AsyncIterator[dict[str, str]]:
                    try:
                        yield {"data": answer.chunk({"role": "assistant", "content": ""})}
                        async for ev in events:
                            for data in answer.on_event(ev, req):
                                yield {"data": data}
                        for data in answer.end():
                            yield {"data": data}
                        yield {"data": "[DONE]"}
                    finally:
                        req.stop()  # the client went away, or the answer ended: free the engine

                return EventSourceResponse(sse(), ping=15, sep="\n")
            try:
                events = self._events(req, chat)
                collect = asyncio.ensure_future(_drain(events, answer, req))
                while not collect.done():
                    done, _ = await asyncio.wait({collect}, timeout=0.5)
                    if not done and await request.is_disconnected():
                        req.stop()
                await collect
            finally:
                req.stop()
            if answer.failure is not None:
                status = 503 if answer.stopped_by_person else 500
                return error(status, answer.failure, kind="server_error")
            return answer.whole()

        return app


async def _drain(events: AsyncIterator[Any], answer: _Answer, req: ServedRequest) -> None:
    async for ev in events:
        for _ in answer.on_event(ev, req):
            pass


class _Answer:
    """One response being built from a turn's events: stream chunks, or the whole object."""

    def __init__(self, cid: str, model: str, chat: ChatRequest) -> None:
        self.id, self.model, self.chat = cid, model, chat
        self.created = int(time.time())
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self.stops = _StopWatch(chat.stop)
        self.finish: str | None = None
        self.usage: dict[str, Any] | None = None
        self.failure: str | None = None
        self.stopped_by_person = False
        self.blocked = False
        self.tool_calls: list[dict[str, Any]] = []  # the client's functions the model called

    def chunk(self, delta: dict[str, Any], finish: str | None = None) -> str:
        return json.dumps({"id": self.id, "object": "chat.completion.chunk",
                           "created": self.created, "model": self.model,
                           "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                        "finish_reason": finish}]}, ensure_ascii=False)

    def _content(self, text: str) -> Iterator[str]:
        if text:
            self.content.append(text)
            yield self.chunk({"content": text})

    def on_event(self, ev: Any, req: ServedRequest) -> Iterator[str]:
        if self.finish is not None or self.failure is not None:
            return
        if isinstance(ev, TextDelta):
            if ev.recipient is not None:
                return  # a tool call's arguments: sent whole as tool_calls, or answered here
            if ev.channel == "analysis":
                self.reasoning.append(ev.text)
                yield self.chunk({"reasoning_content": ev.text})
            elif ev.channel == "final":
                yield from self._content(self.stops.feed(ev.text))
                if self.stops.hit:
                    req.stop()  # generation ends at the stop string
                    self.finish = "stop"
        elif isinstance(ev, ToolCall):
            if ev.complete and self.chat.client_runs(ev.recipient):
                # The turn ends on this call: the client runs it and sends the result back.
                calls = openai_tool_calls(ev.recipient, ev.arguments)
                self.tool_calls = calls
                yield self.chunk({"tool_calls": [{"index": i, **c}
                                                 for i, c in enumerate(calls)]})
        elif isinstance(ev, PromptBlocked):
            self.blocked = True
            yield from self._content(ev.message)
        elif isinstance(ev, AnswerBlocked):
            self.blocked = True
            sent = "".join(self.content)
            rest = ev.replacement[len(sent):] if ev.replacement.startswith(sent) else (
                "\n\n" + ev.replacement)
            yield from self._content(rest)
        elif isinstance(ev, Done):
            stop = coerce_stop(ev.reason)
            if stop is StopReason.CANCELLED and not self.stops.hit:
                self.stopped_by_person = True
                self.failure = tr("The answer was stopped in Hearth before it was finished.")
                return
            yield from self._content(self.stops.flush())
            self.finish = "content_filter" if self.blocked else _FINISH.get(stop, "stop")
            if self.tool_calls and stop is StopReason.CALL:
                self.finish = "tool_calls"
            s = ev.stats
            self.usage = {"prompt_tokens": s.prompt_tokens,
                          "completion_tokens": s.generated_tokens,
                          "total_tokens": s.prompt_tokens + s.generated_tokens,
                          "prompt_tokens_details": {"cached_tokens": s.cached_tokens}}
        elif isinstance(ev, TurnFailed):
            self.failure = ev.message
        elif isinstance(ev, TurnResult):
            if ev.blocked and self.finish is None and self.failure is None:
                self.finish = "content_filter"  # a blocked prompt ends without Done
                self.usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}

    def end(self) -> Iterator[str]:
        if self.failure is not None:
            yield json.dumps(_error_body(self.failure, "server_error"), ensure_ascii=False)
            return
        yield self.chunk({}, self.finish or "stop")
        if self.chat.include_usage and self.usage is not None:
            yield json.dumps({"id": self.id, "object": "chat.completion.chunk",
                              "created": self.created, "model": self.model, "choices": [],
                              "usage": self.usage})

    def whole(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self.content)}
        if self.tool_calls and self.finish == "tool_calls":
            message["content"] = message["content"] or None
            message["tool_calls"] = self.tool_calls
        if self.reasoning:
            message["reasoning_content"] = "".join(self.reasoning)
        return {"id": self.id, "object": "chat.completion", "created": self.created,
                "model": self.model,
                "choices": [{"index": 0, "message": message, "logprobs": None,
                             "finish_reason": self.finish or "stop"}],
                "usage": self.usage or {"prompt_tokens": 0, "completion_tokens": 0,
                                        "total_tokens": 0}}


# ---------------------------------------------------------------------------------------------
# Running it


class ServerThread:
    """uvicorn serving a HearthServer on a thread of its own (the GUI), or on the caller's."""

    def __init__(self, server: HearthServer) -> None:
        import uvicorn

        self.server = server
        config = server.config
        check_bind(config)
        family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
        self._sock = socket.socket(family, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._sock.bind((config.host, config.port))
        except OSError as exc:
            self._sock.close()
            raise ServerError(tr("Hearth could not serve on {host}:{port} ({reason}). Another "
                                 "program may use that port: choose another one in Settings.")
                              .format(host=config.host, port=config.port,
                                      reason=exc.strerror or exc)) from None
        self.port = int(self._sock.getsockname()[1])
        self._uvicorn = uvicorn.Server(uvicorn.Config(
            server.app, log_level="warning", access_log=False, lifespan="off",
            timeout_graceful_shutdown=2))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = self.server.config.host
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/v1"

    def run(self) -> None:
        """Serve on this thread until `stop()` (or Ctrl-C on the main thread)."""
        self._uvicorn.run(sockets=[self._sock])

    def start(self, timeout: float = 15.0) -> None:
        self._thread = threading.Thread(target=self.run, name="hearth-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._uvicorn.started and self._thread.is_alive():
            if time.monotonic() > deadline:
                raise ServerError(tr("The local server did not start."))
            time.sleep(0.02)
        if not self._uvicorn.started:
            raise ServerError(tr("The local server did not start."))

    def stop(self, timeout: float = 10.0) -> None:
        self.server.stop_all()
        self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        with contextlib.suppress(OSError):
            self._sock.close()


__all__ = [
    "DEFAULT_PORT", "BadRequest", "ChatRequest", "EngineLane", "HearthServer", "ServedRequest",
    "ServerConfig", "ServerError", "ServerThread", "ThreadLane", "check_bind",
    "parse_chat_request",
]
