"""The one place a chat session is assembled: engine, settings, store, retriever, safety gate.

The window's engine worker, the `chat` and `ask` commands and the local server all call
`build_session`, so a turn behaves the same everywhere. Settings are passed in by the caller (the
window's own object, or the ones a command loaded once): nothing here reads them from disk.
"""

from __future__ import annotations

from typing import Any

from app.core import storage
from app.core.chat import ChatSession, Retriever, SafetyGate
from app.core.engine import Engine, SamplingParams
from app.core.kv_state import StateKeeper, keeper_for
from app.core.settings import Settings


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Any = _Default()


def safety_gate(settings: Settings, engine: Engine | None = None) -> SafetyGate | None:
    """The local safety filter as `settings` configure it (None when switched off)."""
    from app.core.safety_gate import gate_from_settings

    return gate_from_settings(settings, engine=engine)


def documents_retriever(store: storage.Store, conversation_id: str,
                        engine: Engine) -> Retriever:
    """The conversation's attached documents as a retriever (it returns None while none are)."""
    from app.core.documents import DocumentIndex
    from app.core.documents.for_chat import chat_retriever

    return chat_retriever(DocumentIndex(store.connection), conversation_id, engine.count_text)


def build_session(
    engine: Engine,
    settings: Settings,
    *,
    store: storage.Store | None = None,
    conversation_id: str | None = None,
    retriever: Retriever | None = DEFAULT,
    safety: SafetyGate | None = DEFAULT,
    states: StateKeeper | None = DEFAULT,
) -> ChatSession:
    """A session for one conversation (saved in `store`), or for unsaved one-off turns.

    By default the retriever is the conversation's attached documents (when it has a store) and
    the safety gate is the one `settings` describe; pass either explicitly to replace it (the
    `ask` command's in-memory documents, a test's gate), or None for none. Saved KV states
    (`states`) are kept by default for a session with a store, when the engine can save its
    cache and Settings allow it.
    """
    if retriever is DEFAULT:
        retriever = (documents_retriever(store, conversation_id, engine)
                     if store is not None and conversation_id is not None else None)
    if safety is DEFAULT:
        safety = safety_gate(settings, engine)
    if states is DEFAULT:
        states = saved_states(engine, settings) if store is not None else None
    effort = settings.reasoning_effort
    return ChatSession(engine, safety=safety, retriever=retriever, store=store,
                       conversation_id=conversation_id,
                       instructions=settings.developer_instructions, reasoning_effort=effort,
                       states=states)


def saved_states(engine: Engine, settings: Settings) -> StateKeeper | None:
    """The engine's keeper of saved KV states, or None (a remote engine, or saving off)."""
    return keeper_for(engine, settings.kv_cache_limit_mb)


def sampling_from(settings: Settings) -> SamplingParams:
    """The sampling a person chose in Settings."""
    budget = settings.reasoning_budget
    return SamplingParams(temperature=settings.temperature, top_p=settings.top_p,
                          max_tokens=settings.max_tokens,
                          reasoning_budget=None if budget < 0 else budget,
                          loop_detection=settings.loop_detection)


__all__ = ["DEFAULT", "build_session", "documents_retriever", "safety_gate", "sampling_from",
           "saved_states"]
