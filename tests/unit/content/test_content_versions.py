"""Questionnaire versions: old responses keep the wording they were answered with."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from samenleren_desktop.model.content import (
    AnswerContext,
    AnswerValue,
    QuestionnaireResponse,
    UnknownContent,
    load_content,
    validate_response,
)

V1_WORDING = "Hoe vaak speel of oefen je samen met je kind?"
V2_WORDING = "Hoe vaak doe je thuis een spelletje of een oefening met je kind?"


def test_intake_ouder_has_two_versions_and_the_latest_is_the_default() -> None:
    content = load_content()
    assert content.questionnaire_versions("intake_ouder") == (1, 2)
    assert content.questionnaire("intake_ouder").version == 2
    assert content.questionnaire("intake_ouder", 1).version == 1


def test_v2_changed_a_wording_and_added_a_question() -> None:
    content = load_content()
    v1 = content.questionnaire("intake_ouder", 1)
    v2 = content.questionnaire("intake_ouder", 2)
    assert v1.question("samen_spelen").text == V1_WORDING
    assert v2.question("samen_spelen").text == V2_WORDING
    assert not v1.has_question("andere_hulp_nu")
    assert v2.has_question("andere_hulp_nu")


def test_an_old_v1_response_renders_with_the_v1_wording() -> None:
    content = load_content()
    response = QuestionnaireResponse(
        "intake_ouder",
        1,
        {"samen_spelen": "soms", "intake_datum": "2024-11-05", "wil_leren": ["2", "6"]},
    )
    lines = {line.question_id: line for line in content.render(response)}
    assert lines["samen_spelen"].question == V1_WORDING
    assert lines["samen_spelen"].answer == "Soms"
    assert lines["intake_datum"].answer == "5 november 2024"
    assert lines["wil_leren"].answer == "Taal, Structuur"
    assert "andere_hulp_nu" not in lines


def test_rendering_formats_every_kind_of_answer() -> None:
    content = load_content()
    response = QuestionnaireResponse(
        "evaluatie",
        1,
        {
            "evaluatie_moment": "tussenevaluatie",
            "doelen_score": {"6": 5, "2": 3},
            "vervolg": "verlengen",
            "aantal_bezoeken": 4,
        },
    )
    answers = [(line.question, line.answer) for line in content.render(response)]
    assert answers == [
        ("Welke evaluatie is dit?", "Tussenevaluatie"),
        (
            "Hoe gaat het nu met dit doel?",
            "Doel 2 (Taal): Gaat wel (3 van 5); Doel 6 (Structuur): Heel goed (5 van 5)",
        ),
        ("Hoe gaan we verder?", "Doorgaan met dezelfde doelen"),
        ("Hoeveel huisbezoeken plannen we nog?", "4"),
    ]


def test_a_response_survives_a_round_trip_through_json_form() -> None:
    response = QuestionnaireResponse(
        "nazorg",
        1,
        {"hulp_nodig": "nee", "gezin_gaat": 4},
        started_at=datetime(2025, 1, 2, 10, 0, tzinfo=UTC),
    )
    assert QuestionnaireResponse.from_dict(response.to_dict()) == response


def test_an_unknown_version_or_questionnaire_is_a_clear_error() -> None:
    content = load_content()
    with pytest.raises(UnknownContent, match="geen versie 9"):
        content.questionnaire("intake_ouder", 9)
    with pytest.raises(UnknownContent, match="bestaat niet"):
        content.questionnaire_versions("onbekend")


def test_a_v1_response_is_still_validated_against_v1() -> None:
    content = load_content()
    v1 = content.questionnaire("intake_ouder", 1)
    answers: dict[str, AnswerValue] = {
        "intake_datum": "2024-11-05",
        "aanwezig": "een_ouder",
        "taal_thuis": "Nederlands en Turks",
        "hulp_bij_praten": "nee",
        "aantal_kinderen": 2,
        "kind_groep": "2",
        "aanmelding": "school",
        "school_gaat": 2,
        "thuis_gaat": 4,
        "samen_spelen": "soms",
        "voorlezen": "bijna_nooit",
        "contact_leerkracht": "soms",
        "regels_thuis": "ja",
        "complimenten": "vaak",
        "wil_leren": ["2"],
        "ci_geen_taal": "nee",
        "ci_stress": "nee",
        "ci_laag_begrip": "nee",
        "ci_alleen_huiswerk": "nee",
        "ci_niet_beschikbaar": "nee",
        "besluit": "start",
    }
    context = AnswerContext(today=date(2025, 1, 1))
    assert validate_response(v1, answers, context) == answers
