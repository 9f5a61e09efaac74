"""The sync client: enrol a workspace, push its outbox, pull and apply what changed.

`SyncService.sync()` is safe to call from a worker thread (no Qt here); it reports progress
through a callback and returns a `SyncResult` the status area can show. Network trouble is not
an error: the result says `offline` and the outbox stays as it was.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import httpx

from samenleren_desktop.model.entities.sync import SyncConflict, SyncState
from samenleren_desktop.model.store.credentials import CredentialStore, credential_store
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply, audit_upload, content, retention
from samenleren_desktop.sync.connection import (
    AccessRevoked,
    Offline,
    Refused,
    SyncClient,
    SyncError,
    UntrustedServer,
    UpdateRequired,
    check_server_url,
)
from samenleren_desktop.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    ERASED_REASON,
    MAX_PUSH_CHANGES,
    PROTOCOL_VERSION,
    PUSH_BYTES,
    REVOKED_FAMILY,
    Change,
    PullResponse,
)
from samenleren_desktop.sync.results import (
    KEPT_MESSAGE,
    RETIRE_REFUSED,
    SyncProgress,
    SyncResult,
    SyncStatus,
    Tally,
)

__all__ = [
    "KEPT_MESSAGE",
    "TOKEN_NAME",
    "AccessRevoked",
    "Offline",
    "Refused",
    "SyncClient",
    "SyncError",
    "SyncProgress",
    "SyncResult",
    "SyncService",
    "SyncStatus",
    "UntrustedServer",
    "UpdateRequired",
    "check_server_url",
]

TOKEN_NAME = "sync-token"


def linked_client(
    workspace: Workspace,
    credentials: CredentialStore | None = None,
    transport: httpx.BaseTransport | None = None,
) -> SyncClient | None:
    """A client for this workspace's server with its device token; None when it is not linked.

    For calls beside the sync (erasure, the organisation's audit trail); close it after use.
    """
    state = apply.load_state(workspace)
    token = (credentials or credential_store(workspace)).get(TOKEN_NAME)
    if not state.server_url or not token:
        return None
    return SyncClient(state.server_url, token, transport)


_log = logging.getLogger(__name__)


class SyncService:
    """Sync one open workspace with its server.

    Args:
        workspace: the open workspace.
        credentials: where the device token lives (default: OS keyring or the workspace).
        transport: an httpx transport (tests inject faults here).
        batch_size, page_size: changes per push, records per pull page.
        batch_bytes: JSON bytes per push at most (a larger change goes alone).
        retention_days: after a sync, a begeleider's laptop gives up the families finished
            more than this many days ago (None: `retention_grace_days` from the administrator's
            file, default 90; see `sync/retention.py`).
    """

    def __init__(
        self,
        workspace: Workspace,
        credentials: CredentialStore | None = None,
        transport: httpx.BaseTransport | None = None,
        batch_size: int = MAX_PUSH_CHANGES,
        batch_bytes: int = PUSH_BYTES,
        page_size: int = DEFAULT_PULL_LIMIT,
        protocol: int = PROTOCOL_VERSION,
        retention_days: int | None = None,
    ) -> None:
        self.workspace = workspace
        self.retention_days = (
            retention.configured_grace_days() if retention_days is None else retention_days
        )
        self.credentials = credentials or credential_store(workspace)
        self.transport = transport
        self.batch_size = batch_size
        self.batch_bytes = batch_bytes
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
        self.close()  # a kept connection holds the old token
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
        """Push the outbox, then pull until up to date.

        Never raises for network trouble or a refusal by the server: the result says so.
        """
        report = progress or (lambda _p: None)
        tally = Tally()
        try:
            self._sync(report, tally)
        except Offline as exc:
            return tally.result(offline=True, message=exc.message)
        except UpdateRequired as exc:
            return tally.result(update_required=True, message=exc.message)
        except AccessRevoked as exc:
            return tally.result(access_revoked=True, message=exc.message)
        except Refused as exc:
            return tally.result(refused=True, message=exc.message)
        return tally.result(ok=True, message=tally.message())

    def _client(self, state: SyncState) -> SyncClient:
        """The HTTP client, kept between syncs (its TLS set-up and connection are reused).

        The token is read from the credential store when a client is made (`enrol` and
        `close` drop the kept one), not at every sync: an OS keyring is slow to ask.
        """
        kept = self._http_key
        same = (state.server_url, id(self.transport), self.protocol)
        if self._http is not None and kept is not None and (kept[0], *kept[2:]) == same:
            return self._http
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

    def _sync(self, report: Callable[[SyncProgress], None], tally: Tally) -> None:
        state = apply.load_state(self.workspace)
        client = self._client(state)
        try:
            self.push(client, report, tally)
            newest = self.pull(client, report, tally, state)
            self.fetch_content(client, tally, newest)
            self.retire(client, report, tally, state.rol)
            audit_upload.upload(self.workspace, client, tally.notes)  # after push/pull
        except SyncError:
            self.close()  # a broken connection is not reused
            raise
        apply.mark_synced(self.workspace)

    def push(
        self, client: SyncClient, report: Callable[[SyncProgress], None], tally: Tally
    ) -> None:
        """Push the whole outbox in batches, storing each answer (conflicts, refusals).

        A batch smaller than `batch_size` was the rest of the outbox: what is written while
        it is on its way goes with the next sync. A batch goes in pushes of at most
        `batch_bytes` of JSON (a larger change on its own).
        """
        rows = apply.outbox_batch(self.workspace, self.batch_size)
        total = len(rows) if len(rows) < self.batch_size else apply.outbox_size(self.workspace)
        while rows:
            batch = _within(rows, self.batch_bytes)
            answer = client.push(batch)
            tally.conflicts += apply.acknowledge(self.workspace, batch, answer.results)
            tally.dropped += sum(r.reason == ERASED_REASON for r in answer.results)
            tally.pushed += len(batch)
            report(SyncProgress("push", tally.pushed, max(total, tally.pushed)))
            if len(batch) == len(rows) < self.batch_size:
                break
            rows = apply.outbox_batch(self.workspace, self.batch_size)

    def pull(
        self,
        client: SyncClient,
        report: Callable[[SyncProgress], None],
        tally: Tally,
        state: SyncState,
    ) -> int | None:
        """Pull pages until up to date, each stored with its cursor; the newest content version.

        The next page is fetched while the current one is stored, except after a page with an
        ended assignment: the server takes the cursor of a request as "stored up to here", so
        that page is stored first and then always followed by one more request.
        """
        with _Prefetch() as prefetch:
            cursor = state.cursor
            ahead = prefetch.now(client.pull, cursor, self.page_size)
            while True:
                page = ahead.result()
                if cursor and page.server_epoch != state.server_epoch:
                    cursor = 0  # the server database was replaced: start over
                    state.server_epoch = page.server_epoch
                    ahead = prefetch.now(client.pull, cursor, self.page_size)
                    continue
                ended = any(r.table == REVOKED_FAMILY for r in page.records)
                if page.has_more and not ended:
                    ahead = prefetch.submit(client.pull, page.cursor, self.page_size)
                if page.records or page.cursor != cursor:
                    applied = apply.apply_page(self.workspace, page)
                    tally.pulled += applied.records
                    tally.removed_families += len(applied.removed) + len(applied.erased)
                    tally.erased += len(applied.erased)
                    if applied.kept is not None:
                        tally.notes.append(KEPT_MESSAGE)
                        return page.content_version
                cursor = page.cursor
                report(SyncProgress("pull", tally.pulled, tally.pulled + page.remaining))
                if ended:  # the next request also tells the server the end is stored
                    ahead = prefetch.submit(client.pull, cursor, self.page_size)
                elif not page.has_more:
                    return page.content_version

    def retire(
        self,
        client: SyncClient,
        report: Callable[[SyncProgress], None],
        tally: Tally,
        role: str,
    ) -> None:
        """Laptop retention: give up the families this begeleider no longer needs.

        The server ends the assignments and the pull that follows removes the families (the
        usual `revoked_family` entries); coordinators and admins keep the whole organisation.
        """
        if role != "begeleider":
            return
        ready = retention.plan(self.workspace, self.retention_days).ready
        if not ready:
            return
        try:
            ended = client.retire(ready).ended
        except Refused:  # a server without retention: keep them until it has it
            tally.notes.append(RETIRE_REFUSED)
            return
        if ended:
            before = tally.removed_families
            self.pull(client, report, tally, apply.load_state(self.workspace))
            tally.retired += tally.removed_families - before

    def fetch_content(self, client: SyncClient, tally: Tally, newest: int | None) -> None:
        """Store the organisation's content when the server has a version this laptop lacks.

        `newest` is the version the last pulled page named (None: ask the server). Content
        this program cannot use is not stored (the note says so); the sync goes on.
        """
        if newest == 0:  # the organisation has published no content
            return
        epoch = apply.load_state(self.workspace).server_epoch
        have = content.stored_version(self.workspace, epoch)
        if newest is not None and newest == have:
            return
        answer = client.content(have)
        if answer.files is None or answer.version < 1:
            return
        try:
            content.store_content(
                self.workspace, answer.version, answer.files, epoch, answer.published_at
            )
        except content.ContentRejected as exc:
            tally.notes.append(
                f"De nieuwe inhoud van de server (versie {answer.version}) is niet in gebruik "
                "genomen: werk het programma bij of vraag de beheerder de inhoud te controleren."
            )
            _log.warning("%s", exc.message)
            return
        tally.content_version = answer.version

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


def _within(changes: list[Change], budget: int) -> list[Change]:
    """The first changes of `changes` whose JSON fits in `budget` bytes (at least one)."""
    used = 0
    for count, change in enumerate(changes):
        used += len(change.model_dump_json()) + 1
        if used > budget and count:
            return changes[:count]
    return changes


class _Prefetch:
    """Fetches the next pull page on a thread of its own, started at the first `submit`.

    The first page is fetched with `now`: there is nothing to store while waiting for it, and
    a sync with one page (the usual one) starts no thread.
    """

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None

    def now(self, call: Callable[..., PullResponse], *args: Any) -> Future[PullResponse]:
        done: Future[PullResponse] = Future()
        done.set_result(call(*args))
        return done

    def submit(self, call: Callable[..., PullResponse], *args: Any) -> Future[PullResponse]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="sync-pull")
        return self._pool.submit(call, *args)

    def __enter__(self) -> _Prefetch:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
