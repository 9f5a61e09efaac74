"""Questionnaire service: one answer stored at once, checked, completed with the intake decision."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.entities import OutboxChange, Traject, VragenlijstAntwoord
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import IntakeBesluit
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.feiten import traject_facts
from samenleren_desktop.model.services.gezinnen import NieuwGezin, create_gezin
from samenleren_desktop.model.services.trajecten import choose_goal, start_traject
from samenleren_desktop.model.services.vragenlijsten import (
    complete,
    responses_of,
    save_answer,
    start_or_resume,
)
from samenleren_desktop.model.store.workspace import Workspace

TODAY = date(2026, 11, 2)
SANNE = Actor("sanne")


def _traject(workspace: Workspace) -> Traject:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(changes, NieuwGezin(naam="Gezin Dekker"))
        return start_traject(changes, gezin.id, date(2026, 9, 7))


def _save(workspace: Workspace, response: VragenlijstAntwoord, qid: str, value: object) -> None:
    with record_changes(workspace, SANNE) as changes:
        save_answer(changes, response, qid, value, today=TODAY)


def _stored(workspace: Workspace, response: VragenlijstAntwoord) -> VragenlijstAntwoord:
    with workspace.session() as session:
        row = session.get(VragenlijstAntwoord, response.id)
        assert row is not None
        return row


def _start(workspace: Workspace, traject: Traject, name: str) -> VragenlijstAntwoord:
    with record_changes(workspace, SANNE) as changes:
        return start_or_resume(changes, traject, name)


def test_start_uses_current_version_and_resumes_the_open_one(workspace: Workspace) -> None:
    traject = _traject(workspace)
    first = _start(workspace, traject, "intake_ouder")
    again = _start(workspace, traject, "intake_ouder")
    assert first.id == again.id
    assert first.versie == load_content().questionnaire("intake_ouder").version == 2


def test_each_answer_is_stored_and_queued_for_sync_at_once(workspace: Workspace) -> None:
    traject = _traject(workspace)
    response = _start(workspace, traject, "intake_ouder")
    _save(workspace, response, "taal_thuis", "Turks")
    _save(workspace, response, "aantal_kinderen", 3)
    assert _stored(workspace, response).antwoorden == {"taal_thuis": "Turks", "aantal_kinderen": 3}
    with workspace.session() as session:
        queued = session.exec(
            select(OutboxChange).where(OutboxChange.record_id == response.id)
        ).all()
    assert [c.op for c in queued] == ["create", "update", "update"]


@pytest.mark.parametrize(
    ("qid", "value", "words"),
    [
        ("taal_thuis", "x" * 101, "te lang"),
        ("aantal_kinderen", 40, "van 1 tot en met 15"),
        ("intake_datum", "2026-12-01", "niet na vandaag"),
        ("aanwezig", "oma", "kies een van de antwoorden"),
    ],
)
def test_bad_answer_is_refused_and_keeps_the_stored_one(
    workspace: Workspace, qid: str, value: object, words: str
) -> None:
    traject = _traject(workspace)
    response = _start(workspace, traject, "intake_ouder")
    _save(workspace, response, "taal_thuis", "Turks")
    with pytest.raises(ValidationError, match=words) as caught:
        _save(workspace, response, qid, value)
    assert caught.value.field == qid
    assert _stored(workspace, response).antwoorden == {"taal_thuis": "Turks"}


def test_hidden_answer_is_kept_while_open_and_dropped_on_complete(workspace: Workspace) -> None:
    traject = _traject(workspace)
    response = _start(workspace, traject, "nazorg")
    _save(workspace, response, "hulp_nodig", "ja")
    _save(workspace, response, "hulp_welke", "Hulp bij geldzaken")
    _save(workspace, response, "hulp_nodig", "nee")
    assert _stored(workspace, response).antwoorden["hulp_welke"] == "Hulp bij geldzaken"
    with pytest.raises(ValidationError, match="hoort nu niet bij de lijst"):
        _save(workspace, response, "hulp_welke", "Iets anders")
    for qid, value in [
        ("contact_moment", "nazorg"),
        ("datum", "2026-11-01"),
        ("contact_vorm", "telefoon"),
        ("gezin_gaat", 4),
    ]:
        _save(workspace, response, qid, value)
    with record_changes(workspace, SANNE) as changes:
        complete(changes, response, TODAY)
    stored = _stored(workspace, response)
    assert stored.afgerond_op is not None
    assert "hulp_welke" not in stored.antwoorden


def test_complete_lists_missing_required_answers(workspace: Workspace) -> None:
    traject = _traject(workspace)
    response = _start(workspace, traject, "startscore")
    with record_changes(workspace, SANNE) as changes:
        choose_goal(changes, traject, load_content(), 6, [], TODAY)
    with pytest.raises(ValidationError) as caught, record_changes(workspace, SANNE) as changes:
        complete(changes, response, TODAY)
    assert "Nog 2 vragen" in caught.value.message
    assert "geef een antwoord" in caught.value.message
    assert _stored(workspace, response).afgerond_op is None


def test_completed_intake_gives_the_decision_to_the_trajectpijl(workspace: Workspace) -> None:
    traject = _traject(workspace)
    response = _start(workspace, traject, "intake_ouder")
    answers = {
        "intake_datum": "2026-09-10",
        "aanwezig": "een_ouder",
        "taal_thuis": "Nederlands",
        "hulp_bij_praten": "nee",
        "aantal_kinderen": 2,
        "andere_hulp_nu": "nee",
        "kind_groep": "2",
        "aanmelding": "school",
        "school_gaat": 3,
        "thuis_gaat": 4,
        "samen_spelen": "soms",
        "voorlezen": "soms",
        "contact_leerkracht": "vaak",
        "regels_thuis": "ja",
        "complimenten": "vaak",
        "wil_leren": ["2", "6"],
        "ci_geen_taal": "nee",
        "ci_stress": "nee",
        "ci_laag_begrip": "nee",
        "ci_alleen_huiswerk": "nee",
        "ci_niet_beschikbaar": "nee",
        "besluit": "start",
    }
    with record_changes(workspace, SANNE) as changes:
        for qid, value in answers.items():
            save_answer(changes, response, qid, value, today=TODAY)
        complete(changes, response, TODAY)
    with workspace.session() as session:
        facts = traject_facts(session, traject)
        listed = responses_of(session, load_content(), traject, TODAY)
    assert facts.intake_besluit == IntakeBesluit.STARTEN
    assert [(s.vragenlijst, s.afgerond, s.procent) for s in listed] == [("intake_ouder", True, 100)]


def test_completed_response_cannot_change(workspace: Workspace) -> None:
    traject = _traject(workspace)
    response = _start(workspace, traject, "startscore")
    _save(workspace, response, "datum", "2026-11-01")
    with record_changes(workspace, SANNE) as changes:
        complete(changes, response, TODAY)
    with pytest.raises(ValidationError, match="al afgerond"):
        _save(workspace, response, "toelichting", "Later")
    assert _start(workspace, traject, "startscore").id != response.id


def test_part_of_a_smiley_per_goal_answer_is_stored(workspace: Workspace) -> None:
    traject = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        for doel in (2, 6):
            choose_goal(changes, traject, load_content(), doel, [], TODAY)
    response = _start(workspace, traject, "startscore")
    _save(workspace, response, "doelen_score", {"2": 4})
    assert _stored(workspace, response).antwoorden == {"doelen_score": {"2": 4}}
    with pytest.raises(ValidationError, match="hoort niet bij dit traject"):
        _save(workspace, response, "doelen_score", {"3": 4})
