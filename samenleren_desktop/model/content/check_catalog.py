"""Checks for `doelen.json` (colours, goals, subgoals) and `informatiemap.json` (activities)."""

from __future__ import annotations

import re
from typing import Any

from samenleren_desktop.model.content.catalog import (
    COSTS,
    GOAL_KINDS,
    GROEP_MAX,
    GROEP_MIN,
    VISIT_KINDS,
)
from samenleren_desktop.model.content.problems import SLUG, FileReport, join

GOALS_FILE = "doelen.json"
HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")

# Goal number -> its subgoal numbers; what the other files may refer to.
GoalIndex = dict[int, list[str]]


def check_goals(raw: object, report: FileReport) -> GoalIndex:
    """Report every problem in the goals file; return the goals and subgoals that are usable."""
    doc = report.obj(raw, "")
    if doc is None:
        return {}
    report.unknown_keys(doc, ("schema", "kleuren", "doelen"), "")
    report.integer(doc, "schema", "")
    colours = _check_colours(doc.get("kleuren"), report)
    index: GoalIndex = {}
    for position, item in enumerate(report.items(doc.get("doelen"), "doelen")):
        path = f"doelen[{position}]"
        goal = report.obj(item, path)
        if goal is not None:
            _check_goal(goal, path, colours, index, report)
    expected = list(range(1, len(index) + 1))
    if sorted(index) != expected and index:
        report.add("doelen", "doelen moeten genummerd zijn 1, 2, 3 … zonder gaten")
    return index


def _check_colours(raw: object, report: FileReport) -> set[str]:
    names: set[str] = set()
    for position, item in enumerate(report.items(raw, "kleuren")):
        path = f"kleuren[{position}]"
        colour = report.obj(item, path)
        if colour is None:
            continue
        report.unknown_keys(colour, ("naam", "hex", "betekenis"), path)
        name = report.text(colour, "naam", path)
        hex_value = report.text(colour, "hex", path)
        report.text(colour, "betekenis", path, required=False)
        if hex_value and not HEX.match(hex_value):
            report.add(join(path, "hex"), f"‘{hex_value}’ is geen kleurcode zoals #6A3D9A")
        if name in names:
            report.add(join(path, "naam"), f"kleur ‘{name}’ komt twee keer voor")
        names.add(name)
    return names


def _check_goal(
    goal: dict[str, Any], path: str, colours: set[str], index: GoalIndex, report: FileReport
) -> None:
    report.unknown_keys(goal, ("nummer", "tekst", "kort", "kleur", "soort", "subdoelen"), path)
    number = report.integer(goal, "nummer", path)
    report.text(goal, "tekst", path)
    report.text(goal, "kort", path)
    colour = report.text(goal, "kleur", path)
    if colour and colour not in colours:
        report.add(join(path, "kleur"), f"kleur ‘{colour}’ staat niet bij de kleuren")
    kind = report.text(goal, "soort", path)
    if kind and kind not in GOAL_KINDS:
        report.add(join(path, "soort"), f"soort moet {' of '.join(GOAL_KINDS)} zijn")
    if number is None:
        return
    if number in index:
        report.add(join(path, "nummer"), f"doel {number} komt twee keer voor")
        return
    index[number] = _check_subgoals(goal.get("subdoelen"), number, join(path, "subdoelen"), report)


def _check_subgoals(raw: object, goal: int, path: str, report: FileReport) -> list[str]:
    numbers: list[str] = []
    for position, item in enumerate(report.items(raw, path)):
        sub_path = f"{path}[{position}]"
        subgoal = report.obj(item, sub_path)
        if subgoal is None:
            continue
        report.unknown_keys(subgoal, ("nummer", "tekst"), sub_path)
        report.text(subgoal, "tekst", sub_path)
        number = report.text(subgoal, "nummer", sub_path)
        expected = f"{goal}.{len(numbers) + 1}"
        if number and number != expected:
            report.add(join(sub_path, "nummer"), f"verwacht subdoel {expected}, niet {number}")
        numbers.append(expected)
    return numbers


ACTIVITIES_FILE = "informatiemap.json"
_FIELDS = (
    "id",
    "naam",
    "uitleg",
    "doelen",
    "subdoelen",
    "groep",
    "materialen",
    "duur_minuten",
    "bezoek",
    "kosten",
    "icoon",
)
MAX_MINUTES = 240


def check_activities(raw: object, goals: GoalIndex, report: FileReport) -> int:
    """Report every problem in the informatiemap; return the number of activities."""
    doc = report.obj(raw, "")
    if doc is None:
        return 0
    report.unknown_keys(doc, ("schema", "activiteiten"), "")
    report.integer(doc, "schema", "")
    seen: set[str] = set()
    activities = report.items(doc.get("activiteiten"), "activiteiten")
    for position, item in enumerate(activities):
        path = f"activiteiten[{position}]"
        activity = report.obj(item, path)
        if activity is not None:
            _check_activity(activity, path, goals, seen, report)
    return len(activities)


def _check_activity(
    activity: dict[str, Any], path: str, goals: GoalIndex, seen: set[str], report: FileReport
) -> None:
    report.unknown_keys(activity, _FIELDS, path)
    slug = report.text(activity, "id", path)
    if slug and not SLUG.match(slug):
        report.add(join(path, "id"), f"‘{slug}’ mag alleen kleine letters, cijfers en _ bevatten")
    if slug in seen:
        report.add(join(path, "id"), f"id ‘{slug}’ komt twee keer voor")
    seen.add(slug)
    report.text(activity, "naam", path)
    report.text(activity, "uitleg", path)
    linked = _check_goal_links(activity, path, goals, report)
    _check_subgoal_links(activity, path, goals, linked, report)
    _check_groep(activity.get("groep"), join(path, "groep"), report)
    _check_strings(activity.get("materialen"), join(path, "materialen"), report, non_empty=False)
    minutes = report.integer(activity, "duur_minuten", path)
    if minutes is not None and not 1 <= minutes <= MAX_MINUTES:
        report.add(join(path, "duur_minuten"), f"moet tussen 1 en {MAX_MINUTES} minuten liggen")
    for visit in _check_strings(activity.get("bezoek"), join(path, "bezoek"), report):
        if visit not in VISIT_KINDS:
            report.add(join(path, "bezoek"), f"bezoek ‘{visit}’ moet ouder of gezin zijn")
    cost = report.text(activity, "kosten", path)
    if cost and cost not in COSTS:
        report.add(join(path, "kosten"), "kosten moeten gratis of weinig zijn")
    icon = report.text(activity, "icoon", path, required=False)
    if icon and not SLUG.match(icon):
        report.add(join(path, "icoon"), f"‘{icon}’ is geen kort trefwoord (kleine letters)")


def _check_goal_links(
    activity: dict[str, Any], path: str, goals: GoalIndex, report: FileReport
) -> set[int]:
    linked: set[int] = set()
    for position, goal in enumerate(report.items(activity.get("doelen"), join(path, "doelen"))):
        field = f"{join(path, 'doelen')}[{position}]"
        if isinstance(goal, bool) or not isinstance(goal, int):
            report.add(field, "moet een doelnummer zijn (geheel getal)")
        elif goal not in goals:
            report.add(field, f"doel {goal} bestaat niet")
        else:
            linked.add(goal)
    return linked


def _check_subgoal_links(
    activity: dict[str, Any], path: str, goals: GoalIndex, linked: set[int], report: FileReport
) -> None:
    known = {subgoal: goal for goal, subgoals in goals.items() for subgoal in subgoals}
    subgoals = report.items(activity.get("subdoelen"), join(path, "subdoelen"))
    for position, subgoal in enumerate(subgoals):
        field = f"{join(path, 'subdoelen')}[{position}]"
        if not isinstance(subgoal, str):
            report.add(field, 'moet een subdoelnummer zijn, zoals "2.3"')
        elif subgoal not in known:
            report.add(field, f"subdoel {subgoal} bestaat niet")
        elif known[subgoal] not in linked:
            report.add(
                field, f"subdoel {subgoal} hoort bij doel {known[subgoal]}, zet dat ook bij doelen"
            )


def _check_groep(raw: object, path: str, report: FileReport) -> None:
    groep = report.obj(raw, path)
    if groep is None:
        return
    report.unknown_keys(groep, ("min", "max"), path)
    low, high = report.integer(groep, "min", path), report.integer(groep, "max", path)
    for key, value in (("min", low), ("max", high)):
        if value is not None and not GROEP_MIN <= value <= GROEP_MAX:
            report.add(join(path, key), f"groep {value} ligt niet tussen 1 en 4")
    if low is not None and high is not None and low > high:
        report.add(path, f"min ({low}) is groter dan max ({high})")


def _check_strings(
    raw: object, path: str, report: FileReport, *, non_empty: bool = True
) -> list[str]:
    values: list[str] = []
    for position, value in enumerate(report.items(raw, path, non_empty=non_empty)):
        if isinstance(value, str) and value.strip():
            values.append(value)
        else:
            report.add(f"{path}[{position}]", "moet een tekst zijn die niet leeg is")
    return values
