"""At 1280×800 the buttons that finish a screen of the Traject page are on the screen.

The header, trajectpijl and hours once sat in one scroll area above tabs 32 lines high: a
questionnaire's Vorige / Volgende / Afronden and the afsprakenkaart's buttons were below the
fold (at 200 % font off the screen). Now the other tabs show a one-line summary instead, and
scroll on their own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Traject
from samenleren_desktop.ui.app import STYLE_SHEET
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.i18n import apply_font_percent
from samenleren_desktop.ui.main_window import MainWindow
from samenleren_desktop.ui.traject_screens import TrajectPage

pytestmark = pytest.mark.gui


@pytest.fixture(params=[100, 200], ids=["100%", "200%"])
def percent(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    """The program's style sheet and font size; both put back after the test."""
    font = QFont(qapp.font())
    qapp.setStyleSheet(STYLE_SHEET)
    apply_font_percent(qapp, request.param)
    yield request.param
    qapp.setStyleSheet("")
    qapp.setFont(font)
    qapp.setProperty("samenleren_base_point_size", None)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, percent: int) -> TrajectPage:
    """The traject page of a family working on its goals, in a 1280×800 main window."""
    window = MainWindow(QLabel("start"))
    qtbot.addWidget(window)
    traject_page = TrajectPage(ctx)
    traject_page.plan.parent_view_full_screen = False
    window.add_page("traject", "Traject", traject_page)
    window.resize(1280, 800)
    window.show()
    window.show_shell()
    window.show_page("traject")
    qtbot.waitExposed(window)
    with ctx.session() as session:
        trajecten = session.exec(select(Traject)).all()
    traject_page.show_gezin(trajecten[6].gezin_id)
    return traject_page


def on_screen(widget: QWidget) -> bool:
    """Whether all of `widget` is inside its window and every scroll area around it shows it."""
    rect = QRect(QPoint(0, 0), widget.size())
    window = widget.window()
    if not window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            shown = QRect(widget.mapTo(parent, rect.topLeft()), rect.size())
            if not parent.rect().contains(shown):
                return False
        parent = parent.parentWidget()
    return widget.isVisible()


def test_the_questionnaire_buttons_are_on_the_screen(qtbot: QtBot, page: TrajectPage) -> None:
    page.show_tab(page.vragenlijsten)
    page.vragenlijsten.start("intake_ouder")
    qtbot.wait(50)
    runner = page.vragenlijsten.runner
    buttons = (runner.previous_button, runner.next_button, runner.complete_button)
    assert all(on_screen(button) for button in buttons)
    assert page.summary.isVisible()
    assert not page.pijl.isVisible()
    assert page.tabs.geometry().height() <= page.height()


def test_the_afsprakenkaart_buttons_are_on_the_screen(qtbot: QtBot, page: TrajectPage) -> None:
    page.open_plan()
    qtbot.wait(50)
    box = page.plan.afspraken
    assert box.isVisible()
    assert all(on_screen(b) for b in (box.add_button, box.save_button, box.remove_button))


def test_the_overview_shows_the_arrow_again(qtbot: QtBot, page: TrajectPage) -> None:
    page.open_plan()
    page.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    assert page.pijl.isVisible()
    assert page.uren_bar.isVisible()
    assert not page.summary.isVisible()
    assert "van 50 uur" in page.summary.text()
    assert page.summary.text().startswith("Fase: ")
