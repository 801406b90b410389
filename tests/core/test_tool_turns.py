"""Tool calls through the real turn: the generated model's sampler forced to write the calls, the
real parser and engine, the turn loop running the tools and going on, the history saved and
rendered back. Covers functions, multi-call browser chains with citations, a call to a tool that
is not there, and the cap on calls."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.core import storage
from app.core.chat import ChatSession, SourcesAttached, ToolFinished, ToolStarted, TurnFailed
from app.core.documents import Document, DocumentIndex, Page
from app.core.documents.browser import DocumentBrowser, number_citations
from app.core.engine import Done, LlamaEngine, SamplingParams
from app.core.harmony import Conversation, Encoder, Message
from app.core.harmony_tools import ToolSpec
from app.core.history import StoreSink, conversation_for
from app.core.settings import Settings
from app.core.tools import CITATIONS_KEY, STEPS_KEY, Function, Toolbox

SAMPLING = SamplingParams(max_tokens=400, seed=3, reasoning_budget=0, loop_detection=False)
Script = list[Any] | Callable[[Conversation], list[Any]]


def ids_for(enc: Encoder, parts: list[Any]) -> list[int]:
    """Markers (`<|...|>`) by id, anything else as plain text."""
    out: list[int] = []
    for p in parts:
        if isinstance(p, str) and p.startswith("<|") and p.endswith("|>") and p in enc.ids:
            out.append(enc.ids[p])
        else:
            out += enc.encode_text(p)
    return out


def forcing(ids: list[int]) -> Any:
    step = [0]

    def process(_input_ids: Any, logits: Any) -> Any:
        out = np.full_like(logits, -np.inf)
        out[ids[min(step[0], len(ids) - 1)]] = 0.0
        step[0] += 1
        return out

    return process


class ScriptEngine:
    """The tiny engine forced to write one script per generation: the turn drives it through the
    Engine protocol, as it drives any engine. Keeps every conversation it was asked to answer."""

    renders_tools = True

    def __init__(self, engine: LlamaEngine, scripts: list[Script]) -> None:
        self.engine, self.scripts = engine, list(scripts)
        self.info = engine.info
        self.prompts: list[Conversation] = []
        self.stats: list[Any] = []

    def stream(self, conv: Conversation, sampling: SamplingParams,
               cancel: threading.Event) -> Iterator[Any]:
        self.prompts.append(conv)
        script = self.scripts.pop(0) if len(self.scripts) > 1 else self.scripts[0]
        parts = script(conv) if callable(script) else script
        ids = ids_for(self.engine.encoder, parts)
        for ev in self.engine.stream_tokens(self.engine.encoder.encode(conv), sampling, cancel,
                                            reasoning_effort=conv.reasoning_effort,
                                            logits_processor=forcing(ids)):
            if isinstance(ev, Done):
                self.stats.append(ev.stats)
            yield ev

    def count_tokens(self, conv: Conversation) -> int:
        return self.engine.count_tokens(conv)

    def count_text(self, text: str, limit: int | None = None) -> int:
        return self.engine.count_text(text)

    def close(self) -> None:
        pass


def call_function(name: str, args: str, *, in_role: bool = False) -> list[Any]:
    """What gpt-oss writes to call a function: the recipient in the channel part (its habit) or
    in the role part (the template's form)."""
    if in_role:
        return [f" to=functions.{name}", "<|channel|>", "commentary json", "<|message|>", args,
                "<|call|>"]
    return ["<|channel|>", f"commentary to=functions.{name} ", "<|constrain|>", "json",
            "<|message|>", args, "<|call|>"]


def think(text: str) -> list[Any]:
    return ["<|channel|>", "analysis", "<|message|>", text, "<|end|>", "<|start|>", "assistant"]


def final(text: str) -> list[Any]:
    return ["<|channel|>", "final", "<|message|>", text, "<|return|>"]


WEATHER = ToolSpec("get_weather", "Weather for a city.",
                   {"type": "object", "properties": {"city": {"type": "string"}},
                    "required": ["city"]})


def weather_tools(calls: list[dict[str, Any]], **kw: Any) -> Toolbox:
    def run(args: dict[str, Any]) -> Any:
        calls.append(args)
        return {"city": args["city"], "sky": "clear", "celsius": 21}

    return Toolbox([Function(WEATHER, run, lambda a: f"Looked up the weather in {a['city']}")],
                   **kw)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[storage.Store]:
    s = storage.Store.open(tmp_path / "h.sqlite3")
    yield s
    s.close()


def test_forced_function_call_is_run_and_its_result_rendered(tiny_engine: LlamaEngine,
                                                             store: storage.Store) -> None:
    row = store.create_conversation("weather")
    calls: list[dict[str, Any]] = []
    engine = ScriptEngine(tiny_engine, [
        think("Need the weather tool.") + call_function("get_weather", '{"city": "Oslo"}'),
        think("It is clear.") + final("Clear and 21 °C in Oslo."),
    ])
    session = ChatSession(engine, sink=StoreSink(store, row.id), tools=weather_tools(calls))
    events = list(session.turn(conversation_for(store, row.id), "Weather in Oslo?", SAMPLING))
    assert calls == [{"city": "Oslo"}]
    started = [e for e in events if isinstance(e, ToolStarted)]
    finished = [e for e in events if isinstance(e, ToolFinished)]
    assert [e.step.summary for e in finished] == ["Looked up the weather in Oslo"]
    assert started[0].step.result == "" and finished[0].step.ok
    assert isinstance(events[-1], Done) and events[-1].reason == "return"
    # The second generation read: the declared tool, the call with its reasoning, the result.
    second = engine.prompts[1]
    text = tiny_engine.encoder.encode(second)
    rendered = "".join(b.decode("utf-8", "replace") for b in
                       [tiny_engine.vocab.piece(t) if t not in tiny_engine.vocab.control_ids()
                        else b"|" for t in text])
    assert "type get_weather = (_: {" in rendered
    assert "Need the weather tool." in rendered
    result = second.messages[-1]
    assert result.role == "tool" and result.tool == "functions.get_weather"
    assert json.loads(result.content) == {"city": "Oslo", "sky": "clear", "celsius": 21}
    # The KV cache kept everything up to the call: only the call and its result were read anew.
    assert engine.stats[1].cached_tokens >= engine.stats[0].prompt_tokens
    # Saved: the answer, the whole turn's reasoning, the step; history renders the call back.
    saved = store.active_path(row.id)[-1]
    assert saved.content == "Clear and 21 °C in Oslo." and saved.status == "complete"
    assert saved.reasoning == "Need the weather tool.It is clear."
    assert [s["tool"] for s in saved.stats[STEPS_KEY]] == ["functions.get_weather"]
    assert saved.stats["generated_tokens"] == sum(s.generated_tokens for s in engine.stats)
    history = conversation_for(store, row.id).messages
    assert [(m.role, m.tool) for m in history] == [
        ("user", None), ("assistant", "functions.get_weather"),
        ("tool", "functions.get_weather"), ("assistant", None)]
    assert history[1].content == '{"city": "Oslo"}' and history[1].constraint == "json"


def test_call_with_the_recipient_in_the_role_part(tiny_engine: LlamaEngine) -> None:
    calls: list[dict[str, Any]] = []
    engine = ScriptEngine(tiny_engine, [
        call_function("get_weather", '{"city": "Lima"}', in_role=True),
        final("Clear in Lima."),
    ])
    session = ChatSession(engine, tools=weather_tools(calls))
    list(session.turn(Conversation(), "Lima?", SAMPLING))
    assert calls == [{"city": "Lima"}] and session.result.answer == "Clear in Lima."


def test_undeclared_tool_gets_not_available_and_the_model_goes_on(
        tiny_engine: LlamaEngine) -> None:
    calls: list[dict[str, Any]] = []
    engine = ScriptEngine(tiny_engine, [
        think("Try python.") + ["<|channel|>", "analysis to=python", "<|message|>", "print(1)",
                                "<|call|>"],
        call_function("get_stock_price", '{"ticker": "X"}'),
        final("I cannot look that up."),
    ])
    session = ChatSession(engine, tools=weather_tools(calls))
    events = list(session.turn(Conversation(), "Price of X?", SAMPLING))
    steps = [e.step for e in events if isinstance(e, ToolFinished)]
    assert [(s.tool, s.ok) for s in steps] == [("python", False),
                                              ("functions.get_stock_price", False)]
    python_answer = engine.prompts[1].messages[-1]
    assert python_answer.role == "tool" and python_answer.tool == "python"
    assert "Tool `python` is not available" in python_answer.content
    assert "functions.get_weather" in python_answer.content  # what is there instead
    assert "not available" in json.loads(engine.prompts[2].messages[-1].content)["error"]
    assert session.result.answer == "I cannot look that up." and calls == []
    assert not any(isinstance(e, TurnFailed) for e in events)


def test_cap_on_calls_then_the_model_is_asked_to_answer(tiny_engine: LlamaEngine) -> None:
    calls: list[dict[str, Any]] = []
    again = call_function("get_weather", '{"city": "Oslo"}')
    engine = ScriptEngine(tiny_engine, [again, again, again, final("Done looking.")])
    session = ChatSession(engine, tools=weather_tools(calls, max_calls=2))
    events = list(session.turn(Conversation(), "Weather?", SAMPLING))
    steps = [e.step for e in events if isinstance(e, ToolFinished)]
    assert len(calls) == 2 and len(steps) == 3
    assert not steps[2].ok and "No more tool calls" in steps[2].result
    assert "No more tool calls" in json.loads(engine.prompts[3].messages[-1].content)["error"]
    assert session.result.answer == "Done looking."


def test_a_model_that_never_stops_calling_fails_the_turn_saved(tiny_engine: LlamaEngine,
                                                               store: storage.Store) -> None:
    row = store.create_conversation("loop")
    engine = ScriptEngine(tiny_engine, [call_function("get_weather", '{"city": "Oslo"}')])
    session = ChatSession(engine, sink=StoreSink(store, row.id),
                          tools=weather_tools([], max_calls=1))
    events = list(session.turn(Conversation(), "Weather?", SAMPLING))
    assert isinstance(events[-1], TurnFailed)
    saved = store.active_path(row.id)[-1]
    assert saved.status == "error" and len(saved.stats[STEPS_KEY]) == 4


def test_without_a_toolbox_a_call_ends_the_turn(tiny_engine: LlamaEngine) -> None:
    engine = ScriptEngine(tiny_engine, [call_function("get_weather", '{"city": "Oslo"}')])
    session = ChatSession(engine)
    events = list(session.turn(Conversation(), "Weather?", SAMPLING))
    assert len(engine.prompts) == 1 and session.result.stop_reason == "call"
    assert not any(isinstance(e, ToolStarted) for e in events)


# ---------------------------------------------------------------------------------------------
# The browser over documents: a multi-call chain with citations


def manual() -> Document:
    filler = "The operations team logged the readings and archived them every shift. " * 5
    return Document("/docs/manual.pdf", "Plant manual", "pdf", [
        Page(1, filler), Page(2, filler + "\n\nThe Zephyr valve is rated for a maximum operating "
                          "pressure of 38 bar.\n\n" + filler), Page(3, filler)])


def cite_the_fact(conv: Conversation) -> list[Any]:
    """The answer script: cite the line of the opened page that holds the fact."""
    shown = conv.messages[-1].content
    cursor = int(re.match(r"\[(\d+)\]", shown).group(1))  # type: ignore[union-attr]
    line = next(int(m.group(1)) for m in re.finditer(r"L(\d+): (.*)", shown)
                if "Zephyr valve is rated" in m.group(2))
    return think("Found it.") + final(f"It is rated for 38 bar【{cursor}†L{line}】.")


def browser_call(name: str, args: str) -> list[Any]:
    return ["<|channel|>", f"analysis to=browser.{name} ", "code", "<|message|>", args,
            "<|call|>"]


def test_browser_chain_with_citations(tiny_engine: LlamaEngine, store: storage.Store) -> None:
    row = store.create_conversation("docs")
    index = DocumentIndex(store.connection)
    index.add_document(row.id, manual(), max_tokens=120, overlap=10)
    engine = ScriptEngine(tiny_engine, [
        think("Search the manual.") + browser_call("search", '{"query": "Zephyr valve pressure"}'),
        think("Open the first hit.") + browser_call("open", '{"id": 0}'),
        cite_the_fact,
    ])
    tools = Toolbox(browser=DocumentBrowser(index, row.id, count_tokens=tiny_engine.count_text))
    session = ChatSession(engine, sink=StoreSink(store, row.id), tools=tools,
                          use_browser=lambda budget: True)
    events = list(session.turn(conversation_for(store, row.id), "How much pressure can the "
                               "Zephyr valve take?", SAMPLING))
    first = engine.prompts[0]
    assert first.builtin_tools == ("browser",) and "manual.pdf (3 pages)" in \
        first.messages[-1].content  # the question says what the browser reads
    steps = [e.step for e in events if isinstance(e, ToolFinished)]
    assert [s.summary for s in steps] == ["Searched your documents for “Zephyr valve pressure”",
                                         "Read manual.pdf"]
    assert steps[0].result.startswith("[0] Zephyr valve pressure") and steps[1].ok
    # Reasoning is kept across the calls of the turn...
    third = tiny_engine.encoder.encode(engine.prompts[2])
    text = bytes(b for t in third if t not in tiny_engine.vocab.control_ids()
                 for b in tiny_engine.vocab.piece(t)).decode("utf-8", "replace")
    assert "Search the manual." in text and "Open the first hit." in text
    # ...the citation is a source at the page, and the saved answer keeps what the model wrote.
    attached = [e for e in events if isinstance(e, SourcesAttached)][-1].sources
    assert (attached[0].file, attached[0].page, attached[0].number) == ("manual.pdf", 2, 1)
    saved = store.active_path(row.id)[-1]
    assert re.fullmatch(r"It is rated for 38 bar【1†L\d+】\.", saved.content)
    assert saved.sources[0]["page"] == 2 and saved.sources[0]["path"] == "/docs/manual.pdf"
    assert number_citations(saved.content, saved.stats[CITATIONS_KEY]) == \
        "It is rated for 38 bar[1]."
    # ...and once answered, the history drops the reasoning but keeps the calls and pages read.
    history = conversation_for(store, row.id)
    assert [m.tool for m in history.messages if m.role == "tool"] == ["browser.search",
                                                                      "browser.open"]
    later = tiny_engine.encoder.encode(history.with_user("next"))
    later_text = bytes(b for t in later if t not in tiny_engine.vocab.control_ids()
                       for b in tiny_engine.vocab.piece(t)).decode("utf-8", "replace")
    assert "Search the manual." not in later_text and "Zephyr valve is rated" in later_text
    # The next turn's browser numbers its pages after the two already in the history.
    tools.start(history.with_user("next"))
    assert tools.call("browser.search", '{"query": "valve"}').text.startswith("[2] valve")


def test_build_session_chooses_the_browser_by_setting(tiny_engine: LlamaEngine,
                                                      store: storage.Store) -> None:
    from app.core.session import build_session

    row = store.create_conversation("docs")
    DocumentIndex(store.connection).add_document(row.id, manual(), max_tokens=120)

    def first_prompt(mode: str) -> Conversation:
        engine = ScriptEngine(tiny_engine, [final("ok")])
        session = build_session(engine, Settings(document_mode=mode), store=store,  # type: ignore[arg-type]
                                conversation_id=row.id, safety=None)
        list(session.turn(Conversation(), "Zephyr valve pressure?", SAMPLING))
        return engine.prompts[0]

    tools = first_prompt("tools")
    assert tools.builtin_tools == ("browser",) and "Attached documents" not in \
        tools.messages[-1].content
    passages = first_prompt("passages")
    assert passages.builtin_tools == () and "38 bar" in passages.messages[-1].content
    short = first_prompt("auto")  # a short manual is quoted whole
    assert short.builtin_tools == () and "38 bar" in short.messages[-1].content


# ---------------------------------------------------------------------------------------------
# `ask --tools`


def test_ask_with_tools_prints_steps_and_cited_sources(
        tiny_engine: LlamaEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.commands import ask
    from app.main import main
    from tests.fixtures.docs_build import make_pdf

    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "home"))
    pdf = make_pdf(tmp_path / "manual.pdf", [
        "Welcome. Parking is behind building B.",
        "The Zephyr valve is rated for a maximum operating pressure of 38 bar.",
        "Lunch is served from noon in the atrium."])
    scripts: list[Script] = [
        think("Search.") + browser_call("search", '{"query": "Zephyr valve pressure"}'),
        browser_call("open", '{"id": 0}'),
        cite_the_fact,
    ]
    monkeypatch.setattr(ask, "open_engine",
                        lambda *_a: ScriptEngine(tiny_engine, list(scripts)))
    argv = ["ask", "--model", "unused.gguf", "--doc", str(pdf), "--tools", "--seed", "1",
            "--max-tokens", "300", "How much pressure can the Zephyr valve take?"]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "» Searched your documents for “Zephyr valve pressure”\n» Read manual.pdf" in printed
    assert re.search(r"It is rated for 38 bar【1†L\d+】\.", printed)
    assert re.search(r"\[1\] 【1†L\d+】 manual\.pdf, page 2: .*Zephyr valve", printed)

    assert main([*argv[:-1], "--json", argv[-1]]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [s["tool"] for s in out["steps"]] == ["browser.search", "browser.open"]
    assert out["cited"] == [1] and out["sources"][0]["page"] == 2
    assert out["answer_numbered"] == "It is rated for 38 bar[1]."


# ---------------------------------------------------------------------------------------------
# OpenAI-style tools (what the local server uses): tools in, tool_calls out, results back


def test_openai_tools_round_trip(tiny_engine: LlamaEngine) -> None:
    from app.core.openai_tools import (
        ToolRequestError,
        client_toolbox,
        messages_for_tools,
        openai_tool_calls,
        tools_from_openai,
    )
    from app.core.session import build_session
    from tests.core.test_tools_render import official_render

    specs = tools_from_openai([WEATHER.as_openai()])
    assert specs == [WEATHER]
    with pytest.raises(ToolRequestError) as bad:
        tools_from_openai([{"type": "code_interpreter"}])
    assert bad.value.param == "tools[0]"

    # First request: the model calls the client's function; the turn ends and hands it out.
    engine = ScriptEngine(tiny_engine, [
        think("Need weather.") + call_function("get_weather", '{"city":"Oslo"}')])
    session = build_session(engine, Settings(), retriever=None, safety=None,
                            tools=client_toolbox(specs))
    list(session.turn(Conversation(), "Weather in Oslo?", SAMPLING))
    call = session.result.pending_call
    assert call is not None and session.result.stop_reason == "call"
    assert engine.prompts[0].tools == [WEATHER]  # declared as the template declares it
    out = openai_tool_calls(call.recipient, call.arguments)
    assert out[0]["function"] == {"name": "get_weather", "arguments": '{"city":"Oslo"}'}

    # Second request: the call and the client's result come back as messages.
    history = [Message("user", "Weather in Oslo?")]
    history += messages_for_tools({"role": "assistant", "content": None,
                                   "tool_calls": [{**out[0]}]}, history, "messages[1]")
    history += messages_for_tools({"role": "tool", "tool_call_id": out[0]["id"],
                                   "content": '{"sky": "clear"}'}, history, "messages[2]")
    conv = Conversation(history, date="2026-01-02", tools=specs)
    assert [(m.role, m.tool, m.content) for m in history[1:]] == [
        ("assistant", "functions.get_weather", '{"city": "Oslo"}'),
        ("tool", "functions.get_weather", '{"sky": "clear"}')]
    from app.core import harmony

    assert harmony.render_text(conv) == official_render(conv)
    engine = ScriptEngine(tiny_engine, [final("Clear skies.")])
    session = build_session(engine, Settings(), retriever=None, safety=None,
                            tools=client_toolbox(specs))
    list(session.run(_request(conv)))
    assert engine.prompts[0].messages == history  # no user message added: the work goes on
    assert session.result.answer == "Clear skies." and session.result.pending_call is None
    with pytest.raises(ToolRequestError):
        messages_for_tools({"role": "tool", "content": "x"}, [Message("user", "q")], "m")


def _request(conv: Conversation) -> Any:
    from app.core.chat import TurnRequest

    # The server passes the history (ending in the tool's result) and nothing new from the
    # user: the turn continues the assistant's work.
    return TurnRequest("", SAMPLING, conversation=conv)


def test_regenerating_a_browser_answer_offers_the_browser_again(tiny_engine: LlamaEngine,
                                                                 store: storage.Store) -> None:
    from app.core.chat import TurnRequest

    row = store.create_conversation("docs")
    index = DocumentIndex(store.connection)
    index.add_document(row.id, manual(), max_tokens=120, overlap=10)

    def session(scripts: list[Script]) -> tuple[ChatSession, ScriptEngine]:
        engine = ScriptEngine(tiny_engine, scripts)
        tools = Toolbox(browser=DocumentBrowser(index, row.id))
        return ChatSession(engine, store=store, conversation_id=row.id, tools=tools,
                           use_browser=lambda budget: True), engine

    first, engine1 = session([browser_call("search", '{"query": "Zephyr"}'),
                              final("Unsure.")])
    list(first.run(TurnRequest("Zephyr pressure?", SAMPLING)))
    user_id = first.result.user_message_id
    again, engine2 = session([browser_call("open", '{"id": "manual.pdf"}'), cite_the_fact])
    list(again.run(TurnRequest("Zephyr pressure?", SAMPLING, reply_to=user_id)))
    assert engine2.prompts[0].builtin_tools == ("browser",)
    assert engine2.prompts[0].messages[-1] == engine1.prompts[0].messages[-1]  # same question
    assert again.result.sources and again.result.sources[0].page == 2


def test_an_engine_that_renders_no_tools_gets_passages(store: storage.Store) -> None:
    """A remote server renders its own prompt: the browser cannot reach its model."""
    from app.core.remote_engine import openai_messages
    from app.core.session import build_session
    from tests.fixtures.scripted import ScriptedEngine

    row = store.create_conversation("docs")
    DocumentIndex(store.connection).add_document(row.id, manual(), max_tokens=120)
    session = build_session(ScriptedEngine([("final", ["ok"])]), Settings(document_mode="tools"),
                            store=store, conversation_id=row.id, safety=None)
    assert session.tools is not None and session.tools.browser is None
    history = Conversation([Message("user", "q"),
                            Message("assistant", "{}", tool="browser.search"),
                            Message("tool", "[0] ...", tool="browser.search"),
                            Message("assistant", "a"), Message("user", "q2")])
    assert [m["role"] for m in openai_messages(history)] == ["user", "assistant", "user"]
