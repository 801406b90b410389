"""gpt-oss's harmony format: a conversation to token ids, and generated token ids back to events.

Prompts are built as id lists: structural tokens by id (looked up by text in the loaded vocabulary),
every message body tokenized as plain text after cutting it wherever a control marker could start,
so no user or document text can ever become a control token (llama.cpp issue 17607).
The text form equals what the official chat template renders for the same conversation.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as _dt
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from app.core.harmony_tools import (
    FUNCTIONS_CHANNEL_LINE,
    ToolSpec,
    developer_tools_text,
    system_tools_text,
)

DEFAULT_IDENTITY = "You are ChatGPT, a large language model trained by OpenAI."
KNOWLEDGE_CUTOFF = "2024-06"
VALID_CHANNELS_LINE = (
    "# Valid channels: analysis, commentary, final. Channel must be included for every message."
)
REASONING_EFFORTS = ("low", "medium", "high")

START, END, MESSAGE, CHANNEL = "<|start|>", "<|end|>", "<|message|>", "<|channel|>"
RETURN, CALL, CONSTRAIN = "<|return|>", "<|call|>", "<|constrain|>"
STRUCTURAL = (START, END, MESSAGE, CHANNEL, RETURN, CALL, CONSTRAIN)

Role = Literal["user", "assistant", "tool"]


@dataclass
class Message:
    """One message of the conversation. `reasoning` of an answer is for display only: earlier
    analysis is never rendered.

    A tool call is an assistant message with `tool` set (`functions.get_weather`,
    `browser.search`): `content` holds the arguments as the model wrote them and `reasoning` the
    analysis that led to the call, rendered before it until the turn has a final answer. A tool's
    answer has role "tool", `tool` the tool that answers and `content` the text the model reads.
    """

    role: Role
    content: str
    reasoning: str = ""
    tool: str | None = None
    channel: str = ""  # a tool call's (and its answer's) channel; "" means the usual one
    constraint: str | None = None  # a call's argument format ("json")
    call_id: str = ""  # an API client's id for a call (not rendered: harmony has none)

    @property
    def is_tool_call(self) -> bool:
        return self.role == "assistant" and self.tool is not None

    def call_channel(self) -> str:
        """Functions are called on commentary, built-in tools (browser, python) on analysis."""
        if self.channel:
            return self.channel
        return "commentary" if (self.tool or "").startswith("functions.") else "analysis"


@dataclass
class Conversation:
    """Everything that decides the prompt. Same conversation, same tokens: the KV cache needs it."""

    messages: list[Message] = field(default_factory=list)
    instructions: str = ""  # the user's "system prompt": harmony's developer message
    reasoning_effort: str = "medium"
    date: str = field(default_factory=lambda: _dt.date.today().isoformat())
    model_identity: str = DEFAULT_IDENTITY
    tools: list[ToolSpec] = field(default_factory=list)  # functions, in the developer message
    builtin_tools: tuple[str, ...] = ()  # "browser": declared in the system message

    def with_messages(self, messages: list[Message]) -> Conversation:
        """The same conversation (instructions, tools, date) with other messages."""
        return dataclasses.replace(self, messages=messages)

    def with_user(self, text: str) -> Conversation:
        return self.with_messages([*self.messages, Message("user", text)])


@dataclass(frozen=True)
class Segment:
    """A piece of a rendered prompt: a structural token, or text that must stay text."""

    text: str
    special: bool = False


def system_text(conv: Conversation) -> str:
    effort = conv.reasoning_effort if conv.reasoning_effort in REASONING_EFFORTS else "medium"
    text = (
        f"{conv.model_identity}\n"
        f"Knowledge cutoff: {KNOWLEDGE_CUTOFF}\n"
        f"Current date: {conv.date}\n\n"
        f"Reasoning: {effort}\n\n"
        f"{system_tools_text(conv.builtin_tools)}"
        f"{VALID_CHANNELS_LINE}"
    )
    if conv.tools:
        text += "\n" + FUNCTIONS_CHANNEL_LINE
    return text


def developer_text(conv: Conversation) -> str:
    """The developer message's text ("" when there is none): instructions, then functions."""
    text = f"# Instructions\n\n{conv.instructions}\n\n" if conv.instructions else ""
    if conv.tools:
        text += developer_tools_text(conv.tools)
    return text


def render_segments(conv: Conversation, add_generation_prompt: bool = True) -> list[Segment]:
    """The prompt as segments, in the order and with the text of the official template."""
    S = Segment
    out: list[Segment] = [S(START, True), S("system"), S(MESSAGE, True), S(system_text(conv)),
                          S(END, True)]
    developer = developer_text(conv)
    if developer:
        out += [S(START, True), S("developer"), S(MESSAGE, True), S(developer), S(END, True)]
    msgs = conv.messages
    # A tool call's reasoning is kept until the conversation has a later answer (harmony drops
    # analysis once a turn ended in final, but keeps it while the model is still using tools).
    answered_after = [False] * len(msgs)
    later = False
    for n in range(len(msgs) - 1, -1, -1):
        answered_after[n] = later
        if msgs[n].role == "assistant" and not msgs[n].is_tool_call:
            later = True
    for n, m in enumerate(msgs):
        if m.role == "user":
            out += [S(START, True), S("user"), S(MESSAGE, True), S(m.content), S(END, True)]
        elif m.is_tool_call:
            assert m.tool is not None
            if m.reasoning and not answered_after[n]:
                out += [S(START, True), S("assistant"), S(CHANNEL, True), S("analysis"),
                        S(MESSAGE, True), S(m.reasoning), S(END, True)]
            channel = m.call_channel()
            if channel == "commentary" and m.constraint is None:
                fmt = " json"  # the template always names the format of a function's arguments
            else:
                fmt = f" {m.constraint}" if m.constraint else ""
            out += [S(START, True), S("assistant"), S(f" to={m.tool}"), S(CHANNEL, True),
                    S(f"{channel}{fmt}"), S(MESSAGE, True), S(m.content), S(CALL, True)]
        elif m.role == "tool":
            out += [S(START, True), S(f"{m.tool or 'functions.unknown'} to=assistant"),
                    S(CHANNEL, True), S(m.call_channel()), S(MESSAGE, True), S(m.content),
                    S(END, True)]
        elif m.role == "assistant":
            # Earlier turns' analysis is dropped once they ended in final (template behaviour).
            out += [S(START, True), S("assistant"), S(CHANNEL, True), S("final"),
                    S(MESSAGE, True), S(m.content), S(END, True)]
        else:
            raise ValueError(f"unsupported role {m.role!r}")
    if add_generation_prompt:
        out += [S(START, True), S("assistant")]
    return out


def render_text(conv: Conversation, add_generation_prompt: bool = True) -> str:
    return "".join(s.text for s in render_segments(conv, add_generation_prompt))


def render_continue(conv: Conversation, answer: str,
                    reasoning: str = "") -> tuple[list[Segment], str]:
    """The prompt that continues an assistant message cut short (Continue), and the channel
    left open.

    `conv` ends with the user message being answered. The cut reply follows as the model wrote
    it, its last message left open (no `<|end|>`), so generation picks up mid-sentence:
    `<|start|>assistant<|channel|>final<|message|>{answer}`, after the reasoning as a closed
    analysis message (it belongs to this turn, so it stays in the prompt). With no answer yet
    the reasoning itself is left open: the cut came while the model was thinking.
    """
    S = Segment
    out = render_segments(conv, add_generation_prompt=True)
    if not answer:
        return [*out, S(CHANNEL, True), S("analysis"), S(MESSAGE, True), S(reasoning)], "analysis"
    if reasoning:
        out += [S(CHANNEL, True), S("analysis"), S(MESSAGE, True), S(reasoning), S(END, True),
                S(START, True), S("assistant")]
    return [*out, S(CHANNEL, True), S("final"), S(MESSAGE, True), S(answer)], "final"


class Vocab(Protocol):
    """What harmony needs from a loaded tokenizer."""

    def special_id(self, text: str) -> int:
        """The id of a control token, looked up by its text. Raises KeyError if absent."""
        ...

    def encode_plain(self, text: str) -> list[int]:
        """Tokenize as plain text: no BOS, no special-token parsing asked for."""
        ...

    def piece(self, token: int) -> bytes:
        """The bytes a content token stands for."""
        ...

    def control_ids(self) -> frozenset[int]:
        """Every token the tokenizer treats as control or user-defined (never plain text)."""
        ...

    def control_texts(self) -> Iterable[str]:
        """The texts of those tokens, to know where a marker could begin."""
        ...


def split_untrusted(text: str, marker_prefixes: Iterable[str] = ("<|",)) -> list[str]:
    """Cut text so no piece contains the first two characters of any marker.

    llama.cpp parses user-defined tokens like `<|start|>` even in plain-text tokenization, so a
    piece must never hold a whole marker. Cutting between '<' and '|' keeps every character as text.
    """
    pieces = [text]
    for prefix in marker_prefixes:
        if len(prefix) < 2:
            continue
        nxt: list[str] = []
        for p in pieces:
            parts = p.split(prefix)
            for i, part in enumerate(parts):
                head = prefix[1:] if i else ""
                tail = prefix[0] if i < len(parts) - 1 else ""
                piece = head + part + tail
                if piece:
                    nxt.append(piece)
        pieces = nxt
    return pieces


class EncodingCancelled(Exception):
    """The cancel event was set while a prompt was being tokenized."""


# Text is tokenized this many characters at a time: the cancel event is checked between chunks
# and a limit can stop the count early. A chunk ends at whitespace when it can.
CHUNK_CHARS = 16_384
# Encoded chunks kept for the next render of the same text (at most ~10 MB of text and ids).
SEEN_CACHE_CHARS = 1_000_000
# Stand-ins for the first character of a marker prefix while a chunk is tokenized in one call:
# one byte each in UTF-8, punctuation to the pre-tokenizer like '<', and (checked per chunk)
# absent from the text.
_STAND_INS = tuple(chr(c) for c in (*range(1, 9), 11, 12, *range(14, 32), 127))
# Below this a chunk that needs stand-ins it cannot have is tokenized piece by piece.
_MIN_SPLIT = 32
_SMALL_CACHE = 4096


def _chunks(text: str, size: int) -> Iterable[str]:
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind(" ", start + size // 2, end), text.rfind("\n", start + size // 2,
                                                                          end))
            if cut > start:
                end = cut
        yield text[start:end]
        start = end


class Encoder:
    """Renders conversations to ids with one loaded vocabulary.

    Untrusted text must never become a control token, and llama.cpp matches marker texts inside
    plain-text tokenization, in fragments it tokenizes one by one (milliseconds each). So a
    chunk is tokenized in one call with the first character of every possible marker replaced
    by a stand-in character absent from the chunk; the few tokens that hold a stand-in are then
    rebuilt from the original characters. Every chunk is checked to decode to exactly its text
    with no control token, and falls back to cutting at every marker prefix if not. Linear in the
    text, one tokenizer call per 16 K characters, cancellable between chunks.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.ids = {t: vocab.special_id(t) for t in STRUCTURAL}
        self._prefixes = sorted({t[:2] for t in vocab.control_texts() if len(t) >= 2})
        if not self._prefixes:
            self._prefixes = ["<|"]
        self._control = vocab.control_ids()
        self._control_chars = frozenset("".join(vocab.control_texts()))
        self._pieces: dict[int, bytes] = {}
        self._small: dict[str, list[int]] = {}
        # Chunks encoded before (the history's messages, the instructions), most recent last: a
        # turn renders its whole conversation several times (fitting, saved states, the prompt)
        # and every turn renders the history again; only new text reaches the tokenizer.
        self._seen: OrderedDict[str, tuple[int, ...]] = OrderedDict()
        self._seen_chars = 0
        self.tokenizer_calls = 0  # tests count them: a call per chunk, not per marker

    def encode_text(self, text: str, *, cancel: _Flag | None = None,
                    limit: int | None = None) -> list[int]:
        """`text` as plain-text ids. With `limit`, stops once more than `limit` ids are made
        (the count is then only known to exceed it). Raises EncodingCancelled."""
        out: list[int] = []
        for chunk in _chunks(text, CHUNK_CHARS):
            if cancel is not None and cancel.is_set():
                raise EncodingCancelled
            known = self._seen.get(chunk)
            if known is not None:
                self._seen.move_to_end(chunk)
                out += known
            else:
                ids = self._encode_chunk(chunk, cancel)
                self._remember(chunk, ids)
                out += ids
            if limit is not None and len(out) > limit:
                break
        return out

    def _remember(self, chunk: str, ids: list[int]) -> None:
        if len(chunk) > SEEN_CACHE_CHARS // 8:
            return
        self._seen[chunk] = tuple(ids)
        self._seen_chars += len(chunk)
        while self._seen_chars > SEEN_CACHE_CHARS:
            old, _ids = self._seen.popitem(last=False)
            self._seen_chars -= len(old)

    def encode_segments(self, segments: Sequence[Segment], *, cancel: _Flag | None = None
                        ) -> list[int]:
        out: list[int] = []
        for seg in segments:
            if seg.special:
                out.append(self.ids[seg.text])
            elif seg.text:
                out += self.encode_text(seg.text, cancel=cancel)
        return out

    def encode(self, conv: Conversation, add_generation_prompt: bool = True, *,
               cancel: _Flag | None = None) -> list[int]:
        return self.encode_segments(render_segments(conv, add_generation_prompt), cancel=cancel)

    @property
    def stop_ids(self) -> frozenset[int]:
        return frozenset((self.ids[RETURN], self.ids[CALL]))

    # -- one chunk

    def _plain(self, text: str) -> list[int]:
        self.tokenizer_calls += 1
        return self.vocab.encode_plain(text)

    def _piece(self, token: int) -> bytes:
        piece = self._pieces.get(token)
        if piece is None:
            piece = self._pieces[token] = self.vocab.piece(token)
        return piece

    def _exact(self, ids: list[int], text: str) -> bool:
        return (self._control.isdisjoint(ids)
                and b"".join(self._piece(t) for t in ids) == _utf8(text))

    def _encode_chunk(self, chunk: str, cancel: _Flag | None) -> list[int]:
        if not any(p in chunk for p in self._prefixes):
            ids = self._plain(chunk)
            if self._control.isdisjoint(ids):
                return ids
            return self._encode_cut(chunk, cancel)
        firsts = sorted({p[0] for p in self._prefixes})
        free = [c for c in _STAND_INS if c not in chunk and c not in self._control_chars]
        if len(free) < len(firsts):
            if len(chunk) <= _MIN_SPLIT:
                return self._encode_cut(chunk, cancel)
            half = len(chunk) // 2
            if cancel is not None and cancel.is_set():
                raise EncodingCancelled
            return (self._encode_chunk(chunk[:half], cancel)
                    + self._encode_chunk(chunk[half:], cancel))
        stand = dict(zip(firsts, free, strict=False))
        modified = chunk
        for p in self._prefixes:
            modified = modified.replace(p, stand[p[0]] + p[1:])
        if any(p in modified for p in self._prefixes):  # overlapping prefixes: be careful
            return self._encode_cut(chunk, cancel)
        back = {ord(s): c for c, s in stand.items()}
        out: list[int] = []
        for token in self._plain(modified):
            if token in self._control:
                return self._encode_cut(chunk, cancel)
            piece = self._piece(token)
            if back.keys().isdisjoint(piece):
                out.append(token)
                continue
            rebuilt = self._rebuild(piece, back)
            if rebuilt is None:
                return self._encode_cut(chunk, cancel)
            out += rebuilt
        return out if self._exact(out, chunk) else self._encode_cut(chunk, cancel)

    def _rebuild(self, piece: bytes, back: dict[int, str]) -> list[int] | None:
        """The ids for a token holding stand-ins, with the original characters in their place:
        each run of other bytes and each original character encoded on its own."""
        out: list[int] = []
        run = bytearray()
        for byte in piece:
            if byte in back:
                if run:
                    try:
                        out += self._small_ids(run.decode("utf-8"))
                    except UnicodeDecodeError:
                        return None
                    run.clear()
                out += self._small_ids(back[byte])
            else:
                run.append(byte)
        if run:
            try:
                out += self._small_ids(run.decode("utf-8"))
            except UnicodeDecodeError:
                return None
        return out

    def _small_ids(self, text: str) -> list[int]:
        ids = self._small.get(text)
        if ids is None:
            ids = self._encode_cut(text, None)
            if len(self._small) < _SMALL_CACHE:
                self._small[text] = ids
        return ids

    def _encode_cut(self, text: str, cancel: _Flag | None) -> list[int]:
        """Tokenize between cuts at every marker prefix: one call per piece (the slow way)."""
        out: list[int] = []
        for piece in split_untrusted(text, self._prefixes):
            if cancel is not None and cancel.is_set():
                raise EncodingCancelled
            out += self._plain(piece)
        return out


class _Flag(Protocol):
    def is_set(self) -> bool: ...


_SURROGATES = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """`text` with each lone surrogate (pasted, or read from a damaged file; not UTF-8) as
    U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def _utf8(text: str) -> bytes:
    return valid_unicode(text).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Streaming parser
#
# Mostly the model writes `<|channel|>analysis<|message|>...<|end|><|start|>assistant<|channel|>
# final<|message|>...<|return|>`. At temperature 1 it also writes broken channel names (llama.cpp
# issue 27720), headers without `<|message|>`, `<|message|>` without a header, recipients in the
# role part, and plain text. Every header the parser can read is classified (typos and missing
# markers included, with `malformed=True`); one it cannot read opens the answer, flagged, so the
# text is shown instead of lost. Header texts plus deltas are exactly the text the model wrote.

CHANNELS = ("analysis", "commentary", "final")
ROLES = ("assistant", "user", "system", "developer", "tool")
_NAMES = ROLES + CHANNELS
# Typos tolerated in a channel name (edit distance). The names are far apart, so no typo within
# these distances can match two of them.
_CHANNEL_TYPOS = {"analysis": 2, "commentary": 2, "final": 1}
# A real header is a few words (`commentary to=functions.get_weather <|constrain|>json`): past
# this much text, a newline, or too many words, what is being written is a message, not a header.
_MAX_HEADER_CHARS = 128
_MAX_ZONE_WORDS = 4
_BARE_WORD = re.compile(r"[A-Za-z0-9_.+/-]{1,32}")


@dataclass(frozen=True)
class ChannelStarted:
    """A message begins. `channel` is always one of CHANNELS. A header that could not be read is
    the answer ("final"; "commentary" if it names a tool) with `malformed` set: the turn shows it
    with a note and keeps `raw_header`. `malformed` with a readable channel (a typo, a missing
    marker) means the reading is a repair; the text still went where the model meant it."""

    channel: str  # analysis | commentary | final
    role: str
    recipient: str | None = None  # functions.x, browser.search ...: a tool call; None otherwise
    header: str = ""  # the header's text as written (role part and channel part, no markers)
    constraint: str | None = None  # the arguments' format: "json" from `<|constrain|>json`
    malformed: bool = False  # the header was not well-formed harmony; `channel` is a best reading
    raw_header: str = ""  # the header as it came, markers included, for history and the note


@dataclass(frozen=True)
class TextDelta:
    channel: str
    text: str
    recipient: str | None = None  # set on a tool call's arguments; None on text meant to be read


@dataclass(frozen=True)
class MessageEnded:
    channel: str


@dataclass(frozen=True)
class StopSeen:
    reason: str  # "return" | "call"


@dataclass(frozen=True)
class ToolCall:
    """A message addressed to a tool ended: on `commentary` a function (`functions.x`), on
    `analysis` a built-in tool (`browser.search`, `python`). Its text also streamed as deltas."""

    recipient: str
    arguments: str
    constraint: str | None  # "json" ...; None when the model named no format
    channel: str
    complete: bool  # ended with `<|call|>`; False when cut (token limit, stop, another message)


Event = ChannelStarted | TextDelta | MessageEnded | StopSeen | ToolCall

_Piece = tuple[bool, str]  # (is a marker, its text): the header as it arrives


@dataclass
class _Word:
    text: str
    start: int  # offset in the header's text (markers not counted)
    zone: str  # "role" (before <|channel|>) or "channel"
    junk: bool  # before a repeated <|start|>: kept as header text, not read
    constrained: bool  # right after <|constrain|>
    complete: bool  # whitespace or a marker follows


@dataclass(frozen=True)
class _Header:
    channel: str
    role: str
    recipient: str | None
    constraint: str | None
    malformed: bool
    guessed: bool  # no channel could be read at all: "final" (or "commentary" for a tool call)


def _header_words(pieces: Sequence[_Piece]) -> tuple[list[_Word], int | None]:
    """The words of a header, and the text offset of the current part's `<|channel|>`."""
    words: list[_Word] = []
    zone, channel_at, constrained, pos = "role", None, False, 0
    cur: list[str] = []
    cur_start, cur_zone, cur_constrained = 0, zone, False

    def close(complete: bool) -> None:
        if cur:
            words.append(_Word("".join(cur), cur_start, cur_zone, False, cur_constrained,
                               complete))
            cur.clear()

    for is_mark, text in pieces:
        if is_mark:
            close(True)
            if text == START:
                for w in words:
                    w.junk = True
                zone, channel_at, constrained = "role", None, False
            elif text == CHANNEL:
                zone = "channel"
                if channel_at is None:
                    channel_at = pos
            elif text == CONSTRAIN:
                constrained = True
            continue
        for ch in text:
            if ch.isspace():
                close(True)
            else:
                if not cur:
                    cur_start, cur_zone, cur_constrained = pos, zone, constrained
                    constrained = False
                cur.append(ch)
            pos += 1
    close(False)
    return words, channel_at


def _strip_names(word: str) -> tuple[int, str | None, str | None]:
    """How many leading characters are role and channel names run together ("assistantfinal"),
    and the first role and channel among them."""
    consumed, role, channel = 0, None, None
    while consumed < len(word):
        for name in _NAMES:
            if word.startswith(name, consumed):
                if name in CHANNELS:
                    channel = channel or name
                else:
                    role = role or name
                consumed += len(name)
                break
        else:
            break
    return consumed, role, channel


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def classify_channel(word: str) -> tuple[str | None, bool, int]:
    """Read a channel name as the model wrote it: (channel or None, exact, characters it covers).

    "final" is exact; "Final", "commentary?", "analyis" are read with exact=False; "finalThe"
    or "analyisThe" (no `<|message|>`, the text glued on) cover only the name's characters.
    """
    if word in CHANNELS:
        return word, True, len(word)
    low = word.lower()
    for ch in CHANNELS:
        if low.startswith(ch):
            return ch, False, len(ch)
    core = "".join(c for c in low if c.isalnum())
    for ch in CHANNELS:
        if core == ch or (core and _edit_distance(core, ch) <= _CHANNEL_TYPOS[ch]):
            return ch, False, len(word)
    best: tuple[int, int, str] | None = None  # (typos, length, channel) of a misspelt prefix
    for ch in CHANNELS:
        tol = _CHANNEL_TYPOS[ch]
        for n in range(len(ch) - tol, min(len(low), len(ch) + tol) + 1):
            d = _edit_distance(low[:n], ch)
            if d <= tol and (best is None or (d, n) < best[:2]):
                best = (d, n, ch)
    if best is not None:
        return best[2], False, best[1]
    return None, False, 0


def _role_word_ok(w: _Word) -> bool:
    """Could this word (still) be part of a role part: `assistant`, ` to=functions.x`, or a
    channel name whose `<|channel|>` the model left out?"""
    if w.text.startswith("to="):
        return True
    consumed, _, _ = _strip_names(w.text)
    rest = w.text[consumed:]
    if not rest or rest.startswith("to="):
        return True
    if not w.complete:
        return any(n.startswith(rest) for n in (*_NAMES, "to="))
    return False


def _plausible(pieces: Sequence[_Piece]) -> bool:
    """Could the text so far still be a header? False means it is a message being written."""
    text = "".join(t for m, t in pieces if not m)
    if len(text) > _MAX_HEADER_CHARS:
        return False
    starts = [i for i, (m, t) in enumerate(pieces) if m and t == START]
    current = "".join(t for m, t in pieces[starts[-1] if starts else 0:] if not m)
    if ("\n" in current or "\r" in current) and current.strip():
        return False  # a header never spans lines; whitespace alone between messages is no text
    words, _ = _header_words(pieces)
    if not all(_role_word_ok(w) for w in words if w.zone == "role"):
        return False
    live = [w for w in words if not w.junk]
    if sum(w.zone == "role" for w in live) > _MAX_ZONE_WORDS:
        return False
    channel_words = [w for w in live if w.zone == "channel"]
    if len(channel_words) > _MAX_ZONE_WORDS:
        return False
    named = False
    bare = 0
    for w in channel_words:
        if w.text.startswith("to=") or w.constrained:
            continue
        if not named:
            named = True  # the channel name: anything, a broken one is read when <|message|> comes
            continue
        bare += 1
        if bare > 1 or not _BARE_WORD.fullmatch(w.text):
            return False
    return True


def _content_boundary(words: Sequence[_Word]) -> int | None:
    """For a header that never got its `<|message|>`: where the message text starts (a text
    offset), after whatever reads as header; None when all of it does."""
    named = False
    for w in words:
        if w.junk:
            continue
        if w.zone == "role":
            if w.text.startswith("to="):
                continue
            consumed, _, _ = _strip_names(w.text)
            if consumed < len(w.text) and not w.text[consumed:].startswith("to="):
                return w.start + consumed
            continue
        if w.text.startswith("to=") or w.constrained:
            continue
        if not named:
            named = True
            channel, _, covered = classify_channel(w.text)
            if channel is None:
                return w.start
            if covered < len(w.text):
                return w.start + covered
            continue
        return w.start
    return None


def _read_header(words: Sequence[_Word], has_channel_marker: bool) -> _Header:
    """Channel, role, recipient and constraint from a header's words, as leniently as harmony's
    own parser: the recipient in the role part or the channel part, the format after
    `<|constrain|>` or as a bare word (`commentary json`, the official template's form)."""
    malformed = not has_channel_marker
    role = recipient = constraint = channel = role_channel = junk_channel = None
    named = False
    bare = 0
    for w in words:
        if w.junk:
            malformed = True
            if w.zone == "channel":
                junk_channel = classify_channel(w.text)[0] or junk_channel
            continue
        text = w.text
        if w.zone == "role" and not text.startswith("to="):
            consumed, r, ch = _strip_names(text)
            if r is not None:
                if role is not None and r != role:
                    malformed = True
                role = role or r
            if ch is not None:
                role_channel = role_channel or ch
                malformed = True  # a channel name before <|channel|>, or with none at all
            text = text[consumed:]
            if not text:
                continue
            if not text.startswith("to="):
                malformed = True
                continue
        if text.startswith("to="):
            if recipient is not None or len(text) == 3:
                malformed = True
            recipient = recipient or (text[3:] or None)
            continue
        if w.constrained:
            if constraint is not None:
                malformed = True
            constraint = text
            continue
        if not named:
            named = True
            channel, exact, _ = classify_channel(text)
            malformed = malformed or not exact
            continue
        bare += 1
        if bare == 1 and constraint is None and _BARE_WORD.fullmatch(text):
            constraint = text
        else:
            malformed = True
    # A header abandoned for a new <|start|> (`<|channel|>analysis<|start|>The user...`) still
    # says what the text after it is, when the new one says nothing.
    channel = channel or role_channel or (junk_channel if recipient is None else None)
    guessed = channel is None
    if channel is None:
        # No channel could be read: a message to a tool is a tool call; anything else is shown.
        malformed = True
        channel = "commentary" if recipient else "final"
    if recipient == "all":
        recipient = None
    return _Header(channel, role or "assistant", recipient, constraint, malformed, guessed)


class StreamParser:
    """Turns generated token ids into events. Never raises on any id sequence; never drops text.

    Generation starts right after `<|start|>assistant`, so the first state is a header whose role
    is already known; with `open_channel` it starts inside a message of that channel whose header
    the prompt already holds (continuing a cut answer: no ChannelStarted is emitted for it). Text
    runs between structural tokens are decoded with their own incremental UTF-8 decoder, so a
    character split across tokens comes out whole.
    """

    def __init__(self, encoder: Encoder, *, open_channel: str | None = None) -> None:
        ids = encoder.ids
        self._marks = {ids[START]: START, ids[CHANNEL]: CHANNEL, ids[CONSTRAIN]: CONSTRAIN}
        self._end, self._message = ids[END], ids[MESSAGE]
        self._return, self._call = ids[RETURN], ids[CALL]
        self._control = encoder.vocab.control_ids()
        self._vocab = encoder.vocab
        self._pieces_cache: dict[int, bytes] = {}
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.state = "header"  # header | content
        self._header: list[_Piece] = []
        self.channel = "final"
        self.role = "assistant"
        self.recipient: str | None = None
        self.constraint: str | None = None
        self._args: list[str] = []
        self._has_content = False
        # (channel, recipient) of a message that got a header but an end instead of <|message|>
        # (`<|channel|>analysis<|end|>The user asks...`): the text right after it is its text.
        self._orphan: tuple[str, str | None] | None = None
        self.stop_reason: str | None = None
        self.text: dict[str, list[str]] = {}
        if open_channel is not None:
            if open_channel not in CHANNELS:
                raise ValueError(f"unknown channel {open_channel!r}")
            self.state, self.channel = "content", open_channel

    @property
    def open_channel(self) -> str | None:
        """The channel of the message being written, None between messages."""
        return self.channel if self.state == "content" else None

    @property
    def open_recipient(self) -> str | None:
        return self.recipient if self.state == "content" else None

    # -- helpers
    def _piece(self, token: int) -> bytes:
        p = self._pieces_cache.get(token)
        if p is None:
            try:
                p = self._vocab.piece(token)
            except Exception:  # an id outside the vocabulary is noise, not text
                p = b""
            self._pieces_cache[token] = p
        return p

    def _has_text(self) -> bool:
        return any(not m and t for m, t in self._header)

    def _emit_delta(self, out: list[Event], text: str) -> None:
        if text:
            self._has_content = True
            self.text.setdefault(self.channel, []).append(text)
            if self.recipient is not None:
                self._args.append(text)
            out.append(TextDelta(self.channel, text, self.recipient))

    def _open(self, out: list[Event], with_message: bool) -> None:
        """Open a message from the header so far. Without `<|message|>` (the header ran into an
        end, a limit or plain text) the text that does not read as header is the message's."""
        pieces = self._header
        text = "".join(t for m, t in pieces if not m)
        words, channel_at = _header_words(pieces)
        boundary = len(text)
        if not with_message:
            cut = _content_boundary(words)
            if cut is not None:
                boundary = cut
                words = [w if w.start + len(w.text) <= cut else
                         _Word(w.text[:cut - w.start], w.start, w.zone, w.junk, w.constrained, True)
                         for w in words if w.start < cut]
        has_channel = channel_at is not None and channel_at <= boundary
        h = _read_header(words, has_channel)
        if h.guessed and self._orphan is not None and not any(m for m, _ in pieces):
            h = _Header(self._orphan[0], h.role, self._orphan[1], h.constraint, True, False)
        self._orphan = None
        raw: list[str] = []
        pos = 0
        for is_mark, t in pieces:
            if is_mark:
                if pos <= boundary:
                    raw.append(t)
            else:
                raw.append(t[:max(0, boundary - pos)])
                pos += len(t)
        out.append(ChannelStarted(h.channel, h.role, h.recipient, text[:boundary], h.constraint,
                                  h.malformed or not with_message, "".join(raw)))
        self.state = "content"
        self.channel, self.role, self.recipient, self.constraint = (
            h.channel, h.role, h.recipient, h.constraint)
        self._args = []
        self._has_content = False
        self._header = []
        self._emit_delta(out, text[boundary:])

    def _end_message(self, out: list[Event], complete: bool) -> None:
        out.append(MessageEnded(self.channel))
        if self.recipient is not None and self.channel != "final":
            out.append(ToolCall(self.recipient, "".join(self._args), self.constraint,
                                self.channel, complete))
        self.recipient = self.constraint = None
        self._args = []
        self.state = "header"
        self._header = []

    # -- main entry points
    def feed(self, token: int) -> list[Event]:
        out: list[Event] = []
        if token in self._control:
            tail = self._decoder.decode(b"", final=True)
            if tail:
                self._text_run(out, tail)
            self._structural(out, token)
            return out
        text = self._decoder.decode(self._piece(token))
        if text:
            self._text_run(out, text)
        return out

    def _text_run(self, out: list[Event], text: str) -> None:
        if self.state == "content":
            self._emit_delta(out, text)
            return
        self._header.append((False, text))
        if not _plausible(self._header):
            self._open(out, with_message=False)

    def _structural(self, out: list[Event], token: int) -> None:
        mark = self._marks.get(token)
        if mark is not None:  # <|start|>, <|channel|>, <|constrain|>: part of a header
            if self.state == "content":
                if mark == CONSTRAIN:
                    return  # no text, and the message it would belong to is already open
                self._end_message(out, complete=False)
            elif self._has_text() and not _plausible([*self._header, (True, mark)]):
                # The marker completes a word that cannot be a header's: that text is a message.
                self._open(out, with_message=False)
                if mark == CONSTRAIN:
                    return
                self._end_message(out, complete=False)
            self._header.append((True, mark))
            self._orphan = None
        elif token == self._message:
            self._orphan = None
            if self.state == "header":
                self._open(out, with_message=True)
            # A second <|message|> inside a message carries no text: skip it.
        elif token in (self._end, self._return, self._call):
            orphan = None
            if self.state == "header" and self._has_text():
                self._open(out, with_message=False)
                if not self._has_content:
                    orphan = (self.channel, self.recipient)
            if self.state == "content":
                self._end_message(out, complete=token == self._call)
            self._header = []
            self._orphan = orphan
            if token != self._end:
                self.stop_reason = "return" if token == self._return else "call"
                out.append(StopSeen(self.stop_reason))
        # Any other control token (padding, reserved ids) carries no text: skip it.

    def finish(self) -> list[Event]:
        """End of stream: flush a half-decoded character, a pending header, an open message."""
        out: list[Event] = []
        tail = self._decoder.decode(b"", final=True)
        if tail:
            self._text_run(out, tail)
        if self.state == "header" and self._has_text():
            self._open(out, with_message=False)
        if self.state == "content":
            self._end_message(out, complete=False)
        return out

    def channel_text(self, channel: str) -> str:
        return "".join(self.text.get(channel, ()))
