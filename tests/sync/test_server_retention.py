"""Server retention (#8): families are erased the organisation's years after their traject."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from samenleren_desktop.model.entities import Contactmoment, Gezin, Traject
from samenleren_desktop.model.services.changes import record_changes
from samenleren_server import erasure, retention
from samenleren_server.cli import main as server_main
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop, server_records

FAMILIES = {
    # name: [(aanmeld_datum, status, eind_datum, contact dates (held, cancelled))]
    "Gezin Bakker": [(date(2018, 9, 3), "afgesloten", date(2019, 6, 28), ())],
    "Gezin Smit": [(date(2018, 1, 10), "afgebroken", None, (date(2018, 2, 1), date(2026, 1, 5)))],
    "Gezin de Vries": [
        (date(2017, 9, 4), "afgesloten", date(2018, 6, 29), ()),
        (date(2026, 9, 1), "aangemeld", None, ()),
    ],
    "Gezin Visser": [(date(2022, 9, 5), "afgesloten", date(2023, 6, 30), ())],
    "Gezin Jansen": [],
}


@pytest.fixture
def sanne(server: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    """A begeleider whose laptop keeps everything (no laptop retention in these tests)."""
    server.user("Noord", "begeleider", "sanne")
    server.user("Zuid", "begeleider", "lotte")
    laptop = Laptop(tmp_path / "sanne", "sanne", retention_days=36500)
    try:
        laptop.enrol(server)
        with record_changes(laptop.workspace, laptop.actor) as changes:
            for naam, trajecten in FAMILIES.items():
                gezin = changes.create(Gezin(naam=naam))
                for begin, status, eind, contacts in trajecten:
                    traject = changes.create(
                        Traject(
                            gezin_id=gezin.id, aanmeld_datum=begin, status=status, eind_datum=eind
                        )
                    )
                    for day, contact_status in zip(
                        contacts, ("gehouden", "geannuleerd"), strict=False
                    ):
                        changes.create(
                            Contactmoment(
                                gezin_id=gezin.id,
                                traject_id=traject.id,
                                soort="intake",
                                datum=day,
                                status=contact_status,
                            )
                        )
        assert laptop.service.sync().ok
        yield laptop
    finally:
        laptop.close()


def _admin(server: LiveServer, *args: str) -> int:
    return server_main(["admin", "--database", server.database_url, *args])


def _names(laptop: Laptop) -> set[str]:
    return {v["naam"] for v in laptop.records()["gezin"].values()}


def test_retention_erases_the_families_past_the_period_everywhere(
    server: LiveServer, sanne: Laptop, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _admin(server, "apply-retention") == 0
    assert "Geen organisatie heeft een bewaartermijn" in capsys.readouterr().out
    assert _admin(server, "set-retention", "--org", "Noord", "--years", "0") == 1
    assert "1 tot en met 50 jaar" in capsys.readouterr().err
    assert _admin(server, "set-retention", "--org", "Nergens", "--years", "5") == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert _admin(server, "set-retention", "--org", "Noord", "--years", "7") == 0
    assert _admin(server, "set-retention", "--org", "Noord", "--years", "5") == 0  # changed
    assert "Bewaartermijn van Noord: 5 jaar" in capsys.readouterr().out

    before = server_records(server)
    assert _admin(server, "apply-retention", "--dry-run") == 0
    assert "Noord: 2 gezin(nen) voorbij de bewaartermijn van 5 jaar; er is niets gewist" in (
        capsys.readouterr().out
    )
    assert server_records(server) == before
    assert _admin(server, "apply-retention") == 0
    assert "Noord: 2 gezin(nen) gewist (bewaartermijn 5 jaar)." in capsys.readouterr().out
    left = {v["naam"] for v in server_records(server)["gezin"].values()}
    assert left == {"Gezin de Vries", "Gezin Visser", "Gezin Jansen"}
    with server.db.engine.connect() as conn:
        reasons = conn.execute(sa.select(erasure.erased_family.c.reason)).scalars().all()
    assert reasons == ["bewaartermijn", "bewaartermijn"]

    result = sanne.service.sync()  # and the laptop follows
    assert result.ok
    assert "2 gewist(e) gezin(nen) van deze laptop verwijderd" in result.message
    assert _names(sanne) == {"Gezin de Vries", "Gezin Visser", "Gezin Jansen"}
    assert _admin(server, "apply-retention") == 0
    assert "Noord: 0 gezin(nen) gewist" in capsys.readouterr().out


def test_the_period_counts_from_the_last_end(server: LiveServer, sanne: Laptop) -> None:
    with server.db.engine.connect() as conn:
        org_id = erasure.org_id_of(conn, "Noord")
    names = {k: v["naam"] for k, v in server_records(server)["gezin"].items()}

    def due(years: int, today: date) -> set[str]:
        return {names[g] for g in retention.due_families(server.db, org_id, years, today)}

    # Smit ended on its last held contact (1 February 2018); the cancelled one does not count.
    assert due(5, date(2023, 2, 1)) == set()
    assert due(5, date(2023, 2, 2)) == {"Gezin Smit"}
    assert due(5, date(2024, 6, 28)) == {"Gezin Smit"}
    assert due(5, date(2024, 6, 29)) == {"Gezin Smit", "Gezin Bakker"}
    assert due(1, date(2030, 1, 1)) == {"Gezin Smit", "Gezin Bakker", "Gezin Visser"}
