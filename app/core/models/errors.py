"""Errors of the model manager, each with a message a person can act on."""

from __future__ import annotations

from app.core.errors import HearthError


class OfflineError(HearthError):
    """Offline mode is on, so nothing may touch the network."""


class DownloadError(HearthError):
    """A download failed. `transient` errors (5xx, dropped links) are retried automatically;
    `retryable` says whether a Retry button makes sense at all."""

    transient: bool = False
    retryable: bool = True


class NoNetwork(DownloadError):
    """The Hub's name could not be looked up: this computer seems to be offline. Not retried
    (every retry would fail the same way); Retry continues once the network is back."""


class NotEnoughSpace(DownloadError):
    """The models folder's disk has too little free space for the download."""


class ChecksumMismatch(DownloadError):
    """The downloaded bytes do not match the Hub's sha256: the file was deleted."""


class AccessDenied(DownloadError):
    """A gated or private repository refused us: a token (or accepting the license) is needed."""


class RemoteNotFound(DownloadError):
    """The repository, revision or file does not exist on the Hub."""

    retryable = False


class DownloadCancelled(HearthError):
    """The user cancelled the download; its partial file was removed."""


class SecretStoreError(HearthError):
    """The OS keyring is unavailable or refused to store the token."""


class FolderMoveError(HearthError):
    """A models folder could not be used, or Hearth's models could not be moved into it. Nothing
    was lost: every file is still in one piece in the old folder (or, if moved, the new one)."""


class FolderMoveCancelled(HearthError):
    """The user cancelled moving the models folder; everything done so far was undone, so every
    model is still whole in the old folder and the setting did not change."""
