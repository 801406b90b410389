"""A reply is marked interrupted only when the process writing it is really gone: its writer
lock (held for the process's life, dropped by the OS however it ends) tells."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.core import liveness, storage
from app.core.history import StoreSink

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys, time
from pathlib import Path
from app.core import storage
from app.core.history import StoreSink
store = storage.Store.open(Path(sys.argv[1]))
sink = StoreSink(store, sys.argv[2])
sink.started("question", "question", [])
sink.progress("half an ans", "")
print(sink.assistant_message_id, flush=True)
time.sleep(120)
"""


def test_a_live_writers_reply_is_left_alone_until_it_dies(tmp_path: Path) -> None:
    database = tmp_path / "hearth.sqlite3"
    with storage.Store.open(database) as store:
        conv = store.create_conversation("two processes")
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(database), conv.id], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        reply = child.stdout.readline().strip()
        with storage.Store.open(database) as store:
            message = store.get_message(reply)
            assert message.status == "streaming"
            assert liveness.writer_alive(tmp_path, message.stats[liveness.WRITER_KEY])
            assert store.mark_interrupted() == 0  # another process starting: hands off
            assert store.get_message(reply).status == "streaming"
    finally:
        child.kill()
        child.wait()
    with storage.Store.open(database) as store:
        assert store.mark_interrupted() == 1  # the writer is gone now
        message = store.get_message(reply)
        assert (message.status, message.content) == ("interrupted", "half an ans")
    assert not list((tmp_path / liveness.WRITERS_DIR).glob("*.lock"))  # stale lock cleaned


def test_own_replies_are_alive_and_finished_ones_forget_their_writer(tmp_path: Path) -> None:
    with storage.Store.open(tmp_path / "hearth.sqlite3") as store:
        conv = store.create_conversation("one process")
        sink = StoreSink(store, conv.id)
        sink.started("q", "q", [])
        assert sink.assistant_message_id is not None
        assert store.mark_interrupted() == 0
        sink.finished("answer", "", "complete", {"generated_tokens": 3}, None, [])
        done = store.get_message(sink.assistant_message_id)
        assert done.status == "complete" and liveness.WRITER_KEY not in done.stats
