"""The key that encrypts Hearth's history and files: made once, kept in the OS keyring or wrapped
by a passphrase, never written anywhere in plain text.

One random 256-bit master key per Hearth home. The database (SQLCipher, raw key) and sealed files
(`core.crypto`) both use it. Where it lives is recorded in a small key file beside the database
(`hearth.key`, JSON, no secret in it):

- `keyring`: the key is in the OS keyring (service "Hearth"); the file holds a check value (an
  HMAC of a fixed text under the key) so a key that changed in the keyring is a clear message,
  not a database that "is not a database".
- `passphrase`: the key wrapped (AES-GCM) with a key derived from the person's passphrase
  (scrypt). A wrong passphrase fails the wrap's tag: it is known to be wrong without touching
  the database. Wrong tries are rate-limited across runs.

Both can be present (a passphrase as a second way in when the keyring is locked). The app lock
(a passphrase asked at start and after idle time) keeps its scrypt verifier here too.

Nothing here falls back to plain text: without a keyring and without a passphrase, `master_key`
raises `KeyringUnavailable`, whose message offers the passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets as _random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.core.db import StorageError
from app.core.fileio import write_atomic
from app.core.i18n import tr
from app.core.settings import HOME_ENV, paths

log = logging.getLogger(__name__)

SERVICE: Final = "Hearth"  # the keyring service every Hearth secret is under
KEY_BYTES: Final = 32
KEY_FILE: Final = "hearth.key"
ATTEMPTS_FILE: Final = "unlock-attempts.json"
PASSPHRASE_ENV: Final = "HEARTH_PASSPHRASE"
# scrypt at 2^15 x 8: 32 MiB and about 0.1 s per try, the cost an attacker pays per guess on a
# copied disk (rate limiting only slows guesses made through Hearth itself).
SCRYPT_N: Final = 1 << 15
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
MIN_PASSPHRASE: Final = 8
# Wrong passphrases: this many are free, then each try waits twice as long, up to the cap.
FREE_ATTEMPTS: Final = 3
MAX_WAIT_S: Final = 300.0
_CHECK_TEXT: Final = b"hearth key check v1"
_WRAP_AAD: Final = b"hearth master key v1"


class VaultError(StorageError):
    """The key cannot be had, so the history cannot be opened; the message says why and what
    to do."""


class KeyringUnavailable(VaultError):
    """No usable OS keyring and no passphrase given: a passphrase would let Hearth go on."""


class KeyringLocked(VaultError):
    """The key is kept in a keyring that does not answer now (locked, or no session): only
    unlocking it helps, as no passphrase was set as a second way in."""


class PassphraseRequired(VaultError):
    """The key is wrapped by a passphrase and none was given (or the keyring that also holds
    it cannot be reached)."""


class WrongPassphrase(VaultError):
    """The passphrase does not open the key."""


class TooManyAttempts(VaultError):
    """Too many wrong passphrases in a row: the next try is allowed after `wait_s` seconds."""

    def __init__(self, message: str, wait_s: float) -> None:
        super().__init__(message)
        self.wait_s = wait_s


class KeyMissing(VaultError):
    """Encrypted data exists but its key is nowhere to be found: nothing was changed."""


class KeyMismatch(VaultError):
    """The keyring holds a different key than the one the data was encrypted with."""


@dataclass
class KeyInfo:
    """The key file's content: where the key lives, never the key itself."""

    version: int = 1
    keyring: bool = False
    check: str = ""  # hex HMAC-SHA256(key, _CHECK_TEXT)
    passphrase: dict[str, Any] | None = None  # salt, n, r, p, wrapped (base64)
    lock: dict[str, Any] | None = None  # salt, n, r, p, verifier (base64)
    created: float = field(default_factory=time.time)

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KeyInfo:
        raw = json.loads(text)
        if not isinstance(raw, dict) or raw.get("version") != 1:
            raise ValueError("unknown key file version")
        info = cls()
        info.keyring = bool(raw.get("keyring", False))
        info.check = str(raw.get("check", ""))
        info.passphrase = raw.get("passphrase") if isinstance(raw.get("passphrase"), dict) else None
        info.lock = raw.get("lock") if isinstance(raw.get("lock"), dict) else None
        info.created = float(raw.get("created", 0.0))
        return info


# --------------------------------------------------------------------------- locations


def key_file() -> Path:
    return paths().data_dir / KEY_FILE


def _attempts_file() -> Path:
    return paths().data_dir / ATTEMPTS_FILE


def entry_name() -> str:
    """The keyring entry of this Hearth home's key. A home chosen with HEARTH_HOME (tests,
    portable installs) gets its own entry, so wiping one never orphans another's data."""
    home = os.environ.get(HOME_ENV)
    if not home:
        return "database-key"
    digest = hashlib.sha256(str(Path(home).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"database-key-{digest}"


# --------------------------------------------------------------------------- state

_lock = threading.RLock()
_cache: dict[str, bytes] = {}  # key file path -> master key, for this process's life
_env_passphrase: str | None = None
_env_read = False


def _take_env_passphrase() -> str | None:
    """HEARTH_PASSPHRASE, read once and removed from the environment so no child process
    inherits it; its value is never logged."""
    global _env_passphrase, _env_read
    if not _env_read:
        _env_read = True
        _env_passphrase = os.environ.pop(PASSPHRASE_ENV, None) or None
    elif PASSPHRASE_ENV in os.environ:  # set again later in this process (tests, embedding)
        _env_passphrase = os.environ.pop(PASSPHRASE_ENV) or None
    return _env_passphrase


def forget_cached() -> None:
    """Drop the keys this process holds (tests; after wipe)."""
    global _env_passphrase, _env_read
    with _lock:
        _cache.clear()
        _env_passphrase = None
        _env_read = False


def cached_key() -> bytes | None:
    with _lock:
        return _cache.get(str(key_file()))


def is_unlocked() -> bool:
    return cached_key() is not None


def read_info() -> KeyInfo | None:
    """The key file, or None when there is none. A damaged one is a VaultError: guessing
    would risk making a second key for data that has one."""
    path = key_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise VaultError(tr("Hearth cannot read its key file {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    try:
        return KeyInfo.from_json(text)
    except (ValueError, TypeError):
        raise VaultError(tr(
            "Hearth's key file {path} is damaged. Restore it from a backup; your history "
            "cannot be opened without it and was not changed.").format(path=path)) from None


def _write_info(info: KeyInfo) -> None:
    path = key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, info.to_json())


def _check_value(key: bytes) -> str:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------- keyring


def _keyring_get() -> str | None:
    """The stored key (hex), None when there is no entry; KeyringError when no keyring works."""
    return keyring.get_password(SERVICE, entry_name())


def _keyring_kind(exc: BaseException) -> str:
    return type(exc).__name__


def keyring_usable() -> bool:
    """Whether an OS keyring answers at all (reading a name that need not exist)."""
    try:
        keyring.get_password(SERVICE, "probe")
    except keyring.errors.KeyringError:
        return False
    except Exception:  # some backends raise their own errors when locked
        return False
    return True


# --------------------------------------------------------------------------- passphrases


def _scrypt(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
            p: int = SCRYPT_P) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _wrap(key: bytes, passphrase: str) -> dict[str, Any]:
    salt = _random.token_bytes(16)
    kek = _scrypt(passphrase, salt)
    nonce = _random.token_bytes(12)
    wrapped = nonce + AESGCM(kek).encrypt(nonce, key, _WRAP_AAD)
    return {"salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
            "wrapped": _b64(wrapped)}


def _unwrap(record: dict[str, Any], passphrase: str) -> bytes | None:
    """The key, or None when the passphrase is wrong."""
    try:
        salt, blob = _unb64(record["salt"]), _unb64(record["wrapped"])
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
    except (KeyError, ValueError, TypeError):
        raise VaultError(tr("Hearth's key file {path} is damaged.").format(
            path=key_file())) from None
    kek = _scrypt(passphrase, salt, n, r, p)
    try:
        return AESGCM(kek).decrypt(blob[:12], blob[12:], _WRAP_AAD)
    except InvalidTag:
        return None


def check_passphrase_strength(passphrase: str) -> str | None:
    """Why a new passphrase is not good enough, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE)
    return None


# --------------------------------------------------------------------------- rate limit

_clock: Callable[[], float] = time.time


def _read_attempts(kind: str) -> tuple[int, float]:
    try:
        raw = json.loads(_attempts_file().read_text(encoding="utf-8"))
        entry = raw.get(kind, {})
        return int(entry.get("failures", 0)), float(entry.get("last", 0.0))
    except (OSError, ValueError, TypeError, AttributeError):
        return 0, 0.0


def _write_attempts(kind: str, failures: int, last: float) -> None:
    path = _attempts_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raw = {}
    except (OSError, ValueError):
        raw = {}
    if failures:
        raw[kind] = {"failures": failures, "last": last}
    else:
        raw.pop(kind, None)
    try:
        if raw:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(raw))
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("unlock attempts not recorded: %s", exc.strerror or type(exc).__name__)


def wait_needed(kind: str = "passphrase") -> float:
    """Seconds before the next passphrase try is allowed (0: now)."""
    failures, last = _read_attempts(kind)
    if failures < FREE_ATTEMPTS:
        return 0.0
    wait = min(MAX_WAIT_S, 2.0 ** (failures - FREE_ATTEMPTS))
    return max(0.0, last + wait - _clock())


def _gate(kind: str) -> None:
    wait = wait_needed(kind)
    if wait > 0:
        raise TooManyAttempts(tr(
            "Too many wrong passphrases. Try again in {seconds} seconds.").format(
                seconds=max(1, round(wait))), wait)


def _failed(kind: str) -> None:
    failures, _last = _read_attempts(kind)
    _write_attempts(kind, failures + 1, _clock())


def _succeeded(kind: str) -> None:
    if _read_attempts(kind)[0]:
        _write_attempts(kind, 0, 0.0)


# --------------------------------------------------------------------------- the key


def master_key(passphrase: str | None = None, *, create: bool = True) -> bytes:
    """This Hearth home's master key, unlocking (or, when `create` and there is none yet,
    making) it.

    Order: the key already unlocked in this process; the keyring; the passphrase (the
    argument, else HEARTH_PASSPHRASE). A new key goes to the keyring, or, when no keyring
    works and a passphrase was given, is wrapped by the passphrase. `create=False` (encrypted
    data exists) never makes a new key: a missing one is KeyMissing.
    """
    with _lock:
        where = str(key_file())
        if where in _cache:
            return _cache[where]
        if passphrase is None:
            passphrase = _take_env_passphrase()
        info = read_info()
        key = (_open_existing(info, passphrase) if info is not None
               else _adopt_or_create(passphrase, create))
        _cache[where] = key
        return key


def _stored_key() -> tuple[bytes | None, str | None]:
    """The key this home keeps in the keyring (None: no entry, or the keyring could not be
    read) and, when it could not be read, why. A damaged entry reads as b"" (a wrong key)."""
    try:
        stored = _keyring_get()
    except keyring.errors.KeyringError as exc:
        return None, _keyring_kind(exc)
    if stored is None:
        return None, None
    try:
        return bytes.fromhex(stored), None
    except ValueError:
        return b"", None


def _open_existing(info: KeyInfo, passphrase: str | None) -> bytes:
    keyring_problem: str | None = None
    if info.keyring:
        key, keyring_problem = _stored_key()
        if key is not None:
            if len(key) == KEY_BYTES and hmac.compare_digest(_check_value(key), info.check):
                return key
            if info.passphrase is None:
                raise KeyMismatch(tr(
                    "The key for your history in the system keyring ({entry}) is not the one "
                    "your history was encrypted with. Restore the keyring entry; nothing was "
                    "changed.").format(entry=f"{SERVICE}/{entry_name()}"))
            keyring_problem = keyring_problem or "mismatch"
        elif keyring_problem is None:
            keyring_problem = "missing"
    if info.passphrase is not None:
        if passphrase is None:
            if info.keyring:
                raise PassphraseRequired(tr(
                    "The system keyring did not give Hearth the key for your history ({why}). "
                    "Unlock the keyring, or enter your Hearth passphrase.").format(
                        why=keyring_problem or "-"))
            raise PassphraseRequired(tr(
                "Your history is protected by a passphrase. Enter it to open Hearth (or set "
                "{env} for commands)." ).format(env=PASSPHRASE_ENV))
        _gate("passphrase")
        unwrapped = _unwrap(info.passphrase, passphrase)
        if unwrapped is None:
            _failed("passphrase")
            raise WrongPassphrase(tr(
                "That passphrase is not the one that protects your history. Nothing was "
                "changed."))
        _succeeded("passphrase")
        if info.check and not hmac.compare_digest(_check_value(unwrapped), info.check):
            raise KeyMismatch(tr("Hearth's key file {path} is damaged.").format(path=key_file()))
        return unwrapped
    if keyring_problem == "missing":
        raise KeyMissing(tr(
            "The key for your history is missing from the system keyring ({entry}). Without it "
            "the history cannot be opened; restore the keyring from a backup. Nothing was "
            "changed.").format(entry=f"{SERVICE}/{entry_name()}"))
    raise KeyringLocked(tr(
        "The system keyring cannot be reached ({kind}), and the key for your history is kept "
        "there. Unlock the keyring (for example GNOME Keyring or KWallet) and start Hearth "
        "again. Nothing was changed.").format(kind=keyring_problem))


def _adopt_or_create(passphrase: str | None, create: bool) -> bytes:
    key, keyring_problem = _stored_key()
    if key is not None:
        # The key file went missing but the keyring still has this home's key: keep using it
        # (a wrong one fails to open the data, which is then left as it is).
        if len(key) == KEY_BYTES:
            _write_info(KeyInfo(keyring=True, check=_check_value(key)))
            return key
    if not create:
        raise KeyMissing(tr(
            "Your history is encrypted, but its key file ({path}) and its keyring entry are "
            "missing. Restore them from a backup; nothing was changed.").format(path=key_file()))
    key = _random.token_bytes(KEY_BYTES)
    if keyring_problem is None:
        try:
            keyring.set_password(SERVICE, entry_name(), key.hex())
            if _keyring_get() == key.hex():
                _write_info(KeyInfo(keyring=True, check=_check_value(key)))
                return key
            keyring_problem = "not stored"
        except keyring.errors.KeyringError as exc:
            keyring_problem = _keyring_kind(exc)
    if passphrase is None:
        raise KeyringUnavailable(tr(
            "No system keyring is available to keep the key for your history ({kind}). Choose a "
            "passphrase instead: Hearth will ask for it at every start (for commands, set "
            "{env}). Hearth does not keep your history unencrypted.").format(
                kind=keyring_problem, env=PASSPHRASE_ENV))
    problem = check_passphrase_strength(passphrase)
    if problem:
        raise VaultError(problem)
    _write_info(KeyInfo(keyring=False, check=_check_value(key), passphrase=_wrap(key, passphrase)))
    return key


def source() -> str:
    """Where the key is kept, in words for the Privacy page."""
    try:
        info = read_info()
    except VaultError:
        return tr("The key file is damaged")
    if info is None:
        return tr("No key yet (nothing is stored)")
    if info.keyring and info.passphrase is not None:
        return tr("System keyring, and your passphrase")
    if info.keyring:
        return tr("System keyring")
    return tr("Your passphrase")


def set_passphrase(new: str | None) -> None:
    """Add (or replace) a passphrase that also opens the key, or remove it (None). The key must
    be unlocked. Removing is refused when the keyring does not hold the key."""
    with _lock:
        key = cached_key()
        info = read_info()
        if key is None or info is None:
            raise VaultError(tr("Open Hearth first: the key is not unlocked."))
        if new is None:
            if not info.keyring:
                raise VaultError(tr("The passphrase is the only way to your history here (no "
                                    "system keyring holds the key); it cannot be removed."))
            info.passphrase = None
        else:
            problem = check_passphrase_strength(new)
            if problem:
                raise VaultError(problem)
            info.passphrase = _wrap(key, new)
        _write_info(info)


# --------------------------------------------------------------------------- app lock


def lock_enabled() -> bool:
    try:
        info = read_info()
    except VaultError:
        return False
    return info is not None and info.lock is not None


def set_lock_passphrase(new: str | None) -> None:
    """Turn the app lock on with this passphrase, or off (None)."""
    with _lock:
        info = read_info()
        if info is None:
            raise VaultError(tr("Open Hearth first: the key is not unlocked."))
        if new is None:
            info.lock = None
        else:
            problem = check_passphrase_strength(new)
            if problem:
                raise VaultError(problem)
            salt = _random.token_bytes(16)
            info.lock = {"salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                         "verifier": _b64(_scrypt(new, salt))}
        _write_info(info)


def check_lock_passphrase(passphrase: str) -> bool:
    """Whether `passphrase` opens the app lock (rate-limited: TooManyAttempts)."""
    info = read_info()
    if info is None or info.lock is None:
        return True
    _gate("lock")
    record = info.lock
    try:
        salt, verifier = _unb64(record["salt"]), _unb64(record["verifier"])
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
    except (KeyError, ValueError, TypeError):
        raise VaultError(tr("Hearth's key file {path} is damaged.").format(
            path=key_file())) from None
    ok = hmac.compare_digest(_scrypt(passphrase, salt, n, r, p), verifier)
    if ok:
        _succeeded("lock")
    else:
        _failed("lock")
    return ok


# --------------------------------------------------------------------------- wipe


def keyring_entries() -> list[str]:
    """Names of this home's keyring entries Hearth may have made (they may not all exist): the
    database key, the Hub token, the local server's key and the key of the remote server set
    up in Settings."""
    from app.core.models import secrets
    from app.core.settings import Settings

    names = [entry_name(), secrets.TOKEN_NAME, secrets.SERVER_KEY_NAME]
    remote = Settings.load().remote_url
    if remote:
        from app.core.remote_engine import normalize_base_url

        names.append(secrets.remote_key_name(normalize_base_url(remote)))
    return names


def delete_everything() -> list[str]:
    """Remove this home's key from the keyring, the Hub token and the key file; returns what
    could not be removed (a locked keyring), in words."""
    problems: list[str] = []
    with _lock:
        for name in keyring_entries():
            try:
                keyring.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass  # not there: already as asked
            except keyring.errors.KeyringError as exc:
                problems.append(f"{SERVICE}/{name} ({_keyring_kind(exc)})")
        for path in (key_file(), _attempts_file()):
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                problems.append(f"{path} ({exc.strerror or exc})")
        forget_cached()
    return problems


__all__ = [
    "KEY_BYTES", "KeyInfo", "KeyMismatch", "KeyMissing", "KeyringLocked", "KeyringUnavailable",
    "PASSPHRASE_ENV",
    "PassphraseRequired", "SERVICE", "TooManyAttempts", "VaultError", "WrongPassphrase",
    "cached_key", "check_lock_passphrase", "check_passphrase_strength", "delete_everything",
    "entry_name", "forget_cached", "is_unlocked", "key_file", "keyring_entries",
    "keyring_usable", "lock_enabled", "master_key", "read_info", "set_lock_passphrase",
    "set_passphrase", "source", "wait_needed",
]
