"""The rules one answer must follow, per question type.

Each check returns a problem in plain Dutch (the part after "Vraag ‘…’: "), or "" when the
answer is fine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from samenleren_desktop.model.content.answers import (
    NO,
    SMILEY_MAX,
    SMILEY_MIN,
    YES,
    dutch_date,
    dutch_number,
    is_answered,
)
from samenleren_desktop.model.content.questionnaire import (
    DATE,
    LONG_TEXT,
    MULTIPLE_CHOICE,
    NUMBER,
    SHORT_TEXT,
    SINGLE_CHOICE,
    SMILEY,
    SMILEY_PER_GOAL,
    YES_NO,
    Question,
)

_Check = Callable[[Question, object, tuple[int, ...], date], str]


def check_answer(question: Question, value: object, goals: tuple[int, ...], today: date) -> str:
    """The problem with `value` as answer to `question`, or "" if there is none."""
    if not is_answered(value):
        return "geef een antwoord." if question.required else ""
    return _CHECKS[question.type](question, value, goals, today)


def _single_choice(question: Question, value: object, _g: tuple[int, ...], _t: date) -> str:
    values = [option.value for option in question.options]
    return "" if isinstance(value, str) and value in values else "kies een van de antwoorden."


def _multiple_choice(question: Question, value: object, _g: tuple[int, ...], _t: date) -> str:
    values = [option.value for option in question.options]
    if not isinstance(value, list) or not all(isinstance(v, str) and v in values for v in value):
        return "kies uit de antwoorden die er staan."
    if len(set(value)) != len(value):
        return "kies elk antwoord maar één keer."
    least, most = question.min_selections, question.max_selections
    if least is not None and len(value) < least:
        return f"kies minstens {least} {_antwoorden(least)}."
    if most is not None and len(value) > most:
        return f"kies hoogstens {most} {_antwoorden(most)}."
    return ""


def _yes_no(_q: Question, value: object, _g: tuple[int, ...], _t: date) -> str:
    return "" if value in (YES, NO) else "kies ja of nee."


def _text(question: Question, value: object, _g: tuple[int, ...], _t: date) -> str:
    if not isinstance(value, str):
        return "vul een tekst in."
    if question.type == SHORT_TEXT and "\n" in value:
        return "schrijf het antwoord op één regel."
    limit = question.text_limit
    if len(value) > limit:
        return f"het antwoord is te lang: gebruik hoogstens {limit} tekens."
    return ""


def _number(question: Question, value: object, _g: tuple[int, ...], _t: date) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "vul een getal in."
    low, high = question.minimum, question.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        return f"vul een getal in {_range_text(low, high)}."
    return ""


def _date(question: Question, value: object, _g: tuple[int, ...], today: date) -> str:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    if day is None:
        return "vul een geldige datum in."
    if question.not_in_future and day > today:
        return f"de datum mag niet na vandaag ({dutch_date(today)}) liggen."
    return ""


def _smiley(_q: Question, value: object, _g: tuple[int, ...], _t: date) -> str:
    return "" if _is_score(value) else "kies een van de vijf gezichtjes."


def _smiley_per_goal(question: Question, value: object, goals: tuple[int, ...], _t: date) -> str:
    if not isinstance(value, dict):
        return "kies bij elk doel een gezichtje."
    chosen = {str(goal) for goal in goals}
    for key, score in value.items():
        if key not in chosen:
            return f"doel {key} hoort niet bij dit traject."
        if not _is_score(score):
            return f"kies bij doel {key} een van de vijf gezichtjes."
    missing = sorted(chosen - set(value), key=int)
    if question.required and missing:
        return f"kies ook een gezichtje bij doel {', '.join(missing)}."
    return ""


def _is_score(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and SMILEY_MIN <= value <= SMILEY_MAX
    )


def _antwoorden(count: int) -> str:
    return "antwoord" if count == 1 else "antwoorden"


def _range_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"van {dutch_number(low)} tot en met {dutch_number(high)}"
    if low is not None:
        return f"van {dutch_number(low)} of meer"
    return f"van {dutch_number(high or 0)} of minder"


_CHECKS: dict[str, _Check] = {
    SINGLE_CHOICE: _single_choice,
    MULTIPLE_CHOICE: _multiple_choice,
    YES_NO: _yes_no,
    SHORT_TEXT: _text,
    LONG_TEXT: _text,
    NUMBER: _number,
    DATE: _date,
    SMILEY: _smiley,
    SMILEY_PER_GOAL: _smiley_per_goal,
}
