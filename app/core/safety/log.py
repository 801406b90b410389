"""The local log of safety decisions: JSON lines, owner-only, no message text by default; text
kept on request is sealed (`core.crypto`), never written plain."""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.safety.decision import Decision

_log = logging.getLogger(__name__)

WHERE = ("prompt", "answer")
# Older half is dropped past this size, so the log can never grow without bound.
MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class LogEntry:
    """One logged decision. `text` is empty unless the user chose to keep message text."""

    time: str  # ISO 8601, UTC
    where: str  # "prompt" | "answer"
    verdict: str
    category: str | None
    layer: str
    rule: str | None = None
    text: str = ""


def default_log_path() -> Path:
    from app.core.settings import paths

    return paths().data_dir / "safety-log.jsonl"


class DecisionLog:
    """Appends decisions to a local file. Safe to share between threads; nothing is ever sent."""

    def __init__(self, path: Path | None = None, store_text: bool = False) -> None:
        self.path = path or default_log_path()
        self.store_text = store_text
        self._lock = threading.Lock()

    def record(self, decision: Decision, where: str, text: str | None = None) -> LogEntry:
        """Write one entry; `text` is kept only when this log was opened with store_text=True."""
        if where not in WHERE:
            raise ValueError(f"where must be one of {WHERE}, not {where!r}")
        entry = LogEntry(
            time=datetime.now(UTC).isoformat(timespec="seconds"),
            where=where,
            verdict=decision.verdict.value,
            category=decision.category,
            layer=decision.layer,
            rule=decision.rule,
            text=(text or "") if self.store_text else "",
        )
        record: dict[str, object] = {k: v for k, v in entry.__dict__.items() if k != "text"}
        if entry.text:
            from app.core import crypto

            record["text_sealed"] = base64.b64encode(
                crypto.seal(entry.text.encode("utf-8"))).decode("ascii")
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
            fd = os.open(self.path, flags, 0o600)
            try:
                if os.name == "posix":
                    # A file someone made readable by others is put back to owner-only.
                    os.fchmod(fd, 0o600)
                size = os.fstat(fd).st_size
                if size and os.lseek(fd, size - 1, os.SEEK_SET) >= 0 and os.read(fd, 1) != b"\n":
                    # A crash cut the last line short; start afresh so this entry survives.
                    line = b"\n" + line
                os.write(fd, line)
                size += len(line)
            finally:
                os.close(fd)
            if size > MAX_BYTES:
                self._trim()
        return entry

    def entries(self) -> list[LogEntry]:
        """Every readable entry, oldest first; damaged lines (a crash mid-write) are skipped."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        result: list[LogEntry] = []
        for line in raw.splitlines():
            try:
                data = json.loads(line)
                result.append(LogEntry(
                    time=str(data["time"]), where=str(data["where"]),
                    verdict=str(data["verdict"]), category=data.get("category"),
                    layer=str(data.get("layer", "rules")), rule=data.get("rule"),
                    text=_text_of(data),
                ))
            except (ValueError, KeyError, TypeError):
                _log.debug("skipping a damaged safety log line")
        return result

    def clear(self) -> None:
        """Forget every entry (the file is emptied, keeping its owner-only permissions)."""
        with self._lock:
            if self.path.exists():
                fd = os.open(self.path, os.O_WRONLY | os.O_TRUNC)
                os.close(fd)

    def seal_plain_text(self) -> int:
        """Seal the text of entries written in plain by a Hearth from before encryption (the
        file is rewritten whole, atomically); returns how many were sealed."""
        from app.core import crypto
        from app.core.fileio import write_atomic

        with self._lock:
            try:
                raw = self.path.read_bytes()
            except FileNotFoundError:
                return 0
            if b'"text":' not in raw:
                return 0
            out: list[bytes] = []
            sealed = 0
            for line in raw.splitlines():
                try:
                    data = json.loads(line)
                except ValueError:
                    continue  # a damaged line is dropped rather than kept in plain
                text = data.pop("text", None) if isinstance(data, dict) else None
                if isinstance(text, str) and text:
                    data["text_sealed"] = base64.b64encode(
                        crypto.seal(text.encode("utf-8"))).decode("ascii")
                    sealed += 1
                out.append(json.dumps(data, ensure_ascii=False).encode("utf-8"))
            write_atomic(self.path, b"".join(line + b"\n" for line in out))
            return sealed

    def _trim(self) -> None:
        lines = self.path.read_bytes().splitlines(keepends=True)
        keep = b"".join(lines[len(lines) // 2:])
        fd = os.open(self.path, os.O_WRONLY | os.O_TRUNC)
        try:
            os.write(fd, keep)
        finally:
            os.close(fd)


def _text_of(data: dict[str, object]) -> str:
    """An entry's kept text: sealed (this version) or plain (a log from before encryption)."""
    sealed = data.get("text_sealed")
    if isinstance(sealed, str) and sealed:
        from app.core import crypto

        try:
            return crypto.open_sealed(base64.b64decode(sealed, validate=True)).decode("utf-8")
        except (crypto.SealedDataError, binascii.Error, UnicodeDecodeError):
            _log.debug("a safety log entry's text cannot be opened")
            return ""
    return str(data.get("text", ""))
