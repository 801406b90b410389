"""The fast layer: curated phrase and pattern lists from resources/safety, on normalized text."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.safety.decision import CATEGORIES
from app.core.safety.normalize import INVISIBLE, fold_char

log = logging.getLogger(__name__)

LEVELS = ("block", "warn")
# How far around a match the "unless" context patterns look, in characters.
CONTEXT_CHARS = 60
# Upper bound for a match's length; patterns keep their gaps bounded so this holds, and the
# streaming check relies on it to re-scan only a tail window.
MAX_MATCH_CHARS = 240

_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# Invisible characters someone may insert to split a word ("k\u200bill") are dropped.
_DROPPED = INVISIBLE
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[a-z]")
_FOLD = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}


class RulesError(HearthError):
    """A rule file in resources/safety is missing or malformed."""


class Span(Protocol):
    def start(self) -> int: ...

    def end(self) -> int: ...


class Matcher(Protocol):
    """What a rule matches with: a compiled regex, or the lexicon's object x intent matcher."""

    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterator[Any]: ...


@dataclass(frozen=True)
class Rule:
    """One pattern: a hit means `category` at `level`, unless a context pattern is near it."""

    id: str
    category: str
    level: str
    pattern: Matcher
    unless: re.Pattern[str] | None
    cue: re.Pattern[str] | None
    soften: re.Pattern[str] | None = None  # context that lowers a block to a warning
    require: re.Pattern[str] | None = None  # context that must be near for a hit to count
    script: str = ""  # "latin", "cjk" or "any": skipped on text with none of that script


@dataclass(frozen=True)
class Hit:
    """A rule that fired, with its span in the normalized text and its level after context."""

    rule: Rule
    start: int
    end: int
    level: str


def resource_dir() -> Path:
    """resources/safety in a source checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "safety"
    return Path(__file__).resolve().parents[3] / "resources" / "safety"


@lru_cache(maxsize=1)
def _t2s() -> dict[str, str]:
    """Traditional (and Taiwan / Hong Kong variant) characters -> Simplified (OpenCC data)."""
    try:
        data = json.loads((resource_dir() / "zh_t2s.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("zh_t2s.json is missing or damaged: Traditional Chinese is matched as is")
        return {}
    return data if isinstance(data, dict) else {}


def _big5(char: str) -> bool:
    try:
        char.encode("cp950")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _simplified_only() -> frozenset[str]:
    """Simplified forms Traditional text does not use (累 or 才 are targets in the table but
    ordinary Traditional characters too: Big5 has them)."""
    table = _t2s()
    return frozenset(c for c in set(table.values()) - set(table) if not _big5(c))


def is_traditional(text: str) -> bool:
    """Whether Chinese text is written in Traditional characters: more characters only
    Traditional has than characters only Simplified has (the many both share count for
    neither)."""
    table, simplified = _t2s(), _simplified_only()
    traditional = sum(1 for c in text if c in table)
    return traditional > sum(1 for c in text if c in simplified)


def normalize_char(char: str) -> str:
    """Fold one character: width and compatibility forms (NFKC), homoglyphs from other scripts
    (a Cyrillic "а" is an "a"), accents, case, quotes, Traditional Chinese to Simplified (the
    rules are written in Simplified); drop invisibles."""
    if char in _DROPPED:
        return ""
    if char.isascii():
        return char.lower()
    folded = _FOLD.get(char)
    if folded is not None:
        return folded
    table = _t2s()
    simplified = table.get(char)
    if simplified is not None:
        return simplified
    folded = fold_char(char)
    if folded != char:  # a compatibility ideograph may become a Traditional character
        folded = "".join(table.get(c, c) for c in folded)
    return folded


def fold_pattern(pattern: str) -> str:
    """A rule pattern folded like the text it is matched against: Traditional characters in a
    pattern become Simplified too, so a character both forms share (著, 乾, 後) still matches."""
    table = _t2s()
    return "".join(table.get(c, c) for c in pattern) if not pattern.isascii() else pattern


class Normalizer:
    """Normalized text that grows with appended chunks, remembering where each char came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.origin: list[int] = []  # normalized index -> original index
        self.original_length = 0
        self.length = 0  # of the normalized text, known without joining it
        self._text = ""
        self._dirty = False

    def append(self, chunk: str) -> None:
        base = self.original_length
        parts = self._parts
        origin = self.origin
        if chunk.isascii():
            # The common case for English answers: one lower() and a range, no per-char work.
            parts.append(chunk.lower())
            origin.extend(range(base, base + len(chunk)))
            self.length += len(chunk)
        else:
            for offset, char in enumerate(chunk):
                folded = normalize_char(char)
                if folded:
                    parts.append(folded)
                    origin.extend([base + offset] * len(folded))
                    self.length += len(folded)
        self.original_length += len(chunk)
        self._dirty = True

    @property
    def text(self) -> str:
        if self._dirty:
            self._text = "".join(self._parts)
            self._parts = [self._text]
            self._dirty = False
        return self._text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) back to the original text."""
        if start >= len(self.origin):
            return (self.original_length, self.original_length)
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return (first, last)


def normalize(text: str) -> Normalizer:
    normalizer = Normalizer()
    normalizer.append(text)
    return normalizer


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise RulesError(tr("Safety rule {rule} uses an unknown macro {{{name}}}.").format(
                rule=where, name=name))
        return "(?:" + macros[name] + ")"

    # Macros may use other macros; a few rounds settle any sensible nesting.
    for _ in range(5):
        expanded = _MACRO.sub(replace, pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise RulesError(tr("Safety rule {rule} has macros that refer to each other.").format(
        rule=where))


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(fold_pattern(pattern))
    except re.error as exc:
        raise RulesError(tr("Safety rule {rule} has a broken pattern: {error}").format(
            rule=where, error=exc)) from exc


def _joined(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "|".join(f"(?:{v})" for v in value)
    raise RulesError(tr("Safety rules: expected text or a list of texts, got {value!r}.").format(
        value=value))


def parse_rules(data: dict[str, object], source: str) -> list[Rule]:
    """Turn one rule file's JSON into compiled rules; raise RulesError saying what is wrong."""
    script = {"zh": "cjk", "ja": "cjk"}.get(str(data.get("language", "")), "latin")
    macros_raw = data.get("macros", {})
    rules_raw = data.get("rules", [])
    if not isinstance(macros_raw, dict) or not isinstance(rules_raw, list):
        raise RulesError(tr("Safety rule file {file} needs 'macros' and 'rules'.").format(
            file=source))
    macros = {str(k): _joined(v) or "" for k, v in macros_raw.items()}
    rules: list[Rule] = []
    for index, raw in enumerate(rules_raw):
        where = f"{source}#{index}"
        if not isinstance(raw, dict):
            raise RulesError(tr("Safety rule {rule} is not an object.").format(rule=where))
        rule_id = str(raw.get("id") or where)
        category = raw.get("category")
        level = raw.get("level", "block")
        if category not in CATEGORIES:
            raise RulesError(tr("Safety rule {rule} has an unknown category {category}.").format(
                rule=rule_id, category=category))
        if level not in LEVELS:
            raise RulesError(tr("Safety rule {rule} has an unknown level {level}.").format(
                rule=rule_id, level=level))
        pattern = _joined(raw.get("pattern"))
        if not pattern:
            raise RulesError(tr("Safety rule {rule} has no pattern.").format(rule=rule_id))
        unless = _joined(raw.get("unless"))
        cue = _joined(raw.get("cue"))
        soften = _joined(raw.get("soften"))
        require = _joined(raw.get("require"))
        rules.append(Rule(
            id=rule_id,
            category=str(category),
            level=str(level),
            pattern=_compile(_expand(pattern, macros, rule_id), rule_id),
            unless=_compile(_expand(unless, macros, rule_id), rule_id) if unless else None,
            cue=_compile(_expand(cue, macros, rule_id), rule_id) if cue else None,
            soften=_compile(_expand(soften, macros, rule_id), rule_id) if soften else None,
            script=script,
            require=_compile(_expand(require, macros, rule_id), rule_id) if require else None,
        ))
    return rules


class RuleSet:
    """All rules of all languages. Immutable and shared; matching is safe from any thread."""

    def __init__(self, rules: Iterable[Rule], vocabulary: Iterable[str] = ()) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        # Plain words of the lexicon, longest first, for re-spacing spelled-out letters.
        self.vocabulary: tuple[str, ...] = tuple(vocabulary)
        # Rules are grouped by script: Chinese rules cannot fire on text without Chinese
        # characters and English rules cannot fire without Latin letters, so most of the
        # other language's rules are skipped cheaply.
        self._by_script = {
            script: tuple(r for r in self.rules if r.script == script)
            for script in ("latin", "cjk", "any")
        }

    @classmethod
    def load(cls, folder: Path | None = None) -> RuleSet:
        folder = folder or resource_dir()
        files = sorted(folder.glob("rules_*.json"))
        if not files:
            raise RulesError(tr("No safety rule files were found in {folder}. Reinstall Hearth "
                                "or turn the safety filter off in Settings.").format(folder=folder))
        rules: list[Rule] = []
        for file in files:
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise RulesError(tr("Safety rule file {file} could not be read: {error}").format(
                    file=file.name, error=exc)) from exc
            if not isinstance(data, dict):
                raise RulesError(tr("Safety rule file {file} is not a JSON object.").format(
                    file=file.name))
            rules.extend(parse_rules(data, file.name))
        from app.core.safety.lexicon import load_lexicon, vocabulary

        rules.extend(load_lexicon(folder))
        return cls(rules, vocabulary(folder))

    def scan(self, text: str, start: int = 0, end: int | None = None, *,
             which: str = "all") -> Iterator[Hit]:
        """Hits whose match starts at or after `start` and ends at or before `end`.

        Matching sees the whole `text`, so word boundaries and context at the edges are right.
        `which` is "all", "rules" (the per-language rule files) or "lexicon" (the object x
        intent entries, script "any", about ten times costlier per scan than the rest): the
        per-delta answer check runs the lexicon only once a sentence has settled.
        """
        end = len(text) if end is None else end
        if end <= start:
            return
        # Cues are single words, so looking only at the scanned stretch is enough.
        stretch = text[start:end]
        candidates: list[Rule] = list(self._by_script["any"]) if which != "rules" else []
        if which != "lexicon" and _LATIN.search(stretch):
            candidates.extend(self._by_script["latin"])
        if which != "lexicon" and not stretch.isascii() and _CJK.search(stretch):
            candidates.extend(self._by_script["cjk"])
        for rule in candidates:
            # A rule whose cue words are absent cannot match; checking them first is much
            # cheaper than running the full pattern over the window.
            if rule.cue is not None and rule.cue.search(stretch) is None:
                continue
            for match in rule.pattern.finditer(text, start, end):
                if match.end() == match.start():
                    continue
                lo = max(0, match.start() - CONTEXT_CHARS)
                hi = min(len(text), match.end() + CONTEXT_CHARS)
                if rule.unless is not None and rule.unless.search(text, lo, hi):
                    continue
                if rule.require is not None and not rule.require.search(text, lo, hi):
                    continue
                level = rule.level
                if level == "block" and rule.soften is not None and rule.soften.search(
                        text, lo, hi):
                    level = "warn"
                yield Hit(rule, match.start(), match.end(), level)


@lru_cache(maxsize=4)
def _cached(folder: str) -> RuleSet:
    return RuleSet.load(Path(folder))


def default_rules() -> RuleSet:
    """The shipped rules, loaded once per process."""
    return _cached(str(resource_dir()))
