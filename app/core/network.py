"""The one place Hearth allows a network connection.

Only a download or a Hub catalog refresh the person asked for, or a remote engine they set up,
may connect, and only inside `allow(purpose, offline=...)`, which refuses even those while the
offline switch (or HF_HUB_OFFLINE) is on. Everything else is refused at the socket: while
`guarded()` is active (the whole of `main()`: the window and every command), an audit hook on
`socket.connect` and `socket.getaddrinfo` refuses Internet sockets and name lookups made by a
thread that holds no grant, and records every attempt (`attempts()`), allowed or not, so a test
can prove what was tried. Local sockets (the D-Bus of the keyring, X11) are not network and pass.

`configure_hub()` turns off what huggingface_hub would send beyond the download itself:
telemetry, the agent detection that fetches `/api/agent-harnesses`, the implicit token from its
own files, update checks, Xet.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from app.core.i18n import tr


class Purpose(StrEnum):
    """Why a connection is allowed: the only reasons there are."""

    HUB = "hub"  # a model download, its metadata, or a catalog refresh the person asked for
    REMOTE_ENGINE = "remote-engine"  # a server the person set up in Settings


class NetworkBlocked(PermissionError):
    """A connection nobody allowed; Hearth refused it before it left the machine."""


@dataclass(frozen=True)
class Attempt:
    """One connection or name lookup, allowed or refused."""

    time: float
    kind: str  # "connect" | "resolve"
    host: str
    port: int | None
    purpose: str | None  # the grant it was made under, None when there was none
    allowed: bool
    thread: str


# What huggingface_hub reads from the environment at import time; the same names are set on
# its constants module when it is already imported.
HUB_ENV: Final = {
    "HF_HUB_DISABLE_TELEMETRY": "1",  # also turns off agent detection (/api/agent-harnesses)
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",  # the keyring is the only token store
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",
    "HF_HUB_DISABLE_XET": "1",  # Hearth streams over plain HTTP; Xet's own client is not guarded
    "DO_NOT_TRACK": "1",
}
_TRUE: Final = {"1", "on", "yes", "true"}
_LEDGER_SIZE: Final = 2000

_lock = threading.Lock()
_local = threading.local()
_installed = False
_enforcing = 0
_ledger: deque[Attempt] = deque(maxlen=_LEDGER_SIZE)


def configure_hub() -> None:
    """Turn off everything huggingface_hub sends that a download does not need."""
    for name, value in HUB_ENV.items():
        os.environ[name] = value
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:
        constants.HF_HUB_DISABLE_TELEMETRY = True  # type: ignore[attr-defined]
        constants.HF_HUB_DISABLE_IMPLICIT_TOKEN = True  # type: ignore[attr-defined]
        constants.HF_HUB_DISABLE_UPDATE_CHECK = True  # type: ignore[attr-defined]
        constants.HF_HUB_DISABLE_XET = True  # type: ignore[attr-defined]


def env_offline() -> bool:
    """HF_HUB_OFFLINE read now, not at import time as huggingface_hub does."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in _TRUE


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _grants() -> list[Purpose]:
    grants: list[Purpose] | None = getattr(_local, "grants", None)
    if grants is None:
        grants = []
        _local.grants = grants
    return grants


@contextlib.contextmanager
def allow(purpose: Purpose, *, offline: bool, host: str | None = None,
          message: str | None = None) -> Iterator[None]:
    """Let this thread connect for `purpose` until the block ends.

    Refused (the caller's OfflineError, with `message`) while `offline` or HF_HUB_OFFLINE is
    on; a remote engine on this machine (`host` a loopback name) is not the network and stays
    allowed.
    """
    from app.core.models.errors import OfflineError

    local_server = purpose is Purpose.REMOTE_ENGINE and is_loopback(host)
    if (offline or env_offline()) and not local_server:
        raise OfflineError(message or tr(
            "Hearth is in offline mode, so it did not connect to the internet. Turn off "
            "offline mode in Settings to download models or refresh the catalog."))
    grants = _grants()
    grants.append(purpose)
    try:
        yield
    finally:
        grants.pop()


def _address(args: tuple[Any, ...]) -> tuple[str, int | None] | None:
    """(host, port) of an Internet socket's connect, None for a local (Unix) socket."""
    sock, address = args[0], args[1]
    family = getattr(sock, "family", None)
    if family not in (socket.AF_INET, socket.AF_INET6):
        return None
    if isinstance(address, tuple) and address:
        port = address[1] if len(address) > 1 and isinstance(address[1], int) else None
        return str(address[0]), port
    return str(address), None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    # Called for every audit event in the process: leave at once for all but two.
    if event == "socket.connect":
        where = _address(args)
        if where is None:
            return
        kind = "connect"
    elif event == "socket.getaddrinfo":
        host = args[0]
        if host is None:
            return
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        where = (str(host), args[1] if isinstance(args[1], int) else None)
        kind = "resolve"
    else:
        return
    # A lookup of a name this machine answers itself (a numeric address, localhost) sends
    # nothing; the connect that follows is what counts.
    if kind == "resolve" and _local_name(where[0]):
        return
    grants = getattr(_local, "grants", None)
    purpose = grants[-1] if grants else None
    allowed = purpose is not None or not _enforcing
    _ledger.append(Attempt(time.time(), kind, where[0], where[1],
                           purpose.value if purpose else None, allowed,
                           threading.current_thread().name))
    if not allowed:
        raise NetworkBlocked(tr(
            "Hearth refused a network connection to {host} that nobody asked for.").format(
                host=where[0]))


def _local_name(host: str) -> bool:
    if is_loopback(host):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def install_guard() -> None:
    """Add the audit hook (once per process; Python cannot remove one). It refuses nothing
    until `guarded()` is entered."""
    global _installed
    with _lock:
        if not _installed:
            sys.addaudithook(_hook)
            _installed = True


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Refuse every connection not made under `allow` until the block ends."""
    global _enforcing
    configure_hub()
    install_guard()
    with _lock:
        _enforcing += 1
    try:
        yield
    finally:
        with _lock:
            _enforcing -= 1


def enforcing() -> bool:
    return _enforcing > 0


def attempts() -> list[Attempt]:
    """Every connection and lookup seen since the guard was installed (the last 2000)."""
    return list(_ledger)


def clear_attempts() -> None:
    _ledger.clear()


def reset_for_tests() -> None:
    """Stop refusing and forget what was seen (the hook itself stays, doing nothing)."""
    global _enforcing
    with _lock:
        _enforcing = 0
    _ledger.clear()


__all__ = [
    "Attempt", "HUB_ENV", "NetworkBlocked", "Purpose", "allow", "attempts", "clear_attempts",
    "configure_hub", "enforcing", "env_offline", "guarded", "install_guard", "is_loopback",
    "reset_for_tests",
]
