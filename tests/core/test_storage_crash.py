"""A process killed mid-stream leaves a readable history with the partial answer in it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.storage import Store
from tests.fixtures.storage_crash_writer import partial_text

REPO = Path(__file__).resolve().parents[2]
WRITER = REPO / "tests" / "fixtures" / "storage_crash_writer.py"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


@pytest.mark.parametrize("updates_before_kill", [1, 8])
def test_sigkill_mid_stream_keeps_history_and_partial_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, updates_before_kill: int
) -> None:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path))
    database = tmp_path / "history.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(database)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HEARTH_HOME": str(tmp_path)},
    )
    try:
        assert writer.stdout is not None
        header = writer.stdout.readline()
        assert header, writer.stderr.read() if writer.stderr else ""
        ids = json.loads(header)
        last_seen = -1
        while last_seen < updates_before_kill:
            line = writer.stdout.readline()
            assert line.startswith("committed "), line
            last_seen = int(line.split()[1])
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait(timeout=10)
        if writer.stdout:
            writer.stdout.close()
        if writer.stderr:
            writer.stderr.close()
    assert writer.returncode == -signal.SIGKILL

    with Store.open(database) as store:
        conn = store.connection
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        path = store.active_path(ids["conversation"])
        assert [m.id for m in path] == [*ids["earlier"], ids["reply"]]
        assert [m.content for m in path[:3]] == ["first question", "first answer",
                                                 "second question"]
        reply = path[-1]
        assert reply.status == "streaming"
        # The kill came after step `last_seen` was committed and maybe a little later.
        steps = [i for i in range(last_seen, last_seen + 200) if partial_text(i) == reply.content]
        assert steps, reply.content[-80:]
        assert reply.reasoning == f"thinking {steps[0]}"

        assert store.mark_interrupted() == 1
        interrupted = store.get_message(ids["reply"])
        assert interrupted.status == "interrupted"
        assert interrupted.content == reply.content
        assert store.mark_interrupted() == 0
        # The partial answer is searchable like any other text.
        hits = store.search(f"word{last_seen}")
        assert [h.message_id for h in hits] == [ids["reply"]]
        conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
