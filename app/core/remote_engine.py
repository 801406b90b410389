"""An engine on another machine: any OpenAI-compatible server (vLLM, llama-server, Ollama, Hearth).

`RemoteEngine` implements `core.engine.Engine` over `/v1/models` and streamed
`/v1/chat/completions`, through the official `openai` client (no hand-written HTTP). Reasoning
arrives as `reasoning_content` / `reasoning` deltas (vLLM, llama-server, Hearth), or as raw harmony
text in the content (llama-cpp-python's server), which `core.harmony_text` parses by harmony's
rules. Every failure becomes a `RemoteError` a person can act on; events that arrived before a
cut are yielded before the error, so the turn keeps the partial answer and marks it.

Only the server the person configured is contacted, and `open_client` is the one place a
connection is made: with the offline switch on it refuses every server that is not on this
machine. No proxy or credentials from the environment are used.

Token counts: servers do not count tokens for us, so `count_tokens` / `count_text` estimate from
UTF-8 bytes (3 bytes a token: o200k averages about 4 for English and 3 for Chinese, so the
estimate errs towards trimming history early), corrected by the ratio between the server's own
`usage.prompt_tokens` and our estimate for the last turn it reported.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx2
import openai

from app.core import harmony, network
from app.core.engine import Done, ModelInfo, SamplingParams, StreamEvent, TurnStats
from app.core.errors import GenerationError, HearthError
from app.core.harmony import (
    ChannelStarted,
    Conversation,
    Event,
    Message,
    MessageEnded,
    TextDelta,
)
from app.core.harmony_text import HarmonyText
from app.core.i18n import tr
from app.core.settings import Settings
from app.core.status import StopReason

log = logging.getLogger(__name__)

DEFAULT_CONTEXT = 8192  # when the server does not say how long its context is
BYTES_PER_TOKEN = 3.0
ARCHITECTURE = "remote"


class RemoteError(GenerationError):
    """The server could not be reached, refused the request, or broke off; the message says
    which and what to do."""


class OfflineBlocked(RemoteError):
    """Offline mode is on and the server is on another machine."""


@dataclass(frozen=True)
class RemoteConfig:
    """Where the server is and how long to wait for it. `api_key` is never logged."""

    base_url: str
    model: str = ""  # empty: the first model the server lists
    api_key: str = ""
    n_ctx: int = 0  # 0: what the server reports, else DEFAULT_CONTEXT
    connect_timeout: float = 10.0
    # Longest silence between two pieces of an answer (a long prompt's prefill on a busy server
    # comes before the first one).
    read_timeout: float = 300.0
    offline: bool = False

    def __repr__(self) -> str:  # the key stays out of logs and tracebacks
        return (f"RemoteConfig(base_url={self.base_url!r}, model={self.model!r}, "
                f"api_key={'***' if self.api_key else ''!r})")

    @property
    def url(self) -> str:
        return normalize_base_url(self.base_url)

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc or self.url


@dataclass(frozen=True)
class RemoteModel:
    id: str
    n_ctx: int | None = None


def config_from(settings: Settings, api_key: str = "") -> RemoteConfig:
    """The remote server the person chose in the model manager."""
    return RemoteConfig(settings.remote_url, model=settings.remote_model, api_key=api_key,
                        offline=settings.offline)


def normalize_base_url(url: str) -> str:
    """'localhost:8000' -> 'http://localhost:8000/v1'; a URL with a path keeps it."""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if not path:
        path = "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def is_loopback_host(host: str) -> bool:
    """Whether `host` names this machine (so talking to it sends nothing over the network)."""
    host = host.strip("[]").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# ---------------------------------------------------------------------------------------------
# The one way out to the network


class _SocketCapture:
    """The socket a request went out on, so Stop can shut it from another thread (closing it
    would not wake a read blocked on it; shutting it down does)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._closed = False

    def trace(self, name: str, info: dict[str, Any]) -> None:
        if name == "connection.connect_tcp.complete":
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            with self._lock:
                self._sock = sock
                if self._closed:
                    self._shutdown()

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            self._shutdown()

    def _shutdown(self) -> None:
        if self._sock is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed: the read has ended anyway


_current = threading.local()


def _attach_trace(request: httpx2.Request) -> None:
    capture = getattr(_current, "capture", None)
    if capture is not None:
        request.extensions["trace"] = capture.trace


class _AllowedTransport(httpx2.HTTPTransport):
    """Each request to the configured server runs under `core.network.allow`: the connection
    is made inside it (the body of a streamed answer is read later, on the open socket)."""

    def __init__(self, offline: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._offline = offline

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        with network.allow(network.Purpose.REMOTE_ENGINE, offline=self._offline,
                           host=request.url.host):
            return super().handle_request(request)


def open_client(config: RemoteConfig) -> openai.OpenAI:
    """An OpenAI client for the configured server: the only place Hearth connects to one.

    Refuses a server on another machine while offline mode is on. A fresh connection per request
    (no keep-alive), so Stop can shut the one an answer streams on.
    """
    url = config.url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(tr("“{url}” is not a server address. Enter one like "
                             "http://192.168.1.20:8000/v1.").format(url=config.base_url))
    if config.offline and not is_loopback_host(parts.hostname):
        raise OfflineBlocked(tr("Offline mode is on, so Hearth does not connect to {host}. Turn "
                                "off offline mode in Settings to use this server.").format(
                                    host=config.host))
    http = httpx2.Client(
        timeout=httpx2.Timeout(config.read_timeout, connect=config.connect_timeout),
        transport=_AllowedTransport(config.offline,
                                    limits=httpx2.Limits(max_keepalive_connections=0),
                                    trust_env=False),
        trust_env=False,  # no proxy or .netrc from the environment: only this server
        event_hooks={"request": [_attach_trace]},
    )
    return openai.OpenAI(base_url=url, api_key=config.api_key or "none", max_retries=0,
                         http_client=http)


# ---------------------------------------------------------------------------------------------
# Errors in words


def _server_text(exc: openai.APIStatusError) -> str:
    body: Any = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            body = inner.get("message") or inner.get("detail") or ""
        else:
            body = inner or body.get("detail") or ""
    text = str(body or exc.message or "").strip().splitlines()
    first = text[0] if text else ""
    return first[:300]


def explain(exc: BaseException, config: RemoteConfig, *, streaming: bool = False) -> HearthError:
    """An error from the client as a sentence that says what happened and what to do."""
    host = config.host
    if isinstance(exc, HearthError):
        return exc
    if isinstance(exc, openai.APITimeoutError | httpx2.TimeoutException):
        if streaming:
            return RemoteError(tr("The server at {host} stopped sending the answer for {s:.0f} "
                                  "seconds, so Hearth gave up. What arrived is kept. Check that "
                                  "the server is running and not overloaded.").format(
                                      host=host, s=config.read_timeout))
        return RemoteError(tr("The server at {host} did not answer within {s:.0f} seconds. Check "
                              "that it is running and not overloaded.").format(
                                  host=host, s=config.read_timeout))
    if isinstance(exc, openai.APIStatusError):
        status, detail = exc.status_code, _server_text(exc)
        said = tr(" The server said: {text}").format(text=detail) if detail else ""
        if status == 401:
            return RemoteError(tr("The server at {host} refused the API key (401). Check the key "
                                  "in Models → Remote server.").format(host=host))
        if status == 403:
            return RemoteError(tr("The server at {host} does not allow this key to use it (403)."
                                  "{said}").format(host=host, said=said))
        if status == 404:
            return RemoteError(tr("The server at {host} has no such address or model (404). "
                                  "Check the base URL (it usually ends in /v1) and the model "
                                  "name.{said}").format(host=host, said=said))
        if status == 429:
            wait = exc.response.headers.get("retry-after", "")
            hint = (tr(" Try again in {s} seconds.").format(s=wait) if wait.isdigit()
                    else tr(" Wait a moment and try again."))
            return RemoteError(tr("The server at {host} is busy or this key's quota is used up "
                                  "(429).{hint}").format(host=host, hint=hint))
        if status == 503:
            wait = exc.response.headers.get("retry-after", "")
            hint = (tr(" Try again in {s} seconds.").format(s=wait) if wait.isdigit()
                    else tr(" Try again in a moment."))
            return RemoteError(tr("The server at {host} is busy or not ready (503).{hint}{said}")
                               .format(host=host, hint=hint, said=said))
        if status >= 500:
            return RemoteError(tr("The server at {host} failed ({status}).{said} Try again; if it "
                                  "keeps failing, check the server's log.").format(
                                      host=host, status=status, said=said))
        return RemoteError(tr("The server at {host} refused the request ({status}).{said}").format(
            host=host, status=status, said=said))
    if isinstance(exc, openai.APIConnectionError | httpx2.TransportError):
        if streaming:
            return RemoteError(tr("The connection to {host} broke before the answer was finished. "
                                  "What arrived is kept; check the server and try again.").format(
                                      host=host))
        cause = exc.__cause__ or exc.__context__
        reason = str(cause or exc).strip() or type(cause or exc).__name__
        return RemoteError(tr("Hearth could not connect to {url} ({reason}). Check the address "
                              "and that the server is running.").format(url=config.url,
                                                                         reason=reason))
    if isinstance(exc, openai.APIError):
        message = str(getattr(exc, "message", "") or exc)
        if streaming:
            return RemoteError(tr("The server at {host} stopped with an error: {text}. What "
                                  "arrived is kept.").format(host=host, text=message))
        return RemoteError(tr("The server at {host} reported an error: {text}").format(
            host=host, text=message))
    return RemoteError(tr("Talking to {host} failed: {detail}").format(
        host=host, detail=str(exc) or type(exc).__name__))


# ---------------------------------------------------------------------------------------------
# Models


def _context_of(entry: Any) -> int | None:
    """The context length a /v1/models entry reports, under any of the names servers use."""
    data = entry.model_dump() if hasattr(entry, "model_dump") else dict(entry)
    for key in ("max_model_len", "context_length", "context_window", "n_ctx", "max_context_length"):
        value = data.get(key)
        if isinstance(value, int) and value > 0:
            return value
    meta = data.get("meta")
    if isinstance(meta, dict):
        for key in ("n_ctx", "n_ctx_train"):
            value = meta.get(key)
            if isinstance(value, int) and value > 0:
                return value
    return None


def list_models(config: RemoteConfig) -> list[RemoteModel]:
    """What the server serves (GET /v1/models); the connection test of the model manager."""
    client = open_client(config)
    try:
        page = client.models.list(timeout=httpx2.Timeout(min(config.read_timeout, 30.0),
                                                         connect=config.connect_timeout))
        return [RemoteModel(m.id, _context_of(m)) for m in page.data]
    except Exception as exc:
        raise explain(exc, config) from exc
    finally:
        client.close()


# ---------------------------------------------------------------------------------------------
# Deltas to harmony events


class DeltaDecoder:
    """Turns streamed chat deltas into harmony events.

    A server that separates reasoning (`reasoning_content` or `reasoning`) sends the answer as
    plain text; one that does not sends the model's raw output, parsed as harmony text (which
    treats text that is not harmony as the answer).
    """

    def __init__(self) -> None:
        self.raw = HarmonyText()
        self.structured = False
        self._channel: str | None = None

    def _switch(self, channel: str) -> list[Event]:
        if self._channel == channel:
            return []
        out: list[Event] = []
        if self._channel is not None:
            out.append(MessageEnded(self._channel))
        self._channel = channel
        out.append(ChannelStarted(channel, "assistant", None, ""))
        return out

    def reasoning(self, text: str) -> list[Event]:
        out: list[Event] = []
        if not self.structured:
            self.structured = True
            out += self.raw.finish()  # raw text before it (unusual) stays what it was
        out += self._switch("analysis")
        if text:
            out.append(TextDelta("analysis", text))
        return out

    def content(self, text: str) -> list[Event]:
        if not self.structured:
            return self.raw.feed(text)
        out = self._switch("final")
        if text:
            out.append(TextDelta("final", text))
        return out

    def finish(self) -> list[Event]:
        if not self.structured:
            return self.raw.finish()
        if self._channel is not None:
            channel, self._channel = self._channel, None
            return [MessageEnded(channel)]
        return []

    @property
    def stop_reason(self) -> str | None:
        return None if self.structured else self.raw.stop_reason


_FINISH: dict[str, StopReason] = {
    "stop": StopReason.RETURN,
    "length": StopReason.LENGTH,
    "tool_calls": StopReason.CALL,
    "function_call": StopReason.CALL,
    "content_filter": StopReason.EOS,
}


def openai_messages(conv: Conversation) -> list[dict[str, str]]:
    """The conversation in chat-completions form; the server renders its own harmony prompt
    (its system message, date and identity), with our instructions as the system message, which
    gpt-oss's template turns into the developer message."""
    out: list[dict[str, str]] = []
    if conv.instructions:
        out.append({"role": "system", "content": conv.instructions})
    # Tool calls and results (the browser over documents, in-app functions) stay out: the
    # server declares no such tools, and its model read the answers they led to.
    out += [{"role": m.role, "content": m.content} for m in conv.messages
            if m.role != "tool" and not m.is_tool_call]
    return out


# ---------------------------------------------------------------------------------------------
# The engine


class RemoteEngine:
    """An `Engine` whose model runs on an OpenAI-compatible server.

    Thread: used from one thread at a time like any engine (the engine worker's in the GUI); Stop
    comes from another thread through the cancel event, and shuts the stream's socket.
    """

    def __init__(self, config: RemoteConfig, info: ModelInfo) -> None:
        self.config = config
        self.info = info
        self._ratio = 1.0  # server tokens per estimated token, from the last usage report

    @classmethod
    def connect(cls, config: RemoteConfig) -> RemoteEngine:
        """Check the server and pick the model (the configured one, or the first it lists)."""
        t0 = time.perf_counter()
        models = list_models(config)
        if not models:
            raise RemoteError(tr("The server at {host} serves no model.").format(host=config.host))
        chosen = next((m for m in models if m.id == config.model), None)
        if chosen is None and config.model:
            names = ", ".join(m.id for m in models[:5])
            raise RemoteError(tr("The server at {host} has no model “{model}”. It serves: "
                                 "{names}.").format(host=config.host, model=config.model,
                                                    names=names))
        chosen = chosen or models[0]
        n_ctx = config.n_ctx or chosen.n_ctx or DEFAULT_CONTEXT
        info = ModelInfo(path=config.url, name=chosen.id, architecture=ARCHITECTURE, n_ctx=n_ctx,
                         n_ctx_train=chosen.n_ctx or n_ctx, n_params=0, size_bytes=0,
                         backend=tr("Remote: {host}").format(host=config.host), gpu_layers=0,
                         load_seconds=time.perf_counter() - t0)
        info.extra["remote"] = config.url
        return cls(config, info)

    def follow_settings(self, settings: Settings) -> None:
        """Called by `build_session` for every turn: the offline switch applies from the next
        request on (each opens its own client through `open_client`)."""
        if settings.offline != self.config.offline:
            self.config = replace(self.config, offline=settings.offline)

    # -- counting (estimated; see the module docstring)
    def _estimate(self, text: str) -> int:
        return math.ceil(len(text.encode("utf-8")) / BYTES_PER_TOKEN * self._ratio)

    def count_tokens(self, conv: Conversation) -> int:
        return self._estimate(harmony.render_text(conv))

    def count_text(self, text: str, limit: int | None = None) -> int:
        return self._estimate(text)

    # -- generation
    # Continue needs the prompt to end inside the cut answer; chat completions have no portable
    # way to ask for that (vLLM's continue_final_message, llama-server's prefill differ), so a
    # session refuses Continue here before it touches the saved answer.
    can_continue = False

    def stream(self, conv: Conversation, sampling: SamplingParams,
               cancel: threading.Event, *,
               continue_from: Message | None = None) -> Iterator[StreamEvent]:
        if continue_from is not None:
            raise RemoteError(tr("A remote server cannot continue an answer. Regenerate it "
                                 "instead, with a higher token limit in Settings."))
        t_start = time.perf_counter()
        estimate = self.count_tokens(conv)
        stats = TurnStats(prompt_tokens=estimate, evaluated_tokens=estimate)
        if cancel.is_set():
            yield Done(StopReason.CANCELLED.value, stats)
            return
        decoder = DeltaDecoder()
        capture = _SocketCapture()
        done_flag = threading.Event()

        def watch() -> None:  # Stop shuts the socket, even while the server is still silent
            while not done_flag.is_set():
                if cancel.wait(0.05):
                    capture.shutdown()
                    return

        threading.Thread(target=watch, name="hearth-remote-stop", daemon=True).start()
        params: dict[str, Any] = dict(
            model=self.info.name, messages=openai_messages(conv), stream=True,
            max_tokens=sampling.max_tokens, temperature=sampling.temperature,
            top_p=sampling.top_p, stream_options={"include_usage": True},
            reasoning_effort=conv.reasoning_effort,
            # llama-server and vLLM pass this to gpt-oss's chat template.
            extra_body={"chat_template_kwargs": {"reasoning_effort": conv.reasoning_effort}},
        )
        if sampling.seed is not None:
            params["seed"] = sampling.seed
        finish: str | None = None
        usage: Any = None
        t_first: float | None = None
        chunks = 0
        _current.capture = capture
        client: openai.OpenAI | None = None
        try:
            try:
                client = open_client(self.config)
                response = client.chat.completions.create(**params)
            except Exception as exc:
                if cancel.is_set():
                    yield Done(StopReason.CANCELLED.value, stats)
                    return
                raise explain(exc, self.config) from exc
            finally:
                _current.capture = None
            try:
                with response:
                    for chunk in response:
                        if cancel.is_set():
                            break
                        if getattr(chunk, "usage", None):
                            usage = chunk.usage
                        for choice in chunk.choices or ():
                            delta = choice.delta
                            events: list[Event] = []
                            thought = (getattr(delta, "reasoning_content", None)
                                       or getattr(delta, "reasoning", None))
                            if isinstance(thought, str) and thought:
                                events += decoder.reasoning(thought)
                            if isinstance(delta.content, str):
                                events += decoder.content(delta.content)
                                chunks += 1
                            elif thought:
                                chunks += 1
                            if events and t_first is None:
                                t_first = time.perf_counter()
                                stats.ttft_seconds = t_first - t_start
                                stats.prefill_seconds = stats.ttft_seconds
                            yield from events
                            if choice.finish_reason:
                                finish = choice.finish_reason
            except Exception as exc:
                if not cancel.is_set():
                    # What arrived before the cut reaches the turn first; then why it ended.
                    yield from decoder.finish()
                    raise explain(exc, self.config, streaming=True) from exc
        finally:
            done_flag.set()
            if client is not None:
                client.close()
        yield from decoder.finish()
        if cancel.is_set():
            reason = StopReason.CANCELLED
        elif finish is None:
            raise RemoteError(tr("The server at {host} ended the answer without saying it was "
                                 "finished. What arrived is kept; try again.").format(
                                     host=self.config.host))
        else:
            reason = _FINISH.get(finish, StopReason.EOS)
            if reason is StopReason.RETURN and decoder.stop_reason == "call":
                reason = StopReason.CALL
        if t_first is not None:
            stats.decode_seconds = time.perf_counter() - t_first
        stats.generated_tokens = chunks
        if usage is not None:
            stats.generated_tokens = int(getattr(usage, "completion_tokens", 0) or chunks)
            prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
            if prompt > 0:
                stats.prompt_tokens = prompt
                details = getattr(usage, "prompt_tokens_details", None)
                cached = int(getattr(details, "cached_tokens", 0) or 0) if details else 0
                stats.cached_tokens = cached
                stats.evaluated_tokens = prompt - cached
                # Later estimates follow the server's tokenizer (bounded: one odd turn must
                # not make the history budget absurd).
                self._ratio = min(2.0, max(0.5, self._ratio * prompt / max(1, estimate)))
        stats.stop_reason = reason.value
        yield Done(reason.value, stats)

    def close(self) -> None:
        pass  # nothing stays open between turns


__all__ = [
    "DeltaDecoder", "OfflineBlocked", "RemoteConfig", "RemoteEngine", "RemoteError", "RemoteModel",
    "config_from", "explain", "is_loopback_host", "list_models", "normalize_base_url",
    "open_client", "openai_messages",
]
