"""The engine thread (and llama.cpp's threads it starts) runs below the GUI thread."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from app.core.engine import EngineConfig
from app.workers.engine_worker import EngineController


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_engine_threads_are_nicer_than_the_gui(qtbot, tiny_model: Path) -> None:
    controller = EngineController()
    try:
        with qtbot.waitSignal(controller.worker.model_loaded, timeout=30000):
            controller.load(EngineConfig(str(tiny_model), n_ctx=512, n_threads=2))
        gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        tids = [int(t) for t in os.listdir(f"/proc/{os.getpid()}/task")]
        nices = {tid: os.getpriority(os.PRIO_PROCESS, tid) for tid in tids}
        # The engine thread lowered itself; nothing else in the process did.
        assert max(nices.values()) > gui, nices
    finally:
        controller.shutdown()
