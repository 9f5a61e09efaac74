"""The trajectpijl on readable example trajecten: every step, next, skipped and stopped."""

from __future__ import annotations

import pytest
from rules_factories import (
    AANMELDING,
    afstemmingsfase,
    contact,
    dag,
    done_steps,
    gezin,
    ouder,
    statuses,
    traject,
    volledig_traject,
)

from samenleren_desktop.model.rules import (
    ContactSoort,
    ContactStatus,
    Fase,
    IntakeBesluit,
    SkippedStep,
    Stap,
    StepStatus,
    Stopzetting,
    next_step,
    state_of,
    trajectpijl,
)
from samenleren_desktop.model.rules.stappen import AFSTEMMINGSSTAPPEN, STAPPEN

ALLE_STAPPEN = list(Stap)


def test_arrow_has_every_step_of_the_description_in_order() -> None:
    assert [s.label for s in STAPPEN] == [
        "Aanmelding",
        "Intakegesprek",
        "Kennismakingsactiviteit",
        "Informatiemap doornemen",
        "Activiteit uitvoeren",
        "Ouder-leerkracht gesprek",
        "Plan van aanpak bespreken",
        "Werken aan doelen",
        "Tussenevaluatie",
        "Eindevaluatiegesprek",
        "Afsluitende activiteit met het gezin",
        "Nazorgcontact",
        "Follow-up gesprek",
    ]
    assert [s.stap for s in trajectpijl(traject(), dag(0))] == ALLE_STAPPEN
    assert len(AFSTEMMINGSSTAPPEN) == 6
    assert Stap.OUDER_LEERKRACHT_GESPREK.fase is Fase.AFSTEMMINGSFASE
    assert Stap.NAZORG.fase.label == "Afrondingsfase"


def test_new_traject_has_aanmelding_done_and_intake_next() -> None:
    pijl = trajectpijl(traject(), dag(2))
    assert state_of(pijl, Stap.AANMELDING).gedaan_op == AANMELDING
    assert statuses(pijl)[Stap.INTAKE] is StepStatus.NEXT
    assert all(s.status is StepStatus.OPEN for s in pijl[2:])
    assert not any(s.overdue for s in pijl)
    assert next_step(pijl) == state_of(pijl, Stap.INTAKE)


@pytest.mark.parametrize("held", range(1, 7))
def test_afstemmingsfase_steps_are_done_one_by_one(held: int) -> None:
    contacten = afstemmingsfase()[:held]
    pijl = trajectpijl(traject(*contacten), dag(20))
    assert done_steps(pijl) == ALLE_STAPPEN[: held + 1]
    for c, stap in zip(contacten, AFSTEMMINGSSTAPPEN, strict=False):
        assert state_of(pijl, stap).gedaan_op == c.datum
    assert pijl[held + 1].status is StepStatus.NEXT


def test_cancelled_and_planned_contacts_do_not_complete_a_step() -> None:
    facts = traject(
        contact(ContactSoort.INTAKE, 1, status=ContactStatus.GEANNULEERD),
        contact(ContactSoort.INTAKE, 5, status=ContactStatus.GEPLAND),
    )
    intake = state_of(trajectpijl(facts, dag(2)), Stap.INTAKE)
    assert intake.status is StepStatus.NEXT
    assert intake.gedaan_op is None
    assert intake.gepland_op == dag(5)


def test_step_is_done_on_its_first_held_contact() -> None:
    facts = traject(contact(ContactSoort.INTAKE, 9), contact(ContactSoort.INTAKE, 3))
    assert state_of(trajectpijl(facts, dag(10)), Stap.INTAKE).gedaan_op == dag(3)


def test_next_is_the_first_missing_step_even_when_later_steps_are_done() -> None:
    afstemming = afstemmingsfase()
    facts = traject(afstemming[0], *afstemming[2:])
    pijl = trajectpijl(facts, dag(20))
    assert next_step(pijl) == state_of(pijl, Stap.KENNISMAKING)
    assert statuses(pijl)[Stap.PLAN_VAN_AANPAK] is StepStatus.DONE
    assert statuses(pijl)[Stap.WERKEN_AAN_DOELEN] is StepStatus.OPEN


def test_werken_aan_doelen_is_done_when_every_goal_had_both_visits() -> None:
    base = afstemmingsfase()
    half = traject(*base, gezin(20, 1), ouder(22, 1), gezin(24, 2), doelen=(1, 2))
    assert statuses(trajectpijl(half, dag(25)))[Stap.WERKEN_AAN_DOELEN] is StepStatus.NEXT
    full = traject(*half.contacten, ouder(27, 2), doelen=(1, 2))
    werken = state_of(trajectpijl(full, dag(28)), Stap.WERKEN_AAN_DOELEN)
    assert werken.status is StepStatus.DONE
    assert werken.gedaan_op == dag(27)
    assert werken.gepland_op is None


def test_werken_aan_doelen_needs_at_least_one_goal() -> None:
    facts = traject(*afstemmingsfase(), gezin(20, 1), ouder(22, 1))
    assert statuses(trajectpijl(facts, dag(25)))[Stap.WERKEN_AAN_DOELEN] is StepStatus.NEXT


def test_planned_doelbezoek_shows_on_werken_aan_doelen() -> None:
    facts = traject(*afstemmingsfase(), gezin(30, 1, status=ContactStatus.GEPLAND), doelen=[1])
    assert state_of(trajectpijl(facts, dag(20)), Stap.WERKEN_AAN_DOELEN).gepland_op == dag(30)


def test_full_traject_then_nazorg_and_follow_up() -> None:
    facts = volledig_traject()
    eind = state_of(trajectpijl(facts, dag(60)), Stap.EINDEVALUATIE).gedaan_op
    assert eind is not None
    pijl = trajectpijl(facts, eind)
    assert done_steps(pijl) == ALLE_STAPPEN[:11]
    assert next_step(pijl) == state_of(pijl, Stap.NAZORG)
    n = (eind - AANMELDING).days
    done = traject(
        *facts.contacten,
        contact(ContactSoort.NAZORG, n + 42),
        contact(ContactSoort.FOLLOW_UP, n + 183),
        doelen=(1, 6),
    )
    pijl = trajectpijl(done, dag(n + 200))
    assert done_steps(pijl) == ALLE_STAPPEN
    assert next_step(pijl) is None


def test_coach_skips_tussenevaluatie_and_goes_straight_to_the_end() -> None:
    reden = "Weinig doelen; meteen naar de afronding."
    facts = traject(
        *afstemmingsfase(),
        gezin(20, 1),
        ouder(22, 1),
        doelen=[1],
        overgeslagen=(SkippedStep(Stap.TUSSENEVALUATIE, reden),),
    )
    pijl = trajectpijl(facts, dag(23))
    tussen = state_of(pijl, Stap.TUSSENEVALUATIE)
    assert tussen.status is StepStatus.SKIPPED
    assert tussen.reden == reden
    assert next_step(pijl) == state_of(pijl, Stap.EINDEVALUATIE)


def test_done_wins_over_skipped() -> None:
    facts = traject(
        contact(ContactSoort.INTAKE, 1),
        overgeslagen=(SkippedStep(Stap.INTAKE, "per ongeluk"),),
    )
    intake = state_of(trajectpijl(facts, dag(2)), Stap.INTAKE)
    assert intake.status is StepStatus.DONE
    assert intake.reden == ""


@pytest.mark.parametrize(
    ("besluit", "woord"),
    [(IntakeBesluit.UITSTELLEN, "uitgesteld"), (IntakeBesluit.DOORVERWIJZEN, "doorverwezen")],
)
def test_intake_decision_not_to_start_skips_the_rest(besluit: IntakeBesluit, woord: str) -> None:
    facts = traject(contact(ContactSoort.INTAKE, 1), intake_besluit=besluit)
    pijl = trajectpijl(facts, dag(100))
    assert done_steps(pijl) == [Stap.AANMELDING, Stap.INTAKE]
    rest = pijl[2:]
    assert all(s.status is StepStatus.SKIPPED and woord in s.reden for s in rest)
    assert next_step(pijl) is None


def test_intake_decision_to_start_changes_nothing() -> None:
    facts = traject(contact(ContactSoort.INTAKE, 1), intake_besluit=IntakeBesluit.STARTEN)
    assert next_step(trajectpijl(facts, dag(2))) is not None


def test_stopped_traject_keeps_done_steps_and_skips_the_rest() -> None:
    facts = traject(*afstemmingsfase()[:3], gestopt=Stopzetting(datum=dag(12), reden="Verhuisd."))
    pijl = trajectpijl(facts, dag(100))
    assert done_steps(pijl) == ALLE_STAPPEN[:4]
    skipped = [s for s in pijl if s.status is StepStatus.SKIPPED]
    assert len(skipped) == 9
    assert skipped[0].reden == "Traject gestopt op 20-01-2024: Verhuisd."
    assert not any(s.overdue for s in pijl)
