"""What the real gpt-oss sometimes writes, as the window shows it: a preamble before the answer,
reasoning cut short by the budget or the loop detector, and an answer whose header was not
harmony (shown as it came, with a note). Screenshots in light and dark."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.engine import Done, TurnStats
from app.core.harmony import ChannelStarted, MessageEnded, TextDelta
from app.core.status import MessageStatus
from app.core.thinking import ThinkingCut
from app.ui.app import make_application
from app.ui.chat_model import ChatModel
from app.ui.chat_view import ChatView
from app.ui.theme import ThemeManager
from tests.ui.shots import save_shot


def odd_turn(model: ChatModel) -> None:
    model.begin_turn("What is the capital of Australia?")
    model.apply_events([
        ChannelStarted("analysis", "assistant"),
        TextDelta("analysis", "Canberra. Canberra? Canberra. " * 6),
        ThinkingCut("loop", 300), MessageEnded("analysis"),
        ChannelStarted("commentary", "assistant"),
        TextDelta("commentary", "Let me double-check the usual mix-up with Sydney first."),
        MessageEnded("commentary"),
        ChannelStarted("final", "assistant", malformed=True, raw_header="<|channel|>fnal??"),
        TextDelta("final", "The capital of Australia is **Canberra**, not Sydney."),
        Done("return", TurnStats(generated_tokens=42, thinking_cut="loop")),
    ])
    model.finish_turn(MessageStatus.COMPLETE, {
        "generated_tokens": 42, "thinking_cut": "loop", "stop_reason": "return",
        "preamble": "Let me double-check the usual mix-up with Sydney first.",
        "malformed_headers": ["<|channel|>fnal??"]})


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_preamble_cut_thinking_and_malformed_note_are_shown(qtbot, tmp_path: Path,
                                                            mode: str) -> None:
    make_application()
    theme = ThemeManager()
    theme.set_mode(mode)
    model = ChatModel()
    view = ChatView()
    qtbot.addWidget(view)
    view.chat_delegate.set_colors(theme.colors)
    view.setModel(model)
    view.resize(760, 520)
    view.show()
    odd_turn(model)
    item = model.item(1)
    assert item.preamble.startswith("Let me double-check")
    assert item.content == "The capital of Australia is **Canberra**, not Sydney."
    delegate = view.chat_delegate
    assert "cut short" in delegate.thinking_label(item)
    assert "shown as it came" in delegate.status_text(item)
    lay = delegate.layout(item, True)
    assert lay.preamble is not None and lay.body is not None
    assert lay.preamble_pos.y() < lay.body_pos.y()  # the preamble comes before the answer
    save_shot(view, tmp_path, f"odd-turn-{mode}")
