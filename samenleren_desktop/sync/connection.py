"""The HTTP side of the sync protocol: one call per endpoint, errors as Dutch sentences.

Certificates are verified for https; plain http is allowed only to this computer itself.
"""

from __future__ import annotations

import ipaddress
import ssl
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from samenleren_desktop import __version__
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.sync.protocol import (
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    UPDATE_MESSAGE,
    ContentRequest,
    ContentResponse,
    EraseRequest,
    EraseResponse,
    LoginRequest,
    LoginResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RetireRequest,
    RetireResponse,
)

M = TypeVar("M", bound=BaseModel)


NOT_THE_PROTOCOL = (
    "Het antwoord van de server is niet te begrijpen. Misschien moet u eerst inloggen op het "
    "wifi-netwerk, of staat er iets tussen deze laptop en de server; de wijzigingen blijven "
    "bewaard en later wordt het opnieuw geprobeerd."
)


class SyncError(SamenLerenError):
    """Sync cannot go on; `message` says why in plain Dutch."""


class Offline(SyncError):
    """The server cannot be reached (no network, server down, connection broken)."""


class UpdateRequired(SyncError):
    """The server needs a newer program; the outbox is kept."""


class AccessRevoked(SyncError):
    """The device token is unknown or revoked (HTTP 401); local data stays as it is."""


class UntrustedServer(Offline):
    """The server's TLS certificate is not trusted: no connection was made (nothing sent)."""


UNTRUSTED_MESSAGE = (
    "Het certificaat van de server wordt niet vertrouwd, dus er is geen verbinding gemaakt. "
    "Vraag de beheerder het certificaat van de server te controleren."
)


class Refused(SyncError):
    """The server refused the request (409 server too old, 413, 400, ...); the outbox is kept."""


KEPT = "Uw wijzigingen blijven bewaard op deze laptop."


def check_server_url(url: str) -> str:
    """The server URL without a trailing slash; plain http only for this computer itself."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(f"{url!r} is geen geldig serveradres; het begint met https://.")
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise SyncError(
            "Een onbeveiligde verbinding (http://) mag alleen met deze computer zelf; "
            "gebruik https:// voor de server."
        )
    return url.strip().rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SyncClient:
    """The HTTP calls of the protocol (certificates verified for https)."""

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        protocol: int = PROTOCOL_VERSION,
    ) -> None:
        self.base = check_server_url(server_url)
        self.protocol = protocol
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            base_url=self.base, headers=headers, transport=transport, timeout=60.0
        )

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()

    def _post(self, path: str, body: BaseModel, answer: type[M]) -> M:
        try:
            response = self.http.post(path, content=body.model_dump_json())
        except httpx.TransportError as exc:
            if _certificate_refused(exc):
                raise UntrustedServer(UNTRUSTED_MESSAGE) from exc
            raise Offline("De server is niet bereikbaar; de wijzigingen blijven bewaard.") from exc
        if response.status_code == 426:
            raise UpdateRequired(UPDATE_MESSAGE)
        if response.status_code == 401:
            raise AccessRevoked(_message(response))
        if response.status_code >= 500:
            raise Offline("De server heeft een probleem; later wordt het opnieuw geprobeerd.")
        if response.status_code != 200:
            raise Refused(f"De server weigert de synchronisatie: {_message(response)} {KEPT}")
        try:
            return answer.model_validate_json(response.content)
        except ValidationError as exc:  # a Wi-Fi login page, a proxy, a server of another kind
            raise Offline(NOT_THE_PROTOCOL) from exc

    def _versions(self) -> dict[str, Any]:
        return {
            "protocol": self.protocol,
            "schema_version": SCHEMA_VERSION,
            "app_version": __version__,
        }

    def login(self, username: str, password: str, device_name: str) -> LoginResponse:
        """Enrol this laptop; the answer holds the device token."""
        body = LoginRequest(
            username=username, password=password, device_name=device_name, **self._versions()
        )
        return self._post("/sync/v1/login", body, LoginResponse)

    def push(self, changes: list[Any]) -> PushResponse:
        """Send a batch of outbox changes."""
        return self._post(
            "/sync/v1/push", PushRequest(changes=changes, **self._versions()), PushResponse
        )

    def pull(self, cursor: int, limit: int) -> PullResponse:
        """One page of changes after `cursor`."""
        body = PullRequest(cursor=cursor, limit=limit, **self._versions())
        return self._post("/sync/v1/pull", body, PullResponse)

    def retire(self, gezin_ids: list[str]) -> RetireResponse:
        """Laptop retention: end the caller's assignments of families no longer needed."""
        body = RetireRequest(gezin_ids=gezin_ids, **self._versions())
        return self._post("/sync/v1/retire", body, RetireResponse)

    def erase(self, gezin_id: str) -> EraseResponse:
        """Right of erasure (coordinator or admin): erase a family on every laptop."""
        body = EraseRequest(gezin_id=gezin_id, **self._versions())
        return self._post("/sync/v1/erase", body, EraseResponse)

    def content(self, since: int) -> ContentResponse:
        """The organisation's content (its files only when it is not version `since`)."""
        body = ContentRequest(since=since, **self._versions())
        return self._post("/sync/v1/content", body, ContentResponse)


def _certificate_refused(exc: BaseException) -> bool:
    """Whether a connection failed because the server's certificate could not be verified."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _message(response: httpx.Response) -> str:
    try:
        return str(response.json()["message"])
    except (ValueError, KeyError, TypeError):
        return f"Het verzoek is geweigerd (code {response.status_code})."
