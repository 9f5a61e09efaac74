"""A new aanmelding: a family with parents and children, and the traject it starts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from samenleren_desktop.model.entities import Kind, Ouder, Traject
from samenleren_desktop.model.entities.keuzes import AanmeldBron
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.gezinnen import NieuwGezin, create_gezin
from samenleren_desktop.model.services.trajecten import start_traject
from samenleren_desktop.model.services.validation import require_text, validate_record


@dataclass(frozen=True)
class NieuweAanmelding:
    """A new family and the aanmelding that starts its traject.

    Attributes:
        gezin: the family with its parents and children.
        aanmeld_datum: the day of the aanmelding.
        bron: how the family was signed up (`AanmeldBron`).
        aangemeld_door: who signed the family up, e.g. the teacher's name.
    """

    gezin: NieuwGezin
    aanmeld_datum: date
    bron: str = AanmeldBron.SCHOOL
    aangemeld_door: str = ""


def registreer_aanmelding(changes: Changes, aanmelding: NieuweAanmelding) -> Traject:
    """Add the family, its parents and children, and start its traject, in one transaction.

    Raises:
        ValidationError: with `field` naming the part ("ouders.0.voornaam", "kinderen.1.groep",
            "naam", "aanmeld_datum"...); the transaction then writes nothing.
    """
    nieuw = aanmelding.gezin
    require_text(nieuw.naam, "naam", "de naam van het gezin")
    if not nieuw.ouders:
        raise ValidationError("Vul minstens één ouder in.", field="ouders.0.voornaam")
    if not nieuw.kinderen:
        raise ValidationError("Vul minstens één kind in.", field="kinderen.0.voornaam")
    for index, kind in enumerate(nieuw.kinderen):
        if kind.geboortedatum is not None and kind.geboortedatum > aanmelding.aanmeld_datum:
            raise ValidationError(
                f"Kind {index + 1}: de geboortedatum ligt na de aanmelddatum.",
                field=f"kinderen.{index}.geboortedatum",
            )
    _check_parts(nieuw)
    gezin = create_gezin(changes, nieuw)
    return start_traject(
        changes,
        gezin.id,
        aanmelding.aanmeld_datum,
        aanmelding.bron,
        aanmelding.aangemeld_door.strip(),
    )


def _check_parts(nieuw: NieuwGezin) -> None:
    """Check every parent and child on its own, so an error names which one ("ouders.1.x")."""
    probe = uuid.UUID(int=0)
    parts: list[tuple[str, str, Ouder | Kind]] = []
    for index, ouder in enumerate(nieuw.ouders):
        values = {k: v for k, v in vars(ouder).items() if k != "id"}
        parts.append((f"ouders.{index}", f"Ouder {index + 1}", Ouder(gezin_id=probe, **values)))
    for index, kind in enumerate(nieuw.kinderen):
        values = {k: v for k, v in vars(kind).items() if k != "id"}
        parts.append((f"kinderen.{index}", f"Kind {index + 1}", Kind(gezin_id=probe, **values)))
    for prefix, wie, record in parts:
        try:
            require_text(record.voornaam, "voornaam", "de voornaam")
            validate_record(record)
        except ValidationError as error:
            veld = f"{prefix}.{error.field or ''}"
            raise ValidationError(f"{wie}: {_plain(error.message)}", field=veld) from None


_VELD_NAMEN = {
    "'voornaam'": "de voornaam",
    "'achternaam'": "de achternaam",
    "'taal'": "de taal",
    "'telefoon'": "het telefoonnummer",
    "'email'": "het e-mailadres",
    "'bereikbaarheid'": "de bereikbaarheid",
    "'groep'": "de groep",
}


def _plain(message: str) -> str:
    """'voornaam' is te lang → de voornaam is te lang."""
    for veld, naam in _VELD_NAMEN.items():
        message = message.replace(veld, naam)
    return message
