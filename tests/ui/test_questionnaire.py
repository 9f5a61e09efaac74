"""The questionnaire runner, driven through its widgets on the real encrypted demo workspace."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.content import Question
from samenleren_desktop.model.entities import Gezin, Traject, VragenlijstAntwoord
from samenleren_desktop.model.services.trajecten import choose_goal, start_traject
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.question_widgets import (
    LongTextWidget,
    MultipleChoiceWidget,
    QuestionWidget,
    ShortTextWidget,
    SmileyPerGoalWidget,
    _ButtonsWidget,
)
from samenleren_desktop.ui.questionnaire import PAGE, QuestionnaireRunner

pytestmark = pytest.mark.gui

GOALS = (2, 6)


def new_traject(ctx: AppContext) -> uuid.UUID:
    """A fresh traject (goals 2 and 6 chosen) for a demo family: no questionnaire started."""
    with ctx.session() as session:
        gezin = session.exec(select(Gezin)).first()
    assert gezin is not None
    with ctx.changes() as changes:
        traject = start_traject(changes, gezin.id, date(2026, 9, 1))
        for doel in GOALS:
            choose_goal(changes, traject, ctx.content, doel, [], date(2026, 9, 20))
    return traject.id


def make_runner(qtbot: QtBot, ctx: AppContext) -> QuestionnaireRunner:
    runner = QuestionnaireRunner(ctx)
    qtbot.addWidget(runner)
    runner.resize(900, 700)
    runner.show()
    return runner


def good_value(question: Question) -> Any:
    """A valid answer for any question type (choices that open no extra questions)."""
    kind = question.type
    if kind in {"single_choice", "multiple_choice"}:
        chosen = "start" if question.id == "besluit" else question.options[0].value
        return chosen if kind == "single_choice" else [chosen]
    values: dict[str, Any] = {
        "yes_no": "nee",
        "short_text": "Gaat goed",
        "long_text": "Samen lezen na het eten",
        "number": int(question.minimum or 1) + 1,
        "date": "2026-11-01",
        "smiley": 4,
        "smiley_per_goal": {str(goal): 4 for goal in GOALS},
    }
    return values[kind]


def give(qtbot: QtBot, widget: QuestionWidget, value: Any) -> None:
    """Answer like a coach: click buttons and faces, type text and leave the field."""
    if isinstance(widget, SmileyPerGoalWidget):
        for goal, score in value.items():
            qtbot.mouseClick(widget.rows[goal].buttons[str(score)], Qt.MouseButton.LeftButton)
    elif isinstance(widget, MultipleChoiceWidget):
        for option, button in widget.buttons.items():
            if button.isChecked() != (option in value):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif isinstance(widget, _ButtonsWidget):
        qtbot.mouseClick(widget.buttons[str(value)], Qt.MouseButton.LeftButton)
    elif isinstance(widget, LongTextWidget):
        widget.edit.clear()
        widget.edit.setFocus()
        qtbot.keyClicks(widget.edit, str(value))
        with qtbot.waitSignal(widget.answer_given, timeout=3000):
            qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)  # leaving the field saves it
    else:
        assert isinstance(widget, ShortTextWidget)
        widget.edit.clear()
        shown = _typed_form(value)
        qtbot.keyClicks(widget.edit, shown)
        qtbot.keyClick(widget.edit, Qt.Key.Key_Return)


def _typed_form(value: Any) -> str:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        year, month, day = value.split("-")
        return f"{int(day)}-{int(month)}-{year}"
    return str(value)


def stored(ctx: AppContext, traject_id: uuid.UUID, name: str) -> VragenlijstAntwoord:
    """The response as it is in the workspace, read in a new session."""
    with ctx.workspace.session() as session:
        row = session.exec(
            select(VragenlijstAntwoord).where(
                VragenlijstAntwoord.traject_id == traject_id,
                VragenlijstAntwoord.vragenlijst == name,
            )
        ).first()
    assert row is not None
    return row


def test_every_questionnaire_can_be_completed_one_question_at_a_time(
    qtbot: QtBot, ctx: AppContext
) -> None:
    traject_id = new_traject(ctx)
    runner = make_runner(qtbot, ctx)
    for name in ctx.content.questionnaire_ids():
        runner.open(traject_id, name)
        given: dict[str, Any] = {}
        while runner.current is not None and runner.current not in given:
            block = runner.blocks[runner.current]
            given[runner.current] = good_value(block.question)
            give(qtbot, block.widget, given[block.question.id])
            assert block.error.isHidden(), block.error.text()
            if runner.current == block.question.id:  # Enter in a text field already moved on
                qtbot.keyClick(runner, Qt.Key.Key_Return)
        qtbot.mouseClick(runner.complete_button, Qt.MouseButton.LeftButton)
        row = stored(ctx, traject_id, name)
        assert row.afgerond_op is not None, runner.message.text()
        assert row.antwoorden == given
        assert row.versie == ctx.content.questionnaire(name).version
        assert "Afgerond op 2 november 2026" in runner.message.text()


def test_conditional_question_appears_and_disappears(qtbot: QtBot, ctx: AppContext) -> None:
    runner = make_runner(qtbot, ctx)
    runner.open(new_traject(ctx), "nazorg")
    runner.set_mode(PAGE)
    follow_up = runner.blocks["hulp_welke"]
    assert not follow_up.isVisible()
    give(qtbot, runner.blocks["hulp_nodig"].widget, "ja")
    assert follow_up.isVisible()
    give(qtbot, runner.blocks["hulp_nodig"].widget, "nee")
    assert not follow_up.isVisible()


def test_missing_required_answer_blocks_afronden(qtbot: QtBot, ctx: AppContext) -> None:
    traject_id = new_traject(ctx)
    runner = make_runner(qtbot, ctx)
    runner.open(traject_id, "startscore")
    give(qtbot, runner.blocks["datum"].widget, "2026-11-01")
    qtbot.mouseClick(runner.complete_button, Qt.MouseButton.LeftButton)
    assert "Nog 1 vraag" in runner.message.text()
    assert "geef een antwoord" in runner.message.text()
    assert runner.current == "doelen_score"
    assert stored(ctx, traject_id, "startscore").afgerond_op is None


def test_answer_is_in_the_workspace_the_moment_it_is_given(qtbot: QtBot, ctx: AppContext) -> None:
    traject_id = new_traject(ctx)
    runner = make_runner(qtbot, ctx)
    runner.open(traject_id, "intake_ouder")
    runner.set_mode(PAGE)
    give(qtbot, runner.blocks["aanwezig"].widget, "beide_ouders")
    assert stored(ctx, traject_id, "intake_ouder").antwoorden == {"aanwezig": "beide_ouders"}
    assert "Opgeslagen" in runner.saved.text()


def test_typed_text_is_saved_when_the_runner_closes(qtbot: QtBot, ctx: AppContext) -> None:
    traject_id = new_traject(ctx)
    runner = make_runner(qtbot, ctx)
    runner.open(traject_id, "intake_ouder")
    runner.set_mode(PAGE)
    qtbot.keyClicks(runner.blocks["taal_thuis"].widget.edit, "Arabisch")  # type: ignore[attr-defined]
    runner.close()
    assert stored(ctx, traject_id, "intake_ouder").antwoorden == {"taal_thuis": "Arabisch"}


def test_reopening_resumes_at_the_first_unanswered_question(qtbot: QtBot, ctx: AppContext) -> None:
    traject_id = new_traject(ctx)
    runner = make_runner(qtbot, ctx)
    runner.open(traject_id, "intake_ouder")
    for qid in ("intake_datum", "aanwezig", "taal_thuis"):
        assert runner.current == qid
        give(qtbot, runner.blocks[qid].widget, good_value(runner.blocks[qid].question))
        if runner.current == qid:
            qtbot.keyClick(runner, Qt.Key.Key_Return)
    runner.close()
    again = make_runner(qtbot, ctx)
    again.open(traject_id, "intake_ouder")
    assert again.current == "hulp_bij_praten"
    assert again.progress.format().startswith("Vraag 4 van")
    assert again.blocks["taal_thuis"].widget.value() == "Gaat goed"


@pytest.mark.parametrize(
    ("qid", "typed", "words"),
    [("taal_thuis", "x" * 101, "te lang"), ("aantal_kinderen", "40", "van 1 tot en met 15")],
)
def test_bad_input_explains_and_is_not_stored(
    qtbot: QtBot, ctx: AppContext, qid: str, typed: str, words: str
) -> None:
    traject_id = new_traject(ctx)
    runner = make_runner(qtbot, ctx)
    runner.open(traject_id, "intake_ouder")
    runner.set_mode(PAGE)
    give(qtbot, runner.blocks["aanwezig"].widget, "een_ouder")
    give(qtbot, runner.blocks[qid].widget, typed)
    assert words in runner.blocks[qid].error.text()
    assert runner.saved.text() == "Niet opgeslagen"
    assert stored(ctx, traject_id, "intake_ouder").antwoorden == {"aanwezig": "een_ouder"}
    assert runner.blocks[qid].widget.edit.text() == typed  # type: ignore[attr-defined]


def test_intake_shows_the_suggested_decision(qtbot: QtBot, ctx: AppContext) -> None:
    runner = make_runner(qtbot, ctx)
    runner.open(new_traject(ctx), "intake_ouder")
    runner.set_mode(PAGE)
    give(qtbot, runner.blocks["ci_stress"].widget, "ja")
    advice = runner.blocks["besluit"].advice.text()
    assert "Advies van het programma" in advice
    assert runner.blocks["ci_stress"].question.text in advice


def test_old_response_shows_the_wording_of_its_version(qtbot: QtBot, ctx: AppContext) -> None:
    traject_id = new_traject(ctx)
    with ctx.session() as session:
        traject = session.get(Traject, traject_id)
    assert traject is not None
    with ctx.changes() as changes:
        changes.create(
            VragenlijstAntwoord(
                gezin_id=traject.gezin_id,
                traject_id=traject_id,
                vragenlijst="intake_ouder",
                versie=1,
                antwoorden={"aanwezig": "een_ouder"},
            )
        )
    runner = make_runner(qtbot, ctx)
    runner.open(traject_id, "intake_ouder")
    v1 = ctx.content.questionnaire("intake_ouder", 1)
    assert runner.blocks["samen_spelen"].title.text() == v1.question("samen_spelen").text
    assert "andere_hulp_nu" not in runner.blocks
