"""Who sees what: coaches, coordinators, other organisations, revoked laptops, old programs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import SyncClient, SyncError, check_server_url
from samenleren_desktop.sync.protocol import Change, ChangeResult
from samenleren_server import access, accounts, db, stream
from tests.server.live import PASSWORD, LiveServer
from tests.sync.laptops import Laptop, server_records


@pytest.fixture
def world(server: LiveServer, tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    """sanne and ahmed coach for Noord, karim coordinates Noord, olga coordinates Zuid."""
    for org, role, name in (
        ("Noord", "begeleider", "sanne"),
        ("Noord", "begeleider", "ahmed"),
        ("Noord", "coordinator", "karim"),
        ("Zuid", "coordinator", "olga"),
    ):
        server.user(org, role, name)
    laptops = {n: Laptop(tmp_path / n, n) for n in ("sanne", "ahmed", "karim", "olga")}
    try:
        for laptop in laptops.values():
            laptop.enrol(server)
        with record_changes(laptops["sanne"].workspace, laptops["sanne"].actor) as changes:
            changes.create(Gezin(naam="Gezin Bakker", plaats="Assen"))
        assert laptops["sanne"].service.sync().ok
        yield laptops
    finally:
        for laptop in laptops.values():
            laptop.close()


def _gezin_id(laptop: Laptop) -> str:
    (gezin_id,) = laptop.records()["gezin"]
    return str(gezin_id)


def _token(laptop: Laptop) -> str:
    token = laptop.service.credentials.get("sync-token")
    assert token is not None
    return token


def test_each_sees_only_their_families(server: LiveServer, world: dict[str, Laptop]) -> None:
    for laptop in world.values():
        assert laptop.service.sync().ok
    gezin_id = _gezin_id(world["sanne"])
    assert gezin_id in world["karim"].records()["gezin"]  # coordinator of Noord
    assert world["ahmed"].records()["gezin"] == {}  # not assigned
    assert world["olga"].records()["gezin"] == {}  # another organisation
    assert server_records(server)["gezin"].keys() == {gezin_id}


def test_nobody_writes_a_family_that_is_not_theirs(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    gezin_id = _gezin_id(world["sanne"])
    for name, reason in (("ahmed", "geen toegang"), ("olga", "andere organisatie")):
        laptop = world[name]
        client = SyncClient(server.url, _token(laptop))
        try:
            change = Change(
                change_id=f"{name}-1",
                table="gezin",
                record_id=gezin_id,
                op="update",
                fields={"plaats": "Hackdorp"},
            )
            (result,) = client.push([change]).results
            assert result.status == "rejected"
            assert reason in result.reason
            assert client.pull(0, 100).records == []
        finally:
            client.close()
    assert server_records(server)["gezin"][gezin_id]["plaats"] == "Assen"


def test_an_assigned_family_arrives_with_its_history(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    ahmed = world["ahmed"]
    assert ahmed.service.sync().ok
    gezin_id = _gezin_id(world["sanne"])
    with server.db.engine.connect() as conn:
        user_id = accounts.user_id_of(conn, "ahmed")
    stream.assign(server.db, user_id, gezin_id)
    assert ahmed.service.sync().ok
    assert ahmed.records()["gezin"][gezin_id]["naam"] == "Gezin Bakker"


def test_a_revoked_laptop_gets_401_and_keeps_its_data(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    sanne = world["sanne"]
    gezin_id = _gezin_id(sanne)
    with record_changes(sanne.workspace, sanne.actor) as changes:
        gezin = changes.session.get(Gezin, uuid.UUID(gezin_id))
        assert gezin is not None
        changes.update(gezin, notities="Nog niet verstuurd.")
    before = sanne.records()
    accounts.revoke_device(server.db, apply.load_state(sanne.workspace).device_id)
    result = sanne.service.sync()
    assert result.access_revoked
    assert not result.ok
    assert "geen toegang" in result.message
    assert sanne.records() == before
    assert apply.outbox_size(sanne.workspace) == 1


def test_a_too_old_program_is_told_to_update_and_keeps_its_changes(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    sanne = world["sanne"]
    with record_changes(sanne.workspace, sanne.actor) as changes:
        changes.create(Gezin(naam="Gezin de Vries"))
    for protocol in (0, 1):  # protocol 1 would keep families whose assignment ended
        sanne.service.protocol = protocol
        result = sanne.service.sync()
        assert result.update_required, protocol
        assert "werk het programma bij" in result.message
        assert apply.outbox_size(sanne.workspace) == 1


def test_plain_http_only_to_this_computer() -> None:
    assert check_server_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_server_url("http://localhost:1") == "http://localhost:1"
    assert check_server_url("https://sync.example.org") == "https://sync.example.org"
    with pytest.raises(SyncError, match="alleen met deze computer zelf"):
        check_server_url("http://sync.example.org")
    with pytest.raises(SyncError, match="geen geldig serveradres"):
        check_server_url("ftp://sync.example.org")


def test_a_wrong_password_is_refused(server: LiveServer, tmp_path: Path) -> None:
    server.user("Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "x", "sanne")
    try:
        with pytest.raises(SyncError, match="klopt niet"):
            laptop.service.enrol(server.url, "sanne", PASSWORD + "x")
        assert not laptop.service.is_enrolled()
    finally:
        laptop.close()


def test_the_same_change_twice_in_one_batch_is_applied_once(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    karim = world["karim"]
    gezin_id = _gezin_id(world["sanne"])
    client = SyncClient(server.url, _token(karim))
    try:
        change = Change(
            change_id=str(uuid.uuid4()),
            table="gezin",
            record_id=gezin_id,
            op="update",
            base_version=1,
            fields={"plaats": "Emmen"},
        )
        first, second = client.push([change, change]).results
        assert first.status == "applied"
        assert second.replayed
        assert second.version == first.version == 2
    finally:
        client.close()


def test_bad_values_are_refused_with_a_reason(server: LiveServer, world: dict[str, Laptop]) -> None:
    client = SyncClient(server.url, _token(world["karim"]))
    gezin_id = _gezin_id(world["sanne"])
    try:
        changes = [
            Change(
                change_id="c1",
                table="kind",
                record_id=str(uuid.uuid4()),
                gezin_id=gezin_id,
                op="create",
                fields={"voornaam": "Noor", "geboortedatum": "30-02-2020"},
            ),
            Change(
                change_id="c2",
                table="gezin",
                record_id=gezin_id,
                op="update",
                fields={"bestaat_niet": 1},
            ),
            Change(change_id="c3", table="audit_entry", record_id=str(uuid.uuid4()), op="create"),
            Change(change_id="c4", table="gezin", record_id="abc", op="create"),
            # Values no laptop could store would stop every pull after them.
            Change(
                change_id="c5",
                table="gezin",
                record_id=gezin_id,
                op="update",
                fields={"naam": None},
            ),
            Change(
                change_id="c6",
                table="kind",
                record_id=str(uuid.uuid4()),
                gezin_id=gezin_id,
                op="create",
                fields={"voornaam": "Noor", "groep": 10**30},
            ),
            Change(
                change_id="c7",
                table="gezin",
                record_id=gezin_id,
                op="update",
                fields={"plaats": ["Assen"]},
            ),
        ]
        reasons = [r.reason.split(". Ze is niet bewaard")[0] for r in client.push(changes).results]
        assert reasons == [
            "Deze wijziging bevat een waarde die niet klopt (Geboortedatum)",
            "Deze wijziging bevat een gegeven dat het programma niet kent",
            "Deze wijziging gaat over een soort gegeven dat de server niet kent",
            "Een id is geen geldige UUID.",
            "Deze wijziging laat een gegeven leeg dat nodig is (Naam)",
            "Deze wijziging bevat een waarde die niet klopt (Groep)",
            "Deze wijziging bevat een waarde die niet klopt (Plaats)",
        ]
    finally:
        client.close()


def _push(server: LiveServer, laptop: Laptop, *changes: Change) -> list[ChangeResult]:
    client = SyncClient(server.url, _token(laptop))
    try:
        return client.push(list(changes)).results
    finally:
        client.close()


def _kind(
    fields: dict[str, Any], record_id: str | None = None, gezin_id: str | None = None
) -> Change:
    """A create (no record_id) or update of a kind; `fields` may name a gezin_id of their own."""
    return Change(
        change_id=str(uuid.uuid4()),
        table="kind",
        record_id=record_id or str(uuid.uuid4()),
        gezin_id=gezin_id,
        op="update" if record_id else "create",
        fields=fields,
    )


def _new_family(server: LiveServer, laptop: Laptop) -> str:
    """A family made by this laptop's user (assigned to them); its id."""
    gezin_id = str(uuid.uuid4())
    change = Change(
        change_id=str(uuid.uuid4()),
        table="gezin",
        record_id=gezin_id,
        gezin_id=gezin_id,
        op="create",
        fields={"naam": f"Gezin van {laptop.username}"},
    )
    assert _push(server, laptop, change)[0].status == "applied"
    return gezin_id


def _stored_family(server: LiveServer, record_id: str) -> str | None:
    r = db.record
    with server.db.engine.connect() as conn:
        found = conn.execute(sa.select(r.c.gezin_id).where(r.c.record_id == record_id)).scalar()
        return None if found is None else str(found)


def _stored(server: LiveServer, record_id: str) -> bool:
    r = db.record
    with server.db.engine.connect() as conn:
        query = sa.select(sa.func.count()).where(r.c.record_id == record_id)
        return bool(conn.execute(query).scalar_one())


def test_a_family_named_only_in_the_fields_is_checked(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    """kind/create without a top-level gezin_id into someone else's family: refused."""
    gezin_id = _gezin_id(world["sanne"])
    for name, reason in (("ahmed", access.NO_ACCESS), ("olga", access.UNKNOWN_FAMILY)):
        change = _kind({"voornaam": "Indringer", "gezin_id": gezin_id})
        (result,) = _push(server, world[name], change)
        assert (result.status, result.reason) == ("rejected", reason), name
        assert not _stored(server, change.record_id)
    assert server_records(server)["kind"] == {}
    karim = world["karim"]  # the coordinator of Noord sees any family-less record
    assert karim.service.sync().ok
    assert karim.records()["kind"] == {}


def test_a_change_without_its_family_or_with_two_families_is_refused(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    sanne_gezin = _gezin_id(world["sanne"])
    ahmed_gezin = _new_family(server, world["ahmed"])
    school = Change(
        change_id=str(uuid.uuid4()),
        table="school",
        record_id=str(uuid.uuid4()),
        gezin_id=sanne_gezin,
        op="create",
        fields={"naam": "De Regenboog"},
    )
    changes = [
        _kind({"voornaam": "Noor"}),
        _kind({"voornaam": "Noor", "gezin_id": sanne_gezin}, gezin_id=ahmed_gezin),
        school,
    ]
    for name in ("ahmed", "karim"):  # a coordinator may write both families: still refused
        results = _push(server, world[name], *changes)
        assert [r.reason for r in results] == [
            access.NO_FAMILY,
            access.TWO_FAMILIES,
            access.NOT_A_FAMILY_TABLE,
        ], name
        assert {r.status for r in results} == {"rejected"}
        changes = [c.model_copy(update={"change_id": str(uuid.uuid4())}) for c in changes]
    assert server_records(server)["kind"] == {}
    assert server_records(server)["school"] == {}


def test_a_record_never_moves_to_another_family(
    server: LiveServer, world: dict[str, Laptop]
) -> None:
    sanne_gezin = _gezin_id(world["sanne"])
    other = _new_family(server, world["ahmed"])
    # sanne's own kind, its family named only in the fields: stored under that family.
    create = _kind({"voornaam": "Sara", "groep": 1, "gezin_id": sanne_gezin})
    assert _push(server, world["sanne"], create)[0].status == "applied"
    kind_id = create.record_id
    assert _stored_family(server, kind_id) == sanne_gezin
    for name, change, reason in (
        ("ahmed", _kind({"gezin_id": other}, kind_id), access.MOVED),
        ("ahmed", _kind({"voornaam": "Weg"}, kind_id, gezin_id=other), access.MOVED),
        ("ahmed", _kind({"voornaam": "Weg"}, kind_id), access.NO_ACCESS),
        ("sanne", _kind({"gezin_id": other}, kind_id, gezin_id=sanne_gezin), access.MOVED),
        ("karim", _kind({"gezin_id": other}, kind_id), access.MOVED),
        ("olga", _kind({"voornaam": "Weg", "gezin_id": sanne_gezin}, kind_id), access.OTHER_ORG),
    ):
        (result,) = _push(server, world[name], change)
        assert (result.status, result.reason) == ("rejected", reason), name
    assert _stored_family(server, kind_id) == sanne_gezin
    assert server_records(server)["kind"][kind_id]["voornaam"] == "Sara"
    # Naming the record's own family (or none) works for whoever may write it.
    edit = _kind({"voornaam": "Sara Lynn", "gezin_id": sanne_gezin}, kind_id)
    edit.base_version = 1
    assert _push(server, world["karim"], edit)[0].status == "applied"
    assert server_records(server)["kind"][kind_id]["voornaam"] == "Sara Lynn"
    assert world["ahmed"].service.sync().ok
    assert kind_id not in world["ahmed"].records()["kind"]
    assert world["sanne"].service.sync().ok
    assert world["sanne"].records()["kind"][kind_id]["voornaam"] == "Sara Lynn"
