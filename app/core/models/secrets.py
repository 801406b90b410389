"""Secrets in the OS keyring only (the Hugging Face token, server API keys), scrubbed from logs."""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

import keyring
import keyring.errors

from app.core.i18n import tr
from app.core.models.errors import SecretStoreError

SERVICE = "Hearth"
TOKEN_NAME = "huggingface-token"
REDACTED = "hf_***"

log = logging.getLogger(__name__)

# Hub tokens look like hf_ followed by 30+ letters; tokens seen this run are also scrubbed by value,
# so a token in another format still never reaches a log.
_TOKEN_RE = re.compile(r"hf_[A-Za-z0-9]{8,}")
_known: set[str] = set()
_known_lock = threading.Lock()
_warned = False


def _remember(token: str | None) -> None:
    if token:
        with _known_lock:
            _known.add(token)


def redact(text: str) -> str:
    """`text` with every Hugging Face token in it replaced by hf_***."""
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)
    for token in known:
        if token in text:
            text = text.replace(token, REDACTED)
    return _TOKEN_RE.sub(REDACTED, text)


def get_token() -> str | None:
    """The stored token, or None when there is none or no keyring is usable."""
    try:
        token = keyring.get_password(SERVICE, TOKEN_NAME)
    except keyring.errors.KeyringError as exc:
        global _warned
        if not _warned:  # once: without a keyring every download would repeat it
            _warned = True
            # Info, not a warning: no keyring only means no token, and public models need none
            # (the command line printed this before every download).
            log.info("keyring unavailable: %s", type(exc).__name__)
        return None
    token = token.strip() if token else None
    _remember(token)
    return token or None


def set_token(token: str) -> None:
    """Store the token in the OS keyring (and nowhere else). An empty token deletes it."""
    token = token.strip()
    if not token:
        delete_token()
        return
    _remember(token)
    try:
        keyring.set_password(SERVICE, TOKEN_NAME, token)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(tr(
            "The token could not be saved because no system keyring is available ({kind}). "
            "Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again."
        ).format(kind=type(exc).__name__)) from None


def delete_token() -> None:
    try:
        keyring.delete_password(SERVICE, TOKEN_NAME)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: already the state the user asked for
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(tr("The token could not be removed from the keyring ({kind}).")
                               .format(kind=type(exc).__name__)) from None


_installed = False
_install_lock = threading.Lock()


def install_log_redaction() -> None:
    """Scrub tokens from every log record made from now on, whichever logger or handler."""
    global _installed
    with _install_lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            try:
                message = record.getMessage()
            except (TypeError, ValueError):
                return record  # a malformed format string: leave it to logging's own error path
            clean = redact(message)
            if clean != message or record.args:
                record.msg, record.args = clean, None
            return record

        logging.setLogRecordFactory(factory)
        _installed = True


# API keys of OpenAI-compatible servers: the remote server's (one per base URL) and the key
# Hearth's own server asks of its clients. Same keyring, scrubbed from logs like the token.
SERVER_KEY_NAME = "local-server-api-key"


def remote_key_name(base_url: str) -> str:
    return f"remote-api-key:{base_url}"


def get_api_key(name: str) -> str:
    """The key stored under `name`, or "" (none stored, or no usable keyring)."""
    try:
        key = keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring unavailable: %s", type(exc).__name__)
        return ""
    key = key.strip() if key else ""
    _remember(key)
    return key


def set_api_key(name: str, key: str) -> None:
    """Store a key in the OS keyring (an empty one deletes it)."""
    key = key.strip()
    try:
        if not key:
            try:
                keyring.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored
            return
        _remember(key)
        keyring.set_password(SERVICE, name, key)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(tr(
            "The API key could not be saved because no system keyring is available ({kind}). "
            "Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again."
        ).format(kind=type(exc).__name__)) from None
