"""The week view: planned visits per day, moving between weeks, opening a family."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.services.bezoeken import geplande_bezoeken
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.week import GEZIN_ROLE, WeekView, maandag_van
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def week(qtbot: QtBot, ctx: AppContext) -> WeekView:
    """The week view of the demo's 'today', loaded."""
    view = WeekView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    with qtbot.waitSignal(view.loaded):
        view.show()
    return view


def _visit_items(view: WeekView) -> list[str]:
    tree = view.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item.text(1) for item in items if item.data(0, GEZIN_ROLE) is not None]


def test_maandag_van() -> None:
    assert maandag_van(date(2026, 11, 8)) == date(2026, 11, 2)
    assert maandag_van(date(2026, 11, 2)) == date(2026, 11, 2)


def test_shows_the_planned_visits_of_this_week(ctx: AppContext, week: WeekView) -> None:
    assert week.week_start == date(2026, 11, 2)
    assert "Week 45" in week.title.text()
    with ctx.session() as session:
        expected = geplande_bezoeken(session, week.week_start)
    assert expected
    assert len(_visit_items(week)) == len(expected)
    headers = [
        week.tree.topLevelItem(i).text(0)
        for i in range(week.tree.topLevelItemCount())
        if week.tree.topLevelItem(i).data(0, GEZIN_ROLE) is None
    ]
    assert len(headers) == 7
    assert headers[0].startswith("maandag 2 november (vandaag)")
    assert headers[6].startswith("zondag 8 november")


def test_alt_arrows_move_between_weeks(qtbot: QtBot, ctx: AppContext, week: WeekView) -> None:
    week.activateWindow()
    with qtbot.waitSignal(week.loaded):
        qtbot.keyClick(week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert week.week_start == date(2026, 11, 9)
    with ctx.session() as session:
        assert len(_visit_items(week)) == len(geplande_bezoeken(session, week.week_start))
    with qtbot.waitSignal(week.loaded):
        qtbot.keyClick(week, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(week.loaded):
        qtbot.keyClick(week, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert week.week_start == TODAY - timedelta(days=7)
    with qtbot.waitSignal(week.loaded):
        week.deze.click()
    assert week.week_start == date(2026, 11, 2)


def test_enter_on_a_visit_opens_its_family(qtbot: QtBot, ctx: AppContext, week: WeekView) -> None:
    item = week.tree.currentItem()
    assert item is not None
    assert item.data(0, GEZIN_ROLE) == week.bezoeken[0].gezin_id
    week.tree.setFocus()
    with qtbot.waitSignal(ctx.events.open_gezin) as blocker:
        qtbot.keyClick(week.tree, Qt.Key.Key_Return)
    assert blocker.args == [week.bezoeken[0].gezin_id]


def test_a_failed_load_logs_where_but_not_the_message(
    week: WeekView, caplog: pytest.LogCaptureFixture
) -> None:
    """Exceptions may carry personal data: the log gets the type and location, not the text."""
    try:
        raise ValueError("Familie Jansen, Dorpsstraat 12")
    except ValueError as error:
        failure = error
    with caplog.at_level("ERROR", logger="samenleren_desktop.ui.week"):
        week._on_failed(failure)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "builtins.ValueError" in logged
    assert "test_week.py" in logged
    assert "Jansen" not in logged
    assert "Dorpsstraat" not in logged
    assert all(record.exc_info is None for record in caplog.records)
    assert week.message.text() == "De bezoeken konden niet worden geladen."
