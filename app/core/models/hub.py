"""The Hub door: every Hub request of the model manager goes through `Hub`, whose requests run
under `core.network.allow(HUB)` (the one place a connection is allowed; refused while offline
mode is on)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx2
from huggingface_hub import HfApi, constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import (
    EntryNotFoundError,
    GatedRepoError,
    HfHubHTTPError,
    OfflineModeIsEnabled,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.hf_api import RepoFile
from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

from app.core import network
from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.models import secrets
from app.core.models.errors import (
    AccessDenied,
    DownloadError,
    NoNetwork,
    OfflineError,
    RemoteNotFound,
)
from app.core.settings import Settings

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
env_offline = network.env_offline


@dataclass(frozen=True)
class RemoteFile:
    """What the Hub says about one file at one commit."""

    repo: str
    path: str
    url: str  # pinned to `commit` when the Hub told us one, so a resume gets the same bytes
    size: int | None
    etag: str | None
    commit: str | None
    sha256: str | None  # only for LFS files; small files have a git blob sha1 as etag
    blob_id: str | None = None  # git blob sha1 (the tree's `oid`)


class Hub:
    """Hugging Face Hub access for one endpoint and token, used from any thread.

    Every method that could open a socket calls `_guard()` first: that is where offline mode is
    enforced, for downloads, catalog refresh and anything added later.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        endpoint: str | None = None,
        token: Callable[[], str | None] | None = None,
    ) -> None:
        self.settings = settings if settings is not None else Settings.load()
        self._endpoint = endpoint
        self._token = token if token is not None else secrets.get_token
        secrets.install_log_redaction()
        network.configure_hub()

    # -- the gate -----------------------------------------------------------------------------
    @property
    def offline(self) -> bool:
        return bool(self.settings.offline) or env_offline()

    def _guard(self) -> None:
        if self.offline:
            raise OfflineError(self._offline_message())

    @staticmethod
    def _offline_message() -> str:
        return tr("Hearth is in offline mode, so it did not connect to the internet. Turn off "
                  "offline mode in Settings to download models or refresh the catalog.")

    def _network(self) -> contextlib.AbstractContextManager[None]:
        """This thread may reach the Hub until the block ends (refused while offline)."""
        return network.allow(network.Purpose.HUB, offline=bool(self.settings.offline),
                             message=self._offline_message())

    @property
    def endpoint(self) -> str:
        # Read HF_ENDPOINT on every call: huggingface_hub freezes it at import time.
        return (self._endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")

    def _auth(self) -> str | bool:
        # False, not None: None would make huggingface_hub read a token from its own files, and
        # the app's only token store is the keyring.
        return self._token() or False

    # -- requests -----------------------------------------------------------------------------
    def file_url(self, repo: str, path: str, revision: str = "main") -> str:
        return hf_hub_url(repo, path, revision=revision, endpoint=self.endpoint)

    def file_metadata(self, repo: str, path: str, revision: str = "main",
                      timeout: float = 10.0) -> RemoteFile:
        """HEAD the file: size, etag (sha256 for LFS files), commit. Raises HearthError kinds."""
        self._guard()
        url = self.file_url(repo, path, revision)
        with self._network(), translate_errors(repo, path):
            meta = get_hf_file_metadata(url, token=self._auth(), timeout=timeout,
                                        endpoint=self.endpoint)
        etag = (meta.etag or "").strip('"').lower() or None
        commit = meta.commit_hash
        pinned = self.file_url(repo, path, commit) if commit else url
        sha = etag if etag and SHA256_RE.match(etag) else None
        return RemoteFile(repo, path, pinned, meta.size, etag, commit, sha)

    @contextmanager
    def open_stream(self, url: str, start: int = 0, *, timeout: float = 30.0,
                    repo: str = "", path: str = "") -> Iterator[httpx2.Response]:
        """GET `url` from byte `start` (a Range request) through huggingface_hub's session."""
        self._guard()
        _use_large_reads()
        headers = build_hf_headers(token=self._auth())
        headers["Accept-Encoding"] = "identity"  # a compressed body would break byte offsets
        if start > 0:
            headers["Range"] = f"bytes={start}-"
        with self._network(), translate_errors(repo, path):
            with get_session().stream(
                "GET", url, headers=headers,
                timeout=httpx2.Timeout(timeout, connect=min(timeout, 15.0)),
            ) as response:
                if response.status_code >= 400:
                    response.read()  # error formatting needs the body
                hf_raise_for_status(response)
                yield response

    def _resolve_endpoint(self) -> None:
        """Look the Hub's name up once before an API call: huggingface_hub retries those for
        about 25 s when there is no network at all; this says "offline" at once instead."""
        parts = urlsplit(self.endpoint)
        host = parts.hostname
        if not host:
            return
        try:
            socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
        except socket.gaierror:
            raise NoNetwork(tr(
                "You seem to be offline: Hearth could not look up {host}. Check the internet "
                "connection, then try again.").format(host=host)) from None

    def list_files(self, repo: str, revision: str = "main") -> list[RemoteFile]:
        """Every file of a repository with size and sha256 (the tree's lfs.oid), one request."""
        self._guard()
        self._resolve_endpoint()
        api = HfApi(endpoint=self.endpoint, token=self._auth())
        out: list[RemoteFile] = []
        with self._network(), translate_errors(repo, ""):
            for entry in api.list_repo_tree(repo, recursive=True, revision=revision):
                if not isinstance(entry, RepoFile):
                    continue
                sha = entry.lfs.sha256 if entry.lfs else None
                out.append(RemoteFile(repo, entry.path, self.file_url(repo, entry.path, revision),
                                      entry.size, sha or entry.blob_id, None, sha, entry.blob_id))
        return out

    def model_info(self, repo: str) -> dict[str, object]:
        """The repository's card data we use: commit, gated flag, files with sizes."""
        self._guard()
        self._resolve_endpoint()
        api = HfApi(endpoint=self.endpoint, token=self._auth())
        with self._network(), translate_errors(repo, ""):
            info = api.model_info(repo, files_metadata=True)
        files = {}
        for s in info.siblings or []:
            sha = s.lfs.sha256 if s.lfs else None
            files[s.rfilename] = {"size": s.size, "sha256": sha}
        return {"sha": info.sha, "gated": info.gated, "files": files}


RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}


def name_not_found(exc: BaseException) -> bool:
    """The error comes from a failed name lookup (no network, no DNS): retrying at once is
    pointless, and the person should hear "offline", not an errno."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, socket.gaierror) or (
                isinstance(cause, OSError) and cause.errno == errno.ENETUNREACH):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _host(exc: BaseException) -> str:
    request = getattr(exc, "_request", None)
    url = str(getattr(request, "url", "") or "")
    return urlsplit(url).hostname or "huggingface.co"


def is_transient(exc: BaseException) -> bool:
    """Resets, timeouts, early closes and 5xx: worth another try after a pause."""
    if isinstance(exc, DownloadError):
        return exc.transient
    if isinstance(exc, HearthError):
        return False
    return isinstance(exc, (httpx2.TransportError, ConnectionError, TimeoutError))


@contextmanager
def translate_errors(repo: str, path: str) -> Iterator[None]:
    """Turn huggingface_hub / httpx errors into HearthErrors a person can act on.

    Transport errors pass through unchanged (the caller retries them); every message is run
    through `secrets.redact`, so a token can never travel inside an error.
    """
    what = f"{repo}/{path}" if path else repo
    try:
        yield
    except httpx2.ConnectError as exc:
        if not name_not_found(exc):
            raise
        raise NoNetwork(tr(
            "You seem to be offline: Hearth could not look up {host}. Check the internet "
            "connection, then try again.").format(host=_host(exc))) from None
    except OfflineModeIsEnabled:
        raise OfflineError(tr(
            "Offline mode is on (HF_HUB_OFFLINE), so Hearth did not connect to the internet."
        )) from None
    except GatedRepoError:
        raise AccessDenied(tr(
            "{repo} is a gated repository. Open huggingface.co/{repo} in a browser, accept its "
            "license, then add a Hugging Face access token in Settings and try again."
        ).format(repo=repo)) from None
    except (EntryNotFoundError, RevisionNotFoundError):
        raise RemoteNotFound(tr("{what} was not found on the Hugging Face Hub. The file may "
                                "have been renamed or removed; refresh the catalog.")
                             .format(what=what)) from None
    except RepositoryNotFoundError as exc:
        status = exc.response.status_code if exc.response is not None else 0
        if status in (401, 403):
            raise AccessDenied(tr(
                "The Hub refused access to {repo}. If it is private or gated, add a Hugging "
                "Face access token with read access in Settings and try again."
            ).format(repo=repo)) from None
        raise RemoteNotFound(tr("The repository {repo} was not found on the Hugging Face Hub.")
                             .format(repo=repo)) from None
    except HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else 0
        if status in (401, 403):
            raise AccessDenied(tr(
                "The Hub refused access to {what} (HTTP {status}). Check your access token in "
                "Settings.").format(what=what, status=status)) from None
        err = DownloadError(secrets.redact(tr(
            "The Hugging Face Hub answered with an error (HTTP {status}) for {what}. "
            "Try again later.").format(status=status, what=what)))
        err.transient = status in RETRYABLE_STATUS
        err.status = status  # type: ignore[attr-defined]
        raise err from None


# httpcore reads the socket 64 KiB at a time and h11 parses every read: on loopback that capped a
# download's body at ~100 MB/s on a 2-core machine; 1 MiB reads reached ~320 MB/s (measured in
# one run, alternating). Every HTTP/1.1 connection in Hearth is a Hub download or API call.
LARGE_READ_BYTES = 1 << 20


def _use_large_reads() -> None:
    try:
        from httpcore2._sync.http11 import HTTP11Connection
    except ImportError:  # another httpcore build: keep its default
        return
    if getattr(HTTP11Connection, "READ_NUM_BYTES", 0) < LARGE_READ_BYTES:
        HTTP11Connection.READ_NUM_BYTES = LARGE_READ_BYTES
