"""Checks for one questionnaire file: its sections, questions, constraints and conditions."""

from __future__ import annotations

from typing import Any, TypeGuard

from samenleren_desktop.model.content.check_conditions import QuestionInfo, check_condition
from samenleren_desktop.model.content.problems import SLUG, FileReport, join
from samenleren_desktop.model.content.questionnaire import (
    CHOICE_TYPES,
    DATE,
    DECISION_QUESTION,
    DECISIONS,
    MULTIPLE_CHOICE,
    NUMBER,
    QUESTION_TYPES,
    SINGLE_CHOICE,
    TEXT_TYPES,
)

_COMMON = ("id", "type", "text", "help", "required", "show_if", "contra_indication")
_EXTRA: dict[str, tuple[str, ...]] = {
    SINGLE_CHOICE: ("options",),
    MULTIPLE_CHOICE: ("options", "min_selections", "max_selections"),
    NUMBER: ("min", "max"),
    DATE: ("not_in_future",),
    **{text_type: ("max_length",) for text_type in TEXT_TYPES},
}
_ALL_EXTRA = {key for keys in _EXTRA.values() for key in keys}


def check_questionnaire(raw: object, report: FileReport) -> dict[str, str]:
    """Report every problem in a questionnaire file; return its question ids and types."""
    doc = report.obj(raw, "")
    if doc is None:
        return {}
    report.unknown_keys(doc, ("id", "version", "title", "intro", "sections"), "")
    report.text(doc, "title", "")
    report.text(doc, "intro", "", required=False)
    questions = _index(doc, report)
    for path, question in _questions(doc, report):
        _check_question(question, path, questions, report)
    _check_decision(doc, questions, report)
    return {question_id: info.type for question_id, info in questions.items()}


def _questions(doc: dict[str, Any], report: FileReport) -> list[tuple[str, dict[str, Any]]]:
    """Every question object with its field path; reports malformed sections once."""
    found: list[tuple[str, dict[str, Any]]] = []
    section_ids: set[str] = set()
    for s_pos, raw_section in enumerate(report.items(doc.get("sections"), "sections")):
        s_path = f"sections[{s_pos}]"
        section = report.obj(raw_section, s_path)
        if section is None:
            continue
        report.unknown_keys(section, ("id", "title", "questions"), s_path)
        section_id = report.text(section, "id", s_path)
        if section_id in section_ids:
            report.add(join(s_path, "id"), f"sectie-id ‘{section_id}’ komt twee keer voor")
        section_ids.add(section_id)
        report.text(section, "title", s_path)
        for q_pos, raw_question in enumerate(
            report.items(section.get("questions"), join(s_path, "questions"))
        ):
            q_path = f"{s_path}.questions[{q_pos}]"
            question = report.obj(raw_question, q_path)
            if question is not None:
                found.append((q_path, question))
    return found


def _index(doc: dict[str, Any], report: FileReport) -> dict[str, QuestionInfo]:
    silent = FileReport(report.file)  # structure problems are reported by _questions
    index: dict[str, QuestionInfo] = {}
    for position, (path, question) in enumerate(_questions(doc, silent)):
        question_id = question.get("id")
        if not isinstance(question_id, str):
            continue
        if question_id in index:
            report.add(join(path, "id"), f"vraag-id ‘{question_id}’ komt twee keer voor")
            continue
        options = tuple(
            str(option.get("value"))
            for option in question.get("options") or ()
            if isinstance(option, dict)
        )
        index[question_id] = QuestionInfo(position, str(question.get("type")), options)
    return index


def _check_question(
    question: dict[str, Any], path: str, questions: dict[str, QuestionInfo], report: FileReport
) -> None:
    question_id = report.text(question, "id", path)
    if question_id and not SLUG.match(question_id):
        report.add(
            join(path, "id"), f"‘{question_id}’ mag alleen kleine letters, cijfers en _ bevatten"
        )
    report.text(question, "text", path)
    report.text(question, "help", path, required=False)
    kind = report.text(question, "type", path)
    if kind and kind not in QUESTION_TYPES:
        report.add(join(path, "type"), f"onbekend vraagtype ‘{kind}’")
    for key in ("required", "not_in_future"):
        if key in question and not isinstance(question[key], bool):
            report.add(join(path, key), "moet true of false zijn")
    if kind in QUESTION_TYPES:
        _check_type_fields(question, path, kind, report)
    info = questions.get(question_id)
    position = info.position if info else 0
    if "show_if" in question:
        check_condition(question["show_if"], join(path, "show_if"), questions, position, report)
    if "contra_indication" in question:
        _check_contra(
            question["contra_indication"],
            join(path, "contra_indication"),
            questions,
            position,
            report,
        )


def _check_type_fields(question: dict[str, Any], path: str, kind: str, report: FileReport) -> None:
    allowed = _EXTRA.get(kind, ())
    for key in question:
        if key in _ALL_EXTRA and key not in allowed:
            report.add(join(path, key), f"veld ‘{key}’ hoort niet bij vraagtype {kind}")
    report.unknown_keys(question, (*_COMMON, *_ALL_EXTRA), path)
    if kind in CHOICE_TYPES:
        _check_options(question.get("options"), join(path, "options"), report)
    for key in ("min_selections", "max_selections", "max_length"):
        value = question.get(key)
        if key in allowed and value is not None and (not isinstance(value, int) or value < 1):
            report.add(join(path, key), "moet een geheel getal van 1 of meer zijn")
    _check_bounds(question, path, kind, report)


def _check_bounds(question: dict[str, Any], path: str, kind: str, report: FileReport) -> None:
    low_key, high_key = ("min", "max") if kind == NUMBER else ("min_selections", "max_selections")
    low, high = question.get(low_key), question.get(high_key)
    for key, value in ((low_key, low), (high_key, high)):
        if kind == NUMBER and value is not None and not _is_number(value):
            report.add(join(path, key), "moet een getal zijn")
    if _is_number(low) and _is_number(high) and low > high:
        report.add(path, f"{low_key} ({low}) is groter dan {high_key} ({high})")
    options = question.get("options")
    multiple = kind == MULTIPLE_CHOICE and isinstance(options, list)
    if multiple and isinstance(options, list) and _is_number(low) and low > len(options):
        report.add(join(path, low_key), f"er zijn maar {len(options)} opties")


def _check_options(raw: object, path: str, report: FileReport) -> None:
    if raw is None:
        report.add(path, "een keuzevraag heeft opties nodig")
        return
    options = report.items(raw, path)
    if len(options) == 1:
        report.add(path, "een keuzevraag heeft minstens twee opties nodig")
    values: set[str] = set()
    for position, raw_option in enumerate(options):
        o_path = f"{path}[{position}]"
        option = report.obj(raw_option, o_path)
        if option is None:
            continue
        report.unknown_keys(option, ("value", "label"), o_path)
        value = report.text(option, "value", o_path)
        report.text(option, "label", o_path)
        if value in values:
            report.add(join(o_path, "value"), f"waarde ‘{value}’ komt twee keer voor")
        values.add(value)


def _check_contra(
    raw: object, path: str, questions: dict[str, QuestionInfo], position: int, report: FileReport
) -> None:
    contra = report.obj(raw, path)
    if contra is None:
        return
    report.unknown_keys(contra, ("if", "suggests"), path)
    suggests = report.text(contra, "suggests", path)
    if suggests and suggests not in DECISIONS[1:]:
        report.add(join(path, "suggests"), "moet uitstellen of doorverwijzen zijn")
    if "if" not in contra:
        report.add(join(path, "if"), "ontbreekt")
    else:
        check_condition(contra["if"], join(path, "if"), questions, position + 1, report)


def _check_decision(
    doc: dict[str, Any], questions: dict[str, QuestionInfo], report: FileReport
) -> None:
    has_contra = any("contra_indication" in q for _, q in _questions(doc, FileReport("")))
    decision = questions.get(DECISION_QUESTION)
    if not has_contra and decision is None:
        return
    if (
        decision is None
        or decision.type != SINGLE_CHOICE
        or set(decision.options) != set(DECISIONS)
    ):
        report.add(
            "sections",
            f"een lijst met contra-indicaties heeft een vraag ‘{DECISION_QUESTION}’ nodig "
            f"(single_choice met de opties {', '.join(DECISIONS)})",
        )


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)
