"""The replay corpus, mutated: structural tokens dropped, duplicated and swapped, garbage written
into headers. The parser never fails, never loses text, and never passes reasoning off as the
answer: analysis text only reaches a message meant for the person (the answer, a preamble) when
that message is flagged malformed, so the window shows it with a note."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import harmony
from app.core.engine import LlamaEngine
from app.core.harmony import CHANNELS, ChannelStarted, MessageEnded, TextDelta
from tests.fixtures import harmony_replay as corpus

CASES = corpus.load_cases()
FIXTURE_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]

# What a model writing a broken header might put there: names and pieces of names, recipients,
# punctuation, whitespace, CJK, emoji, and a newline.
GARBAGE = ["??", "?", " ", "  ", "final", "analysis", "commentary", "assistant", "to=",
           "to=functions.x", "json", "Final", "fin", "anal", "comm", "ysis", "\n", ".", ":",
           "思考", "🙂", "<", "|", "The user", "x" * 40, "_HANDOFF_", "user", "code"]


def is_reader_facing(dest: corpus.Destination) -> bool:
    """Text in this message is shown to the person as if the model meant it for them."""
    channel, malformed, recipient = dest
    return not malformed and recipient is None and channel in ("final", "commentary")


@st.composite
def mutated(draw: st.DrawFn, enc: harmony.Encoder) -> tuple[str, list[int], list[str | None]]:
    """A corpus case's tokens after 1-3 mutations, each token labelled with the channel its text
    had in the original (None for control tokens and inserted garbage)."""
    case = draw(st.sampled_from(CASES))
    ids = corpus.tokens(enc, case.stream)
    labels: list[str | None] = [d[0] if d is not None else None
                                for d in corpus.destinations(enc, ids)]
    control = enc.vocab.control_ids()
    structural = {enc.ids[m] for m in harmony.STRUCTURAL}
    toks = list(zip(ids, labels, strict=True))
    ops = []
    for _ in range(draw(st.integers(1, 3))):
        marks = [i for i, (t, _) in enumerate(toks) if t in structural]
        op = draw(st.sampled_from(["drop", "dup", "swap", "swap_next", "garbage_header",
                                   "garbage_anywhere"]))
        if op in ("drop", "dup", "swap", "swap_next") and not marks:
            op = "garbage_anywhere"
        if op == "drop":
            i = draw(st.sampled_from(marks))
            del toks[i]
        elif op == "dup":
            i = draw(st.sampled_from(marks))
            toks.insert(i, toks[i])
        elif op == "swap":
            i, j = draw(st.sampled_from(marks)), draw(st.sampled_from(marks))
            toks[i], toks[j] = toks[j], toks[i]
        elif op == "swap_next":
            i = draw(st.sampled_from(marks))
            if i + 1 < len(toks):
                toks[i], toks[i + 1] = toks[i + 1], toks[i]
        else:
            if op == "garbage_header":
                # Somewhere between a header's start (<|start|>, <|channel|> or the stream's
                # beginning) and its <|message|>.
                spots = [0] + [i + 1 for i, (t, _) in enumerate(toks)
                               if t in (enc.ids[harmony.START], enc.ids[harmony.CHANNEL])]
                start = draw(st.sampled_from(spots))
                end = next((i for i in range(start, len(toks))
                            if toks[i][0] == enc.ids[harmony.MESSAGE]), len(toks))
                at = draw(st.integers(start, end))
            else:
                at = draw(st.integers(0, len(toks)))
            text = "".join(draw(st.lists(st.sampled_from(GARBAGE), min_size=1, max_size=3)))
            toks[at:at] = [(t, None) for t in enc.encode_text(text)]
        ops.append(op)
    assert all(t in control or lab is None or lab in CHANNELS or lab.startswith("header:")
               for t, lab in toks)
    return f"{case.name}: {ops}", [t for t, _ in toks], [lab for _, lab in toks]


def check(enc: harmony.Encoder, ids: list[int], labels: list[str | None]) -> None:
    events = corpus.parse(enc, ids)  # never raises
    # No text lost: header texts plus deltas are every character of the stream.
    assert corpus.all_text(events) == corpus.stream_text(enc, ids)
    starts = [e for e in events if isinstance(e, ChannelStarted)]
    assert all(e.channel in CHANNELS for e in events if isinstance(e, ChannelStarted | TextDelta))
    assert sum(isinstance(e, MessageEnded) for e in events) == len(starts)
    # No reasoning passed off as the answer.
    for dest, label in zip(corpus.destinations(enc, ids), labels, strict=True):
        if label == "analysis" and dest is not None:
            assert not is_reader_facing(dest), (dest, label)


def test_destinations_label_the_corpus(tiny_engine: LlamaEngine) -> None:
    """The labels the fuzz relies on are right on the unmutated corpus."""
    enc = tiny_engine.encoder
    for case in CASES:
        ids = corpus.tokens(enc, case.stream)
        dests = corpus.destinations(enc, ids)
        text: dict[str, str] = {}
        for t, d in zip(ids, dests, strict=True):
            if d is not None and not d[0].startswith("header:"):
                text[d[0]] = text.get(d[0], b"") + enc.vocab.piece(t)  # type: ignore[operator]
        got = {k: v.decode() for k, v in text.items()}  # type: ignore[attr-defined]
        # Header-less cases attribute their leading header text too; compare the tails.
        for channel, want in case.expect["texts"].items():
            assert got[channel].endswith(want), (case.name, channel)
        check(enc, ids, [d[0] if d else None for d in dests])


@settings(max_examples=1000, deadline=None, suppress_health_check=FIXTURE_OK, database=None)
@given(data=st.data())
def test_fuzz_mutated_corpus(tiny_engine: LlamaEngine, data: st.DataObject) -> None:
    enc = tiny_engine.encoder
    what, ids, labels = data.draw(mutated(enc))
    try:
        check(enc, ids, labels)
    except AssertionError as exc:
        raise AssertionError(f"{what}: {exc}") from exc


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURE_OK, database=None)
@given(data=st.data())
def test_fuzz_random_ids_never_raise_or_lose_text(tiny_engine: LlamaEngine,
                                                  data: st.DataObject) -> None:
    """Not harmony at all: any ids, structural tokens dense among them, ids out of range."""
    enc = tiny_engine.encoder
    n_vocab = tiny_engine.vocab.n_vocab
    structural = sorted(enc.ids[m] for m in harmony.STRUCTURAL)
    token = st.one_of(st.sampled_from(structural), st.integers(0, n_vocab - 1),
                      st.integers(-3, n_vocab + 3))
    ids: list[Any] = data.draw(st.lists(token, max_size=200))
    events = corpus.parse(enc, ids)
    assert corpus.all_text(events) == corpus.stream_text(enc, [t for t in ids
                                                               if 0 <= t < n_vocab])
