"""Due dates and the overdue flag: plan van aanpak, nazorg and follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from rules_factories import afstemmingsfase, contact, dag, gezin, ouder, traject, volledig_traject

from samenleren_desktop.model.rules import (
    ContactSoort,
    SkippedStep,
    Stap,
    StepStatus,
    TrajectFacts,
    add_months,
    state_of,
    trajectpijl,
)


def test_plan_van_aanpak_is_due_five_weeks_after_the_intake() -> None:
    facts = traject(*afstemmingsfase()[:2])  # intake on day 1
    on_time = state_of(trajectpijl(facts, dag(36)), Stap.PLAN_VAN_AANPAK)
    assert on_time.termijn is not None
    assert on_time.termijn.uiterste == on_time.uiterste_datum == dag(36)
    assert not on_time.overdue
    late = trajectpijl(facts, dag(37))
    assert state_of(late, Stap.PLAN_VAN_AANPAK).overdue
    assert state_of(late, Stap.PLAN_VAN_AANPAK).status is StepStatus.OPEN
    assert state_of(late, Stap.INFORMATIEMAP).status is StepStatus.NEXT
    assert [s.stap for s in late if s.overdue] == [Stap.PLAN_VAN_AANPAK]


def test_no_due_date_before_the_intake() -> None:
    pijl = trajectpijl(traject(), dag(200))
    assert state_of(pijl, Stap.PLAN_VAN_AANPAK).termijn is None
    assert not any(s.overdue for s in pijl)


def test_done_plan_van_aanpak_is_never_overdue() -> None:
    facts = traject(contact(ContactSoort.INTAKE, 1), contact(ContactSoort.PLAN_VAN_AANPAK, 60))
    pva = state_of(trajectpijl(facts, dag(100)), Stap.PLAN_VAN_AANPAK)
    assert pva.status is StepStatus.DONE
    assert not pva.overdue


def _eind(facts: TrajectFacts) -> date:
    eind = state_of(trajectpijl(facts, dag(0)), Stap.EINDEVALUATIE).gedaan_op
    assert eind is not None
    return eind


def test_nazorg_six_weeks_after_eindevaluatie_with_two_weeks_margin() -> None:
    facts = volledig_traject()
    eind = _eind(facts)
    nazorg = state_of(trajectpijl(facts, eind + timedelta(days=56)), Stap.NAZORG)
    assert nazorg.termijn is not None
    assert nazorg.termijn.streefdatum == eind + timedelta(weeks=6)
    assert nazorg.termijn.uiterste == eind + timedelta(weeks=8)
    assert not nazorg.overdue
    assert state_of(trajectpijl(facts, eind + timedelta(days=57)), Stap.NAZORG).overdue


def test_follow_up_six_months_after_eindevaluatie_with_four_weeks_margin() -> None:
    facts = volledig_traject()
    eind = _eind(facts)
    streef = add_months(eind, 6)
    follow_up = state_of(trajectpijl(facts, streef), Stap.FOLLOW_UP)
    assert follow_up.termijn is not None
    assert follow_up.termijn.streefdatum == streef
    assert follow_up.termijn.uiterste == streef + timedelta(weeks=4)
    assert not follow_up.overdue
    late = trajectpijl(facts, streef + timedelta(days=29))
    assert state_of(late, Stap.FOLLOW_UP).overdue
    assert state_of(late, Stap.NAZORG).overdue  # nazorg was never held either


def test_held_nazorg_is_not_overdue() -> None:
    facts = volledig_traject()
    n = (_eind(facts) - dag(0)).days
    with_nazorg = traject(*facts.contacten, contact(ContactSoort.NAZORG, n + 70), doelen=(1, 6))
    assert not state_of(trajectpijl(with_nazorg, dag(n + 100)), Stap.NAZORG).overdue


def test_tussenevaluatie_as_eindevaluatie_starts_the_nazorg_clock() -> None:
    facts = traject(
        *afstemmingsfase(),
        gezin(20, 1),
        ouder(22, 1),
        contact(ContactSoort.TUSSENEVALUATIE, 25),
        contact(ContactSoort.AFSLUITENDE_ACTIVITEIT, 28),
        doelen=[1],
        overgeslagen=(SkippedStep(Stap.EINDEVALUATIE, "Tussenevaluatie geldt als eindevaluatie."),),
    )
    nazorg = state_of(trajectpijl(facts, dag(30)), Stap.NAZORG)
    assert nazorg.status is StepStatus.NEXT
    assert nazorg.termijn is not None
    assert nazorg.termijn.streefdatum == dag(25 + 42)


def test_no_nazorg_date_without_an_end() -> None:
    facts = traject(*afstemmingsfase(), gezin(20, 1), ouder(22, 1), doelen=[1])
    assert state_of(trajectpijl(facts, dag(400)), Stap.NAZORG).termijn is None


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 3, 1), 6, date(2024, 9, 1)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2024, 10, 15), 6, date(2025, 4, 15)),
        (date(2024, 1, 31), 0, date(2024, 1, 31)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected
