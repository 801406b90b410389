"""gpt-oss's harmony format: a conversation to token ids, and generated token ids back to events.

Prompts are built as id lists: structural tokens by id (looked up by text in the loaded vocabulary),
every message body tokenized as plain text after cutting it wherever a control marker could start,
so no user or document text can ever become a control token (llama.cpp issue 17607).
The text form equals what the official chat template renders for the same conversation.
"""

from __future__ import annotations

import codecs
import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

DEFAULT_IDENTITY = "You are ChatGPT, a large language model trained by OpenAI."
KNOWLEDGE_CUTOFF = "2024-06"
VALID_CHANNELS_LINE = (
    "# Valid channels: analysis, commentary, final. Channel must be included for every message."
)
REASONING_EFFORTS = ("low", "medium", "high")

START, END, MESSAGE, CHANNEL = "<|start|>", "<|end|>", "<|message|>", "<|channel|>"
RETURN, CALL, CONSTRAIN = "<|return|>", "<|call|>", "<|constrain|>"
STRUCTURAL = (START, END, MESSAGE, CHANNEL, RETURN, CALL, CONSTRAIN)

Role = Literal["user", "assistant"]


@dataclass
class Message:
    """One visible turn. `reasoning` is for display only: earlier analysis is never rendered."""

    role: Role
    content: str
    reasoning: str = ""


@dataclass
class Conversation:
    """Everything that decides the prompt. Same conversation, same tokens: the KV cache needs it."""

    messages: list[Message] = field(default_factory=list)
    instructions: str = ""  # the user's "system prompt": harmony's developer message
    reasoning_effort: str = "medium"
    date: str = field(default_factory=lambda: _dt.date.today().isoformat())
    model_identity: str = DEFAULT_IDENTITY

    def with_user(self, text: str) -> Conversation:
        return Conversation(
            [*self.messages, Message("user", text)],
            self.instructions,
            self.reasoning_effort,
            self.date,
            self.model_identity,
        )


@dataclass(frozen=True)
class Segment:
    """A piece of a rendered prompt: a structural token, or text that must stay text."""

    text: str
    special: bool = False


def system_text(conv: Conversation) -> str:
    effort = conv.reasoning_effort if conv.reasoning_effort in REASONING_EFFORTS else "medium"
    return (
        f"{conv.model_identity}\n"
        f"Knowledge cutoff: {KNOWLEDGE_CUTOFF}\n"
        f"Current date: {conv.date}\n\n"
        f"Reasoning: {effort}\n\n"
        f"{VALID_CHANNELS_LINE}"
    )


def render_segments(conv: Conversation, add_generation_prompt: bool = True) -> list[Segment]:
    """The prompt as segments, in the order and with the text of the official template."""
    S = Segment
    out: list[Segment] = [S(START, True), S("system"), S(MESSAGE, True), S(system_text(conv)),
                          S(END, True)]
    if conv.instructions:
        out += [S(START, True), S("developer"), S(MESSAGE, True),
                S(f"# Instructions\n\n{conv.instructions}\n\n"), S(END, True)]
    for m in conv.messages:
        if m.role == "user":
            out += [S(START, True), S("user"), S(MESSAGE, True), S(m.content), S(END, True)]
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


class Encoder:
    """Renders conversations to ids with one loaded vocabulary."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.ids = {t: vocab.special_id(t) for t in STRUCTURAL}
        self._prefixes = sorted({t[:2] for t in vocab.control_texts() if len(t) >= 2})
        if not self._prefixes:
            self._prefixes = ["<|"]

    def encode_text(self, text: str) -> list[int]:
        out: list[int] = []
        for piece in split_untrusted(text, self._prefixes):
            out += self.vocab.encode_plain(piece)
        return out

    def encode_segments(self, segments: Sequence[Segment]) -> list[int]:
        out: list[int] = []
        for seg in segments:
            if seg.special:
                out.append(self.ids[seg.text])
            elif seg.text:
                out += self.encode_text(seg.text)
        return out

    def encode(self, conv: Conversation, add_generation_prompt: bool = True) -> list[int]:
        return self.encode_segments(render_segments(conv, add_generation_prompt))

    @property
    def stop_ids(self) -> frozenset[int]:
        return frozenset((self.ids[RETURN], self.ids[CALL]))


# ---------------------------------------------------------------------------------------------
# Streaming parser


@dataclass(frozen=True)
class ChannelStarted:
    channel: str  # analysis | final | commentary | anything else the model wrote
    role: str
    recipient: str | None = None
    header: str = ""  # the raw header text (role, channel, recipient, constraint)


@dataclass(frozen=True)
class TextDelta:
    channel: str
    text: str


@dataclass(frozen=True)
class MessageEnded:
    channel: str


@dataclass(frozen=True)
class StopSeen:
    reason: str  # "return" | "call"


Event = ChannelStarted | TextDelta | MessageEnded | StopSeen

_MAX_HEADER_CHARS = 128


class StreamParser:
    """Turns generated token ids into events. Never raises on any id sequence; never drops text.

    Generation starts right after `<|start|>assistant`, so the first state is a header whose role
    is already known. Text runs between structural tokens are decoded with their own incremental
    UTF-8 decoder, so a character split across tokens comes out whole.
    """

    def __init__(self, encoder: Encoder) -> None:
        ids = encoder.ids
        self._start, self._end = ids[START], ids[END]
        self._message, self._channel = ids[MESSAGE], ids[CHANNEL]
        self._return, self._call, self._constrain = ids[RETURN], ids[CALL], ids[CONSTRAIN]
        self._control = encoder.vocab.control_ids()
        self._vocab = encoder.vocab
        self._pieces: dict[int, bytes] = {}
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.state = "header"  # header | content | between
        self.role = "assistant"
        self._initial = True
        self._header_role = ""
        self._header_rest = ""
        self._seen_channel = False
        self.channel = "final"
        self.stop_reason: str | None = None
        self.text: dict[str, list[str]] = {}

    # -- helpers
    def _piece(self, token: int) -> bytes:
        p = self._pieces.get(token)
        if p is None:
            try:
                p = self._vocab.piece(token)
            except Exception:  # an id outside the vocabulary is noise, not text
                p = b""
            self._pieces[token] = p
        return p

    def _flush_text(self) -> str:
        return self._decoder.decode(b"", final=True)

    def _add_header(self, text: str) -> None:
        if self._seen_channel:
            self._header_rest += text
        else:
            self._header_role += text

    def _emit_delta(self, out: list[Event], text: str) -> None:
        if text:
            self.text.setdefault(self.channel, []).append(text)
            out.append(TextDelta(self.channel, text))

    def _open_channel(self, out: list[Event], malformed: bool = False) -> None:
        header = self._header_role + self._header_rest
        if malformed:
            self.channel = "final"
            out.append(ChannelStarted("final", self.role, None, ""))
            self._emit_delta(out, header)
        else:
            words = self._header_rest.split()
            channel = words[0] if words and self._seen_channel else "final"
            recipient = None
            for w in header.split():
                if w.startswith("to="):
                    recipient = w[3:]
            role_words = self._header_role.split()
            if role_words and not role_words[0].startswith("to="):
                self.role = role_words[0]
            self.channel = channel
            out.append(ChannelStarted(channel, self.role, recipient, header))
        self.state = "content"
        self._header_role = self._header_rest = ""
        self._seen_channel = False
        self._initial = False

    def _enter_header(self) -> None:
        self.state = "header"
        self._header_role = self._header_rest = ""
        self._seen_channel = False

    # -- main entry points
    def feed(self, token: int) -> list[Event]:
        out: list[Event] = []
        if token in self._control:
            tail = self._flush_text()
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
        elif self.state == "between":
            # Text outside any message: keep it as answer text rather than lose it.
            self.role = "assistant"
            self._header_role = self._header_rest = ""
            self._open_channel(out, malformed=True)
            self._emit_delta(out, text)
        else:
            self._add_header(text)
            if self._initial and not self._seen_channel:
                # Right after `<|start|>assistant` only a recipient may come before <|channel|>;
                # anything else means the model is not writing harmony: show it as the answer.
                head = self._header_role.lstrip()
                if not ("to=".startswith(head) or head.startswith("to=")):
                    self._open_channel(out, malformed=True)
                    return
            if (len(self._header_role) + len(self._header_rest) > _MAX_HEADER_CHARS
                    or "\n" in self._header_role or "\n" in self._header_rest):
                self._open_channel(out, malformed=True)

    def _structural(self, out: list[Event], token: int) -> None:
        if token == self._channel:
            if self.state == "content":
                out.append(MessageEnded(self.channel))
                self._enter_header()
            elif self.state == "between":
                self._enter_header()
            self._seen_channel = True
        elif token == self._message:
            if self.state in ("header", "between"):
                self._open_channel(out)
        elif token == self._start:
            if self.state == "content":
                out.append(MessageEnded(self.channel))
            elif self.state == "header" and (self._header_role or self._header_rest):
                self._open_channel(out)
                out.append(MessageEnded(self.channel))
            self._initial = False
            self._enter_header()
        elif token in (self._end, self._return, self._call):
            if self.state == "header" and (self._header_role or self._header_rest
                                           or self._seen_channel):
                self._open_channel(out)
            if self.state == "content":
                out.append(MessageEnded(self.channel))
            self.state = "between"
            self._initial = False
            if token != self._end:
                self.stop_reason = "return" if token == self._return else "call"
                out.append(StopSeen(self.stop_reason))
        # Any other control token (padding, reserved ids) carries no text: skip it.

    def finish(self) -> list[Event]:
        """End of stream: flush a half-decoded character and any pending header text."""
        out: list[Event] = []
        tail = self._flush_text()
        if tail:
            self._text_run(out, tail)
        if self.state == "header" and (self._header_role or self._header_rest):
            self._open_channel(out, malformed=not self._seen_channel)
        if self.state == "content":
            out.append(MessageEnded(self.channel))
            self.state = "between"
        return out

    def channel_text(self, channel: str) -> str:
        return "".join(self.text.get(channel, ()))
