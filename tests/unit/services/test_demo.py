"""`samenleren demo`: believable fictional data in every entity and every stage."""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import SQLModel, func, select

from samenleren_desktop.model.content import (
    AnswerContext,
    QuestionnaireResponse,
    load_content,
    validate_response,
)
from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.demo_vragenlijsten import demo_answers
from samenleren_desktop.model.entities import PlanDoel, Traject, VragenlijstAntwoord
from samenleren_desktop.model.rules import Stap, StepStatus
from samenleren_desktop.model.services.feiten import pijl_van
from samenleren_desktop.model.store.workspace import Workspace

TODAY = date(2026, 11, 22)


def test_every_entity_and_every_stage(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        fill_demo(session, 60, seed=2, today=TODAY)
    with workspace.session() as session:
        counts = {
            name: session.connection().execute(select(func.count()).select_from(table)).scalar()
            for name, table in SQLModel.metadata.tables.items()
        }
        empty = {name for name, count in counts.items() if not count}
        assert {n for n in empty if not n.startswith("sync_")} == {"workspace_secret"}
        reached = set()
        for traject in session.exec(select(Traject)):
            states = pijl_van(session, traject, TODAY)
            upcoming = [s.stap for s in states if s.status == StepStatus.NEXT]
            reached.add(upcoming[0] if upcoming else traject.status)
    assert set(Stap) - {Stap.AANMELDING} <= reached
    assert {"afgesloten", "afgebroken", "uitgesteld"} <= reached


def test_stored_answers_are_valid_for_their_version(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        fill_demo(session, 25, seed=4, today=TODAY)
    content = load_content()
    with workspace.session() as session:
        for response in session.exec(select(VragenlijstAntwoord)):
            goals = session.exec(
                select(PlanDoel.doel).where(PlanDoel.traject_id == response.traject_id)
            ).all()
            questionnaire = content.questionnaire(response.vragenlijst, response.versie)
            context = AnswerContext(goals=tuple(goals), today=TODAY)
            assert validate_response(questionnaire, response.antwoorden, context)


def test_every_shipped_questionnaire_version_can_be_answered_with_conditions_both_ways() -> None:
    content = load_content()
    for name in content.questionnaire_ids():
        for version in content.questionnaire_versions(name):
            questionnaire = content.questionnaire(name, version)
            conditional = {q.id for q in questionnaire.questions if q.show_if is not None}
            shown: set[str] = set()
            hidden: set[str] = set()
            for seed in range(12):
                context = AnswerContext(goals=(2, 6, 8), today=TODAY)
                answers = demo_answers(questionnaire, random.Random(seed), context)
                assert validate_response(questionnaire, answers, context) == answers
                shown |= conditional & set(answers)
                hidden |= conditional - set(answers)
                assert content.render(QuestionnaireResponse(name, version, answers)), (
                    name,
                    version,
                )
            if conditional:
                assert shown, (name, version)
                assert hidden, (name, version)
