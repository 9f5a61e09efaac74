"""A parent's consent: record it (signed on screen, on paper or spoken) and withdraw it.

A consent for a warm handover (`overdracht_partner`) names the partner; a signed consent
carries the drawn signature as PNG bytes. Every write goes through `Changes`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from samenleren_desktop.model.entities import Ouder, Partner, Toestemming
from samenleren_desktop.model.entities.keuzes import ToestemmingSoort, ToestemmingWijze
from samenleren_desktop.model.errors import RecordNotFound, ValidationError
from samenleren_desktop.model.services.changes import Changes

SOORT_LABELS: dict[str, str] = {
    ToestemmingSoort.VERWERKING: "Gegevens bewaren en gebruiken",
    ToestemmingSoort.CONTACT_SCHOOL: "Contact met school",
    ToestemmingSoort.OVERDRACHT_PARTNER: "Overdracht aan een partner",
}

WIJZE_LABELS: dict[str, str] = {
    ToestemmingWijze.HANDTEKENING: "Handtekening op het scherm",
    ToestemmingWijze.PAPIER: "Op papier getekend",
    ToestemmingWijze.MONDELING: "Mondeling gegeven",
}

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_HANDTEKENING_BYTES = 500_000
"""A drawn signature is a small PNG; anything larger is not a signature."""


@dataclass(frozen=True)
class NieuweToestemming:
    """What the coach records when a parent gives consent."""

    ouder_id: uuid.UUID
    soort: str
    gegeven_op: date
    wijze: str = ToestemmingWijze.PAPIER
    partner_id: uuid.UUID | None = None
    handtekening: bytes | None = None
    toelichting: str = ""


def record_toestemming(
    changes: Changes, gezin_id: uuid.UUID, nieuw: NieuweToestemming
) -> Toestemming:
    """Record that a parent of the family gave consent.

    Raises:
        ValidationError: the parent is not of this family, a handover names no partner,
            or a signed consent has no (valid) signature.
    """
    ouder = changes.session.get(Ouder, nieuw.ouder_id)
    if ouder is None or ouder.gezin_id != gezin_id:
        raise ValidationError("Kies een ouder van dit gezin.", field="ouder_id")
    _check_partner(changes.session, nieuw)
    handtekening = _checked_signature(nieuw)
    return changes.create(
        Toestemming(
            gezin_id=gezin_id,
            ouder_id=nieuw.ouder_id,
            soort=nieuw.soort,
            partner_id=nieuw.partner_id
            if nieuw.soort == ToestemmingSoort.OVERDRACHT_PARTNER
            else None,
            gegeven_op=nieuw.gegeven_op,
            wijze=nieuw.wijze,
            handtekening=handtekening,
            toelichting=nieuw.toelichting.strip(),
        )
    )


def _check_partner(session: Session, nieuw: NieuweToestemming) -> None:
    if nieuw.soort != ToestemmingSoort.OVERDRACHT_PARTNER:
        return
    if nieuw.partner_id is None or session.get(Partner, nieuw.partner_id) is None:
        raise ValidationError(
            "Kies de partner van de sociale kaart waaraan het gezin wordt overgedragen.",
            field="partner_id",
        )


def _checked_signature(nieuw: NieuweToestemming) -> bytes | None:
    if nieuw.wijze != ToestemmingWijze.HANDTEKENING:
        return None
    data = nieuw.handtekening or b""
    if not data:
        raise ValidationError(
            "Er staat nog geen handtekening. Laat de ouder tekenen, of kies 'op papier'.",
            field="handtekening",
        )
    if not data.startswith(PNG_SIGNATURE):
        raise ValidationError("De handtekening is geen geldig plaatje.", field="handtekening")
    if len(data) > MAX_HANDTEKENING_BYTES:
        raise ValidationError(
            "De handtekening is te groot. Zet het scherm op 'Opnieuw' en teken nog eens.",
            field="handtekening",
        )
    return data


def withdraw_toestemming(changes: Changes, toestemming_id: uuid.UUID, op: date) -> Toestemming:
    """Record that the parent withdrew a consent (it stays visible, marked withdrawn)."""
    toestemming = changes.session.get(Toestemming, toestemming_id)
    if toestemming is None:
        raise RecordNotFound("Deze toestemming bestaat niet (meer).")
    if toestemming.ingetrokken_op is not None:
        raise ValidationError("Deze toestemming is al ingetrokken.", field="ingetrokken_op")
    if op < toestemming.gegeven_op:
        raise ValidationError(
            "Intrekken kan niet vóór de dag van de toestemming "
            f"({toestemming.gegeven_op:%d-%m-%Y}).",
            field="ingetrokken_op",
        )
    return changes.update(toestemming, ingetrokken_op=op)


def valid_handover_consent(
    session: Session, gezin_id: uuid.UUID, partner_id: uuid.UUID, op: date
) -> Toestemming | None:
    """The consent that allows a warm handover of the family to the partner on `op`, if any."""
    found = session.exec(
        select(Toestemming)
        .where(
            Toestemming.gezin_id == gezin_id,
            Toestemming.partner_id == partner_id,
            Toestemming.soort == ToestemmingSoort.OVERDRACHT_PARTNER.value,
            col(Toestemming.gegeven_op) <= op,
        )
        .order_by(col(Toestemming.gegeven_op).desc())
    ).all()
    for toestemming in found:
        if toestemming.ingetrokken_op is None or toestemming.ingetrokken_op > op:
            return toestemming
    return None
