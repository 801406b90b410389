"""The safety filter: checks prompts before generation and answers while they stream."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from app.core.i18n import tr
from app.core.safety.decision import (
    ALLOWED,
    CATEGORIES,
    LOCKED_CATEGORIES,
    Decision,
    Verdict,
    category_name,
)
from app.core.safety.framing import is_framed, seeks_help_for_someone_else
from app.core.safety.guard import AnyGuard, could_not_judge, refine_category
from app.core.safety.judge import JudgeOpinion, ModelJudge
from app.core.safety.log import DecisionLog
from app.core.safety.normalize import fold, variants
from app.core.safety.rules import (
    MAX_MATCH_CHARS,
    Hit,
    Normalizer,
    RuleSet,
    default_rules,
    is_traditional,
)
from app.core.settings import Settings

STRICTNESS = ("off", "standard", "strict")
ACTIONS = ("default", "allow", "warn", "block")
# A streamed match is judged once this many characters follow it (or at the end of the answer),
# so "kill a child" is not blocked before " process" arrives.
SETTLE_CHARS = 16
# The tail window is re-scanned once this many new characters have settled, not on every delta:
# a scan costs about the same for 4 new characters as for 32, so this divides the per-delta cost
# while a block still lands within a sentence of the unsafe words.
SCAN_EVERY = 32
# The lexicon is scanned once a sentence has settled, or at the latest after this many
# characters: its patterns cost about as much per scan as all the other rules together.
LEXICON_EVERY = 300


class SafetyFilter:
    """Rules first, then the guard model (if any) on whatever the rules did not block; without a
    guard, the model judge (if any) only for borderline hits. Thread-safe to share."""

    def __init__(
        self,
        strictness: str = "standard",
        category_actions: Mapping[str, str] | None = None,
        log: DecisionLog | None = None,
        judge: ModelJudge | None = None,
        rules: RuleSet | None = None,
        guard: AnyGuard | None = None,
    ) -> None:
        if strictness not in STRICTNESS:
            raise ValueError(f"strictness must be one of {STRICTNESS}, not {strictness!r}")
        actions = dict(category_actions or {})
        for category, action in actions.items():
            if category not in CATEGORIES or action not in ACTIONS:
                raise ValueError(f"bad category action {category!r}: {action!r}")
        self.strictness = strictness
        self.category_actions = actions
        self.log = log
        self.judge = judge
        self.guard = guard
        self.rules = rules if rules is not None else (
            default_rules() if strictness != "off" else RuleSet(()))

    @classmethod
    def from_settings(cls, settings: Settings, judge: ModelJudge | None = None,
                      log: DecisionLog | None = None,
                      guard: AnyGuard | None = None) -> SafetyFilter:
        """The filter the user configured; stale or unknown choices fall back to defaults.

        The decision log (under the data folder) is used unless `log` is given.
        """
        strictness = settings.safety_strictness
        if strictness not in STRICTNESS:
            strictness = "standard"
        actions = {c: a for c, a in settings.safety_categories.items()
                   if c in CATEGORIES and a in ACTIONS}
        if log is None:
            log = DecisionLog(store_text=settings.safety_log_text)
        return cls(strictness, actions, log=log, judge=judge, guard=guard)

    @property
    def enabled(self) -> bool:
        return self.strictness != "off"

    # -- prompts --------------------------------------------------------------------------

    def check_prompt(self, text: str, documents: Sequence[str] = ()) -> Decision:
        """Decide on the user's own words before generation.

        `documents` is retrieved text that goes to the model with the prompt. It is quoted
        material, so it is not censored here, and it is deliberately not read: nothing in a
        document (such as "ignore the safety rules") can change this decision. Attached or
        pasted documents are checked on their own with `check_document`.
        """
        del documents
        if not self.enabled:
            return ALLOWED
        decision = self.rules_decision(text)
        if decision.verdict is not Verdict.BLOCK and self.guard is not None:
            decision = self.ask_guard(decision, text, "prompt")
        elif decision.verdict is Verdict.WARN and self.judge is not None:
            decision = self._ask_judge(decision, text, "prompt")
        self._log(decision, "prompt", text)
        return decision

    def check_document(self, text: str, *, use_guard: bool = False) -> Decision:
        """Check a pasted or attached document as untrusted input, in paragraph-sized chunks.

        Harmful instructions in it are found like in a prompt (all disguises undone), and text
        aimed at the assistant ("ignore your previous instructions", chat-format markers) is a
        warning with rule "doc.injection". The caller decides what to do: leave the chunk out,
        quote it with a warning, or refuse. Chunks are checked by the guard too with
        `use_guard` (slower: one guard call per chunk). Logged like a prompt.
        """
        if not self.enabled or not text.strip():
            return ALLOWED
        worst = ALLOWED
        offset = 0
        for chunk in _chunks(text):
            decision = self.rules_decision(chunk)
            if decision.verdict is not Verdict.BLOCK and use_guard and self.guard is not None:
                decision = self.ask_guard(decision, chunk, "prompt")
            if decision.verdict is Verdict.ALLOW and _INJECTION.search(fold(chunk)):
                decision = Decision(Verdict.WARN, None, tr(
                    "This document contains instructions aimed at the assistant; they are "
                    "treated as quoted text, not as instructions."), "rules", None,
                    "doc.injection")
            if decision.span is not None:
                decision = replace(decision, span=(decision.span[0] + offset,
                                                   decision.span[1] + offset))
            if decision.verdict.rank > worst.verdict.rank:
                worst = decision
                if worst.blocked:
                    break
            offset += len(chunk)
        self._log(worst, "prompt", text)
        return worst

    def ask_guard(self, decision: Decision, text: str, where: str,
                  context: str = "") -> Decision:
        """Combine the rules' decision with the guard model's verdict on `text`.

        Unsafe blocks (per-category settings apply), controversial warns (blocks when strict),
        safe clears a borderline rules hit. A reply that does not parse, or a guard that fails,
        leaves the rules' decision with a notice saying so: never a silent "safe".
        """
        assert self.guard is not None
        result = self.guard.check(text, where, context)
        seconds = result.seconds
        name = getattr(self.guard, "name", "")
        if not result.judged or result.verdict is None:
            return replace(decision, notice=could_not_judge(result, name), model_seconds=seconds)
        verdict_of_guard = result.verdict
        if verdict_of_guard.level == "safe":
            if decision.verdict is Verdict.WARN:
                return Decision(Verdict.ALLOW, None, _reason(Verdict.ALLOW, None, "model"),
                                "model", None, decision.rule, model_seconds=seconds)
            return replace(decision, model_seconds=seconds)
        category = refine_category(verdict_of_guard, decision.category)
        if decision.support and category in (None, "S11"):
            # Help sought for someone else stays answered, with resources.
            return replace(decision, model_seconds=seconds)
        level = "block" if verdict_of_guard.unsafe else "warn"
        if category is None:
            only_jailbreak = verdict_of_guard.jailbreak and not verdict_of_guard.mapped
            if only_jailbreak:
                # A jailbreak attempt with a harmless request is no harm in itself; with a
                # borderline rules hit, or when strict, it is.
                strict = self.strictness == "strict" or decision.verdict is Verdict.WARN
                verdict = Verdict.BLOCK if strict else Verdict.WARN
            else:
                verdict = Verdict.BLOCK if level == "block" or self.strictness == "strict" \
                    else Verdict.WARN
        else:
            verdict = self.verdict_for(category, level)
        if decision.verdict.rank > verdict.rank:
            return replace(decision, model_seconds=seconds)
        if verdict is Verdict.ALLOW:
            return replace(decision, model_seconds=seconds)
        return Decision(verdict, category, _reason(verdict, category, "model"), "model",
                        decision.span, decision.rule, ", ".join(verdict_of_guard.categories),
                        via=decision.via, model_seconds=seconds)

    def rules_decision(self, text: str, *, decode: bool = True) -> Decision:
        """Rules and lexicon over every plain form of `text` (as written, de-obfuscated and,
        with `decode`, base64/ROT13/reversed); the most severe verdict wins. No model, no log."""
        if not self.enabled:
            return ALLOWED
        folded = fold(text)
        framed = is_framed(folded)
        best = ALLOWED
        for variant in variants(text, decode=decode, vocabulary=self._vocabulary()):
            normalizer = Normalizer()
            normalizer.append(text if variant.is_original else variant.text)
            hits = list(self.rules.scan(normalizer.text))
            if not variant.is_original:
                # A decoded form loses the words around it; the original's context (a game, a
                # defence question) still counts.
                hits = self._in_original_context(hits, folded)
            decision = self._decide(hits, normalizer, framed=framed)
            if decision.verdict is Verdict.ALLOW:
                continue
            if not variant.is_original:
                decision = replace(decision, span=None, via=variant.label)
            if decision.verdict.rank > best.verdict.rank:
                best = decision
                if best.verdict is Verdict.BLOCK:
                    break
        return self._with_support(best, folded)

    @staticmethod
    def _in_original_context(hits: list[Hit], folded: str) -> list[Hit]:
        kept: list[Hit] = []
        for hit in hits:
            rule = hit.rule
            if rule.unless is not None and rule.unless.search(folded):
                continue
            if hit.level == "block" and rule.soften is not None and rule.soften.search(folded):
                hit = Hit(rule, hit.start, hit.end, "warn")
            kept.append(hit)
        return kept

    def _vocabulary(self) -> tuple[str, ...]:
        return self.rules.vocabulary

    def _with_support(self, decision: Decision, folded: str) -> Decision:
        """Help sought for someone else in crisis is answered with resources, never blocked."""
        if decision.verdict is Verdict.BLOCK and decision.category != "S11":
            return decision
        if not seeks_help_for_someone_else(folded, decision.rule):
            return decision
        if decision.category != "S11" and not _CRISIS.search(folded):
            return decision
        return Decision(Verdict.ALLOW, "S11",
                        tr("Asking how to help someone else: answered, with help resources."),
                        "rules", None, decision.rule, support="S11")

    def stream_checker(self) -> StreamChecker:
        """A checker for one answer's final channel; feed it each delta as it arrives."""
        return StreamChecker(self)

    # -- shared ---------------------------------------------------------------------------

    def verdict_for(self, category: str, level: str) -> Verdict:
        """What a rule hit of `level` in `category` means under the current settings."""
        if not self.enabled:
            return Verdict.ALLOW
        base = Verdict.BLOCK if level == "block" or self.strictness == "strict" else Verdict.WARN
        action = self.category_actions.get(category, "default")
        if category in LOCKED_CATEGORIES or action == "default":
            return base
        if action == "allow":
            return Verdict.ALLOW
        if action == "warn":
            return Verdict.WARN
        return Verdict.BLOCK

    def _decide(self, hits: Iterable[Hit], normalizer: Normalizer,
                framed: bool = False) -> Decision:
        best: tuple[tuple[int, int, int], Verdict, Hit] | None = None
        for hit in hits:
            # A role-play or fictional wrapper is no reason to trust a softened hit: what the
            # rule would block on its own stays blocked.
            level = hit.rule.level if framed else hit.level
            verdict = self.verdict_for(hit.rule.category, level)
            if verdict is Verdict.ALLOW:
                continue
            # Most severe first; among equals a rule that blocks on its own beats one that
            # only blocks because of strict mode, then the earliest in the text.
            key = (verdict.rank, level == "block", -hit.start)
            if best is None or key > best[0]:
                best = (key, verdict, hit)
        if best is None:
            return ALLOWED
        _, verdict, hit = best
        return Decision(
            verdict=verdict,
            category=hit.rule.category,
            reason=_reason(verdict, hit.rule.category, "rules"),
            layer="rules",
            span=normalizer.original_span(hit.start, hit.end),
            rule=hit.rule.id,
            clear=verdict is Verdict.BLOCK and hit.level == "block",
        )

    def _ask_judge(self, decision: Decision, text: str, where: str) -> Decision:
        assert self.judge is not None
        opinion: JudgeOpinion | None = self.judge.opinion(text, where)
        if opinion is None:
            return decision
        if not opinion.violation:
            return Decision(Verdict.ALLOW, None, _reason(Verdict.ALLOW, None, "model"), "model",
                            None, decision.rule, opinion.rationale)
        category = opinion.category or decision.category
        verdict = self.verdict_for(category, "block") if category else Verdict.BLOCK
        return Decision(verdict, category, _reason(verdict, category, "model"), "model",
                        decision.span, decision.rule, opinion.rationale)

    def _log(self, decision: Decision, where: str, text: str) -> None:
        # Plain allows are not logged: the log is for what the filter did, not a diary of use.
        if self.log is not None and (decision.verdict is not Verdict.ALLOW
                                     or decision.layer == "model"):
            self.log.record(decision, where, text)


class StreamChecker:
    """Checks one streaming answer incrementally. Lives on the thread that receives the tokens.

    Each `feed` normalizes only the new delta and re-scans a bounded tail window (the longest
    possible match plus the settle margin), so its cost does not grow with the answer's length.
    """

    def __init__(self, safety: SafetyFilter) -> None:
        self._filter = safety
        self._normalizer = Normalizer()
        self._deltas: list[str] = []
        self._settled = 0  # normalized offset up to which matches have been judged
        self._lexicon_settled = 0  # the same for the lexicon, which runs per sentence
        self._blocked: Decision | None = None
        self._warned: Decision | None = None
        self._final: Decision | None = None

    @property
    def text(self) -> str:
        """The answer as fed so far, exactly as it came."""
        if len(self._deltas) > 1:
            self._deltas = ["".join(self._deltas)]
        return self._deltas[0] if self._deltas else ""

    @property
    def blocked(self) -> Decision | None:
        return self._blocked

    def feed(self, delta: str) -> Decision | None:
        """Add a delta. Returns a Decision when something new was found (a warning, or a block
        that should stop generation), else None. After a block every call returns that block.
        """
        if self._blocked is not None:
            return self._blocked
        if not delta:
            return None
        self._deltas.append(delta)
        if not self._filter.enabled:
            return None
        self._normalizer.append(delta)
        settle_to = self._normalizer.length - SETTLE_CHARS
        if settle_to - self._settled < SCAN_EVERY:
            return None
        return self._check(settle_to)

    def finish(self) -> Decision:
        """The end of the answer: judge what is left and return the decision for the whole."""
        if self._final is not None:
            return self._final
        if self._blocked is None and self._filter.enabled:
            self._check(self._normalizer.length)
        decision = self._blocked or self._warned or ALLOWED
        if decision.verdict is Verdict.WARN and self._filter.judge is not None:
            # The engine is free now, so the judge cannot slow the answer down.
            decision = self._filter._ask_judge(decision, self.text, "answer")
            if decision.layer == "model":
                self._filter._log(decision, "answer", self.text)
        self._final = decision
        return decision

    def safe_text(self) -> str:
        """The answer with the unsafe part removed: text before the sentence that was blocked."""
        text = self.text
        if self._blocked is None or self._blocked.span is None:
            return text
        head = text[: self._blocked.span[0]]
        cut = max(head.rfind(mark) for mark in ("\n", ". ", "! ", "? ", "。", "！", "？"))
        return head[: cut + 1].rstrip() if cut >= 0 else ""

    def _check(self, settle_to: int) -> Decision | None:
        if settle_to <= self._settled:
            return None
        text = self._normalizer.text
        start = max(0, self._settled - MAX_MATCH_CHARS)
        settled_from = self._settled
        hits = [h for h in self._filter.rules.scan(text, start, which="rules")
                if settled_from < h.end <= settle_to]
        # The lexicon's wide patterns cost about ten times the rest per scan: on the decode
        # thread they run once a sentence (or LEXICON_EVERY characters) has settled.
        fresh = text[self._lexicon_settled:settle_to]
        if settle_to >= len(text) or _SENTENCE_END.search(fresh) or len(fresh) > LEXICON_EVERY:
            lex_from = self._lexicon_settled
            hits += [h for h in self._filter.rules.scan(
                text, max(0, lex_from - MAX_MATCH_CHARS), which="lexicon")
                if lex_from < h.end <= settle_to]
            self._lexicon_settled = settle_to
        self._settled = settle_to
        if not hits:
            return None
        decision = self._filter._decide(hits, self._normalizer)
        if decision.verdict is Verdict.BLOCK:
            self._blocked = decision
            self._filter._log(decision, "answer", self.text)
            return decision
        if decision.verdict is Verdict.WARN and self._warned is None:
            self._warned = decision
            self._filter._log(decision, "answer", self.text)
            return decision
        return None


def _reason(verdict: Verdict, category: str | None, layer: str) -> str:
    name = category_name(category)
    if verdict is Verdict.BLOCK:
        if layer == "model":
            return tr("The safety model judged this as {category}, so it was blocked.").format(
                category=name)
        return tr("Blocked by the local safety filter: {category}.").format(category=name)
    if verdict is Verdict.WARN:
        return tr("This may touch on {category}.").format(category=name)
    if layer == "model":
        return tr("The safety model found no problem.")
    return ""


# Text in a document aimed at the assistant rather than at the reader.
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+)?"
    r"(?:previous|prior|above|earlier|system|original|safety)\s+(?:instructions|prompts?|rules|"
    r"guidelines|messages)|\byou\s+are\s+now\s+(?:in\s+)?(?:dan|developer\s+mode|unrestricted|"
    r"jailbroken)|\bnew\s+(?:system\s+)?instructions\s*:|\bsystem\s+prompt\s*:|"
    r"<\|(?:im_start|im_end|start|end|message|channel|system|eot_id|start_header_id)\|>|"
    r"\bassistant\s*,?\s+(?:you\s+must|please)\s+(?:now\s+)?(?:ignore|reveal|send|output)|"
    r"忽略(?:之前|以上|前面|所有|你的)(?:的)?(?:指令|指示|规则|设定)|你现在是.{0,6}(?:没有限制|不受限制)|新的指令[:：]")
CHUNK_CHARS = 1500


def _chunks(text: str) -> list[str]:
    """Paragraph-sized pieces of a document, at most about CHUNK_CHARS each, covering it all."""
    out: list[str] = []
    current = ""
    for para in re.split(r"(?<=\n\n)", text):
        while len(para) > CHUNK_CHARS:
            if current:
                out.append(current)
                current = ""
            out.append(para[:CHUNK_CHARS])
            para = para[CHUNK_CHARS:]
        if len(current) + len(para) > CHUNK_CHARS and current:
            out.append(current)
            current = ""
        current += para
    if current:
        out.append(current)
    return out


_SENTENCE_END = re.compile(r"[.!?。！？；\n]")
_CRISIS = re.compile(
    r"suicid\w*|kill\s+(?:him|her|them|my)sel(?:f|ves)|end\s+(?:his|her|their)\s+(?:own\s+)?life|"
    r"(?:doesn't|does\s+not|don't|do\s+not|didn't)\s+want\s+to\s+(?:live|be\s+alive|wake\s+up)|"
    r"self[\s-]?harm\w*|cutting\s+(?:him|her|them)sel(?:f|ves)|overdos\w*|hurt(?:ing)?\s+"
    r"(?:him|her|them)sel(?:f|ves)|自杀|自残|不想活|轻生|割腕|想死|寻死")


# -- what the user sees instead ---------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def detect_language(text: str) -> str:
    """'zh' when the text is mostly Chinese (by a cheap character count), 'zh_TW' when that
    Chinese is written in Traditional characters, else 'en'."""
    sample = text[:400]
    cjk = len(_CJK.findall(sample))
    if not cjk or cjk * 3 < len(sample.replace(" ", "")):
        return "en"
    return "zh_TW" if is_traditional(sample) else "zh"


def _is_traditional(language: str) -> bool:
    lang = language.lower().replace("-", "_")
    return lang.startswith(("zh_tw", "zh_hk", "zh_mo", "zh_hant"))


def _is_chinese(language: str) -> bool:
    return language.lower().replace("-", "_").startswith("zh")


_CARING_EN = """\
It sounds like you are carrying something very heavy right now, and I'm really glad you said it.
You don't have to go through this alone.

If you might act on these thoughts or are in danger, please call your local emergency number now.
You can find free, confidential support lines in your country at https://findahelpline.com,
and Befrienders Worldwide (https://befrienders.org) lists emotional support centres around the
world. Talking to someone you trust (a friend, a family member or a doctor) can help too.

If you want, tell me more about what has been happening. I'm listening."""

_CARING_ZH = """\
听起来你现在正承受着很沉重的东西，谢谢你愿意说出来。你不必独自面对这些。

如果你可能会伤害自己，或者现在有危险，请立即拨打当地的急救电话（中国大陆为 120）。
你可以在 https://findahelpline.com 找到你所在国家或地区免费、保密的心理支持热线；
Befrienders Worldwide（https://befrienders.org）也列出了世界各地的情绪支持中心。
和你信任的人聊一聊（朋友、家人或医生）也会有帮助。

如果你愿意，可以告诉我最近发生了什么。我在听。"""


_CARING_ZH_TW = """\
聽起來你現在正承受著很沉重的東西，謝謝你願意說出來。你不必獨自面對這些。

如果你可能會傷害自己，或者現在有危險，請立即撥打當地的緊急電話（台灣為 119，香港為 999）。
你可以在 https://findahelpline.com 找到你所在國家或地區免費、保密的心理支持專線；
Befrienders Worldwide（https://befrienders.org）也列出了世界各地的情緒支持中心。
和你信任的人聊一聊（朋友、家人或醫生）也會有幫助。

如果你願意，可以告訴我最近發生了什麼。我在聽。"""


_HELPING_EN = """\
If you think someone may act on these thoughts now, stay with them if you can and call your \
local emergency number. Free, confidential support lines for them (and for you) are listed by \
country at https://findahelpline.com, and Befrienders Worldwide (https://befrienders.org) lists \
emotional support centres around the world."""

_HELPING_ZH = """\
如果你觉得对方现在可能会伤害自己，请尽量陪在他身边，并拨打当地的急救电话（中国大陆为 120）。\
https://findahelpline.com 按国家和地区列出了免费、保密的心理支持热线（对方和你都可以拨打），\
Befrienders Worldwide（https://befrienders.org）也列出了世界各地的情绪支持中心。"""


_HELPING_ZH_TW = """\
如果你覺得對方現在可能會傷害自己，請盡量陪在他身邊，並撥打當地的緊急電話（台灣為 119，香港為 \
999）。https://findahelpline.com 按國家和地區列出了免費、保密的心理支持專線（對方和你都可以撥\
打），Befrienders Worldwide（https://befrienders.org）也列出了世界各地的情緒支持中心。"""


def caring_reply(language: str = "en", about_someone_else: bool = False) -> str:
    """A caring reply with help resources, shown instead of a refusal for suicide and self-harm;
    with `about_someone_else`, the resources shown beside an answer to someone asking how to
    help another person in crisis.

    Written out in English, Simplified and Traditional Chinese (not through tr(): it follows
    the language the person wrote in, not the UI's, and is right with no translation
    installed); it names no phone line we could not vouch for, only emergency numbers.
    """
    if _is_traditional(language):
        return _HELPING_ZH_TW if about_someone_else else _CARING_ZH_TW
    if about_someone_else:
        return _HELPING_ZH if _is_chinese(language) else _HELPING_EN
    return _CARING_ZH if _is_chinese(language) else _CARING_EN


def refusal_message(decision: Decision, language: str = "en") -> str:
    """What to show instead of an answer for a blocked decision: which category and what to do."""
    if decision.category == "S11":
        return caring_reply(language)
    name = category_phrase(decision.category)
    if decision.clear or decision.category in LOCKED_CATEGORIES:
        # Clearly harmful: no suggestion to reword it or to turn the filter down.
        return tr("Hearth's safety filter stopped this because it involves {category}, which "
                  "Hearth does not help with.").format(category=name)
    return tr("Hearth's safety filter stopped this because it looks like {category}. If you meant "
              "something harmless, try rephrasing it with a little more context (for example what "
              "it is for). You can change the filter in Settings.").format(category=name)


def category_phrase(category_id: str | None) -> str:
    """A category's name for the middle of a sentence ("looks like violent crimes"): lower case
    where the language has case, each phrase written out whole for translators."""
    phrases = {
        "S1": tr("violent crimes"), "S2": tr("non-violent crimes"),
        "S3": tr("sex-related crimes"), "S4": tr("child sexual exploitation"),
        "S5": tr("defamation"), "S6": tr("specialized advice"), "S7": tr("privacy violations"),
        "S8": tr("intellectual property violations"), "S9": tr("indiscriminate weapons"),
        "S10": tr("hate"), "S11": tr("suicide and self-harm"), "S12": tr("sexual content"),
        "S13": tr("election misinformation"), "S14": tr("code interpreter abuse"),
    }
    return phrases.get(category_id or "", "") or tr("unsafe content")
