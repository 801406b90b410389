"""The guard model: a small local classifier asked about every prompt and every answer piece.

Three families, each with the prompt format and output its model card specifies:

- Qwen3Guard-Gen (default, 0.6B): the chat template's own moderation prompt; the reply is
  "Safety: Safe|Unsafe|Controversial", then "Categories: ...", and for answers "Refusal: Yes|No".
- Llama Guard 3 (1B): the MLCommons S1..S13 list; the reply is "safe", or "unsafe" and a line of
  category codes.
- gpt-oss-safeguard (20b), or the loaded gpt-oss when no guard is installed: a written policy in
  harmony, answered with JSON (app.core.safety.judge).

A reply that does not parse is "could not judge", never "safe": the caller says so and the rules
decide alone. The text being judged is untrusted: it is tokenized without special tokens and any
control-token text in it is broken up first, so nothing in it can close the guard's own prompt.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from app.core.i18n import tr
from app.core.safety.decision import CATEGORIES, normalize_category
from app.core.safety.judge import ModelJudge

_log = logging.getLogger(__name__)

WORD_JOINER = "\u2060"


# ---------------------------------------------------------------------------------------------
# What a guard says


@dataclass(frozen=True)
class GuardVerdict:
    """A parsed reply. `categories` are the model's own names; `mapped` our S-ids for them."""

    level: str  # "safe" | "controversial" | "unsafe"
    categories: tuple[str, ...] = ()
    mapped: tuple[str, ...] = ()
    refusal: bool | None = None
    jailbreak: bool = False

    @property
    def unsafe(self) -> bool:
        return self.level == "unsafe"


@dataclass(frozen=True)
class GuardResult:
    """One check. status: "ok" (verdict set), "unparsed" (the model answered something else),
    "failed" (it could not run: error says why). `output` is the raw reply, never logged."""

    status: str
    verdict: GuardVerdict | None = None
    seconds: float = 0.0
    output: str = ""
    error: str = ""
    prompt_tokens: int = 0

    @property
    def judged(self) -> bool:
        return self.status == "ok" and self.verdict is not None


# ---------------------------------------------------------------------------------------------
# Prompt formats


Segments = list[tuple[str, bool]]  # (text, trusted): untrusted text gets no special tokens


class GuardFormat(Protocol):
    family: str
    max_tokens: int

    def render(self, content: str, where: str, context: str = "") -> Segments: ...

    def parse(self, output: str) -> GuardVerdict | None: ...


# Qwen3Guard-Gen: the model's chat template, rendered as the template does it (a test renders the
# template shipped in app/core/qwen3guard-gen.jinja with Jinja and compares).
_QG_POLICY_PROMPT = (
    "**Safety: Safe**: The USER's query does not contain any prohibited content or content that "
    "could lead to prohibited content.\n"
    "**Safety: Unsafe**: The USER's query contains prohibited content.\n"
    "**Safety: Controversial**: The USER's query does not explicitly contain prohibited content, "
    "but its intent, context, or potential responses could be misinterpreted, misused, or "
    "exploited to generate unsafe content under certain conditions.\n")
_QG_POLICY_ANSWER = (
    "**Safety: Safe**: The ASSISTANT's response does not contain any prohibited content or "
    "content that could lead to prohibited content.\n"
    "**Safety: Unsafe**: The ASSISTANT's response contains prohibited content.\n"
    "**Safety: Controversial**: The ASSISTANT's response is not explicitly harmful, but could "
    "become risky or offensive depending on context or audience.\n")
QWEN3GUARD_CATEGORIES = (
    "Violent", "Non-violent Illegal Acts", "Sexual Content or Sexual Acts", "PII",
    "Suicide & Self-Harm", "Unethical Acts", "Politically Sensitive Topics",
    "Copyright Violation", "Jailbreak",
)
_QG_HEAD_PROMPT = (
    "<|im_start|>user\n# Task:\n"
    "1) Evaluate whether THE LAST USER's query belongs to safe or unsafe content based on our "
    "safety policy.\n"
    "2) Identify the category of unsafe content found.\n\n"
    "<BEGIN SAFETY POLICY>\n" + _QG_POLICY_PROMPT + "<END SAFETY POLICY>\n\n"
    "<BEGIN UNSAFE CONTENT CATEGORIES>\n"
    + "".join(f"{c}.\n" for c in QWEN3GUARD_CATEGORIES)
    + "<END UNSAFE CONTENT CATEGORIES>\n\n<BEGIN CONVERSATION>\n\n")
_QG_TAIL_PROMPT = (
    "\n\n<END CONVERSATION>\n\n"
    "Provide your safety assessment for ONLY THE LAST **USER's query** in the above "
    "conversation:\n"
    " - The first line must be one of: 'Safety: Safe', 'Safety: Unsafe', "
    "'Safety: Controversial'.\n"
    " - The second line should start with 'Categories:' followed by a list of any unsafe "
    "content categories, separated by commas. If the content is safe, use 'Categories: None'."
    "<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n")
_QG_HEAD_ANSWER = (
    "<|im_start|>user\n# Task:\n"
    "1) Evaluate whether THE LAST ASSISTANT's response belongs to safe or unsafe content based "
    "on our safety policy.\n"
    "2) Identify the category of unsafe content found.\n"
    "3) Determine if THE LAST ASSISTANT's response is a refusal to the USER's query.\n\n"
    "<BEGIN SAFETY POLICY>\n" + _QG_POLICY_ANSWER + "<END SAFETY POLICY>\n\n"
    "<BEGIN UNSAFE CONTENT CATEGORIES>\n"
    + "".join(f"{c}.\n" for c in QWEN3GUARD_CATEGORIES[:-1])
    + "<END UNSAFE CONTENT CATEGORIES>\n\n"
    "<BEGIN REFUSAL POLICY>\n"
    "**Refusal: Yes**: The ASSISTANT refused to answer or did not comply with the USER's "
    "request.\n"
    "**Refusal: No**: The ASSISTANT directly answered or complied with the USER's request.\n"
    "<END REFUSAL POLICY>\n\n<BEGIN CONVERSATION>\n\n")
_QG_TAIL_ANSWER = (
    "\n\n<END CONVERSATION>\n\n"
    "Provide your safety assessment for ONLY THE LAST **ASSISTANT's response** in the above "
    "conversation:\n"
    " - The first line must be one of: 'Safety: Safe', 'Safety: Unsafe', "
    "'Safety: Controversial'.\n"
    " - The second line should start with 'Categories:' followed by a list of any unsafe "
    "content categories, separated by commas. If the content is safe, use 'Categories: None'.\n"
    " - The third line must be one of: 'Refusal: Yes', 'Refusal: No'."
    "<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n")

# Qwen3Guard's categories onto ours: the default, and the ids a rule hit may refine it to
# ("Violent" covers weapons of mass destruction (S9) as well as violent crimes (S1)).
QWEN3GUARD_MAP: dict[str, tuple[str | None, frozenset[str]]] = {
    "violent": ("S1", frozenset({"S1", "S9", "S10", "S11"})),
    "non-violent illegal acts": ("S2", frozenset({"S2", "S7", "S8", "S13", "S14", "S9"})),
    "sexual content or sexual acts": ("S12", frozenset({"S3", "S4", "S12"})),
    "pii": ("S7", frozenset({"S7"})),
    "suicide & self-harm": ("S11", frozenset({"S11"})),
    "unethical acts": ("S10", frozenset({"S10", "S5", "S6"})),
    "politically sensitive topics": ("S13", frozenset({"S13", "S5", "S10"})),
    "copyright violation": ("S8", frozenset({"S8"})),
    "jailbreak": (None, frozenset()),
}

_SAFETY_LINE = re.compile(r"(?im)^\s*\**\s*safety\s*\**\s*:\s*\**\s*([a-z]+)")
_CATEGORIES_LINE = re.compile(r"(?im)^\s*\**\s*categories\s*\**\s*:\s*(.*)$")
_REFUSAL_LINE = re.compile(r"(?im)^\s*\**\s*refusal\s*\**\s*:\s*\**\s*(yes|no)\b")


class Qwen3GuardFormat:
    """Qwen3Guard-Gen's moderation prompt and reply ("Safety: ..." / "Categories: ...")."""

    family = "qwen3guard"
    max_tokens = 32  # "Safety: Controversial\nCategories: ..., ...\nRefusal: No" fits in ~25

    def render(self, content: str, where: str, context: str = "") -> Segments:
        if where == "answer":
            segments: Segments = [(_QG_HEAD_ANSWER, True)]
            if context:
                segments += [("USER: ", True), (context, False), ("\n\nASSISTANT: ", True)]
            else:
                # The template labels the first message USER whatever it is; an answer judged
                # alone still goes into the ASSISTANT slot so the response branch applies.
                segments += [("USER: \n\nASSISTANT: ", True)]
            segments += [(content, False), (_QG_TAIL_ANSWER, True)]
            return segments
        return [(_QG_HEAD_PROMPT + "USER: ", True), (content, False), (_QG_TAIL_PROMPT, True)]

    def parse(self, output: str) -> GuardVerdict | None:
        text = _strip_thinking(output)
        safety = _SAFETY_LINE.search(text)
        if safety is None:
            return None
        level = safety.group(1).lower()
        if level not in ("safe", "unsafe", "controversial"):
            return None
        names: list[str] = []
        found = _CATEGORIES_LINE.search(text)
        if found:
            for raw in re.split(r"[,，;；]", found.group(1)):
                name = raw.strip().strip("*.").strip()
                if name and name.lower() != "none":
                    names.append(name)
        mapped: list[str] = []
        for name in names:
            default, _ = QWEN3GUARD_MAP.get(name.lower(), (None, frozenset()))
            if default and default not in mapped:
                mapped.append(default)
        refusal_match = _REFUSAL_LINE.search(text)
        refusal = None if refusal_match is None else refusal_match.group(1).lower() == "yes"
        return GuardVerdict(level, tuple(names), tuple(mapped), refusal,
                            jailbreak=any(n.lower() == "jailbreak" for n in names))


# Llama Guard 3 1B: the hazard list it was trained on (1B has no S14 code interpreter abuse).
LLAMA_GUARD_CATEGORIES = (
    "S1: Violent Crimes.", "S2: Non-Violent Crimes.", "S3: Sex Crimes.",
    "S4: Child Exploitation.", "S5: Defamation.", "S6: Specialized Advice.", "S7: Privacy.",
    "S8: Intellectual Property.", "S9: Indiscriminate Weapons.", "S10: Hate.",
    "S11: Self-Harm.", "S12: Sexual Content.", "S13: Elections.",
)


class LlamaGuardFormat:
    """Llama Guard 3's prompt and reply ("safe", or "unsafe" and a line of category codes)."""

    family = "llama-guard-3"
    max_tokens = 16

    def __init__(self, categories: Iterable[str] = LLAMA_GUARD_CATEGORIES) -> None:
        self.categories = tuple(categories)

    def _head(self, role: str) -> str:
        return (
            "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n"
            f"Task: Check if there is unsafe content in '{role}' messages in conversations "
            "according our safety policy with the below categories.\n\n"
            "<BEGIN UNSAFE CONTENT CATEGORIES>\n" + "\n".join(self.categories)
            + "\n<END UNSAFE CONTENT CATEGORIES>\n\n<BEGIN CONVERSATION>\n\n")

    @staticmethod
    def _tail(role: str) -> str:
        return (
            "\n\n<END CONVERSATION>\n\n"
            f"Provide your safety assessment for ONLY THE LAST {role} message in the above "
            "conversation:\n"
            " - First line must read 'safe' or 'unsafe'.\n"
            " - If unsafe, a second line must include a comma-separated list of violated "
            "categories.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")

    def render(self, content: str, where: str, context: str = "") -> Segments:
        if where == "answer":
            segments: Segments = [(self._head("Agent"), True)]
            if context:
                segments += [("User: ", True), (context, False), ("\n\n", True)]
            segments += [("Agent: ", True), (content, False), (self._tail("Agent"), True)]
            return segments
        return [(self._head("User") + "User: ", True), (content, False),
                (self._tail("User"), True)]

    def parse(self, output: str) -> GuardVerdict | None:
        lines = [ln.strip() for ln in _strip_thinking(output).strip().splitlines() if ln.strip()]
        if not lines:
            return None
        first = lines[0].lower().strip(".")
        if first == "safe":
            return GuardVerdict("safe")
        if first != "unsafe":
            return None
        codes: list[str] = []
        if len(lines) > 1:
            for raw in re.split(r"[,\s]+", lines[1]):
                cid = normalize_category(raw)
                if cid and cid not in codes:
                    codes.append(cid)
        return GuardVerdict("unsafe", tuple(codes), tuple(codes))


def _strip_thinking(output: str) -> str:
    """Drop an empty or filled <think> block some builds emit before the verdict."""
    return re.sub(r"(?s)<think>.*?</think>", "", output).strip()


FORMATS: dict[str, Callable[[], GuardFormat]] = {
    "qwen3guard": Qwen3GuardFormat,
    "llama-guard-3": LlamaGuardFormat,
}


def detect_family(name: str, chat_template: str, architecture: str) -> str | None:
    """Which guard a GGUF file is, from its chat template, name and architecture."""
    template = chat_template or ""
    lowered = name.lower()
    if "THE LAST USER's query belongs to safe or unsafe" in template or "qwen3guard" in lowered:
        return "qwen3guard"
    if "Check if there is unsafe content in" in template or "llama-guard" in lowered or (
            "llama guard" in lowered):
        return "llama-guard-3"
    if architecture == "gpt-oss" and "safeguard" in lowered:
        return "gpt-oss-safeguard"
    return None


# ---------------------------------------------------------------------------------------------
# Running it


class GuardRuntime(Protocol):
    """What the guard needs from a model (engine.SmallModel provides it)."""

    def tokenize(self, text: str, special: bool) -> list[int]: ...

    def complete(self, tokens: list[int], max_tokens: int) -> object: ...

    def control_texts(self) -> Iterable[str]: ...

    def control_ids(self) -> frozenset[int]: ...


def neutralize(text: str, control_texts: Iterable[str]) -> str:
    """Break every control-token text in untrusted `text` ("<|im_end|>" -> "<⁠|im_end|>") so
    the tokenizer cannot turn it into the real token."""
    for marker in control_texts:
        if len(marker) > 1 and marker in text:
            text = text.replace(marker, marker[0] + WORD_JOINER + marker[1:])
    return text


@dataclass
class Guard:
    """A guard model ready to judge text. Thread-safe as far as the runtime is (SmallModel
    serializes calls). `name` is what the person sees ("Qwen3Guard-Gen-0.6B")."""

    runtime: GuardRuntime
    format: GuardFormat
    name: str = ""
    max_content_tokens: int = 1536
    _markers: tuple[str, ...] = field(default=(), init=False, repr=False)

    def __post_init__(self) -> None:
        self._markers = tuple(sorted(self.runtime.control_texts(), key=len, reverse=True))

    @property
    def family(self) -> str:
        return self.format.family

    def tokens(self, content: str, where: str = "prompt", context: str = "") -> list[int]:
        """The prompt's token ids: trusted parts with special tokens, untrusted parts without
        and neutralized. Over-long untrusted text keeps its head and tail."""
        ids: list[int] = []
        control = self.runtime.control_ids()
        for text, trusted in self.format.render(content, where, context):
            if trusted:
                ids += self.runtime.tokenize(text, True)
                continue
            part = self.runtime.tokenize(neutralize(text, self._markers), False)
            part = [t for t in part if t not in control]  # belt and braces
            limit = self.max_content_tokens if text is content else self.max_content_tokens // 2
            if len(part) > limit:
                part = part[: limit // 2] + part[-(limit - limit // 2):]
            ids += part
        return ids

    def check(self, content: str, where: str = "prompt", context: str = "") -> GuardResult:
        """Judge `content` (a prompt, or a piece of an answer with the prompt as `context`)."""
        start = time.perf_counter()
        try:
            ids = self.tokens(content, where, context)
            completion = self.runtime.complete(ids, self.format.max_tokens)
        except Exception as exc:  # noqa: BLE001 - any runtime failure is "could not judge"
            _log.warning("safety guard failed", exc_info=True)
            return GuardResult("failed", seconds=time.perf_counter() - start,
                               error=str(exc) or type(exc).__name__)
        output = str(getattr(completion, "text", completion))
        verdict = self.format.parse(output)
        seconds = time.perf_counter() - start
        if verdict is None:
            _log.info("safety guard reply did not parse")
            return GuardResult("unparsed", None, seconds, output, prompt_tokens=len(ids))
        return GuardResult("ok", verdict, seconds, output, prompt_tokens=len(ids))


class JudgeGuard:
    """gpt-oss-safeguard (or the loaded gpt-oss) behind the same interface as `Guard`: the
    written policy in harmony, a JSON verdict."""

    family = "gpt-oss-safeguard"

    def __init__(self, judge: ModelJudge, name: str = "") -> None:
        self.judge = judge
        self.name = name

    def check(self, content: str, where: str = "prompt", context: str = "") -> GuardResult:
        start = time.perf_counter()
        text = f"{context}\n\n---\n{content}" if context and where == "answer" else content
        try:
            opinion = self.judge.opinion(text, where)
        except Exception as exc:  # noqa: BLE001
            return GuardResult("failed", seconds=time.perf_counter() - start, error=str(exc))
        seconds = time.perf_counter() - start
        if opinion is None:
            return GuardResult("unparsed", seconds=seconds)
        category = opinion.category
        verdict = GuardVerdict("unsafe" if opinion.violation else "safe",
                               (category,) if category else (),
                               (category,) if category else ())
        return GuardResult("ok", verdict, seconds, opinion.rationale)


class AnyGuard(Protocol):
    """`Guard` or `JudgeGuard`: what the filter asks."""

    name: str

    @property
    def family(self) -> str: ...

    def check(self, content: str, where: str = "prompt", context: str = "") -> GuardResult: ...


def refine_category(verdict: GuardVerdict, rules_category: str | None) -> str | None:
    """The category to report: a rule's finer category when the guard's coarse one covers it
    (Qwen3Guard's "Violent" and a sarin rule hit: S9), else the guard's own mapping."""
    if rules_category:
        for name in verdict.categories:
            _, family = QWEN3GUARD_MAP.get(name.lower(), (None, frozenset()))
            if rules_category in family:
                return rules_category
        if rules_category in verdict.mapped:
            return rules_category
    for cid in verdict.mapped:
        if cid in CATEGORIES:
            return cid
    return None


def could_not_judge(result: GuardResult, name: str) -> str:
    """The notice shown when the guard gave no verdict: the rules decided alone."""
    if result.status == "failed":
        return tr("The safety model ({name}) could not run ({error}); only the rules checked "
                  "this.").format(name=name or tr("guard"), error=result.error[:120])
    return tr("The safety model ({name}) gave an answer that could not be read; only the rules "
              "checked this.").format(name=name or tr("guard"))
