"""Laptop retention (#8): a finished family leaves a begeleider's laptop once it is safe."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from samenleren_desktop.cli import main as desktop_main
from samenleren_desktop.config import CONFIG_ENV
from samenleren_desktop.model.entities import AuditEntry, Gezin, Traject
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.model.store import credentials
from samenleren_desktop.sync import conflicts, retention
from samenleren_server import accounts, db, stream
from tests.conftest import PASSPHRASE
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop, coach_and_coordinator, server_records

LONG_AGO = date.today() - timedelta(days=400)
RECENT = date.today() - timedelta(days=30)


@pytest.fixture
def team(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne with a family stopped long ago, one stopped recently and one running; karim."""
    with coach_and_coordinator(
        server, tmp_path, sanne={"retention_days": 3650}, karim={"retention_days": 0}
    ) as (sanne, karim):  # nothing goes yet; a coordinator keeps all
        with record_changes(sanne.workspace, sanne.actor) as changes:
            for naam, begin, eind in (
                ("Gezin Bakker", LONG_AGO - timedelta(days=60), LONG_AGO),
                ("Gezin Smit", RECENT - timedelta(days=60), RECENT),
                ("Gezin de Vries", RECENT, None),
            ):
                gezin = changes.create(Gezin(naam=naam, plaats="Assen"))
                changes.create(
                    Traject(
                        gezin_id=gezin.id,
                        aanmeld_datum=begin,
                        status="afgebroken" if eind else "aangemeld",
                        eind_datum=eind,
                        reden_einde="verhuisd" if eind else "",
                    )
                )
        assert sanne.service.sync().ok
        assert karim.service.sync().ok
        sanne.service.retention_days = 90
        yield sanne, karim


def _family(laptop: Laptop, naam: str) -> str:
    (found,) = [k for k, v in laptop.records()["gezin"].items() if v["naam"] == naam]
    return str(found)


def _names(laptop: Laptop) -> set[str]:
    return {v["naam"] for v in laptop.records()["gezin"].values()}


def _set_plaats(laptop: Laptop, gezin_id: str, plaats: str) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        gezin = changes.session.get(Gezin, uuid.UUID(gezin_id))
        assert gezin is not None
        changes.update(gezin, plaats=plaats)


def _assignment(server: LiveServer, username: str, gezin_id: str) -> bool:
    a = db.assignment
    with server.db.engine.connect() as conn:
        user_id = accounts.user_id_of(conn, username)
        return bool(
            conn.execute(
                sa.select(a.c.active).where(a.c.user_id == user_id, a.c.gezin_id == gezin_id)
            ).scalar()
        )


def test_a_family_waits_for_its_changes_and_conflicts_then_leaves_the_laptop(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = team
    bakker = _family(sanne, "Gezin Bakker")
    _set_plaats(sanne, bakker, "Zwolle")  # not yet on the server: it may not go
    planned = retention.plan(sanne.workspace, 90)
    assert (planned.ready, planned.waiting) == ([], 1)
    _set_plaats(karim, bakker, "Utrecht")  # the coordinator edits the same field
    assert karim.service.sync().ok

    first = sanne.service.sync()  # pushes the edit, which conflicts: the family stays
    assert first.ok
    assert first.conflicts == 1
    assert _names(sanne) == {"Gezin Bakker", "Gezin Smit", "Gezin de Vries"}
    assert retention.plan(sanne.workspace, 90).waiting == 1
    (view,) = conflicts.open_conflicts(sanne.workspace)
    conflicts.resolve(sanne.workspace, sanne.actor, view.id, keep="bewaard")

    second = sanne.service.sync()  # the decision goes, then the family
    assert second.ok, second.message
    assert second.removed_families == 1
    assert "1 afgerond(e) gezin(nen) van deze laptop verwijderd" in second.message
    assert _names(sanne) == {"Gezin Smit", "Gezin de Vries"}  # recent and running stay
    assert not _assignment(server, "sanne", bakker)
    assert server_records(server)["gezin"][bakker]["naam"] == "Gezin Bakker"  # kept there
    assert karim.service.sync().ok
    assert "Gezin Bakker" in _names(karim)
    assert conflicts.open_conflicts(karim.workspace) == []
    with sanne.workspace.session() as session:
        purges = session.exec(select(AuditEntry).where(AuditEntry.actie == "purge")).all()
    assert [str(p.gezin_id) for p in purges] == [bakker]
    again = sanne.service.sync()
    assert again.ok
    assert again.removed_families == 0


def test_the_grace_decides_and_a_coordinator_may_give_the_family_back(
    server: LiveServer, team: tuple[Laptop, Laptop]
) -> None:
    sanne, _karim = team
    bakker, smit = _family(sanne, "Gezin Bakker"), _family(sanne, "Gezin Smit")
    sanne.service.retention_days = 20  # both stopped families are past it
    result = sanne.service.sync()
    assert result.ok
    assert result.removed_families == 2
    assert _names(sanne) == {"Gezin de Vries"}
    with server.db.engine.connect() as conn:
        user_id = accounts.user_id_of(conn, "sanne")
    stream.assign(server.db, user_id, bakker)  # the coordinator assigns it again
    back = sanne.service.sync()
    assert back.ok
    assert "Gezin Bakker" in _names(sanne)  # with its history, and it stays: a choice
    assert sanne.service.sync().ok
    assert _names(sanne) == {"Gezin Bakker", "Gezin de Vries"}
    assert _assignment(server, "sanne", bakker)
    assert not _assignment(server, "sanne", smit)


def test_the_command_counts_and_gives_up_the_ready_families(
    server: LiveServer,
    team: tuple[Laptop, Laptop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sanne, _karim = team
    folder = sanne.workspace.folder
    sanne.close()
    config = tmp_path / "config.toml"
    config.write_text("retention_grace_days = 90\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(config))
    # The team's token is in the workspace; a keyring another test left usable must not hide it.
    monkeypatch.setattr(credentials, "usable_keyring", lambda: None)
    passfile = tmp_path / "wachtwoord.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    command = ["workspace", "retention", str(folder), "--passphrase-file", str(passfile)]
    assert desktop_main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 gezin(nen) langer dan 90 dagen afgerond: 1 kunnen van deze laptop" in out
    assert "Bakker" not in out
    assert desktop_main(command) == 0
    out = capsys.readouterr().out
    assert "1 afgerond(e) gezin(nen) van deze laptop verwijderd" in out
    assert desktop_main([*command, "--dry-run"]) == 0
    assert "0 gezin(nen) langer dan 90 dagen afgerond" in capsys.readouterr().out
    config.write_text("retention_grace_days = 7\n", encoding="utf-8")
    assert desktop_main([*command, "--dry-run"]) == 0
    assert "1 gezin(nen) langer dan 7 dagen afgerond" in capsys.readouterr().out
