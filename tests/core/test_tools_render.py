"""Tools in the prompt: declarations, calls and results render exactly as the official template
renders them (generated schemas and conversations), token for token on the real engine; and the
toolbox answers every call, also the broken ones."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import jinja2
import jinja2.ext
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.core import harmony
from app.core.harmony import Conversation, Message
from app.core.harmony_tools import ToolSpec, tojson
from app.core.tools import Function, Toolbox, parse_arguments


def official_render(conv: Conversation) -> str:
    """The official jinja template, set up as transformers and llama.cpp set it up, given the
    conversation the way an OpenAI-style client passes it (tools, tool_calls, tool messages)."""
    from app.core.synthetic_gguf import chat_template

    def raise_exception(msg: str) -> None:
        raise jinja2.exceptions.TemplateError(msg)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[jinja2.ext.loopcontrols])
    env.filters["tojson"] = lambda x, **kw: json.dumps(x, ensure_ascii=False)
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: dt.date.fromisoformat(conv.date).strftime(fmt)
    messages: list[dict[str, Any]] = []
    if conv.instructions:
        messages.append({"role": "developer", "content": conv.instructions})
    for m in conv.messages:
        if m.is_tool_call:
            assert m.tool is not None and m.tool.startswith("functions.")
            d: dict[str, Any] = {"role": "assistant", "tool_calls": [{"function": {
                "name": m.tool.removeprefix("functions."),
                "arguments": json.loads(m.content)}}]}
            if m.reasoning:
                d["thinking"] = m.reasoning
        elif m.role == "tool":
            d = {"role": "tool", "content": json.loads(m.content)}
        else:
            d = {"role": m.role, "content": m.content}
            if m.role == "assistant" and m.reasoning:
                d["thinking"] = m.reasoning
        messages.append(d)
    kwargs: dict[str, Any] = {"reasoning_effort": conv.reasoning_effort}
    if conv.tools:
        kwargs["tools"] = [t.as_openai() for t in conv.tools]
    if conv.builtin_tools:
        kwargs["builtin_tools"] = list(conv.builtin_tools)
    return env.from_string(chat_template()).render(messages=messages, add_generation_prompt=True,
                                                   **kwargs)


# ---------------------------------------------------------------------------------------------
# Generated schemas and conversations

words = st.text(alphabet=st.characters(categories=["L", "N"], include_characters="_ "),
                min_size=0, max_size=12)
names = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
scalars = st.one_of(st.text(max_size=8), st.integers(-5, 5), st.booleans())


def schemas(depth: int = 2) -> st.SearchStrategy[dict[str, Any]]:
    leaf = st.one_of(
        st.builds(lambda t: {"type": t}, st.sampled_from(["string", "number", "integer",
                                                          "boolean", "object", "null"])),
        st.builds(lambda e: {"type": "string", "enum": e},
                  st.lists(st.text(alphabet="abcxyz", min_size=1, max_size=4), min_size=1,
                           max_size=3)),
        st.builds(lambda t: {"type": t}, st.lists(st.sampled_from(["string", "number", "null"]),
                                                  min_size=1, max_size=3)),
        st.builds(lambda: {"type": "string", "nullable": True}),
    )
    if depth == 0:
        return leaf
    inner = schemas(depth - 1)
    return st.one_of(
        leaf,
        st.builds(lambda i, n: {"type": "array", "items": i, **({"nullable": True} if n else {})},
                  inner, st.booleans()),
        st.builds(lambda: {"type": "array"}),
        st.builds(lambda p, r: {"type": "object", "properties": p,
                                "required": [k for k in p if r]},
                  st.dictionaries(names, inner, min_size=1, max_size=3), st.booleans()),
        st.builds(lambda vs: {"oneOf": vs}, st.lists(leaf, min_size=1, max_size=3)),
    )


@st.composite
def parameters(draw: st.DrawFn) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for name in draw(st.lists(names, max_size=4, unique=True)):
        spec = dict(draw(schemas()))
        if draw(st.booleans()):
            spec["description"] = draw(words)
        if draw(st.integers(0, 3)) == 0:
            # The template concatenates enum and oneOf defaults as text: only strings work there.
            spec["default"] = (draw(st.text(alphabet="abc", max_size=3))
                               if spec.get("enum") or spec.get("oneOf") else draw(scalars))
        props[name] = spec
    required = [n for n in props if draw(st.booleans())]
    return {"type": "object", "properties": props, "required": required}


tool_specs = st.lists(st.builds(ToolSpec, names, words, parameters()), max_size=3,
                      unique_by=lambda t: t.name)
json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-99, 99),
                                     st.text(max_size=10)),
                           lambda v: st.one_of(st.lists(v, max_size=3),
                                               st.dictionaries(names, v, max_size=3)),
                           max_leaves=6)
plain = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=20).filter(
    lambda s: "<|channel|>" not in s)


@st.composite
def tool_conversations(draw: st.DrawFn) -> Conversation:
    tools = draw(tool_specs)
    msgs: list[Message] = []
    for _ in range(draw(st.integers(1, 3))):
        msgs.append(Message("user", draw(plain)))
        for _ in range(draw(st.integers(0, 2)) if tools else 0):
            tool = draw(st.sampled_from(tools))
            args = draw(st.dictionaries(names, json_values, max_size=3))
            name = f"functions.{tool.name}"
            msgs.append(Message("assistant", tojson(args), draw(plain), tool=name))
            msgs.append(Message("tool", tojson(draw(json_values)), tool=name))
        if draw(st.booleans()):
            msgs.append(Message("assistant", draw(plain), draw(plain)))
    if msgs[-1].role == "assistant" and not msgs[-1].is_tool_call:
        msgs.append(Message("user", draw(plain)))
    return Conversation(msgs, instructions=draw(st.one_of(st.just(""), plain)),
                        reasoning_effort=draw(st.sampled_from(harmony.REASONING_EFFORTS)),
                        date="2026-03-04", tools=tools,
                        builtin_tools=draw(st.sampled_from([(), ("browser",)])))


@settings(max_examples=150, deadline=None)
@given(tool_conversations())
def test_tool_conversations_render_as_the_template(conv: Conversation) -> None:
    assert harmony.render_text(conv) == official_render(conv)


def test_weather_example_renders_as_the_template() -> None:
    where = "The city and state, e.g. San Francisco, CA"
    weather = ToolSpec("get_current_weather", "Gets the current weather in the provided location.",
                       {"type": "object", "properties": {
                           "location": {"type": "string", "description": where},
                           "format": {"type": "string", "enum": ["celsius", "fahrenheit"],
                                      "default": "celsius"}},
                        "required": ["location"]})
    conv = Conversation([Message("user", "What is the weather like in SF?"),
                         Message("assistant", '{"location": "San Francisco"}',
                                 "Need to use function get_current_weather.",
                                 tool="functions.get_current_weather"),
                         Message("tool", '{"sunny": true, "temperature": 20}',
                                 tool="functions.get_current_weather")],
                        instructions="Use a friendly tone.", reasoning_effort="high",
                        date="2025-06-28", tools=[weather])
    text = harmony.render_text(conv)
    assert text == official_render(conv)
    # The shape harmony's own documentation shows for the same tools and call.
    assert ("// Gets the current weather in the provided location.\n"
            "type get_current_weather = (_: {\n"
            "// The city and state, e.g. San Francisco, CA\n"
            "location: string,\n"
            'format?: "celsius" | "fahrenheit", // default: celsius,\n'
            "}) => any;") in text
    assert text.endswith(
        "<|start|>assistant<|channel|>analysis<|message|>Need to use function "
        "get_current_weather.<|end|><|start|>assistant to=functions.get_current_weather"
        "<|channel|>commentary json<|message|>{\"location\": \"San Francisco\"}<|call|>"
        "<|start|>functions.get_current_weather to=assistant<|channel|>commentary<|message|>"
        "{\"sunny\": true, \"temperature\": 20}<|end|><|start|>assistant")


def test_browser_declaration_is_harmonys() -> None:
    """The system message with the browser equals harmony's own test data, byte for byte."""
    conv = Conversation([], date="2025-06-28", builtin_tools=("browser",))
    system = harmony.system_text(conv)
    assert system.startswith("You are ChatGPT, a large language model trained by OpenAI.\n"
                             "Knowledge cutoff: 2024-06\nCurrent date: 2025-06-28\n\n"
                             "Reasoning: medium\n\n# Tools\n\n## browser\n\n")
    assert "`【{cursor}†L{line_start}(-L{line_end})?】`" in system
    assert system.endswith("} // namespace browser\n\n# Valid channels: analysis, commentary, "
                           "final. Channel must be included for every message.")


def test_reasoning_of_calls_is_dropped_once_answered() -> None:
    call = Message("assistant", "{}", "THOUGHT-BEFORE-CALL", tool="functions.f")
    result = Message("tool", "1", tool="functions.f")
    tools = [ToolSpec("f", "F")]
    ongoing = Conversation([Message("user", "q"), call, result], tools=tools)
    assert "THOUGHT-BEFORE-CALL" in harmony.render_text(ongoing)
    done = Conversation([Message("user", "q"), call, result, Message("assistant", "A"),
                         Message("user", "q2")], tools=tools)
    assert "THOUGHT-BEFORE-CALL" not in harmony.render_text(done)
    assert harmony.render_text(done) == official_render(done)


def test_browser_calls_render_on_the_analysis_channel() -> None:
    conv = Conversation([Message("user", "q"),
                         Message("assistant", '{"query":"x"}', "think", tool="browser.search"),
                         Message("tool", "[0] x\nL0: hit", tool="browser.search")],
                        builtin_tools=("browser",))
    assert harmony.render_text(conv).endswith(
        "<|start|>assistant<|channel|>analysis<|message|>think<|end|>"
        "<|start|>assistant to=browser.search<|channel|>analysis<|message|>{\"query\":\"x\"}"
        "<|call|><|start|>browser.search to=assistant<|channel|>analysis<|message|>[0] x\n"
        "L0: hit<|end|><|start|>assistant")


FIXTURE_OK = [HealthCheck.function_scoped_fixture]


@settings(max_examples=25, deadline=None, suppress_health_check=FIXTURE_OK)
@given(tool_conversations())
def test_tool_prompt_tokens_equal_template_tokenized(tiny_engine: Any,
                                                    conv: Conversation) -> None:
    """On the real engine: our ids equal llama.cpp tokenizing the template's text."""
    if any("<|" in m.content or "<|" in m.reasoning for m in conv.messages) or \
            "<|" in conv.instructions:
        return  # such text is deliberately tokenized differently (injection tests)
    expected = tiny_engine._llm.tokenize(official_render(conv).encode("utf-8"), add_bos=False,
                                         special=True)
    assert tiny_engine.encoder.encode(conv) == list(expected)


# ---------------------------------------------------------------------------------------------
# The toolbox


def weather_box(**kw: Any) -> Toolbox:
    spec = ToolSpec("get_weather", "Weather for a city.",
                    {"type": "object", "properties": {"city": {"type": "string"},
                                                      "days": {"type": "integer"}},
                     "required": ["city"]})

    def run(args: dict[str, Any]) -> Any:
        if args["city"] == "Atlantis":
            raise LookupError("no such city")
        return {"city": args["city"], "sunny": True}

    return Toolbox([Function(spec, run, lambda a: f"Looked up the weather in {a['city']}")],
                   **kw)


def test_toolbox_runs_a_function_and_answers_in_json() -> None:
    out = weather_box().call("functions.get_weather", '{"city": "Oslo"}')
    assert out.ok and json.loads(out.text) == {"city": "Oslo", "sunny": True}
    assert out.summary == "Looked up the weather in Oslo"


@pytest.mark.parametrize(("recipient", "arguments", "needle"), [
    ("functions.nope", "{}", "is not available"),
    ("browser.search", '{"query": "x"}', "is not available"),
    ("functions.get_weather", "{city: Oslo}", "not valid JSON"),
    ("functions.get_weather", "[1]", "must be a JSON object"),
    ("functions.get_weather", "{}", "Missing required argument(s): city"),
    ("functions.get_weather", '{"city": "Oslo", "days": "two"}', "must be a number"),
    ("functions.get_weather", '{"city": "Atlantis"}', "LookupError: no such city"),
])
def test_toolbox_answers_every_broken_call(recipient: str, arguments: str, needle: str) -> None:
    out = weather_box().call(recipient, arguments)
    assert not out.ok and needle in out.text
    if recipient.startswith("functions."):
        assert "error" in json.loads(out.text)  # a function's answer stays JSON


def test_arguments_in_a_code_fence_are_read() -> None:
    assert parse_arguments('```json\n{"a": 1}\n```') == {"a": 1}
    assert parse_arguments("  ") == {}
