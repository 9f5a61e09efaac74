"""The smiley panel: scores per goal and moment are stored; progress reads "van 2 naar 4"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import SmileyScore
from samenleren_desktop.model.services import plan as plan_service
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.smileys import SmileyPanel
from tests.ui.conftest import TODAY
from tests.ui.test_parent_view import planned_traject

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> SmileyPanel:
    smiley_panel = SmileyPanel(ctx)
    smiley_panel.parent_view_full_screen = False
    qtbot.addWidget(smiley_panel)
    smiley_panel.show()
    return smiley_panel


def _stored(ctx: AppContext, traject_id: object, moment: str) -> list[tuple[int, int]]:
    with ctx.session() as session:
        scores = session.exec(
            select(SmileyScore).where(
                SmileyScore.traject_id == traject_id, SmileyScore.moment == moment
            )
        ).all()
    return sorted((s.doel, s.waarde) for s in scores)


def test_click_and_keys_store_scores_for_the_moment(
    qtbot: QtBot, ctx: AppContext, panel: SmileyPanel
) -> None:
    tid = planned_traject(ctx)
    panel.show_traject(tid)
    qtbot.mouseClick(panel.moment_buttons[1], Qt.MouseButton.LeftButton)  # Tussenevaluatie
    first, second, *_ = list(panel.pickers)
    qtbot.mouseClick(panel.pickers[first].buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.pickers[second].buttons[0], Qt.Key.Key_5)
    assert _stored(ctx, tid, "tussen") == [(first, 4), (second, 5)]
    assert panel.message.text().startswith("Opgeslagen")


def test_second_score_replaces_the_first(qtbot: QtBot, ctx: AppContext, panel: SmileyPanel) -> None:
    tid = planned_traject(ctx)
    panel.show_traject(tid, "eind")
    assert panel.moment_buttons[2].isChecked()
    doel = next(iter(panel.pickers))
    qtbot.keyClick(panel.pickers[doel].buttons[2], Qt.Key.Key_2)
    qtbot.keyClick(panel.pickers[doel].buttons[2], Qt.Key.Key_4)
    assert _stored(ctx, tid, "eind") == [(doel, 4)]
    assert panel.pickers[doel].value() == 4


def test_progress_text_matches_stored_scores(
    qtbot: QtBot, ctx: AppContext, panel: SmileyPanel
) -> None:
    tid = planned_traject(ctx)
    with ctx.changes() as changes:
        plan = plan_service.read_plan(changes.session, tid)
        doelen = [d.doel for d in plan.actieve_doelen]
        for doel, (start, eind) in zip(doelen, [(2, 4), (4, 1), (3, 3)], strict=False):
            plan_service.score_smiley(changes, plan.traject, doel, "start", start, TODAY)
            plan_service.score_smiley(changes, plan.traject, doel, "eind", eind, TODAY)
    panel.show_traject(tid)
    texts = {d: panel.progress.verloop_labels[d].text() for d in doelen}
    assert texts[doelen[0]].startswith("van 2 naar 4")
    assert "beter" in texts[doelen[0]]
    assert texts[doelen[1]].startswith("van 4 naar 1")
    assert "minder" in texts[doelen[1]]
    if len(doelen) > 2:
        assert "gelijk" in texts[doelen[2]]


def test_a_score_outside_one_to_five_cannot_be_entered(
    qtbot: QtBot, ctx: AppContext, panel: SmileyPanel
) -> None:
    tid = planned_traject(ctx)
    panel.show_traject(tid)
    panel.set_moment("tussen")
    picker = next(iter(panel.pickers.values()))
    assert [b.waarde for b in picker.buttons] == [1, 2, 3, 4, 5]
    for key in (Qt.Key.Key_0, Qt.Key.Key_6, Qt.Key.Key_7):
        qtbot.keyClick(picker.buttons[2], key)
    assert _stored(ctx, tid, "tussen") == []


def test_parent_button_opens_parent_view_for_the_moment(
    qtbot: QtBot, ctx: AppContext, panel: SmileyPanel
) -> None:
    tid = planned_traject(ctx)
    panel.show_traject(tid)
    panel.set_moment("tussen")
    qtbot.mouseClick(panel.parent_button, Qt.MouseButton.LeftButton)
    view = panel.parent_view
    assert view is not None
    qtbot.addWidget(view)
    view.advance_delay_ms = 0
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_5)
    first = next(iter(panel.pickers))
    assert _stored(ctx, tid, "tussen") == [(first, 5)]
    view.hand_back()
    assert panel.pickers[first].value() == 5
