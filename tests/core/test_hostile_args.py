"""Wrong numbers and bytes on the command line, hostile import files, and the files Hearth makes
for itself: a one-line message and exit code 2, a clear import error, owner-only files, and no
chmod of a folder the person set."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import history_io, storage
from app.core.settings import Paths
from app.main import main

ROOT = Path(__file__).resolve().parents[2]

INVALID = [
    ["--max-tokens", "0"], ["--max-tokens", "-1"], ["--max-tokens", "lots"],
    ["--ctx", "0"], ["--ctx", "-5"], ["--ctx", "99999999999"],
    ["--threads", "1000"], ["--threads", "-3"],
    ["--gpu-layers", "-2"],
    ["--temperature", "nan"], ["--temperature", "-1"], ["--temperature", "inf"],
    ["--top-p", "nan"], ["--top-p", "1.5"], ["--top-p", "-0.1"],
    ["--seed", "-1"], ["--seed", "1e3"],
]


@pytest.mark.parametrize("command", ["chat", "ask"])
@pytest.mark.parametrize("option", INVALID, ids=lambda o: " ".join(o))
def test_invalid_engine_option_is_one_line_and_exit_2(
        command: str, option: list[str], tiny_model: Path, hearth_home: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    extra = ["--doc", str(tiny_model)] if command == "ask" else []
    with pytest.raises(SystemExit) as exited:
        main([command, "--model", str(tiny_model), *extra, *option, "hello"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert option[0] in err and "Traceback" not in err


@pytest.mark.parametrize("args", [["models", "list", "--ctx", "0"],
                                  ["search-docs", "--doc", "x", "-k", "0", "q"],
                                  ["search-docs", "--doc", "x", "--max-mb", "-1", "q"]])
def test_other_numbers_are_checked_too(args: list[str], hearth_home: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def run_bytes(*args: bytes, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "HEARTH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "LC_ALL": "C.UTF-8"}
    return subprocess.run([sys.executable.encode(), str(ROOT / "main.py").encode(), *args],
                          cwd=ROOT, env=env, capture_output=True, timeout=120)


def test_non_utf8_bytes_in_arguments_are_a_message(tiny_model: Path, tmp_path: Path) -> None:
    r = run_bytes(b"chat", b"--model", bytes(tiny_model), b"a\xff\xfeb", home=tmp_path)
    assert r.returncode == 2
    assert b"Traceback" not in r.stderr and b"UTF-8" in r.stderr
    assert r.stderr.count(b"\n") == 1
    # A file name that is not UTF-8 is a path like any other: said to be missing, no traceback.
    r = run_bytes(b"models", b"verify", bytes(tmp_path / "m\xff.gguf"), home=tmp_path)
    assert r.returncode == 1
    assert b"Traceback" not in r.stderr + r.stdout and b"does not exist" in r.stdout
    r = run_bytes(b"chat", b"--model", bytes(tmp_path / "m\xff.gguf"), b"hi", home=tmp_path)
    assert r.returncode == 1 and b"Traceback" not in r.stderr


def test_cpu_fallback_notice_reaches_the_command_line(tiny_model: Path, tmp_path: Path) -> None:
    from app.core.engine import _import_llama, gpu_devices

    llama_cpp = _import_llama()
    if llama_cpp.llama_supports_gpu_offload() and gpu_devices(llama_cpp):
        pytest.skip("this machine really offloads to a GPU: no fallback to report")
    r = run_bytes(b"chat", b"--model", bytes(tiny_model), b"--gpu-layers", b"-1",
                  b"--max-tokens", b"2", b"hi", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert b"runs on the CPU" in r.stderr


# ------------------------------------------------------------------------------------ imports


def export_with(content: object) -> dict[str, object]:
    return {"format": "hearth-export", "version": 1, "conversations": [
        {"id": "c1", "title": "t", "messages": [
            {"id": "m1", "role": "user", "content": content}]}]}


def test_deep_nesting_is_a_clear_import_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with storage.Store.open(tmp_path / "h.sqlite3") as store:
        with pytest.raises(history_io.ImportFormatError, match="nested too deeply"):
            history_io.import_file(store, path)
        # Nested within what JSON reads, deeper than any export: still refused, nothing added.
        data = export_with("x")
        message = data["conversations"][0]["messages"][0]  # type: ignore[index]
        nested: object = 1
        for _ in range(300):
            nested = {"k": nested}
        message["stats"] = nested
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(history_io.ImportFormatError, match="nested too deeply"):
            history_io.import_file(store, path)
        assert store.list_conversations() == []


def test_lone_surrogates_are_a_clear_import_error(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.json"
    # json.dumps writes the lone surrogate as the escape \ud800, as a hostile file would.
    path.write_text(json.dumps(export_with("a\ud800b")), encoding="utf-8")
    with storage.Store.open(tmp_path / "h.sqlite3") as store:
        with pytest.raises(history_io.ImportFormatError, match="not valid Unicode"):
            history_io.import_file(store, path)
        assert store.list_conversations() == []


# ------------------------------------------------------------------------------ private files


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_file_is_owner_only(hearth_home: Path) -> None:
    from app.ui import app as ui_app

    root = __import__("logging").getLogger()
    before = list(root.handlers)
    try:
        ui_app._log_to_file()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    log = hearth_home / "logs" / "hearth.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ensure_makes_new_folders_private_and_leaves_existing_ones_alone(tmp_path: Path) -> None:
    mine = tmp_path / "data"
    mine.mkdir(mode=0o755)
    os.chmod(mine, 0o755)
    p = Paths(mine, tmp_path / "config", tmp_path / "cache", tmp_path / "logs").ensure()
    assert stat.S_IMODE(mine.stat().st_mode) == 0o755  # the person's folder, the person's mode
    for made in (p.config_dir, p.cache_dir, p.log_dir):
        assert stat.S_IMODE(made.stat().st_mode) == 0o700
