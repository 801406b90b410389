"""Attached documents as a chat.Retriever: the quoted sources for one question, within a budget."""

from __future__ import annotations

from collections.abc import Callable

from app.core.chat import Retrieved, Retriever
from app.core.documents.index import DocumentIndex
from app.core.documents.retrieve import build_context


def chat_retriever(index: DocumentIndex, conversation_id: str,
                   count_tokens: Callable[[str], int]) -> Retriever:
    """Retrieval for a conversation's attached documents; None when nothing is attached."""

    def retrieve(question: str, budget: int) -> Retrieved | None:
        if not index.list_documents(conversation_id):
            return None
        ctx = build_context(question, index, conversation_id, token_budget=budget,
                            count_tokens=count_tokens)
        if not ctx:
            return None
        # The instruction travels with the quotes in the user's message, not the developer
        # message: attaching a file must not change the prompt's prefix (the KV cache).
        return Retrieved(f"{ctx.instruction}\n\n{ctx.text}", list(ctx.sources))

    return retrieve
