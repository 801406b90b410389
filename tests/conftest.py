"""Shared fixtures: generated gpt-oss models, a private HEARTH_HOME, and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to open a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core import synthetic_gguf  # noqa: E402
from app.core.synthetic_gguf import Shape  # noqa: E402

# Bigger than TINY so a prefill takes long enough to interrupt, still a few MB.
MEDIUM = Shape(
    name="medium-gpt-oss",
    n_layer=4,
    n_embd=512,
    n_head=8,
    n_head_kv=2,
    head_dim=64,
    n_expert=4,
    n_expert_used=2,
    n_ff_expert=512,
    sliding_window=32,
    context_length=131072,
    real_vocab=False,
    dense_type=synthetic_gguf.QType.Q8_0,
)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~150 KB gpt-oss GGUF with random weights, the harmony tokens and the chat template."""
    return synthetic_gguf.write_tiny(tmp_path_factory.mktemp("models") / "tiny-gpt-oss.gguf")


@pytest.fixture(scope="session")
def medium_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_gguf.write(tmp_path_factory.mktemp("models") / "medium-gpt-oss.gguf", MEDIUM)


@pytest.fixture(scope="session")
def tiny_engine(tiny_model: Path) -> Iterator[object]:
    from app.core.engine import EngineConfig, LlamaEngine

    engine = LlamaEngine.load(EngineConfig(str(tiny_model), n_ctx=4096, n_threads=2))
    yield engine
    engine.close()


@pytest.fixture(autouse=True)
def _private_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own working 'OS keyring' (a JSON file, also used by the child
    processes it starts) and a Hearth home of its own, so the database key Hearth makes never
    lands in the real keyring or the real data folder. Tests of a missing keyring replace it."""
    import keyring

    from app.core import network, vault
    from tests.fixtures.file_keyring import FileKeyring

    path = tmp_path / "keyring.json"
    monkeypatch.setenv(FileKeyring.PATH_ENV, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fixtures.file_keyring.FileKeyring")
    monkeypatch.delenv("HEARTH_PASSPHRASE", raising=False)
    if "HEARTH_HOME" not in os.environ:
        monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "hearth-home"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(path))
    vault.forget_cached()
    yield path
    keyring.set_keyring(previous)
    vault.forget_cached()
    network.reset_for_tests()


@pytest.fixture
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Everything Hearth writes goes under this test's own folder."""
    home = tmp_path / "hearth-home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    return home
