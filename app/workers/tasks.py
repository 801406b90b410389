"""History jobs for the jobs runner (export, import): each gets a Store opened on its thread."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core import storage

log = logging.getLogger(__name__)

Job = Callable[[storage.Store], Any]


# --------------------------------------------------------------------------- jobs


def write_text_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temp file beside it, then a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".hearth-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_job(conversation_id: str | None, path: Path, fmt: str) -> Job:
    """A job writing one conversation (markdown or json), or all (conversation_id None)."""

    def job(store: storage.Store) -> Path:
        if conversation_id is None:
            data = store.export_all()
            write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))
        elif fmt == "markdown":
            write_text_atomic(path, store.export_markdown(conversation_id))
        else:
            data = store.export_json(conversation_id)
            write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))
        return path

    return job


def import_job(path: Path) -> Job:
    def job(store: storage.Store) -> storage.ImportResult:
        return store.import_json(storage.read_export_file(path))

    return job
