"""Undo the usual disguises before a check: homoglyphs, spacing, leetspeak, base64, ROT13, reversal.

The rules and the lexicon are written for plain lower-case English and Simplified Chinese. An
attacker writes "k i l l", "k1ll", "kіll" (a Cyrillic i), base64 or reversed text so that no
pattern matches. `variants()` returns the text in every plain form it could be hiding, each
labelled; a check runs on all of them and keeps the most severe verdict.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from dataclasses import dataclass

# Letters from other scripts that look like Latin ones (Unicode's confusables, the subset that
# matters for English words). NFKC already folds full-width and mathematical letters.
CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ց": "g", "ո": "n", "ս": "u",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c",
    # Latin look-alikes that NFKC leaves alone
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƅ": "b", "ɑ": "a", "ɩ": "i",
    "ɪ": "i", "ʀ": "r", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ꞯ": "q", "ꜱ": "s",
    "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ß": "ss",
}

# Invisible characters someone may insert to split a word ("k\u200bill") are dropped.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
                      "\u034f\u115f\u1160\u3164\uffa0")

_LEET_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                         "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"})
_LEET_L = str.maketrans({"1": "l", "!": "i", "|": "l"})
# A word that mixes letters with leet characters ("k1ll", "p1p3", "b0mb", "@nthr@x").
_LEET_WORD = re.compile(r"(?<![\w@$!|+€])(?=[\w@$!|+€]*[a-z])(?=[\w@$!|+€]*[0-9@$!|+€])"
                        r"[\w@$!|+€]{2,}")
_DIGITS_WORD = re.compile(r"(?<![\w.,:/])[0-9@$|+]{1,3}(?![\w.,:/%])")
# Three or more single letters with the same kind of separator between them: "k i l l",
# "k.i.l.l", "k-i-l-l", "k_i_l_l", "k*i*l*l", "k/i/l/l".
_SPACED = re.compile(
    r"(?<![\w])(?:[a-z0-9@$'](?:[ .\-_*·•/\\|,~+']{1,3})){2,}[a-z0-9@$'?!](?![\w])")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}[ :]?){8,}(?![0-9a-fA-F])")
_LETTERS = re.compile(r"[a-z]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

MAX_VARIANT_CHARS = 20_000  # decoding and reversing are for prompts and pieces, not books


def fold_char(char: str) -> str:
    """One character in its plain form: homoglyphs to Latin, width and compatibility forms
    folded (NFKC), accents dropped, lower case; invisible characters vanish."""
    if char.isascii():
        return char.lower()
    if char in INVISIBLE:
        return ""
    mapped = CONFUSABLES.get(char)
    if mapped is not None:
        return mapped
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and folded:
        return "".join(fold_char(c) if c != char else c.lower() for c in folded)
    lower = char.lower()
    mapped = CONFUSABLES.get(lower)
    if mapped is not None:
        return mapped
    if unicodedata.category(char) == "Mn":
        return ""  # a combining accent on its own
    decomposed = unicodedata.normalize("NFD", lower)
    if len(decomposed) > 1 and decomposed[0].isascii():
        return decomposed[0]  # é -> e, ñ -> n: the rules are written without accents
    return lower


def fold_keep_case(text: str) -> str:
    """Width, homoglyphs and invisibles folded, but case kept: for finding base64 inside text
    someone disguised, where case matters."""
    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        if char in INVISIBLE:
            continue
        char = unicodedata.normalize("NFKC", char)
        lower = char.lower()
        mapped = CONFUSABLES.get(lower)
        if mapped is not None and len(char) == 1:
            out.append(mapped.upper() if char != lower else mapped)
        else:
            out.append(char)
    return "".join(out)


def fold(text: str) -> str:
    """The whole text through `fold_char`; ASCII takes a fast path."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(c) for c in text)


def unleet(text: str, ones: str = "i") -> str:
    """Map leetspeak inside words that mix letters and digits or symbols ("k1ll" -> "kill").

    Plain numbers ("100 bills", "3 pills") are left alone, unless the text is mostly leetspeak
    (three or more mixed words), where "4" is an "a" and "17" is "it". `ones` chooses what "1"
    becomes, as "k1ll" (i) and "ki11" (l) need different answers; callers try both.
    """
    table = _LEET_I if ones == "i" else {**_LEET_I, **_LEET_L}

    def repl(match: re.Match[str]) -> str:
        return match.group(0).translate(table)

    mixed = len(_LEET_WORD.findall(text))
    out = _LEET_WORD.sub(repl, text)
    if mixed >= 3:
        out = _DIGITS_WORD.sub(repl, out)
    return out


_SEPARATOR = re.compile(r"[ .\-_*·•/\\|,~+']{1,3}")


def join_spaced(text: str) -> str:
    """Join letters spelled out with separators ("p i p e  b o m b" -> "pipe bomb",
    "h.o.w d.o" -> "how do"): the most common separator in a run is the one between letters;
    any other one (a wider gap, a space between dotted words) is a word break."""

    def repl(match: re.Match[str]) -> str:
        run = match.group(0)
        seps = _SEPARATOR.findall(run)
        letters = _SEPARATOR.split(run)
        if not seps:
            return run
        inner = max(set(seps), key=seps.count)
        out = [letters[0]]
        for sep, letter in zip(seps, letters[1:], strict=False):
            out.append(letter if sep == inner else " " + letter)
        return "".join(out)

    return _SPACED.sub(repl, text)


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isprintable() or c in "\n\t")
    return good / len(text)


def _plausible(decoded: str) -> bool:
    """Decoded bytes that read as text: mostly printable, with letters or Chinese in them."""
    if _printable_ratio(decoded) < 0.9:
        return False
    if len(_CJK.findall(decoded)) >= 2:
        return True
    return len(decoded) >= 6 and bool(_LETTERS.search(decoded.lower()))


def decode_base64_spans(text: str, depth: int = 2) -> list[str]:
    """Every base64 (standard or URL-safe) run of 16+ characters that decodes to text; text
    encoded twice is decoded twice (`depth`)."""
    found: list[str] = []
    for match in _BASE64.finditer(fold_keep_case(text)):
        chunk = match.group(0)
        if chunk.isalpha() and (chunk.islower() or chunk.isupper()):
            continue  # a long plain word, not base64
        padded = chunk + "=" * (-len(chunk) % 4)
        for decoder in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                raw = decoder(padded.encode("ascii"))
                decoded = raw.decode("utf-8")
            except (binascii.Error, ValueError, UnicodeDecodeError):
                continue
            if _plausible(fold(decoded)):
                found.append(decoded)
                if depth > 1:
                    found.extend(decode_base64_spans(decoded, depth - 1))
                break
    return found


def decode_hex_spans(text: str) -> list[str]:
    """Hex-encoded text ("68 6f 77 20 74 6f ...")."""
    found: list[str] = []
    for match in _HEX.finditer(text):
        digits = re.sub(r"[ :]", "", match.group(0))
        if len(digits) % 2:
            digits = digits[:-1]
        try:
            decoded = bytes.fromhex(digits).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _plausible(decoded) and not decoded.isdigit():
            found.append(decoded)
    return found


def rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


_COMMON_EN = frozenset(
    "the an to of and or in on for is are was be do does did how what why where when who which "
    "you he she it we they my your me can could would should will make get with without from at "
    "this that there here not no yes please tell give want need write about into so some best way "
    "help find use at home his her them its our their just like know one two".split())
_COMMON_ZH = re.compile(
    r"怎么|如何|怎样|什么|我想|请问|告诉|教我|可以|为什么|是不是|帮我|给我|一个|一份|哪里|哪儿|能不能|有没有|"
    r"不会|不被|应该|自己|这个|那个|别人|知道|需要|详细|步骤|方法|办法|在家|里面|出来|起来|我们|他们|"
    r"时候|还是|但是|因为|所以|如果|已经|现在|最好|多少|一下|让她|让他|的话")


def wordiness(text: str) -> int:
    """How much `text` reads like language: common English words plus common Chinese words and
    particles. A decoded form is worth checking only when it reads better than the original, so
    an ordinary sentence is not also checked backwards (where its context words are lost)."""
    words = re.findall(r"[a-z]{2,}", text)  # one-letter words read the same both ways
    score = sum(1 for w in words if w in _COMMON_EN)
    # Chinese particles read the same backwards; count the two-character words, which do not.
    score += sum(2 for m in _COMMON_ZH.finditer(text) if len(m.group(0)) > 1)
    return score


@dataclass(frozen=True)
class Variant:
    """One plain form of the text: `label` says how it was found ("text", "deobfuscated",
    "base64", "rot13", "reversed", ...); `text` is folded and ready for the rules."""

    label: str
    text: str

    @property
    def is_original(self) -> bool:
        return self.label == "text"


def split_glued(text: str, original: str, vocabulary: tuple[str, ...] | list[str]) -> str:
    """Re-space words that `join_spaced` glued together ("howtomakeapipebomb" -> "howto make a
    pipe bomb"): inside each run of letters that was not a word of the original, the known
    lexicon words (longest first) get spaces around them."""
    if not vocabulary:
        return text
    words = set(re.findall(r"[a-z]+", original))

    def repl(match: re.Match[str]) -> str:
        run = match.group(0)
        if run in words:
            return run
        marks = [False] * (len(run) + 1)  # a space goes before index i
        taken = [False] * len(run)
        for word in vocabulary:
            start = run.find(word)
            while start != -1:
                end = start + len(word)
                if not any(taken[start:end]):
                    for i in range(start, end):
                        taken[i] = True
                    marks[start] = marks[end] = True
                start = run.find(word, start + 1)
        if not any(taken):
            return run
        out: list[str] = []
        for i, char in enumerate(run):
            if marks[i] and i:
                out.append(" ")
            out.append(char)
        return "".join(out)

    def guarded(match: re.Match[str]) -> str:
        run = match.group(0)
        if run in words:
            return run
        split = repl(match)
        # Only a long run with two or more known words in it is a glued phrase; a single
        # word like "neighbor" must not be cut around "ghb".
        return split if split.count(" ") >= 3 else run

    return re.sub(r"[a-z]{12,}", guarded, text)


def variants(text: str, *, decode: bool = True,
             vocabulary: tuple[str, ...] | list[str] = ()) -> list[Variant]:
    """The text as written (folded), then each disguise undone; duplicates dropped.

    `decode=False` skips the decoded forms (base64, ROT13, reversed): cheaper, for answer
    pieces, where the model has no reason to encode its own words. `vocabulary` (the lexicon's
    plain words) lets letters that were spelled out without word gaps be split again.
    """
    text = text[:MAX_VARIANT_CHARS]
    folded = fold(text)
    out: list[Variant] = [Variant("text", folded)]
    seen = {folded}

    def add(label: str, candidate: str) -> None:
        if candidate and candidate not in seen:
            seen.add(candidate)
            out.append(Variant(label, candidate))

    joined = join_spaced(folded)
    if joined != folded:
        joined = split_glued(joined, folded, vocabulary)
    add("deobfuscated", unleet(joined))
    add("deobfuscated", unleet(joined, ones="l"))
    add("deobfuscated", joined)
    if not decode:
        return out
    for decoded in decode_base64_spans(text) + decode_hex_spans(text):
        inner = fold(decoded)
        add("base64", inner)
        add("base64", unleet(join_spaced(inner)))
    plain = wordiness(folded)
    if _LETTERS.search(folded):
        rotated = rot13(folded)
        if wordiness(rotated) > plain:
            add("rot13", rotated)
    backwards = folded[::-1]
    # Chinese written backwards has no spaces or common words to judge it by; it is always
    # checked (the caller applies the original's context exceptions to every variant).
    if wordiness(backwards) > plain or _CJK.search(folded):
        add("reversed", backwards)
    # Each word reversed in place ("woh ot ekam a bmob").
    words = folded.split()
    if len(words) > 1:
        flipped = " ".join(w[::-1] for w in words)
        if wordiness(flipped) > plain:
            add("reversed", flipped)
    return out
