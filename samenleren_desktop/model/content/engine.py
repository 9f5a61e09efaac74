"""The questionnaire engine: which questions show, which answers are valid, how far along.

Pure functions over a `Questionnaire`, the answers so far and an `AnswerContext`; no I/O.
Answers to questions that are hidden (their `show_if` does not hold) do not count: they are
neither checked nor kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from samenleren_desktop.model.content.answer_rules import check_answer
from samenleren_desktop.model.content.answers import AnswerValue, is_answered
from samenleren_desktop.model.content.questionnaire import (
    SMILEY_PER_GOAL,
    Question,
    Questionnaire,
    Section,
)
from samenleren_desktop.model.errors import ValidationError


@dataclass(frozen=True)
class AnswerContext:
    """What the engine needs to know besides the answers.

    Attributes:
        goals: the goal numbers chosen in the traject (for `smiley_per_goal` questions).
        today: the date that counts as today (for dates that may not lie in the future).
    """

    goals: tuple[int, ...] = ()
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class Progress:
    """How many visible questions have an answer."""

    answered: int
    visible: int

    @property
    def fraction(self) -> float:
        """From 0.0 to 1.0; 1.0 when nothing is left to answer."""
        return 1.0 if self.visible == 0 else self.answered / self.visible

    @property
    def percent(self) -> int:
        return round(self.fraction * 100)


def visible_questions(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext,
) -> tuple[Question, ...]:
    """The questions to show, in order, given the answers so far.

    A question is hidden when its `show_if` does not hold, judged only on the answers to visible
    earlier questions, and a `smiley_per_goal` question is hidden when no goals are chosen.
    """
    shown: list[Question] = []
    counted: dict[str, AnswerValue] = {}
    for question in questionnaire.questions:
        if _is_shown(question, counted, context):
            shown.append(question)
            if question.id in answers:
                counted[question.id] = answers[question.id]
    return tuple(shown)


def visible_sections(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext,
) -> tuple[Section, ...]:
    """The sections that have visible questions, each with only its visible questions."""
    shown = {question.id for question in visible_questions(questionnaire, answers, context)}
    sections = (
        Section(section.id, section.title, tuple(q for q in section.questions if q.id in shown))
        for section in questionnaire.sections
    )
    return tuple(section for section in sections if section.questions)


def validate_answer(question: Question, value: object, context: AnswerContext) -> None:
    """Raise ValidationError (field = question id) if `value` is not a valid answer.

    An empty answer is valid unless the question is required.
    """
    problem = check_answer(question, value, context.goals, context.today)
    if problem:
        raise ValidationError(f"Vraag ‘{question.text}’: {problem}", field=question.id)


def response_problems(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext,
) -> list[ValidationError]:
    """Every problem with the visible answers, in question order; hidden answers are ignored."""
    problems: list[ValidationError] = []
    for question in visible_questions(questionnaire, answers, context):
        try:
            validate_answer(question, answers.get(question.id), context)
        except ValidationError as error:
            problems.append(error)
    return problems


def clean_answers(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext,
) -> dict[str, AnswerValue]:
    """Only the non-empty answers to visible questions, in question order."""
    return {
        question.id: answers[question.id]
        for question in visible_questions(questionnaire, answers, context)
        if is_answered(answers.get(question.id))
    }


def validate_response(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext,
) -> dict[str, AnswerValue]:
    """Check a complete response and return the answers to keep (see `clean_answers`).

    Raises the first ValidationError when a visible answer is invalid or a required one missing.
    """
    problems = response_problems(questionnaire, answers, context)
    if problems:
        raise problems[0]
    return clean_answers(questionnaire, answers, context)


def progress(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext,
) -> Progress:
    """Answered visible questions out of all visible questions."""
    shown = visible_questions(questionnaire, answers, context)
    answered = sum(1 for question in shown if is_answered(answers.get(question.id)))
    return Progress(answered=answered, visible=len(shown))


def next_question(
    questionnaire: Questionnaire,
    answers: Mapping[str, AnswerValue],
    context: AnswerContext,
) -> Question | None:
    """The first visible question without an answer (where to resume), or None when done."""
    for question in visible_questions(questionnaire, answers, context):
        if not is_answered(answers.get(question.id)):
            return question
    return None


def _is_shown(
    question: Question, counted: Mapping[str, AnswerValue], context: AnswerContext
) -> bool:
    if question.type == SMILEY_PER_GOAL and not context.goals:
        return False
    return question.show_if is None or question.show_if.holds(counted)
