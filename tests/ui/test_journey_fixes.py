"""What the end-to-end journey found awkward for a coach, each pinned down on its own screen.

- a questionnaire opened from a step had its question or its buttons out of sight;
- back on the Overzicht tab, the trajectpijl stayed scrolled away;
- Tab reached a step's own buttons ("Intakevragenlijst invullen") last, after the page header;
- an empty plan van aanpak said nothing about where to begin (activities hang under a goal);
- "Activiteit uitvoeren" had no way to the plan to tick the chosen activity off;
- "Certificaten maken (PDF)" opened the export with the plan van aanpak chosen.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.trajecten import start_traject
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.export_dialog import ExportDialog
from samenleren_desktop.ui.traject_screens import TrajectPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> TrajectPage:
    """The traject page of a demo family with a new traject (waiting for its intake)."""
    with ctx.session() as session:
        gezin = session.exec(select(Gezin)).first()
    assert gezin is not None
    with ctx.changes() as changes:
        start_traject(changes, gezin.id, date(2026, 10, 26))
    traject_page = TrajectPage(ctx)
    traject_page.plan.parent_view_full_screen = False
    qtbot.addWidget(traject_page)
    traject_page.resize(1120, 860)
    traject_page.show()
    traject_page.show_gezin(gezin.id)
    qtbot.waitExposed(traject_page)
    return traject_page


def in_view(widget: QWidget, area: QScrollArea) -> bool:
    """Whether the whole widget is inside the visible part of a scroll area."""
    viewport = area.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def step_button(page: TrajectPage, text: str) -> QPushButton:
    buttons = [b for b in page.step_panel.findChildren(QPushButton) if b.text() == text]
    assert buttons, text
    return buttons[-1]


def test_a_questions_text_stays_in_sight(qtbot: QtBot, page: TrajectPage) -> None:
    page.activate_step("intake")
    qtbot.mouseClick(step_button(page, "Intakevragenlijst invullen"), Qt.MouseButton.LeftButton)
    runner = page.vragenlijsten.runner
    for _ in range(6):  # the first questions, one at a time
        qtbot.wait(1)
        assert runner.current is not None
        block = runner.blocks[runner.current]
        assert in_view(block.title, runner.scroll_area), runner.current
        for shown in (block.title, block.widget, runner.next_button, runner.complete_button):
            assert in_view(shown, page.scroll_area), runner.current
        runner.next_button.click()


def test_the_arrow_comes_back_on_the_overview(qtbot: QtBot, page: TrajectPage) -> None:
    page.show_tab(page.plan)
    qtbot.wait(1)
    assert in_view(page.tabs, page.scroll_area)
    page.tabs.setCurrentIndex(0)
    qtbot.wait(1)
    assert in_view(page.pijl, page.scroll_area)


def test_tab_reaches_the_steps_own_buttons_first(qtbot: QtBot, page: TrajectPage) -> None:
    page.activate_step("intake")
    qtbot.wait(1)
    order: list[str] = []
    widget = page.visits.table.nextInFocusChain()
    while len(order) < 4:
        if isinstance(widget, QPushButton) and widget.isVisible():
            order.append(widget.text())
        widget = widget.nextInFocusChain()
    assert order == [
        "Intakevragenlijst invullen",
        "Huis&bezoek plannen",
        "Huisbezoek vastl&eggen",
        "Stap over&slaan…",
    ]


def test_an_empty_plan_says_where_to_begin(qtbot: QtBot, page: TrajectPage) -> None:
    page.activate_step("activiteit")
    qtbot.mouseClick(step_button(page, "Gekozen activiteit afvinken"), Qt.MouseButton.LeftButton)
    plan = page.plan
    assert page.current_tab() is plan
    assert "Vink links een doel aan" in plan.message.text()
    plan.goal_boxes[2].click()
    assert plan.message.text() == "Opgeslagen."


def test_certificates_open_with_a_certificate_chosen(qtbot: QtBot, page: TrajectPage) -> None:
    page.activate_step("afsluitende_activiteit")
    qtbot.mouseClick(step_button(page, "Certificaten maken (PDF)"), Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in page.findChildren(ExportDialog) if d.isVisible()]
    assert dialog.document.currentData() == "certificaat-ouder"
    assert dialog.path.text().endswith(".pdf")
    assert "certificaat-ouder-" in dialog.path.text()
    dialog.reject()
