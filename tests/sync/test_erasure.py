"""Right of erasure (#8): a coordinator erases a family, and it leaves every laptop on its sync."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from samenleren_desktop.model.entities import AuditEntry, Gezin
from samenleren_desktop.model.entities.sync import SyncConflict, SyncRecordVersion
from samenleren_desktop.model.services.audit import verify_chain
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import SyncClient
from samenleren_desktop.sync.connection import Refused
from samenleren_desktop.sync.protocol import ERASED_FAMILY, ERASED_REASON, Change
from samenleren_server import db, erasure
from samenleren_server.cli import main as server_main
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop, server_records, team_with_two_families


@pytest.fixture
def team(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) with two families, synced; karim (coordinator) holds them too."""
    with team_with_two_families(server, tmp_path) as (sanne, karim):
        yield sanne, karim


def _family(laptop: Laptop, naam: str) -> str:
    (found,) = [k for k, v in laptop.records()["gezin"].items() if v["naam"] == naam]
    return str(found)


def _of_family(laptop: Laptop, gezin_id: str) -> list[str]:
    return [
        f"{table}:{record_id}"
        for table, rows in laptop.records().items()
        for record_id, data in rows.items()
        if record_id == gezin_id or str(data.get("gezin_id")) == gezin_id
    ]


def _set_plaats(laptop: Laptop, gezin_id: str, plaats: str) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        gezin = changes.session.get(Gezin, uuid.UUID(gezin_id))
        assert gezin is not None
        changes.update(gezin, plaats=plaats)


def _client(server: LiveServer, laptop: Laptop) -> SyncClient:
    return SyncClient(server.url, laptop.service.credentials.get("sync-token"))


def _server_rows_of(server: LiveServer, gezin_id: str) -> int:
    """Rows on the server that still name the family: records, history, receipts."""
    r, log, receipt = db.record, db.change_log, db.receipt
    mentions = f"%{gezin_id}%"
    queries = [
        sa.select(sa.func.count())
        .select_from(r)
        .where((r.c.gezin_id == gezin_id) | (r.c.record_id == gezin_id)),
        sa.select(sa.func.count())
        .select_from(log)
        .where(
            (log.c.record_id == gezin_id)
            | sa.cast(log.c.before, sa.Text).like(mentions)
            | sa.cast(log.c.after, sa.Text).like(mentions)
        ),
        sa.select(sa.func.count())
        .select_from(receipt)
        .where(sa.cast(receipt.c.result, sa.Text).like(mentions)),
    ]
    with server.db.engine.connect() as conn:
        return sum(int(conn.execute(query).scalar_one()) for query in queries)


def test_an_erased_family_disappears_from_a_second_laptop_after_its_next_sync(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    bakker, vries = _family(sanne, "Gezin Bakker"), _family(sanne, "Gezin de Vries")
    _set_plaats(sanne, bakker, "Zwolle")  # offline edits on sanne's laptop, of both families
    _set_plaats(sanne, vries, "Meppel")
    client = _client(server, karim)
    try:
        assert _server_rows_of(server, bakker) > 0
        done = client.erase(bakker)
    finally:
        client.close()
    assert (done.gezin_id, done.records) == (bakker, 3)
    assert _server_rows_of(server, bakker) == 0
    with server.db.engine.connect() as conn:
        note = conn.execute(sa.select(erasure.erased_family)).one()
    assert (note.gezin_id, note.erased_by, note.reason, note.seq) == (
        bakker,
        "karim",
        "verzoek",
        done.seq,
    )

    result = sanne.service.sync()  # the second laptop, with an unsynced edit of the family
    assert result.ok, result.message
    assert _of_family(sanne, bakker) == []
    assert result.removed_families == 1
    assert "1 gewist(e) gezin(nen) van deze laptop verwijderd" in result.message
    assert "1 wijziging(en) niet bewaard" in result.message
    assert result.conflicts == 0  # the dropped edit is no refusal for the coach to decide
    assert apply.outbox_size(sanne.workspace) == 0
    assert server_records(server)["gezin"][vries]["plaats"] == "Meppel"  # nothing else lost
    assert sanne.records()["gezin"][vries]["plaats"] == "Meppel"
    with sanne.workspace.session() as session:
        versions = {str(v.record_id) for v in session.exec(select(SyncRecordVersion))}
        conflicts = session.exec(select(SyncConflict)).all()
        erased = session.exec(select(AuditEntry).where(AuditEntry.actie == "erase")).all()
    assert bakker not in versions
    assert conflicts == []
    assert [str(e.gezin_id) for e in erased] == [bakker]
    assert verify_chain(sanne.workspace).ok

    assert karim.service.sync().ok  # the coordinator's laptop too
    assert _of_family(karim, bakker) == []
    assert vries in karim.records()["gezin"]
    assert _server_rows_of(server, bakker) == 0  # no push brought it back


def test_a_push_for_an_erased_family_is_refused_and_an_erasure_only_by_a_coordinator(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    bakker = _family(sanne, "Gezin Bakker")
    own = _client(server, sanne)
    coordinator = _client(server, karim)
    try:
        with pytest.raises(Refused) as refused:
            own.erase(bakker)
        assert "Alleen een coördinator of beheerder" in str(refused.value)
        assert _family(sanne, "Gezin Bakker") == bakker
        coordinator.erase(bakker)
        with pytest.raises(Refused, match="al gewist"):
            coordinator.erase(bakker)
        with pytest.raises(Refused, match="niet bekend"):
            coordinator.erase(str(uuid.uuid4()))
        late = Change(
            change_id=str(uuid.uuid4()),
            table="kind",
            record_id=str(uuid.uuid4()),
            gezin_id=bakker,
            op="create",
            fields={"gezin_id": bakker, "voornaam": "Sem", "groep": 1},
        )
        (answer,) = own.push([late]).results
        assert (answer.status, answer.reason) == ("rejected", ERASED_REASON)
        (again,) = coordinator.push(
            [late.model_copy(update={"change_id": str(uuid.uuid4())})]
        ).results
        assert again.status == "rejected"
        page = coordinator.pull(0, 1000)
        assert [(r.table, r.record_id) for r in page.records if r.table == ERASED_FAMILY] == [
            (ERASED_FAMILY, bakker)
        ]
        assert bakker not in {r.record_id for r in page.records if r.table == "gezin"}
    finally:
        own.close()
        coordinator.close()
    assert _server_rows_of(server, bakker) == 0


def test_the_administrator_erases_a_family_from_the_command_line(
    server: LiveServer, team: tuple[Laptop, Laptop], capsys: pytest.CaptureFixture[str]
) -> None:
    sanne, _karim = team
    bakker = _family(sanne, "Gezin Bakker")
    admin = ["admin", "--database", server.database_url, "erase-family"]
    assert server_main([*admin, "--org", "Zuid", "--gezin", bakker]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert server_main([*admin, "--org", "Noord", "--gezin", "Gezin Bakker"]) == 1
    assert "geen geldig id van een gezin" in capsys.readouterr().err
    assert server_main([*admin, "--org", "Noord", "--gezin", bakker]) == 0
    out = capsys.readouterr().out
    assert f"Gezin {bakker} is gewist: 3 gegevens" in out
    assert "volgende synchronisatie" in out
    assert "Bakker" not in out.replace(bakker, "")  # counts and the id only, no name
    assert _server_rows_of(server, bakker) == 0
    result = sanne.service.sync()
    assert result.ok
    assert _of_family(sanne, bakker) == []
    assert len(sanne.records()["gezin"]) == 1
