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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.i18n import tr
from app.core.safety.decision import CATEGORIES
from app.core.safety.rules import Rule, RulesError, fold_pattern

LEXICON_FILE = "lexicon.json"
# ASCII terms are bounded by non-letters rather than \b: in Python \b treats Chinese characters
# as word characters, so "制造vx神经毒剂" would never match \bvx\b.
_LEFT = r"(?<![a-z0-9])"
_RIGHT = r"(?![a-z0-9])"


@dataclass(frozen=True)
class PairSpan:
    """Where an object and an intent met: the span covering both."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


class PairMatcher:
    """Finds an object and an intent in the same sentence, at most `window` characters apart,
    in either order, or a standalone phrase.

    Two linear regex passes (objects, intents) paired in Python: one regex with the gap in the
    middle backtracks through the whole intent list at every gap length after every object,
    about ten times slower on a streamed answer.
    """

    def __init__(self, objects: Terms, intents: Terms, standalone: Terms | None, window: int,
                 separator: re.Pattern[str]) -> None:
        self.objects = objects
        self.intents = intents
        self.standalone = standalone
        self.window = window
        self.separator = separator

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[PairSpan]:
        end = len(string) if endpos is None else endpos
        found: list[PairSpan] = []
        cjk = _CJK.search(string, pos, end) is not None
        objects = self.objects.spans(string, pos, end, cjk)
        if objects:
            intents = self.intents.spans(string, pos, end, cjk)
            for o_start, o_end in objects:
                best: tuple[int, int, int] | None = None
                for i_start, i_end in intents:
                    if i_end <= o_start:
                        gap = (i_end, o_start)
                    elif o_end <= i_start:
                        gap = (o_end, i_start)
                    else:
                        continue  # overlapping: the same words are not both
                    width = gap[1] - gap[0]
                    if width > self.window or self.separator.search(string, gap[0], gap[1]):
                        continue
                    if best is None or width < best[0]:
                        best = (width, min(o_start, i_start), max(o_end, i_end))
                if best is not None:
                    found.append(PairSpan(best[1], best[2]))
        if self.standalone is not None:
            found += [PairSpan(a, b) for a, b in self.standalone.spans(string, pos, end, cjk)]
        found.sort(key=lambda span: (span.begin, span.finish))
        return iter(found)


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class Terms:
    """A list of terms as two regexes: the ASCII ones behind a single letter-boundary check (so
    inside a word nothing else is tried) and the Chinese ones, skipped on text without Chinese."""

    def __init__(self, terms: list[str], where: str) -> None:
        ascii_terms = [t for t in terms if t.isascii()]
        other = [t for t in terms if not t.isascii()]
        self.ascii = _compile(f"{_LEFT}(?:{'|'.join(f'(?:{t})' for t in ascii_terms)}){_RIGHT}",
                              where) if ascii_terms else None
        self.other = _compile("|".join(f"(?:{t})" for t in other), where) if other else None

    def spans(self, string: str, pos: int, end: int, cjk: bool) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for pattern in (self.ascii, self.other if cjk else None):
            if pattern is not None:
                out += [(m.start(), m.end()) for m in pattern.finditer(string, pos, end)
                        if m.end() > m.start()]
        return out


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
    # The gap may not cross a sentence end: the separator class, negated.
    if not (separator.startswith("[^") and separator.endswith("]")):
        raise RulesError(tr("Safety lexicon {file}: the separator must be a negated character "
                            "class like [^.!?].").format(file=source))
    separator_re = re.compile("[" + separator[2:])
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
        # Intents that name their own object ("run someone over", "打断他的腿") match alone.
        standalone = _strings(raw.get("standalone", []), rule_id)
        matcher = PairMatcher(
            Terms(objects, rule_id), Terms([t for n in names for t in intents[n]], rule_id),
            Terms(standalone, rule_id) if standalone else None,
            int(str(raw.get("window", window))), separator_re)
        unless = context_regex(raw.get("unless"), rule_id)
        soften = context_regex(raw.get("soften"), rule_id)
        require = context_regex(raw.get("require"), rule_id)
        rules.append(Rule(
            id=rule_id,
            category=str(category),
            level=str(raw.get("level", "block")),
            pattern=matcher,
            unless=_compile(unless, rule_id) if unless else None,
            cue=None,  # the matcher's first pass is the objects: a cue would repeat it
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
