"""Load the Samen Leren content (goals, informatiemap, questionnaires) for the rest of the program.

content = load_content()              # the shipped content, checked and cached
content.goal(6).colour.hex            # '#C2185B'
content.subgoal("2.3").text
content.activities_for(goal=2, groep=3)
content.questionnaire("intake_ouder")     # the latest version
content.questionnaire("intake_ouder", 1)  # an older version, for old responses
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from samenleren_desktop.model.content.catalog import (
    Activity,
    Colour,
    Goal,
    Subgoal,
    parse_activities,
    parse_goals,
)
from samenleren_desktop.model.content.check import check_content
from samenleren_desktop.model.content.questionnaire import Questionnaire, parse_questionnaire
from samenleren_desktop.model.content.response import (
    QuestionnaireResponse,
    RenderedAnswer,
    render_answers,
)
from samenleren_desktop.model.errors import SamenLerenError, ValidationError
from samenleren_desktop.model.paths import content_dir


class UnknownContent(SamenLerenError):
    """A goal, subgoal, activity or questionnaire (version) that the content does not have."""


@dataclass(frozen=True)
class Content:
    """All Samen Leren content, checked; look things up with the methods."""

    goals: tuple[Goal, ...]
    colours: Mapping[str, Colour]
    activities: tuple[Activity, ...]
    questionnaires: Mapping[str, tuple[Questionnaire, ...]]  # id -> versions, oldest first

    @property
    def subgoals(self) -> tuple[Subgoal, ...]:
        return tuple(subgoal for goal in self.goals for subgoal in goal.subgoals)

    @property
    def goal_names(self) -> dict[int, str]:
        """Goal number -> short name, e.g. {6: 'Structuur'}."""
        return {goal.number: goal.short_name for goal in self.goals}

    def goal(self, number: int) -> Goal:
        for goal in self.goals:
            if goal.number == number:
                return goal
        raise UnknownContent(f"Doel {number} bestaat niet.")

    def subgoal(self, number: str) -> Subgoal:
        for subgoal in self.subgoals:
            if subgoal.number == number:
                return subgoal
        raise UnknownContent(f"Subdoel {number} bestaat niet.")

    def activity(self, activity_id: str) -> Activity:
        for activity in self.activities:
            if activity.id == activity_id:
                return activity
        raise UnknownContent(f"Activiteit ‘{activity_id}’ staat niet in de informatiemap.")

    def activities_for(
        self,
        goal: int | None = None,
        subgoal: str | None = None,
        groep: int | None = None,
        visit: str | None = None,
    ) -> tuple[Activity, ...]:
        """The activities that fit every filter given (goal, subgoal, groep 1-4, visit kind)."""
        return tuple(a for a in self.activities if a.matches(goal, subgoal, groep, visit))

    def questionnaire_ids(self) -> tuple[str, ...]:
        return tuple(sorted(self.questionnaires))

    def questionnaire_versions(self, questionnaire_id: str) -> tuple[int, ...]:
        """The published version numbers, oldest first."""
        return tuple(q.version for q in self._versions(questionnaire_id))

    def questionnaire(self, questionnaire_id: str, version: int | None = None) -> Questionnaire:
        """A questionnaire in the given version, or the latest version when none is given."""
        versions = self._versions(questionnaire_id)
        if version is None:
            return versions[-1]
        for questionnaire in versions:
            if questionnaire.version == version:
                return questionnaire
        raise UnknownContent(f"Vragenlijst ‘{questionnaire_id}’ heeft geen versie {version}.")

    def render(self, response: QuestionnaireResponse) -> list[RenderedAnswer]:
        """A saved response as (question, answer) lines, worded as in its own version."""
        questionnaire = self.questionnaire(response.questionnaire_id, response.version)
        return render_answers(questionnaire, response.answers, self.goal_names)

    def _versions(self, questionnaire_id: str) -> tuple[Questionnaire, ...]:
        versions = self.questionnaires.get(questionnaire_id)
        if not versions:
            raise UnknownContent(f"Vragenlijst ‘{questionnaire_id}’ bestaat niet.")
        return versions


def load_content(folder: Path | None = None) -> Content:
    """Check and load a content folder (the shipped one by default); cached per folder.

    Raises ValidationError naming the first problem when the content is not in order; run
    `samenleren content check DIR` to see all problems.
    """
    return _load((folder or content_dir()).resolve())


def clear_content_cache() -> None:
    """Forget loaded content, e.g. after the files changed."""
    _load.cache_clear()


@lru_cache(maxsize=8)
def _load(folder: Path) -> Content:
    raw = check_content(folder)
    if raw.problems:
        first = raw.problems[0]
        more = len(raw.problems) - 1
        extra = f" (en nog {more} andere problemen)" if more else ""
        raise ValidationError(
            f"De inhoud in {folder} klopt niet: {first}{extra}.",
            field=f"{first.file}: {first.field}" if first.field else first.file,
        )
    colours, goals = parse_goals(raw.goals)
    questionnaires = {
        questionnaire_id: tuple(parse_questionnaire(versions[n]) for n in sorted(versions))
        for questionnaire_id, versions in raw.questionnaires.items()
    }
    return Content(
        goals=goals,
        colours=colours,
        activities=parse_activities(raw.activities),
        questionnaires=questionnaires,
    )
