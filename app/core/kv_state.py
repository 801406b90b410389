"""Each conversation's KV cache, kept: saved when the conversation leaves the engine, restored
before its next turn, so reopening a long chat (or starting a new one) reads no prompt twice.

`StateKeeper` knows which conversation the engine's cache belongs to. A session calls
`begin_turn` before the engine reads the prompt: the conversation that was in the engine is saved
if it is another one, and the longest saved prefix of this prompt (the conversation's own state,
or the fixed system + developer prefix every new chat starts with) is restored when it beats what
the cache already shares with the prompt. Only tokens after that prefix are evaluated. The
front end saves too when the conversation leaves the engine some other way: another conversation
opened (`show`), the model unloaded, the app quitting (`save_current`).

Nothing here raises into a turn: a state that cannot be saved or restored is logged and the turn
evaluates its prompt as usual. Thread: the engine's (a keeper is used with its engine only).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from app.core.engine import Engine, StatefulEngine, TurnStats
from app.core.harmony import Conversation
from app.core.kv_cache import (
    CONVERSATION,
    PREFIX,
    StateFile,
    StateStore,
    common_prefix,
    state_key,
    tokens_digest,
)
from app.core.units import MB

log = logging.getLogger(__name__)

MIN_SAVE_TOKENS = 8


@dataclass
class Prepared:
    """What `begin_turn` did, for the turn's stats."""

    restored_tokens: int = 0  # tokens of this prompt read from a saved state
    source: str = ""  # "conversation" | "prefix" | ""
    ahead_tokens: int = 0  # tokens of this prompt read ahead while the person typed
    evaluated_tokens: int = 0  # fixed-prefix tokens evaluated here (to save them once)
    prefill_seconds: float = 0.0
    seconds: float = 0.0  # all of it: saving the previous conversation, restoring, the prefix

    def apply(self, stats: TurnStats) -> None:
        """Fold this into the engine's stats: tokens evaluated here are not cached ones, and the
        time spent here is part of the wait for the first token."""
        moved = min(self.evaluated_tokens, stats.cached_tokens)
        stats.cached_tokens -= moved
        stats.evaluated_tokens += moved
        stats.prefill_seconds += self.prefill_seconds
        stats.restored_tokens = min(self.restored_tokens, stats.cached_tokens)
        stats.ahead_tokens = min(self.ahead_tokens, stats.cached_tokens)
        stats.state_seconds = max(0.0, self.seconds - self.prefill_seconds)
        if stats.ttft_seconds > 0:
            stats.ttft_seconds += self.seconds


@dataclass(frozen=True)
class Saved:
    path: Path
    kind: str  # "conversation" | "prefix"
    tokens: int
    size: int
    seconds: float  # copying the state out of llama.cpp and writing the file

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "tokens": self.tokens, "bytes": self.size,
                "seconds": round(self.seconds, 4)}


class StateKeeper:
    """The engine's cache and the saved states of the conversations it has held."""

    def __init__(self, engine: StatefulEngine, store: StateStore) -> None:
        self.engine = engine
        self.store = store
        self.owner: str | None = None  # the conversation whose tokens the cache holds
        self._key: str | None = None
        self._on_disk: tuple[str, int, str] | None = None  # owner, tokens, digest saved
        self._reusable: int | None = None  # cache tokens the owner's next turn can reuse
        self._checkpoint = False
        self._prefetched = 0  # tokens `show` restored for the owner, not yet used by a turn
        self._ahead_from: int | None = None  # cache tokens held before reading the draft
        self.last_save: Saved | None = None
        self.saves: list[Saved] = []  # every state this keeper wrote (reports, benchmarks)

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = state_key(self.engine.info.path, self.engine.state_config())
        return self._key

    # -- the conversation on screen changes

    def show(self, conversation_id: str | None) -> None:
        """The window shows `conversation_id` (None: a new chat). Save the conversation the
        engine holds if it is another, and load the shown one's state now, while the person
        reads and types, so their next turn starts at once."""
        if conversation_id is not None and conversation_id == self.owner:
            return
        try:
            self.save_current()
            self.owner = None
            self._reusable = None
            self._prefetched = 0
            self._ahead_from = None
            if conversation_id is None:
                return
            found = self.store.peek(self.store.conversation_path(conversation_id), self.key,
                                    kind=CONVERSATION, name=conversation_id)
            if found is None:
                return
            held = self.engine.held_tokens()
            if common_prefix(held, found.tokens) < len(found.tokens) and self._restore(found):
                self.owner = conversation_id
                self._prefetched = len(found.tokens)
            elif held[: len(found.tokens)] == found.tokens:
                self.owner = conversation_id  # the cache has it already
        except Exception:
            log.warning("saved state not prepared for a shown conversation", exc_info=True)

    # -- a turn

    def begin_turn(self, conversation_id: str | None, conv: Conversation, *, new_chat: bool,
                   use_saved: bool = True, cancel: threading.Event | None = None) -> Prepared:
        """Before the engine reads `conv`'s prompt: save the conversation leaving the engine,
        restore the best saved prefix of this prompt, and save the fixed prefix of a new chat the
        first time it is seen. Never raises."""
        t0 = time.perf_counter()
        prep = Prepared()
        cancel = cancel or threading.Event()
        try:
            if self.owner is not None and self.owner != conversation_id:
                self.save_current()
            prompt = self.engine.prompt_tokens(conv)
            limit = len(prompt) - 1  # the engine always evaluates the last prompt token
            have = min(common_prefix(self.engine.held_tokens(), prompt), limit)
            if self.owner == conversation_id or (new_chat and self.owner is None):
                if self._prefetched:
                    # Read from disk when the conversation was opened: still this turn's savings.
                    prep.restored_tokens = min(self._prefetched, have)
                    prep.source = CONVERSATION if prep.restored_tokens else ""
                if self._ahead_from is not None:
                    prep.ahead_tokens = max(0, have - self._ahead_from)
            seen = self._restore_best(conversation_id, prompt, have, use_saved, prep)
            if new_chat and self.store.limit_bytes > 0:
                self._save_fixed_prefix(conv, prompt, seen, use_saved, cancel, prep)
        except Exception:
            log.warning("saved state not used for this turn", exc_info=True)
        finally:
            self.owner = conversation_id
            self._reusable = None
            self._checkpoint = False
            self._prefetched = 0
            self._ahead_from = None
            prep.seconds = time.perf_counter() - t0
        return prep

    def _restore_best(self, conversation_id: str | None, prompt: list[int], have: int,
                      use_saved: bool, prep: Prepared) -> list[StateFile]:
        """Restore the saved state sharing the most of `prompt` (the conversation's own, or a
        fixed prefix) when it beats the `have` tokens the cache shares already; returns the
        states looked at."""
        if not use_saved:
            return []
        seen: list[StateFile] = []
        if conversation_id is not None:
            own = self.store.peek(self.store.conversation_path(conversation_id),
                                  self.key, kind=CONVERSATION, name=conversation_id)
            seen += [own] if own is not None else []
        seen += self.store.prefixes(self.key)
        limit = len(prompt) - 1
        ranked = sorted(((min(common_prefix(f.tokens, prompt), limit), f) for f in seen),
                        key=lambda pair: pair[0], reverse=True)
        for n, found in ranked:
            if n <= have:
                break
            if self._restore(found):
                prep.restored_tokens, prep.source = n, found.kind
                prep.ahead_tokens = 0
                break
        return seen

    # -- the person is typing

    def read_ahead(self, conversation_id: str | None, conv: Conversation, *, new_chat: bool,
                   cancel: threading.Event) -> int:
        """The person is typing the last user message of `conv` (not sent: the front end's
        draft). Make the cache hold that prompt, all but its last token, as the turn would (the
        conversation leaving the engine saved, the best saved prefix restored, a new chat's fixed
        prefix saved once), so Send finds it read: the first token then costs one token's
        evaluation. Stops where it is when `cancel` is set, keeping what it read.

        The draft lives only in the engine's memory: a later save is cut to the tokens the cache
        shares with the history (`_reusable`), never the unsent text. Nothing is checked or
        generated here; the turn checks the message when it is sent. Returns the tokens
        evaluated. Never raises."""
        history = conv.with_messages(conv.messages[:-1])
        past: list[int] | None = None
        try:
            if self.owner != conversation_id:
                self.save_current()
                self.owner = conversation_id
                self._prefetched = 0
                self._checkpoint = False
                self._ahead_from = None
            prompt = self.engine.prompt_tokens(conv)
            past = self.engine.prompt_tokens(history, add_generation_prompt=False)
            # Before anything is read: a save from here on keeps only the history's tokens.
            self._reusable = common_prefix(self.engine.held_tokens(), past)
            if len(prompt) < 2 or cancel.is_set():
                return 0
            have = min(common_prefix(self.engine.held_tokens(), prompt), len(prompt) - 1)
            if self._ahead_from is None:
                self._ahead_from = have
            prep = Prepared()
            seen = self._restore_best(conversation_id, prompt, have, True, prep)
            if prep.restored_tokens:
                self._prefetched = self._ahead_from = prep.restored_tokens
            if new_chat and self.store.limit_bytes > 0:
                self._save_fixed_prefix(conv, prompt, seen, True, cancel, prep)
            n = self.engine.prefill(prompt[:-1], cancel, keep_partial=True)
            held = self.engine.held_tokens()
            self._ahead_from = min(self._ahead_from, len(held) - n)
            self._reusable = common_prefix(held, past)
            return n
        except Exception:
            if not cancel.is_set():
                log.warning("the draft was not read ahead", exc_info=True)
            with contextlib.suppress(Exception):
                if past is None:
                    past = self.engine.prompt_tokens(history, add_generation_prompt=False)
                self._reusable = common_prefix(self.engine.held_tokens(), past)
            return 0

    def _save_fixed_prefix(self, conv: Conversation, prompt: list[int], seen: list[StateFile],
                           use_saved: bool, cancel: threading.Event, prep: Prepared) -> None:
        """Evaluate the system and developer messages on their own and save them, once per
        model, settings and prefix text: every later new chat restores them."""
        prefix = self.engine.prompt_tokens(
            Conversation([], conv.instructions, conv.reasoning_effort, conv.date,
                         conv.model_identity), add_generation_prompt=False)
        if len(prefix) < MIN_SAVE_TOKENS or prompt[: len(prefix)] != prefix \
                or len(prefix) >= len(prompt) - 1:
            return
        path = self.store.prefix_path(self.key, prefix)
        if any(f.kind == PREFIX and f.tokens == prefix for f in seen) if use_saved \
                else path.exists():
            return
        t = time.perf_counter()
        prep.evaluated_tokens = self.engine.prefill(prefix, cancel)
        prep.prefill_seconds = time.perf_counter() - t
        self._write(path, PREFIX, "", prefix)

    def end_turn(self, conversation_id: str | None, conv_after: Conversation, *,
                 checkpoint: bool = False) -> None:
        """The turn ended with `conv_after` (its answer included). Only the cache's prefix shared
        with that history is worth saving: the answer's reasoning is never rendered again.
        `checkpoint`: save soon (`flush_checkpoint`), not only when the conversation leaves
        (a turn that read a long document)."""
        if conversation_id != self.owner:
            return
        try:
            history = self.engine.prompt_tokens(conv_after, add_generation_prompt=False)
            self._reusable = common_prefix(self.engine.held_tokens(), history)
            self._checkpoint = checkpoint and conversation_id is not None
        except Exception:
            log.warning("turn end not recorded for the saved state", exc_info=True)

    def flush_checkpoint(self) -> Saved | None:
        """Save now if the last turn asked for it (after its result was handed on)."""
        if not self._checkpoint:
            return None
        self._checkpoint = False
        return self.save_current()

    # -- saving, forgetting

    def save_current(self) -> Saved | None:
        """Save the conversation the cache holds, unless what is on disk is the same. Never
        raises; None when nothing was written."""
        cid = self.owner
        if cid is None:
            return None
        try:
            held = self.engine.held_tokens()
            n = len(held) if self._reusable is None else min(self._reusable, len(held))
            if n < MIN_SAVE_TOKENS:
                return None
            tokens = held[:n]
            digest = tokens_digest(tokens)
            if self._on_disk == (cid, n, digest):
                return None
            if n < len(held):
                self.engine.truncate(n)  # what follows is never reused: a smaller file
            saved = self._write(self.store.conversation_path(cid), CONVERSATION, cid, tokens)
            if saved is not None:
                self._on_disk = (cid, n, digest)
            return saved
        except Exception:
            log.warning("the conversation's state was not saved", exc_info=True)
            return None

    def forget(self, conversation_id: str) -> None:
        """A conversation was deleted: its state goes, and is never saved again."""
        if self.owner == conversation_id:
            self.owner = None
            self._reusable = None
            self._checkpoint = False
            self._ahead_from = None
        if self._on_disk is not None and self._on_disk[0] == conversation_id:
            self._on_disk = None
        self.store.delete_conversation(conversation_id)

    def clear(self) -> int:
        self._on_disk = None
        return self.store.clear()

    # -- internals

    def _restore(self, found: StateFile) -> bool:
        payload = self.store.read_payload(found)
        if payload is None:
            return False
        if not self.engine.restore_state(found.tokens, payload):
            log.info("saved state %s refused by the engine; deleted", found.path.name)
            self.store.delete(found.path)
            return False
        self._on_disk = ((found.name, len(found.tokens), tokens_digest(found.tokens))
                         if found.kind == CONVERSATION else None)
        return True

    def _write(self, path: Path, kind: str, name: str, tokens: list[int]) -> Saved | None:
        t = time.perf_counter()
        try:
            data = self.engine.state_data()
            size = self.store.write(path, key=self.key, kind=kind, name=name, tokens=tokens,
                                    payload=data)
        except OSError as exc:  # a full disk or a read-only cache folder: no state, no error
            log.warning("saved state %s not written: %s", path.name, exc)
            return None
        if not size:
            return None
        self.last_save = Saved(path, kind, len(tokens), size, time.perf_counter() - t)
        self.saves.append(self.last_save)
        return self.last_save


_keepers: weakref.WeakKeyDictionary[object, StateKeeper] = weakref.WeakKeyDictionary()


def keeper_for(engine: Engine, limit_mb: int) -> StateKeeper | None:
    """The engine's keeper (one per engine, for its life), with the size limit in Settings;
    None when the engine cannot save its cache (a remote one) or saving is off (limit 0)."""
    keeper = _keepers.get(engine)
    if keeper is not None and keeper.store.limit_bytes != max(0, limit_mb) * MB:
        lowered = max(0, limit_mb) * MB < keeper.store.limit_bytes
        keeper.store.limit_bytes = max(0, limit_mb) * MB
        if lowered:
            keeper.store.evict()  # a lower limit (0: off) applies to what is saved already
    if limit_mb <= 0 or not isinstance(engine, StatefulEngine):
        return None
    if keeper is None:
        keeper = StateKeeper(engine, StateStore.default(limit_mb))
        _keepers[engine] = keeper
    return keeper


def existing_keeper(engine: Engine | None) -> StateKeeper | None:
    """The keeper a turn already made for `engine` (to save before it is closed), if any."""
    return _keepers.get(engine) if engine is not None else None


__all__ = ["MIN_SAVE_TOKENS", "Prepared", "Saved", "StateKeeper", "existing_keeper",
           "keeper_for"]
