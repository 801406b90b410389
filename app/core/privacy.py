"""What Hearth keeps on this computer, where, and how big (the Privacy page and `wipe`), and the
wipe itself: every file in Hearth's folders, and every keyring entry of this Hearth home."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core import db, vault
from app.core.i18n import tr
from app.core.settings import Paths, Settings, paths

log = logging.getLogger(__name__)

# Saved conversation memory (KV states), sealed: the folder core.kv_cache writes to.
STATES_FOLDER = "kv-states"
# Model files are large, public and hold nothing of the person's: removed, not overwritten.
_NO_SHRED_SUFFIXES = (".gguf", ".partial", ".incomplete")


@dataclass(frozen=True)
class StoredItem:
    """One kind of thing Hearth keeps: what it is, where, its size, and whether it is
    encrypted (`protection` in words)."""

    what: str
    where: Path
    size: int
    protection: str
    files: int = 0


@dataclass
class WipeReport:
    """What a wipe removed, and what it could not (in words)."""

    removed_files: int = 0
    removed_bytes: int = 0
    problems: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems


def _size(path: Path) -> tuple[int, int]:
    """(bytes, files) of a file or everything under a folder."""
    if path.is_file():
        try:
            return path.stat().st_size, 1
        except OSError:
            return 0, 0
    total = count = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
                count += 1
            except OSError:
                continue
    return total, count


def _with_sides(path: Path) -> list[Path]:
    return [p for p in (path, *(Path(f"{path}{s}") for s in db.SIDE_FILES)) if p.exists()]


def _sum(items: Iterable[Path]) -> tuple[int, int]:
    total = count = 0
    for item in items:
        size, n = _size(item)
        total += size
        count += n
    return total, count


def inventory(settings: Settings, where: Paths | None = None) -> list[StoredItem]:
    """Everything Hearth keeps, grouped the way a person thinks of it, with sizes."""
    p = where or paths()
    encrypted = tr("Encrypted (SQLCipher, AES-256)")
    items: list[StoredItem] = []
    size, n = _sum(_with_sides(p.database))
    items.append(StoredItem(tr("Conversations, search index and attached documents' text"),
                            p.database, size, encrypted, n))
    key_file = vault.key_file()
    size, n = _sum([key_file] if key_file.exists() else [])
    items.append(StoredItem(tr("Where the encryption key is kept ({source}); no secret in "
                               "it").format(source=vault.source()), key_file, size,
                            tr("No conversation text"), n))
    states = p.cache_dir / STATES_FOLDER
    if states.exists():
        size, n = _size(states)
        items.append(StoredItem(tr("Saved conversation memory (to reopen chats fast)"), states,
                                size, tr("Encrypted (AES-256-GCM)"), n))
    safety_log = p.data_dir / "safety-log.jsonl"
    if safety_log.exists():
        size, n = _size(safety_log)
        items.append(StoredItem(
            tr("Safety filter decisions"), safety_log, size,
            tr("Message text encrypted (AES-256-GCM)") if settings.safety_log_text
            else tr("No message text"), n))
    size, n = _size(p.config_dir) if p.config_dir.exists() else (0, 0)
    items.append(StoredItem(
        tr("Settings and window layout"), p.config_dir, size,
        tr("Not encrypted: holds your default developer instructions if you wrote any"), n))
    size, n = _size(p.log_dir) if p.log_dir.exists() else (0, 0)
    items.append(StoredItem(tr("Logs"), p.log_dir, size,
                            tr("Not encrypted: no message text, document text or keys"), n))
    other_cache = [c for c in p.cache_dir.iterdir() if c != states] if p.cache_dir.exists() else []
    size, n = _sum(other_cache)
    items.append(StoredItem(tr("Model catalog cache"), p.cache_dir, size,
                            tr("No conversation text"), n))
    models = settings.models_folder()
    size, n = _size(models) if models.exists() else (0, 0)
    items.append(StoredItem(tr("Downloaded models"), models, size, tr("Public files"), n))
    return items


def protect_leftovers() -> None:
    """Seal what an older Hearth wrote in plain outside the database (the safety log's kept
    message text). The database itself is encrypted when it is opened (`db.database_key`)."""
    from app.core.safety.log import DecisionLog, default_log_path

    path = default_log_path()
    if path.exists():
        try:
            DecisionLog(path).seal_plain_text()
        except OSError as exc:
            log.warning("safety log not sealed: %s", exc.strerror or type(exc).__name__)


def app_folders(where: Paths | None = None) -> list[Path]:
    p = where or paths()
    return [p.data_dir, p.config_dir, p.cache_dir, p.log_dir]


def _remove_file(path: Path, report: WipeReport) -> None:
    try:
        size = path.stat().st_size
        if path.suffix in _NO_SHRED_SUFFIXES or path.is_symlink():
            path.unlink()
        else:
            db.shred(path)
        report.removed_files += 1
        report.removed_bytes += size
    except FileNotFoundError:
        return
    except OSError as exc:
        report.problems.append(f"{path} ({exc.strerror or exc})")


def _remove_tree(folder: Path, report: WipeReport, keep: Path | None = None) -> None:
    if not folder.exists():
        return
    for root, dirs, files in os.walk(folder, topdown=False):
        here = Path(root)
        if keep is not None and (here == keep or keep in here.parents):
            continue
        for name in files:
            _remove_file(here / name, report)
        for name in dirs:
            sub = here / name
            if keep is not None and (sub == keep or sub in keep.parents):
                continue
            if sub.is_symlink():
                sub.unlink(missing_ok=True)
                continue
            try:
                sub.rmdir()
            except OSError as exc:
                if sub.exists():
                    report.problems.append(f"{sub} ({exc.strerror or exc})")
    if keep is None or not (folder == keep or folder in keep.parents):
        try:
            folder.rmdir()
        except OSError as exc:
            if folder.exists():
                report.problems.append(f"{folder} ({exc.strerror or exc})")


def wipe(settings: Settings, *, keep_models: bool = False, where: Paths | None = None
         ) -> WipeReport:
    """Remove everything Hearth keeps: the database (overwritten, then removed), saved states,
    logs, settings, caches, the key file and this home's keyring entries (the database key and
    the Hub token). Downloaded models in Hearth's own folder go too unless `keep_models`;
    a models folder the person chose elsewhere is theirs and is left alone.

    Close every connection to the database first (the window does; a command never holds one).
    """
    p = where or paths()
    report = WipeReport()
    keep = p.models_dir if keep_models else None
    custom = settings.models_folder()
    if custom.resolve() != p.models_dir.resolve() and not any(
            f in custom.resolve().parents for f in (x.resolve() for x in app_folders(p))):
        report.kept.append(tr("Models in {folder} (a folder you chose)").format(folder=custom))
    if keep is not None:
        report.kept.append(tr("Models in {folder}").format(folder=keep))
    report.problems.extend(vault.delete_everything())
    for folder in app_folders(p):
        _remove_tree(folder, report, keep=keep)
    # Logging may still hold the log file open: it was shredded and unlinked above; close the
    # handler so nothing writes a new one before the process ends.
    for handler in list(logging.getLogger().handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).is_relative_to(p.log_dir):
            logging.getLogger().removeHandler(handler)
            handler.close()
    vault.forget_cached()
    log.info("wipe: %d files removed, %d problems", report.removed_files, len(report.problems))
    return report


__all__ = ["StoredItem", "WipeReport", "app_folders", "inventory", "protect_leftovers", "wipe"]
