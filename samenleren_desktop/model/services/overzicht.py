"""Read-only summaries of the workspace for lists and overviews."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from samenleren_desktop.model.entities import Gezin, Kind, Ouder


@dataclass(frozen=True)
class GezinRegel:
    """One line of the family list.

    Attributes:
        id: the family's id.
        naam: how the coach refers to the family.
        plaats: town.
        ouders: "Fatima, Rachid" — first names of the parents.
        kinderen: "Noah (groep 2)" — first names and groep of the children.
    """

    id: uuid.UUID
    naam: str
    plaats: str
    ouders: str
    kinderen: str


def gezin_regels(session: Session) -> list[GezinRegel]:
    """Every family with its parents and children, in three queries whatever the count."""
    gezinnen = session.execute(
        select(col(Gezin.id), col(Gezin.naam), col(Gezin.plaats)).order_by(
            func.lower(col(Gezin.naam))
        )
    ).all()
    ouders: dict[uuid.UUID, list[str]] = {}
    for gezin_id, voornaam in session.execute(select(col(Ouder.gezin_id), col(Ouder.voornaam))):
        ouders.setdefault(gezin_id, []).append(voornaam)
    kinderen: dict[uuid.UUID, list[str]] = {}
    for gezin_id, voornaam, groep in session.execute(
        select(col(Kind.gezin_id), col(Kind.voornaam), col(Kind.groep))
    ):
        kinderen.setdefault(gezin_id, []).append(f"{voornaam} (groep {groep})")
    return [
        GezinRegel(
            id=gezin_id,
            naam=naam,
            plaats=plaats,
            ouders=", ".join(ouders.get(gezin_id, [])),
            kinderen=", ".join(kinderen.get(gezin_id, [])),
        )
        for gezin_id, naam, plaats in gezinnen
    ]
