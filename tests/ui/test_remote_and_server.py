"""The window with a remote engine and with its local server on: a served request and a window
turn take turns on the one engine (each waits for the other), the status bar shows the request
being served and stops it, the window answers with a server's model, and the model manager's
Remote server tab tests and picks a server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import keyring
import openai
import pytest

from app.core.models import secrets
from app.core.remote_engine import RemoteConfig
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.model_manager import ModelManagerDialog
from tests.core.test_server import serving
from tests.fixtures.file_keyring import FileKeyring
from tests.fixtures.scripted import ScriptedEngine, reasoning_then_answer
from tests.ui.conftest import LOAD_TIMEOUT_MS, TURN_TIMEOUT_MS
from tests.ui.test_model_manager import CPU_BOX

KEY = "sk-window-test"


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def serving_settings() -> Settings:
    # Greedy decoding: the tiny model's answers begin with text (the gate below needs one token).
    return Settings(max_tokens=1000, context_length=2048, cpu_threads=1, gpu_layers=0,
                    theme="light", safety_strictness="off", server_enabled=True, server_port=0,
                    temperature=0.0)


class Gate:
    """Holds the loaded engine after its first answer token until released (or stopped), so a
    test knows an answer is in the middle of being written."""

    def __init__(self, window: MainWindow) -> None:
        self.open = threading.Event()
        self.holding = threading.Event()
        self.streams: list[str] = []
        engine: Any = window.controller.worker._engine
        real = engine.stream

        def stream(conv: Any, sampling: Any, cancel: threading.Event) -> Iterator[Any]:
            self.streams.append(conv.messages[-1].content)
            first = True
            for ev in real(conv, sampling, cancel):
                yield ev
                if first and type(ev).__name__ == "TextDelta":
                    first = False
                    self.holding.set()
                    while not self.open.wait(0.02) and not cancel.is_set():
                        pass

        engine.stream = stream


@pytest.fixture
def served_window(qtbot: Any, make_window: Callable[..., MainWindow],
                  tiny_model: Path) -> MainWindow:
    w = make_window(serving_settings())
    with qtbot.waitSignal(w.model_ready, timeout=LOAD_TIMEOUT_MS):
        w.load_model(tiny_model)
    qtbot.waitUntil(lambda: w.server_actions.server.running, timeout=10_000)
    return w


def ask_in_thread(url: str, results: list[Any], **kw: Any) -> threading.Thread:
    def run() -> None:
        c = openai.OpenAI(base_url=url, api_key="none", max_retries=0,
                          http_client=httpx2.Client(trust_env=False, timeout=120))
        try:
            results.append(c.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "from a script"}],
                temperature=0.0, **kw))
        except openai.APIError as exc:
            results.append(exc)

    t = threading.Thread(target=run)
    t.start()
    return t


def test_request_while_the_window_is_generating_waits_its_turn(qtbot: Any,
                                                                served_window: MainWindow) -> None:
    w = served_window
    server = w.server_actions.server
    assert w.status.server_label.isVisibleTo(w) and server.url in w.status.server_label.text()
    gate = Gate(w)
    order: list[str] = []
    # The engine thread's own word that the turn ended (the window's turn_finished comes later,
    # once the sidebar shows it).
    w.controller.worker.generation_finished.connect(
        lambda _o: order.append("window turn finished"))
    server.activity.connect(lambda kind, _r: order.append(f"request {kind}"))
    w.send("Write a long story")
    assert gate.holding.wait(30)  # the window's answer is being written
    results: list[Any] = []
    t = ask_in_thread(server.url, results, max_tokens=5)
    qtbot.waitUntil(lambda: server.waiting == 1, timeout=10_000)
    assert server.serving is None and w.busy  # queued behind the window's turn
    with qtbot.waitSignal(w.turn_finished, timeout=TURN_TIMEOUT_MS):
        w.stop()
    gate.open.set()
    t.join(60)
    qtbot.waitUntil(lambda: "request finished" in order, timeout=10_000)
    assert isinstance(results[0], openai.types.chat.ChatCompletion)
    assert order == ["request queued", "window turn finished", "request started",
                     "request finished"]
    assert gate.streams == ["Write a long story", "from a script"]


def test_window_turn_waits_for_a_served_request_and_stop_ends_it(qtbot: Any,
                                                                 served_window: MainWindow) -> None:
    w = served_window
    server = w.server_actions.server
    gate = Gate(w)
    results: list[Any] = []
    t = ask_in_thread(server.url, results, max_tokens=500, stream=False)
    assert gate.holding.wait(30)
    qtbot.waitUntil(lambda: w.status.serve_label.isVisibleTo(w), timeout=10_000)
    assert "another program" in w.status.serve_label.text()
    # The person sends meanwhile: the turn is queued behind the request.
    assert w.send("my own question")
    qtbot.wait(200)
    assert gate.streams == ["from a script"]
    # Stop in the status bar ends the served answer; then the window's turn runs.
    with qtbot.waitSignal(w.turn_finished, timeout=TURN_TIMEOUT_MS):
        w.status.serve_stop.click()
        gate.open.set()
    t.join(60)
    assert isinstance(results[0], openai.APIStatusError)
    assert "stopped in Hearth" in results[0].message
    assert gate.streams == ["from a script", "my own question"]
    qtbot.waitUntil(lambda: not w.status.serve_label.isVisibleTo(w), timeout=10_000)


def test_server_settings_start_and_stop_it(qtbot: Any, make_window: Callable[..., MainWindow],
                                           file_keyring: FileKeyring) -> None:
    w = make_window()
    assert not w.server_actions.server.running  # off by default
    new = Settings(**{**w.settings.to_dict(), "server_enabled": True, "server_port": 0})
    w.apply_settings(new)
    qtbot.waitUntil(lambda: w.server_actions.server.running, timeout=10_000)
    assert w.status.server_label.isVisibleTo(w)
    # The network needs a key: with one stored, the server asks for it.
    w.server_actions.save_key(KEY)
    qtbot.waitUntil(lambda: secrets.get_api_key(secrets.SERVER_KEY_NAME) == KEY, timeout=10_000)
    w.apply_settings(Settings(**{**new.to_dict(), "server_allow_network": True}))
    qtbot.waitUntil(lambda: w.server_actions.server.url.startswith("http://0.0.0.0:"),
                    timeout=10_000)
    url = w.server_actions.server.url
    assert url.startswith("http://0.0.0.0:")
    local = url.replace("0.0.0.0", "127.0.0.1")
    assert httpx2.get(f"{local}/models", trust_env=False).status_code == 401
    assert httpx2.get(f"{local}/models", headers={"Authorization": f"Bearer {KEY}"},
                      trust_env=False).status_code == 200
    w.apply_settings(Settings(**{**new.to_dict(), "server_enabled": False}))
    assert not w.server_actions.server.running
    assert not w.status.server_label.isVisibleTo(w)


def test_window_answers_with_a_remote_server(qtbot: Any,
                                             make_window: Callable[..., MainWindow]) -> None:
    engine = ScriptedEngine(reasoning_then_answer("Two and two.", "It is 4."))
    with serving(engine) as (_server, url):
        w = make_window(Settings(safety_strictness="off", theme="light"))
        with qtbot.waitSignal(w.model_ready, timeout=LOAD_TIMEOUT_MS) as blocker:
            w.use_remote(RemoteConfig(url))
        info = blocker.args[0]
        assert info.extra["remote"] == url and "Remote" in w.status.model_label.text()
        assert w.settings.use_remote
        with qtbot.waitSignal(w.turn_finished, timeout=TURN_TIMEOUT_MS) as done:
            w.send("What is 2+2?")
        result = done.args[0].result
        assert result.answer == "It is 4. " and result.reasoning == "Two and two. "
        saved = w.store.active_path(w.conversation_id)[-1]
        assert saved.content == "It is 4. " and saved.status == "complete"


def test_remote_tab_tests_and_picks_a_server(qtbot: Any, hearth_home: Path,
                                             file_keyring: FileKeyring) -> None:
    engine = ScriptedEngine([("final", ["ok"])], name="served-model")
    with serving(engine, api_key=KEY) as (_server, url):
        settings = Settings()
        dialog = ModelManagerDialog(settings, hardware_info=CPU_BOX, hf_cache=False,
                                    auto_resume=False)
        qtbot.addWidget(dialog)
        tab = dialog.remote_tab
        dialog.tabs.setCurrentWidget(tab)
        tab.url_edit.setText(url)
        tab.key_edit.setText("sk-wrong")
        tab.test_connection()
        qtbot.waitUntil(lambda: tab.test_button.isEnabled(), timeout=20_000)
        assert "(401)" in tab.status.text()
        tab.key_edit.setText(KEY)
        tab.test_connection()
        qtbot.waitUntil(lambda: tab.model_box.count() == 1, timeout=20_000)
        assert tab.model_box.currentText() == "served-model"
        assert "Connected" in tab.status.text()
        with qtbot.waitSignal(dialog.remote_chosen) as chosen:
            tab.use_button.click()
        config = chosen.args[0]
        assert (config.url, config.model, config.api_key) == (url, "served-model", KEY)
        assert settings.remote_url == url and settings.remote_model == "served-model"
        qtbot.waitUntil(lambda: secrets.get_api_key(secrets.remote_key_name(url)) == KEY,
                        timeout=10_000)
        dialog.shutdown()


def test_remote_tab_respects_offline_mode(qtbot: Any, hearth_home: Path) -> None:
    settings = Settings(offline=True)
    dialog = ModelManagerDialog(settings, hardware_info=CPU_BOX, hf_cache=False,
                                auto_resume=False)
    qtbot.addWidget(dialog)
    dialog.remote_tab.url_edit.setText("http://192.0.2.10:8000/v1")
    dialog.remote_tab.test_connection()
    assert dialog.banner.isVisibleTo(dialog) and "Offline mode" in dialog.banner.text()
    dialog.shutdown()


def test_settings_dialog_local_server_tab(qtbot: Any, hearth_home: Path,
                                          file_keyring: FileKeyring) -> None:
    from app.ui.app import make_application
    from app.ui.settings_dialog import SettingsDialog

    make_application()
    secrets.set_api_key(secrets.SERVER_KEY_NAME, KEY)
    dialog = SettingsDialog(Settings(server_enabled=True, server_allow_network=True), None)
    qtbot.addWidget(dialog)
    # The key comes from the keyring in the background.
    qtbot.waitUntil(lambda: dialog.server_key.text() == KEY, timeout=10_000)
    assert dialog.server_network.isEnabled() and dialog.server_network.isChecked()
    assert dialog.changed_server_key() is None
    # Without a key the network switch goes off and cannot be turned on.
    dialog.server_key.setText("")
    assert not dialog.server_network.isEnabled() and not dialog.server_network.isChecked()
    dialog.server_port.setValue(9123)
    s = dialog.settings()
    assert (s.server_enabled, s.server_port, s.server_allow_network) == (True, 9123, False)
    assert dialog.changed_server_key() == ""
