"""Laptops for sync tests: real encrypted workspaces with a SyncService each."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from samenleren_desktop.model.entities import Gezin, Kind, Traject
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import SyncService
from samenleren_desktop.sync.protocol import CONFLICT_TABLE
from samenleren_server import db
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.server.live import PASSWORD, LiveServer


class Laptop:
    """One coach's laptop: a workspace, an actor and a sync service."""

    def __init__(self, folder: Path, username: str, **service: Any) -> None:
        self.workspace = Workspace.create(folder, PASSPHRASE, FAST_KDF)
        self.actor = Actor(username, folder.name)
        self.username = username
        self.service = SyncService(
            self.workspace, credentials=WorkspaceCredentials(self.workspace), **service
        )

    def enrol(self, server: LiveServer, transport: httpx.BaseTransport | None = None) -> None:
        self.service.transport = transport
        self.service.enrol(server.url, self.username, PASSWORD, self.actor.apparaat)

    def records(self) -> dict[str, Any]:
        return apply.local_records(self.workspace)

    def close(self) -> None:
        self.service.close()
        self.workspace.close()


@contextlib.contextmanager
def coach_and_coordinator(
    server: LiveServer,
    folder: Path,
    sanne: dict[str, Any] | None = None,
    karim: dict[str, Any] | None = None,
) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) and karim (coordinator) of Noord, each on an enrolled laptop, closed
    afterwards; `sanne`/`karim` are extra `SyncService` arguments."""
    server.user("Noord", "begeleider", "sanne")
    server.user("Noord", "coordinator", "karim")
    coach = Laptop(folder / "sanne", "sanne", **(sanne or {}))
    coordinator = Laptop(folder / "karim", "karim", **(karim or {}))
    try:
        coach.enrol(server)
        coordinator.enrol(server)
        yield coach, coordinator
    finally:
        coach.close()
        coordinator.close()


@contextlib.contextmanager
def team_with_two_families(server: LiveServer, folder: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) with two families, synced; karim (coordinator) holds them too.

    Gezin Bakker has a child and a traject; Gezin de Vries has nothing more.
    """

    with coach_and_coordinator(server, folder) as (sanne, karim):
        with record_changes(sanne.workspace, sanne.actor) as changes:
            bakker = changes.create(Gezin(naam="Gezin Bakker", plaats="Assen"))
            changes.create(Kind(gezin_id=bakker.id, voornaam="Noor", groep=2))
            changes.create(Traject(gezin_id=bakker.id, aanmeld_datum=date(2026, 9, 1)))
            changes.create(Gezin(naam="Gezin de Vries", plaats="Emmen"))
        assert sanne.service.sync().ok
        assert karim.service.sync().ok
        yield sanne, karim


def server_records(server: LiveServer, org: str | None = None) -> dict[str, Any]:
    """The live records on the server, as {table: {id: data}} like `Laptop.records`."""
    r = db.record
    out: dict[str, Any] = {name: {} for name in apply.synced_tables()}
    with server.db.engine.connect() as conn:
        query = sa.select(r.c.tabel, r.c.record_id, r.c.data).where(
            ~r.c.deleted, r.c.tabel != CONFLICT_TABLE
        )
        for tabel, record_id, data in conn.execute(query):
            out.setdefault(tabel, {})[record_id] = data
    return out


def server_conflicts(server: LiveServer) -> list[dict[str, Any]]:
    r = db.record
    with server.db.engine.connect() as conn:
        rows = conn.execute(
            sa.select(r.c.data).where(r.c.tabel == CONFLICT_TABLE).order_by(r.c.seq)
        )
        return [row[0] for row in rows]


class FaultyTransport(httpx.BaseTransport):
    """Loopback HTTP that can break the connection before or after the server has answered.

    `cut_after[path] = n`: the next n requests to `path` reach the server, but the answer is
    lost on the way back (the laptop sees a broken connection).
    `abandon[path] = (n, seconds)`: the next n requests to `path` are sent, but the laptop
    gives up after `seconds`, whether or not the server has answered; the server may still be
    working on it while the laptop goes on. `settle()` waits for those requests to end.
    """

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.spare = httpx.HTTPTransport()
        self.cut_after: dict[str, int] = {}
        self.abandon: dict[str, tuple[int, float]] = {}
        self.requests: list[tuple[str, bytes]] = []
        self.pending: list[threading.Thread] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append((path, request.read()))
        count, wait = self.abandon.get(path, (0, 0.0))
        if count > 0:
            self.abandon[path] = (count - 1, wait)
            self._give_up(request, wait)
        response = self.inner.handle_request(request)
        if self.cut_after.get(path, 0) > 0:
            self.cut_after[path] -= 1
            response.read()
            response.close()
            raise httpx.ReadError("verbinding verbroken", request=request)
        return response

    def _give_up(self, request: httpx.Request, wait: float) -> None:
        def send() -> None:
            with contextlib.suppress(httpx.HTTPError):
                response = self.spare.handle_request(request)
                response.read()
                response.close()

        thread = threading.Thread(target=send, daemon=True)
        thread.start()
        self.pending.append(thread)
        thread.join(wait)
        raise httpx.ReadTimeout("geen antwoord", request=request)

    def settle(self) -> None:
        for thread in self.pending:
            thread.join(60)
        self.pending.clear()

    def close(self) -> None:
        self.settle()
        self.inner.close()
        self.spare.close()
