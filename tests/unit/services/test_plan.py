"""Plan van aanpak service: goals, notes, activities, afsprakenkaart, smileys, stored for real."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import select

from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.entities import AuditEntry, SmileyScore
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services import plan
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.gezinnen import NieuwGezin, NieuwKind, create_gezin
from samenleren_desktop.model.services.trajecten import add_smiley, start_traject
from samenleren_desktop.model.store.workspace import Workspace

AANMELDING = date(2026, 9, 7)
DAG = date(2026, 10, 1)
SANNE = Actor("sanne")
CONTENT = load_content()


def _traject(workspace: Workspace, groep: int = 3) -> uuid.UUID:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(
            changes, NieuwGezin(naam="Gezin Dekker", kinderen=(NieuwKind("Noor", groep),))
        )
        return start_traject(changes, gezin.id, AANMELDING).id


def _plan(workspace: Workspace, traject_id: uuid.UUID) -> plan.Plan:
    with workspace.session() as session:
        return plan.read_plan(session, traject_id)


def test_goals_subgoals_and_notes_are_stored(workspace: Workspace) -> None:
    tid = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        doel = plan.include_goal(changes, _plan(workspace, tid), CONTENT, 6, DAG)
        plan.set_subgoals(changes, CONTENT, doel, ["6.2", "6.1"])
        plan.write_note(changes, doel, "proberen", "Samen een weekschema ophangen.")
        plan.include_goal(changes, plan.read_plan(changes.session, tid), CONTENT, 2, DAG)
    stored = _plan(workspace, tid)
    assert [d.doel for d in stored.actieve_doelen] == [2, 6]
    zes = stored.doel(6)
    assert zes is not None
    assert zes.subdoelen == ["6.1", "6.2"]
    assert zes.proberen == "Samen een weekschema ophangen."


def test_drop_and_take_up_a_goal_again(workspace: Workspace) -> None:
    tid = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        plan.include_goal(changes, _plan(workspace, tid), CONTENT, 7, DAG)
    zeven = _plan(workspace, tid).doel(7)
    assert zeven is not None
    with record_changes(workspace, SANNE) as changes:
        plan.drop_goal(changes, zeven, date(2026, 10, 20))
    assert _plan(workspace, tid).actieve_doelen == ()
    with record_changes(workspace, SANNE) as changes:
        plan.include_goal(changes, _plan(workspace, tid), CONTENT, 7, date(2026, 10, 21))
    stored = _plan(workspace, tid)
    assert [d.doel for d in stored.actieve_doelen] == [7]
    assert len(stored.doelen) == 1


@pytest.mark.parametrize(
    ("subdoelen", "message"), [(["7.1"], "hoort niet bij doel 6"), (["6.9"], "bestaat niet")]
)
def test_wrong_subgoals_are_refused(
    workspace: Workspace, subdoelen: list[str], message: str
) -> None:
    tid = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        plan.include_goal(changes, _plan(workspace, tid), CONTENT, 6, DAG)
    zes = _plan(workspace, tid).doel(6)
    assert zes is not None
    with pytest.raises(ValidationError, match=message), record_changes(workspace, SANNE) as ch:
        plan.set_subgoals(ch, CONTENT, zes, subdoelen)


def test_too_long_note_is_refused_and_old_note_kept(workspace: Workspace) -> None:
    tid = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        chosen = plan.include_goal(changes, _plan(workspace, tid), CONTENT, 8, DAG)
        plan.write_note(changes, chosen, "ervaren", "Eerste notitie")
    doel = _plan(workspace, tid).doel(8)
    assert doel is not None
    with pytest.raises(ValidationError, match="te lang"), record_changes(workspace, SANNE) as ch:
        plan.write_note(ch, doel, "ervaren", "x" * 5_001)
    kept = _plan(workspace, tid).doel(8)
    assert kept is not None
    assert kept.ervaren == "Eerste notitie"


@pytest.mark.parametrize("groep", [1, 2, 3, 4])
def test_activities_follow_goal_and_groep(groep: int) -> None:
    for doel in range(1, 9):
        found = plan.activities_for_goal(CONTENT, doel, [groep])
        expected = CONTENT.activities_for(goal=doel, groep=groep)
        assert [a.id for a in found] == [a.id for a in expected]
        assert all(doel in a.goals and a.groep_min <= groep <= a.groep_max for a in found)


def test_read_plan_knows_the_childs_groep(workspace: Workspace) -> None:
    tid = _traject(workspace, groep=4)
    assert _plan(workspace, tid).groepen == (4,)


def test_pick_mark_done_and_remove_an_activity(workspace: Workspace) -> None:
    tid = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        keuze = plan.pick_activity(changes, _plan(workspace, tid), CONTENT, "rekenbingo", 3, DAG)
    again_plan = _plan(workspace, tid)
    with record_changes(workspace, SANNE) as changes:
        again = plan.pick_activity(changes, again_plan, CONTENT, "rekenbingo", 3, DAG)
        plan.mark_activity_done(changes, again, date(2026, 10, 8))
    assert again.id == keuze.id
    stored = _plan(workspace, tid)
    assert [(k.activiteit, k.gekozen_door, k.uitgevoerd_op) for k in stored.keuzes_voor(3)] == [
        ("rekenbingo", "ouder", date(2026, 10, 8))
    ]
    with record_changes(workspace, SANNE) as changes:
        plan.remove_pick(changes, stored.keuzes[0])
    assert _plan(workspace, tid).keuzes == ()


def test_activity_of_another_goal_is_refused(workspace: Workspace) -> None:
    tid = _traject(workspace)
    with (
        pytest.raises(ValidationError, match="hoort niet bij doel 8"),
        record_changes(workspace, SANNE) as changes,
    ):
        plan.pick_activity(changes, _plan(workspace, tid), CONTENT, "rekenbingo", 8, DAG)


def test_afsprakenkaart_add_edit_remove(workspace: Workspace) -> None:
    tid = _traject(workspace)
    with record_changes(workspace, SANNE) as changes:
        plan.add_afspraak(changes, _plan(workspace, tid), "Elke dag samen lezen", "mama")
    with record_changes(workspace, SANNE) as changes:
        tweede = plan.add_afspraak(changes, _plan(workspace, tid), "  Weekschema ophangen ")
    first, second = _plan(workspace, tid).afspraken
    assert (first.volgorde, second.volgorde, second.tekst) == (0, 1, "Weekschema ophangen")
    with record_changes(workspace, SANNE) as changes:
        plan.edit_afspraak(changes, tweede, "Weekschema op de koelkast", "papa", "zondag")
        plan.remove_afspraak(changes, first)
    (only,) = _plan(workspace, tid).afspraken
    assert (only.tekst, only.wie, only.wanneer) == ("Weekschema op de koelkast", "papa", "zondag")
    with (
        pytest.raises(ValidationError, match="Vul de afspraak in"),
        record_changes(workspace, SANNE) as changes,
    ):
        plan.add_afspraak(changes, _plan(workspace, tid), "   ")


def test_second_score_replaces_the_first(workspace: Workspace) -> None:
    tid = _traject(workspace)
    traject = _plan(workspace, tid).traject
    with record_changes(workspace, SANNE) as changes:
        plan.score_smiley(changes, traject, 2, "start", 2, DAG)
    with record_changes(workspace, SANNE) as changes:
        plan.score_smiley(changes, traject, 2, "start", 3, DAG)
        plan.score_smiley(changes, traject, 2, "eind", 5, date(2026, 12, 1))
    with workspace.session() as session:
        scores = session.exec(select(SmileyScore).where(SmileyScore.traject_id == tid)).all()
        table = plan.smiley_table(session, tid)
        audit = session.exec(select(AuditEntry).where(AuditEntry.tabel == "smiley_score")).all()
    assert sorted((s.moment, s.waarde) for s in scores) == [("eind", 5), ("start", 3)]
    assert table[2] == plan.SmileyRij(2, 3, None, 5)
    assert table[2].verloop == (3, 5)
    assert [a.actie for a in audit].count("update") == 1


def test_table_takes_the_latest_of_older_duplicates(workspace: Workspace) -> None:
    tid = _traject(workspace)
    traject = _plan(workspace, tid).traject
    with record_changes(workspace, SANNE) as changes:
        add_smiley(changes, traject, 4, "tussen", 1, DAG)
        add_smiley(changes, traject, 4, "tussen", 4, date(2026, 10, 2))
    with workspace.session() as session:
        assert plan.smiley_table(session, tid)[4].tussen == 4


@pytest.mark.parametrize("waarde", [0, 6, -1])
def test_score_outside_one_to_five_is_refused(workspace: Workspace, waarde: int) -> None:
    tid = _traject(workspace)
    traject = _plan(workspace, tid).traject
    for _ in range(2):  # both a new score and a replacement are checked
        with (
            pytest.raises(ValidationError, match="1 tot en met 5"),
            record_changes(workspace, SANNE) as changes,
        ):
            plan.score_smiley(changes, traject, 1, "start", waarde, DAG)
        with record_changes(workspace, SANNE) as changes:
            plan.score_smiley(changes, traject, 1, "start", 3, DAG)
    with workspace.session() as session:
        assert plan.smiley_table(session, tid)[1].start == 3
