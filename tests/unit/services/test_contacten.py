"""Contact services for the traject view: reads of one traject, and plan/record/cancel checks."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from sqlmodel import select

from samenleren_desktop.model.entities import Contactmoment
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import ContactSoort, Stap, StepStatus, state_of
from samenleren_desktop.model.services import contacten
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.gezinnen import NieuwGezin, create_gezin
from samenleren_desktop.model.services.trajecten import NieuwContact, start_traject
from samenleren_desktop.model.store.workspace import Workspace

SANNE = Actor("sanne")
AANMELDING = date(2026, 9, 7)
TODAY = date(2026, 9, 30)


def _traject(workspace: Workspace) -> tuple[uuid.UUID, uuid.UUID]:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(changes, NieuwGezin(naam="Gezin Dekker"))
        start_traject(changes, gezin.id, date(2025, 9, 1))
        traject = start_traject(changes, gezin.id, AANMELDING)
    return gezin.id, traject.id


def test_latest_traject_and_overview(workspace: Workspace) -> None:
    gezin_id, traject_id = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        contacten.plan_of_record(
            changes,
            traject_id,
            NieuwContact("intake", date(2026, 9, 10), "ouder", "gehouden", None, (), 90, 30),
        )
    with workspace.session() as session:
        traject = contacten.latest_traject(session, gezin_id)
        assert traject is not None
        overzicht = contacten.traject_overzicht(session, traject, TODAY)
    assert traject.id == traject_id
    assert overzicht.gezin_naam == "Gezin Dekker"
    assert overzicht.uren.totaal_minuten == 120
    assert state_of(overzicht.pijl, Stap.INTAKE).status is StepStatus.DONE
    assert overzicht.fase_label == "Afstemmingsfase"
    assert [c.soort for c in overzicht.contacten] == ["intake"]


def test_plan_hold_cancel_round_trip(workspace: Workspace) -> None:
    _gezin_id, traject_id = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        gepland = contacten.plan_of_record(
            changes, traject_id, NieuwContact("kennismaking", date(2026, 9, 17))
        )
        tweede = contacten.plan_of_record(
            changes, traject_id, NieuwContact("informatiemap", date(2026, 9, 24))
        )
    gehouden = NieuwContact(
        "kennismaking",
        date(2026, 9, 18),
        "gezin",
        "gehouden",
        time(9, 30),
        (2, 6),
        80,
        20,
        "moeder, Noah",
        "Fijn bezoek",
    )
    with record_changes(workspace, SANNE) as changes:
        contacten.vastleggen(changes, gepland.id, gehouden)
        contacten.annuleren(changes, tweede.id, "  kind ziek ")
    with workspace.session() as session:
        rows = {c.soort: c for c in session.exec(select(Contactmoment)).all()}
    held = rows["kennismaking"]
    assert (held.status, held.datum, held.tijd, held.doelen) == (
        "gehouden",
        date(2026, 9, 18),
        time(9, 30),
        [2, 6],
    )
    assert (held.duur_minuten, held.reistijd_minuten, held.aanwezigen) == (80, 20, "moeder, Noah")
    assert (rows["informatiemap"].status, rows["informatiemap"].reden_annulering) == (
        "geannuleerd",
        "kind ziek",
    )


@pytest.mark.parametrize(
    ("duur", "reis", "status", "field"),
    [
        (2000, 0, "gepland", "duur_minuten"),
        (60, -5, "gepland", "reistijd_minuten"),
        (0, 0, "gehouden", "duur_minuten"),
    ],
)
def test_bad_minutes_are_refused(
    workspace: Workspace, duur: int, reis: int, status: str, field: str
) -> None:
    _gezin_id, traject_id = _traject(workspace)
    nieuw = NieuwContact(
        "intake", date(2026, 9, 10), status=status, duur_minuten=duur, reistijd_minuten=reis
    )
    with pytest.raises(ValidationError) as caught, record_changes(workspace, SANNE) as changes:
        contacten.plan_of_record(changes, traject_id, nieuw)
    assert caught.value.field == field
    assert "minuten" in caught.value.message or "duurde" in caught.value.message
    with workspace.session() as session:
        assert session.exec(select(Contactmoment)).all() == []


def test_cancel_needs_a_reason_and_a_planned_contact(workspace: Workspace) -> None:
    _gezin_id, traject_id = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        contact = contacten.plan_of_record(
            changes, traject_id, NieuwContact("intake", date(2026, 9, 10))
        )
    with pytest.raises(ValidationError, match="waarom"), record_changes(workspace, SANNE) as c:
        contacten.annuleren(c, contact.id, "   ")
    with record_changes(workspace, SANNE) as changes:
        contacten.annuleren(changes, contact.id, "ziek")
    with pytest.raises(ValidationError, match="gepland"), record_changes(workspace, SANNE) as c:
        contacten.annuleren(c, contact.id, "nog eens")


def test_soort_voor_stap() -> None:
    assert contacten.soort_voor_stap(Stap.INTAKE) is ContactSoort.INTAKE
    assert contacten.soort_voor_stap(Stap.WERKEN_AAN_DOELEN) is ContactSoort.DOELBEZOEK
    assert contacten.soort_voor_stap(Stap.AANMELDING) is None
