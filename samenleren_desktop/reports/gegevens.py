"""What the family documents show about one traject, read from the workspace in one go."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from samenleren_desktop.model.content import Content, load_content
from samenleren_desktop.model.entities import (
    ActiviteitKeuze,
    AfsprakenkaartItem,
    Begeleider,
    Contactmoment,
    Gezin,
    Kind,
    Organisatie,
    Ouder,
    PlanDoel,
    SmileyScore,
    Traject,
    TrajectBegeleider,
)
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.rules import StepState
from samenleren_desktop.model.services.feiten import pijl_van


@dataclass(frozen=True)
class FamilieGegevens:
    """One traject and everything the family documents print about it."""

    traject: Traject
    gezin: Gezin
    ouders: list[Ouder]
    kinderen: list[Kind]
    begeleiders: list[Begeleider]
    doelen: list[PlanDoel]
    activiteiten: list[ActiviteitKeuze]
    afspraken: list[AfsprakenkaartItem]
    contacten: list[Contactmoment]
    scores: list[SmileyScore]
    pijl: list[StepState]
    content: Content

    @property
    def ouder_namen(self) -> str:
        """'Fatima en Rachid El Amrani' style: the parents' full names."""
        return _and(f"{o.voornaam} {o.achternaam}".strip() for o in self.ouders)

    @property
    def kind_namen(self) -> str:
        """The children's first names."""
        return _and(k.voornaam for k in self.kinderen)

    @property
    def begeleider_namen(self) -> str:
        """The coaches' names."""
        return _and(b.naam for b in self.begeleiders)

    @property
    def actieve_doelen(self) -> list[PlanDoel]:
        """The goals still in the plan, by number."""
        return sorted((d for d in self.doelen if d.gestopt_op is None), key=lambda d: d.doel)

    def score(self, doel: int, moment: str) -> int | None:
        """The parent's latest smiley score for a goal at a moment."""
        found = [
            s
            for s in self.scores
            if s.doel == doel and s.moment == moment and s.gegeven_door == "ouder"
        ]
        found = found or [s for s in self.scores if s.doel == doel and s.moment == moment]
        return max(found, key=lambda s: (s.datum, s.created_at)).waarde if found else None

    def datum_van(self, soort: str) -> date | None:
        """The day of the first held contact of this kind."""
        days = [c.datum for c in self.contacten if c.soort == soort and c.status == "gehouden"]
        return min(days, default=None)


def _and(names: Iterable[str]) -> str:
    items = [n for n in names if n]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def organisatie_naam(session: Session) -> str:
    """The organisation of the workspace (the first one), or a neutral name."""
    org = session.exec(select(Organisatie).order_by(col(Organisatie.created_at))).first()
    return org.naam if org else "Samen Leren"


def lees_familie(
    session: Session, traject_id: uuid.UUID, today: date, content: Content | None = None
) -> FamilieGegevens:
    """Read a traject with its family, plan, visits and scores; a Dutch error if unknown."""
    traject = session.get(Traject, traject_id)
    if traject is None:
        raise SamenLerenError(f"Er is geen traject met id {traject_id} in deze werkruimte.")
    gezin = session.get(Gezin, traject.gezin_id)
    if gezin is None:  # pragma: no cover - a traject always has its family (foreign key)
        raise SamenLerenError("Het gezin van dit traject ontbreekt.")

    def rows(entity: Any) -> list[Any]:
        query = select(entity).where(entity.traject_id == traject.id)
        return list(session.exec(query).all())

    koppelingen = rows(TrajectBegeleider)
    begeleiders = [session.get(Begeleider, k.begeleider_id) for k in koppelingen]
    return FamilieGegevens(
        traject=traject,
        gezin=gezin,
        ouders=list(session.exec(select(Ouder).where(Ouder.gezin_id == gezin.id)).all()),
        kinderen=sorted(
            session.exec(select(Kind).where(Kind.gezin_id == gezin.id)).all(),
            key=lambda k: (k.groep, k.voornaam),
        ),
        begeleiders=[b for b in begeleiders if b is not None],
        doelen=sorted(rows(PlanDoel), key=lambda d: d.doel),
        activiteiten=sorted(rows(ActiviteitKeuze), key=lambda a: a.gekozen_op),
        afspraken=sorted(rows(AfsprakenkaartItem), key=lambda a: a.volgorde),
        contacten=sorted(rows(Contactmoment), key=lambda c: (c.datum, str(c.tijd))),
        scores=rows(SmileyScore),
        pijl=pijl_van(session, traject, today),
        content=content or load_content(),
    )
