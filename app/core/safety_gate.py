"""The safety filter as chat.SafetyGate, configured from settings, with an optional model judge
that runs on the loaded gpt-oss engine (only for borderline cases, while the engine is free)."""

from __future__ import annotations

import threading
from typing import Any

from app.core.engine import Engine, SamplingParams
from app.core.harmony import Conversation, Message, TextDelta
from app.core.safety import (
    Decision,
    ModelJudge,
    SafetyFilter,
    StreamChecker,
    detect_language,
    refusal_message,
)
from app.core.settings import Settings

JUDGE_MAX_TOKENS = 512


class SafetyGate:
    """Adapts SafetyFilter to what a chat turn asks of it."""

    def __init__(self, safety: SafetyFilter) -> None:
        self.filter = safety

    def check_prompt(self, text: str) -> Decision:
        return self.filter.check_prompt(text)

    def stream_checker(self) -> StreamChecker:
        return self.filter.stream_checker()

    def refusal_text(self, decision: Any, text: str) -> str:
        return refusal_message(decision, detect_language(text))


def engine_judge(engine: Engine) -> ModelJudge:
    """A judge that asks the loaded model, the policy as developer message, low reasoning."""

    def complete(policy: str, content: str) -> str:
        conv = Conversation([Message("user", content)], instructions=policy,
                            reasoning_effort="low")
        out: list[str] = []
        sampling = SamplingParams(temperature=0.0, max_tokens=JUDGE_MAX_TOKENS, seed=0)
        for ev in engine.stream(conv, sampling, threading.Event()):
            if isinstance(ev, TextDelta) and ev.channel == "final":
                out.append(ev.text)
        return "".join(out)

    return ModelJudge(complete)


def gate_from_settings(settings: Settings | None = None,
                       engine: Engine | None = None) -> SafetyGate | None:
    """The user's filter; None when switched off. With `engine` and the model check enabled,
    borderline cases are also put to the model."""
    settings = settings or Settings.load()
    if settings.safety_strictness == "off":
        return None
    judge = engine_judge(engine) if (engine is not None and settings.safety_model_check) else None
    return SafetyGate(SafetyFilter.from_settings(settings, judge=judge))
