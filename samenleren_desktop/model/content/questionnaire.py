"""Questionnaires as data: sections of typed questions, each version frozen once published."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from samenleren_desktop.model.content.conditions import Condition, parse_condition

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
YES_NO = "yes_no"
SHORT_TEXT = "short_text"
LONG_TEXT = "long_text"
NUMBER = "number"
DATE = "date"
SMILEY = "smiley"
SMILEY_PER_GOAL = "smiley_per_goal"

QUESTION_TYPES = (
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    YES_NO,
    SHORT_TEXT,
    LONG_TEXT,
    NUMBER,
    DATE,
    SMILEY,
    SMILEY_PER_GOAL,
)
CHOICE_TYPES = (SINGLE_CHOICE, MULTIPLE_CHOICE)
TEXT_TYPES = (SHORT_TEXT, LONG_TEXT)

# Longest text answer when the content sets no `max_length`.
DEFAULT_MAX_LENGTH = {SHORT_TEXT: 200, LONG_TEXT: 2000}

# What the intake can lead to; the decision question offers exactly these values.
DECISION_QUESTION = "besluit"
START = "start"
UITSTELLEN = "uitstellen"
DOORVERWIJZEN = "doorverwijzen"
DECISIONS = (START, UITSTELLEN, DOORVERWIJZEN)


@dataclass(frozen=True)
class Option:
    """One choice: `value` is stored, `label` is shown."""

    value: str
    label: str


@dataclass(frozen=True)
class ContraIndication:
    """When `condition` holds, the intake suggests `suggests` instead of starting."""

    condition: Condition
    suggests: str


@dataclass(frozen=True)
class Question:
    """One question; the constraints that do not apply to its type are None."""

    id: str
    type: str
    text: str
    help: str = ""
    required: bool = False
    options: tuple[Option, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    min_selections: int | None = None
    max_selections: int | None = None
    not_in_future: bool = False
    show_if: Condition | None = None
    contra_indication: ContraIndication | None = None

    def option_label(self, value: str) -> str:
        """The label of the option with this value, or the value itself if it is unknown."""
        return next((option.label for option in self.options if option.value == value), value)

    @property
    def text_limit(self) -> int:
        """The longest allowed text answer."""
        return self.max_length or DEFAULT_MAX_LENGTH.get(self.type, DEFAULT_MAX_LENGTH[LONG_TEXT])


@dataclass(frozen=True)
class Section:
    """A page of questions with a title."""

    id: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Questionnaire:
    """One published version of a questionnaire."""

    id: str
    version: int
    title: str
    intro: str
    sections: tuple[Section, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        """All questions in order, over all sections."""
        return tuple(question for section in self.sections for question in section.questions)

    def question(self, question_id: str) -> Question:
        """The question with this id; KeyError if there is none."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def has_question(self, question_id: str) -> bool:
        return any(question.id == question_id for question in self.questions)


def parse_questionnaire(raw: Mapping[str, Any]) -> Questionnaire:
    """Build a questionnaire from its JSON form; the content must have passed the checks."""
    return Questionnaire(
        id=str(raw["id"]),
        version=int(raw["version"]),
        title=str(raw["title"]),
        intro=str(raw.get("intro", "")),
        sections=tuple(_parse_section(section) for section in raw["sections"]),
    )


def _parse_section(raw: Mapping[str, Any]) -> Section:
    return Section(
        id=str(raw["id"]),
        title=str(raw["title"]),
        questions=tuple(_parse_question(question) for question in raw["questions"]),
    )


def _parse_question(raw: Mapping[str, Any]) -> Question:
    contra = raw.get("contra_indication")
    return Question(
        id=str(raw["id"]),
        type=str(raw["type"]),
        text=str(raw["text"]),
        help=str(raw.get("help", "")),
        required=bool(raw.get("required", False)),
        options=tuple(Option(str(o["value"]), str(o["label"])) for o in raw.get("options", ())),
        minimum=_optional_number(raw.get("min")),
        maximum=_optional_number(raw.get("max")),
        max_length=_optional_int(raw.get("max_length")),
        min_selections=_optional_int(raw.get("min_selections")),
        max_selections=_optional_int(raw.get("max_selections")),
        not_in_future=bool(raw.get("not_in_future", False)),
        show_if=parse_condition(raw["show_if"]) if "show_if" in raw else None,
        contra_indication=(
            ContraIndication(parse_condition(contra["if"]), str(contra["suggests"]))
            if contra is not None
            else None
        ),
    )


def _optional_number(value: Any) -> float | None:
    return None if value is None else float(value)


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)
