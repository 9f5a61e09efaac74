"""The server refuses a record no laptop could store, and references across families (#5)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from samenleren_desktop.model.entities import Gezin, Kind, School, Traject
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync.client import SyncClient
from samenleren_desktop.sync.protocol import Change, ChangeResult
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop, coach_and_coordinator, server_records


@pytest.fixture
def team(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) with two families and a traject each, synced; karim coordinates."""
    with coach_and_coordinator(server, tmp_path) as (sanne, karim):
        with record_changes(sanne.workspace, sanne.actor) as changes:
            for naam in ("Gezin Bakker", "Gezin de Vries"):
                gezin = changes.create(Gezin(naam=naam))
                changes.create(Traject(gezin_id=gezin.id, aanmeld_datum=date(2026, 9, 1)))
            changes.create(School(naam="Basisschool De Linde"))
        assert sanne.service.sync().ok
        assert karim.service.sync().ok
        yield sanne, karim


def _push(laptop: Laptop, server: LiveServer, change: Change) -> ChangeResult:
    client = SyncClient(server.url, laptop.service.credentials.get("sync-token"))
    try:
        (result,) = client.push([change]).results
    finally:
        client.close()
    return result


def _create(table: str, gezin_id: str | None, **fields: object) -> Change:
    return Change(
        change_id=str(uuid.uuid4()),
        table=table,
        record_id=str(uuid.uuid4()),
        gezin_id=gezin_id,
        op="create",
        fields={"gezin_id": gezin_id, **fields} if gezin_id else fields,
    )


def _ids(laptop: Laptop) -> tuple[dict[str, str], dict[str, str]]:
    """(family name -> id, family id -> its traject id)."""
    records = laptop.records()
    families = {v["naam"]: k for k, v in records["gezin"].items()}
    trajecten = {v["gezin_id"]: k for k, v in records["traject"].items()}
    return families, trajecten


def _is_plain(reason: str) -> bool:
    """No column name (`aanmeld_datum`, `traject_id`, `groep`) in what a coach reads."""
    return "_" not in reason and not any(
        column in reason for column in ("groep", "overgeslagen", "traject", "school")
    )


def test_a_create_without_a_required_column_is_refused_and_others_still_pull(
    server: LiveServer, team: tuple[Laptop, Laptop], caplog: pytest.LogCaptureFixture
) -> None:
    sanne, karim = team
    families, _ = _ids(sanne)
    bakker = families["Gezin Bakker"]
    no_groep = _create("kind", bakker, voornaam="Noor")
    with caplog.at_level(logging.WARNING, logger="samenleren_server.integrity"):
        result = _push(sanne, server, no_groep)
    assert result.status == "rejected"
    assert result.reason.startswith("Deze wijziging mist gegevens die nodig zijn (Groep).")
    assert _is_plain(result.reason)
    assert "missing required columns groep" in caplog.text  # the detail is for the server log
    assert no_groep.record_id not in server_records(server)["kind"]
    missing_two = _create("traject", bakker)
    reason = _push(sanne, server, missing_two).reason
    assert "(Datum van aanmelding en andere gegevens)" in reason  # `overgeslagen` has no label
    assert _is_plain(reason)
    nameless = _create("activiteit_keuze", bakker, traject_id=_ids(sanne)[1][bakker])
    reason = _push(sanne, server, nameless).reason
    assert reason.startswith("Deze wijziging mist gegevens die nodig zijn. Ze is niet bewaard")
    # A complete create is taken, and every laptop still pulls.
    complete = _create("kind", bakker, voornaam="Noor", groep=2)
    assert _push(sanne, server, complete).status == "applied"
    pulled = karim.service.sync()
    assert pulled.ok, pulled.message
    assert karim.records()["kind"][complete.record_id]["groep"] == 2
    assert no_groep.record_id not in karim.records()["kind"]
    assert sanne.service.sync().ok


def test_a_reference_must_be_of_the_same_family_and_known(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    families, trajecten = _ids(sanne)
    bakker, vries = families["Gezin Bakker"], families["Gezin de Vries"]
    contact = {"soort": "intake", "datum": "2026-09-08", "doelen": []}
    crossed = _create("contactmoment", bakker, traject_id=trajecten[vries], **contact)
    result = _push(sanne, server, crossed)
    assert result.status == "rejected"
    assert result.reason.startswith(
        "Deze wijziging verwijst naar een gegeven van een ander gezin (Traject)."
    )
    assert _is_plain(result.reason)
    unknown = _create("contactmoment", bakker, traject_id=str(uuid.uuid4()), **contact)
    reason = _push(sanne, server, unknown).reason
    assert reason.startswith("De server kent het gegeven niet waar deze wijziging naar verwijst")
    own = _create("contactmoment", bakker, traject_id=trajecten[bakker], **contact)
    assert _push(sanne, server, own).status == "applied"
    # An update may not move a reference to another family's record either.
    moved = Change(
        change_id=str(uuid.uuid4()),
        table="contactmoment",
        record_id=own.record_id,
        gezin_id=bakker,
        op="update",
        base_version=1,
        fields={"traject_id": trajecten[vries]},
    )
    assert _push(karim, server, moved).status == "rejected"
    stored = server_records(server)["contactmoment"]
    assert set(stored) == {own.record_id}
    assert stored[own.record_id]["traject_id"] == trajecten[bakker]


def test_a_reference_to_another_organisations_record_is_refused(
    server: LiveServer, team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    sanne, _karim = team
    server.user("Zuid", "begeleider", "lotte")
    lotte = Laptop(tmp_path / "lotte", "lotte")
    try:
        lotte.enrol(server)
        with record_changes(lotte.workspace, lotte.actor) as changes:
            gezin = changes.create(Gezin(naam="Gezin Smit"))
        assert lotte.service.sync().ok
        (school,) = sanne.records()["school"]
        child = _create("kind", str(gezin.id), voornaam="Sem", groep=1, school_id=school)
        result = _push(lotte, server, child)
        assert result.status == "rejected"
        assert "(School)" in result.reason
        assert _is_plain(result.reason)
        with record_changes(lotte.workspace, lotte.actor) as changes:
            own_school = changes.create(School(naam="Basisschool Het Anker"))
            changes.create(
                Kind(gezin_id=gezin.id, voornaam="Sem", groep=1, school_id=own_school.id)
            )
        synced = lotte.service.sync()
        assert synced.ok
        assert synced.conflicts == 0  # the laptop's own references are all fine
    finally:
        lotte.close()


def test_a_value_no_laptop_can_store_is_refused_in_plain_words(
    server: LiveServer, team: tuple[Laptop, Laptop], caplog: pytest.LogCaptureFixture
) -> None:
    sanne, _karim = team
    bakker = _ids(sanne)[0]["Gezin Bakker"]
    expected = {
        "(Groep)": _create("kind", bakker, voornaam="Noor", groep="twee"),
        "(Traject)": _create("contactmoment", bakker, traject_id="geen-id", datum="2026-09-08"),
        "(Naam)": _create("gezin", None, naam=None),
        "programma niet kent.": _create("kind", bakker, voornaam="Noor", groep=1, overgeslagen=1),
    }
    with caplog.at_level(logging.WARNING, logger="samenleren_desktop.sync.values"):
        reasons = {word: _push(sanne, server, change).reason for word, change in expected.items()}
    for word, reason in reasons.items():
        assert word in reason, reason
        assert reason.endswith(
            "Ze is niet bewaard; werk het programma bij of meld dit bij de beheerder."
        )
        assert _is_plain(reason), reason
    # The column is named in the server log, the value never.
    assert "kind.'groep': wrong type or out of range" in caplog.text
    assert "contactmoment.'traject_id': does not convert" in caplog.text
    assert "twee" not in caplog.text
    assert "geen-id" not in caplog.text
    assert all(c.record_id not in server_records(server)[c.table] for c in expected.values())
