"""The sync client: enrol a workspace, push its outbox, pull and apply what changed.

`SyncService.sync()` is safe to call from a worker thread (no Qt here); it reports progress
through a callback and returns a `SyncResult` the status area can show. Network trouble is not
an error: the result says `offline` and the outbox stays as it was.
"""

from __future__ import annotations

import ipaddress
import platform
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel

from samenleren_desktop import __version__
from samenleren_desktop.model.entities.sync import SyncConflict, SyncState
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.store.credentials import CredentialStore, credential_store
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PUSH_CHANGES,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    UPDATE_MESSAGE,
    LoginRequest,
    LoginResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
)

TOKEN_NAME = "sync-token"
M = TypeVar("M", bound=BaseModel)


class SyncError(SamenLerenError):
    """Sync cannot go on; `message` says why in plain Dutch."""


class Offline(SyncError):
    """The server cannot be reached (no network, server down, connection broken)."""


class UpdateRequired(SyncError):
    """The server needs a newer program; the outbox is kept."""


class AccessRevoked(SyncError):
    """The device token is unknown or revoked (HTTP 401); local data stays as it is."""


@dataclass(frozen=True)
class SyncProgress:
    """Where a sync is: phase `push` or `pull`, done so far and (estimated) total."""

    phase: str
    done: int
    total: int


@dataclass(frozen=True)
class SyncResult:
    """What one sync did, for the status area.

    Attributes:
        ok: everything pushed and pulled up to date.
        offline: the server could not be reached; try again later.
        update_required / access_revoked: see `message`.
        message: one Dutch sentence for the user.
    """

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    ok: bool = False
    offline: bool = False
    update_required: bool = False
    access_revoked: bool = False
    message: str = ""


@dataclass(frozen=True)
class SyncStatus:
    """What the status area shows between syncs.

    Attributes:
        enrolled: the workspace has a server and a device token.
        last_synced_at: the end of the last complete sync (UTC), or None.
        waiting: changes in the outbox, not yet on the server.
        open_conflicts: conflicts nobody has decided on yet.
    """

    enrolled: bool
    server_url: str
    gebruiker: str
    last_synced_at: datetime | None
    waiting: int
    open_conflicts: int


def _result(counts: list[int], **flags: Any) -> SyncResult:
    return SyncResult(pushed=counts[0], pulled=counts[1], conflicts=counts[2], **flags)


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
            raise Offline("De server is niet bereikbaar; de wijzigingen blijven bewaard.") from exc
        if response.status_code == 426:
            raise UpdateRequired(UPDATE_MESSAGE)
        if response.status_code == 401:
            raise AccessRevoked(_message(response))
        if response.status_code >= 500:
            raise Offline("De server heeft een probleem; later wordt het opnieuw geprobeerd.")
        if response.status_code != 200:
            raise SyncError(_message(response))
        return answer.model_validate_json(response.content)

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


def _message(response: httpx.Response) -> str:
    try:
        return str(response.json()["message"])
    except (ValueError, KeyError, TypeError):
        return f"De server weigert het verzoek (code {response.status_code})."


class SyncService:
    """Sync one open workspace with its server.

    Args:
        workspace: the open workspace.
        credentials: where the device token lives (default: OS keyring or the workspace).
        transport: an httpx transport (tests inject faults here).
        batch_size, page_size: changes per push, records per pull page.
    """

    def __init__(
        self,
        workspace: Workspace,
        credentials: CredentialStore | None = None,
        transport: httpx.BaseTransport | None = None,
        batch_size: int = MAX_PUSH_CHANGES,
        page_size: int = DEFAULT_PULL_LIMIT,
        protocol: int = PROTOCOL_VERSION,
    ) -> None:
        self.workspace = workspace
        self.credentials = credentials or credential_store(workspace)
        self.transport = transport
        self.batch_size = batch_size
        self.page_size = page_size
        self.protocol = protocol
        self._http: SyncClient | None = None
        self._http_key: tuple[str, str, int, int] | None = None

    def is_enrolled(self) -> bool:
        """Whether this workspace has a server and a device token."""
        state = apply.load_state(self.workspace)
        return bool(state.server_url) and self.credentials.get(TOKEN_NAME) is not None

    def enrol(self, server_url: str, username: str, password: str, device_name: str = "") -> None:
        """Log in and enrol this workspace as a device; the workspace's families become yours."""
        client = SyncClient(server_url, transport=self.transport, protocol=self.protocol)
        try:
            answer = client.login(username, password, device_name or platform.node()[:100])
        finally:
            client.close()
        self.credentials.set(TOKEN_NAME, answer.token)
        state = apply.load_state(self.workspace)
        state.server_url = client.base
        state.gebruiker = answer.username
        state.rol = answer.role
        state.organisatie = answer.organisation
        state.device_id = answer.device_id
        if state.server_epoch != answer.server_epoch:
            state.cursor = 0
            state.server_epoch = answer.server_epoch
        apply.save_state(self.workspace, state)

    def sync(self, progress: Callable[[SyncProgress], None] | None = None) -> SyncResult:
        """Push the outbox, then pull until up to date; never raises for network trouble."""
        report = progress or (lambda _p: None)
        counts = [0, 0, 0]
        try:
            self._sync(report, counts)
        except Offline as exc:
            return _result(counts, offline=True, message=exc.message)
        except UpdateRequired as exc:
            return _result(counts, update_required=True, message=exc.message)
        except AccessRevoked as exc:
            return _result(counts, access_revoked=True, message=exc.message)
        message = f"Gesynchroniseerd: {counts[0]} verstuurd, {counts[1]} ontvangen."
        if counts[2]:
            message += f" {counts[2]} conflict(en) om te bekijken."
        return _result(counts, ok=True, message=message)

    def _client(self, state: SyncState) -> SyncClient:
        """The HTTP client, kept between syncs (its TLS set-up and connection are reused)."""
        token = self.credentials.get(TOKEN_NAME)
        if not state.server_url or token is None:
            raise SyncError("Deze werkruimte is nog niet aangemeld bij een server.")
        key = (state.server_url, token, id(self.transport), self.protocol)
        if self._http is None or self._http_key != key:
            self.close()
            self._http = SyncClient(state.server_url, token, self.transport, self.protocol)
            self._http_key = key
        return self._http

    def close(self) -> None:
        """Close the kept HTTP connection (call when the workspace is locked or closed)."""
        if self._http is not None:
            self._http.close()
        self._http = None

    def _sync(self, report: Callable[[SyncProgress], None], counts: list[int]) -> None:
        state = apply.load_state(self.workspace)
        client = self._client(state)
        try:
            self.push(client, report, counts)
            self.pull(client, report, counts, state)
        except SyncError:
            self.close()  # a broken connection is not reused
            raise
        apply.mark_synced(self.workspace)

    def push(
        self, client: SyncClient, report: Callable[[SyncProgress], None], counts: list[int]
    ) -> None:
        """Push the whole outbox in batches; counts[0] pushed, counts[2] conflicts/refusals."""
        total = apply.outbox_size(self.workspace)
        while total and (batch := apply.outbox_batch(self.workspace, self.batch_size)):
            answer = client.push(batch)
            counts[2] += apply.acknowledge(self.workspace, batch, answer.results)
            counts[0] += len(batch)
            report(SyncProgress("push", counts[0], max(total, counts[0])))

    def pull(
        self,
        client: SyncClient,
        report: Callable[[SyncProgress], None],
        counts: list[int],
        state: SyncState,
    ) -> None:
        """Pull pages until up to date, each stored with its cursor; counts[1] records pulled.

        The next page is fetched while the current one is stored.
        """
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as prefetch:
            cursor = state.cursor
            ahead = prefetch.submit(client.pull, cursor, self.page_size)
            while True:
                page = ahead.result()
                if cursor and page.server_epoch != state.server_epoch:
                    cursor = 0  # the server database was replaced: start over
                    state.server_epoch = page.server_epoch
                    ahead = prefetch.submit(client.pull, cursor, self.page_size)
                    continue
                if page.has_more:
                    ahead = prefetch.submit(client.pull, page.cursor, self.page_size)
                if page.records or page.cursor != cursor:
                    counts[1] += apply.apply_page(self.workspace, page)
                cursor = page.cursor
                report(SyncProgress("pull", counts[1], counts[1] + page.remaining))
                if not page.has_more:
                    return

    def status(self) -> SyncStatus:
        """The state to show when no sync is running (cheap; safe on any thread)."""
        state = apply.load_state(self.workspace)
        return SyncStatus(
            enrolled=self.is_enrolled(),
            server_url=state.server_url,
            gebruiker=state.gebruiker,
            last_synced_at=state.last_synced_at,
            waiting=apply.outbox_size(self.workspace),
            open_conflicts=len(apply.open_conflicts(self.workspace)),
        )

    def open_conflicts(self) -> list[SyncConflict]:
        """Conflicts nobody has decided on yet (for the conflicts screen)."""
        return apply.open_conflicts(self.workspace)
