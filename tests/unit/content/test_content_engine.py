"""The questionnaire engine: visibility, answer checks, progress and resume."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samenleren_desktop.model.content import (
    AnswerContext,
    AnswerValue,
    clean_answers,
    load_content,
    next_question,
    progress,
    response_problems,
    validate_answer,
    validate_response,
    visible_questions,
    visible_sections,
)
from samenleren_desktop.model.content.questionnaire import parse_questionnaire
from samenleren_desktop.model.errors import ValidationError

TODAY = date(2025, 3, 3)
CONTEXT = AnswerContext(goals=(2, 6), today=TODAY)


def _q(qid: str, qtype: str, **extra: Any) -> dict[str, Any]:
    return {"id": qid, "type": qtype, "text": f"Vraag {qid}?", "required": True, **extra}


OPTIONS = [{"value": v, "label": v.title()} for v in ("rood", "groen", "blauw")]
SAMPLE = parse_questionnaire(
    {
        "id": "proef",
        "version": 1,
        "title": "Proef",
        "sections": [
            {
                "id": "een",
                "title": "Een",
                "questions": [
                    _q("kleur", "single_choice", options=OPTIONS),
                    _q(
                        "kleuren",
                        "multiple_choice",
                        options=OPTIONS,
                        min_selections=1,
                        max_selections=2,
                    ),
                    _q("eens", "yes_no"),
                    _q(
                        "waarom",
                        "long_text",
                        max_length=20,
                        show_if={"question": "eens", "equals": "ja"},
                    ),
                    _q("naam", "short_text", required=False),
                    _q("aantal", "number", min=1, max=10),
                    _q("dag", "date", not_in_future=True),
                ],
            },
            {
                "id": "twee",
                "title": "Twee",
                "questions": [
                    _q("blij", "smiley"),
                    _q("doelen", "smiley_per_goal"),
                    _q(
                        "blauw_en_ja",
                        "yes_no",
                        show_if={
                            "all": [
                                {"question": "kleuren", "any_of": ["blauw"]},
                                {"question": "eens", "equals": "ja"},
                            ]
                        },
                    ),
                    _q(
                        "rood_of_nee",
                        "yes_no",
                        show_if={
                            "any": [
                                {"question": "kleur", "in": ["rood"]},
                                {"question": "eens", "equals": "nee"},
                            ]
                        },
                    ),
                    _q("na_verborgen", "yes_no", show_if={"question": "waarom", "equals": "omdat"}),
                ],
            },
        ],
    }
)

VALID: dict[str, AnswerValue] = {
    "kleur": "groen",
    "kleuren": ["blauw"],
    "eens": "ja",
    "waarom": "omdat",
    "aantal": 3,
    "dag": "2025-03-01",
    "blij": 4,
    "doelen": {"2": 3, "6": 5},
    "blauw_en_ja": "nee",
    "na_verborgen": "ja",
}


def _ids(answers: dict[str, AnswerValue], context: AnswerContext = CONTEXT) -> list[str]:
    return [q.id for q in visible_questions(SAMPLE, answers, context)]


def test_show_if_equals_all_and_any() -> None:
    assert "waarom" not in _ids({})
    assert "waarom" in _ids({"eens": "ja"})
    assert "blauw_en_ja" in _ids({"eens": "ja", "kleuren": ["blauw", "rood"]})
    assert "blauw_en_ja" not in _ids({"eens": "nee", "kleuren": ["blauw"]})
    assert "rood_of_nee" in _ids({"kleur": "rood", "eens": "ja"})
    assert "rood_of_nee" in _ids({"kleur": "groen", "eens": "nee"})
    assert "rood_of_nee" not in _ids({"kleur": "groen", "eens": "ja"})


def test_a_question_depending_on_a_hidden_answer_is_hidden_too() -> None:
    assert "na_verborgen" in _ids({"eens": "ja", "waarom": "omdat"})
    assert "na_verborgen" not in _ids({"eens": "nee", "waarom": "omdat"})


def test_smiley_per_goal_is_hidden_without_chosen_goals() -> None:
    assert "doelen" not in _ids({}, AnswerContext(goals=(), today=TODAY))
    assert "doelen" in _ids({})


def test_a_valid_response_passes_and_hidden_answers_are_dropped() -> None:
    answers = {**VALID, "eens": "nee", "rood_of_nee": "ja", "onbekend": "x"}
    kept = validate_response(SAMPLE, answers, CONTEXT)
    assert "waarom" not in kept
    assert "onbekend" not in kept
    assert "na_verborgen" not in kept
    assert kept["kleur"] == "groen"
    assert validate_response(SAMPLE, VALID, CONTEXT) == VALID


def test_required_answers_count_only_when_visible() -> None:
    answers = {k: v for k, v in VALID.items() if k not in ("waarom", "na_verborgen")}
    answers["eens"] = "nee"
    answers["rood_of_nee"] = "ja"
    assert response_problems(SAMPLE, answers, CONTEXT) == []
    answers["eens"] = "ja"
    problems = response_problems(SAMPLE, answers, CONTEXT)
    assert [p.field for p in problems] == ["waarom"]
    assert problems[0].message == "Vraag ‘Vraag waarom?’: geef een antwoord."


@pytest.mark.parametrize(
    ("qid", "value", "fragment"),
    [
        ("kleur", "paars", "kies een van de antwoorden"),
        ("kleuren", ["rood", "groen", "blauw"], "hoogstens 2 antwoorden"),
        ("kleuren", ["rood", "rood"], "maar één keer"),
        ("kleuren", "rood", "kies uit de antwoorden"),
        ("eens", "misschien", "ja of nee"),
        ("waarom", "x" * 21, "hoogstens 20 tekens"),
        ("naam", "twee\nregels", "één regel"),
        ("aantal", 11, "van 1 tot en met 10"),
        ("aantal", True, "vul een getal in"),
        ("dag", "2025-03-04", "niet na vandaag (3 maart 2025)"),
        ("dag", "3-3-2025", "geldige datum"),
        ("blij", 6, "vijf gezichtjes"),
        ("doelen", {"2": 3}, "ook een gezichtje bij doel 6"),
        ("doelen", {"2": 3, "6": 4, "7": 1}, "doel 7 hoort niet bij dit traject"),
        ("doelen", {"2": 0, "6": 4}, "bij doel 2 een van de vijf"),
    ],
)
def test_invalid_answers_get_a_dutch_message_naming_the_question(
    qid: str, value: object, fragment: str
) -> None:
    question = SAMPLE.question(qid)
    with pytest.raises(ValidationError) as caught:
        validate_answer(question, value, CONTEXT)
    assert caught.value.field == qid
    assert caught.value.message.startswith(f"Vraag ‘{question.text}’: ")
    assert fragment in caught.value.message


def test_an_empty_optional_answer_is_fine() -> None:
    validate_answer(SAMPLE.question("naam"), "   ", CONTEXT)
    validate_answer(SAMPLE.question("naam"), None, CONTEXT)


@given(st.integers(min_value=-1000, max_value=1000))
def test_numbers_are_valid_exactly_within_min_and_max(value: int) -> None:
    question = SAMPLE.question("aantal")
    try:
        validate_answer(question, value, CONTEXT)
        valid = True
    except ValidationError:
        valid = False
    assert valid == (1 <= value <= 10)


@given(st.integers(min_value=-10, max_value=10))
def test_smiley_scores_are_one_to_five(score: int) -> None:
    question = SAMPLE.question("blij")
    try:
        validate_answer(question, score, CONTEXT)
        valid = True
    except ValidationError:
        valid = False
    assert valid == (1 <= score <= 5)


@given(st.dictionaries(st.sampled_from(list(VALID)), st.sampled_from(list(VALID.values()))))
def test_progress_and_resume_agree(answers: dict[str, AnswerValue]) -> None:
    result = progress(SAMPLE, answers, CONTEXT)
    assert 0 <= result.answered <= result.visible
    resume = next_question(SAMPLE, answers, CONTEXT)
    assert (resume is None) == (result.answered == result.visible)
    assert set(clean_answers(SAMPLE, answers, CONTEXT)) <= set(_ids(answers))


def test_progress_and_next_question_follow_the_answers() -> None:
    start = progress(SAMPLE, {}, CONTEXT)
    assert start.answered == 0
    assert start.fraction == 0.0
    first = next_question(SAMPLE, {}, CONTEXT)
    assert first is not None
    assert first.id == "kleur"
    resume = next_question(SAMPLE, {"kleur": "rood", "kleuren": ["rood"]}, CONTEXT)
    assert resume is not None
    assert resume.id == "eens"
    done = progress(SAMPLE, VALID, CONTEXT)
    assert done.answered == done.visible - 1  # "naam" is optional and empty
    assert next_question(SAMPLE, {**VALID, "naam": "Noor"}, CONTEXT) is None


def test_visible_sections_leave_out_empty_sections() -> None:
    evaluatie = load_content().questionnaire("evaluatie")
    eind = {"evaluatie_moment": "eindevaluatie"}
    assert "verder" not in [s.id for s in visible_sections(evaluatie, eind, CONTEXT)]
    tussen = {"evaluatie_moment": "tussenevaluatie"}
    sections = visible_sections(evaluatie, tussen, CONTEXT)
    assert "afronding" not in [s.id for s in sections]
    afronden = {**tussen, "vervolg": "afronden"}
    assert "tevreden" in [q.id for q in visible_questions(evaluatie, afronden, CONTEXT)]


def test_shipped_questionnaires_use_every_question_type() -> None:
    content = load_content()
    used = {
        q.type for qid in content.questionnaire_ids() for q in content.questionnaire(qid).questions
    }
    assert used == {
        "single_choice",
        "multiple_choice",
        "yes_no",
        "short_text",
        "long_text",
        "number",
        "date",
        "smiley",
        "smiley_per_goal",
    }
