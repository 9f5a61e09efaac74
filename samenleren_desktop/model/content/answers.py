"""Answer values as they are stored: plain JSON values, one per question id.

| question type     | answer value                                   |
| ----------------- | ---------------------------------------------- |
| single_choice     | the chosen option's value (str)                |
| multiple_choice   | the chosen options' values (list of str)       |
| yes_no            | "ja" or "nee"                                  |
| short_text        | str (one line)                                 |
| long_text         | str                                            |
| number            | int or float                                   |
| date              | ISO date "YYYY-MM-DD"                          |
| smiley            | int 1-5 (1 = heel slecht, 5 = heel goed)       |
| smiley_per_goal   | {goal number as str: int 1-5}, e.g. {"2": 4}  |
"""

from __future__ import annotations

from datetime import date
from typing import TypeAlias

AnswerValue: TypeAlias = str | int | float | list[str] | dict[str, int]

YES = "ja"
NO = "nee"

SMILEY_MIN = 1
SMILEY_MAX = 5
SMILEY_LABELS: dict[int, str] = {
    1: "Heel slecht",
    2: "Slecht",
    3: "Gaat wel",
    4: "Goed",
    5: "Heel goed",
}

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def is_answered(value: object) -> bool:
    """False for no answer: None, blank text, no choices or no scores."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, list | dict | tuple):
        return len(value) > 0
    return True


def smiley_text(score: int) -> str:
    """A smiley score in words, e.g. 'Goed (4 van 5)'."""
    return f"{SMILEY_LABELS.get(score, '?')} ({score} van {SMILEY_MAX})"


def dutch_date(value: date) -> str:
    """A date the Dutch way, e.g. '3 maart 2025'."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def dutch_number(value: float) -> str:
    """A number with a decimal comma and without a needless '.0'."""
    return f"{value:g}".replace(".", ",")
