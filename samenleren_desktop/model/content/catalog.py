"""The catalog: goals (doelen), subgoals and colours, and the activities of the informatiemap."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ONDERWIJS = "onderwijs"  # goals 1-5: support for school learning
OPVOEDING = "opvoeding"  # goals 6-8: parenting
GOAL_KINDS = (ONDERWIJS, OPVOEDING)


@dataclass(frozen=True)
class Colour:
    """A named colour of the goals, e.g. paars, with its hex value '#6A3D9A'."""

    name: str
    hex: str
    meaning: str = ""


@dataclass(frozen=True)
class Subgoal:
    """A numbered subgoal such as 2.3; `goal` is the number of its goal."""

    number: str
    text: str

    @property
    def goal(self) -> int:
        return int(self.number.split(".", 1)[0])


@dataclass(frozen=True)
class Goal:
    """One of the eight goals, worded as in the description of the intervention."""

    number: int
    text: str
    short_name: str
    colour: Colour
    kind: str
    subgoals: tuple[Subgoal, ...]

    @property
    def is_parenting_goal(self) -> bool:
        return self.kind == OPVOEDING

    @property
    def label(self) -> str:
        """'Doel 6: Structuur'."""
        return f"Doel {self.number}: {self.short_name}"


def parse_goals(raw: Mapping[str, Any]) -> tuple[dict[str, Colour], tuple[Goal, ...]]:
    """The colours by name and the goals from `doelen.json`; the file must have passed checks."""
    colours = {
        str(item["naam"]): Colour(
            str(item["naam"]), str(item["hex"]), str(item.get("betekenis", ""))
        )
        for item in raw["kleuren"]
    }
    goals = tuple(_parse_goal(item, colours) for item in raw["doelen"])
    return colours, goals


def _parse_goal(raw: Mapping[str, Any], colours: Mapping[str, Colour]) -> Goal:
    return Goal(
        number=int(raw["nummer"]),
        text=str(raw["tekst"]),
        short_name=str(raw["kort"]),
        colour=colours[str(raw["kleur"])],
        kind=str(raw["soort"]),
        subgoals=tuple(
            Subgoal(str(item["nummer"]), str(item["tekst"])) for item in raw["subdoelen"]
        ),
    )


OUDER = "ouder"  # a visit with the parent(s) alone, during school hours
GEZIN = "gezin"  # a visit with the whole family, outside school hours
VISIT_KINDS = (OUDER, GEZIN)

GRATIS = "gratis"
WEINIG = "weinig"
COSTS = (GRATIS, WEINIG)

GROEP_MIN = 1
GROEP_MAX = 4


@dataclass(frozen=True)
class Activity:
    """One activity from the informatiemap.

    Attributes:
        id: a stable slug, e.g. "taalmemory".
        name: the name shown, e.g. "Taalmemory".
        explanation: a short explanation in plain Dutch.
        goals: goal numbers it works on.
        subgoals: subgoal numbers it works on, e.g. ("2.7", "1.2").
        groep_min, groep_max: the school years it suits (1-4).
        materials: what is needed.
        minutes: about how long it takes.
        visits: "ouder" and/or "gezin": the kind of home visit it fits.
        cost: "gratis" or "weinig".
        icon: a keyword the GUI maps to a picture, or "".
    """

    id: str
    name: str
    explanation: str
    goals: tuple[int, ...]
    subgoals: tuple[str, ...]
    groep_min: int
    groep_max: int
    materials: tuple[str, ...]
    minutes: int
    visits: tuple[str, ...]
    cost: str
    icon: str = ""

    def suits_groep(self, groep: int) -> bool:
        return self.groep_min <= groep <= self.groep_max

    def matches(
        self,
        goal: int | None = None,
        subgoal: str | None = None,
        groep: int | None = None,
        visit: str | None = None,
    ) -> bool:
        """True when the activity fits every filter that is given."""
        return (
            (goal is None or goal in self.goals)
            and (subgoal is None or subgoal in self.subgoals)
            and (groep is None or self.suits_groep(groep))
            and (visit is None or visit in self.visits)
        )


def parse_activities(raw: Mapping[str, Any]) -> tuple[Activity, ...]:
    """The activities from `informatiemap.json`; the file must have passed the checks."""
    return tuple(_parse_activity(item) for item in raw["activiteiten"])


def _parse_activity(raw: Mapping[str, Any]) -> Activity:
    return Activity(
        id=str(raw["id"]),
        name=str(raw["naam"]),
        explanation=str(raw["uitleg"]),
        goals=tuple(int(goal) for goal in raw["doelen"]),
        subgoals=tuple(str(subgoal) for subgoal in raw["subdoelen"]),
        groep_min=int(raw["groep"]["min"]),
        groep_max=int(raw["groep"]["max"]),
        materials=tuple(str(item) for item in raw["materialen"]),
        minutes=int(raw["duur_minuten"]),
        visits=tuple(str(visit) for visit in raw["bezoek"]),
        cost=str(raw["kosten"]),
        icon=str(raw.get("icoon", "")),
    )
