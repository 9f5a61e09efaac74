"""The intake decision: start, postpone (uitstellen) or refer (doorverwijzen).

The contra-indications of Samen Leren are questions in the intake questionnaire that carry a
`contra_indication`. When one applies, the program suggests not to start; referral outweighs
postponing. The coach decides: an answer to the `besluit` question always wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from samenleren_desktop.model.content.answers import AnswerValue
from samenleren_desktop.model.content.engine import AnswerContext, visible_questions
from samenleren_desktop.model.content.questionnaire import (
    DECISION_QUESTION,
    DECISIONS,
    DOORVERWIJZEN,
    START,
    UITSTELLEN,
    Questionnaire,
)

# The heavier suggestion wins when several contra-indications apply.
_WEIGHT = {START: 0, UITSTELLEN: 1, DOORVERWIJZEN: 2}


@dataclass(frozen=True)
class IntakeDecision:
    """The suggested and the recorded decision of an intake.

    Attributes:
        suggested: what the contra-indication answers suggest (start, uitstellen, doorverwijzen).
        reasons: the texts of the contra-indication questions that apply.
        recorded: the coach's choice in the `besluit` question, or None if not made yet.
    """

    suggested: str
    reasons: tuple[str, ...]
    recorded: str | None

    @property
    def final(self) -> str:
        """The coach's choice when there is one, otherwise the suggestion."""
        return self.recorded or self.suggested

    @property
    def overrides_suggestion(self) -> bool:
        """True when the coach chose something other than the suggestion."""
        return self.recorded is not None and self.recorded != self.suggested


def suggest_decision(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext | None = None,
) -> tuple[str, tuple[str, ...]]:
    """The suggested decision and the contra-indication questions that lead to it.

    Only visible questions count. Without any contra-indication the suggestion is "start".
    """
    suggested = START
    reasons: list[str] = []
    for question in visible_questions(questionnaire, answers, context or AnswerContext()):
        contra = question.contra_indication
        if contra is not None and contra.condition.holds(answers):
            reasons.append(question.text)
            if _WEIGHT[contra.suggests] > _WEIGHT[suggested]:
                suggested = contra.suggests
    return suggested, tuple(reasons)


def intake_decision(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext | None = None,
) -> IntakeDecision:
    """The suggestion from the contra-indications together with the coach's recorded choice."""
    suggested, reasons = suggest_decision(questionnaire, answers, context)
    recorded = answers.get(DECISION_QUESTION)
    return IntakeDecision(
        suggested=suggested,
        reasons=reasons,
        recorded=recorded if isinstance(recorded, str) and recorded in DECISIONS else None,
    )
