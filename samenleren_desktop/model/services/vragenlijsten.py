"""Fill in questionnaires for a traject: one answer at a time, saved at once, then completed.

A response (`VragenlijstAntwoord`) keeps the questionnaire id and the version it was started
with, and is always shown with that version's wording. Every answer is stored on its own
(`save_answer` writes just that one question id into the stored answers), so nothing the coach
gave is lost when the window closes or the workspace locks.

Answers to questions that become hidden (their `show_if` no longer holds) are KEPT while the
response is open, but the engine ignores them: when the coach changes the triggering answer
back, the earlier text is still there. `complete` stores only the answers to visible questions
(the engine's `validate_response`), so a completed response holds exactly what was asked.

For the intake, `complete` records the intake decision as the answer "besluit", which is what
`model.services.feiten` reads: the coach's choice when made, else the suggestion from the
contra-indications.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from samenleren_desktop.model.content import (
    AnswerContext,
    AnswerValue,
    Content,
    Question,
    Questionnaire,
    intake_decision,
    is_answered,
    load_content,
    progress,
    response_problems,
    validate_answer,
    validate_response,
    visible_questions,
)
from samenleren_desktop.model.content.questionnaire import DECISION_QUESTION
from samenleren_desktop.model.entities import PlanDoel, Traject, VragenlijstAntwoord, utcnow
from samenleren_desktop.model.errors import RecordNotFound, ValidationError
from samenleren_desktop.model.services.changes import Changes

VRAGENLIJST_STAPPEN: dict[str, str] = {
    "intake_ouder": "Intake",
    "intake_leerkracht": "Ouder-leerkrachtgesprek",
    "startscore": "Plan van aanpak (startscore)",
    "evaluatie": "Tussenevaluatie en eindevaluatie",
    "evaluatie_leerkracht": "Eindevaluatie (leerkracht)",
    "nazorg": "Nazorg en follow-up",
}
"""The step of the trajectpijl each shipped questionnaire belongs to, in plain words."""

VRAGENLIJST_VOLGORDE = tuple(VRAGENLIJST_STAPPEN)
"""The order in which the questionnaires come up in a traject."""


@dataclass(frozen=True)
class VragenlijstStand:
    """How far one response is, for lists.

    Attributes:
        response_id: the stored response.
        vragenlijst: the questionnaire id.
        versie: the version it is answered with.
        titel: the questionnaire's title in that version.
        beantwoord, zichtbaar: answered visible questions and all visible questions.
        afgerond_op: when it was completed, or None while it is open.
        gestart_op: when it was started.
    """

    response_id: uuid.UUID
    vragenlijst: str
    versie: int
    titel: str
    beantwoord: int
    zichtbaar: int
    afgerond_op: datetime | None
    gestart_op: datetime

    @property
    def procent(self) -> int:
        """Percentage of visible questions answered (100 when completed or nothing is left)."""
        if self.afgerond or self.zichtbaar == 0:
            return 100
        return round(self.beantwoord * 100 / self.zichtbaar)

    @property
    def afgerond(self) -> bool:
        return self.afgerond_op is not None


def answer_context(session: Session, traject_id: uuid.UUID, today: date) -> AnswerContext:
    """The engine's context for a traject: its chosen (not stopped) goals and today."""
    doelen = session.exec(
        select(PlanDoel).where(
            PlanDoel.traject_id == traject_id, col(PlanDoel.gestopt_op).is_(None)
        )
    ).all()
    return AnswerContext(goals=tuple(sorted({d.doel for d in doelen})), today=today)


def response_context(session: Session, response: VragenlijstAntwoord, today: date) -> AnswerContext:
    """The engine's context for a response (the goals of its traject)."""
    return answer_context(session, response.traject_id, today)


def questionnaire_of(content: Content, response: VragenlijstAntwoord) -> Questionnaire:
    """The questionnaire in the version the response was started with."""
    return content.questionnaire(response.vragenlijst, response.versie)


def start_or_resume(
    changes: Changes,
    traject: Traject,
    vragenlijst_id: str,
    leerkracht_id: uuid.UUID | None = None,
    *,
    content: Content | None = None,
) -> VragenlijstAntwoord:
    """The open response of this questionnaire for the traject, or a new one (current version).

    Raises UnknownContent when the questionnaire does not exist.
    """
    huidige = (content or load_content()).questionnaire(vragenlijst_id)
    open_response = changes.session.exec(
        select(VragenlijstAntwoord)
        .where(
            VragenlijstAntwoord.traject_id == traject.id,
            VragenlijstAntwoord.vragenlijst == vragenlijst_id,
            col(VragenlijstAntwoord.afgerond_op).is_(None),
            VragenlijstAntwoord.leerkracht_id == leerkracht_id,
        )
        .order_by(col(VragenlijstAntwoord.created_at).desc())
    ).first()
    if open_response is not None:
        return open_response
    return changes.create(
        VragenlijstAntwoord(
            gezin_id=traject.gezin_id,
            traject_id=traject.id,
            vragenlijst=vragenlijst_id,
            versie=huidige.version,
            antwoorden={},
            leerkracht_id=leerkracht_id,
        )
    )


def save_answer(
    changes: Changes,
    response: VragenlijstAntwoord,
    question_id: str,
    value: Any,
    *,
    today: date | None = None,
    content: Content | None = None,
) -> VragenlijstAntwoord:
    """Check one answer and store it at once; an empty answer removes the stored one.

    Raises ValidationError (field = question id) with a plain Dutch message when the answer is
    not valid; the stored answers are then left as they were.
    """
    stored = _fresh(changes, response)
    if stored.afgerond_op is not None:
        raise ValidationError("Deze vragenlijst is al afgerond en kan niet meer veranderen.")
    questionnaire = questionnaire_of(content or load_content(), stored)
    context = response_context(changes.session, stored, today or date.today())
    question = _question(questionnaire, question_id)
    antwoorden: dict[str, Any] = dict(stored.antwoorden)
    if not is_answered(value):
        antwoorden.pop(question_id, None)
    else:
        visible = {q.id for q in visible_questions(questionnaire, antwoorden, context)}
        if question_id not in visible:
            raise ValidationError(
                f"Vraag ‘{question.text}’ hoort nu niet bij de lijst.", field=question_id
            )
        # "Required" is checked when completing: a partly given answer (one smiley of two
        # goals) is stored now, so nothing is lost.
        validate_answer(replace(question, required=False), value, context)
        antwoorden[question_id] = _plain_answer(value)
    return changes.update(stored, antwoorden=antwoorden)


def missing_answers(
    session: Session, content: Content, response: VragenlijstAntwoord, today: date
) -> list[ValidationError]:
    """Every problem that stops completing the response, in question order."""
    context = response_context(session, response, today)
    return response_problems(questionnaire_of(content, response), response.antwoorden, context)


def complete(
    changes: Changes,
    response: VragenlijstAntwoord,
    today: date,
    *,
    content: Content | None = None,
) -> VragenlijstAntwoord:
    """Check the whole response and mark it completed on `today`.

    Raises ValidationError listing, in plain words, every question still to answer or fix.
    Only answers to visible questions are kept. For a questionnaire with a "besluit" question,
    the decision (the coach's choice, else the suggestion) is stored as that answer.
    """
    stored = _fresh(changes, response)
    if stored.afgerond_op is not None:
        return stored
    questionnaire = questionnaire_of(content or load_content(), stored)
    context = response_context(changes.session, stored, today)
    antwoorden: dict[str, AnswerValue] = dict(stored.antwoorden)
    problems = response_problems(questionnaire, antwoorden, context)
    if problems:
        raise ValidationError(_problem_list(problems), field=problems[0].field)
    kept = validate_response(questionnaire, antwoorden, context)
    if questionnaire.has_question(DECISION_QUESTION):
        kept[DECISION_QUESTION] = intake_decision(questionnaire, kept, context).final
    moment = datetime.combine(context.today, utcnow().timetz())
    return changes.update(stored, antwoorden=kept, afgerond_op=moment)


def responses_of(
    session: Session, content: Content, traject: Traject, today: date
) -> list[VragenlijstStand]:
    """Every response of the traject with its progress, oldest first."""
    context = answer_context(session, traject.id, today)
    rows = session.exec(
        select(VragenlijstAntwoord)
        .where(VragenlijstAntwoord.traject_id == traject.id)
        .order_by(col(VragenlijstAntwoord.created_at))
    ).all()
    return [_stand(content, row, context) for row in rows]


def load_response(session: Session, response_id: uuid.UUID) -> VragenlijstAntwoord:
    """One stored response; RecordNotFound when it is gone."""
    row = session.get(VragenlijstAntwoord, response_id)
    if row is None:
        raise RecordNotFound("Deze vragenlijst bestaat niet (meer).")
    return row


def _stand(content: Content, row: VragenlijstAntwoord, context: AnswerContext) -> VragenlijstStand:
    questionnaire = questionnaire_of(content, row)
    done = progress(questionnaire, row.antwoorden, context)
    return VragenlijstStand(
        response_id=row.id,
        vragenlijst=row.vragenlijst,
        versie=row.versie,
        titel=questionnaire.title,
        beantwoord=done.answered,
        zichtbaar=done.visible,
        afgerond_op=row.afgerond_op,
        gestart_op=row.created_at,
    )


def _fresh(changes: Changes, response: VragenlijstAntwoord) -> VragenlijstAntwoord:
    """The response as stored now, inside this transaction (never a stale copy)."""
    stored = changes.session.get(VragenlijstAntwoord, response.id, populate_existing=True)
    if stored is None:
        raise RecordNotFound("Deze vragenlijst bestaat niet (meer).")
    return stored


def _question(questionnaire: Questionnaire, question_id: str) -> Question:
    try:
        return questionnaire.question(question_id)
    except KeyError:
        raise ValidationError(
            f"Vraag '{question_id}' staat niet in deze vragenlijst.", field=question_id
        ) from None


def _plain_answer(value: Any) -> Any:
    """A JSON-ready copy: lists and dicts are copied so later edits cannot leak in."""
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _problem_list(problems: list[ValidationError]) -> str:
    lines = "\n".join(f"• {problem.message}" for problem in problems)
    count = len(problems)
    head = "Nog 1 vraag" if count == 1 else f"Nog {count} vragen"
    return f"{head} om in te vullen of te verbeteren voordat je kunt afronden:\n{lines}"
