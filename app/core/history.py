"""Bridges storage and chat: a saved conversation as a prompt, and a turn saved as it grows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core import liveness, storage
from app.core.harmony import Conversation, Message
from app.core.sources import source_dict
from app.core.tools import steps_from

# A user message whose model-visible text differs from what the user typed (attached document
# excerpts) keeps that text in its stats, so the prompt, and the KV cache, can be rebuilt exactly.
PROMPT_TEXT_KEY = "prompt_text"


def conversation_for(store: storage.Store, conversation_id: str,
                     upto: str | None = None) -> Conversation:
    """The harmony conversation along the active branch (or up to and including `upto`).

    The date is the conversation's creation date, not today: the same history must render to the
    same tokens tomorrow, or a saved KV state would be useless.
    """
    conv = store.get_conversation(conversation_id)
    path = store.active_path(conversation_id)
    if upto is not None:
        ids = [m.id for m in path]
        if upto in ids:
            path = path[: ids.index(upto) + 1]
    msgs: list[Message] = []
    for m in path:
        if m.role == "user":
            msgs.append(Message("user", str(m.stats.get(PROMPT_TEXT_KEY, m.content))))
        elif m.role == "assistant":
            # The tools the answer used come before it, as the model saw them (their reasoning
            # is dropped: the answer that followed ended the turn).
            for step in steps_from(m.stats):
                msgs += [step.call_message(), step.result_message()]
            msgs.append(Message("assistant", m.content, m.reasoning))
    return Conversation(
        msgs,
        instructions=conv.developer_instructions,
        reasoning_effort=conv.reasoning_effort,
        date=dt.date.fromtimestamp(conv.created_at).isoformat(),
    )


class StoreSink:
    """chat.TurnSink that writes the turn to the history database as it streams.

    Lives on the thread that generates (it owns its own Store connection there). The user message
    is added when the turn starts, unless the turn regenerates an answer to an existing one.
    """

    def __init__(self, store: storage.Store, conversation_id: str, *, model: str = "",
                 user_message_id: str | None = None,
                 user_parent_id: str | None | Any = storage.ACTIVE_LEAF) -> None:
        self.store = store
        self.conversation_id = conversation_id
        self.model = model
        self.user_message_id = user_message_id
        self.user_parent_id = user_parent_id
        self.assistant_message_id: str | None = None

    def started(self, user_text: str, model_text: str, sources: list[Any]) -> None:
        if self.user_message_id is None:
            stats = {PROMPT_TEXT_KEY: model_text} if model_text != user_text else None
            user = self.store.add_message(self.conversation_id, "user", user_text,
                                          parent_id=self.user_parent_id, stats=stats)
            self.user_message_id = user.id
        # The reply names its writer while it streams: another process starting meanwhile
        # sees it is alive and leaves it alone (Store.mark_interrupted).
        folder = self.store.folder
        token = liveness.writer_token(folder) if folder is not None else None
        reply = self.store.add_message(self.conversation_id, "assistant", "",
                                       parent_id=self.user_message_id, status="streaming",
                                       model=self.model,
                                       sources=[source_dict(s) for s in sources],
                                       stats={liveness.WRITER_KEY: token} if token else None)
        self.assistant_message_id = reply.id

    def progress(self, answer: str, reasoning: str) -> None:
        if self.assistant_message_id is not None:
            self.store.update_streaming(self.assistant_message_id, answer, reasoning)

    def finished(self, answer: str, reasoning: str, status: str, stats: dict[str, Any],
                 reasoning_seconds: float | None, sources: list[Any]) -> None:
        if self.assistant_message_id is None:
            return
        self.store.finish_message(self.assistant_message_id, content=answer, reasoning=reasoning,
                                  status=status, stats=stats,
                                  reasoning_seconds=reasoning_seconds,
                                  sources=[source_dict(s) for s in sources])


TITLE_CHARS = 60


def title_from(text: str) -> str:
    """A conversation's title from its first message: the first line, cut at a word-friendly
    length."""
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1].rstrip() + "…"
    return title
