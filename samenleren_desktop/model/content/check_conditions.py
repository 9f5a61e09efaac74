"""Checks for `show_if` and `contra_indication` conditions inside a questionnaire."""

from __future__ import annotations

from dataclasses import dataclass

from samenleren_desktop.model.content.answers import NO, SMILEY_MAX, SMILEY_MIN, YES
from samenleren_desktop.model.content.problems import FileReport, join
from samenleren_desktop.model.content.questionnaire import (
    CHOICE_TYPES,
    MULTIPLE_CHOICE,
    NUMBER,
    SMILEY,
    SMILEY_PER_GOAL,
    TEXT_TYPES,
    YES_NO,
)

_LEAF_KEYS = ("equals", "in", "any_of")


@dataclass(frozen=True)
class QuestionInfo:
    """What a condition needs to know about the question it looks at."""

    position: int
    type: str
    options: tuple[str, ...]


def check_condition(
    raw: object,
    path: str,
    questions: dict[str, QuestionInfo],
    before: int,
    report: FileReport,
) -> None:
    """Report problems in a condition that may only look at questions before position `before`.

    `questions` holds the questions of the whole questionnaire, so that a reference to a
    later question is reported as such and not as unknown.
    """
    condition = report.obj(raw, path)
    if condition is None:
        return
    combiners = [key for key in ("all", "any") if key in condition]
    if combiners:
        report.unknown_keys(condition, combiners[:1], path)
        key = combiners[0]
        for position, part in enumerate(report.items(condition[key], join(path, key))):
            check_condition(part, f"{join(path, key)}[{position}]", questions, before, report)
        return
    report.unknown_keys(condition, ("question", *_LEAF_KEYS), path)
    question_id = report.text(condition, "question", path)
    tests = [key for key in _LEAF_KEYS if key in condition]
    if len(tests) != 1:
        report.add(path, "gebruik precies één van equals, in of any_of")
        return
    info = _referenced(question_id, join(path, "question"), questions, before, report)
    if info is not None:
        _check_test(tests[0], condition[tests[0]], join(path, tests[0]), info, report)


def _referenced(
    question_id: str,
    path: str,
    questions: dict[str, QuestionInfo],
    before: int,
    report: FileReport,
) -> QuestionInfo | None:
    if not question_id:
        return None
    info = questions.get(question_id)
    if info is None:
        report.add(path, f"verwijst naar vraag ‘{question_id}’ die niet bestaat")
        return None
    if info.position >= before:
        report.add(path, f"verwijst naar vraag ‘{question_id}’ die pas later komt")
        return None
    return info


def _check_test(test: str, raw: object, path: str, info: QuestionInfo, report: FileReport) -> None:
    if info.type == SMILEY_PER_GOAL:
        report.add(path, "een voorwaarde op een vraag van type smiley_per_goal kan niet")
        return
    if test == "equals":
        _check_value(raw, path, info, report)
        return
    if test == "any_of" and info.type != MULTIPLE_CHOICE:
        report.add(path, "any_of werkt alleen bij een vraag van type multiple_choice")
        return
    if test == "in" and info.type == MULTIPLE_CHOICE:
        report.add(path, "gebruik any_of bij een vraag van type multiple_choice")
        return
    for position, value in enumerate(report.items(raw, path)):
        _check_value(value, f"{path}[{position}]", info, report)


def _check_value(value: object, path: str, info: QuestionInfo, report: FileReport) -> None:
    problem = _value_problem(value, info)
    if problem:
        report.add(path, problem)


def _value_problem(value: object, info: QuestionInfo) -> str:
    if info.type in CHOICE_TYPES:
        ok = isinstance(value, str) and value in info.options
        return "" if ok else f"‘{value}’ is geen waarde van een optie van die vraag"
    if info.type == YES_NO:
        return "" if value in (YES, NO) else f'gebruik "{YES}" of "{NO}"'
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if info.type == SMILEY:
        ok = is_number and isinstance(value, int) and SMILEY_MIN <= value <= SMILEY_MAX
        return "" if ok else "gebruik een score van 1 tot en met 5"
    if info.type == NUMBER:
        return "" if is_number else "gebruik een getal"
    if info.type in TEXT_TYPES or isinstance(value, str):
        return "" if isinstance(value, str) else "gebruik een tekst"
    return "gebruik een tekst of getal"
