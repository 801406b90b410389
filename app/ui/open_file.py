"""Open a cited document in the user's viewer, at the cited page where the viewer allows it.

Linux: the default PDF application (`xdg-mime query default application/pdf`) is started with
its page option when it is one we know (Evince, Okular, Zathura, Atril, Xreader, qpdfview,
MuPDF, Firefox, Chromium/Chrome); anything else, and every non-PDF file, goes to `xdg-open`
(first page). macOS and Windows: the system's default application through QDesktopServices
(first page: neither Preview nor the Windows shell takes a page on the command line).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.workers.jobs import detached

log = logging.getLogger(__name__)


def viewer_command(desktop_id: str, path: str, page: int) -> list[str] | None:
    """The command that opens `path` at `page` (1-based) in the viewer behind a .desktop id,
    or None when that viewer takes no page on its command line (or is unknown)."""
    name = desktop_id.lower().removesuffix(".desktop")
    url = QUrl.fromLocalFile(path)
    url.setFragment(f"page={page}")
    table: list[tuple[str, list[str]]] = [
        ("evince", ["evince", f"--page-index={page}", path]),
        ("xreader", ["xreader", f"--page-index={page}", path]),
        ("atril", ["atril", f"--page-index={page}", path]),
        ("okular", ["okular", "--page", str(page), path]),
        ("zathura", ["zathura", f"--page={page}", path]),
        ("qpdfview", ["qpdfview", f"{path}#{page}"]),
        ("mupdf", ["mupdf", path, str(page)]),
        ("firefox", ["firefox", url.toString()]),
        ("chromium", ["chromium", url.toString()]),
        ("google-chrome", ["google-chrome", url.toString()]),
    ]
    for key, command in table:
        if key in name:
            return command
    return None


def _default_pdf_viewer() -> str:
    try:
        out = subprocess.run(["xdg-mime", "query", "default", "application/pdf"],
                             capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("no default PDF viewer found: %s", exc)
        return ""
    return out.stdout.strip()


def _spawn(command: list[str]) -> bool:
    if shutil.which(command[0]) is None:
        return False
    try:
        subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        log.warning("could not start %s: %s", command[0], exc)
        return False
    return True


def _open_on_linux(path: str, page: int | None) -> None:
    """Runs on a short-lived thread: asking xdg-mime and starting a process can take a moment."""
    if page is not None and Path(path).suffix.lower() == ".pdf":
        command = viewer_command(_default_pdf_viewer(), path, page)
        if command is not None and _spawn(command):
            return
    if not _spawn(["xdg-open", path]):
        log.warning("xdg-open is missing; cannot open %s", path)


def open_document(path: str, page: int | None = None) -> bool:
    """Open `path` (at `page` where possible) without blocking; False when the file is gone or
    nothing on this system can open it."""
    if not path or not os.path.isfile(path):
        return False
    if sys.platform.startswith("linux") and shutil.which("xdg-open"):
        detached(lambda: _open_on_linux(path, page), "opening a document")
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
