"""A saved response and how to show it again, with the wording of the version it was given in."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from samenleren_desktop.model.content.answers import (
    YES,
    AnswerValue,
    dutch_date,
    dutch_number,
    is_answered,
    smiley_text,
)
from samenleren_desktop.model.content.questionnaire import (
    DATE,
    MULTIPLE_CHOICE,
    NUMBER,
    SINGLE_CHOICE,
    SMILEY,
    SMILEY_PER_GOAL,
    YES_NO,
    Question,
    Questionnaire,
)


@dataclass(frozen=True)
class QuestionnaireResponse:
    """The answers to one version of a questionnaire.

    The version stays with the response, so it is shown with the questions as they were asked,
    also after a newer version of the questionnaire is published.
    """

    questionnaire_id: str
    version: int
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    started_at: datetime | None = None
    completed_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form for storage."""
        return {
            "questionnaire_id": self.questionnaire_id,
            "version": self.version,
            "answers": dict(self.answers),
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> QuestionnaireResponse:
        """The inverse of `to_dict`."""
        return cls(
            questionnaire_id=str(raw["questionnaire_id"]),
            version=int(raw["version"]),
            answers=dict(raw.get("answers") or {}),
            started_at=_optional_datetime(raw.get("started_at")),
            completed_at=_optional_datetime(raw.get("completed_at")),
        )


@dataclass(frozen=True)
class RenderedAnswer:
    """One line of a shown response: the question as asked and the answer in words."""

    question_id: str
    question: str
    answer: str


def render_answers(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    goal_names: Mapping[int, str] | None = None,
) -> list[RenderedAnswer]:
    """The answered questions in order, with their wording in this version.

    `goal_names` maps goal numbers to short names for `smiley_per_goal` answers.
    """
    return [
        RenderedAnswer(question.id, question.text, format_answer(question, value, goal_names))
        for question in questionnaire.questions
        if is_answered(value := answers.get(question.id))
    ]


def format_answer(
    question: Question, value: object, goal_names: Mapping[int, str] | None = None
) -> str:
    """An answer in plain Dutch words, e.g. 'Ja', 'Goed (4 van 5)', '3 maart 2025'."""
    if not is_answered(value):
        return "—"
    if question.type == SMILEY_PER_GOAL and isinstance(value, dict):
        return _goal_scores(value, goal_names or {})
    formatter = _FORMATTERS.get(question.type)
    try:
        return formatter(question, value) if formatter else str(value)
    except (TypeError, ValueError):
        return str(value)  # an answer of an unexpected shape is shown as it is


def _choices(question: Question, value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(question.option_label(str(item)) for item in value)
    return question.option_label(str(value))


def _yes_no(_question: Question, value: Any) -> str:
    return "Ja" if value == YES else "Nee"


def _smiley(_question: Question, value: Any) -> str:
    return smiley_text(int(value))


def _number(_question: Question, value: Any) -> str:
    return dutch_number(float(value))


def _date(_question: Question, value: Any) -> str:
    return dutch_date(date.fromisoformat(str(value)))


_FORMATTERS: dict[str, Callable[[Question, Any], str]] = {
    SINGLE_CHOICE: _choices,
    MULTIPLE_CHOICE: _choices,
    YES_NO: _yes_no,
    SMILEY: _smiley,
    NUMBER: _number,
    DATE: _date,
}


def _goal_scores(scores: Mapping[str, Any], goal_names: Mapping[int, str]) -> str:
    parts = []
    for key in sorted(scores, key=lambda k: int(k) if str(k).isdigit() else 0):
        name = goal_names.get(int(key)) if str(key).isdigit() else None
        label = f"Doel {key} ({name})" if name else f"Doel {key}"
        score = scores[key]
        parts.append(f"{label}: {smiley_text(score) if isinstance(score, int) else score}")
    return "; ".join(parts)


def _optional_datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None
