"""Local model files: import from disk, the Hugging Face cache, verify, delete; and the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import synthetic_gguf
from app.core.errors import HearthError, ModelLoadError
from app.core.models.downloads import META_SUFFIX
from app.core.models.local import (
    delete_model,
    import_gguf,
    list_installed,
    scan_hf_cache,
    verify,
)
from app.core.settings import Settings
from app.main import main
from tests.fixtures.fake_hub import FakeHub, Fault

ROOT = Path(__file__).resolve().parents[2]
REPO = "org/gpt-oss-test-GGUF"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return tmp_path / "home"


def make_split(folder: Path) -> list[Path]:
    return [synthetic_gguf.write_tiny(folder / f"m-0000{i}-of-00003.gguf", seed=i)
            for i in (1, 2, 3)]


def test_import_copy_then_list_and_delete(home, tiny_model, tmp_path):
    models = Settings().models_folder()
    model = import_gguf(tiny_model, models)
    assert model.valid and model.source == "imported" and model.architecture == "gpt-oss"
    assert model.path.read_bytes() == tiny_model.read_bytes()
    assert import_gguf(tiny_model, models).path == model.path  # importing twice is harmless
    [listed] = list_installed(models)
    assert listed.path == model.path and listed.valid
    freed = delete_model(model.path, models)
    assert freed == tiny_model.stat().st_size
    assert list_installed(models) == [] and tiny_model.exists()


def test_import_refuses_broken_files(home, tiny_model, tmp_path):
    models = Settings().models_folder()
    text = tmp_path / "notes.gguf"
    text.write_text("hello, I am not a model, just some notes I saved here.")
    with pytest.raises(ModelLoadError, match="not a GGUF"):
        import_gguf(text, models)
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_model.read_bytes()[: tiny_model.stat().st_size // 2])
    with pytest.raises(ModelLoadError, match="incomplete"):
        import_gguf(cut, models)
    with pytest.raises(ModelLoadError, match="does not exist"):
        import_gguf(tmp_path / "nothing.gguf", models)
    assert list_installed(models) == []


def test_import_split_by_hardlink_and_missing_part(home, tmp_path):
    models = Settings().models_folder()
    parts = make_split(tmp_path / "src")
    model = import_gguf(parts[0], models, mode="hardlink")
    assert model.valid and len(model.parts) == 3
    [listed] = list_installed(models)
    assert listed.is_split
    parts[2].unlink()
    with pytest.raises(ModelLoadError, match="missing"):
        import_gguf(parts[0], tmp_path / "other")
    delete_model(model.path, models)
    assert not any(models.rglob("*.gguf"))


def test_symlink_import_and_delete_leaves_the_original(home, tiny_model):
    models = Settings().models_folder()
    model = import_gguf(tiny_model, models, mode="symlink")
    assert model.path.is_symlink() and model.valid
    delete_model(model.path, models)
    assert tiny_model.exists() and not model.path.is_symlink()


def test_delete_refuses_files_outside_the_models_folder(home, tiny_model):
    with pytest.raises(HearthError, match="not in Hearth's models folder"):
        delete_model(tiny_model, Settings().models_folder())
    assert tiny_model.exists()


def test_verify_catches_damage_on_disk(home, tiny_model, tmp_path):
    good = verify(tiny_model)
    assert good.ok and good.parts[0][1] and "complete" in good.message
    copy = tmp_path / "copy.gguf"
    shutil.copyfile(tiny_model, copy)
    (tmp_path / ("copy.gguf" + META_SUFFIX)).write_text(json.dumps({"sha256": good.parts[0][1]}))
    assert verify(copy).ok
    data = bytearray(copy.read_bytes())
    data[-100] ^= 0xFF  # a flipped bit inside the tensor data: the header still looks fine
    copy.write_bytes(bytes(data))
    bad = verify(copy)
    assert not bad.ok and "checksum" in bad.message
    assert not verify(copy, expected_sha256="0" * 64).ok
    copy.write_bytes(bytes(data[:5000]))
    assert not verify(copy).ok


def test_pick_up_files_from_the_hugging_face_cache(home, tiny_model, tmp_path):
    from huggingface_hub import hf_hub_download

    cache = tmp_path / "hf-cache"
    with FakeHub(workdir=tmp_path) as hub:
        hub.add_file(REPO, "tiny.gguf", tiny_model)
        hub.add_bytes(REPO, "README.md", b"readme", lfs=False)
        for name in ("tiny.gguf", "README.md"):
            hf_hub_download(REPO, name, cache_dir=cache, endpoint=hub.url, token=False)
    found = scan_hf_cache(cache)
    assert [(m.repo, m.path.name, m.valid, m.source) for m in found] == \
        [(REPO, "tiny.gguf", True, "hf-cache")]
    assert scan_hf_cache(tmp_path / "no-cache") == []
    assert any(m.source == "hf-cache" for m in list_installed(home / "x", hf_cache=cache))


# -- headless command ---------------------------------------------------------------------------
def test_cli_download_verify_list(home, tiny_model, tmp_path, monkeypatch, capsys):
    with FakeHub(workdir=tmp_path) as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        hub.add_file(REPO, "tiny.gguf", tiny_model)
        hub.add_fault(Fault("cut", path="tiny.gguf", offset=80_000))
        assert main(["models", "download", REPO, "tiny.gguf"]) == 0
        out, err = capsys.readouterr()
        path = Path(out.strip().splitlines()[-1])
        assert path.read_bytes() == tiny_model.read_bytes()
        assert "100.0%" in err and "trying again" in err

        assert main(["models", "download", REPO, "missing.gguf"]) == 1
        assert "not found" in capsys.readouterr().err

        hub.add_file(REPO, "tiny2.gguf", tiny_model)
        hub.add_fault(Fault("corrupt", path="tiny2.gguf"))
        assert main(["models", "download", REPO, "tiny2.gguf"]) == 1
        assert "checksum" in capsys.readouterr().err

        Settings(offline=True).save()
        before = len(hub.requests)
        assert main(["models", "download", REPO, "tiny.gguf"]) == 3
        assert "offline" in capsys.readouterr().err.lower()
        assert len(hub.requests) == before

    assert main(["models", "verify", str(path)]) == 0
    assert "complete" in capsys.readouterr().out
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(tiny_model.read_bytes()[:9000])
    assert main(["models", "verify", str(broken)]) == 1
    assert "cut short" in capsys.readouterr().out

    assert main(["models", "list", "--json", "--ctx", "4096"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["n_ctx"] == 4096
    local = [m for m in listing["models"] if m["installed"]]
    assert [m["path"] for m in local] == [str(path)] and local[0]["valid"]
    assert {m["fit"] for m in listing["models"] if "fit" in m} <= {
        "fits", "tight", "wont_fit", "unknown"}
    assert any(m["parts"] == 3 for m in listing["models"])


def test_cli_runs_as_a_process(home, tmp_path):
    env = {"HEARTH_HOME": str(home), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "main.py", "models", "list"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "gpt-oss-20b-mxfp4.gguf" in done.stdout and "installed" in done.stdout
    bad = subprocess.run([sys.executable, "main.py", "models", "verify", str(tmp_path / "x")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "does not exist" in bad.stdout
