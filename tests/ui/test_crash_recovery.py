"""SIGKILL the real app mid-answer; reopening shows every earlier message and the partial answer
marked interrupted, and the database passes its integrity check."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.fixtures import encrypted
from tests.fixtures.encrypted import open_raw
from tests.ui.conftest import LOAD_TIMEOUT_MS

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "fixtures" / "gui_crash_app.py"


def _streaming_partial(db: Path) -> tuple[str, str, str] | None:
    """(id, content, reasoning) of a reply still streaming with text already saved, if any."""
    if not db.exists():
        return None
    conn = open_raw(db, readonly=True)
    try:
        row = conn.execute(
            "SELECT id, content, reasoning FROM messages WHERE status = 'streaming' "
            "AND (content != '' OR reasoning != '') ORDER BY seq DESC LIMIT 1").fetchone()
    except (sqlite3.OperationalError, encrypted.OperationalError):
        return None
    finally:
        conn.close()
    return row


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_generation_keeps_history(qtbot, make_window, hearth_home: Path,
                                              medium_model: Path) -> None:
    env = dict(os.environ, HEARTH_HOME=str(hearth_home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(SCRIPT), str(medium_model)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")),
                              daemon=True)
    reader.start()
    db = hearth_home / "data" / "hearth.sqlite3"
    try:
        qtbot.waitUntil(lambda: any(line.startswith("STREAMING") for line in lines),
                        timeout=LOAD_TIMEOUT_MS)
        started = time.monotonic()
        seen: list[tuple[str, str, str]] = []

        def partial_after_a_while() -> bool:
            if time.monotonic() - started < 1.5:
                return False
            row = _streaming_partial(db)
            if row is None:
                return False
            seen.append(row)
            proc.send_signal(signal.SIGKILL)  # at once: the reply is mid-stream right now
            return True

        qtbot.waitUntil(partial_after_a_while, timeout=60_000)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    conversation = next(line.split()[1] for line in lines if line.startswith("SEEDED"))
    killed_id, content, reasoning = seen[-1]

    window = make_window()
    assert window.interrupted_on_start == 1
    window.open_conversation(conversation)
    model = window.chat_model
    while model.has_older():  # scroll all the way up, as the person would to check
        model.arm_fetch()
        model.fetchMore()
    items = model.items()
    texts = [(i.role, i.content) for i in items]
    assert texts[:4] == [("user", "earlier question one"), ("assistant", "earlier answer one"),
                         ("user", "earlier question two"), ("assistant", "earlier answer two")]
    last = items[-1]
    assert last.id == killed_id
    assert last.status == "interrupted"
    assert last.content.startswith(content) and last.reasoning.startswith(reasoning)
    assert items[-2].role == "user" and items[-2].content.startswith("Write a very long essay")
    check = open_raw(db)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()
