"""Read one family's traject back from the workspace, as plain values to compare.

Used by the end-to-end journey test after the coach did everything through the GUI: what the
screens stored must be exactly what was typed, clicked and chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlmodel import Session, select

from samenleren_desktop.model.entities import (
    ActiviteitKeuze,
    AfsprakenkaartItem,
    Gezin,
    Kind,
    Ouder,
    PlanDoel,
    SmileyScore,
    Traject,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.rules import StepStatus
from samenleren_desktop.model.services.contacten import contacten_van
from samenleren_desktop.model.services.feiten import pijl_van
from samenleren_desktop.model.store.workspace import Workspace


@dataclass(frozen=True)
class StoredTraject:
    """Everything of one family's traject that the journey entered, as plain values."""

    gezin: tuple[str, str, str, str]
    ouders: list[tuple[str, str, str]]
    kinderen: list[tuple[str, int, date | None]]
    aanmelding: tuple[date, str, str]
    contacten: list[tuple[str, date, time | None, str, int, int, str, list[int], str]]
    antwoorden: dict[str, tuple[bool, dict[str, Any]]]
    doelen: dict[int, tuple[list[str], str, str, date, date | None]]
    smileys: set[tuple[int, str, int, date]]
    activiteiten: set[tuple[str, int | None, str, date, date | None]]
    afspraken: list[tuple[str, str, str]]
    pijl: dict[str, StepStatus]


def stored_traject(workspace: Workspace, naam: str, today: date) -> StoredTraject:
    """Read the family called `naam` and its one traject in a new session."""
    with workspace.session() as session:
        gezin = session.exec(select(Gezin).where(Gezin.naam == naam)).one()
        traject = session.exec(select(Traject).where(Traject.gezin_id == gezin.id)).one()
        return StoredTraject(
            gezin=(gezin.naam, gezin.adres, gezin.postcode, gezin.plaats),
            ouders=[
                (o.voornaam, o.achternaam, o.telefoon)
                for o in session.exec(select(Ouder).where(Ouder.gezin_id == gezin.id))
            ],
            kinderen=[
                (k.voornaam, k.groep, k.geboortedatum)
                for k in session.exec(select(Kind).where(Kind.gezin_id == gezin.id))
            ],
            aanmelding=(traject.aanmeld_datum, traject.aanmeld_bron, traject.aangemeld_door),
            contacten=[
                (
                    c.soort,
                    c.datum,
                    c.tijd,
                    c.status,
                    c.duur_minuten,
                    c.reistijd_minuten,
                    c.setting,
                    c.doelen,
                    c.aanwezigen,
                )
                for c in contacten_van(session, traject.id)
            ],
            antwoorden=_antwoorden(session, traject),
            doelen={
                d.doel: (d.subdoelen, d.ervaren, d.proberen, d.gekozen_op, d.gestopt_op)
                for d in _rows(session, PlanDoel, traject)
            },
            smileys={
                (s.doel, s.moment, s.waarde, s.datum) for s in _rows(session, SmileyScore, traject)
            },
            activiteiten={
                (k.activiteit, k.doel, k.gekozen_door, k.gekozen_op, k.uitgevoerd_op)
                for k in _rows(session, ActiviteitKeuze, traject)
            },
            afspraken=[
                (a.tekst, a.wie, a.wanneer) for a in _rows(session, AfsprakenkaartItem, traject)
            ],
            pijl={s.stap.value: s.status for s in pijl_van(session, traject, today)},
        )


def _rows(session: Session, entity: Any, traject: Traject) -> list[Any]:
    return list(session.exec(select(entity).where(entity.traject_id == traject.id)).all())


def _antwoorden(session: Session, traject: Traject) -> dict[str, tuple[bool, dict[str, Any]]]:
    """Questionnaire → (completed, its answers)."""
    return {
        r.vragenlijst: (r.afgerond_op is not None, dict(r.antwoorden))
        for r in _rows(session, VragenlijstAntwoord, traject)
    }
