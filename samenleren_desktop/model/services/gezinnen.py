"""Families with their parents and children: create, list, find."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, func, select

from samenleren_desktop.model.entities import Gezin, Kind, Ouder
from samenleren_desktop.model.entities.base import new_id
from samenleren_desktop.model.errors import RecordNotFound
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.validation import require_text


@dataclass(frozen=True)
class NieuweOuder:
    """What the coach fills in for a parent (`id` only when the caller makes it, e.g. demo)."""

    voornaam: str
    achternaam: str = ""
    taal: str = "Nederlands"
    tolk_nodig: bool = False
    telefoon: str = ""
    email: str = ""
    bereikbaarheid: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class NieuwKind:
    """What the coach fills in for a child."""

    voornaam: str
    groep: int
    achternaam: str = ""
    geboortedatum: date | None = None
    school_id: uuid.UUID | None = None
    leerkracht_id: uuid.UUID | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class NieuwGezin:
    """A family as the coach registers it."""

    naam: str
    ouders: Sequence[NieuweOuder] = field(default_factory=tuple)
    kinderen: Sequence[NieuwKind] = field(default_factory=tuple)
    adres: str = ""
    postcode: str = ""
    plaats: str = ""
    id: uuid.UUID | None = None


def create_gezin(changes: Changes, nieuw: NieuwGezin) -> Gezin:
    """Validate and add a family with its parents and children.

    Raises:
        ValidationError: naming the first field that is wrong; the transaction then writes
            nothing.
    """
    gezin = Gezin(
        id=nieuw.id or new_id(),
        naam=require_text(nieuw.naam, "naam", "de naam van het gezin"),
        adres=nieuw.adres,
        postcode=nieuw.postcode,
        plaats=nieuw.plaats,
    )
    records: list[Gezin | Ouder | Kind] = [gezin]
    records += [_ouder(gezin.id, ouder) for ouder in nieuw.ouders]
    records += [_kind(gezin.id, kind) for kind in nieuw.kinderen]
    for record in records:
        changes.create(record)
    return gezin


def _ouder(gezin_id: uuid.UUID, ouder: NieuweOuder) -> Ouder:
    return Ouder(
        id=ouder.id or new_id(),
        gezin_id=gezin_id,
        voornaam=require_text(ouder.voornaam, "voornaam", "de voornaam van de ouder"),
        achternaam=ouder.achternaam,
        taal=ouder.taal,
        tolk_nodig=ouder.tolk_nodig,
        telefoon=ouder.telefoon,
        email=ouder.email,
        bereikbaarheid=ouder.bereikbaarheid,
    )


def _kind(gezin_id: uuid.UUID, kind: NieuwKind) -> Kind:
    return Kind(
        id=kind.id or new_id(),
        gezin_id=gezin_id,
        voornaam=require_text(kind.voornaam, "voornaam", "de voornaam van het kind"),
        achternaam=kind.achternaam,
        geboortedatum=kind.geboortedatum,
        groep=kind.groep,
        school_id=kind.school_id,
        leerkracht_id=kind.leerkracht_id,
    )


def list_gezinnen(session: Session) -> list[Gezin]:
    """Every family, by name."""
    return list(session.exec(select(Gezin).order_by(col(Gezin.naam))).all())


def get_gezin(session: Session, gezin_id: uuid.UUID) -> Gezin:
    """One family, or `RecordNotFound`."""
    gezin = session.get(Gezin, gezin_id)
    if gezin is None:
        raise RecordNotFound(f"Er is geen gezin met id {gezin_id} in deze werkruimte.")
    return gezin


def count_gezinnen(session: Session) -> int:
    """How many families the workspace holds."""
    return session.exec(select(func.count()).select_from(Gezin)).one()
