"""The per-goal rule: a family visit and a parent-only visit per goal before the tussenevaluatie."""

from __future__ import annotations

from rules_factories import AANMELDING, afstemmingsfase, contact, dag, gezin, ouder, traject

from samenleren_desktop.model.rules import (
    ContactSoort,
    ContactStatus,
    DoelKeuze,
    Setting,
    TrajectFacts,
    goal_progress,
    missing_per_goal,
    tussenevaluatie_ready,
    werken_aan_doelen_done_on,
)


def test_no_goals_is_not_ready() -> None:
    facts = traject(*afstemmingsfase())
    assert goal_progress(facts) == ()
    assert missing_per_goal(facts) == {}
    assert not tussenevaluatie_ready(facts)
    assert werken_aan_doelen_done_on(facts) is None


def test_every_goal_starts_missing_both_visits() -> None:
    facts = traject(*afstemmingsfase(), doelen=(2, 8, 6))
    assert missing_per_goal(facts) == {
        2: (Setting.GEZIN, Setting.OUDER),
        6: (Setting.GEZIN, Setting.OUDER),
        8: (Setting.GEZIN, Setting.OUDER),
    }


def test_one_visit_covers_only_its_setting() -> None:
    facts = traject(gezin(20, 1), ouder(22, 2), doelen=(1, 2))
    assert missing_per_goal(facts) == {1: (Setting.OUDER,), 2: (Setting.GEZIN,)}
    assert not tussenevaluatie_ready(facts)


def test_a_visit_may_work_on_several_goals() -> None:
    facts = traject(gezin(20, 1, 2), ouder(22, 1, 2), doelen=(1, 2))
    assert tussenevaluatie_ready(facts)
    assert werken_aan_doelen_done_on(facts) == dag(22)


def test_school_visits_and_other_kinds_do_not_count() -> None:
    facts = traject(
        contact(ContactSoort.DOELBEZOEK, 20, setting=Setting.SCHOOL, doelen=[5]),
        contact(ContactSoort.ACTIVITEIT, 21, setting=Setting.GEZIN, doelen=[5]),
        ouder(22, 5),
        doelen=[5],
    )
    assert missing_per_goal(facts) == {5: (Setting.GEZIN,)}


def test_cancelled_and_planned_visits_do_not_count() -> None:
    facts = traject(
        gezin(20, 1, status=ContactStatus.GEANNULEERD),
        ouder(22, 1, status=ContactStatus.GEPLAND),
        doelen=[1],
    )
    assert missing_per_goal(facts) == {1: (Setting.GEZIN, Setting.OUDER)}


def test_visits_on_goals_not_chosen_are_ignored() -> None:
    facts = traject(gezin(20, 3), ouder(22, 3), doelen=[1])
    assert missing_per_goal(facts) == {1: (Setting.GEZIN, Setting.OUDER)}


def test_dropped_goal_no_longer_needs_visits() -> None:
    facts = TrajectFacts(
        aanmeld_datum=AANMELDING,
        contacten=(gezin(20, 1), ouder(22, 1)),
        doelen=(
            DoelKeuze(doel=1, gekozen_op=dag(16)),
            DoelKeuze(doel=7, gekozen_op=dag(16), vervallen_op=dag(21)),
        ),
    )
    assert tussenevaluatie_ready(facts)
    assert [p.doel for p in goal_progress(facts)] == [1]


def test_progress_counts_and_dates() -> None:
    facts = traject(ouder(20, 4), gezin(24, 4), ouder(26, 4), doelen=[4])
    (progress,) = goal_progress(facts)
    assert progress.eerste_ouder == dag(20)
    assert progress.eerste_gezin == dag(24)
    assert (progress.aantal_gezin, progress.aantal_ouder) == (1, 2)
    assert progress.compleet_op == dag(24)
    assert werken_aan_doelen_done_on(facts) == dag(24)


def test_done_on_is_the_day_the_last_goal_got_its_second_visit() -> None:
    facts = traject(gezin(20, 1), ouder(21, 1), ouder(23, 2), gezin(30, 2), doelen=(1, 2))
    assert werken_aan_doelen_done_on(facts) == dag(30)


def test_messages_say_what_is_missing() -> None:
    facts = traject(gezin(20, 1), doelen=(1, 3))
    by_goal = {p.doel: p.bericht for p in goal_progress(facts)}
    assert by_goal[1] == "Doel 1: nog nodig: een huisbezoek met de ouder."
    assert by_goal[3] == (
        "Doel 3: nog nodig: een huisbezoek met het gezin en een huisbezoek met de ouder."
    )
    done = traject(gezin(20, 1), ouder(21, 1), doelen=[1])
    assert goal_progress(done)[0].bericht.endswith("gehouden.")
