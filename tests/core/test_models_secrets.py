"""The Hugging Face token lives only in the keyring: never in settings, logs, errors or files."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from app.core import synthetic_gguf
from app.core.models import secrets
from app.core.models.downloads import DownloadManager, State
from app.core.models.hub import Hub
from app.core.settings import Settings, paths
from tests.fixtures.fake_hub import FakeHub, Fault
from tests.fixtures.file_keyring import FileKeyring

TOKEN = "hf_SecretTokenForTests0123456789abcd"
REPO = "org/gated-GGUF"


class NoKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("none")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("none")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("none")


@pytest.fixture
def file_keyring(tmp_path: Path):
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring" / "store.json")
    backend.path.parent.mkdir()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_set_get_delete(file_keyring):
    assert secrets.get_token() is None
    secrets.set_token(f"  {TOKEN}\n")
    assert secrets.get_token() == TOKEN
    assert TOKEN in file_keyring.path.read_text()
    secrets.set_token("")
    assert secrets.get_token() is None
    secrets.delete_token()  # deleting nothing is fine


def test_no_keyring_is_a_clear_error(tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert secrets.get_token() is None
        with pytest.raises(secrets.SecretStoreError, match="keyring"):
            secrets.set_token(TOKEN)
    finally:
        keyring.set_keyring(previous)


def test_redact():
    secrets._remember("custom-format-secret")
    text = f"a {TOKEN} b custom-format-secret c hf_abcdefghijklmnopqrstuvwxyz012345"
    assert secrets.redact(text) == "a hf_*** b hf_*** c hf_***"


def test_log_records_are_scrubbed(caplog):
    secrets.install_log_redaction()
    caplog.set_level(logging.INFO)
    logging.getLogger("anything.at.all").info("sending %s to %s", TOKEN, "the hub")
    logging.getLogger("app").warning(f"header Authorization: Bearer {TOKEN}")
    assert TOKEN not in caplog.text
    assert caplog.text.count("hf_***") == 2 and "the hub" in caplog.text


def test_token_never_lands_on_disk_or_in_logs(tmp_path, file_keyring, monkeypatch, caplog):
    home = tmp_path / "home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    secrets.set_token(TOKEN)
    settings = Settings(context_length=4096)
    settings.save()

    # A log file like the app's, with huggingface_hub's debug output in it too.
    log_file = paths().ensure().log_dir / "hearth.log"
    handler = logging.FileHandler(log_file)
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        with FakeHub(workdir=tmp_path, token=TOKEN) as hub:
            monkeypatch.setenv("HF_ENDPOINT", hub.url)
            hub.add_repo(REPO, gated=True)
            tiny = synthetic_gguf.write_tiny(tmp_path / "src" / "tiny.gguf")
            hub.add_file(REPO, "tiny.gguf", tiny)
            # Faults whose error text carries the token back, as a careless server might.
            hub.add_fault(Fault("status", path="tiny.gguf", status=500,
                                message=f"bad token {TOKEN}"))
            hub.add_fault(Fault("cut", path="tiny.gguf", offset=70_000))
            mgr = DownloadManager(settings=settings, hub=Hub(settings), backoff_base=0.01)
            job = mgr.run_job(mgr.enqueue(REPO, "tiny.gguf"))
            assert job.state == State.DONE, job.error
            # The token was really used...
            assert {r.authorization for r in hub.requests} == {f"Bearer {TOKEN}"}
            # ...and a failing call with the token produces an error without it.
            hub.add_fault(Fault("status", path="other.gguf", method="HEAD", status=403,
                                message=f"token {TOKEN} lacks access", times=-1))
            job2 = mgr.run_job(mgr.enqueue(REPO, "other.gguf"))
            assert job2.state == State.FAILED
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)

    assert TOKEN not in (job2.error or "")
    assert TOKEN not in caplog.text
    assert "GET" in caplog.text or "HEAD" in caplog.text or "retry" in caplog.text
    needle = TOKEN.encode()
    scanned = 0
    for folder in (home, settings.models_folder()):
        for f in folder.rglob("*"):
            if f.is_file():
                scanned += 1
                assert needle not in f.read_bytes(), f"token found in {f}"
    assert scanned >= 4  # settings, log, model, its metadata
    assert TOKEN in file_keyring.path.read_text()  # the one place it belongs
