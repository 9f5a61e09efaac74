"""Trajecten: start one, plan and record contactmomenten, choose goals, take smiley scores.

Every function takes the `Changes` of one transaction, checks the domain rules (a contact is
never dated before the aanmelding, goals and subgoals exist in the content, smiley values are
1 to 5) and writes through it, so each change is audited and queued for sync.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time

from samenleren_desktop.model.content import Content, UnknownContent
from samenleren_desktop.model.entities import Contactmoment, PlanDoel, SmileyScore, Traject
from samenleren_desktop.model.entities.keuzes import (
    AanmeldBron,
    ContactStatus,
    GegevenDoor,
    Setting,
)
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import (
    SkippedStep,
    Stap,
    check_contact_datum,
    check_doel,
    check_smiley_waarde,
)
from samenleren_desktop.model.rules.validatie import check_skipped_step
from samenleren_desktop.model.services.changes import Changes


def start_traject(
    changes: Changes,
    gezin_id: uuid.UUID,
    aanmeld_datum: date,
    bron: str = AanmeldBron.SCHOOL,
    aangemeld_door: str = "",
) -> Traject:
    """Register the aanmelding of a family: the first step of its traject."""
    return changes.create(
        Traject(
            gezin_id=gezin_id,
            aanmeld_datum=aanmeld_datum,
            aanmeld_bron=bron,
            aangemeld_door=aangemeld_door,
        )
    )


@dataclass(frozen=True)
class NieuwContact:
    """A contactmoment as the coach plans or records it."""

    soort: str
    datum: date
    setting: str = Setting.GEZIN
    status: str = ContactStatus.GEPLAND
    tijd: time | None = None
    doelen: tuple[int, ...] = field(default_factory=tuple)
    duur_minuten: int = 0
    reistijd_minuten: int = 0
    aanwezigen: str = ""
    notities: str = ""


def add_contact(changes: Changes, traject: Traject, nieuw: NieuwContact) -> Contactmoment:
    """Plan or record a contactmoment of a traject."""
    check_contact_datum(nieuw.datum, traject.aanmeld_datum)
    for doel in nieuw.doelen:
        check_doel(doel)
    for name in ("duur_minuten", "reistijd_minuten"):
        if not 0 <= getattr(nieuw, name) <= 24 * 60:
            raise ValidationError(f"'{name}' moet tussen 0 en 1440 minuten liggen.", field=name)
    return changes.create(
        Contactmoment(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            soort=nieuw.soort,
            status=nieuw.status,
            setting=nieuw.setting,
            datum=nieuw.datum,
            tijd=nieuw.tijd,
            doelen=sorted(set(nieuw.doelen)),
            duur_minuten=nieuw.duur_minuten,
            reistijd_minuten=nieuw.reistijd_minuten,
            aanwezigen=nieuw.aanwezigen,
            notities=nieuw.notities,
        )
    )


def hold_contact(
    changes: Changes,
    contact: Contactmoment,
    duur_minuten: int,
    reistijd_minuten: int = 0,
    notities: str = "",
) -> Contactmoment:
    """Record that a planned contact took place."""
    return changes.update(
        contact,
        status=ContactStatus.GEHOUDEN.value,
        duur_minuten=duur_minuten,
        reistijd_minuten=reistijd_minuten,
        notities=notities or contact.notities,
    )


def cancel_contact(changes: Changes, contact: Contactmoment, reden: str) -> Contactmoment:
    """Call off a planned contact (it stays visible, with the reason)."""
    return changes.update(contact, status=ContactStatus.GEANNULEERD.value, reden_annulering=reden)


def skip_step(changes: Changes, traject: Traject, stap: str, reden: str) -> Traject:
    """Skip a step of the trajectpijl on purpose, e.g. straight to the end after the tussen-
    evaluatie; the reason shows on the arrow."""
    try:
        skipped = SkippedStep(Stap(stap), reden)
    except ValueError:
        raise ValidationError(f"'{stap}' is geen stap van de trajectpijl.", field="stap") from None
    check_skipped_step(skipped)
    return changes.update(traject, overgeslagen={**traject.overgeslagen, stap: reden.strip()})


def choose_goal(
    changes: Changes,
    traject: Traject,
    content: Content,
    doel: int,
    subdoelen: Iterable[str],
    gekozen_op: date,
) -> PlanDoel:
    """Put a goal with some of its subgoals in the plan van aanpak."""
    check_doel(doel)
    chosen = sorted(set(subdoelen))
    for nummer in chosen:
        try:
            content.subgoal(nummer)
        except UnknownContent as error:
            raise ValidationError(error.message, field="subdoelen") from None
        if not nummer.startswith(f"{doel}."):
            raise ValidationError(
                f"Subdoel {nummer} hoort niet bij doel {doel}.", field="subdoelen"
            )
    check_contact_datum(gekozen_op, traject.aanmeld_datum)
    return changes.create(
        PlanDoel(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            doel=doel,
            subdoelen=chosen,
            gekozen_op=gekozen_op,
        )
    )


def add_smiley(
    changes: Changes,
    traject: Traject,
    doel: int,
    moment: str,
    waarde: int,
    datum: date,
    gegeven_door: str = GegevenDoor.OUDER,
) -> SmileyScore:
    """Record a smiley score for a goal at the start, tussen- or eindevaluatie."""
    check_doel(doel)
    check_smiley_waarde(waarde)
    check_contact_datum(datum, traject.aanmeld_datum)
    return changes.create(
        SmileyScore(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            doel=doel,
            moment=moment,
            waarde=waarde,
            datum=datum,
            gegeven_door=gegeven_door,
        )
    )
