"""Samen Leren content as data: goals, the informatiemap, questionnaires, and their engine.

The content lives in JSON files (see docs/content.md); `load_content()` checks and loads it.
The engine functions are pure: give them a questionnaire, the answers so far and a context.
"""

from samenleren_desktop.model.content.answers import SMILEY_LABELS, AnswerValue, is_answered
from samenleren_desktop.model.content.catalog import Activity, Colour, Goal, Subgoal
from samenleren_desktop.model.content.check import check_content
from samenleren_desktop.model.content.engine import (
    AnswerContext,
    Progress,
    clean_answers,
    next_question,
    progress,
    response_problems,
    validate_answer,
    validate_response,
    visible_questions,
    visible_sections,
)
from samenleren_desktop.model.content.intake import (
    IntakeDecision,
    intake_decision,
    suggest_decision,
)
from samenleren_desktop.model.content.loader import (
    Content,
    UnknownContent,
    clear_content_cache,
    load_content,
)
from samenleren_desktop.model.content.problems import Problem
from samenleren_desktop.model.content.questionnaire import (
    DECISIONS,
    QUESTION_TYPES,
    Option,
    Question,
    Questionnaire,
    Section,
)
from samenleren_desktop.model.content.response import (
    QuestionnaireResponse,
    RenderedAnswer,
    format_answer,
    render_answers,
)

__all__ = [
    "DECISIONS",
    "QUESTION_TYPES",
    "SMILEY_LABELS",
    "Activity",
    "AnswerContext",
    "AnswerValue",
    "Colour",
    "Content",
    "Goal",
    "IntakeDecision",
    "Option",
    "Problem",
    "Progress",
    "Question",
    "Questionnaire",
    "QuestionnaireResponse",
    "RenderedAnswer",
    "Section",
    "Subgoal",
    "UnknownContent",
    "check_content",
    "clean_answers",
    "clear_content_cache",
    "format_answer",
    "intake_decision",
    "is_answered",
    "load_content",
    "next_question",
    "progress",
    "render_answers",
    "response_problems",
    "suggest_decision",
    "validate_answer",
    "validate_response",
    "visible_questions",
    "visible_sections",
]
