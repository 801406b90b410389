"""Model files on this machine: list what is installed (and whether it is usable), import a GGUF
from disk, pick up GGUFs already in the Hugging Face cache, verify, and delete."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gguf import GGMLQuantizationType, LlamaFileType

from app.core.errors import HearthError, ModelLoadError
from app.core.fileio import replacing
from app.core.gguf_info import SPLIT_RE, GGUFInfo, split_parts, validate
from app.core.i18n import tr
from app.core.liveness import write_lock
from app.core.models.catalog import quant_of
from app.core.models.downloads import META_SUFFIX, PARTIAL_SUFFIX, SIDECAR_SUFFIX, read_json
from app.core.models.probe import probe
from app.core.settings import Settings
from app.core.units import format_bytes

log = logging.getLogger(__name__)

IMPORTED = "imported"
HASH_BLOCK = 8 << 20


@dataclass
class InstalledModel:
    path: Path  # the first part: what the engine loads
    parts: list[Path]
    size: int
    source: str  # downloaded | imported | local | hf-cache
    valid: bool
    error: str | None = None
    repo: str | None = None
    quant: str = "?"
    verified: bool = False  # sha256 checked against the Hub when downloaded
    architecture: str | None = None
    name: str = ""
    info: GGUFInfo | None = field(default=None, repr=False)

    @property
    def is_split(self) -> bool:
        return len(self.parts) > 1


def _models_dir(models_dir: Path | None) -> Path:
    return Path(models_dir) if models_dir else Settings.load().models_folder()


def describe(path: Path, source: str, repo: str | None = None) -> InstalledModel:
    """Validate one model (all its parts) without raising."""
    parts = split_parts(path)
    size = sum(p.stat().st_size for p in parts if p.exists())
    meta = read_json(path.with_name(path.name + META_SUFFIX)) or {}
    model = InstalledModel(path, parts, size, source, False, repo=repo or meta.get("repo"),
                           quant=quant_of(path.name), verified=bool(meta.get("verified")),
                           name=path.name)
    try:
        info = validate(path)
    except ModelLoadError as exc:
        model.error = str(exc)
        return model
    model.valid, model.info = True, info
    if model.quant == "?":  # a file renamed on import: its header says what it is
        model.quant = quant_from_info(info)
    model.architecture = info.architecture
    model.name = info.name or path.name
    if info.architecture != "gpt-oss":
        model.error = tr("{name} is a {arch} model, not gpt-oss: it may run, but Hearth is made "
                         "for gpt-oss.").format(name=path.name, arch=info.architecture or "?")
    return model


def quant_from_info(info: GGUFInfo) -> str:
    """The quantization a GGUF says it has (general.file_type), or else the type that holds most
    of its bytes: "MXFP4", "Q4_K_M", "F16"; "?" when neither tells."""
    file_type = info.metadata.get("general.file_type")
    if isinstance(file_type, int) and not isinstance(file_type, bool):
        try:
            name = LlamaFileType(file_type).name
        except ValueError:
            name = ""
        if name and name != "GUESSED":
            return name.removeprefix("MOSTLY_").removeprefix("ALL_").removesuffix("_MOE")
    weight: dict[int, int] = {}
    for t in info.tensors:
        weight[t.type_id] = weight.get(t.type_id, 0) + t.nbytes
    if not weight:
        return "?"
    try:
        return GGMLQuantizationType(max(weight, key=lambda k: weight[k])).name
    except ValueError:
        return "?"


def _first_parts(folder: Path) -> list[Path]:
    """Each model once: plain .gguf files and the first part of split ones (or the earliest
    part present, so a split model missing its first part still shows up, as broken)."""
    by_stem: dict[Path, list[Path]] = {}
    singles = []
    for p in sorted(folder.rglob("*.gguf")):
        if ".cache" in p.relative_to(folder).parts or not p.is_file():
            continue
        m = SPLIT_RE.match(p.name)
        if m:
            by_stem.setdefault(p.with_name(m["stem"]), []).append(p)
        else:
            singles.append(p)
    firsts = []
    for stem, found in by_stem.items():
        expected = split_parts(found[0])
        firsts.append(expected[0] if expected[0].exists() else found[0])
        del stem
    return sorted(singles + firsts)


def list_installed(models_dir: Path | None = None, *,
                   hf_cache: bool | Path = False) -> list[InstalledModel]:
    """Every model in the models folder (and, if asked, the Hugging Face cache). Only complete,
    verified files are ever here: downloads live as `.incomplete` until their sha256 matched."""
    folder = _models_dir(models_dir)
    out: list[InstalledModel] = []
    if folder.exists():
        for first in _first_parts(folder):
            rel = first.relative_to(folder)
            meta = first.with_name(first.name + META_SUFFIX).exists()
            source = "downloaded" if meta else IMPORTED if rel.parts[0] == IMPORTED else "local"
            out.append(describe(first, source))
    if hf_cache:
        out.extend(scan_hf_cache(None if hf_cache is True else Path(hf_cache)))
    return out


def scan_hf_cache(cache_dir: Path | None = None) -> list[InstalledModel]:
    """GGUF models already in the Hugging Face cache (from other apps or `hf download`)."""
    from huggingface_hub import scan_cache_dir
    from huggingface_hub.errors import CacheNotFound

    try:
        info = scan_cache_dir(cache_dir)
    except CacheNotFound:
        return []
    except OSError as exc:
        log.warning("cannot scan the Hugging Face cache: %s", exc)
        return []
    out = []
    for repo in info.repos:
        if repo.repo_type != "model":
            continue
        for rev in repo.revisions:
            for f in rev.files:
                name = f.file_name
                m = SPLIT_RE.match(name)
                if not name.endswith(".gguf") or (m and int(m["idx"]) != 1):
                    continue
                out.append(describe(Path(f.file_path), "hf-cache", repo.repo_id))
    return out


def import_gguf(source: str | os.PathLike[str], models_dir: Path | None = None, *,
                mode: str = "copy",
                progress: Callable[[int, int], None] | None = None,
                probe_load: bool = True) -> InstalledModel:
    """Validate a GGUF (every part) and bring it into the models folder.

    mode: copy | hardlink (same disk, no extra space) | symlink (leave it where it is).
    probe_load: load it in a child process first (app.core.models.probe), so a file that makes
    llama.cpp abort is refused here instead of killing the app when it is chosen."""
    src = Path(source).expanduser()
    info = validate(src)  # raises ModelLoadError with the reason: missing, not GGUF, truncated...
    if probe_load and info.architecture == "gpt-oss":
        result = probe(src)
        if not result.ok:
            raise ModelLoadError(result.message)
    parts = split_parts(src)
    folder = _models_dir(models_dir)
    folder.mkdir(parents=True, exist_ok=True)
    # Another window or command may be changing the folder: wait for it, or say why not.
    with write_lock(folder, tr("import {name}").format(name=src.name)):
        return _import_parts(src, parts, folder, mode, progress)


def _import_parts(src: Path, parts: list[Path], folder: Path, mode: str,
                  progress: Callable[[int, int], None] | None) -> InstalledModel:
    dest_dir = folder / IMPORTED
    dest_dir.mkdir(parents=True, exist_ok=True)
    total = sum(p.stat().st_size for p in parts)
    done = 0
    for part in parts:
        dest = dest_dir / part.name
        if dest.exists() or dest.is_symlink():
            if dest.resolve() == part.resolve() or (
                    dest.stat().st_size == part.stat().st_size and mode != "symlink"):
                done += part.stat().st_size
                continue
            raise HearthError(tr("A different model named {name} is already imported. Rename "
                                 "the file or delete the other one first.").format(
                                     name=part.name))
        with replacing(dest, dest.with_name(dest.name + PARTIAL_SUFFIX)) as tmp:
            if mode == "symlink":
                try:
                    os.symlink(part.resolve(), tmp)
                except OSError as exc:  # Windows without the right to make links, FAT disks
                    raise HearthError(tr("This system does not allow Hearth to use {name} "
                                         "where it is ({reason}). Copy it instead.").format(
                                             name=part.name, reason=exc.strerror or exc)) from None
            elif mode == "hardlink":
                try:
                    os.link(part, tmp)
                except OSError:
                    shutil.copyfile(part, tmp)
            else:
                with open(part, "rb") as fin, open(tmp, "wb") as fout:
                    while block := fin.read(HASH_BLOCK):
                        fout.write(block)
                        done += len(block)
                        if progress:
                            progress(done, total)
    model = describe(dest_dir / src.name, IMPORTED)
    if not model.valid:  # e.g. the source changed while it was copied
        raise ModelLoadError(model.error or tr("The imported file is not usable."))
    return model


def delete_model(path: str | os.PathLike[str], models_dir: Path | None = None) -> int:
    """Delete a model (all parts, its metadata and partial downloads). Returns bytes freed.
    Only files inside the models folder: the Hugging Face cache is not ours to delete."""
    folder = _models_dir(models_dir).resolve()
    with write_lock(folder, tr("delete {name}").format(name=Path(path).name)):
        return _delete(Path(path), folder)


def _delete(path: Path, folder: Path) -> int:
    freed = 0
    for part in split_parts(path):
        if not part.absolute().resolve().is_relative_to(folder) and not (
                part.is_symlink() and part.parent.resolve().is_relative_to(folder)):
            raise HearthError(tr("{name} is not in Hearth's models folder, so Hearth will not "
                                 "delete it.").format(name=part.name))
        for f in (part, part.with_name(part.name + META_SUFFIX),
                  part.with_name(part.name + PARTIAL_SUFFIX),
                  part.with_name(part.name + SIDECAR_SUFFIX)):
            if f.is_symlink() or f.exists():
                freed += 0 if f.is_symlink() else f.stat().st_size
                f.unlink()
    parent = path.parent.resolve()
    while parent != folder and parent.is_relative_to(folder):
        try:
            parent.rmdir()  # only when empty
        except OSError:
            break
        parent = parent.parent
    return freed


@dataclass
class VerifyReport:
    ok: bool
    message: str
    parts: list[tuple[Path, str]]  # (part, sha256)
    info: GGUFInfo | None = None


def sha256_file(path: Path, cancel: Callable[[], bool] | None = None) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(HASH_BLOCK):
            h.update(block)
            if cancel and cancel():
                raise HearthError(tr("Verification cancelled."))
    return h.hexdigest()


def verify(path: str | os.PathLike[str], expected_sha256: str | None = None, *,
           probe_load: bool = True) -> VerifyReport:
    """GGUF structure of every part, sha256 against the download's record (or `expected`), and
    (probe_load) a load and one generated token in a child process."""
    path = Path(path)
    try:
        info = validate(path)
    except ModelLoadError as exc:
        return VerifyReport(False, str(exc), [])
    hashes = []
    for part in split_parts(path):
        digest = sha256_file(part)
        hashes.append((part, digest))
        meta = read_json(part.with_name(part.name + META_SUFFIX)) or {}
        want = (expected_sha256 if part == path and expected_sha256 else meta.get("sha256"))
        if want and want.lower() != digest:
            return VerifyReport(False, tr(
                "{name} does not match its recorded checksum: it was changed or damaged on "
                "disk. Delete it and download it again.").format(name=part.name), hashes, info)
    if probe_load and info.architecture == "gpt-oss":
        result = probe(path)
        if not result.ok:
            return VerifyReport(False, result.message, hashes, info)
    size = sum(p.stat().st_size for p, _ in hashes)
    return VerifyReport(True, tr("{name} is a complete {arch} model ({size}).").format(
        name=path.name, arch=info.architecture or "GGUF", size=format_bytes(size)), hashes, info)
