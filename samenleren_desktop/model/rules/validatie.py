"""Checks the services run before they store traject data.

Each check raises `ValidationError` with one Dutch sentence and the name of the offending field,
and returns nothing when the value is fine.
"""

from __future__ import annotations

from datetime import date

from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules.facts import (
    DOEL_NUMMERS,
    SMILEY_WAARDEN,
    Contact,
    DoelKeuze,
    SkippedStep,
    SmileyScore,
    TrajectFacts,
)
from samenleren_desktop.model.rules.stappen import ContactSoort, Stap


def check_contact_datum(datum: date, aanmeld_datum: date) -> None:
    """A contact cannot take place before the family was signed up."""
    if datum < aanmeld_datum:
        raise ValidationError(
            f"De datum van het contact ({datum:%d-%m-%Y}) ligt vóór de aanmelding "
            f"({aanmeld_datum:%d-%m-%Y}).",
            field="datum",
        )


def check_smiley_waarde(waarde: int) -> None:
    """A smiley score is 1 to 5."""
    if waarde not in SMILEY_WAARDEN:
        raise ValidationError(
            f"Een smileyscore is 1 tot en met 5, niet {waarde}.",
            field="waarde",
        )


def check_doel(doel: int) -> None:
    """Goals are numbered 1 to 8."""
    if doel not in DOEL_NUMMERS:
        raise ValidationError(
            f"Doel {doel} bestaat niet; kies een doel van 1 tot en met 8.",
            field="doel",
        )


def check_minuten(minuten: int, field: str) -> None:
    """A duration cannot be negative."""
    if minuten < 0:
        raise ValidationError("Een tijdsduur kan niet negatief zijn.", field=field)


def check_contact(contact: Contact, aanmeld_datum: date) -> None:
    """Date, goal numbers and durations of one contact."""
    check_contact_datum(contact.datum, aanmeld_datum)
    for doel in sorted(contact.doelen):
        check_doel(doel)
    if contact.soort is ContactSoort.DOELBEZOEK and not contact.doelen:
        raise ValidationError(
            "Kies bij een huisbezoek voor werken aan doelen minstens één doel.", field="doel"
        )
    check_minuten(contact.duur_minuten, "duur_minuten")
    check_minuten(contact.reistijd_minuten, "reistijd_minuten")


def check_smiley(score: SmileyScore) -> None:
    """Goal number and value of one smiley score."""
    check_doel(score.doel)
    check_smiley_waarde(score.waarde)


def check_doel_keuze(keuze: DoelKeuze, aanmeld_datum: date) -> None:
    """Goal number and dates of a goal in the plan."""
    check_doel(keuze.doel)
    if keuze.gekozen_op < aanmeld_datum:
        raise ValidationError(
            "Een doel kan niet gekozen zijn vóór de aanmelding.", field="gekozen_op"
        )
    if keuze.vervallen_op is not None and keuze.vervallen_op < keuze.gekozen_op:
        raise ValidationError(
            "Een doel kan niet vervallen vóór het gekozen is.", field="vervallen_op"
        )


def check_skipped_step(skipped: SkippedStep) -> None:
    """The aanmelding cannot be skipped, and skipping needs a reason."""
    if skipped.stap is Stap.AANMELDING:
        raise ValidationError("De aanmelding kan niet worden overgeslagen.", field="stap")
    if not skipped.reden.strip():
        raise ValidationError(
            "Geef een reden op waarom deze stap wordt overgeslagen.", field="reden"
        )


def check_facts(facts: TrajectFacts) -> None:
    """Every check above on a whole traject; raises on the first problem found."""
    for contact in facts.contacten:
        check_contact(contact, facts.aanmeld_datum)
    for keuze in facts.doelen:
        check_doel_keuze(keuze, facts.aanmeld_datum)
    for score in facts.smileys:
        check_smiley(score)
    for skipped in facts.overgeslagen:
        check_skipped_step(skipped)
    check_minuten(facts.registratie_minuten, "registratie_minuten")
