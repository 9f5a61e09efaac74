"""A coordinator erases a family from the program: the server, this laptop, then the others."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlmodel import select

from samenleren_desktop.model.entities import AuditEntry, Gezin
from samenleren_desktop.model.services.audit import verify_chain
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.erasure_client import EraseOutcome, erase_family, may_erase
from samenleren_server import erasure
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.server.live import LiveServer
from tests.sync.laptops import (
    FaultyTransport,
    Laptop,
    server_records,
    team_with_two_families,
)


@pytest.fixture
def team(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) with two families, synced; karim (coordinator) holds them too."""
    with team_with_two_families(server, tmp_path) as (sanne, karim):
        yield sanne, karim


class _NoNetwork(httpx.BaseTransport):
    """A laptop without a connection: every request fails before it leaves."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("geen netwerk", request=request)


def _family(laptop: Laptop, naam: str) -> uuid.UUID:
    (found,) = [k for k, v in laptop.records()["gezin"].items() if v["naam"] == naam]
    return uuid.UUID(str(found))


def _erase(laptop: Laptop, gezin_id: uuid.UUID, **kwargs: Any) -> EraseOutcome:
    return erase_family(laptop.workspace, gezin_id, laptop.service.credentials, **kwargs)


def _names(records: dict[str, Any]) -> set[str]:
    return {v["naam"] for v in records["gezin"].values()}


def _erasures(server: LiveServer) -> list[Any]:
    with server.db.engine.connect() as conn:
        return list(conn.execute(sa.select(erasure.erased_family)))


def test_a_coordinator_erases_a_family_here_at_once_and_on_the_other_laptop_at_its_sync(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    bakker = _family(karim, "Gezin Bakker")
    assert may_erase(karim.workspace)

    outcome = _erase(karim, bakker)

    assert outcome.done, outcome.message
    assert outcome.records == 3
    assert "Het gezin is gewist" in outcome.message
    assert "volgende synchronisatie" in outcome.message
    assert "Bakker" not in outcome.message  # no name in a sentence that may reach a log
    assert _names(server_records(server)) == {"Gezin de Vries"}
    assert [(e.gezin_id, e.erased_by) for e in _erasures(server)] == [(str(bakker), "karim")]
    assert _names(karim.records()) == {"Gezin de Vries"}  # gone here before any sync
    assert not any(str(k.get("gezin_id")) == str(bakker) for k in karim.records()["kind"].values())
    with karim.workspace.session() as session:
        erased = session.exec(select(AuditEntry).where(AuditEntry.actie == "erase")).all()
    assert [e.gezin_id for e in erased] == [bakker]
    assert verify_chain(karim.workspace).ok

    later = karim.service.sync()  # the erasure entry arrives and finds nothing left
    assert later.ok, later.message
    assert later.removed_families == 0
    assert _names(karim.records()) == {"Gezin de Vries"}

    result = sanne.service.sync()  # the begeleider's laptop
    assert result.ok, result.message
    assert result.removed_families == 1
    assert _names(sanne.records()) == {"Gezin de Vries"}
    assert _names(server_records(server)) == {"Gezin de Vries"}


def test_a_begeleider_is_refused_and_nothing_is_lost(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    bakker = _family(sanne, "Gezin Bakker")
    assert not may_erase(sanne.workspace)
    before_here, before_server = sanne.records(), server_records(server)

    outcome = _erase(sanne, bakker)

    assert (outcome.done, outcome.state) == (False, "refused")
    assert "Alleen een coördinator of beheerder kan een gezin wissen." in outcome.message
    assert "Er is niets gewist." in outcome.message
    assert sanne.records() == before_here
    assert server_records(server) == before_server
    assert _erasures(server) == []
    assert karim.service.sync().ok
    assert "Gezin Bakker" in _names(karim.records())


def test_an_unknown_family_is_refused_in_plain_words(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    _sanne, karim = team
    outcome = _erase(karim, uuid.uuid4())
    assert outcome.state == "refused"
    assert "al gewist of het hoort niet bij uw organisatie" in outcome.message
    assert _names(karim.records()) == {"Gezin Bakker", "Gezin de Vries"}


def test_offline_says_so_and_changes_nothing(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    _sanne, karim = team
    bakker = _family(karim, "Gezin Bakker")
    before_here, before_server = karim.records(), server_records(server)

    outcome = _erase(karim, bakker, transport=_NoNetwork())

    assert outcome.state == "offline"
    assert outcome.message.startswith("De server is niet bereikbaar.")
    assert "Er is niets gewist." in outcome.message
    assert karim.records() == before_here
    assert server_records(server) == before_server
    assert _erasures(server) == []


def test_a_lost_answer_says_it_may_be_erased_and_the_next_sync_settles_it(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    _sanne, karim = team
    bakker = _family(karim, "Gezin Bakker")
    transport = FaultyTransport()
    transport.cut_after["/sync/v1/erase"] = 1  # the server erases, its answer is lost
    try:
        outcome = _erase(karim, bakker, transport=transport)
    finally:
        transport.close()

    assert outcome.state == "offline"
    assert "Misschien is het gezin toch gewist" in outcome.message
    assert "Gezin Bakker" in _names(karim.records())  # not removed here on a guess
    assert _names(server_records(server)) == {"Gezin de Vries"}
    result = karim.service.sync()
    assert result.ok, result.message
    assert result.removed_families == 1
    assert _names(karim.records()) == {"Gezin de Vries"}


def test_a_laptop_without_a_server_cannot_erase(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "los", PASSPHRASE, FAST_KDF)
    try:
        with workspace.transaction() as session:
            gezin = Gezin(naam="Gezin Jansen", plaats="Hoorn")
            session.add(gezin)
        assert not may_erase(workspace)
        outcome = erase_family(workspace, gezin.id, WorkspaceCredentials(workspace))
        assert outcome.state == "not_enrolled"
        assert "niet gekoppeld aan een server" in outcome.message
        assert len(apply.local_records(workspace)["gezin"]) == 1
    finally:
        workspace.close()
