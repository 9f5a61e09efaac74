"""Alt+letter mnemonics on the Traject page: one control per letter on every tab.

Alt+P once matched "Plannen…", "Huisbezoek plannen" and the "Plan van aanpak" tab; Qt then
cycles between them instead of pressing one, which is no shortcut at all.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Traject
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.traject_screens import TrajectPage

pytestmark = pytest.mark.gui

_MNEMONIC = re.compile(r"&([^&\s])")


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    return []


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts of the visible buttons, tabs and labels with a buddy that use it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        for text in _texts(widget):
            match = _MNEMONIC.search(text.replace("&&", ""))
            if match:
                found[match.group(1).lower()].append(text)
    return found


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in mnemonics(root).items() if len(texts) > 1}


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> TrajectPage:
    traject_page = TrajectPage(ctx)
    traject_page.plan.parent_view_full_screen = False
    qtbot.addWidget(traject_page)
    traject_page.resize(1280, 800)
    traject_page.show()
    qtbot.waitExposed(traject_page)
    return traject_page


def test_every_tab_has_unique_mnemonics(qtbot: QtBot, ctx: AppContext, page: TrajectPage) -> None:
    with ctx.session() as session:
        trajecten = session.exec(select(Traject)).all()
    assert len(trajecten) >= 10
    found: dict[str, dict[str, list[str]]] = {}
    for traject in trajecten:
        page.show_gezin(traject.gezin_id)
        qtbot.wait(1)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            found[f"{traject.id} {page.tabs.tabText(index)}"] = clashes(page)
    page.show_tab(page.vragenlijsten)
    page.vragenlijsten.start("intake_ouder")
    qtbot.wait(1)
    found["vragenlijst open"] = clashes(page)
    assert {where: clash for where, clash in found.items() if clash} == {}
    # The collector does see them: the tabs and the header's documents button on every tab.
    letters = mnemonics(page)
    assert {"o", "v", "p", "m", "r", "c"} <= set(letters)


def test_the_step_panel_buttons_have_unique_mnemonics(
    qtbot: QtBot, ctx: AppContext, page: TrajectPage
) -> None:
    with ctx.session() as session:
        traject = session.exec(select(Traject)).first()
    assert traject is not None
    page.show_gezin(traject.gezin_id)
    page.tabs.setCurrentIndex(0)
    page.activate_step("intake")
    qtbot.wait(1)
    assert page.step_panel.plan_button.isVisibleTo(page)
    assert clashes(page) == {}
    letters = mnemonics(page)
    assert letters["b"] == ["Huis&bezoek plannen"]
    assert letters["n"] == ["Pla&nnen…"]


def test_visit_buttons_name_their_shortcuts(page: TrajectPage) -> None:
    for button in (page.step_panel.plan_button, page.visits.plan_button):
        assert "Ctrl+B" in button.toolTip()
    for button in (page.step_panel.record_button, page.visits.record_button):
        assert "Ctrl+R" in button.toolTip()
