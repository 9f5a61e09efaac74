"""The traject's questionnaires tab: every shipped questionnaire, its state, and the runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.questionnaires_tab import VragenlijstenTab
from tests.ui.test_questionnaire import give, new_traject, stored

pytestmark = pytest.mark.gui


def make_tab(qtbot: QtBot, ctx: AppContext) -> VragenlijstenTab:
    tab = VragenlijstenTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    return tab


def test_lists_every_shipped_questionnaire_with_its_step(qtbot: QtBot, ctx: AppContext) -> None:
    tab = make_tab(qtbot, ctx)
    tab.show_traject(new_traject(ctx))
    assert set(tab.rows) == set(ctx.content.questionnaire_ids())
    states = {name: row[0].text() for name, row in tab.rows.items()}
    assert set(states.values()) == {"Niet begonnen"}
    assert tab.grid.itemAtPosition(1, 1).widget().text() == "Intake"  # type: ignore[union-attr]


def test_start_fill_in_and_see_the_state_change(qtbot: QtBot, ctx: AppContext) -> None:
    traject_id = new_traject(ctx)
    tab = make_tab(qtbot, ctx)
    tab.show_traject(traject_id)
    qtbot.mouseClick(tab.rows["startscore"][1], Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == 1
    runner = tab.runner
    give(qtbot, runner.blocks["datum"].widget, "2026-11-01")
    qtbot.mouseClick(tab.back_button, Qt.MouseButton.LeftButton)
    state, fill, view = tab.rows["startscore"]
    assert state.text() == "Bezig: 33 %"
    assert fill.text().replace("&", "") == "Verder invullen"
    assert view.isHidden()

    tab.start("startscore")
    runner.set_mode("page")
    give(qtbot, runner.blocks["doelen_score"].widget, {"2": 3, "6": 5})
    qtbot.mouseClick(runner.complete_button, Qt.MouseButton.LeftButton)
    assert stored(ctx, traject_id, "startscore").afgerond_op is not None
    tab.show_list()
    assert state.text() == "Afgerond op 2 november 2026"
    assert fill.text() == "Opnieuw invullen"
    assert not view.isHidden()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == 1
    assert not runner.body.isEnabled()
    assert runner.blocks["doelen_score"].widget.value() == {"2": 3, "6": 5}
