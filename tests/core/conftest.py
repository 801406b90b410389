"""Fixtures for core tests: a private HEARTH_HOME and a store on a real SQLite file in it,
and generated guard models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.storage import Store


@pytest.fixture(scope="module")
def generated_guards(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Two generated Qwen3Guard-shaped guards, loaded: "safe" and "unsafe" (what each always
    replies), for the streamed-check tests."""
    from app.core import synthetic_guard
    from app.core.engine import SmallModel, SmallModelConfig
    from app.core.safety import Guard, Qwen3GuardFormat

    folder: Path = tmp_path_factory.mktemp("guards")
    out: dict[str, Any] = {}
    for name, reply in (("safe", synthetic_guard.SAFE_REPLY),
                        ("unsafe", synthetic_guard.UNSAFE_REPLY)):
        path = synthetic_guard.write_tiny(folder / f"{name}.gguf", reply)
        runtime = SmallModel.load(SmallModelConfig(str(path), n_ctx=4096, n_threads=1))
        out[name] = Guard(runtime, Qwen3GuardFormat(), name)
    yield out
    for guard in out.values():
        guard.runtime.close()


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path))
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def history(tmp_path: Path) -> Iterator[Store]:
    """A history on a real SQLite file of its own (the saved-state tests' conversations)."""
    with Store.open(tmp_path / "h.sqlite3") as store:
        yield store
