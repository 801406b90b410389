"""Rules that do not depend on wording: a lexicon of harm objects crossed with intents.

resources/safety/lexicon.json names harm objects (sarin, anthrax, pipe bomb, a child, a sedative,
an ethnic group, a home address ...) and intents (make, obtain, culture, spread, use on someone,
evade detection, abduct, exterminate ...), in English and Chinese. An entry fires when one of its
objects and one of its intents meet in the same sentence, in either order, however the sentence
around them is built: "nerve agent synthesis, full procedure", "for a novel, the exact steps to
synthesize sarin" and "我想在家里制造VX神经毒剂" all hit the same entry. Each entry compiles to an
ordinary `Rule`, so the prompt check, the streamed check and the log treat it like any other.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.core.i18n import tr
from app.core.safety.decision import CATEGORIES
from app.core.safety.rules import Rule, RulesError, fold_pattern

LEXICON_FILE = "lexicon.json"
# ASCII terms are bounded by non-letters rather than \b: in Python \b treats Chinese characters
# as word characters, so "制造vx神经毒剂" would never match \bvx\b.
_LEFT = r"(?<![a-z0-9])"
_RIGHT = r"(?![a-z0-9])"


def term(pattern: str) -> str:
    """One lexicon term as a regex: ASCII terms get letter boundaries, Chinese ones none."""
    if pattern.isascii():
        return f"{_LEFT}(?:{pattern}){_RIGHT}"
    return f"(?:{pattern})"


def alternation(terms: list[str]) -> str:
    return "(?:" + "|".join(term(t) for t in terms) + ")"


def _strings(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise RulesError(tr("Safety lexicon {where}: expected text or a list of texts.").format(
        where=where))


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(fold_pattern(pattern))
    except re.error as exc:
        raise RulesError(tr("Safety lexicon {where} has a broken pattern: {error}").format(
            where=where, error=exc)) from exc


def parse_lexicon(data: dict[str, object], source: str = LEXICON_FILE) -> list[Rule]:
    """Compile the lexicon's entries into rules; raise RulesError saying what is wrong."""
    intents_raw = data.get("intents", {})
    contexts_raw = data.get("contexts", {})
    entries = data.get("entries", [])
    if not isinstance(intents_raw, dict) or not isinstance(contexts_raw, dict) or not isinstance(
            entries, list):
        raise RulesError(tr("Safety lexicon {file} needs 'intents', 'contexts' and 'entries'.")
                         .format(file=source))
    window = int(str(data.get("window", 60)))
    separator = str(data.get("separator", r"[^.!?\n;。！？；]"))
    intents = {str(k): _strings(v, f"{source} intent {k}") for k, v in intents_raw.items()}
    contexts = {str(k): _strings(v, f"{source} context {k}") for k, v in contexts_raw.items()}

    def context_regex(names: object, where: str) -> str | None:
        if names is None:
            return None
        parts: list[str] = []
        for item in _strings(names, where):
            if item in contexts:
                parts.extend(contexts[item])
            else:
                parts.append(item)  # an inline pattern
        return alternation(parts) if parts else None

    rules: list[Rule] = []
    for index, raw in enumerate(entries):
        where = f"{source}#{index}"
        if not isinstance(raw, dict):
            raise RulesError(tr("Safety lexicon entry {where} is not an object.").format(
                where=where))
        rule_id = str(raw.get("id") or where)
        category = raw.get("category")
        if category not in CATEGORIES:
            raise RulesError(tr("Safety lexicon entry {rule} has an unknown category {category}.")
                             .format(rule=rule_id, category=category))
        objects = _strings(raw.get("objects", []), rule_id)
        names = _strings(raw.get("intents", []), rule_id)
        unknown = [n for n in names if n not in intents]
        if not objects or not names or unknown:
            raise RulesError(tr("Safety lexicon entry {rule} needs objects and known intents "
                                "(unknown: {names}).").format(rule=rule_id,
                                                             names=", ".join(unknown) or "-"))
        obj = alternation(objects)
        intent = alternation([t for n in names for t in intents[n]])
        gap = f"{separator}{{0,{int(str(raw.get('window', window)))}}}?"
        pattern = f"{obj}{gap}{intent}|{intent}{gap}{obj}"
        standalone = _strings(raw.get("standalone", []), rule_id)
        if standalone:
            # Intents that name their own object ("run someone over", "打断他的腿").
            pattern += "|" + alternation(standalone)
        unless = context_regex(raw.get("unless"), rule_id)
        soften = context_regex(raw.get("soften"), rule_id)
        require = context_regex(raw.get("require"), rule_id)
        rules.append(Rule(
            id=rule_id,
            category=str(category),
            level=str(raw.get("level", "block")),
            pattern=_compile(pattern, rule_id),
            unless=_compile(unless, rule_id) if unless else None,
            cue=_compile(obj + ("|" + alternation(standalone) if standalone else ""), rule_id),
            soften=_compile(soften, rule_id) if soften else None,
            require=_compile(require, rule_id) if require else None,
            script="any",
        ))
    return rules


def load_lexicon(folder: Path) -> list[Rule]:
    """The lexicon in `folder`, or no rules when the folder has none (custom rule folders)."""
    path = folder / LEXICON_FILE
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RulesError(tr("Safety lexicon {file} could not be read: {error}").format(
            file=path.name, error=exc)) from exc
    if not isinstance(data, dict):
        raise RulesError(tr("Safety lexicon {file} is not a JSON object.").format(file=path.name))
    return parse_lexicon(data, path.name)


def vocabulary(folder: Path) -> list[str]:
    """Plain English words of the lexicon (objects and intents without regex syntax), longest
    first: used to split letters that were spelled out and glued together ("makeabomb")."""
    path = folder / LEXICON_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    words: set[str] = set()
    plain = re.compile(r"^[a-z]{3,}$")

    def take(items: object) -> None:
        if isinstance(items, list):
            for item in items:
                if isinstance(item, str):
                    for piece in re.split(r"\\s\+|\\s\*|\s+", item):
                        if plain.match(piece):
                            words.add(piece)

    for entry in data.get("entries", []):
        take(entry.get("objects"))
    for values in data.get("intents", {}).values():
        take(values)
    return sorted(words, key=len, reverse=True)
