"""The remote engine against llama-cpp-python's own OpenAI-compatible server (a subprocess on
127.0.0.1 serving the generated tiny model), driven through the real chat session: streamed
answers, Stop, a server killed mid-answer, wrong key, wrong address, a server that never answers,
offline mode; and the delta decoding rules on their own."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import storage
from app.core.chat import ChatSession, TurnFailed, TurnRequest
from app.core.engine import Done, ModelInfo, SamplingParams
from app.core.harmony import ChannelStarted, Conversation, Message, MessageEnded, TextDelta
from app.core.harmony_text import HarmonyText
from app.core.remote_engine import (
    ARCHITECTURE,
    DeltaDecoder,
    OfflineBlocked,
    RemoteConfig,
    RemoteEngine,
    RemoteError,
    is_loopback_host,
    list_models,
    normalize_base_url,
)
from app.core.session import build_session
from app.core.settings import Settings
from app.core.status import MessageStatus, StopReason
from tests.fixtures.servers import LlamaServer, free_port, llama_server, silent_server

KEY = "sk-test-key-123"
# Greedy decoding on the tiny model writes a few hundred tokens before it ends: long enough to
# stop or cut in the middle. Sampling with seed 1 ends after a few dozen.
LONG = SamplingParams(max_tokens=400, temperature=0.0, seed=1)
SHORT = SamplingParams(max_tokens=40, temperature=1.0, seed=1)


@pytest.fixture(scope="module")
def server(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with llama_server(tiny_model, log) as s:
        yield s


def remote(url: str, **kw: object) -> RemoteEngine:
    return RemoteEngine.connect(RemoteConfig(url, n_ctx=2048, **kw))  # type: ignore[arg-type]


def unconnected(url: str, **kw: object) -> RemoteEngine:
    """An engine for a server that was never checked (the turn meets the failure itself)."""
    config = RemoteConfig(url, model="tiny-gpt-oss", **kw)  # type: ignore[arg-type]
    info = ModelInfo(path=config.url, name="tiny-gpt-oss", architecture=ARCHITECTURE, n_ctx=2048,
                     n_ctx_train=2048, n_params=0, size_bytes=0, backend="remote", gpu_layers=0)
    return RemoteEngine(config, info)


def session_for(engine: RemoteEngine, store: storage.Store | None = None,
                conversation_id: str | None = None) -> ChatSession:
    s = build_session(engine, Settings(safety_strictness="off"), store=store,
                      conversation_id=conversation_id)
    s.SAVE_INTERVAL_S = 0.0
    return s


# ---------------------------------------------------------------------------------------------
# Against llama-cpp-python's server


def test_lists_models_and_connects(server: LlamaServer) -> None:
    models = list_models(RemoteConfig(server.url))
    assert [m.id for m in models] == ["tiny-gpt-oss"]
    engine = remote(server.url)
    assert engine.info.name == "tiny-gpt-oss" and engine.info.n_ctx == 2048
    assert engine.info.architecture == ARCHITECTURE and engine.info.extra["remote"] == server.url
    engine.close()


def test_streamed_answer_is_saved_like_a_local_one(server: LlamaServer, tmp_path: Path) -> None:
    engine = remote(server.url)
    store = storage.Store.open(tmp_path / "h.sqlite3")
    conv = store.create_conversation("remote")
    session = session_for(engine, store, conv.id)
    events = list(session.run(TurnRequest("Hello there", SHORT)))
    deltas = [e for e in events if isinstance(e, TextDelta)]
    assert deltas and isinstance(events[-1], Done)
    assert events[-1].reason in (StopReason.RETURN, StopReason.LENGTH)
    r = session.result
    assert r.error is None and r.status is MessageStatus.COMPLETE
    assert r.answer == "".join(d.text for d in deltas if d.channel == "final")
    saved = store.active_path(conv.id)
    assert [m.role for m in saved] == ["user", "assistant"]
    assert saved[1].content == r.answer and saved[1].status == "complete"
    # The server's output streams as text; its count of tokens stands in the saved stats.
    assert saved[1].stats["generated_tokens"] > 0 and saved[1].stats["prompt_tokens"] > 0
    # A second turn sends the saved history along.
    events = list(session.run(TurnRequest("And again", SHORT)))
    assert isinstance(events[-1], Done)
    assert len(store.active_path(conv.id)) == 4
    store.close()
    engine.close()


def test_stop_mid_stream_closes_it(server: LlamaServer) -> None:
    engine = remote(server.url)
    session = session_for(engine)
    cancel = threading.Event()
    seen = 0
    events = []
    for ev in session.run(TurnRequest("Tell me a story", LONG), cancel):
        events.append(ev)
        if isinstance(ev, TextDelta):
            seen += 1
            if seen == 2:
                cancel.set()
    assert isinstance(events[-1], Done) and events[-1].reason == StopReason.CANCELLED
    assert session.result.status is MessageStatus.CANCELLED
    assert session.result.answer  # what came before Stop is kept
    assert events[-1].stats.generated_tokens < LONG.max_tokens
    # The server is free again: the next turn answers.
    again = list(session_for(engine).run(TurnRequest("hi", SHORT)))
    assert isinstance(again[-1], Done) and again[-1].reason != StopReason.CANCELLED
    engine.close()


def test_stop_while_the_server_is_silent(tmp_path: Path) -> None:
    with silent_server() as url:
        engine = unconnected(url, read_timeout=60.0)
        cancel = threading.Event()
        threading.Timer(0.3, cancel.set).start()
        events = list(session_for(engine).run(TurnRequest("hi", SHORT), cancel))
        # Stop shut the socket: the turn ended as cancelled, not after the 60 s timeout.
        assert isinstance(events[-1], Done) and events[-1].reason == StopReason.CANCELLED


def test_server_killed_mid_stream_keeps_the_partial_answer(tiny_model: Path,
                                                           tmp_path: Path) -> None:
    with llama_server(tiny_model, tmp_path / "server.log") as server:
        engine = remote(server.url)
        store = storage.Store.open(tmp_path / "h.sqlite3")
        conv = store.create_conversation()
        session = session_for(engine, store, conv.id)
        events = []
        for ev in session.run(TurnRequest("Tell me a story", LONG)):
            events.append(ev)
            if isinstance(ev, TextDelta) and server.proc.poll() is None:
                server.kill()
    assert isinstance(events[-1], TurnFailed)
    assert "broke" in events[-1].message and "kept" in events[-1].message
    r = session.result
    assert r.status is MessageStatus.ERROR and r.answer
    saved = store.active_path(conv.id)[-1]
    assert saved.status == "error" and saved.content == r.answer
    assert saved.stats["error"] == events[-1].message
    store.close()


def test_wrong_key(tiny_model: Path, tmp_path: Path) -> None:
    with llama_server(tiny_model, tmp_path / "server.log", api_key=KEY) as server:
        with pytest.raises(RemoteError, match="refused the API key"):
            remote(server.url, api_key="sk-wrong")
        events = list(session_for(unconnected(server.url, api_key="sk-wrong")).run(
            TurnRequest("hi", SHORT)))
        assert isinstance(events[-1], TurnFailed) and "(401)" in events[-1].message
        engine = remote(server.url, api_key=KEY)  # the right one works
        assert isinstance(list(session_for(engine).run(TurnRequest("hi", SHORT)))[-1], Done)
        assert KEY not in repr(engine.config)


def test_wrong_url(server: LlamaServer) -> None:
    nothing = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(RemoteError, match="could not connect"):
        remote(nothing)
    events = list(session_for(unconnected(nothing)).run(TurnRequest("hi", SHORT)))
    assert isinstance(events[-1], TurnFailed) and "could not connect" in events[-1].message
    with pytest.raises(RemoteError, match="404"):
        remote(server.url.replace("/v1", "/nope"))
    with pytest.raises(RemoteError, match="no model"):
        remote(server.url, model="gpt-oss-120b")
    with pytest.raises(RemoteError, match="not a server address"):
        list_models(RemoteConfig("ftp://example"))


def test_server_that_never_answers_times_out() -> None:
    with silent_server() as url:
        with pytest.raises(RemoteError, match="did not answer within 1 seconds"):
            list_models(RemoteConfig(url, read_timeout=1.0))
        events = list(session_for(unconnected(url, read_timeout=1.0)).run(
            TurnRequest("hi", SHORT)))
        assert isinstance(events[-1], TurnFailed)
        assert "did not answer" in events[-1].message


def test_offline_mode_blocks_other_machines_only(server: LlamaServer) -> None:
    with pytest.raises(OfflineBlocked, match="Offline mode is on"):
        list_models(RemoteConfig("http://192.0.2.1:8000/v1", offline=True))
    # The same machine is not the network: nothing leaves it.
    assert list_models(RemoteConfig(server.url, offline=True))


# ---------------------------------------------------------------------------------------------
# Rules


def test_base_urls_and_loopback() -> None:
    assert normalize_base_url("localhost:8000") == "http://localhost:8000/v1"
    assert normalize_base_url(" https://gpu.lan/v1/ ") == "https://gpu.lan/v1"
    assert normalize_base_url("http://h:1/api/v1") == "http://h:1/api/v1"
    for host in ("localhost", "127.0.0.1", "::1", "[::1]", "127.8.0.1", "app.localhost"):
        assert is_loopback_host(host), host
    for host in ("192.168.1.2", "example.com", "0.0.0.0", "10.0.0.1"):
        assert not is_loopback_host(host), host


def _texts(events: list[object], channel: str) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta) and e.channel == channel)


def test_reasoning_deltas_become_the_analysis_channel() -> None:
    d = DeltaDecoder()
    events = [*d.reasoning("Let me "), *d.reasoning("think."), *d.content("The answer"),
              *d.content(" is 4 <|end|>"), *d.finish()]
    assert _texts(events, "analysis") == "Let me think."
    # A server that separates reasoning sends plain text: markers in it are the answer's text.
    assert _texts(events, "final") == "The answer is 4 <|end|>"
    kinds = [type(e).__name__ for e in events if not isinstance(e, TextDelta)]
    assert kinds == ["ChannelStarted", "MessageEnded", "ChannelStarted", "MessageEnded"]


@pytest.mark.parametrize("step", [1, 2, 5, 13, 1000])
def test_raw_harmony_text_in_pieces_of_any_size(step: int) -> None:
    raw = ("<|channel|>analysis<|message|>User says hi. <|end|><|start|>assistant"
           "<|channel|>final<|message|>Hello! a<|b is text<|end|>")
    d = DeltaDecoder()
    events: list[object] = []
    for i in range(0, len(raw), step):
        events += d.content(raw[i:i + step])
    events += d.finish()
    assert _texts(events, "analysis") == "User says hi. "
    assert _texts(events, "final") == "Hello! a<|b is text"
    started = [e.channel for e in events if isinstance(e, ChannelStarted)]
    assert started == ["analysis", "final"]
    assert sum(isinstance(e, MessageEnded) for e in events) == 2


def test_plain_text_without_harmony_is_the_answer() -> None:
    h = HarmonyText()
    events = h.feed("Just words, and a < sign") + h.feed("<") + h.finish()
    assert _texts(events, "final") == "Just words, and a < sign<"


def test_messages_sent_and_estimates() -> None:
    from app.core.remote_engine import openai_messages

    conv = Conversation([Message("user", "a"), Message("assistant", "b", reasoning="hidden")],
                        instructions="Be brief.")
    assert openai_messages(conv) == [{"role": "system", "content": "Be brief."},
                                     {"role": "user", "content": "a"},
                                     {"role": "assistant", "content": "b"}]
    engine = unconnected("http://127.0.0.1:9/v1")
    assert engine.count_text("") == 0
    assert engine.count_text("abc" * 100) == 100  # 3 UTF-8 bytes a token
    assert engine.count_text("你好") == 2  # a CJK character is about one token


def test_offline_switch_applies_turn_by_turn() -> None:
    engine = unconnected("http://192.0.2.1:8000/v1", connect_timeout=30.0)
    session = build_session(engine, Settings(offline=True, safety_strictness="off"))
    events = list(session.run(TurnRequest("hi", SHORT)))
    # Refused before any connection (192.0.2.1 is unroutable: a connect would have waited).
    assert isinstance(events[-1], TurnFailed) and "Offline mode is on" in events[-1].message
    build_session(engine, Settings(offline=False))
    assert engine.config.offline is False
