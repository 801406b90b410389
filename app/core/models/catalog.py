"""The catalog of gpt-oss GGUF files people download: bundled in resources/catalog.json, refreshed
from the Hub's API (sizes, sha256, new files) when online."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.models.downloads import SPLIT_RE, write_json
from app.core.models.errors import NoNetwork
from app.core.models.hub import Hub, RemoteFile, is_transient
from app.core.settings import paths

log = logging.getLogger(__name__)

CATALOG_NAME = "catalog.json"
QUANT_RE = re.compile(
    r"(?i)(?:^|[-_.])(ud-q\d_k_xl|mxfp4|bf16|f16|f32|q\d_k_[sml]|q\d_k_xl|q\d_k_l|q\d_k|q\d_[01]|"
    r"iq\d_[a-z]+)(?=[-_.]|$)")


def bundled_path() -> Path:
    """resources/catalog.json in a checkout, or beside the frozen app (PyInstaller)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / CATALOG_NAME
    return Path(__file__).resolve().parents[3] / "resources" / CATALOG_NAME


def refreshed_path() -> Path:
    return paths().cache_dir / CATALOG_NAME


@dataclass
class CatalogPart:
    path: str
    size: int | None = None
    sha256: str | None = None


@dataclass
class CatalogFile:
    """One downloadable model: a file, or all parts of a split file."""

    repo: str
    family: str  # gpt-oss-20b | gpt-oss-120b | gpt-oss-safeguard-20b | qwen3guard-gen-0.6b ...
    quant: str
    parts: list[CatalogPart]
    size: int
    note: str
    size_exact: bool = False
    recommended: bool = False
    purpose: str = "chat"  # chat | safety (a gpt-oss policy judge) | guard (the filter's model)
    available: bool = True  # False when a refresh did not find it on the Hub

    @property
    def id(self) -> str:
        return f"{self.repo}/{self.filename}"

    @property
    def filename(self) -> str:
        """The first part: what llama.cpp is given, and what `models download` accepts."""
        return self.parts[0].path

    @property
    def paths(self) -> list[str]:
        return [p.path for p in self.parts]

    @property
    def is_split(self) -> bool:
        return len(self.parts) > 1

    @property
    def sha256(self) -> dict[str, str]:
        return {p.path: p.sha256 for p in self.parts if p.sha256}


@dataclass
class CatalogRepo:
    repo: str
    family: str
    title: str
    purpose: str = "chat"
    gated: bool = False
    files: list[CatalogFile] = field(default_factory=list)


@dataclass
class Catalog:
    repos: list[CatalogRepo]
    source: str = "bundled"  # bundled | refreshed
    refreshed_at: float | None = None
    errors: dict[str, str] = field(default_factory=dict)  # repo -> why its refresh failed

    def files(self, family: str | None = None, purpose: str | None = None) -> list[CatalogFile]:
        return [f for r in self.repos for f in r.files
                if (family is None or f.family == family)
                and (purpose is None or f.purpose == purpose)]

    def find(self, repo: str, path: str) -> CatalogFile | None:
        for f in self.files():
            if f.repo == repo and path in f.paths:
                return f
        return None

    def repo(self, name: str) -> CatalogRepo | None:
        return next((r for r in self.repos if r.repo == name), None)

    def to_dict(self) -> dict[str, Any]:
        repos = []
        for r in self.repos:
            d = asdict(r)
            for fd in d["files"]:
                for k in ("repo", "family", "purpose"):
                    fd.pop(k, None)
            repos.append(d)
        return {"version": 1, "source": self.source, "refreshed_at": self.refreshed_at,
                "repos": repos}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Catalog:
        repos = []
        for r in data.get("repos", []):
            repo = CatalogRepo(r["repo"], r["family"], r.get("title", r["repo"]),
                               r.get("purpose", "chat"), bool(r.get("gated", False)))
            for fd in r.get("files", []):
                repo.files.append(CatalogFile(
                    repo=repo.repo, family=repo.family, quant=fd["quant"],
                    parts=[CatalogPart(p["path"], p.get("size"), p.get("sha256"))
                           for p in fd["parts"]],
                    size=int(fd["size"]), note=fd.get("note", ""),
                    size_exact=bool(fd.get("size_exact", False)),
                    recommended=bool(fd.get("recommended", False)),
                    purpose=repo.purpose, available=bool(fd.get("available", True))))
            repos.append(repo)
        return cls(repos, data.get("source", "bundled"), data.get("refreshed_at"))


def load_catalog(*, prefer_refreshed: bool = True) -> Catalog:
    """The last refreshed catalog if any, else the bundled one. Never touches the network."""
    candidates = [refreshed_path(), bundled_path()] if prefer_refreshed else [bundled_path()]
    for path in candidates:
        try:
            return Catalog.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            continue
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("catalog %s unreadable (%s); trying the next one", path, exc)
    raise HearthError(tr("The model catalog is missing from this installation. Reinstall Hearth, "
                         "or open a GGUF file you already have."))


def quant_of(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1].removesuffix(".gguf")
    m = SPLIT_RE.match(filename.rsplit("/", 1)[-1])
    if m:
        name = m["stem"]
    found = QUANT_RE.findall(name)
    return found[-1].upper() if found else "?"


def _group_new_files(repo: CatalogRepo, remote: dict[str, RemoteFile]) -> list[CatalogFile]:
    """GGUF files on the Hub the catalog does not know yet, with split parts grouped."""
    known = {p for f in repo.files for p in f.paths}
    groups: dict[str, list[RemoteFile]] = {}
    for path, rf in sorted(remote.items()):
        if not path.endswith(".gguf") or path in known:
            continue
        folder, _, name = path.rpartition("/")
        m = SPLIT_RE.match(name)
        key = f"{folder}/{m['stem']}" if m else path
        groups.setdefault(key, []).append(rf)
    out = []
    for parts in groups.values():
        parts.sort(key=lambda r: r.path)
        quant = quant_of(parts[0].path)
        out.append(CatalogFile(
            repo=repo.repo, family=repo.family, quant=quant,
            parts=[CatalogPart(r.path, r.size, r.sha256) for r in parts],
            size=sum(r.size or 0 for r in parts),
            note=tr("Found on the Hub; not described yet. In gpt-oss files the experts stay "
                    "MXFP4 whatever the name says."),
            size_exact=all(r.size is not None for r in parts), purpose=repo.purpose))
    return out


def refresh_from_hub(hub: Hub | None = None, catalog: Catalog | None = None, *,
                     save: bool = True) -> Catalog:
    """Update sizes and sha256 from the Hub's tree listings and add new GGUF files.

    Offline (settings or HF_HUB_OFFLINE) it returns the local catalog and sends nothing. A repo
    that fails keeps its old entries; the reason is in `catalog.errors`. With no network at all
    it raises NoNetwork at the first repo instead of trying every one."""
    hub = hub or Hub()
    catalog = catalog or load_catalog()
    if hub.offline:
        return catalog
    for repo in catalog.repos:
        try:
            remote = {r.path: r for r in hub.list_files(repo.repo)}
        except NoNetwork:
            raise
        except HearthError as exc:
            catalog.errors[repo.repo] = str(exc)
            continue
        except Exception as exc:
            if not is_transient(exc):
                raise
            log.info("catalog refresh: %s unreachable: %s", repo.repo, exc)
            catalog.errors[repo.repo] = tr("the Hub did not answer")
            continue
        for f in repo.files:
            found = [remote.get(p.path) for p in f.parts]
            f.available = all(found)
            for part, rf in zip(f.parts, found, strict=True):
                if rf is not None:
                    part.size, part.sha256 = rf.size, rf.sha256
            if f.available:
                f.size = sum(p.size or 0 for p in f.parts)
                f.size_exact = all(p.size is not None for p in f.parts)
        repo.files.extend(_group_new_files(repo, remote))
    catalog.source = "refreshed"
    catalog.refreshed_at = time.time()
    if save:
        path = refreshed_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json(path, catalog.to_dict())
    return catalog

