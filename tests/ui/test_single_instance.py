"""Two real app processes on one data folder: the second start brings the first window forward
and quits, and the first's live answer is never marked interrupted; once its writer is really
gone (killed), it is."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core import liveness, storage

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "tests" / "fixtures" / "instance_app.py"


class Child:
    """A child process whose stdout lines arrive on a queue."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def wait_for(self, prefix: str, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            if line.startswith(prefix):
                return line
        err = self.proc.stderr.read() if self.proc.poll() is not None and self.proc.stderr else ""
        raise AssertionError(f"no {prefix!r} from the child (exit {self.proc.poll()}): {err}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock")
def test_second_start_brings_the_first_forward_and_spares_its_answer(
        tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HEARTH_HOME", str(home))  # this process reads the same (keyed) history
    env = {**os.environ, "HEARTH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    first = Child([sys.executable, str(APP), str(tiny_model)], env)
    try:
        first.wait_for("READY")
        streaming = first.wait_for("STREAMING").split()[1]
        database = home / "data" / "hearth.sqlite3"
        # The second start: the real command a person runs.
        second = subprocess.run([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stderr
        first.wait_for("ACTIVATED", timeout=60)
        with storage.Store.open(database) as store:
            def all_messages() -> list[storage.Message]:
                return [m for c in store.list_conversations() for m in store.messages(c.id)]

            # Nothing the first window wrote was cut off by the second start.
            assert not [m for m in all_messages() if m.status == "interrupted"]
            assert store.get_message(streaming).status != "interrupted"
            live = None
            deadline = time.monotonic() + 120
            while live is None and time.monotonic() < deadline:
                live = next((m for m in all_messages() if m.status == "streaming"), None)
                time.sleep(0.2)
            assert live is not None, "the first window stopped answering"
            # Another process that writes replies, starting up: it sees the writer is alive.
            assert store.mark_interrupted() == 0
            writer = live.stats.get(liveness.WRITER_KEY)
            assert writer and liveness.writer_alive(database.parent, writer)
            # And the first window goes on writing that same answer.
            seen = len(live.content)
            while time.monotonic() < deadline:
                message = store.get_message(live.id)
                if message.status != "streaming" or len(message.content) > seen:
                    break
                time.sleep(0.5)
            assert message.status != "interrupted"
            assert len(message.content) > seen or message.status != "streaming"
    finally:
        first.kill()
    # Now the writer is really gone: what it left streaming is marked on the next start, with
    # its text kept.
    with storage.Store.open(database) as store:
        left = [m for c in store.list_conversations() for m in store.messages(c.id)
                if m.status == "streaming"]
        assert store.mark_interrupted() == len(left)
        for m in left:
            assert store.get_message(m.id).status == "interrupted"


def test_write_lock_waits_then_says_why(tmp_path: Path, hearth_home: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from app.core import liveness\n"
         "with liveness.write_lock(Path(sys.argv[1]), 'test'):\n"
         "    print('HELD', flush=True); time.sleep(60)\n", str(tmp_path)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "HEARTH_HOME": str(hearth_home)},
        stdout=subprocess.PIPE,
        text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        with pytest.raises(liveness.FolderBusyError, match="Try again"):
            with liveness.write_lock(tmp_path, "delete x", timeout=0.5):
                pass
    finally:
        holder.kill()
        holder.wait()
    # The holder is gone (killed): its lock went with it.
    with liveness.write_lock(tmp_path, "delete x", timeout=5):
        pass
