"""The parent view: smileys per goal by keyboard, an activity by tapping, handing back with Esc."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import ActiviteitKeuze, Kind, SmileyScore
from samenleren_desktop.model.services import plan as plan_service
from samenleren_desktop.ui.activity_icons import GOAL_ICONS, has_pictogram, pictogram_pixmap
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.parent_view import SMILEY_SIZE, ParentView
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui


def planned_traject(ctx: AppContext) -> uuid.UUID:
    """A demo traject with goals in its plan but no tussenevaluatie scores yet."""
    with ctx.session() as session:
        for traject_id in session.exec(select(SmileyScore.traject_id).distinct()).all():
            table = plan_service.smiley_table(session, traject_id)
            doelen = plan_service.read_plan(session, traject_id).actieve_doelen
            if doelen and all(r.tussen is None for r in table.values()):
                return traject_id
    raise AssertionError("the demo has no traject with a plan and no tussenevaluatie")


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> ParentView:
    parent_view = ParentView(ctx, full_screen=False)
    parent_view.advance_delay_ms = 0
    qtbot.addWidget(parent_view)
    return parent_view


def _goals(ctx: AppContext, traject_id: uuid.UUID) -> list[int]:
    with ctx.session() as session:
        return [d.doel for d in plan_service.read_plan(session, traject_id).actieve_doelen]


def test_smiley_for_each_goal_by_keypress(qtbot: QtBot, ctx: AppContext, view: ParentView) -> None:
    tid = planned_traject(ctx)
    goals = _goals(ctx, tid)
    view.ask_smileys(tid, "tussen")
    view.present()
    assert view.goal_name.text() == f"{ctx.content.goal(goals[0]).short_name}?"
    keys = [Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_3][: len(goals)]
    for key in keys:
        qtbot.keyClick(view.focusWidget() or view, key)
    assert view.pages.currentIndex() == 2  # "Dank je wel!"
    with ctx.session() as session:
        table = plan_service.smiley_table(session, tid)
        scores = session.exec(
            select(SmileyScore).where(SmileyScore.traject_id == tid, SmileyScore.moment == "tussen")
        ).all()
    expected = dict(zip(goals, [4, 2, 5, 3], strict=False))
    assert {g: table[g].tussen for g in goals} == expected
    assert {(s.doel, s.gegeven_door, s.datum) for s in scores} == {
        (g, "ouder", TODAY) for g in goals
    }


def test_arrows_and_enter_choose_a_smiley(qtbot: QtBot, ctx: AppContext, view: ParentView) -> None:
    tid = planned_traject(ctx)
    first = _goals(ctx, tid)[0]
    view.ask_smileys(tid, "eind")
    view.present()
    focused = view.focusWidget() or view
    qtbot.keyClick(focused, Qt.Key.Key_Left)  # from "Gaat wel" (3) to "Slecht" (2)
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Return)
    with ctx.session() as session:
        assert plan_service.smiley_table(session, tid)[first].eind == 2


def test_keys_outside_one_to_five_store_nothing(
    qtbot: QtBot, ctx: AppContext, view: ParentView
) -> None:
    tid = planned_traject(ctx)
    view.ask_smileys(tid, "tussen")
    view.present()
    for key in (Qt.Key.Key_0, Qt.Key.Key_6, Qt.Key.Key_9):
        qtbot.keyClick(view.focusWidget() or view, key)
    with ctx.session() as session:
        assert all(r.tussen is None for r in plan_service.smiley_table(session, tid).values())
    assert view.pages.currentIndex() == 0


def test_smileys_are_big(ctx: AppContext, view: ParentView) -> None:
    view.ask_smileys(planned_traject(ctx), "tussen")
    view.present()
    assert SMILEY_SIZE >= 120
    assert all(b.height() >= SMILEY_SIZE for b in view.smileys.buttons)


def test_activity_tap_is_stored_as_chosen_by_parent(
    qtbot: QtBot, ctx: AppContext, view: ParentView
) -> None:
    tid = planned_traject(ctx)
    with ctx.session() as session:
        gezin_id = plan_service.read_plan(session, tid).traject.gezin_id
        groepen = {k.groep for k in session.exec(select(Kind).where(Kind.gezin_id == gezin_id))}
    view.choose_activity(tid, 3)
    view.present()
    shown = [tile.activity.id for tile in view.tiles]
    expected = {a.id for g in groepen for a in ctx.content.activities_for(goal=3, groep=g)}
    assert set(shown) == expected
    with qtbot.waitSignal(view.activity_chosen) as signal:
        qtbot.keyClick(view.tiles[0], Qt.Key.Key_Right)
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    assert signal.args == [tid, shown[1]]
    with ctx.session() as session:
        picks = session.exec(
            select(ActiviteitKeuze).where(
                ActiviteitKeuze.traject_id == tid, ActiviteitKeuze.activiteit == shown[1]
            )
        ).all()
    assert [(p.doel, p.gekozen_door, p.gekozen_op) for p in picks] == [(3, "ouder", TODAY)]


def test_escape_asks_before_handing_back(qtbot: QtBot, ctx: AppContext, view: ParentView) -> None:
    view.ask_smileys(planned_traject(ctx), "tussen")
    view.present()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.pages.currentIndex() == 3
    qtbot.mouseClick(view.confirm_no, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == 0
    assert view.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.finished):
        qtbot.mouseClick(view.confirm_yes, Qt.MouseButton.LeftButton)
    assert not view.isVisible()


def test_screenshots(qtbot: QtBot, ctx: AppContext, view: ParentView, tmp_path: object) -> None:
    view.resize(1280, 800)
    view.ask_smileys(planned_traject(ctx), "tussen")
    view.present()
    assert not view.grab().isNull()


def test_quick_second_tap_replaces_and_moves_on_once(
    qtbot: QtBot, ctx: AppContext, view: ParentView
) -> None:
    tid = planned_traject(ctx)
    goals = _goals(ctx, tid)
    view.advance_delay_ms = 80
    view.ask_smileys(tid, "tussen")
    view.present()
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_4)
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_5)
    second = f"{ctx.content.goal(goals[1]).short_name}?"
    qtbot.waitUntil(lambda: view.goal_name.text() == second)
    qtbot.wait(200)
    assert view.goal_name.text() == second
    with ctx.session() as session:
        assert plan_service.smiley_table(session, tid)[goals[0]].tussen == 5


def test_every_activity_and_goal_has_a_drawn_picture(ctx: AppContext) -> None:
    missing = [a.id for a in ctx.content.activities if not has_pictogram(a.icon)]
    assert missing == []
    assert all(has_pictogram(GOAL_ICONS[g.number]) for g in ctx.content.goals)
    image = pictogram_pixmap("stoplicht", 64).toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() > 0
