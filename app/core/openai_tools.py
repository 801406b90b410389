"""OpenAI-style tools for the local server: `tools` in, `tool_calls` out, with the turn's own code.

A client of the OpenAI API declares functions in `tools`, gets the model's call back as
`tool_calls` (finish reason "tool_calls"), runs it, and sends the result as a `tool` message in
the next request. The functions are declared to the model exactly as in the app (the official
template's rendering); the turn ends on a call to one of them (`Function(run=None)`), while a call
to a tool the client did not declare is answered "not available" and the model goes on, as in
the app. Messages carrying earlier calls and results become the same harmony messages the
template renders.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from app.core.harmony import Message
from app.core.harmony_tools import FUNCTIONS, ToolSpec, tojson
from app.core.tools import Function, Toolbox


class ToolRequestError(ValueError):
    """A request's tools or tool messages are malformed; `param` names where (OpenAI's
    `error.param`)."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


def tools_from_openai(tools: Any) -> list[ToolSpec]:
    """The functions of an OpenAI `tools` list (`{"type": "function", "function": {name,
    description, parameters}}`); ToolRequestError says what is wrong."""
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise ToolRequestError("'tools' must be a list", "tools")
    specs: list[ToolSpec] = []
    seen: set[str] = set()
    for i, tool in enumerate(tools):
        where = f"tools[{i}]"
        if not isinstance(tool, Mapping) or tool.get("type", "function") != "function":
            raise ToolRequestError("Only tools of type 'function' are supported", where)
        fn = tool.get("function")
        if not isinstance(fn, Mapping):
            raise ToolRequestError("A tool needs a 'function' object", where)
        name = fn.get("name")
        if not isinstance(name, str) or not name or not all(
                c.isalnum() or c in "_-" for c in name):
            raise ToolRequestError("A function's name must be letters, digits, '_' or '-'",
                                   f"{where}.function.name")
        if name in seen:
            raise ToolRequestError(f"The function {name!r} is declared twice",
                                   f"{where}.function.name")
        seen.add(name)
        params = fn.get("parameters") or {}
        if not isinstance(params, Mapping):
            raise ToolRequestError("A function's parameters must be a JSON schema object",
                                   f"{where}.function.parameters")
        description = fn.get("description") or ""
        if not isinstance(description, str):
            raise ToolRequestError("A function's description must be text",
                                   f"{where}.function.description")
        specs.append(ToolSpec(name, description, dict(params)))
    return specs


def client_toolbox(specs: Sequence[ToolSpec]) -> Toolbox:
    """The toolbox of a served request: the client's functions, run by the client."""
    return Toolbox([Function(spec, None) for spec in specs])


def _canonical_arguments(arguments: Any) -> str:
    """Arguments as the template renders them (`tojson` of the object); text that is not JSON
    stays as it is."""
    if isinstance(arguments, Mapping | list):
        return tojson(arguments)
    if isinstance(arguments, str):
        try:
            return tojson(json.loads(arguments))
        except ValueError:
            return arguments
    return tojson(arguments)


def _result_text(content: Any) -> str:
    """A tool message's content as the model reads it: JSON as JSON (what the template renders
    for structured content, and what harmony shows), other text as the template's `tojson` of
    it."""
    if isinstance(content, list):  # OpenAI content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, Mapping))
    if isinstance(content, str):
        try:
            value = json.loads(content)
        except ValueError:
            return tojson(content)
        if isinstance(value, dict | list):
            return tojson(value)
        return tojson(content)
    return tojson(content)


def messages_for_tools(message: Mapping[str, Any], history: Sequence[Message],
                       where: str) -> list[Message]:
    """The harmony messages for an OpenAI assistant message with `tool_calls`, or a `tool`
    message (`history`: the messages so far, to name the tool a result answers)."""
    role = message.get("role")
    if role == "tool" or role == "function":
        call_id = message.get("tool_call_id")
        name = None
        for m in reversed(history):
            if m.is_tool_call and (not call_id or m.call_id == call_id):
                name = m.tool
                break
        if name is None:
            raise ToolRequestError("A tool message must follow the assistant's tool call",
                                   where)
        return [Message("tool", _result_text(message.get("content")), tool=name)]
    calls = message.get("tool_calls")
    if not isinstance(calls, list) or not calls:
        raise ToolRequestError("'tool_calls' must be a non-empty list", where)
    thinking = (message.get("reasoning_content") or message.get("reasoning")
                or message.get("thinking") or message.get("content") or "")
    out: list[Message] = []
    for i, call in enumerate(calls):
        fn = call.get("function") if isinstance(call, Mapping) else None
        if not isinstance(fn, Mapping) or not isinstance(fn.get("name"), str):
            raise ToolRequestError("A tool call needs a function name",
                                   f"{where}.tool_calls[{i}]")
        out.append(Message("assistant", _canonical_arguments(fn.get("arguments", {})),
                           thinking if i == 0 and isinstance(thinking, str) else "",
                           tool=f"{FUNCTIONS}.{fn['name']}", call_id=str(call.get("id") or "")))
    return out


def openai_tool_calls(recipient: str, arguments: str) -> list[dict[str, Any]]:
    """The `tool_calls` of a response whose turn ended on a call to the client's function."""
    name = recipient.removeprefix(f"{FUNCTIONS}.")
    return [{"id": f"call_{uuid.uuid4().hex[:24]}", "type": "function",
             "function": {"name": name, "arguments": arguments}}]


__all__ = ["ToolRequestError", "client_toolbox", "messages_for_tools", "openai_tool_calls",
           "tools_from_openai"]
