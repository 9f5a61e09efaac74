"""The per-goal rule of werken aan doelen.

"In het plan van aanpak wordt voor elk te behalen doel in ieder geval één huisbezoek met het gezin
en één huisbezoek met de ouder gepland." and "Het tussenevaluatiegesprek vindt plaats wanneer er aan
alle doelen en subdoelen in huisbezoeken aandacht is besteed." (description, section 1.3)

A goal is covered when there is at least one held doelbezoek with setting gezin and one with
setting ouder that lists the goal. Only goals still in the plan (not dropped) count. Visits are
counted whatever their date, also after a tussenevaluatie, so that a goal added after the
tussenevaluatie must get its two visits before the eindevaluatie.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from samenleren_desktop.model.rules.facts import Contact, Setting, TrajectFacts
from samenleren_desktop.model.rules.stappen import ContactSoort

VEREISTE_SETTINGS: tuple[Setting, ...] = (Setting.GEZIN, Setting.OUDER)
"""Each goal needs one held visit in each of these settings."""


@dataclass(frozen=True)
class GoalProgress:
    """How far one chosen goal is with its required visits.

    Attributes:
        doel: the goal number.
        eerste_gezin: the day of the first held family visit on this goal, if any.
        eerste_ouder: the day of the first held parent-only visit on this goal, if any.
        aantal_gezin: the number of held family visits on this goal.
        aantal_ouder: the number of held parent-only visits on this goal.
    """

    doel: int
    eerste_gezin: date | None
    eerste_ouder: date | None
    aantal_gezin: int
    aantal_ouder: int

    @property
    def ontbreekt(self) -> tuple[Setting, ...]:
        """The settings that still need a held visit, in the order gezin, ouder."""
        firsts = {Setting.GEZIN: self.eerste_gezin, Setting.OUDER: self.eerste_ouder}
        return tuple(s for s in VEREISTE_SETTINGS if firsts[s] is None)

    @property
    def compleet(self) -> bool:
        """Whether the goal had both a family visit and a parent-only visit."""
        return not self.ontbreekt

    @property
    def compleet_op(self) -> date | None:
        """The day the second required visit took place, if the goal is complete."""
        if self.eerste_gezin is None or self.eerste_ouder is None:
            return None
        return max(self.eerste_gezin, self.eerste_ouder)

    @property
    def bericht(self) -> str:
        """A Dutch sentence on what is still missing, or that the goal is covered."""
        if self.compleet:
            return f"Doel {self.doel}: huisbezoek met het gezin en met de ouder gehouden."
        delen = [_ONTBREKEND[s] for s in self.ontbreekt]
        return f"Doel {self.doel}: nog nodig: {' en '.join(delen)}."


_ONTBREKEND: dict[Setting, str] = {
    Setting.GEZIN: "een huisbezoek met het gezin",
    Setting.OUDER: "een huisbezoek met de ouder",
}


def _doelbezoeken(facts: TrajectFacts) -> list[Contact]:
    """The held doelbezoeken, in chronological order."""
    return [c for c in facts.gehouden_contacten() if c.soort is ContactSoort.DOELBEZOEK]


def _progress(doel: int, bezoeken: list[Contact]) -> GoalProgress:
    gezin = [c.datum for c in bezoeken if c.setting is Setting.GEZIN and doel in c.doelen]
    ouder = [c.datum for c in bezoeken if c.setting is Setting.OUDER and doel in c.doelen]
    return GoalProgress(
        doel=doel,
        eerste_gezin=gezin[0] if gezin else None,
        eerste_ouder=ouder[0] if ouder else None,
        aantal_gezin=len(gezin),
        aantal_ouder=len(ouder),
    )


def goal_progress(facts: TrajectFacts) -> tuple[GoalProgress, ...]:
    """The progress of every goal still in the plan, by goal number."""
    bezoeken = _doelbezoeken(facts)
    return tuple(_progress(doel, bezoeken) for doel in sorted(facts.actieve_doelen()))


def missing_per_goal(facts: TrajectFacts) -> dict[int, tuple[Setting, ...]]:
    """For each goal still in the plan that is not yet covered: the settings still missing."""
    return {p.doel: p.ontbreekt for p in goal_progress(facts) if not p.compleet}


def tussenevaluatie_ready(facts: TrajectFacts) -> bool:
    """Whether every goal in the plan is covered; false while no goal is chosen."""
    progress = goal_progress(facts)
    return bool(progress) and all(p.compleet for p in progress)


def werken_aan_doelen_done_on(facts: TrajectFacts) -> date | None:
    """The day the per-goal rule became satisfied (the last goal got its second visit).

    None while the rule is not satisfied or no goal is chosen.
    """
    days = [p.compleet_op for p in goal_progress(facts)]
    if not days or None in days:
        return None
    return max(d for d in days if d is not None)
