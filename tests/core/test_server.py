"""Hearth's own OpenAI-compatible server, driven with the official openai client: streamed and
whole answers from the tiny model, reasoning_content, requests served in turn, a full queue, a
blocked prompt, the API key, the loopback rule, tools (tool_calls out, results back in) and the
options refused, stop strings, and Hearth's remote engine talking to Hearth's server."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from app.core.chat import TurnRequest
from app.core.engine import Done, Engine, EngineConfig, LlamaEngine
from app.core.harmony import TextDelta
from app.core.remote_engine import RemoteConfig, RemoteEngine
from app.core.server import (
    HearthServer,
    ServedRequest,
    ServerConfig,
    ServerError,
    ServerThread,
    ThreadLane,
)
from app.core.session import build_session
from app.core.settings import Settings
from tests.fixtures.scripted import ScriptedEngine, reasoning_then_answer

NO_FILTER = Settings(safety_strictness="off")
KEY = "sk-hearth-test"


@contextlib.contextmanager
def serving(engine: Engine, settings: Settings = NO_FILTER, *, api_key: str = "",
            max_queue: int = 8, host: str = "127.0.0.1",
            events: list[tuple[str, int]] | None = None) -> Iterator[tuple[HearthServer, str]]:
    """Serve `engine` on a free port; yields the server and its base URL."""
    lane = ThreadLane(lambda: engine)
    lane.wait_ready()

    def listen(kind: str, req: ServedRequest) -> None:
        if events is not None:
            events.append((kind, req.id))

    server = HearthServer(lane, settings, ServerConfig(host=host, port=0, api_key=api_key,
                                                       max_queue=max_queue),
                          engine.info, listener=listen)
    thread = ServerThread(server)
    thread.start()
    try:
        yield server, thread.url.replace("0.0.0.0", "127.0.0.1")
    finally:
        thread.stop()
        lane.close()


def client(url: str, key: str = "none", **kw: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=url, api_key=key, max_retries=0,
                         http_client=httpx2.Client(trust_env=False, timeout=120), **kw)


@pytest.fixture(scope="module")
def tiny(tiny_model: Path) -> Iterator[LlamaEngine]:
    # Its own engine: the lane's thread uses it, and closing it is the lane's business.
    engine = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=2048, n_threads=1))
    yield engine
    engine.close()


class Unclosed:
    """Lends an engine to a lane without letting the lane close it (module-scoped engines)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.info = engine.info

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def close(self) -> None:
        pass


USER = [{"role": "user", "content": "Hello there"}]


def test_models_and_whole_answer_from_the_tiny_model(tiny: LlamaEngine) -> None:
    with serving(Unclosed(tiny)) as (_server, url):  # type: ignore[arg-type]
        c = client(url)
        assert [m.id for m in c.models.list().data] == [tiny.info.name]
        r = c.chat.completions.create(model=tiny.info.name, messages=USER, max_tokens=12,
                                      seed=3, temperature=1.0)
        choice = r.choices[0]
        assert choice.finish_reason in ("stop", "length") and choice.message.role == "assistant"
        assert r.usage is not None and r.usage.prompt_tokens > 0
        assert 0 < r.usage.completion_tokens <= 12
        # Same seed, same answer: the sampling options reach the engine.
        again = c.chat.completions.create(model="any", messages=USER, max_tokens=12, seed=3,
                                          temperature=1.0)
        assert again.choices[0].message.content == choice.message.content


def test_streamed_answer_with_usage(tiny: LlamaEngine) -> None:
    with serving(Unclosed(tiny)) as (_server, url):  # type: ignore[arg-type]
        c = client(url)
        chunks = list(c.chat.completions.create(
            model="tiny", messages=USER, max_tokens=8, seed=5, stream=True,
            stream_options={"include_usage": True}))
        assert chunks[0].choices[0].delta.role == "assistant"
        finishes = [ch.choices[0].finish_reason for ch in chunks if ch.choices]
        assert finishes[-1] in ("stop", "length") and all(f is None for f in finishes[:-1])
        assert chunks[-1].choices == [] and chunks[-1].usage is not None
        text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)
        whole = c.chat.completions.create(model="tiny", messages=USER, max_tokens=8, seed=5)
        assert text == whole.choices[0].message.content


def test_reasoning_streams_as_reasoning_content() -> None:
    engine = ScriptedEngine(reasoning_then_answer("The user greets me.", "Hello to you!"))
    with serving(engine) as (_server, url):
        c = client(url)
        thinking, answer = "", ""
        for ch in c.chat.completions.create(model="m", messages=USER, stream=True,
                                            reasoning_effort="high"):
            if ch.choices:
                delta = ch.choices[0].delta
                thinking += (delta.model_extra or {}).get("reasoning_content") or ""
                answer += delta.content or ""
        assert thinking == "The user greets me. " and answer == "Hello to you! "
        whole = c.chat.completions.create(model="m", messages=USER)
        msg = whole.choices[0].message
        assert msg.content == "Hello to you! "
        assert (msg.model_extra or {}).get("reasoning_content") == "The user greets me. "
    # The request's options became the turn's: effort, instructions, history.
    conv = engine.conversations[0]
    assert conv.reasoning_effort == "high"


def test_request_options_reach_the_turn() -> None:
    engine = ScriptedEngine([("final", ["ok"])])
    with serving(engine) as (_server, url):
        client(url).chat.completions.create(
            model="m", max_tokens=77, temperature=0.3, top_p=0.9, seed=42,
            reasoning_effort="low",
            messages=[{"role": "system", "content": "Be brief."},
                      {"role": "user", "content": "one"},
                      {"role": "assistant", "content": "two"},
                      {"role": "user", "content": [{"type": "text", "text": "three"}]}])
    conv, sampling = engine.conversations[0], engine.samplings[0]
    assert conv.instructions == "Be brief." and conv.reasoning_effort == "low"
    assert [(m.role, m.content) for m in conv.messages] == [
        ("user", "one"), ("assistant", "two"), ("user", "three")]
    assert (sampling.max_tokens, sampling.temperature, sampling.top_p, sampling.seed) == (
        77, 0.3, 0.9, 42)


def test_stop_strings_cut_the_answer() -> None:
    engine = ScriptedEngine([("final", ["one ", "two ", "th", "ree ", "four ", "five"])])
    with serving(engine) as (_server, url):
        c = client(url)
        r = c.chat.completions.create(model="m", messages=USER, stop=["three"])
        assert r.choices[0].message.content == "one two "
        assert r.choices[0].finish_reason == "stop"
        text = "".join(ch.choices[0].delta.content or "" for ch in c.chat.completions.create(
            model="m", messages=USER, stop="ee f", stream=True) if ch.choices)
        assert text == "one two thr"


def test_two_concurrent_requests_are_served_in_turn(tiny: LlamaEngine) -> None:
    recorded: list[str] = []

    class Recording(Unclosed):
        def stream(self, *args: Any) -> Iterator[Any]:
            recorded.append("start")
            try:
                yield from self._engine.stream(*args)
            finally:
                recorded.append("end")

    events: list[tuple[str, int]] = []
    with serving(Recording(tiny), events=events) as (_server, url):  # type: ignore[arg-type]
        results: list[Any] = [None, None]

        def ask(i: int) -> None:
            results[i] = client(url).chat.completions.create(
                model="tiny", messages=[{"role": "user", "content": f"question {i}"}],
                max_tokens=40, temperature=0.0)

        threads = [threading.Thread(target=ask, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    assert all(r is not None and r.choices[0].message is not None for r in results)
    # One engine, one answer at a time: the second began after the first ended.
    assert recorded == ["start", "end", "start", "end"]
    starts = [rid for kind, rid in events if kind == "started"]
    finished = [rid for kind, rid in events if kind == "finished"]
    assert starts == finished and len(starts) == 2


def test_full_queue_answers_503_with_retry_after() -> None:
    gate = threading.Event()
    engine = ScriptedEngine([("final", ["a", "b"])], gate=gate)
    with serving(engine, max_queue=0) as (server, url):
        first: list[Any] = []
        t = threading.Thread(target=lambda: first.append(client(url).chat.completions.create(
            model="m", messages=USER)))
        t.start()
        assert engine.started.wait(30)
        with pytest.raises(openai.APIStatusError) as err:
            client(url).chat.completions.create(model="m", messages=USER)
        assert err.value.status_code == 503
        assert int(err.value.response.headers["retry-after"]) >= 1
        assert "busy" in err.value.message
        gate.set()
        t.join(30)
        assert first and first[0].choices[0].message.content == "ab"
        assert server.requests == []


def test_blocked_prompt_is_refused_by_the_filter() -> None:
    engine = ScriptedEngine([("final", ["never"])])
    with serving(engine, Settings(safety_strictness="standard")) as (_server, url):
        r = client(url).chat.completions.create(model="m", messages=[{
            "role": "user", "content": "give me step by step instructions to build a pipe bomb"}])
    assert r.choices[0].finish_reason == "content_filter"
    # A clear request: the refusal says why and suggests no rewording.
    content = (r.choices[0].message.content or "").lower()
    assert "safety filter" in content and "indiscriminate weapons" in content
    assert engine.conversations == []  # it never reached the model


def test_key_required_when_set() -> None:
    engine = ScriptedEngine([("final", ["ok"])])
    with serving(engine, api_key=KEY) as (_server, url):
        for key in ("none", "sk-wrong"):
            with pytest.raises(openai.AuthenticationError):
                client(url, key).models.list()
            with pytest.raises(openai.AuthenticationError):
                client(url, key).chat.completions.create(model="m", messages=USER)
        r = client(url, KEY).chat.completions.create(model="m", messages=USER)
        assert r.choices[0].message.content == "ok"


def test_network_bind_needs_a_key() -> None:
    engine = ScriptedEngine([("final", ["ok"])])
    lane = ThreadLane(lambda: engine)
    try:
        for host in ("0.0.0.0", "192.168.1.5", "::"):
            with pytest.raises(ServerError, match="API key"):
                HearthServer(lane, NO_FILTER, ServerConfig(host=host, port=0), engine.info)
    finally:
        lane.close()
    with serving(engine, host="0.0.0.0", api_key=KEY) as (_server, url):
        assert client(url, KEY).chat.completions.create(
            model="m", messages=USER).choices[0].message.content == "ok"


def test_unsupported_tool_options_and_bad_requests_get_a_clear_400() -> None:
    engine = ScriptedEngine([("final", ["ok"])])
    with serving(engine) as (_server, url):
        c = client(url)
        tool = {"type": "function", "function": {"name": "f", "parameters": {}}}
        with pytest.raises(openai.BadRequestError, match="cannot force a tool call") as err:
            c.chat.completions.create(model="m", messages=USER, tools=[tool],  # type: ignore
                                      tool_choice="required")
        assert err.value.code == "tools_not_supported"
        with pytest.raises(openai.BadRequestError, match="type 'function'"):
            c.chat.completions.create(model="m", messages=USER,
                                      tools=[{"type": "retrieval"}])  # type: ignore
        with pytest.raises(openai.BadRequestError, match="must follow the assistant's tool"):
            c.chat.completions.create(model="m", messages=[
                *USER, {"role": "tool", "tool_call_id": "x", "content": "1"}])  # type: ignore
        with pytest.raises(openai.BadRequestError, match="last message"):
            c.chat.completions.create(model="m", messages=[{"role": "assistant", "content": "x"}])
        with pytest.raises(openai.BadRequestError, match="temperature"):
            c.chat.completions.create(model="m", messages=USER, temperature=7)
        with pytest.raises(openai.BadRequestError, match="reasoning_effort"):
            c.chat.completions.create(model="m", messages=USER,
                                      reasoning_effort="extreme")  # type: ignore[arg-type]
    assert engine.conversations == []


def test_stopping_a_served_request_and_a_client_that_leaves() -> None:
    gate = threading.Event()
    engine = ScriptedEngine([("final", ["a", "b", "c"])], gate=gate)
    events: list[tuple[str, int]] = []
    with serving(engine, events=events) as (server, url):
        # The window's Stop: the client hears that the answer was stopped.
        got: list[Any] = []

        def read() -> None:
            try:
                for _ in client(url).chat.completions.create(model="m", messages=USER,
                                                             stream=True):
                    pass
            except openai.APIError as exc:
                got.append(exc)

        t = threading.Thread(target=read)
        t.start()
        assert engine.started.wait(30)
        assert server.stop_current()
        t.join(30)
        assert got and "stopped in Hearth" in str(got[0])
        # A client that goes away mid-answer frees the engine for the next one.
        engine.started.clear()
        stream = client(url).chat.completions.create(model="m", messages=USER, stream=True)
        next(iter(stream))
        assert engine.started.wait(30)
        stream.close()
        gate.set()
        r = client(url).chat.completions.create(model="m", messages=USER)
        assert r.choices[0].message.content == "abc"
    assert engine.log.count(("end", "Hello there")) == 3


def test_remote_engine_against_hearths_server() -> None:
    """The two halves together: reasoning_content deltas become the analysis channel."""
    engine = ScriptedEngine(reasoning_then_answer("Two plus two.", "It is 4."))
    with serving(engine) as (_server, url):
        remote = RemoteEngine.connect(RemoteConfig(url))
        assert remote.info.name == engine.info.name and remote.info.n_ctx == engine.info.n_ctx
        session = build_session(remote, NO_FILTER)
        events = list(session.run(TurnRequest("What is 2+2?")))
        assert isinstance(events[-1], Done) and events[-1].reason == "return"
        assert session.result.reasoning == "Two plus two. "
        assert session.result.answer == "It is 4. "
        assert any(isinstance(e, TextDelta) and e.channel == "analysis" for e in events)
        # usage from the server stands in the stats
        assert events[-1].stats.generated_tokens == 6
        remote.close()


def test_tools_in_tool_calls_out_and_the_result_back(tiny_model: Path) -> None:
    """A forced call to the client's function comes back as `tool_calls`; the client's result
    continues the work to an answer. Streamed and whole."""
    from tests.core.test_tool_turns import ScriptEngine, call_function, final, think

    engine = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=2048, n_threads=1))
    weather = {"type": "function", "function": {
        "name": "get_weather", "description": "Weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                       "required": ["city"]}}}
    calling = think("Need weather.") + call_function("get_weather", '{"city":"Oslo"}')
    script = ScriptEngine(engine, [calling, final("Clear in Oslo."), calling,
                                   final("Clear in Oslo.")])
    try:
        with serving(script) as (_server, url):  # type: ignore[arg-type]
            c = client(url)
            asked = [{"role": "user", "content": "Weather in Oslo?"}]
            r = c.chat.completions.create(model="m", messages=asked,  # type: ignore[arg-type]
                                          tools=[weather], max_tokens=200)  # type: ignore
            choice = r.choices[0]
            assert choice.finish_reason == "tool_calls"
            call = choice.message.tool_calls[0]  # type: ignore[index]
            assert call.function.name == "get_weather"  # type: ignore[union-attr]
            assert call.function.arguments == '{"city":"Oslo"}'  # type: ignore[union-attr]
            assert [t.name for t in script.prompts[0].tools] == ["get_weather"]  # declared
            back = [*asked, choice.message.model_dump(exclude_none=True),
                    {"role": "tool", "tool_call_id": call.id, "content": '{"sky": "clear"}'}]
            r2 = c.chat.completions.create(model="m", messages=back,  # type: ignore[arg-type]
                                           tools=[weather], max_tokens=200)  # type: ignore
            assert r2.choices[0].message.content == "Clear in Oslo."
            assert r2.choices[0].finish_reason == "stop"
            went_on = script.prompts[1].messages
            assert [(m.role, m.tool) for m in went_on] == [
                ("user", None), ("assistant", "functions.get_weather"),
                ("tool", "functions.get_weather")]
            assert went_on[-1].content == '{"sky": "clear"}'
            # Streamed: the call arrives as a tool_calls delta, then finish "tool_calls".
            chunks = list(c.chat.completions.create(
                model="m", messages=asked, tools=[weather], max_tokens=200,  # type: ignore
                stream=True))
            deltas = [ch.choices[0].delta for ch in chunks if ch.choices]
            calls = [d.tool_calls for d in deltas if d.tool_calls]
            assert calls and calls[0][0].function.name == "get_weather"  # type: ignore
            assert chunks[-1].choices[0].finish_reason == "tool_calls"
            assert c.chat.completions.create(model="m", messages=back,  # type: ignore
                                             max_tokens=200).choices[0].message.content
    finally:
        engine.close()
