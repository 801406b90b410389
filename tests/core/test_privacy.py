"""Private by construction (issue 18), core side: the master key (keyring, passphrase, rate
limit), sealed files, the encrypted database and the migration of a plain one, nothing in
plain text on disk, the network guard, and wipe."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest

from app.core import crypto, db, network, privacy, storage, vault
from app.core.documents import DocumentIndex, ingest
from app.core.models.errors import OfflineError
from app.core.safety.decision import Decision, Verdict
from app.core.safety.log import DecisionLog
from app.core.settings import Settings, paths
from app.core.storage import Store
from tests.fixtures.file_keyring import FileKeyring

ROOT = Path(__file__).resolve().parents[2]
PHRASE = "Zebra-quartz lighthouse 4711 Mirabelle"


def encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(*folders: Path) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.rglob("*") if p.is_file()]


def files_holding(needle: str, *folders: Path) -> list[str]:
    """Every file under `folders` that contains `needle` in UTF-8 or UTF-16 (either order),
    also a piece of it (the first word), so a split or truncated copy is caught too."""
    found = []
    pieces = [needle, needle.split()[0]]
    for path in files_under(*folders):
        data = path.read_bytes()
        if any(enc in data for piece in pieces for enc in encodings(piece)):
            found.append(str(path))
    return found


def app_folders() -> list[Path]:
    p = paths()
    return [p.data_dir, p.config_dir, p.cache_dir, p.log_dir]


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    vault.forget_cached()
    yield
    keyring.set_keyring(previous)


def keyring_entries(path: Path) -> dict[str, str]:
    return json.loads(path.read_text()) if path.exists() else {}


# --------------------------------------------------------------------------- sealed files


@pytest.mark.parametrize("size", [0, 1, crypto.CHUNK - 1, crypto.CHUNK, crypto.CHUNK + 1,
                                  2 * crypto.CHUNK, 2 * crypto.CHUNK + 17])
def test_seal_round_trips_every_size(size: int) -> None:
    data = os.urandom(size)
    sealed = crypto.seal(data)
    assert crypto.is_sealed(sealed) and crypto.open_sealed(sealed) == data
    assert data[:64] not in sealed[16:] or size < 16


def test_sealed_data_that_was_changed_cut_or_extended_does_not_open() -> None:
    data = os.urandom(2 * crypto.CHUNK + 5)
    sealed = crypto.seal(data)
    flipped = bytearray(sealed)
    flipped[len(sealed) // 2] ^= 1
    at_boundary = sealed[: crypto.HEADER_BYTES + 2 * (crypto.CHUNK + crypto.TAG)]
    for bad in (bytes(flipped), sealed[:-1], at_boundary, sealed + b"x", sealed[:10]):
        with pytest.raises(crypto.SealedDataError):
            crypto.open_sealed(bad)
    with pytest.raises(crypto.SealedDataError):
        crypto.open_sealed(sealed, key=os.urandom(32))


def test_sealed_files_are_private_and_hold_no_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "state.bin"
    crypto.write_sealed(path, [PHRASE.encode(), b" and more" * 1000])
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert not files_holding(PHRASE, tmp_path)
    assert crypto.read_sealed(path).startswith(PHRASE.encode())


# --------------------------------------------------------------------------- the key


def test_the_key_lives_in_the_keyring_and_nowhere_on_disk(_private_keyring: Path) -> None:
    key = vault.master_key()
    entries = keyring_entries(_private_keyring)
    assert entries == {f"Hearth/{vault.entry_name()}": key.hex()}
    info = json.loads(vault.key_file().read_text())
    assert info["keyring"] is True and info["passphrase"] is None
    for folder in app_folders():
        for path in files_under(folder):
            data = path.read_bytes()
            assert key not in data and key.hex().encode() not in data
    vault.forget_cached()
    assert vault.master_key() == key  # a later run finds the same key


def test_no_keyring_and_no_passphrase_is_a_clear_error_and_creates_nothing(
        no_keyring: None) -> None:
    with pytest.raises(vault.KeyringUnavailable, match="passphrase") as info:
        Store.open(paths().database)
    assert "HEARTH_PASSPHRASE" in str(info.value)
    assert not paths().database.exists() and not vault.key_file().exists()


def test_no_keyring_leaves_an_existing_plain_history_untouched(no_keyring: None) -> None:
    database = paths().ensure().database
    plain = sqlite3.connect(database)
    plain.execute("CREATE TABLE t(x)")
    plain.execute("INSERT INTO t VALUES (?)", (PHRASE,))
    plain.commit()
    plain.close()
    before = database.read_bytes()
    with pytest.raises(vault.KeyringUnavailable):
        Store.open(database)
    assert database.read_bytes() == before
    assert sorted(p.name for p in database.parent.iterdir()) == [database.name]


def test_keyring_gone_leaves_the_encrypted_history_untouched(_private_keyring: Path) -> None:
    database = paths().ensure().database
    with Store.open(database) as store:
        store.create_conversation(PHRASE)
    before = database.read_bytes()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    vault.forget_cached()
    with pytest.raises(vault.KeyringLocked, match="keyring"):
        Store.open(database)
    # An emptied keyring (entry deleted) is "missing", not a reason to make a new key.
    keyring.set_keyring(FileKeyring(_private_keyring))
    _private_keyring.write_text("{}")
    vault.forget_cached()
    with pytest.raises(vault.KeyMissing):
        Store.open(database)
    assert database.read_bytes() == before


def test_headless_passphrase_is_read_once_and_opens_the_history(
        no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "correct horse battery")
    database = paths().ensure().database
    with Store.open(database) as store:
        conv = store.create_conversation(PHRASE)
    assert vault.PASSPHRASE_ENV not in os.environ  # taken out: no child process inherits it
    info = json.loads(vault.key_file().read_text())
    assert info["keyring"] is False and info["passphrase"]["wrapped"]
    vault.forget_cached()
    with pytest.raises(vault.PassphraseRequired, match="passphrase"):
        Store.open(database)
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "correct horse battery")
    with Store.open(database) as store:
        assert store.get_conversation(conv.id).title == PHRASE


def test_a_wrong_passphrase_is_clear_changes_nothing_and_is_rate_limited(
        no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    database = paths().ensure().database
    vault.master_key("correct horse battery")
    with Store.open(database) as store:
        store.create_conversation(PHRASE)
    before = database.read_bytes()
    now = [1000.0]
    monkeypatch.setattr(vault, "_clock", lambda: now[0])
    for _ in range(vault.FREE_ATTEMPTS):
        vault.forget_cached()
        with pytest.raises(vault.WrongPassphrase, match="not the one"):
            vault.master_key("wrong horse battery")
    vault.forget_cached()
    with pytest.raises(vault.TooManyAttempts) as info:
        vault.master_key("correct horse battery")  # even the right one waits its turn
    assert info.value.wait_s > 0
    now[0] += info.value.wait_s + 0.1
    with pytest.raises(vault.WrongPassphrase):
        vault.master_key("wrong again")
    vault.forget_cached()
    with pytest.raises(vault.TooManyAttempts) as longer:
        vault.master_key("correct horse battery")
    assert longer.value.wait_s > info.value.wait_s  # each wrong try doubles the wait
    now[0] += longer.value.wait_s + 0.1
    assert vault.master_key("correct horse battery")
    assert vault.wait_needed() == 0  # a success resets the count
    assert database.read_bytes() == before
    with Store.open(database) as store:
        assert [c.title for c in store.list_conversations()] == [PHRASE]


def test_a_passphrase_as_second_way_in_when_the_keyring_is_locked(
        _private_keyring: Path) -> None:
    database = paths().ensure().database
    with Store.open(database) as store:
        store.create_conversation(PHRASE)
    vault.set_passphrase("second way in!")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    vault.forget_cached()
    with pytest.raises(vault.PassphraseRequired, match="keyring"):
        Store.open(database)
    vault.master_key("second way in!", create=False)
    with Store.open(database) as store:
        assert [c.title for c in store.list_conversations()] == [PHRASE]


def test_a_key_replaced_in_the_keyring_is_named_not_used(_private_keyring: Path) -> None:
    database = paths().ensure().database
    Store.open(database).close()
    before = database.read_bytes()
    _private_keyring.write_text(json.dumps({f"Hearth/{vault.entry_name()}": "11" * 32}))
    vault.forget_cached()
    with pytest.raises(vault.KeyMismatch, match="not the one"):
        Store.open(database)
    assert database.read_bytes() == before


def test_app_lock_passphrase_is_checked_and_rate_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    vault.master_key()
    assert not vault.lock_enabled()
    vault.set_lock_passphrase("lock it up please")
    assert vault.lock_enabled()
    monkeypatch.setattr(vault, "_clock", lambda: 5000.0)
    assert vault.check_lock_passphrase("lock it up please")
    for _ in range(vault.FREE_ATTEMPTS):
        assert not vault.check_lock_passphrase("nope nope nope")
    with pytest.raises(vault.TooManyAttempts):
        vault.check_lock_passphrase("lock it up please")
    assert "lock it up" not in vault.key_file().read_text()


# --------------------------------------------------------------------------- the database


def test_the_database_and_its_wal_are_encrypted(tmp_path: Path) -> None:
    database = paths().ensure().database
    store = Store.open(database)
    conv = store.create_conversation(PHRASE)
    store.add_message(conv.id, "user", f"Tell me about {PHRASE}")
    index = DocumentIndex(store.connection)
    doc = tmp_path / "notes.md"
    doc.write_text(f"# Notes\n\nThe {PHRASE} is kept in the attic.\n" * 50, encoding="utf-8")
    assert ingest([str(doc)], index, conv.id)[0].error == ""
    assert store.search(PHRASE.split()[0])  # the full-text index has it
    assert Path(f"{database}-wal").exists()  # not yet checkpointed: the WAL holds it all
    assert db.file_kind(database) == "encrypted"
    assert not files_holding(PHRASE, *app_folders())
    store.close()
    assert not files_holding(PHRASE, *app_folders())


def _plain_history(database: Path, doc: Path) -> dict[str, Any]:
    """A history as the version before encryption left it: stdlib sqlite3 in WAL mode, two
    conversations, branches (two answers to one question, a second first question), a
    pinned one, an attached document, and a last reply still in a WAL that was never
    checkpointed (as a crash leaves it)."""
    database.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    db.migrate(conn, storage.HISTORY_COMPONENT, storage.HISTORY_MIGRATIONS)
    store = Store(conn)
    first = store.create_conversation("First")
    q = store.add_message(first.id, "user", f"What is {PHRASE}?")
    a1 = store.add_message(first.id, "assistant", "An answer.", parent_id=q.id)
    a2 = store.add_message(first.id, "assistant", "Another answer.", parent_id=q.id)
    q2 = store.add_message(first.id, "user", "Edited question", parent_id=None)
    second = store.create_conversation(PHRASE)
    store.add_message(second.id, "user", "Hello there")
    store.set_pinned(second.id, True)
    index = DocumentIndex(conn)
    assert ingest([str(doc)], index, first.id)[0].error == ""
    store.add_message(second.id, "assistant", "Late reply in the WAL")
    expected = {
        "first": first.id,
        "second": second.id,
        "conversations": store.list_conversations(),
        "messages": {c: store.messages(c) for c in (first.id, second.id)},
        "active": store.active_path(first.id),
        "documents": index.list_documents(first.id),
        "branch": {a1.id, a2.id, q.id, q2.id},
        "search": [h.message_id for h in store.search("Zebra")],
        "doc_hits": [h.text for h in index.search("attic lighthouse", first.id)],
    }
    assert Path(f"{database}-wal").stat().st_size > 0
    # Snapshot the files as they are now (the WAL not checkpointed), as after a crash.
    snapshot = {suffix: Path(f"{database}{suffix}").read_bytes() for suffix in ("", "-wal")}
    conn.close()
    for suffix, data in snapshot.items():
        Path(f"{database}{suffix}").write_bytes(data)
    Path(f"{database}-shm").unlink(missing_ok=True)
    return expected


def test_a_plain_history_is_encrypted_without_losing_a_row(tmp_path: Path) -> None:
    database = paths().ensure().database
    doc = tmp_path / "notes.md"
    doc.write_text(f"# Attic\n\nThe {PHRASE} lighthouse is in the attic.\n" * 40,
                   encoding="utf-8")
    expected = _plain_history(database, doc)
    assert db.file_kind(database) == "plain"
    assert files_holding(PHRASE, *app_folders())  # the old version kept it readable

    with Store.open(database) as store:
        assert db.file_kind(database) == "encrypted"
        assert store.list_conversations() == expected["conversations"]
        for conv_id, messages in expected["messages"].items():
            assert store.messages(conv_id) == messages
        assert store.messages(expected["second"])[-1].content == "Late reply in the WAL"
        assert store.active_path(expected["first"]) == expected["active"]
        assert expected["branch"] <= {m.id for m in store.messages(expected["first"])}
        assert [h.message_id for h in store.search("Zebra")] == expected["search"]
        index = DocumentIndex(store.connection)
        assert index.list_documents(expected["first"]) == expected["documents"]
        assert [h.text for h in index.search("attic lighthouse", expected["first"])] == \
            expected["doc_hits"]
    leftovers = sorted(p.name for p in database.parent.iterdir())
    assert not [n for n in leftovers if "plain-old" in n or "encrypting" in n], leftovers
    assert not files_holding(PHRASE, *app_folders())


def test_a_half_made_encrypted_copy_is_discarded_and_made_again(tmp_path: Path) -> None:
    database = paths().ensure().database
    doc = tmp_path / "notes.md"
    doc.write_text("# A\n\nattic\n", encoding="utf-8")
    expected = _plain_history(database, doc)
    tmp = database.with_name(database.name + db.ENCRYPTING_SUFFIX)
    tmp.write_bytes(b"half an export " * 100)  # a crash while exporting
    with Store.open(database) as store:
        assert store.list_conversations() == expected["conversations"]
    assert not tmp.exists()


def test_a_checked_copy_takes_over_when_the_crash_came_after_the_plain_file_moved(
        tmp_path: Path) -> None:
    database = paths().ensure().database
    doc = tmp_path / "notes.md"
    doc.write_text("# A\n\nattic\n", encoding="utf-8")
    expected = _plain_history(database, doc)
    tmp = database.with_name(database.name + db.ENCRYPTING_SUFFIX)
    old = database.with_name(database.name + db.PLAIN_OLD_SUFFIX)
    work = tmp_path / "work.sqlite3"
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{database}{suffix}", f"{work}{suffix}")
    db.encrypt_plain(work, vault.master_key())  # the checked encrypted copy
    os.replace(work, tmp)
    for suffix in ("", "-wal"):
        os.replace(f"{database}{suffix}", f"{old}{suffix}")  # the plain one set aside
    assert not database.exists()
    with Store.open(database) as store:
        assert store.list_conversations() == expected["conversations"]
        assert store.messages(expected["second"])[-1].content == "Late reply in the WAL"
    assert not old.exists() and not Path(f"{old}-wal").exists() and not tmp.exists()
    assert not files_holding(PHRASE, *app_folders())


def test_the_safety_log_keeps_text_only_sealed(tmp_path: Path) -> None:
    path = paths().ensure().data_dir / "safety-log.jsonl"
    log = DecisionLog(path, store_text=True)
    decision = Decision(Verdict.BLOCK, "violence", layer="rules", rule="r1")
    log.record(decision, "prompt", f"how to {PHRASE}")
    assert not files_holding(PHRASE, *app_folders())
    assert [e.text for e in log.entries()] == [f"how to {PHRASE}"]
    # A log an older Hearth wrote with plain text is sealed at start.
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"time": "t", "where": "prompt", "verdict": "block",
                             "category": "violence", "layer": "rules", "text": PHRASE}) + "\n")
    assert files_holding(PHRASE, *app_folders())
    privacy.protect_leftovers()
    assert not files_holding(PHRASE, *app_folders())
    assert [e.text for e in log.entries()][-1] == PHRASE


# --------------------------------------------------------------------------- network


@pytest.fixture
def listener() -> Iterator[tuple[str, int]]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                conn.close()
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()
    stop.set()
    thread.join()
    server.close()


def test_outside_a_grant_no_connection_is_made_and_every_attempt_is_recorded(
        listener: tuple[str, int]) -> None:
    network.clear_attempts()
    with network.guarded():
        with pytest.raises(network.NetworkBlocked):
            socket.create_connection(listener, timeout=2)
        with pytest.raises(OSError):
            socket.getaddrinfo("example.com", 443)
        with network.allow(network.Purpose.HUB, offline=False):
            socket.create_connection(listener, timeout=2).close()
        with pytest.raises(OfflineError):
            with network.allow(network.Purpose.HUB, offline=True):
                pass
        # A server on this machine that the person set up stays usable offline.
        with network.allow(network.Purpose.REMOTE_ENGINE, offline=True, host="127.0.0.1"):
            socket.create_connection(listener, timeout=2).close()
        with pytest.raises(OfflineError):
            with network.allow(network.Purpose.REMOTE_ENGINE, offline=True, host="10.1.2.3"):
                pass
        # Local sockets (D-Bus, X11) are not network.
        a, b = socket.socketpair()
        a.close()
        b.close()
    seen = [(a.kind, a.host, a.purpose, a.allowed) for a in network.attempts()]
    assert seen == [("connect", "127.0.0.1", None, False),
                    ("resolve", "example.com", None, False),
                    ("connect", "127.0.0.1", "hub", True),
                    ("connect", "127.0.0.1", "remote-engine", True)]
    # Outside `guarded` (tests, embedding) nothing is refused.
    socket.create_connection(listener, timeout=2).close()


def test_huggingface_hub_sends_no_telemetry_and_no_agent_lookup(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants
    from huggingface_hub.utils import _headers

    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", False)
    for name in network.HUB_ENV:
        monkeypatch.delenv(name, raising=False)
    network.configure_hub()
    assert constants.HF_HUB_DISABLE_TELEMETRY and constants.HF_HUB_DISABLE_IMPLICIT_TOKEN
    calls: list[str] = []
    monkeypatch.setattr(_headers, "detect_agent", lambda: calls.append("agent") or None)
    agent = _headers._http_user_agent()
    assert calls == [] and "agent/" not in agent
    for name, value in network.HUB_ENV.items():
        assert os.environ[name] == value


def test_headless_commands_run_guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import main as entry

    seen: list[bool] = []
    monkeypatch.setattr(sys, "argv", ["hearth"])
    import app.commands.wipe as wipe_cmd

    monkeypatch.setattr(wipe_cmd, "run", lambda args: seen.append(network.enforcing()) or 0)
    assert entry.main(["wipe"]) == 0
    assert seen == [True] and not network.enforcing()


# --------------------------------------------------------------------------- wipe


def _fill_home(tmp_path: Path) -> Settings:
    p = paths().ensure()
    settings = Settings(developer_instructions="be brief", safety_log_text=True)
    settings.save()
    with Store.open(p.database) as store:
        conv = store.create_conversation(PHRASE)
        store.add_message(conv.id, "user", PHRASE)
        DocumentIndex(store.connection)
    DecisionLog(p.data_dir / "safety-log.jsonl", store_text=True).record(
        Decision(Verdict.BLOCK, "violence", rule="r"), "prompt", PHRASE)
    (p.log_dir / "hearth.log").write_text("INFO started\n")
    (p.cache_dir / "catalog.json").write_text("{}")
    (p.cache_dir / privacy.STATES_FOLDER).mkdir()
    crypto.write_sealed(p.cache_dir / privacy.STATES_FOLDER / "a.kvstate", PHRASE.encode())
    (p.config_dir / "window.json").write_text("{}")
    p.models_dir.mkdir(parents=True)
    (p.models_dir / "m.gguf").write_bytes(b"GGUF" + bytes(100))
    from app.core.models import secrets

    secrets.set_token("hf_" + "a" * 34)
    return settings


def test_inventory_says_what_is_where_with_sizes(tmp_path: Path) -> None:
    settings = _fill_home(tmp_path)
    items = {i.what: i for i in privacy.inventory(settings)}
    history = next(i for i in items.values() if i.where == paths().database)
    assert history.size > 0 and "Encrypted" in history.protection
    assert any("Saved conversation memory" in w for w in items)
    assert any(i.where == paths().log_dir and i.files == 1 for i in items.values())
    models = next(i for i in items.values() if i.where == paths().models_dir)
    assert models.size == 104


def test_wipe_removes_every_file_and_keyring_entry(tmp_path: Path, _private_keyring: Path,
                                                   ) -> None:
    settings = _fill_home(tmp_path)
    assert len(keyring_entries(_private_keyring)) == 2
    report = privacy.wipe(settings)
    assert report.complete, report.problems
    assert report.removed_files >= 8
    assert files_under(*app_folders()) == []
    assert not any(f.exists() for f in app_folders())
    assert keyring_entries(_private_keyring) == {}
    assert not vault.is_unlocked()


def test_wipe_can_keep_the_downloaded_models(tmp_path: Path) -> None:
    settings = _fill_home(tmp_path)
    report = privacy.wipe(settings, keep_models=True)
    assert report.complete and report.kept
    assert [p.name for p in files_under(*app_folders())] == ["m.gguf"]


def test_wipe_command(tmp_path: Path, _private_keyring: Path) -> None:
    _fill_home(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    listed = subprocess.run([sys.executable, str(ROOT / "main.py"), "wipe", "--json"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 2, listed.stderr
    assert any(i["where"] == str(paths().database) for i in json.loads(listed.stdout))
    assert files_under(*app_folders())  # listing removed nothing
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "wipe", "--yes", "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["problems"] == []
    assert files_under(*app_folders()) == []
    assert keyring_entries(_private_keyring) == {}


def test_a_remote_server_the_person_set_up_is_reached_through_the_grant() -> None:
    from app.core.remote_engine import RemoteConfig, RemoteError, list_models
    from tests.fixtures.servers import silent_server

    network.clear_attempts()
    with silent_server() as url, network.guarded():
        with pytest.raises(RemoteError):
            list_models(RemoteConfig(url, read_timeout=1.0))
        with pytest.raises((RemoteError, OfflineError)):
            list_models(RemoteConfig("http://192.0.2.1:8000/v1", offline=True))
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    assert [(a.kind, a.host, a.port, a.purpose, a.allowed) for a in network.attempts()] == [
        ("connect", "127.0.0.1", port, "remote-engine", True)]
