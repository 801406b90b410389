"""The one place a chat session is assembled: engine, settings, store, retriever, safety gate.

The window's engine worker, the `chat` and `ask` commands and the local server all call
`build_session`, so a turn behaves the same everywhere. Settings are passed in by the caller (the
window's own object, or the ones a command loaded once): nothing here reads them from disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core import storage
from app.core.chat import ChatSession, Retriever, SafetyGate
from app.core.engine import Engine, SamplingParams
from app.core.kv_state import StateKeeper, keeper_for
from app.core.settings import DOCUMENT_MODES, Settings
from app.core.tools import Toolbox


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Any = _Default()


def safety_gate(settings: Settings, engine: Engine | None = None) -> SafetyGate | None:
    """The local safety filter as `settings` configure it (None when switched off), with the
    guard model they choose (loaded on first use and kept: safety_gate.GUARDS)."""
    from app.core.safety_gate import GUARDS, gate_from_settings

    if settings.safety_strictness == "off":
        return None
    guard, notice = GUARDS.get(settings)
    return gate_from_settings(settings, engine=engine, guard=guard, notice=notice)


def documents_retriever(store: storage.Store, conversation_id: str,
                        engine: Engine) -> Retriever:
    """The conversation's attached documents as a retriever (it returns None while none are)."""
    from app.core.documents import DocumentIndex
    from app.core.documents.for_chat import chat_retriever

    return chat_retriever(DocumentIndex(store.connection), conversation_id, engine.count_text)


def documents_toolbox(store: storage.Store, conversation_id: str, engine: Engine
                      ) -> Toolbox:
    """The tools a saved conversation offers: the browser over its attached documents."""
    from app.core.documents import DocumentIndex
    from app.core.documents.browser import DocumentBrowser

    index = DocumentIndex(store.connection)
    return Toolbox(browser=DocumentBrowser(index, conversation_id,
                                           count_tokens=engine.count_text))


def browser_policy(mode: str, toolbox: Toolbox | None) -> Callable[[int], bool] | None:
    """When a turn lets the model search the documents itself: always ("tools"), never
    ("passages"), or when the documents do not fit whole in the passages' budget ("auto": short
    documents are quoted whole, which costs the model no searching)."""
    browser = toolbox.browser if toolbox is not None else None
    if browser is None or mode not in DOCUMENT_MODES or mode == "passages":
        return None
    documents = getattr(browser, "documents", None)

    def use(budget: int) -> bool:
        docs = documents() if callable(documents) else []
        if not docs:
            return False
        if mode == "tools":
            return True
        return sum(int(getattr(d, "token_count", 0)) for d in docs) > budget

    return use


def build_session(
    engine: Engine,
    settings: Settings,
    *,
    store: storage.Store | None = None,
    conversation_id: str | None = None,
    retriever: Retriever | None = DEFAULT,
    safety: SafetyGate | None = DEFAULT,
    tools: Toolbox | None = DEFAULT,
    states: StateKeeper | None = DEFAULT,
) -> ChatSession:
    """A session for one conversation (saved in `store`), or for unsaved one-off turns.

    By default the retriever is the conversation's attached documents (when it has a store) and
    the safety gate is the one `settings` describe; pass either explicitly to replace it (the
    `ask` command's in-memory documents, a test's gate), or None for none. The tools default to
    the browser over the conversation's documents (used per `settings.document_mode`); every
    session gets a toolbox, so a call to a tool that is not there is answered, not a dead end.
    Saved KV states (`states`) are kept by default for a session with a store, when the engine
    can save its cache and Settings allow it.
    """
    if tools is DEFAULT:
        tools = (documents_toolbox(store, conversation_id, engine)
                 if store is not None and conversation_id is not None else Toolbox())
    if retriever is DEFAULT:
        retriever = (documents_retriever(store, conversation_id, engine)
                     if store is not None and conversation_id is not None else None)
    if safety is DEFAULT:
        safety = safety_gate(settings, engine)
    follow = getattr(engine, "follow_settings", None)
    if follow is not None:
        # A remote engine applies the offline switch here, turn by turn: one place for every
        # front end (window, served requests, commands).
        follow(settings)
    if states is DEFAULT:
        states = saved_states(engine, settings) if store is not None else None
    effort = settings.reasoning_effort
    if not getattr(engine, "renders_tools", False) and tools is not None and tools.browser:
        # A server renders its own prompt: the browser would not reach its model, so documents
        # are quoted there (passages), whatever the setting says.
        tools = Toolbox(list(tools.functions.values()), None, max_calls=tools.max_calls)
    return ChatSession(engine, safety=safety, retriever=retriever, store=store,
                       conversation_id=conversation_id,
                       instructions=settings.developer_instructions, reasoning_effort=effort,
                       tools=tools, use_browser=browser_policy(settings.document_mode, tools),
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


__all__ = ["DEFAULT", "browser_policy", "build_session", "documents_retriever",
           "documents_toolbox", "safety_gate", "sampling_from", "saved_states"]
