"""Harmony as text: raw gpt-oss output from a server (markers as text), parsed by harmony's rules.

llama-cpp-python's server, and llama-server without a reasoning parser, stream the model's tokens
as text, markers included (`<|channel|>analysis<|message|>...<|end|>`). `HarmonyText` cuts that
text at the markers and feeds `harmony.StreamParser` with ids of a small text vocabulary, so the
same rules decide channels, recipients and malformed output as for the in-process engine. Text
that is not harmony at all (a plain answer) comes out as the final channel.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core import harmony
from app.core.harmony import Event

# Every marker a gpt-oss server can print; anything else that looks like one stays text.
MARKERS: tuple[str, ...] = (*harmony.STRUCTURAL, "<|endoftext|>", "<|startoftext|>",
                            "<|endofprompt|>")


class TextVocab:
    """harmony.Vocab over text: each marker is a control id, each distinct text run gets an id."""

    def __init__(self) -> None:
        self._texts: list[str] = list(MARKERS)
        self._ids: dict[str, int] = {t: i for i, t in enumerate(MARKERS)}
        self._control = frozenset(range(len(MARKERS)))

    def special_id(self, text: str) -> int:
        if text not in MARKERS:
            raise KeyError(text)
        return self._ids[text]

    def encode_plain(self, text: str) -> list[int]:
        return [self.text_id(text)] if text else []

    def text_id(self, text: str) -> int:
        tid = self._ids.get(text)
        if tid is None:
            tid = len(self._texts)
            self._texts.append(text)
            self._ids[text] = tid
        return tid

    def piece(self, token: int) -> bytes:
        return self._texts[token].encode("utf-8")

    def control_ids(self) -> frozenset[int]:
        return self._control

    def control_texts(self) -> Iterable[str]:
        return MARKERS


def _held_back(text: str) -> int:
    """How many trailing characters of `text` could be the start of a marker cut by the stream."""
    start = text.rfind("<", max(0, len(text) - max(len(m) for m in MARKERS)))
    while start != -1:
        tail = text[start:]
        if any(m.startswith(tail) for m in MARKERS):
            return len(text) - start
        start = text.find("<", start + 1)
    return 0


class HarmonyText:
    """Raw harmony text, streamed in pieces of any size, to harmony events."""

    def __init__(self) -> None:
        self.vocab = TextVocab()
        self.parser = harmony.StreamParser(harmony.Encoder(self.vocab))
        self._pending = ""

    @property
    def stop_reason(self) -> str | None:
        return self.parser.stop_reason

    def feed(self, text: str) -> list[Event]:
        text = self._pending + text
        keep = _held_back(text)
        self._pending = text[len(text) - keep:] if keep else ""
        return self._parse(text[: len(text) - keep])

    def _parse(self, text: str) -> list[Event]:
        out: list[Event] = []
        pos = 0
        while pos < len(text):
            at = text.find("<|", pos)
            marker = next((m for m in MARKERS if text.startswith(m, at)), None) if at >= 0 else None
            if marker is None:
                nxt = text.find("<|", at + 2) if at >= 0 else -1
                end = len(text) if at < 0 or nxt < 0 else nxt
                out += self.parser.feed(self.vocab.text_id(text[pos:end]))
                pos = end
                continue
            if at > pos:
                out += self.parser.feed(self.vocab.text_id(text[pos:at]))
            out += self.parser.feed(self.vocab.special_id(marker))
            pos = at + len(marker)
        return out

    def finish(self) -> list[Event]:
        """End of the stream: what was held back is text after all; close the open message."""
        out = self._parse(self._pending)
        self._pending = ""
        return out + [ev for ev in self.parser.finish() if not isinstance(ev, harmony.StopSeen)]


__all__ = ["MARKERS", "HarmonyText", "TextVocab"]
