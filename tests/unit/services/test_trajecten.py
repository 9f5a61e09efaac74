"""Traject services: the domain rules hold before anything is written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.entities import Contactmoment, Traject
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import Stap, StepStatus, state_of
from samenleren_desktop.model.services.changes import Actor, Changes, record_changes
from samenleren_desktop.model.services.feiten import pijl_van
from samenleren_desktop.model.services.gezinnen import NieuwGezin, create_gezin
from samenleren_desktop.model.services.trajecten import (
    NieuwContact,
    add_contact,
    add_smiley,
    cancel_contact,
    choose_goal,
    hold_contact,
    skip_step,
    start_traject,
)
from samenleren_desktop.model.store.workspace import Workspace

AANMELDING = date(2026, 9, 7)
SANNE = Actor("sanne")


def _traject(changes: Changes) -> Traject:
    gezin = create_gezin(changes, NieuwGezin(naam="Gezin Dekker"))
    return start_traject(changes, gezin.id, AANMELDING, "school", "juf Mirjam")


def test_intake_held_makes_kennismaking_next(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        traject = _traject(changes)
        intake = add_contact(changes, traject, NieuwContact("intake", date(2026, 9, 10), "ouder"))
        hold_contact(changes, intake, duur_minuten=90, reistijd_minuten=20)
        planned = add_contact(changes, traject, NieuwContact("kennismaking", date(2026, 9, 17)))
        cancel_contact(changes, planned, "kind ziek")
    with workspace.session() as session:
        pijl = pijl_van(session, traject, date(2026, 9, 18))
        contacts = session.exec(select(Contactmoment)).all()
    assert state_of(pijl, Stap.INTAKE).status == StepStatus.DONE
    assert state_of(pijl, Stap.KENNISMAKING).status == StepStatus.NEXT
    assert {c.status for c in contacts} == {"gehouden", "geannuleerd"}


@pytest.mark.parametrize(
    ("action", "field"),
    [
        (lambda c, t: add_contact(c, t, NieuwContact("intake", date(2026, 9, 1))), "datum"),
        (lambda c, t: add_contact(c, t, NieuwContact("koffie", date(2026, 9, 9))), "soort"),
        (
            lambda c, t: add_contact(
                c, t, NieuwContact("intake", date(2026, 9, 9), duur_minuten=-5)
            ),
            "duur_minuten",
        ),
        (lambda c, t: add_smiley(c, t, 2, "start", 6, date(2026, 9, 9)), "waarde"),
        (lambda c, t: add_smiley(c, t, 9, "start", 3, date(2026, 9, 9)), "doel"),
        (lambda c, t: add_smiley(c, t, 2, "halverwege", 3, date(2026, 9, 9)), "moment"),
        (lambda c, t: choose_goal(c, t, load_content(), 9, [], date(2026, 9, 9)), "doel"),
        (lambda c, t: choose_goal(c, t, load_content(), 2, ["9.9"], date(2026, 9, 9)), "subdoelen"),
        (lambda c, t: choose_goal(c, t, load_content(), 2, ["3.1"], date(2026, 9, 9)), "subdoelen"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    workspace: Workspace, action: object, field: str
) -> None:
    with record_changes(workspace, SANNE) as changes:
        traject = _traject(changes)
    with pytest.raises(ValidationError) as caught, record_changes(workspace, SANNE) as changes:
        action(changes, traject)  # type: ignore[operator]
    assert caught.value.field == field
    with workspace.session() as session:
        assert session.exec(select(Contactmoment)).all() == []


def test_goal_with_subgoals_from_the_content(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        traject = _traject(changes)
        plan = choose_goal(changes, traject, load_content(), 6, ["6.2", "6.1"], date(2026, 10, 1))
    assert plan.subdoelen == ["6.1", "6.2"]


def test_a_skipped_step_shows_on_the_arrow_with_its_reason(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        traject = _traject(changes)
        skip_step(changes, traject, "kennismaking", "Gezin kent de begeleider al.")
        with pytest.raises(ValidationError) as caught:
            skip_step(changes, traject, "aanmelding", "mag niet")
        assert caught.value.field == "stap"
        with pytest.raises(ValidationError) as caught:
            skip_step(changes, traject, "koffie", "geen stap")
        assert caught.value.field == "stap"
    with workspace.session() as session:
        state = state_of(pijl_van(session, traject, date(2026, 9, 18)), Stap.KENNISMAKING)
    assert state.status == StepStatus.SKIPPED
    assert state.reden == "Gezin kent de begeleider al."
