"""Believable answers to the shipped questionnaires, for demo workspaces."""

from __future__ import annotations

import random
from typing import Any

from samenleren_desktop.model.content import (
    AnswerContext,
    Question,
    Questionnaire,
    validate_response,
    visible_questions,
)

_KORT = ("Gaat goed", "Samen lezen", "Na het eten", "Met oma", "In de bibliotheek")
_LANG = (
    "Moeder vertelt dat het samen spelen beter gaat. Ze doen nu elke dag een spelletje.",
    "Vader wil graag meer weten over wat de school verwacht in groep 3.",
    "Het kind vindt rekenen moeilijk, maar doet graag mee met de rekenbingo.",
    "De ouders gebruiken het weekschema op de koelkast.",
)


def _value(question: Question, rng: random.Random, context: AnswerContext) -> Any:  # noqa: PLR0911 - one return per question type
    kind = question.type
    if kind == "single_choice":
        return rng.choice(question.options).value
    if kind == "multiple_choice":
        most = min(question.max_selections or 2, len(question.options))
        least = min(question.min_selections or 1, most)
        return [o.value for o in rng.sample(question.options, rng.randint(least, most))]
    if kind == "yes_no":
        return "nee" if question.contra_indication else rng.choice(("ja", "nee"))
    if kind == "number":
        low = int(question.minimum if question.minimum is not None else 0)
        high = int(question.maximum if question.maximum is not None else low + 10)
        return rng.randint(low, max(low, min(high, low + 10)))
    if kind == "date":
        return context.today.isoformat()
    if kind == "smiley":
        return rng.randint(2, 5)
    if kind == "smiley_per_goal":
        return {str(goal): rng.randint(1, 5) for goal in context.goals}
    text = rng.choice(_LANG if kind == "long_text" else _KORT)
    return text[: question.text_limit]


def demo_answers(
    questionnaire: Questionnaire,
    rng: random.Random,
    context: AnswerContext,
    fixed: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Answer every question that is visible, in order; `fixed` answers win."""
    answers: dict[str, Any] = dict(fixed or {})
    for question in questionnaire.questions:
        visible = {q.id for q in visible_questions(questionnaire, answers, context)}
        if question.id in visible and question.id not in answers:
            answers[question.id] = _value(question, rng, context)
    return dict(validate_response(questionnaire, answers, context))
