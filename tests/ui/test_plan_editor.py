"""The plan van aanpak editor: goals, subgoals, notes, activities and afspraken are stored."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Kind, PlanDoel
from samenleren_desktop.model.services import plan as plan_service
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.plan_editor import PlanEditor
from tests.ui.conftest import TODAY
from tests.ui.test_parent_view import planned_traject

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot: QtBot, ctx: AppContext) -> PlanEditor:
    plan_editor = PlanEditor(ctx)
    plan_editor.parent_view_full_screen = False
    qtbot.addWidget(plan_editor)
    plan_editor.resize(1100, 800)
    plan_editor.show()
    qtbot.waitExposed(plan_editor)
    plan_editor.activateWindow()
    qtbot.waitUntil(plan_editor.isActiveWindow)
    return plan_editor


def _stored(ctx: AppContext, traject_id: uuid.UUID) -> plan_service.Plan:
    """The plan read back in a new session."""
    with ctx.session() as session:
        return plan_service.read_plan(session, traject_id)


def _free_goal(ctx: AppContext, traject_id: uuid.UUID) -> int:
    active = {d.doel for d in _stored(ctx, traject_id).actieve_doelen}
    return next(n for n in (2, 6, 8, 3, 5, 1) if n not in active)


def _set_groep(ctx: AppContext, traject_id: uuid.UUID, groep: int) -> None:
    with ctx.changes() as changes:
        gezin_id = plan_service.read_plan(changes.session, traject_id).traject.gezin_id
        for kind in changes.session.exec(select(Kind).where(Kind.gezin_id == gezin_id)).all():
            changes.update(kind, groep=groep)


def _type_and_leave(qtbot: QtBot, field: QWidget, text: str, leave_to: QWidget) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, text)
    leave_to.setFocus()
    qtbot.waitUntil(leave_to.hasFocus)


def test_goal_subgoals_and_notes_are_stored(
    qtbot: QtBot, ctx: AppContext, editor: PlanEditor
) -> None:
    tid = planned_traject(ctx)
    editor.show_traject(tid)
    doel = _free_goal(ctx, tid)
    qtbot.mouseClick(editor.goal_boxes[doel], Qt.MouseButton.LeftButton)
    detail = editor.details[doel]
    first, second = detail.subgoals.item(0), detail.subgoals.item(1)
    first.setCheckState(Qt.CheckState.Checked)
    second.setCheckState(Qt.CheckState.Checked)
    _type_and_leave(qtbot, detail.notes["proberen"], "Elke ochtend samen kijken.", detail.subgoals)
    _type_and_leave(qtbot, detail.notes["ervaren"], "Ging goed", detail.subgoals)
    stored = _stored(ctx, tid).doel(doel)
    assert stored is not None
    assert stored.gekozen_op == TODAY
    assert stored.gestopt_op is None
    assert stored.subdoelen == [f"{doel}.1", f"{doel}.2"]
    assert (stored.proberen, stored.ervaren) == ("Elke ochtend samen kijken.", "Ging goed")
    assert editor.message.text() == "Opgeslagen."


def test_unticking_a_goal_drops_it(qtbot: QtBot, ctx: AppContext, editor: PlanEditor) -> None:
    tid = planned_traject(ctx)
    editor.show_traject(tid)
    doel = _stored(ctx, tid).actieve_doelen[0].doel
    editor.goal_boxes[doel].setFocus()
    qtbot.keyClick(editor.goal_boxes[doel], Qt.Key.Key_Space)
    stored = _stored(ctx, tid).doel(doel)
    assert stored is not None
    assert stored.gestopt_op == TODAY
    assert doel not in editor.details


def test_too_long_note_keeps_typed_text_and_stored_note(
    qtbot: QtBot, ctx: AppContext, editor: PlanEditor
) -> None:
    tid = planned_traject(ctx)
    editor.show_traject(tid)
    doel = _stored(ctx, tid).actieve_doelen[0].doel
    detail = editor.details[doel]
    editor.show_goal_tab(doel)
    field = detail.notes["notities"]
    field.setPlainText("x" * 5_001)
    field.document().setModified(True)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    detail.subgoals.setFocus()
    qtbot.waitUntil(detail.subgoals.hasFocus)
    assert "te lang" in editor.message.text()
    assert len(field.toPlainText()) == 5_001
    stored = _stored(ctx, tid).doel(doel)
    assert stored is not None
    assert stored.notities == ""


def test_activities_follow_goal_and_groep(
    qtbot: QtBot, ctx: AppContext, editor: PlanEditor
) -> None:
    tid = planned_traject(ctx)
    _set_groep(ctx, tid, 4)
    editor.show_traject(tid)
    if 2 not in editor.details:
        qtbot.mouseClick(editor.goal_boxes[2], Qt.MouseButton.LeftButton)
    activities = editor.details[2].activities
    shown = [
        activities.item(row).data(Qt.ItemDataRole.UserRole) for row in range(activities.count())
    ]
    assert shown == [a.id for a in ctx.content.activities_for(goal=2, groep=4)]
    assert "om_de_beurt_lezen" in shown  # groep 3-4
    assert "taalmemory" not in shown  # groep 1-3
    assert "rekenbingo" not in shown  # goal 3 only


def test_pick_mark_done_and_remove(qtbot: QtBot, ctx: AppContext, editor: PlanEditor) -> None:
    tid = planned_traject(ctx)
    editor.show_traject(tid)
    doel = _stored(ctx, tid).actieve_doelen[0].doel
    detail = editor.details[doel]
    detail.activities.setCurrentRow(0)
    activity_id = detail.activities.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(detail.pick_button, Qt.MouseButton.LeftButton)
    (keuze,) = [k for k in _stored(ctx, tid).keuzes_voor(doel) if k.activiteit == activity_id]
    assert (keuze.gekozen_door, keuze.gekozen_op) == ("begeleider", TODAY)
    assert "gekozen door begeleider" in detail.activities.item(0).text()
    qtbot.mouseClick(detail.done_button, Qt.MouseButton.LeftButton)
    (keuze,) = [k for k in _stored(ctx, tid).keuzes_voor(doel) if k.activiteit == activity_id]
    assert keuze.uitgevoerd_op == TODAY
    qtbot.mouseClick(detail.remove_button, Qt.MouseButton.LeftButton)
    assert not [k for k in _stored(ctx, tid).keuzes_voor(doel) if k.activiteit == activity_id]


def test_choose_with_parent_stores_the_parents_pick(
    qtbot: QtBot, ctx: AppContext, editor: PlanEditor
) -> None:
    tid = planned_traject(ctx)
    editor.show_traject(tid)
    doel = _stored(ctx, tid).actieve_doelen[0].doel
    detail = editor.details[doel]
    qtbot.mouseClick(detail.parent_button, Qt.MouseButton.LeftButton)
    view = editor.parent_view
    assert view is not None
    qtbot.addWidget(view)
    offered = [tile.activity.id for tile in view.tiles]
    assert offered == [
        detail.activities.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(detail.activities.count())
    ]
    qtbot.mouseClick(view.tiles[-1], Qt.MouseButton.LeftButton)
    view.hand_back()
    picks = [k for k in _stored(ctx, tid).keuzes_voor(doel) if k.activiteit == offered[-1]]
    assert [(k.gekozen_door, k.doel) for k in picks] == [("ouder", doel)]
    assert "gekozen door ouder" in detail.activities.item(len(offered) - 1).text()


def test_afsprakenkaart_add_edit_remove(qtbot: QtBot, ctx: AppContext, editor: PlanEditor) -> None:
    tid = planned_traject(ctx)
    editor.show_traject(tid)
    box = editor.afspraken
    before = len(_stored(ctx, tid).afspraken)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert "Vul de afspraak in" in editor.message.text()
    qtbot.keyClicks(box.tekst, "Samen boodschappen doen")
    qtbot.keyClicks(box.wie, "papa")
    qtbot.keyClick(box.tekst, Qt.Key.Key_Return)
    afspraken = _stored(ctx, tid).afspraken
    assert [(a.tekst, a.wie) for a in afspraken][-1] == ("Samen boodschappen doen", "papa")
    assert box.tekst.text() == ""
    box.items.setCurrentRow(box.items.count() - 1)
    box.wanneer.setText("zaterdag")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert _stored(ctx, tid).afspraken[-1].wanneer == "zaterdag"
    box.items.setCurrentRow(box.items.count() - 1)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert len(_stored(ctx, tid).afspraken) == before


def test_goals_show_colour_number_and_name(ctx: AppContext, editor: PlanEditor) -> None:
    for number, box in editor.goal_boxes.items():
        goal = ctx.content.goal(number)
        assert box.text() == f"&{number} · {goal.short_name}"
        assert box.palette().windowText().color().name().lower() == goal.colour.hex.lower()
        assert box.accessibleName() == goal.label
        assert not box.icon().isNull()


def test_switching_traject_saves_typed_note_and_shows_the_other_plan(
    qtbot: QtBot, ctx: AppContext, editor: PlanEditor
) -> None:
    tid = planned_traject(ctx)
    editor.show_traject(tid)
    doel = _stored(ctx, tid).actieve_doelen[0].doel
    field = editor.details[doel].notes["bespreken"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Nog niet verlaten")
    with ctx.session() as session:
        other = next(
            t for t in session.exec(select(PlanDoel.traject_id).distinct()).all() if t != tid
        )
    editor.show_traject(other)
    stored = _stored(ctx, tid).doel(doel)
    assert stored is not None
    assert stored.bespreken == "Nog niet verlaten"
    other_goals = {d.doel for d in _stored(ctx, other).actieve_doelen}
    assert set(editor.details) == other_goals
    assert all(d.notes["bespreken"].toPlainText() == "" for d in editor.details.values())
