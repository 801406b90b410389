"""Safety verdicts, decisions and hazard categories (MLCommons taxonomy, as in Llama Guard 3)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.i18n import tr_dynamic, tr_noop


class Verdict(StrEnum):
    """What the filter says about a piece of text, from least to most severe."""

    ALLOW = "allow"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Verdict.ALLOW: 0, Verdict.WARN: 1, Verdict.BLOCK: 2}


@dataclass(frozen=True)
class Category:
    """One hazard category; `id` is stable and is what settings and logs store."""

    id: str
    key: str
    name: str  # English; show it through `category_name()`, which translates


# Ids and order follow Llama Guard 3's list so a judge trained on it maps straight across.
CATEGORIES: dict[str, Category] = {
    c.id: c
    for c in (
        Category("S1", "violent_crimes", "Violent crimes"),
        Category("S2", "non_violent_crimes", "Non-violent crimes"),
        Category("S3", "sex_related_crimes", "Sex-related crimes"),
        Category("S4", "child_sexual_exploitation", "Child sexual exploitation"),
        Category("S5", "defamation", "Defamation"),
        Category("S6", "specialized_advice", "Specialized advice"),
        Category("S7", "privacy", "Privacy"),
        Category("S8", "intellectual_property", "Intellectual property"),
        Category("S9", "indiscriminate_weapons", "Indiscriminate weapons"),
        Category("S10", "hate", "Hate"),
        Category("S11", "self_harm", "Suicide and self-harm"),
        Category("S12", "sexual_content", "Sexual content"),
        Category("S13", "elections", "Elections"),
        Category("S14", "code_interpreter_abuse", "Code interpreter abuse"),
    )
}

# Categories whose block no per-category setting can lower (only turning the filter off does).
LOCKED_CATEGORIES = frozenset({"S4"})

_NAMES_FOR_TR = (  # listed literally so translation tools extract them
    tr_noop("Violent crimes"), tr_noop("Non-violent crimes"), tr_noop("Sex-related crimes"),
    tr_noop("Child sexual exploitation"), tr_noop("Defamation"), tr_noop("Specialized advice"),
    tr_noop("Privacy"), tr_noop("Intellectual property"), tr_noop("Indiscriminate weapons"),
    tr_noop("Hate"),
    tr_noop("Suicide and self-harm"), tr_noop("Sexual content"), tr_noop("Elections"),
    tr_noop("Code interpreter abuse"),
)


def category_name(category_id: str | None) -> str:
    """The category's name for people, translated; unknown ids come back as they are."""
    if category_id is None:
        return ""
    category = CATEGORIES.get(category_id)
    return tr_dynamic(category.name) if category else category_id


def _fold(text: str) -> str:
    return text.strip().lower().replace("&", "and").replace("-", "_").replace(" ", "_")


def normalize_category(value: object) -> str | None:
    """Map 'S1', 's1', 'violent_crimes' or 'Violent crimes' to a stable id; else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    upper = text.upper()
    if upper in CATEGORIES:
        return upper
    # A model may answer "S1: Violent crimes" or "S1 - violent crimes".
    head = upper.split(":")[0].split(" ")[0].strip(" -.,")
    if head in CATEGORIES:
        return head
    for category in CATEGORIES.values():
        if _fold(text) in (category.key, _fold(category.name)):
            return category.id
    return None


@dataclass(frozen=True)
class Decision:
    """The filter's answer for one prompt or answer.

    `span` is (start, end) in characters of the checked text (for answers: of the whole answer
    so far), or None when the decision is not tied to a place in the text.
    """

    verdict: Verdict
    category: str | None = None
    reason: str = ""
    layer: str = "rules"  # "rules" | "model"
    span: tuple[int, int] | None = None
    rule: str | None = None  # id of the rule that fired; never message text
    rationale: str = ""  # the judge model's own words, untranslated; empty for rules
    # How the text was hiding what the rules found: "" (as written), "deobfuscated" (spacing,
    # leetspeak, homoglyphs), "base64", "rot13" or "reversed".
    via: str = ""
    # A category whose help resources should be shown beside an allowed answer: "S11" when
    # someone asks how to help a person in crisis (answered, with resources, never blocked).
    support: str | None = None
    # Said to the person when a layer could not run: the guard model was missing, failed or
    # gave a reply that did not parse, so only the rules decided. Never silently "safe".
    notice: str = ""
    model_seconds: float = 0.0  # time the guard or judge model took for this decision
    # A rule that blocks on its own fired (not strict mode, a category setting or a judgement
    # call): the request is clearly harmful, so the refusal suggests no rewording.
    clear: bool = False

    @property
    def blocked(self) -> bool:
        return self.verdict is Verdict.BLOCK

    @property
    def allowed(self) -> bool:
        return self.verdict is not Verdict.BLOCK


ALLOWED = Decision(Verdict.ALLOW)
