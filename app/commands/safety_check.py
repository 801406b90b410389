"""`python main.py safety-check "text"`: run the local safety filter on a prompt or an answer."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.safety import (
    CATEGORIES,
    STRICTNESS,
    Decision,
    SafetyFilter,
    Verdict,
    caring_reply,
    category_name,
    detect_language,
    refusal_message,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BLOCKED = 0, 1, 2, 3

EPILOG = """exit codes: 0 allowed (verdict allow or warn), 1 the filter could not run,
2 wrong usage, 3 blocked. --json prints {"verdict", "category", "category_name", "reason",
"layer", "span", "rule", "via", "support", "notice", "model_seconds", "message"}. With --guard,
the guard model in that GGUF file (Qwen3Guard-Gen or Llama Guard 3) checks the text after the
rules. Nothing is logged and nothing leaves the machine."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "safety-check", help=tr("check text with the local safety filter"),
        description=tr("Check a prompt (or, with --answer, a model answer) with the local "
                       "safety filter and print the verdict, category and reason."),
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", help=tr("the text to check; '-' reads it from standard input"))
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    parser.add_argument("--strictness", choices=STRICTNESS, default="standard",
                        help=tr("how strict the filter is (default: standard)"))
    parser.add_argument("--category", action="append", default=[], metavar="ID=ACTION",
                        help=tr("per-category choice, e.g. S12=allow; ACTION is default, allow, "
                                "warn or block; may be repeated"))
    parser.add_argument("--answer", action="store_true",
                        help=tr("check the text as a streamed answer instead of a prompt"))
    parser.add_argument("--document", action="store_true",
                        help=tr("check the text as a pasted or attached document"))
    parser.add_argument("--guard", metavar="GGUF",
                        help=tr("also ask this guard model (Qwen3Guard-Gen or Llama Guard 3)"))
    parser.set_defaults(func=run)


def _actions(items: list[str]) -> dict[str, str]:
    actions: dict[str, str] = {}
    for item in items:
        category, _, action = item.partition("=")
        category = category.strip().upper()
        if category not in CATEGORIES or action not in ("default", "allow", "warn", "block"):
            raise ValueError(item)
        actions[category] = action
    return actions


def _check_answer(safety: SafetyFilter, text: str) -> Decision:
    from app.core.safety_gate import SafetyGate

    monitor = SafetyGate(safety).answer_monitor("")
    try:
        # Token-sized pieces, as the engine would deliver them.
        for start in range(0, len(text), 4):
            if monitor.stopped is not None:
                break
            monitor.feed("final", text[start:start + 4])
        monitor.finish()
        return monitor.decision
    finally:
        monitor.close()


def _load_guard(path: str) -> Any:
    from app.core.engine import SmallModel, SmallModelConfig
    from app.core.gguf_info import read_info
    from app.core.safety.guard import FORMATS, Guard, detect_family

    info = read_info(path)
    family = detect_family(f"{info.name} {path}",
                           str(info.metadata.get("tokenizer.chat_template") or ""),
                           info.architecture)
    if family not in FORMATS:
        raise HearthError(tr("{file} is not a guard model Hearth knows (Qwen3Guard-Gen or "
                             "Llama Guard 3).").format(file=path))
    runtime = SmallModel.load(SmallModelConfig(path, n_ctx=4096))
    return Guard(runtime, FORMATS[family](), info.name)


def run(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        actions = _actions(args.category)
    except ValueError as exc:
        print(tr("Bad --category {value}: use an id S1..S14 and one of default, allow, warn, "
                 "block, e.g. S12=allow.").format(value=exc), file=sys.stderr)
        return EXIT_USAGE
    guard = None
    try:
        guard = _load_guard(args.guard) if args.guard else None
        safety = SafetyFilter(args.strictness, actions, guard=guard)
        if args.answer:
            decision = _check_answer(safety, text)
        elif args.document:
            decision = safety.check_document(text, use_guard=guard is not None)
        else:
            decision = safety.check_prompt(text)
    except HearthError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    finally:
        if guard is not None:
            guard.runtime.close()
    if args.json:
        print(json.dumps({
            "verdict": decision.verdict.value,
            "category": decision.category,
            "category_name": category_name(decision.category) or None,
            "reason": decision.reason,
            "layer": decision.layer,
            "span": list(decision.span) if decision.span else None,
            "rule": decision.rule,
            "via": decision.via or None,
            "support": decision.support,
            "notice": decision.notice or None,
            "model_seconds": round(decision.model_seconds, 3),
            # What the app shows instead of an answer (the caring reply for self-harm).
            "message": refusal_message(decision, detect_language(text))
            if decision.blocked else None,
        }, ensure_ascii=False))
    else:
        line = decision.verdict.value
        if decision.category:
            line += f"  {decision.category} {category_name(decision.category)}"
        print(line)
        if decision.reason:
            print(decision.reason)
        if decision.span:
            start, end = decision.span
            print(tr("matched: {text}").format(text=text[start:end]))
        if decision.via:
            print(tr("found after undoing: {how}").format(how=decision.via))
        if decision.notice:
            print(decision.notice)
        if decision.support:
            print(caring_reply(detect_language(text), about_someone_else=True))
    return EXIT_BLOCKED if decision.verdict is Verdict.BLOCK else EXIT_OK
