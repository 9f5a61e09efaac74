"""The informatiemap: enough activities, the named ones present, every subgoal covered."""

from __future__ import annotations

import pytest

from samenleren_desktop.model.content import load_content

NAMED_IN_THE_DESCRIPTION = [
    "taalmemory",
    "weekschema",
    "rekenbingo",
    "kwaliteitspel",
    "complimentendoos",
    "emotiekaartjes",
    "beloningsschema",
    "beloningskaarten",
    "gezinsregels",
    "ik_ga_op_reis",
    "memory",
    "boodschappenlijstje",
    "gezinscollage",
]


def test_there_are_at_least_thirty_activities() -> None:
    assert len(load_content().activities) >= 30


@pytest.mark.parametrize("activity_id", NAMED_IN_THE_DESCRIPTION)
def test_activities_named_in_the_description_are_there(activity_id: str) -> None:
    activity = load_content().activity(activity_id)
    assert activity.name
    assert activity.explanation


def test_every_subgoal_is_covered_by_an_activity() -> None:
    content = load_content()
    covered = {sub for activity in content.activities for sub in activity.subgoals}
    assert {sub.number for sub in content.subgoals} <= covered


def test_activity_fields_are_within_their_ranges() -> None:
    for activity in load_content().activities:
        assert 1 <= activity.groep_min <= activity.groep_max <= 4
        assert activity.visits
        assert set(activity.visits) <= {"ouder", "gezin"}
        assert activity.cost in {"gratis", "weinig"}
        assert 0 < activity.minutes <= 240
        assert {int(sub.split(".")[0]) for sub in activity.subgoals} <= set(activity.goals)


def test_activities_for_filters_by_goal_groep_and_visit() -> None:
    content = load_content()
    for_taal = content.activities_for(goal=2, groep=4)
    assert for_taal
    assert all(2 in a.goals and a.suits_groep(4) for a in for_taal)
    assert "om_de_beurt_lezen" not in {a.id for a in content.activities_for(groep=1)}
    parent_only = content.activities_for(visit="ouder")
    assert all("ouder" in a.visits for a in parent_only)
    assert [a.id for a in content.activities_for(subgoal="8.3")] == [
        "kwaliteitspel",
        "emotiekaartjes",
    ]


def test_activity_positive_attention_examples_from_the_description() -> None:
    ids = {a.id for a in load_content().activities_for(goal=8)}
    assert {"kwaliteitspel", "complimentendoos", "emotiekaartjes", "beloningsschema"} <= ids
