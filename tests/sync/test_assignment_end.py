"""When an assignment ends the laptop pushes what it holds of the family, then removes it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlmodel import select

from samenleren_desktop.model.entities import AuditEntry, Gezin, Kind
from samenleren_desktop.model.entities.sync import SyncRecordVersion
from samenleren_desktop.model.services.audit import verify_chain
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import KEPT_MESSAGE, SyncClient
from samenleren_desktop.sync.protocol import REVOKED_FAMILY, Change
from samenleren_server import accounts, db, stream
from tests.server.live import LiveServer
from tests.sync.laptops import FaultyTransport, Laptop, coach_and_coordinator, server_records


@pytest.fixture
def team(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) with two families, synced; karim coordinates."""
    with coach_and_coordinator(server, tmp_path) as (sanne, karim):
        with record_changes(sanne.workspace, sanne.actor) as changes:
            bakker = changes.create(Gezin(naam="Gezin Bakker", plaats="Assen"))
            changes.create(Kind(gezin_id=bakker.id, voornaam="Noor", groep=2))
            changes.create(Gezin(naam="Gezin de Vries"))
        assert sanne.service.sync().ok
        yield sanne, karim


def _family(laptop: Laptop, naam: str) -> str:
    (found,) = [k for k, v in laptop.records()["gezin"].items() if v["naam"] == naam]
    return str(found)


def _end(server: LiveServer, username: str, gezin_id: str, active: bool = False) -> None:
    with server.db.engine.connect() as conn:
        user_id = accounts.user_id_of(conn, username)
    stream.assign(server.db, user_id, gezin_id, active=active)


def _edit_and_add_child(laptop: Laptop, gezin_id: str) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        gezin = changes.session.get(Gezin, uuid.UUID(gezin_id))
        assert gezin is not None
        changes.update(gezin, notities="Laatste bezoek verslag.")
        changes.create(Kind(gezin_id=gezin.id, voornaam="Sem", groep=1))


def _of_family(laptop: Laptop, gezin_id: str) -> list[str]:
    """Every local record of the family (the family itself included)."""
    found = []
    for table, rows in laptop.records().items():
        for record_id, data in rows.items():
            if record_id == gezin_id or str(data.get("gezin_id")) == gezin_id:
                found.append(f"{table}:{record_id}")
    return found


def test_the_last_changes_are_pushed_then_the_family_is_removed(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    bakker, vries = _family(sanne, "Gezin Bakker"), _family(sanne, "Gezin de Vries")
    kinderen = list(sanne.records()["kind"])
    _edit_and_add_child(sanne, bakker)  # offline, before the laptop hears of the end
    _end(server, "sanne", bakker)
    faults = FaultyTransport()
    sanne.service.transport = faults
    faults.cut_after["/sync/v1/push"] = 1  # the first try of the push fails: nothing removed
    assert sanne.service.sync().offline
    assert len(_of_family(sanne, bakker)) == 3

    result = sanne.service.sync()
    assert result.ok, result
    assert result.removed_families == 1
    assert "toewijzing is beëindigd" in result.message
    assert _of_family(sanne, bakker) == []
    assert vries in sanne.records()["gezin"]  # the other family stays
    assert apply.outbox_size(sanne.workspace) == 0  # no deletes queued for the server
    on_server = server_records(server)
    assert on_server["gezin"][bakker]["notities"] == "Laatste bezoek verslag."
    assert len([k for k in on_server["kind"].values() if k["gezin_id"] == bakker]) == 2
    with sanne.workspace.session() as session:
        versions = {str(v.record_id) for v in session.exec(select(SyncRecordVersion))}
        purges = session.exec(select(AuditEntry).where(AuditEntry.actie == "purge")).all()
    assert bakker not in versions
    assert not versions & set(kinderen)
    assert [str(p.gezin_id) for p in purges] == [bakker]
    assert all(p.volgnummer is not None for p in purges)  # chained at once
    chain = verify_chain(sanne.workspace)
    assert chain.ok
    assert chain.pending == 0
    assert karim.service.sync().ok  # the coordinator still has everything
    assert karim.records()["gezin"][bakker]["notities"] == "Laatste bezoek verslag."
    again = sanne.service.sync()
    assert again.ok
    assert again.removed_families == 0
    faults.close()


def test_after_the_end_the_laptop_may_no_longer_write(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, _karim = team
    bakker = _family(sanne, "Gezin Bakker")
    _end(server, "sanne", bakker)
    token = sanne.service.credentials.get("sync-token")
    change = Change(
        change_id=str(uuid.uuid4()),
        table="gezin",
        record_id=bakker,
        op="update",
        base_version=1,
        fields={"plaats": "Emmen"},
    )
    client = SyncClient(server.url, token)
    try:
        # Not yet pulled: what the laptop holds is still taken.
        assert client.push([change]).results[0].status == "applied"
        assert sanne.service.sync().removed_families == 1
        late = change.model_copy(update={"change_id": str(uuid.uuid4())})
        (refused,) = client.push([late]).results
        assert refused.status == "rejected"
        assert "geen toegang" in refused.reason
    finally:
        client.close()


def test_a_family_with_changes_made_during_the_sync_stays_until_they_are_pushed(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, _karim = team
    bakker = _family(sanne, "Gezin Bakker")
    _end(server, "sanne", bakker)

    class EditWhilePulling(FaultyTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/sync/v1/pull" and not self.requests:
                _edit_and_add_child(sanne, bakker)  # the coach types while the sync runs
            return super().handle_request(request)

    transport = EditWhilePulling()
    sanne.service.transport = transport
    first = sanne.service.sync()
    assert first.ok
    assert first.removed_families == 0
    assert KEPT_MESSAGE in first.message
    assert len(_of_family(sanne, bakker)) == 3  # kept, with the new child
    second = sanne.service.sync()
    assert second.ok
    assert second.pushed == 2
    assert second.removed_families == 1
    assert _of_family(sanne, bakker) == []
    assert server_records(server)["gezin"][bakker]["notities"] == "Laatste bezoek verslag."
    transport.close()


def test_the_end_is_a_paged_stream_entry_and_a_new_assignment_brings_the_family_back(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    bakker = _family(sanne, "Gezin Bakker")
    before = sanne.records()
    cursor = apply.load_state(sanne.workspace).cursor
    _end(server, "sanne", bakker)
    _end(server, "sanne", bakker)  # ending twice sends one entry
    with server.db.engine.connect() as conn:
        a = db.assignment
        ended_seq = conn.execute(sa.select(a.c.ended_seq).where(a.c.gezin_id == bakker)).scalar()
    client = SyncClient(server.url, sanne.service.credentials.get("sync-token"))
    try:
        page = client.pull(cursor, 1)
        (entry,) = page.records
        assert (entry.table, entry.record_id, entry.seq) == (REVOKED_FAMILY, bakker, ended_seq)
        assert (page.cursor, page.has_more, page.remaining) == (ended_seq, False, 0)
        assert client.pull(ended_seq, 10).records == []
    finally:
        client.close()
    coordinator = SyncClient(server.url, karim.service.credentials.get("sync-token"))
    try:  # coordinators see the whole organisation: no ends for them
        assert all(r.table != REVOKED_FAMILY for r in coordinator.pull(0, 100).records)
    finally:
        coordinator.close()
    assert sanne.service.sync().removed_families == 1
    _end(server, "sanne", bakker, active=True)
    back = sanne.service.sync()
    assert back.ok
    assert back.removed_families == 0
    assert sanne.records() == before
