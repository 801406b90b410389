"""`hearth serve` and `hearth chat --remote`, run as a person would: real subprocesses talking
over 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx2

from tests.core.test_cli import ROOT, hearth
from tests.fixtures.servers import free_port

KEY = "sk-serve-test"


def start_serve(model: Path, home: Path, *extra: str,
                key: str | None = None) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = {**os.environ, "HEARTH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HEARTH_API_KEY", None)
    if key is not None:
        env["HEARTH_API_KEY"] = key
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "serve", "--model", str(model),
                             "--port", str(port), "--ctx", "2048", "--threads", "1", *extra],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            if httpx2.get(f"{url}/models", headers=headers, timeout=2,
                          trust_env=False).status_code == 200:
                return proc, url
        except httpx2.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise AssertionError("hearth serve did not start")


def stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err


def test_serve_then_chat_remote(tiny_model: Path, tmp_path: Path) -> None:
    proc, url = start_serve(tiny_model, tmp_path / "server-home")
    try:
        r = hearth("chat", "--remote", url, "--json", "--max-tokens", "10", "--seed", "2",
                   "hello", home=tmp_path / "client-home")
        assert r.returncode == 0, r.stderr
        out = json.loads(r.stdout)
        assert out["model"] == "tiny-gpt-oss" and out["backend"].startswith("Remote")
        assert out["stats"]["generated_tokens"] > 0 and out["error"] is None
        # Nothing is listening where --remote points: a clear error, not a traceback.
        r = hearth("chat", "--remote", f"http://127.0.0.1:{free_port()}", "hi",
                   home=tmp_path / "client-home")
        assert r.returncode == 1 and "could not connect" in r.stderr
        assert "Traceback" not in r.stderr
    finally:
        err = stop(proc)
    assert proc.returncode == 0, err
    assert "Serving tiny-gpt-oss at http://127.0.0.1:" in err


def test_serve_key_from_the_environment(tiny_model: Path, tmp_path: Path) -> None:
    proc, url = start_serve(tiny_model, tmp_path / "server-home", key=KEY)
    try:
        r = hearth("chat", "--remote", url, "--max-tokens", "4", "hi", home=tmp_path / "c")
        assert r.returncode == 1 and "(401)" in r.stderr
        env_key = {**os.environ, "HEARTH_API_KEY": KEY, "HEARTH_HOME": str(tmp_path / "c")}
        r2 = subprocess.run([sys.executable, str(ROOT / "main.py"), "chat", "--remote", url,
                             "--max-tokens", "4", "hi"], cwd=ROOT, env=env_key,
                            capture_output=True, text=True, timeout=120)
        assert r2.returncode == 0, r2.stderr
    finally:
        stop(proc)


def test_serve_refuses_the_network_without_a_key(tiny_model: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "HEARTH_API_KEY"}
    env["HEARTH_HOME"] = str(tmp_path)
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "serve", "--model", str(tiny_model),
                        "--host", "0.0.0.0", "--port", str(free_port())], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "API key" in r.stderr and "Traceback" not in r.stderr


def test_chat_needs_a_model_or_a_server(tmp_path: Path) -> None:
    r = hearth("chat", "hi", home=tmp_path)
    assert r.returncode == 1 and "--model PATH or --remote URL" in r.stderr
