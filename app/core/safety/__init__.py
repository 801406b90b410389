"""Local safety filter: rule lists plus an optional model judge; nothing leaves the machine."""

from app.core.safety.decision import (
    CATEGORIES,
    LOCKED_CATEGORIES,
    Category,
    Decision,
    Verdict,
    category_name,
    normalize_category,
)
from app.core.safety.filter import (
    ACTIONS,
    STRICTNESS,
    SafetyFilter,
    StreamChecker,
    caring_reply,
    detect_language,
    refusal_message,
)
from app.core.safety.guard import (
    Guard,
    GuardResult,
    GuardVerdict,
    JudgeGuard,
    LlamaGuardFormat,
    Qwen3GuardFormat,
)
from app.core.safety.judge import POLICY, JudgeOpinion, ModelJudge, parse_opinion
from app.core.safety.log import DecisionLog, LogEntry
from app.core.safety.rules import RulesError, RuleSet, default_rules
from app.core.safety.stream import AnswerMonitor, MonitorEvent, Piece, Shown, Stopped

__all__ = [
    "ACTIONS", "CATEGORIES", "LOCKED_CATEGORIES", "POLICY", "STRICTNESS", "AnswerMonitor",
    "Category", "Decision", "DecisionLog", "Guard", "GuardResult", "GuardVerdict", "JudgeGuard",
    "JudgeOpinion", "LlamaGuardFormat", "LogEntry", "ModelJudge", "MonitorEvent", "Piece",
    "Qwen3GuardFormat", "RuleSet", "RulesError", "SafetyFilter", "Shown", "Stopped",
    "StreamChecker", "Verdict", "caring_reply", "category_name", "default_rules",
    "detect_language", "normalize_category", "parse_opinion", "refusal_message",
]
