"""Two laptops and a server on loopback: field merge, conflicts, tombstones, replay."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import SyncProgress
from samenleren_server import db
from tests.server.live import LiveServer
from tests.sync.laptops import FaultyTransport, Laptop, server_conflicts, server_records


@pytest.fixture
def pair(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """Two coaches of one organisation (a begeleider and a coordinator), both enrolled."""
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


def _gezin(laptop: Laptop, naam: str = "Gezin Veldkamp") -> Gezin:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        return changes.create(Gezin(naam=naam, plaats="Gouda"))


def _edit(laptop: Laptop, gezin_id: object, **values: object) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        gezin = changes.session.get(Gezin, gezin_id)
        assert gezin is not None
        changes.update(gezin, **values)


def test_a_new_family_reaches_the_coordinator(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    result = a.service.sync()
    assert result.ok
    assert result.pushed == 1
    assert apply.outbox_size(a.workspace) == 0
    assert b.service.sync().pulled >= 1
    assert b.records()["gezin"][str(gezin.id)]["naam"] == "Gezin Veldkamp"
    assert a.records() == b.records() == server_records(server)


def test_edits_to_different_fields_both_survive(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    a.service.sync()
    b.service.sync()
    _edit(a, gezin.id, plaats="Utrecht")  # both offline
    _edit(b, gezin.id, notities="Vader werkt in ploegendienst.")
    assert a.service.sync().conflicts == 0
    assert b.service.sync().conflicts == 0
    a.service.sync()
    for laptop in (a, b):
        row = laptop.records()["gezin"][str(gezin.id)]
        assert (row["plaats"], row["notities"]) == ("Utrecht", "Vader werkt in ploegendienst.")
    assert a.records() == b.records() == server_records(server)
    assert server_conflicts(server) == []


def test_same_field_conflict_keeps_both_values(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    a.service.sync()
    b.service.sync()
    _edit(a, gezin.id, plaats="Utrecht")
    _edit(b, gezin.id, plaats="Zwolle")
    a.service.sync()
    result = b.service.sync()  # arrives later: its value is kept, the other one recorded
    assert result.conflicts == 1
    a.service.sync()
    assert a.records() == b.records() == server_records(server)
    assert a.records()["gezin"][str(gezin.id)]["plaats"] == "Zwolle"
    status = a.service.status()
    assert (status.enrolled, status.waiting, status.open_conflicts) == (True, 0, 1)
    assert status.last_synced_at is not None
    (conflict,) = server_conflicts(server)
    assert (conflict["soort"], conflict["veld"]) == ("field", "plaats")
    assert (conflict["bewaard"], conflict["anders"]) == ("Zwolle", "Utrecht")
    for laptop in (a, b):  # both laptops hold the conflict, with both values
        (local,) = laptop.service.open_conflicts()
        assert (local.waarde_bewaard, local.waarde_anders) == ("Zwolle", "Utrecht")


def test_an_edit_against_a_deleted_record_is_a_conflict(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    a.service.sync()
    b.service.sync()
    with record_changes(b.workspace, b.actor) as changes:
        row = changes.session.get(Gezin, gezin.id)
        assert row is not None
        changes.delete(row)
    _edit(a, gezin.id, notities="Nieuw adres doorgeven.")
    b.service.sync()
    assert a.service.sync().conflicts == 1
    b.service.sync()
    assert a.records() == b.records() == server_records(server)
    assert str(gezin.id) not in a.records()["gezin"]
    (conflict,) = server_conflicts(server)
    assert conflict["soort"] == "edit_on_deleted"
    assert conflict["anders"] == {"notities": "Nieuw adres doorgeven."}


def test_a_replayed_push_is_applied_once(server: LiveServer, pair: tuple[Laptop, Laptop]) -> None:
    a, _b = pair
    faults = FaultyTransport()
    a.service.transport = faults
    gezin = _gezin(a)
    _edit(a, gezin.id, plaats="Utrecht")
    faults.cut_after["/sync/v1/push"] = 1
    result = a.service.sync()
    assert result.offline
    assert apply.outbox_size(a.workspace) == 2  # kept: no answer came
    result = a.service.sync()
    assert result.ok
    assert apply.outbox_size(a.workspace) == 0
    first, second = [body for path, body in faults.requests if path == "/sync/v1/push"]
    assert first == second  # the very same changes went twice
    with server.db.engine.connect() as conn:
        version, log = conn.execute(
            sa.select(db.record.c.version, sa.func.count(db.change_log.c.id))
            .join(db.change_log, db.change_log.c.record_id == db.record.c.record_id)
            .where(db.record.c.record_id == str(gezin.id))
            .group_by(db.record.c.version)
        ).one()
    assert (version, log) == (2, 2)  # create + update, each once
    assert a.records() == server_records(server)


def test_a_paged_pull_resumes_after_a_cut_connection(
    server: LiveServer, pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, _b = pair
    with a.workspace.transaction() as session:
        fill_demo(session, 3, seed=3, today=date(2026, 11, 2))
    assert a.service.sync().ok
    total = sum(len(rows) for rows in server_records(server).values())
    laptop = Laptop(tmp_path / "c", "karim", page_size=25)
    try:
        laptop.enrol(server)
        pulls: list[SyncProgress] = []
        first = laptop.service.sync(progress=pulls.append)
        assert first.ok
        assert first.pulled >= total
        assert len([p for p in pulls if p.phase == "pull"]) > 2  # really paged
        assert laptop.records() == server_records(server)
    finally:
        laptop.close()
    # Same again, but the connection breaks on the third page.
    cut = Laptop(tmp_path / "d", "karim", page_size=25)
    try:
        faults = FaultyTransport()
        cut.enrol(server, faults)
        assert apply.load_state(cut.workspace).cursor == 0
        original = faults.handle_request
        seen = {"n": 0}

        def third_page_lost(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/sync/v1/pull":
                seen["n"] += 1
                if seen["n"] == 3:
                    faults.cut_after["/sync/v1/pull"] = 1
            return original(request)

        faults.handle_request = third_page_lost  # type: ignore[method-assign]
        broken = cut.service.sync()
        assert broken.offline
        assert broken.pulled == 50
        resumed_from = apply.load_state(cut.workspace).cursor
        assert resumed_from > 0
        again = cut.service.sync()
        assert again.ok
        assert again.pulled < first.pulled  # resumed, not started over
        assert cut.records() == server_records(server)
    finally:
        cut.close()


def test_an_edit_made_during_a_pull_is_kept_and_pushed_next_time(
    server: LiveServer, pair: tuple[Laptop, Laptop]
) -> None:
    a, b = pair
    gezin = _gezin(a)
    a.service.sync()
    b.service.sync()
    _edit(b, gezin.id, plaats="Zwolle")
    b.service.sync()

    class EditWhilePulling(FaultyTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/sync/v1/pull" and not self.requests:
                _edit(a, gezin.id, plaats="Utrecht")  # the coach types while the sync runs
            return super().handle_request(request)

    transport = EditWhilePulling()
    a.service.transport = transport
    assert a.service.sync().ok
    assert a.records()["gezin"][str(gezin.id)]["plaats"] == "Utrecht"  # not overwritten
    assert apply.outbox_size(a.workspace) == 1
    assert a.service.sync().conflicts == 1  # Zwolle was not seen: both values kept
    b.service.sync()
    assert a.records() == b.records() == server_records(server)
    assert a.records()["gezin"][str(gezin.id)]["plaats"] == "Utrecht"
    (conflict,) = server_conflicts(server)
    assert (conflict["bewaard"], conflict["anders"]) == ("Utrecht", "Zwolle")
    transport.close()
