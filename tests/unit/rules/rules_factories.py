"""Small builders for readable example trajecten in the rules tests.

Days are numbered from the aanmelding: `dag(0)` is the aanmeld_datum, a Monday.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from samenleren_desktop.model.rules import (
    Contact,
    ContactSoort,
    ContactStatus,
    DoelKeuze,
    Moment,
    Setting,
    SmileyScore,
    Stap,
    StepState,
    StepStatus,
    TrajectFacts,
)

AANMELDING = date(2024, 1, 8)

DEFAULT_SETTING: dict[ContactSoort, Setting] = {
    ContactSoort.KENNISMAKING: Setting.GEZIN,
    ContactSoort.ACTIVITEIT: Setting.GEZIN,
    ContactSoort.OUDER_LEERKRACHT_GESPREK: Setting.SCHOOL,
    ContactSoort.AFSLUITENDE_ACTIVITEIT: Setting.GEZIN,
}


def dag(n: int) -> date:
    """The day `n` days after the aanmelding."""
    return AANMELDING + timedelta(days=n)


def contact(
    soort: ContactSoort,
    n: int,
    *,
    setting: Setting | None = None,
    doelen: Iterable[int] = (),
    status: ContactStatus = ContactStatus.GEHOUDEN,
    duur: int = 60,
    reis: int = 20,
) -> Contact:
    """A contact on day `n`; held, with the usual setting for its kind unless told."""
    return Contact(
        soort=soort,
        datum=dag(n),
        status=status,
        setting=setting or DEFAULT_SETTING.get(soort, Setting.OUDER),
        doelen=frozenset(doelen),
        duur_minuten=duur,
        reistijd_minuten=reis,
    )


def gezin(n: int, *doelen: int, status: ContactStatus = ContactStatus.GEHOUDEN) -> Contact:
    """A doelbezoek with the whole family on day `n`."""
    return contact(ContactSoort.DOELBEZOEK, n, setting=Setting.GEZIN, doelen=doelen, status=status)


def ouder(n: int, *doelen: int, status: ContactStatus = ContactStatus.GEHOUDEN) -> Contact:
    """A doelbezoek with the parent alone on day `n`."""
    return contact(ContactSoort.DOELBEZOEK, n, setting=Setting.OUDER, doelen=doelen, status=status)


def afstemmingsfase(start: int = 1) -> tuple[Contact, ...]:
    """The six held steps of the afstemmingsfase, two visits a week from day `start`."""
    soorten = [
        ContactSoort.INTAKE,
        ContactSoort.KENNISMAKING,
        ContactSoort.INFORMATIEMAP,
        ContactSoort.ACTIVITEIT,
        ContactSoort.OUDER_LEERKRACHT_GESPREK,
        ContactSoort.PLAN_VAN_AANPAK,
    ]
    return tuple(contact(s, start + 3 * i) for i, s in enumerate(soorten))


def doelbezoeken(doelen: Iterable[int], start: int) -> tuple[Contact, ...]:
    """For each goal one family visit and one parent visit, every other day from `start`."""
    result: list[Contact] = []
    for doel in doelen:
        result.append(gezin(start + 2 * len(result), doel))
        result.append(ouder(start + 2 * len(result), doel))
    return tuple(result)


def keuzes(*doelen: int, op: int = 16) -> tuple[DoelKeuze, ...]:
    """Goals chosen on day `op` (default: around the plan van aanpak)."""
    return tuple(DoelKeuze(doel=d, gekozen_op=dag(op)) for d in doelen)


def scores(moment: Moment, *doelen: int, waarde: int = 3) -> tuple[SmileyScore, ...]:
    """One smiley score per goal at `moment`."""
    return tuple(SmileyScore(doel=d, moment=moment, waarde=waarde) for d in doelen)


def traject(*contacten: Contact, doelen: Iterable[int] = (), **kwargs: Any) -> TrajectFacts:
    """A traject signed up on day 0 with these contacts and goals (chosen on day 16)."""
    base = TrajectFacts(aanmeld_datum=AANMELDING, contacten=contacten, doelen=keuzes(*doelen))
    return dataclasses.replace(base, **kwargs)


def volledig_traject(doelen: tuple[int, ...] = (1, 6)) -> TrajectFacts:
    """A traject held up to and including the afsluitende activiteit.

    Afstemmingsfase on days 1-16, doelbezoeken from day 20, tussenevaluatie 3 days after the
    last doelbezoek, eindevaluatie 14 days later, afsluitende activiteit 3 days after that.
    """
    visits = doelbezoeken(doelen, 20)
    t = 20 + 2 * (len(visits) - 1) + 3
    return traject(
        *afstemmingsfase(),
        *visits,
        contact(ContactSoort.TUSSENEVALUATIE, t),
        contact(ContactSoort.EINDEVALUATIE, t + 14),
        contact(ContactSoort.AFSLUITENDE_ACTIVITEIT, t + 17),
        doelen=doelen,
        smileys=(
            *scores(Moment.START, *doelen),
            *scores(Moment.TUSSEN, *doelen),
            *scores(Moment.EIND, *doelen),
        ),
    )


def statuses(pijl: list[StepState]) -> dict[Stap, StepStatus]:
    """The status per step, for compact assertions."""
    return {s.stap: s.status for s in pijl}


def done_steps(pijl: list[StepState]) -> list[Stap]:
    """The steps that are done, in arrow order."""
    return [s.stap for s in pijl if s.status is StepStatus.DONE]
