"""The headless command line, run as a person would run it: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def hearth(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEARTH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_chat_json_prints_one_object_with_stats(tiny_model: Path, tmp_path: Path) -> None:
    r = hearth("chat", "--model", str(tiny_model), "--json", "--max-tokens", "12", "--seed", "3",
               "--reasoning", "low", "--system", "Be brief.", "hi", home=tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) >= {"answer", "reasoning", "stats", "stop_reason", "model", "backend"}
    s = out["stats"]
    assert s["prompt_tokens"] > 0 and 1 <= s["generated_tokens"] <= 12
    assert s["prefill_tps"] > 0 and s["ttft_seconds"] > 0


def test_chat_streams_plain_text(tiny_model: Path, tmp_path: Path) -> None:
    r = hearth("chat", "--model", str(tiny_model), "--max-tokens", "8", "hello", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.endswith("\n")


def test_chat_bad_model_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.gguf"
    bad.write_bytes(b"PK\x03\x04 definitely a zip file" * 4)
    r = hearth("chat", "--model", str(bad), "hi", home=tmp_path)
    assert r.returncode == 1
    assert "not a GGUF model file" in r.stderr
    assert "Traceback" not in r.stderr


def test_self_test_prints_ok(tmp_path: Path) -> None:
    r = hearth("--self-test", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("OK")


def test_help_lists_commands(tmp_path: Path) -> None:
    r = hearth("--help", home=tmp_path)
    assert r.returncode == 0
    assert "chat" in r.stdout
