"""Deciding conflicts end to end: two laptops and a real server on loopback (SQLite, PostgreSQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from samenleren_desktop.model.entities import (
    AfsprakenkaartItem,
    Gezin,
    Kind,
    Ouder,
    OutboxChange,
    Traject,
)
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.audit import verify_chain
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply, conflicts
from samenleren_desktop.sync.client import TOKEN_NAME, SyncClient
from samenleren_desktop.sync.protocol import CONFLICT_TABLE, Change
from samenleren_server import db
from tests.server.live import LiveServer
from tests.sync.laptops import FaultyTransport, Laptop, server_conflicts, server_records


@pytest.fixture
def pair(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """A begeleider and a coordinator of one organisation, both enrolled."""
    server.user("Stichting Noord", "begeleider", "sanne")
    server.user("Stichting Noord", "coordinator", "karim")
    a, b = Laptop(tmp_path / "a", "sanne"), Laptop(tmp_path / "b", "karim")
    try:
        a.enrol(server)
        b.enrol(server)
        yield a, b
    finally:
        a.close()
        b.close()


def _gezin(laptop: Laptop) -> Gezin:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        return changes.create(Gezin(naam="Gezin Veldkamp", plaats="Gouda"))


def _edit(laptop: Laptop, cls: type, record_id: uuid.UUID, **values: object) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        record = changes.session.get(cls, record_id)
        assert record is not None
        changes.update(record, **values)


def _delete(laptop: Laptop, cls: type, record_id: uuid.UUID) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        record = changes.session.get(cls, record_id)
        assert record is not None
        changes.delete(record)


def _sync_all(*laptops: Laptop) -> None:
    for laptop in (*laptops, *laptops):  # twice round: everyone has seen everything
        assert laptop.service.sync().ok


def _field_conflict(a: Laptop, b: Laptop) -> Gezin:
    """Both laptops change `plaats`; b arrives later (Zwolle kept, Utrecht the other value)."""
    gezin = _gezin(a)
    _sync_all(a, b)
    _edit(a, Gezin, gezin.id, plaats="Utrecht")
    _edit(b, Gezin, gezin.id, plaats="Zwolle")
    a.service.sync()
    assert b.service.sync().conflicts == 1
    a.service.sync()
    return gezin


def test_the_conflict_is_listed_in_plain_words(pair: tuple[Laptop, Laptop]) -> None:
    a, b = pair
    _field_conflict(a, b)
    (view,) = conflicts.open_conflicts(a.workspace)
    assert (view.gezin, view.gegeven, view.veld) == ("Gezin Veldkamp", "Gezinsgegevens", "Plaats")
    assert (view.bewaard, view.anders) == ("Zwolle", "Utrecht")
    assert view.door == "karim"
    assert view.kan_anders
    assert "twee plaatsen" in view.uitleg
    assert conflicts.count_open(a.workspace) == conflicts.count_open(b.workspace) == 1


def test_choosing_the_other_value_reaches_both_laptops(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _field_conflict(a, b)
    (view,) = conflicts.open_conflicts(a.workspace)
    conflicts.resolve(a.workspace, a.actor, view.id, keep="anders")
    assert a.records()["gezin"][str(gezin.id)]["plaats"] == "Utrecht"  # at once, locally
    assert conflicts.open_conflicts(a.workspace) == []
    assert apply.outbox_size(a.workspace) == 2  # the edit and the decision
    _sync_all(a, b)
    for laptop in (a, b):
        assert laptop.records()["gezin"][str(gezin.id)]["plaats"] == "Utrecht"
        assert conflicts.open_conflicts(laptop.workspace) == []
        assert laptop.service.status().open_conflicts == 0
    assert a.records() == b.records() == server_records(server)
    (stored,) = server_conflicts(server)
    assert (stored["status"], stored["keuze"], stored["opgelost_door"]) == (
        "opgelost",
        "anders",
        "sanne",
    )
    assert (stored["bewaard"], stored["anders"]) == ("Zwolle", "Utrecht")  # both values kept


def test_keeping_the_value_closes_the_conflict_everywhere(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _field_conflict(a, b)
    (view,) = conflicts.open_conflicts(b.workspace)
    conflicts.resolve(b.workspace, b.actor, view.id, keep="bewaard")
    assert apply.outbox_size(b.workspace) == 1  # only the decision
    chain = verify_chain(b.workspace)  # the decision's audit entry is chained at once
    assert chain.ok
    assert chain.pending == 0
    _sync_all(b, a)
    for laptop in (a, b):
        assert laptop.records()["gezin"][str(gezin.id)]["plaats"] == "Zwolle"
        assert conflicts.open_conflicts(laptop.workspace) == []
    assert server_conflicts(server)[0]["keuze"] == "bewaard"
    with pytest.raises(SamenLerenError, match="al beslist"):
        conflicts.resolve(a.workspace, a.actor, view.id, keep="anders")


def test_the_first_decision_stands_when_both_decide_offline(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    _field_conflict(a, b)
    (view,) = conflicts.open_conflicts(a.workspace)
    conflicts.resolve(a.workspace, a.actor, view.id, keep="bewaard")
    conflicts.resolve(b.workspace, b.actor, view.id, keep="bewaard")
    _sync_all(a, b)
    (stored,) = server_conflicts(server)
    assert stored["opgelost_door"] == "sanne"
    assert a.records() == b.records() == server_records(server)


def test_a_deleted_record_is_restored_with_the_edit(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    with record_changes(a.workspace, a.actor) as changes:
        traject = changes.create(Traject(gezin_id=gezin.id, aanmeld_datum=date(2026, 9, 1)))
        item = changes.create(
            AfsprakenkaartItem(gezin_id=gezin.id, traject_id=traject.id, tekst="Samen lezen")
        )
    _sync_all(a, b)
    _delete(b, AfsprakenkaartItem, item.id)
    _edit(a, AfsprakenkaartItem, item.id, wanneer="Elke avond")
    b.service.sync()
    assert a.service.sync().conflicts == 1
    assert str(item.id) not in a.records()["afsprakenkaart_item"]
    (view,) = conflicts.open_conflicts(a.workspace)
    assert view.soort == "edit_on_deleted"
    assert view.bewaard == conflicts.DELETED
    assert view.anders == "Wanneer: Elke avond"
    conflicts.resolve(a.workspace, a.actor, view.id, keep="anders")
    _sync_all(a, b)
    for laptop in (a, b):
        row = laptop.records()["afsprakenkaart_item"][str(item.id)]
        assert (row["tekst"], row["wanneer"]) == ("Samen lezen", "Elke avond")
        assert conflicts.open_conflicts(laptop.workspace) == []
    assert a.records() == b.records() == server_records(server)


def test_accepting_the_delete_keeps_it_deleted(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    with record_changes(a.workspace, a.actor) as changes:
        kind = changes.create(Kind(gezin_id=gezin.id, voornaam="Sara", groep=2))
    _sync_all(a, b)
    _delete(a, Kind, kind.id)
    _edit(b, Kind, kind.id, groep=3)
    a.service.sync()
    b.service.sync()
    (view,) = conflicts.open_conflicts(b.workspace)
    assert (view.soort, view.gegeven, view.anders) == ("edit_on_deleted", "Kind", "Groep: 3")
    conflicts.resolve(b.workspace, b.actor, view.id, keep="bewaard")
    _sync_all(a, b)
    for laptop in (a, b):
        assert str(kind.id) not in laptop.records()["kind"]
        assert conflicts.open_conflicts(laptop.workspace) == []
    assert a.records() == b.records() == server_records(server)


def test_restoring_brings_back_what_was_deleted_with_the_family(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    with record_changes(a.workspace, a.actor) as changes:
        ouder = changes.create(Ouder(gezin_id=gezin.id, voornaam="Anna"))
        sara = changes.create(Kind(gezin_id=gezin.id, voornaam="Sara", groep=2))
        tim = changes.create(Kind(gezin_id=gezin.id, voornaam="Tim", groep=1))
    _sync_all(a, b)
    _delete(b, Kind, tim.id)  # deleted on its own, earlier: stays deleted
    b.service.sync()
    _delete(b, Gezin, gezin.id)  # takes the parent and Sara with it
    b.service.sync()
    _edit(a, Ouder, ouder.id, telefoon="06-12345678")
    assert a.service.sync().conflicts == 1
    assert str(gezin.id) not in a.records()["gezin"]
    (view,) = conflicts.open_conflicts(a.workspace)
    conflicts.resolve(a.workspace, a.actor, view.id, keep="anders")
    _sync_all(a, b)
    for laptop in (a, b):
        records = laptop.records()
        assert str(gezin.id) in records["gezin"]
        assert records["ouder"][str(ouder.id)]["telefoon"] == "06-12345678"
        assert str(sara.id) in records["kind"]
        assert str(tim.id) not in records["kind"]
    assert a.records() == b.records() == server_records(server)


def test_a_decision_pushed_twice_is_stored_once(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    _field_conflict(a, b)
    (view,) = conflicts.open_conflicts(a.workspace)
    conflicts.resolve(a.workspace, a.actor, view.id, keep="anders")
    faults = FaultyTransport()
    a.service.transport = faults
    faults.cut_after["/sync/v1/push"] = 1
    assert a.service.sync().offline
    assert a.service.sync().ok
    _sync_all(a, b)
    assert conflicts.open_conflicts(b.workspace) == []
    with server.db.engine.connect() as conn:
        log = db.change_log
        logged = conn.execute(
            sa.select(sa.func.count())
            .select_from(log)
            .where(log.c.op == "resolve", log.c.record_id == str(view.id))
        ).scalar_one()
    assert logged == 1
    faults.close()


def test_a_pull_does_not_reopen_a_decision_not_yet_pushed(pair: tuple[Laptop, Laptop]) -> None:
    a, b = pair
    _field_conflict(a, b)
    (view,) = conflicts.open_conflicts(a.workspace)
    conflicts.resolve(a.workspace, a.actor, view.id, keep="bewaard")
    _pull_from_zero(a)
    assert conflicts.open_conflicts(a.workspace) == []
    assert apply.outbox_size(a.workspace) == 1


def _pull_from_zero(laptop: Laptop) -> None:
    """Pull the whole stream again (the open conflict comes along) without pushing first."""
    client = SyncClient(
        apply.load_state(laptop.workspace).server_url,
        laptop.service.credentials.get(TOKEN_NAME),
    )
    try:
        page = client.pull(0, 1000)
    finally:
        client.close()
    assert any(r.table == CONFLICT_TABLE and r.data["status"] == "open" for r in page.records)
    apply.apply_page(laptop.workspace, page)


def test_the_server_refuses_what_is_not_a_decision(
    server: LiveServer, pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = pair
    _field_conflict(a, b)
    (view,) = conflicts.open_conflicts(a.workspace)
    server.user("Stichting Noord", "begeleider", "piet")
    piet = Laptop(tmp_path / "c", "piet")
    try:
        piet.enrol(server)
        client = SyncClient(server.url, piet.service.credentials.get(TOKEN_NAME))
        bad = {
            "geen toegang": {"status": "opgelost", "keuze": "bewaard"},
            "Ongeldige beslissing": {"status": "open"},
            "alleen een beslissing": {"status": "opgelost", "bewaard": "x"},
        }
        changes = [
            Change(
                change_id=str(uuid.uuid4()),
                table=CONFLICT_TABLE,
                record_id=str(view.id),
                op="update",
                fields=fields,
            )
            for fields in bad.values()
        ]
        results = client.push(changes).results
        client.close()
    finally:
        piet.close()
    for expected, result in zip(bad, results, strict=True):
        assert result.status == "rejected"
        assert expected in result.reason
    assert server_conflicts(server)[0]["status"] == "open"


def test_a_refused_change_is_only_acknowledged_here(pair: tuple[Laptop, Laptop]) -> None:
    a, _b = pair
    with record_changes(a.workspace, a.actor) as changes:
        gezin = changes.create(Gezin(naam="Gezin Bakker"))
    with a.workspace.transaction() as session:  # a change the server will refuse
        session.add(
            OutboxChange(
                tx_group=uuid.uuid4(),
                tabel="gezin",
                record_id=gezin.id,
                gezin_id=gezin.id,
                op="update",
                velden={"bestaat_niet": 1},
            )
        )
    assert a.service.sync().conflicts == 1
    (view,) = conflicts.open_conflicts(a.workspace)
    assert (view.soort, view.kan_anders) == ("rejected", False)
    assert "een gegeven dat het programma niet kent" in view.bewaard
    assert "bestaat_niet" not in view.bewaard  # a coach reads no column name
    with pytest.raises(SamenLerenError):
        conflicts.resolve(a.workspace, a.actor, view.id, keep="anders")
    conflicts.resolve(a.workspace, a.actor, view.id)
    assert conflicts.open_conflicts(a.workspace) == []
    assert apply.outbox_size(a.workspace) == 0  # the server never knew it: nothing to send
