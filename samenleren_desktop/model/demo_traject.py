"""Demo trajecten: each fictional family is somewhere between aanmelding and follow-up."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, select

from samenleren_desktop.model.content import AnswerContext, Content, load_content
from samenleren_desktop.model.demo_vragenlijsten import demo_answers
from samenleren_desktop.model.entities import (
    ActiviteitKeuze,
    AfsprakenkaartItem,
    Begeleider,
    Contraindicatie,
    Gezin,
    Leerkracht,
    Organisatie,
    Ouder,
    Partner,
    School,
    Toestemming,
    Traject,
    TrajectBegeleider,
    Verwijzing,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.entities.keuzes import ContactSoort as Soort
from samenleren_desktop.model.entities.keuzes import Setting, TrajectStatus
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.trajecten import (
    NieuwContact,
    add_contact,
    add_smiley,
    choose_goal,
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


@dataclass(frozen=True)
class World:
    """The organisation around the families: coaches, schools (with a teacher), partners."""

    begeleiders: tuple[uuid.UUID, ...]
    scholen: tuple[tuple[uuid.UUID, uuid.UUID], ...]
    partners: tuple[uuid.UUID, ...]
    content: Content


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
    extra = _EXTRAS.get(soort)
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


def _questionnaire(
    changes: Changes,
    rng: random.Random,
    world: World,
    traject: Traject,
    day: date,
    name: str,
    goals: list[int],
    fixed: dict[str, object],
) -> None:
    questionnaire = world.content.questionnaire(name)
    context = AnswerContext(goals=tuple(goals), today=day)
    changes.create(
        VragenlijstAntwoord(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            vragenlijst=name,
            versie=questionnaire.version,
            antwoorden=demo_answers(questionnaire, rng, context, fixed),
        )
    )


def _intake(
    changes: Changes,
    rng: random.Random,
    world: World,
    traject: Traject,
    day: date,
    goals: list[int],
) -> bool:
    besluit = rng.choices(("start", "uitstellen", "doorverwijzen"), (8, 1, 1))[0]
    ouder = _first_parent(changes, traject)
    changes.create(
        Toestemming(
            gezin_id=traject.gezin_id,
            ouder_id=ouder,
            soort="verwerking",
            gegeven_op=day,
            wijze="papier",
        )
    )
    _questionnaire(changes, rng, world, traject, day, "intake_ouder", goals, {"besluit": besluit})
    if besluit == "start":
        return True
    zorg = changes.create(
        Contraindicatie(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            gesignaleerd_op=day,
            soort="hoge_stress" if besluit == "uitstellen" else "geen_gemeenschappelijke_taal",
            besluit=besluit,
            besluit_op=day,
        )
    )
    if besluit == "doorverwijzen":
        toestemming = changes.create(
            Toestemming(
                gezin_id=traject.gezin_id,
                ouder_id=ouder,
                soort="overdracht_partner",
                partner_id=world.partners[1],
                gegeven_op=day,
                wijze="mondeling",
            )
        )
        changes.create(
            Verwijzing(
                gezin_id=traject.gezin_id,
                traject_id=traject.id,
                partner_id=world.partners[1],
                reden=f"Contra-indicatie: {zorg.soort}",
                stap="warme_overdracht",
                datum=day,
                warme_overdracht_op=day,
                toestemming_id=toestemming.id,
            )
        )
    status = TrajectStatus.UITGESTELD if besluit == "uitstellen" else TrajectStatus.AFGEBROKEN
    changes.update(traject, status=status.value, eind_datum=day, reden_einde=f"Intake: {besluit}")
    return False


def _first_parent(changes: Changes, traject: Traject) -> uuid.UUID:
    query = select(Ouder).where(Ouder.gezin_id == traject.gezin_id)
    return changes.session.exec(query.order_by(col(Ouder.voornaam))).first().id  # type: ignore[union-attr]


def _informatiemap(
    changes: Changes,
    rng: random.Random,
    world: World,
    traject: Traject,
    day: date,
    goals: list[int],
) -> bool:
    activity = rng.choice(world.content.activities)
    changes.create(
        ActiviteitKeuze(
            gezin_id=traject.gezin_id, traject_id=traject.id, activiteit=activity.id, gekozen_op=day
        )
    )
    return True


def _activiteit(
    changes: Changes,
    rng: random.Random,
    world: World,
    traject: Traject,
    day: date,
    goals: list[int],
) -> bool:
    _questionnaire(changes, rng, world, traject, day, "intake_leerkracht", goals, {})
    changes.create(
        Toestemming(
            gezin_id=traject.gezin_id,
            ouder_id=_first_parent(changes, traject),
            soort="contact_school",
            gegeven_op=day,
            wijze="handtekening",
        )
    )
    return True


def _plan(
    changes: Changes,
    rng: random.Random,
    world: World,
    traject: Traject,
    day: date,
    goals: list[int],
) -> bool:
    chosen = sorted(rng.sample(range(1, 9), rng.randint(3, 4)))
    for goal in chosen:
        subgoals = [s.number for s in world.content.goal(goal).subgoals]
        choose_goal(changes, traject, world.content, goal, rng.sample(subgoals, 2), day)
        add_smiley(changes, traject, goal, "start", rng.randint(1, 3), day)
    goals.extend(chosen)
    _questionnaire(changes, rng, world, traject, day, "startscore", goals, {})
    for volgorde, tekst in enumerate(
        ("We spelen elke dag 10 minuten samen.", "We lezen voor het slapen een boekje.")
    ):
        changes.create(
            AfsprakenkaartItem(
                gezin_id=traject.gezin_id,
                traject_id=traject.id,
                volgorde=volgorde,
                tekst=tekst,
                wie="ouder",
            )
        )
    return True


Extra = Callable[[Changes, random.Random, World, Traject, date, list[int]], bool]


def _evaluatie(moment: str) -> Extra:
    def record(
        changes: Changes,
        rng: random.Random,
        world: World,
        traject: Traject,
        day: date,
        goals: list[int],
    ) -> bool:
        for goal in goals:
            add_smiley(
                changes, traject, goal, moment, rng.randint(2 if moment == "tussen" else 3, 5), day
            )
        _questionnaire(changes, rng, world, traject, day, "evaluatie", goals, {})
        if moment == "eind":
            _questionnaire(changes, rng, world, traject, day, "evaluatie_leerkracht", goals, {})
        return True

    return record


def _nazorg(
    changes: Changes,
    rng: random.Random,
    world: World,
    traject: Traject,
    day: date,
    goals: list[int],
) -> bool:
    _questionnaire(changes, rng, world, traject, day, "nazorg", goals, {})
    return True


_EXTRAS: dict[Soort, Extra] = {
    Soort.INTAKE: _intake,
    Soort.INFORMATIEMAP: _informatiemap,
    Soort.ACTIVITEIT: _activiteit,
    Soort.PLAN_VAN_AANPAK: _plan,
    Soort.TUSSENEVALUATIE: _evaluatie("tussen"),
    Soort.EINDEVALUATIE: _evaluatie("eind"),
    Soort.NAZORG: _nazorg,
    Soort.FOLLOW_UP: _nazorg,
}

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
