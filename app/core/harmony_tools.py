"""Tool declarations in harmony: functions as the official template renders them, and the browser.

gpt-oss was trained on one way of writing tools down: developer functions as a TypeScript-like
`namespace functions { ... }` in the developer message, built-in tools (the browser) in the system
message. `render_functions` is a port of the template's `render_tool_namespace` and
`render_typescript_type` macros, quirks included (a nested object's members start on a new line
after `: `), because the same conversation must render to the same text: tests compare it with
the jinja template on generated schemas.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ToolSpec:
    """A function the model may call: what the developer message declares for it."""

    name: str
    description: str
    parameters: Mapping[str, Any] = field(default_factory=dict)  # a JSON schema (type object)

    def as_openai(self) -> dict[str, Any]:
        """The OpenAI `tools` entry for this function (what the official template reads)."""
        return {"type": "function", "function": {"name": self.name,
                                                 "description": self.description,
                                                 "parameters": dict(self.parameters)}}


BROWSER = "browser"
FUNCTIONS = "functions"

# The browser's declaration, verbatim from the official template (and harmony's test data).
BROWSER_SYSTEM_TEXT = (
    "## browser\n\n"
    "// Tool for browsing.\n"
    "// The `cursor` appears in brackets before each browsing display: `[{cursor}]`.\n"
    "// Cite information from the tool using the following format:\n"
    "// `【{cursor}†L{line_start}(-L{line_end})?】`, for example: `【6†L9-L11】` or `【8†L3】`.\n"
    "// Do not quote more than 10 words directly from the tool output.\n"
    "// sources=web (default: web)\n"
    "namespace browser {\n\n"
    "// Searches for information related to `query` and displays `topn` results.\n"
    "type search = (_: {\n"
    "query: string,\n"
    "topn?: number, // default: 10\n"
    "source?: string,\n"
    "}) => any;\n\n"
    "// Opens the link `id` from the page indicated by `cursor` starting at line number `loc`, "
    "showing `num_lines` lines.\n"
    "// Valid link ids are displayed with the formatting: `【{id}†.*】`.\n"
    "// If `cursor` is not provided, the most recent page is implied.\n"
    "// If `id` is a string, it is treated as a fully qualified URL associated with `source`.\n"
    "// If `loc` is not provided, the viewport will be positioned at the beginning of the "
    "document or centered on the most relevant passage, if available.\n"
    "// Use this function without `id` to scroll to a new location of an opened page.\n"
    "type open = (_: {\n"
    "id?: number | string, // default: -1\n"
    "cursor?: number, // default: -1\n"
    "loc?: number, // default: -1\n"
    "num_lines?: number, // default: -1\n"
    "view_source?: boolean, // default: false\n"
    "source?: string,\n"
    "}) => any;\n\n"
    "// Finds exact matches of `pattern` in the current page, or the page given by `cursor`.\n"
    "type find = (_: {\n"
    "pattern: string,\n"
    "cursor?: number, // default: -1\n"
    "}) => any;\n\n"
    "} // namespace browser\n\n"
)

FUNCTIONS_CHANNEL_LINE = "Calls to these tools must go to the commentary channel: 'functions'."


def tojson(value: Any) -> str:
    """The template's `tojson` as transformers and llama.cpp define it."""
    return json.dumps(value, ensure_ascii=False)


def _jinja_str(value: Any) -> str:
    """How jinja prints a value inside `{{ }}` or `join` (Python's str, but booleans and None
    as Python spells them, which is what jinja does too)."""
    return str(value)


def _truthy(value: Any) -> bool:
    return bool(value)


def render_type(spec: Mapping[str, Any], required: Sequence[str] = ()) -> str:
    """`render_typescript_type`: a JSON-schema value as the template writes its type."""
    t = spec.get("type")
    if t == "array":
        items = spec.get("items")
        if _truthy(items) and isinstance(items, Mapping):
            it = items.get("type")
            if it == "string":
                out = "string[]"
            elif it in ("number", "integer"):
                out = "number[]"
            elif it == "boolean":
                out = "boolean[]"
            else:
                inner = render_type(items, required)
                out = "any[]" if inner == "object | object" or len(inner) > 50 else inner + "[]"
            if spec.get("nullable"):
                out += " | null"
            return out
        return "any[]" + (" | null" if spec.get("nullable") else "")
    if isinstance(t, list | tuple) and t:
        return " | ".join(_jinja_str(x) for x in t) if len(t) > 1 else _jinja_str(t[0])
    one_of = spec.get("oneOf")
    if _truthy(one_of) and isinstance(one_of, Sequence):
        # The template means to answer "any" for unions of objects, but its flag is set inside
        # a loop and jinja scopes it there: every union is written out variant by variant.
        parts: list[str] = []
        for n, variant in enumerate(one_of):
            piece = render_type(variant, required)
            if variant.get("description"):
                piece += "// " + str(variant["description"])
            if "default" in variant:
                piece += " " * 20 + "// default: " + tojson(variant["default"])
            if n < len(one_of) - 1:
                piece += " | \n"
            parts.append(piece)
        return "".join(parts)
    if t == "string":
        enum = spec.get("enum")
        if _truthy(enum) and isinstance(enum, Sequence):
            return '"' + '" | "'.join(_jinja_str(x) for x in enum) + '"'
        return "string" + (" | null" if spec.get("nullable") else "")
    if t in ("number", "integer"):
        return "number"
    if t == "boolean":
        return "boolean"
    if t == "object":
        props = spec.get("properties")
        if _truthy(props) and isinstance(props, Mapping):
            req = spec.get("required") or []
            members = []
            for name, sub in props.items():
                opt = "" if name in req else "?"
                members.append(f"{name}{opt}: \n{' ' * 16}{render_type(sub, req)}")
            return "{\n" + ", ".join(members) + "}"
        return "object"
    return "any"


def render_functions(tools: Sequence[ToolSpec], namespace: str = FUNCTIONS) -> str:
    """`render_tool_namespace`: the `## functions` section of the developer message."""
    out = [f"## {namespace}\n\n", f"namespace {namespace} {{\n\n"]
    for tool in tools:
        out.append(f"// {tool.description}\n")
        out.append(f"type {tool.name} = ")
        params = tool.parameters or {}
        props = params.get("properties")
        if _truthy(params) and _truthy(props) and isinstance(props, Mapping):
            required = params.get("required") or []
            out.append("(_: {\n")
            for name, spec in props.items():
                if spec.get("description"):
                    out.append(f"// {spec['description']}\n")
                out.append(name)
                if name not in required:
                    out.append("?")
                out.append(": ")
                out.append(render_type(spec, required))
                if "default" in spec:
                    if spec.get("enum"):
                        out.append(", // default: " + _jinja_str(spec["default"]))
                    elif spec.get("oneOf"):
                        out.append("// default: " + _jinja_str(spec["default"]))
                    else:
                        out.append(", // default: " + tojson(spec["default"]))
                out.append(",\n")
            out.append("}) => any;\n\n")
        else:
            out.append("() => any;\n\n")
    out.append(f"}} // namespace {namespace}")
    return "".join(out)


def developer_tools_text(tools: Sequence[ToolSpec]) -> str:
    """What the developer message gets after its instructions when functions are declared."""
    return "# Tools\n\n" + render_functions(tools)


def system_tools_text(builtin: Sequence[str]) -> str:
    """The system message's `# Tools` section for built-in tools (only the browser is offered:
    Hearth has no Python sandbox)."""
    if BROWSER not in builtin:
        return ""
    return "# Tools\n\n" + BROWSER_SYSTEM_TEXT


__all__ = [
    "BROWSER", "BROWSER_SYSTEM_TEXT", "FUNCTIONS", "FUNCTIONS_CHANNEL_LINE", "ToolSpec",
    "developer_tools_text", "render_functions", "render_type", "system_tools_text", "tojson",
]
