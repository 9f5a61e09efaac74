"""Concerns (contra-indications), referrals to partners, and the sociale kaart.

A coach records a concern about a family, decides what to do (start, postpone or refer) and
marks it resolved. A referral to a partner of the region's sociale kaart goes through the steps
signaleren, benoemen, zorg uiten and ends in a warm handover, which needs the parent's consent
for that partner. Every write takes the `Changes` of one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlmodel import Session, col, func, or_, select

from samenleren_desktop.model.entities import (
    Contraindicatie,
    Gezin,
    Ouder,
    Partner,
    Record,
    Toestemming,
    Traject,
    Verwijzing,
)
from samenleren_desktop.model.entities.keuzes import Besluit, VerwijsStap
from samenleren_desktop.model.errors import RecordNotFound, ValidationError
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.toestemming import (
    SOORT_LABELS,
    WIJZE_LABELS,
    valid_handover_consent,
)
from samenleren_desktop.model.services.validation import require_text

ZORG_SOORTEN: dict[str, str] = {
    "geen_gemeenschappelijke_taal": "Geen gemeenschappelijke taal",
    "hoge_stress": "Veel stress (geld, gezondheid, geweld thuis)",
    "weinig_begrip": "Heel weinig begrip",
    "alleen_huiswerkbegeleiding": "Wil alleen huiswerkbegeleiding",
    "niet_beschikbaar": "Praktisch niet beschikbaar",
    "anders": "Iets anders",
}
"""The kinds of concern (contra-indications of the description), with their Dutch label."""

BESLUIT_LABELS: dict[str, str] = {
    Besluit.STARTEN: "Starten",
    Besluit.UITSTELLEN: "Uitstellen",
    Besluit.DOORVERWIJZEN: "Doorverwijzen",
}

STAP_LABELS: dict[str, str] = {
    VerwijsStap.SIGNALEREN: "Signaleren",
    VerwijsStap.BENOEMEN: "Benoemen",
    VerwijsStap.ZORG_UITEN: "Zorg uiten",
    VerwijsStap.WARME_OVERDRACHT: "Warme overdracht",
}
_STAPPEN = [stap.value for stap in VerwijsStap]
T = TypeVar("T", bound=Record)


def _get(session: Session, model: type[T], record_id: uuid.UUID, what: str) -> T:
    record = session.get(model, record_id)
    if record is None:
        raise RecordNotFound(f"{what} bestaat niet (meer).")
    return record


def _text(value: str, limit: int, label: str, field: str) -> str:
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(
            f"{label} is te lang: hoogstens {limit} tekens (nu {len(text)}).", field=field
        )
    return text


def _not_before(datum: date, earlier: date, what: str, field: str) -> None:
    if datum < earlier:
        raise ValidationError(
            f"De datum ({datum:%d-%m-%Y}) ligt vóór {what} ({earlier:%d-%m-%Y}).", field=field
        )


# --- concerns -------------------------------------------------------------------------------


def record_zorg(
    changes: Changes,
    traject_id: uuid.UUID,
    soort: str,
    gesignaleerd_op: date,
    toelichting: str = "",
) -> Contraindicatie:
    """Record a concern about the family of a traject."""
    traject = _get(changes.session, Traject, traject_id, "Dit traject")
    if soort not in ZORG_SOORTEN:
        raise ValidationError("Kies wat voor zorg het is uit de lijst.", field="soort")
    _not_before(gesignaleerd_op, traject.aanmeld_datum, "de aanmelding", "gesignaleerd_op")
    return changes.create(
        Contraindicatie(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            soort=soort,
            toelichting=_text(toelichting, 2_000, "De toelichting", "toelichting"),
            gesignaleerd_op=gesignaleerd_op,
        )
    )


def decide_zorg(
    changes: Changes, zorg_id: uuid.UUID, besluit: str, besluit_op: date
) -> Contraindicatie:
    """Record what was decided about a concern: start, postpone or refer."""
    zorg = _get(changes.session, Contraindicatie, zorg_id, "Deze zorg")
    if besluit not in BESLUIT_LABELS:
        raise ValidationError("Kies starten, uitstellen of doorverwijzen.", field="besluit")
    _not_before(besluit_op, zorg.gesignaleerd_op, "het signaleren van de zorg", "besluit_op")
    return changes.update(zorg, besluit=besluit, besluit_op=besluit_op)


def resolve_zorg(changes: Changes, zorg_id: uuid.UUID, opgelost_op: date) -> Contraindicatie:
    """Mark a concern as no longer standing in the way."""
    zorg = _get(changes.session, Contraindicatie, zorg_id, "Deze zorg")
    _not_before(opgelost_op, zorg.gesignaleerd_op, "het signaleren van de zorg", "opgelost_op")
    return changes.update(zorg, opgelost_op=opgelost_op)


# --- referrals ------------------------------------------------------------------------------


def start_verwijzing(
    changes: Changes, traject_id: uuid.UUID, partner_id: uuid.UUID, reden: str, datum: date
) -> Verwijzing:
    """Start a referral of the family to a partner (step: signaleren)."""
    traject = _get(changes.session, Traject, traject_id, "Dit traject")
    if changes.session.get(Partner, partner_id) is None:
        raise ValidationError("Kies een partner van de sociale kaart.", field="partner_id")
    reden = _text(require_text(reden, "reden", "de reden"), 2_000, "De reden", "reden")
    _not_before(datum, traject.aanmeld_datum, "de aanmelding", "datum")
    return changes.create(
        Verwijzing(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            partner_id=partner_id,
            reden=reden,
            datum=datum,
        )
    )


def advance_verwijzing(changes: Changes, verwijzing_id: uuid.UUID, stap: str) -> Verwijzing:
    """Move a referral on to a later step (benoemen or zorg uiten)."""
    verwijzing = _get(changes.session, Verwijzing, verwijzing_id, "Deze verwijzing")
    if stap == VerwijsStap.WARME_OVERDRACHT:
        raise ValidationError("Gebruik 'Warme overdracht' voor de laatste stap.", field="stap")
    if stap not in _STAPPEN:
        raise ValidationError(f"'{stap}' is geen stap van het doorverwijzen.", field="stap")
    if _STAPPEN.index(stap) <= _STAPPEN.index(verwijzing.stap):
        raise ValidationError(
            f"Deze verwijzing is al bij '{STAP_LABELS[verwijzing.stap]}'.", field="stap"
        )
    return changes.update(verwijzing, stap=stap)


def next_stap(stap: str) -> str | None:
    """The step after `stap`, or None after the warm handover."""
    index = _STAPPEN.index(stap) + 1
    return _STAPPEN[index] if index < len(_STAPPEN) else None


def warme_overdracht(changes: Changes, verwijzing_id: uuid.UUID, op: date) -> Verwijzing:
    """Record the warm handover to the partner; refused without the parent's consent."""
    verwijzing = _get(changes.session, Verwijzing, verwijzing_id, "Deze verwijzing")
    if verwijzing.stap == VerwijsStap.WARME_OVERDRACHT:
        raise ValidationError("De warme overdracht is al gedaan.", field="stap")
    _not_before(op, verwijzing.datum, "de start van de verwijzing", "warme_overdracht_op")
    toestemming = valid_handover_consent(
        changes.session, verwijzing.gezin_id, verwijzing.partner_id, op
    )
    if toestemming is None:
        partner = _get(changes.session, Partner, verwijzing.partner_id, "Deze partner")
        raise ValidationError(
            f"Er is nog geen toestemming van de ouder om het gezin over te dragen aan "
            f"{partner.naam}. Leg eerst de toestemming vast.",
            field="toestemming_id",
        )
    return changes.update(
        verwijzing,
        stap=VerwijsStap.WARME_OVERDRACHT.value,
        warme_overdracht_op=op,
        toestemming_id=toestemming.id,
    )


# --- the sociale kaart ----------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerGegevens:
    """What the coach fills in for a partner of the sociale kaart."""

    naam: str
    soort: str = ""
    regio: str = ""
    telefoon: str = ""
    email: str = ""
    notities: str = ""


def _partner_values(data: PartnerGegevens) -> dict[str, Any]:
    naam = _text(require_text(data.naam, "naam", "de naam"), 200, "De naam", "naam")
    email = _text(data.email, 200, "Het e-mailadres", "email")
    if email and ("@" not in email or " " in email):
        raise ValidationError("Dit e-mailadres klopt niet; controleer het @-teken.", field="email")
    return {
        "naam": naam,
        "soort": _text(data.soort, 100, "De soort", "soort"),
        "regio": _text(data.regio, 100, "De regio", "regio"),
        "telefoon": _text(data.telefoon, 30, "Het telefoonnummer", "telefoon"),
        "email": email,
        "notities": _text(data.notities, 2_000, "De notities", "notities"),
    }


def create_partner(changes: Changes, data: PartnerGegevens) -> Partner:
    """Add a partner to the sociale kaart."""
    return changes.create(Partner(**_partner_values(data)))


def update_partner(changes: Changes, partner_id: uuid.UUID, data: PartnerGegevens) -> Partner:
    """Change the details of a partner."""
    partner = _get(changes.session, Partner, partner_id, "Deze partner")
    return changes.update(partner, **_partner_values(data))


def delete_partner(changes: Changes, partner_id: uuid.UUID) -> None:
    """Remove a partner; refused while a referral or consent names it."""
    session = changes.session
    partner = _get(session, Partner, partner_id, "Deze partner")
    used = session.exec(
        select(func.count()).select_from(Verwijzing).where(Verwijzing.partner_id == partner_id)
    ).one()
    consents = session.exec(
        select(func.count()).select_from(Toestemming).where(Toestemming.partner_id == partner_id)
    ).one()
    if used or consents:
        raise ValidationError(
            f"{partner.naam} kan niet weg: er zijn gezinnen naar doorverwezen of er is "
            f"toestemming voor gegeven. Pas de gegevens liever aan.",
            field="partner_id",
        )
    changes.delete(partner)


def list_partners(session: Session, zoek: str = "") -> list[Partner]:
    """The partners of the sociale kaart by name, those matching `zoek` when given."""
    query = select(Partner).order_by(func.lower(Partner.naam))
    for word in zoek.split():
        pattern = f"%{word.lower()}%"
        query = query.where(
            or_(
                *(
                    func.lower(column).like(pattern)
                    for column in (
                        col(Partner.naam),
                        col(Partner.soort),
                        col(Partner.regio),
                        col(Partner.notities),
                    )
                )
            )
        )
    return list(session.exec(query).all())


# --- reads for the zorg tab -----------------------------------------------------------------


@dataclass(frozen=True)
class ZorgRegel:
    """A concern as the tab shows it."""

    id: uuid.UUID
    soort: str
    soort_label: str
    toelichting: str
    gesignaleerd_op: date
    besluit_label: str
    besluit_op: date | None
    opgelost_op: date | None


@dataclass(frozen=True)
class VerwijzingRegel:
    """A referral as the tab shows it."""

    id: uuid.UUID
    partner_id: uuid.UUID
    partner_naam: str
    reden: str
    datum: date
    stap: str
    stap_label: str
    warme_overdracht_op: date | None


@dataclass(frozen=True)
class ToestemmingRegel:
    """A consent as the tab shows it."""

    id: uuid.UUID
    ouder_naam: str
    soort_label: str
    partner_naam: str
    wijze_label: str
    gegeven_op: date
    heeft_handtekening: bool
    ingetrokken_op: date | None


@dataclass(frozen=True)
class ZorgOverzicht:
    """Everything the zorg tab of one traject shows."""

    traject_id: uuid.UUID
    gezin_id: uuid.UUID
    gezin_naam: str
    aanmeld_datum: date
    zorgen: list[ZorgRegel]
    verwijzingen: list[VerwijzingRegel]
    toestemmingen: list[ToestemmingRegel]
    ouders: list[tuple[uuid.UUID, str]]


def zorg_overzicht(session: Session, traject_id: uuid.UUID) -> ZorgOverzicht:
    """Read the concerns, referrals and consents of a traject (consents are per family)."""
    traject = _get(session, Traject, traject_id, "Dit traject")
    gezin = _get(session, Gezin, traject.gezin_id, "Dit gezin")
    partners = {p.id: p.naam for p in session.exec(select(Partner)).all()}
    ouders = session.exec(
        select(Ouder).where(Ouder.gezin_id == gezin.id).order_by(col(Ouder.voornaam))
    ).all()
    namen = {o.id: f"{o.voornaam} {o.achternaam}".strip() for o in ouders}
    return ZorgOverzicht(
        traject_id=traject.id,
        gezin_id=gezin.id,
        gezin_naam=gezin.naam,
        aanmeld_datum=traject.aanmeld_datum,
        zorgen=[
            _zorg_regel(z)
            for z in session.exec(
                select(Contraindicatie)
                .where(Contraindicatie.traject_id == traject.id)
                .order_by(col(Contraindicatie.gesignaleerd_op), col(Contraindicatie.created_at))
            ).all()
        ],
        verwijzingen=[
            VerwijzingRegel(
                id=v.id,
                partner_id=v.partner_id,
                partner_naam=partners.get(v.partner_id, "?"),
                reden=v.reden,
                datum=v.datum,
                stap=v.stap,
                stap_label=STAP_LABELS.get(v.stap, v.stap),
                warme_overdracht_op=v.warme_overdracht_op,
            )
            for v in session.exec(
                select(Verwijzing)
                .where(Verwijzing.traject_id == traject.id)
                .order_by(col(Verwijzing.datum), col(Verwijzing.created_at))
            ).all()
        ],
        toestemmingen=[
            ToestemmingRegel(
                id=t.id,
                ouder_naam=namen.get(t.ouder_id, "?"),
                soort_label=SOORT_LABELS.get(t.soort, t.soort),
                partner_naam=partners.get(t.partner_id, "") if t.partner_id else "",
                wijze_label=WIJZE_LABELS.get(t.wijze, t.wijze),
                gegeven_op=t.gegeven_op,
                heeft_handtekening=bool(t.handtekening),
                ingetrokken_op=t.ingetrokken_op,
            )
            for t in session.exec(
                select(Toestemming)
                .where(Toestemming.gezin_id == gezin.id)
                .order_by(col(Toestemming.gegeven_op), col(Toestemming.created_at))
            ).all()
        ],
        ouders=list(namen.items()),
    )


def _zorg_regel(zorg: Contraindicatie) -> ZorgRegel:
    return ZorgRegel(
        id=zorg.id,
        soort=zorg.soort,
        soort_label=ZORG_SOORTEN.get(zorg.soort, zorg.soort),
        toelichting=zorg.toelichting,
        gesignaleerd_op=zorg.gesignaleerd_op,
        besluit_label=BESLUIT_LABELS.get(zorg.besluit, ""),
        besluit_op=zorg.besluit_op,
        opgelost_op=zorg.opgelost_op,
    )
