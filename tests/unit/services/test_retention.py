"""Laptop retention decides which families the coach no longer needs (#8)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from samenleren_desktop.config import CONFIG_ENV, load_machine_config
from samenleren_desktop.model.entities import Contactmoment, Gezin, Traject
from samenleren_desktop.model.services.changes import Actor, Changes, record_changes
from samenleren_desktop.model.services.retention import DEFAULT_GRACE_DAYS, past_retention
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync.retention import configured_grace_days, plan

SANNE = Actor("sanne")
TODAY = date(2026, 12, 4)


def _family(changes: Changes, naam: str, *trajecten: tuple[str, date | None]) -> uuid.UUID:
    """A family with trajecten of (status, eind_datum), each signed up on 1 September 2025."""
    gezin = changes.create(Gezin(naam=naam))
    for status, eind in trajecten:
        changes.create(
            Traject(
                gezin_id=gezin.id, aanmeld_datum=date(2025, 9, 1), status=status, eind_datum=eind
            )
        )
    return gezin.id


def test_only_families_whose_every_traject_finished_before_the_grace_go(
    workspace: Workspace,
) -> None:
    with record_changes(workspace, SANNE) as changes:
        stopped = _family(changes, "Gezin Bakker", ("afgebroken", date(2026, 9, 4)))
        on_the_day = _family(changes, "Gezin Smit", ("afgebroken", date(2026, 9, 5)))
        running = _family(changes, "Gezin de Vries", ("aangemeld", None))
        mixed = _family(
            changes, "Gezin Visser", ("afgebroken", date(2026, 1, 5)), ("aangemeld", None)
        )
        _family(changes, "Gezin Jansen")  # no traject: kept
    assert past_retention(workspace, 90, TODAY) == [stopped]
    assert set(past_retention(workspace, 89, TODAY)) == {stopped, on_the_day}
    assert past_retention(workspace, 365, TODAY) == []
    assert running not in past_retention(workspace, 0, TODAY)
    assert mixed not in past_retention(workspace, 0, TODAY)


def test_a_later_contact_counts_but_a_cancelled_one_does_not(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = _family(changes, "Gezin Bakker")
        traject = changes.create(
            Traject(
                gezin_id=gezin,
                aanmeld_datum=date(2025, 9, 1),
                status="afgebroken",
                eind_datum=date(2026, 6, 1),
            )
        )
        for datum, status in ((date(2026, 10, 1), "gehouden"), (date(2026, 11, 30), "geannuleerd")):
            changes.create(
                Contactmoment(
                    gezin_id=gezin,
                    traject_id=traject.id,
                    soort="intake",
                    datum=datum,
                    status=status,
                )
            )
    assert past_retention(workspace, 60, date(2026, 12, 1)) == [gezin]  # 1 October + 60
    assert past_retention(workspace, 61, date(2026, 12, 1)) == []


def test_a_laptop_never_synced_holds_nothing_that_is_ready(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        _family(changes, "Gezin Bakker", ("afgebroken", date(2025, 10, 1)))
    found = plan(workspace, 90, TODAY)  # nothing of it is on a server: it waits
    assert (found.ready, found.waiting) == ([], 1)


def test_the_grace_comes_from_the_administrators_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    monkeypatch.setenv(CONFIG_ENV, str(path))
    assert configured_grace_days() == DEFAULT_GRACE_DAYS == 90
    path.write_text("retention_grace_days = 30\n", encoding="utf-8")
    assert configured_grace_days() == 30
    path.write_text("retention_grace_days = 5000\n", encoding="utf-8")
    assert configured_grace_days() == 90
    (problem,) = load_machine_config().problems
    assert "'retention_grace_days' moet een heel getal van 0 tot en met 3650 dagen zijn" in problem
    path.write_text('retention_grace_days = "lang"\n', encoding="utf-8")
    assert configured_grace_days() == 90
