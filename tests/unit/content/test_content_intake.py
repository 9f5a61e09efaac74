"""The intake decision: contra-indications suggest not to start; the coach's choice wins."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samenleren_desktop.model.content import (
    AnswerContext,
    AnswerValue,
    Questionnaire,
    intake_decision,
    load_content,
    suggest_decision,
    visible_questions,
)

CONTRA = (
    "ci_geen_taal",
    "ci_stress",
    "ci_laag_begrip",
    "ci_alleen_huiswerk",
    "ci_niet_beschikbaar",
)
NONE: dict[str, AnswerValue] = dict.fromkeys(CONTRA, "nee")


def _intake() -> Questionnaire:
    return load_content().questionnaire("intake_ouder")


def test_without_contra_indications_the_suggestion_is_start() -> None:
    decision = intake_decision(_intake(), NONE)
    assert decision.suggested == "start"
    assert decision.reasons == ()
    assert decision.recorded is None
    assert decision.final == "start"


@pytest.mark.parametrize(
    ("question", "suggested"),
    [
        ("ci_geen_taal", "doorverwijzen"),
        ("ci_stress", "uitstellen"),
        ("ci_laag_begrip", "doorverwijzen"),
        ("ci_alleen_huiswerk", "doorverwijzen"),
        ("ci_niet_beschikbaar", "uitstellen"),
    ],
)
def test_each_contra_indication_suggests_not_to_start(question: str, suggested: str) -> None:
    decision = intake_decision(_intake(), {**NONE, question: "ja"})
    assert decision.suggested == suggested
    assert decision.reasons == (_intake().question(question).text,)


def test_domestic_violence_suggests_referral() -> None:
    answers = {**NONE, "ci_stress": "ja", "ci_stress_oorzaak": ["geld", "huiselijk_geweld"]}
    assert suggest_decision(_intake(), answers)[0] == "doorverwijzen"
    answers["ci_stress_oorzaak"] = ["geld"]
    assert suggest_decision(_intake(), answers)[0] == "uitstellen"


def test_a_hidden_contra_indication_answer_does_not_count() -> None:
    answers = {**NONE, "ci_stress_oorzaak": ["huiselijk_geweld"]}  # ci_stress is "nee"
    assert suggest_decision(_intake(), answers)[0] == "start"


def test_the_coachs_recorded_choice_wins() -> None:
    decision = intake_decision(_intake(), {**NONE, "ci_stress": "ja", "besluit": "start"})
    assert decision.suggested == "uitstellen"
    assert decision.final == "start"
    assert decision.overrides_suggestion


@given(st.dictionaries(st.sampled_from(CONTRA), st.sampled_from(["ja", "nee"])))
def test_any_contra_indication_means_start_is_not_suggested(answers: dict[str, str]) -> None:
    suggested, reasons = suggest_decision(_intake(), dict(answers))
    assert (suggested == "start") == ("ja" not in answers.values())
    assert len(reasons) == list(answers.values()).count("ja")


def test_the_decision_question_asks_why_when_not_starting() -> None:
    context = AnswerContext(today=date(2025, 1, 1))
    shown = [q.id for q in visible_questions(_intake(), {"besluit": "uitstellen"}, context)]
    assert "besluit_toelichting" in shown
    assert "vaste_dagen" not in shown
