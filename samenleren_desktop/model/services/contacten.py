"""Read one traject for the traject view, and plan, record and cancel its contactmomenten.

The reads gather what the coach sees on one screen (who the family is, the trajectpijl, the
warnings, the hours and every contact); the writes check the input and then use the traject
services (`add_contact`, `hold_contact`, `cancel_contact`), so each change is audited and synced.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, time

from sqlmodel import Session, col, select

from samenleren_desktop.model.entities import (
    Begeleider,
    Contactmoment,
    Gezin,
    Kind,
    Ouder,
    School,
    Traject,
    TrajectBegeleider,
)
from samenleren_desktop.model.entities.keuzes import ContactStatus, Setting, TrajectStatus
from samenleren_desktop.model.errors import RecordNotFound, ValidationError
from samenleren_desktop.model.rules import (
    ContactSoort,
    Stap,
    StepState,
    StepStatus,
    check_contact_datum,
    check_doel,
    next_step,
    trajectpijl,
)
from samenleren_desktop.model.rules.signalen import TrajectWarning, traject_warnings
from samenleren_desktop.model.rules.stappen import STAP_VAN_SOORT
from samenleren_desktop.model.rules.uren import Urenbesteding, urenbesteding
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.feiten import traject_facts
from samenleren_desktop.model.services.trajecten import (
    NieuwContact,
    add_contact,
    cancel_contact,
    hold_contact,
)

MAX_MINUTEN = 24 * 60
"""A contact or its travel lasts at most one day."""

STATUS_LABELS: dict[str, str] = {
    ContactStatus.GEPLAND: "Gepland",
    ContactStatus.GEHOUDEN: "Gehouden",
    ContactStatus.GEANNULEERD: "Geannuleerd",
}

SETTING_LABELS: dict[str, str] = {
    Setting.GEZIN: "Met het gezin",
    Setting.OUDER: "Met de ouder(s)",
    Setting.SCHOOL: "Op school",
    Setting.TELEFOON: "Telefonisch",
}

_GESTOPT: dict[str, str] = {
    TrajectStatus.UITGESTELD: "Uitgesteld",
    TrajectStatus.AFGEBROKEN: "Gestopt",
}

_SOORT_VAN_STAP: dict[Stap, ContactSoort] = {s: k for k, s in STAP_VAN_SOORT.items()}
_SOORT_VAN_STAP[Stap.WERKEN_AAN_DOELEN] = ContactSoort.DOELBEZOEK


@dataclass(frozen=True)
class KindRegel:
    """A child as the header shows it: "Noah, groep 2, Basisschool De Linde"."""

    voornaam: str
    groep: int
    school: str

    @property
    def tekst(self) -> str:
        """One readable line."""
        school = f", {self.school}" if self.school else ""
        return f"{self.voornaam}, groep {self.groep}{school}"


@dataclass(frozen=True)
class TrajectOverzicht:
    """Everything the traject view shows about one traject, read in one session.

    Attributes:
        traject: the traject record (detached copy).
        gezin_naam: "Gezin El Amrani".
        ouders: first and last names of the parents.
        kinderen: the children with groep and school.
        begeleiders: names of the coaches assigned now.
        pijl: the trajectpijl on the day of reading.
        warnings: the traject warnings on that day.
        uren: hours spent against the norm.
        contacten: every contactmoment, oldest first.
    """

    traject: Traject
    gezin_naam: str
    ouders: list[str]
    kinderen: list[KindRegel]
    begeleiders: list[str]
    pijl: list[StepState]
    warnings: list[TrajectWarning]
    uren: Urenbesteding
    contacten: list[Contactmoment] = field(default_factory=list)

    @property
    def fase_label(self) -> str:
        """The phase of the next step, or that the traject is rounded off."""
        volgende = next_step(self.pijl)
        if volgende is not None:
            return volgende.fase.label
        if self.traject.status in _GESTOPT:
            return _GESTOPT[self.traject.status]
        if self.pijl and self.pijl[-1].status is StepStatus.DONE:
            return "Afgerond"
        return "Niet verder gegaan (zie de trajectpijl)"


def soort_voor_stap(stap: Stap) -> ContactSoort | None:
    """The kind of contact that does a step (none for the aanmelding)."""
    return _SOORT_VAN_STAP.get(stap)


def latest_traject(session: Session, gezin_id: uuid.UUID) -> Traject | None:
    """The family's most recent traject, or None when it has none."""
    return session.exec(
        select(Traject)
        .where(Traject.gezin_id == gezin_id)
        .order_by(col(Traject.aanmeld_datum).desc(), col(Traject.created_at).desc())
    ).first()


def contacten_van(session: Session, traject_id: uuid.UUID) -> list[Contactmoment]:
    """The contactmomenten of a traject, oldest first (a contact without a time first)."""
    rows = session.exec(select(Contactmoment).where(Contactmoment.traject_id == traject_id)).all()
    return sorted(rows, key=lambda c: (c.datum, c.tijd or time.min, c.created_at))


def traject_overzicht(session: Session, traject: Traject, today: date) -> TrajectOverzicht:
    """Read everything the traject view shows about `traject` on `today`."""
    facts = traject_facts(session, traject)
    gezin = session.get(Gezin, traject.gezin_id)
    ouders = session.exec(select(Ouder).where(Ouder.gezin_id == traject.gezin_id)).all()
    return TrajectOverzicht(
        traject=traject,
        gezin_naam=gezin.naam if gezin is not None else "",
        ouders=[f"{o.voornaam} {o.achternaam}".strip() for o in ouders],
        kinderen=_kinderen(session, traject.gezin_id),
        begeleiders=_begeleiders(session, traject.id, today),
        pijl=trajectpijl(facts, today),
        warnings=traject_warnings(facts, today),
        uren=urenbesteding(facts),
        contacten=contacten_van(session, traject.id),
    )


def _kinderen(session: Session, gezin_id: uuid.UUID) -> list[KindRegel]:
    rows = session.exec(select(Kind).where(Kind.gezin_id == gezin_id)).all()
    result = []
    for kind in rows:
        school = session.get(School, kind.school_id) if kind.school_id else None
        result.append(KindRegel(kind.voornaam, kind.groep, school.naam if school else ""))
    return result


def _begeleiders(session: Session, traject_id: uuid.UUID, today: date) -> list[str]:
    rows = session.exec(
        select(Begeleider.naam)
        .join(TrajectBegeleider, col(TrajectBegeleider.begeleider_id) == col(Begeleider.id))
        .where(TrajectBegeleider.traject_id == traject_id)
        .where(col(TrajectBegeleider.tot).is_(None) | (col(TrajectBegeleider.tot) >= today))
    ).all()
    return sorted(set(rows))


def check_minuten(waarde: int, veld: str) -> None:
    """Refuse a duration or travel time below 0 or above a day, in plain words."""
    label = "De duur" if veld == "duur_minuten" else "De reistijd"
    if not 0 <= waarde <= MAX_MINUTEN:
        raise ValidationError(
            f"{label} moet tussen 0 en {MAX_MINUTEN} minuten liggen (u vulde {waarde} in).",
            field=veld,
        )


def _contact(changes: Changes, contact_id: uuid.UUID) -> Contactmoment:
    contact = changes.session.get(Contactmoment, contact_id)
    if contact is None:
        raise RecordNotFound("Dit contactmoment bestaat niet meer.")
    return contact


def plan_of_record(changes: Changes, traject_id: uuid.UUID, nieuw: NieuwContact) -> Contactmoment:
    """Plan a new contact, or record one that took place without being planned."""
    traject = changes.session.get(Traject, traject_id)
    if traject is None:
        raise RecordNotFound("Dit traject bestaat niet meer.")
    check_minuten(nieuw.duur_minuten, "duur_minuten")
    check_minuten(nieuw.reistijd_minuten, "reistijd_minuten")
    if nieuw.status == ContactStatus.GEHOUDEN and nieuw.duur_minuten <= 0:
        raise ValidationError("Vul in hoe lang het contact duurde.", field="duur_minuten")
    return add_contact(changes, traject, nieuw)


def vastleggen(changes: Changes, contact_id: uuid.UUID, gegevens: NieuwContact) -> Contactmoment:
    """Record that a planned contact took place, with what the coach filled in."""
    contact = _contact(changes, contact_id)
    traject = changes.session.get(Traject, contact.traject_id)
    if traject is None:
        raise RecordNotFound("Dit traject bestaat niet meer.")
    check_minuten(gegevens.duur_minuten, "duur_minuten")
    check_minuten(gegevens.reistijd_minuten, "reistijd_minuten")
    if gegevens.duur_minuten <= 0:
        raise ValidationError("Vul in hoe lang het contact duurde.", field="duur_minuten")
    # The checks of a new contact: not before the aanmelding, goals 1 to 8.
    check_contact_datum(gegevens.datum, traject.aanmeld_datum)
    for doel in gegevens.doelen:
        check_doel(doel)
    changes.update(
        contact,
        soort=gegevens.soort,
        datum=gegevens.datum,
        tijd=gegevens.tijd,
        setting=gegevens.setting,
        aanwezigen=gegevens.aanwezigen,
        doelen=sorted(set(gegevens.doelen)),
    )
    return hold_contact(
        changes, contact, gegevens.duur_minuten, gegevens.reistijd_minuten, gegevens.notities
    )


def annuleren(changes: Changes, contact_id: uuid.UUID, reden: str) -> Contactmoment:
    """Call off a planned contact; the reason is required."""
    contact = _contact(changes, contact_id)
    if contact.status != ContactStatus.GEPLAND:
        raise ValidationError("Alleen een gepland contact kan worden geannuleerd.", field="status")
    if not reden.strip():
        raise ValidationError("Vul in waarom het contact niet doorgaat.", field="reden_annulering")
    return cancel_contact(changes, contact, reden.strip())
