"""What the demo records at each step of a traject besides the visit itself."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from samenleren_desktop.model.content import AnswerContext, Content
from samenleren_desktop.model.demo_vragenlijsten import demo_answers
from samenleren_desktop.model.entities import (
    ActiviteitKeuze,
    AfsprakenkaartItem,
    Contraindicatie,
    Ouder,
    Toestemming,
    Traject,
    Verwijzing,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.entities.keuzes import ContactSoort as Soort
from samenleren_desktop.model.entities.keuzes import TrajectStatus
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.trajecten import add_smiley, choose_goal


@dataclass(frozen=True)
class World:
    """The organisation around the families: coaches, schools (with a teacher), partners."""

    begeleiders: tuple[uuid.UUID, ...]
    scholen: tuple[tuple[uuid.UUID, uuid.UUID], ...]
    partners: tuple[uuid.UUID, ...]
    content: Content


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
    """Every demo family has at least one parent; consent is given by the first."""
    query = select(Ouder.id).where(Ouder.gezin_id == traject.gezin_id)
    parent = changes.session.exec(query.order_by(col(Ouder.voornaam))).first()
    if parent is None:
        raise ValueError("a demo family always has a parent")
    return parent


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
    for volgorde, (tekst, wie, wanneer) in enumerate(AFSPRAKEN):
        changes.create(
            AfsprakenkaartItem(
                gezin_id=traject.gezin_id,
                traject_id=traject.id,
                volgorde=volgorde,
                tekst=tekst,
                wie=wie,
                wanneer=wanneer,
            )
        )
    return True


AFSPRAKEN = (
    ("We spelen elke dag 10 minuten samen.", "ouder en kind", "na school"),
    ("We lezen voor het slapen een boekje.", "ouder", "elke avond"),
)
"""The agreements every demo family makes at its plan van aanpak: (what, who, when)."""

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


EXTRAS: dict[Soort, Extra] = {
    Soort.INTAKE: _intake,
    Soort.INFORMATIEMAP: _informatiemap,
    Soort.ACTIVITEIT: _activiteit,
    Soort.PLAN_VAN_AANPAK: _plan,
    Soort.TUSSENEVALUATIE: _evaluatie("tussen"),
    Soort.EINDEVALUATIE: _evaluatie("eind"),
    Soort.NAZORG: _nazorg,
    Soort.FOLLOW_UP: _nazorg,
}
