"""History jobs for the jobs runner (export, import): each gets a Store opened on its thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core import history_io, storage

log = logging.getLogger(__name__)

Job = Callable[[storage.Store], Any]


# --------------------------------------------------------------------------- jobs


def export_job(conversation_id: str | None, path: Path, fmt: str) -> Job:
    """A job writing one conversation (markdown or json), or all (conversation_id None)."""

    def job(store: storage.Store) -> Path:
        return history_io.write_export(store, path, conversation_id,
                                       "markdown" if fmt == "markdown" else "json")

    return job


def import_job(path: Path) -> Job:
    def job(store: storage.Store) -> history_io.ImportResult:
        return history_io.import_file(store, path)

    return job
