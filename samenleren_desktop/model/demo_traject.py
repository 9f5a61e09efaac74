"""Demo trajecten: each fictional family is somewhere between aanmelding and follow-up.

This module walks the steps and records the visits; demo_stappen.py adds what each step
leaves behind (questionnaires, goals, smileys, consent, referrals).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.demo_stappen import EXTRAS, World
from samenleren_desktop.model.entities import (
    Begeleider,
    Gezin,
    Leerkracht,
    Organisatie,
    Partner,
    School,
    Traject,
    TrajectBegeleider,
)
from samenleren_desktop.model.entities.keuzes import ContactSoort as Soort
from samenleren_desktop.model.entities.keuzes import Setting, TrajectStatus
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.trajecten import (
    NieuwContact,
    add_contact,
    start_traject,
)

# The steps in order, with the setting of their visit; a family stops after a random one.
STAPPEN = (
    (Soort.INTAKE, Setting.OUDER),
    (Soort.KENNISMAKING, Setting.GEZIN),
    (Soort.INFORMATIEMAP, Setting.OUDER),
    (Soort.ACTIVITEIT, Setting.GEZIN),
    (Soort.OUDER_LEERKRACHT_GESPREK, Setting.SCHOOL),
    (Soort.PLAN_VAN_AANPAK, Setting.OUDER),
    (Soort.DOELBEZOEK, Setting.GEZIN),
    (Soort.TUSSENEVALUATIE, Setting.OUDER),
    (Soort.EINDEVALUATIE, Setting.OUDER),
    (Soort.AFSLUITENDE_ACTIVITEIT, Setting.GEZIN),
    (Soort.NAZORG, Setting.TELEFOON),
    (Soort.FOLLOW_UP, Setting.TELEFOON),
)


def build_world(changes: Changes, rng: random.Random) -> World:
    """Make the fictional organisation, its coaches, schools and partners."""
    org = changes.create(Organisatie(naam="Stichting Samen Verder (fictief)", plaats="Gouda"))
    coaches = [
        changes.create(Begeleider(organisatie_id=org.id, gebruikersnaam=u, naam=n))
        for u, n in (
            ("sanne", "Sanne Wolters"),
            ("youssef", "Youssef Amrani"),
            ("ilse", "Ilse Kok"),
        )
    ]
    scholen = []
    for naam in ("De Regenboog", "Het Kompas", "De Vlinder"):
        school = changes.create(School(organisatie_id=org.id, naam=f"Basisschool {naam}"))
        juf = changes.create(Leerkracht(school_id=school.id, naam=f"Juf {rng.choice('ABDEHMP')}."))
        changes.create(Leerkracht(school_id=school.id, naam="IB'er", rol="ib"))
        scholen.append((school.id, juf.id))
    partners = [
        changes.create(Partner(naam=naam, soort=soort, regio="Midden-Holland"))
        for naam, soort in (
            ("Wijkteam Oost (fictief)", "wijkteam"),
            ("Taalhuis (fictief)", "taal"),
            ("Schuldhulp Samen (fictief)", "geldzorgen"),
        )
    ]
    return World(
        begeleiders=tuple(c.id for c in coaches),
        scholen=tuple(scholen),
        partners=tuple(p.id for p in partners),
        content=load_content(),
    )


def fill_traject(
    changes: Changes, rng: random.Random, world: World, gezin: Gezin, today: date
) -> Traject:
    """A traject for `gezin` that has reached a random step by `today`."""
    reached = rng.randint(-1, len(STAPPEN) - 1)
    spacing = 6 if reached < 7 else 10
    start = today - timedelta(days=spacing * (reached + 2) + rng.randint(0, 5) + 40 * (reached > 9))
    traject = start_traject(changes, gezin.id, start, rng.choice(("school", "school", "ouder")))
    changes.create(
        TrajectBegeleider(
            gezin_id=gezin.id,
            traject_id=traject.id,
            begeleider_id=rng.choice(world.begeleiders),
            vanaf=start,
        )
    )
    day = start
    goals: list[int] = []
    for index, (soort, setting) in enumerate(STAPPEN[: reached + 1]):
        day += timedelta(days=spacing + (180 if soort == Soort.FOLLOW_UP else 0))
        day = min(day, today)
        if not _step(changes, rng, world, traject, soort, setting, day, goals):
            return traject
        _status(changes, traject, index, day)
    _plan_next(changes, traject, reached, day, today)
    return traject


def _step(
    changes: Changes,
    rng: random.Random,
    world: World,
    traject: Traject,
    soort: Soort,
    setting: Setting,
    day: date,
    goals: list[int],
) -> bool:
    """Record one step; False when the traject stops here (intake decided otherwise)."""
    if soort == Soort.DOELBEZOEK:
        for goal in goals:
            for where in (Setting.GEZIN, Setting.OUDER):
                _held(changes, traject, Soort.DOELBEZOEK, where, day, (goal,))
        return True
    _held(changes, traject, soort, setting, day, ())
    extra = EXTRAS.get(soort)
    return extra(changes, rng, world, traject, day, goals) if extra else True


def _held(
    changes: Changes,
    traject: Traject,
    soort: Soort,
    setting: Setting,
    day: date,
    doelen: tuple[int, ...],
) -> None:
    duur = 30 if setting in (Setting.SCHOOL, Setting.TELEFOON) else 75
    add_contact(
        changes,
        traject,
        NieuwContact(
            soort=soort,
            datum=day,
            setting=setting,
            status="gehouden",
            doelen=doelen,
            duur_minuten=duur,
            reistijd_minuten=0 if setting == Setting.TELEFOON else 25,
            aanwezigen="ouder en kind" if setting == Setting.GEZIN else "ouder",
        ),
    )


_STATUS_AFTER = {
    0: TrajectStatus.AFSTEMMING,
    5: TrajectStatus.DOELEN,
    8: TrajectStatus.AFRONDING,
    9: TrajectStatus.NAZORG,
    11: TrajectStatus.AFGESLOTEN,
}


def _status(changes: Changes, traject: Traject, index: int, day: date) -> None:
    status = _STATUS_AFTER.get(index)
    if status is not None:
        end = day if status == TrajectStatus.AFGESLOTEN else None
        changes.update(traject, status=status.value, eind_datum=end)


def _plan_next(changes: Changes, traject: Traject, reached: int, day: date, today: date) -> None:
    """A planned visit for the next step, in the coming two weeks."""
    if reached + 1 >= len(STAPPEN):
        return
    soort, setting = STAPPEN[reached + 1]
    when = max(day, today) + timedelta(days=1 + (reached % 10))
    add_contact(changes, traject, NieuwContact(soort=soort, datum=when, setting=setting))
