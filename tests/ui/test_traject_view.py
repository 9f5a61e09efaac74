"""The traject view: header, arrow as the rules say, hours, step panel, tabs, skip, refresh."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin, Traject
from samenleren_desktop.model.rules import Stap, StepStatus, next_step, state_of
from samenleren_desktop.model.rules.uren import urenbesteding
from samenleren_desktop.model.services.feiten import pijl_van, traject_facts
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.traject_view import TrajectView
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui


class _Tab(QWidget):
    """Another engineer's tab, as the integrator adds it."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[uuid.UUID] = []

    def show_traject(self, traject_id: uuid.UUID) -> None:
        self.shown.append(traject_id)


def _active(ctx: AppContext) -> Traject:
    """A demo traject with a next step after the intake (so it has contacts)."""
    with ctx.session() as session:
        for traject in session.exec(select(Traject)).all():
            volgende = next_step(pijl_van(session, traject, TODAY))
            if volgende is not None and volgende.stap.volgnummer > Stap.INTAKE.volgnummer:
                return traject
    raise AssertionError("no active demo traject")


def _view(qtbot: QtBot, ctx: AppContext, traject: Traject) -> TrajectView:
    view = TrajectView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.show_gezin(traject.gezin_id)
    return view


def test_shows_header_arrow_and_hours(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _active(ctx)
    view = _view(qtbot, ctx, traject)
    with ctx.session() as session:
        gezin = session.get(Gezin, traject.gezin_id)
        pijl = pijl_van(session, traject, TODAY)
        uren = urenbesteding(traject_facts(session, traject))
    assert gezin is not None
    assert view.naam.text() == gezin.naam
    assert "Ouders:" in view.details.text()
    assert "groep" in view.details.text()
    assert f"{traject.aanmeld_datum:%d-%m-%Y}" in view.details.text()
    assert view.pijl.states() == pijl
    assert view.uren_bar.value() == min(uren.totaal_minuten, 50 * 60)
    assert view.uren_bar.format() == f"{uren.totaal_uren:.0f} van 50 uur"
    assert view.visits.model.rowCount() > 0
    assert view.tabs.tabText(0) == "&Overzicht"


def test_step_activation_panel_and_open_step(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _active(ctx)
    view = _view(qtbot, ctx, traject)
    clicked: list[str] = []
    view.register_step_action("intake", "Intakevragenlijst invullen", lambda: clicked.append("x"))
    view.pijl.setFocus()
    qtbot.keyClick(view.pijl, Qt.Key.Key_Home)
    qtbot.keyClick(view.pijl, Qt.Key.Key_Right)
    with qtbot.waitSignal(ctx.events.open_step) as blocker:
        qtbot.keyClick(view.pijl, Qt.Key.Key_Return)
    assert blocker.args == [traject.id, "intake"]
    assert view.step_panel.title.text() == "Intakegesprek"
    buttons = {b.text(): b for b in view.step_panel.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Intakevragenlijst invullen"], Qt.MouseButton.LeftButton)
    assert clicked == ["x"]


def test_tabs_get_show_traject(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _active(ctx)
    view = TrajectView(ctx)
    qtbot.addWidget(view)
    early, late = _Tab(), _Tab()
    view.add_tab("Vragenlijsten", early)
    view.show_gezin(traject.gezin_id)
    view.add_tab("Plan", late)
    assert early.shown == [traject.id]
    assert late.shown == [traject.id]
    assert view.tabs.count() == 3


def test_skip_step_is_stored_and_shown(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _active(ctx)
    view = _view(qtbot, ctx, traject)
    open_steps = [s for s in view.pijl.states() if s.status is StepStatus.OPEN]
    stap = open_steps[0].stap
    view.activate_step(stap.value)
    dialog = view.skip_current_step()
    assert dialog is not None
    qtbot.keyClick(dialog.reden, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "reden" in dialog.error.text()
    qtbot.keyClicks(dialog.reden, "Weinig doelen, meteen afronden")
    qtbot.keyClick(dialog.reden, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with ctx.session() as session:
        stored = session.get(Traject, traject.id)
    assert stored is not None
    assert stored.overgeslagen[stap.value] == "Weinig doelen, meteen afronden"
    state = state_of(view.pijl.states(), stap)
    assert state.status is StepStatus.SKIPPED
    assert "Overgeslagen" in view.pijl.step_text(state)
    assert "Weinig doelen" in view.pijl.step_text(state)
    assert "Weinig doelen" in view.step_panel.status.text()
    assert view.step_panel.skip_button.isHidden()


def test_shortcuts_and_refresh(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _active(ctx)
    view = _view(qtbot, ctx, traject)
    shortcuts = {s.key().toString(): s for s in view.findChildren(QShortcut)}
    assert set(shortcuts) >= {"Ctrl+B", "Ctrl+R"}
    shortcuts["Ctrl+B"].activated.emit()
    dialogs = [w for w in view.findChildren(QDialog) if w.isVisible()]
    assert [d.windowTitle() for d in dialogs] == ["Huisbezoek plannen"]
    dialogs[0].reject()
    shortcuts["Ctrl+R"].activated.emit()
    dialogs = [w for w in view.findChildren(QDialog) if w.isVisible()]
    assert dialogs
    assert "astleggen" in dialogs[0].windowTitle()
    dialogs[0].reject()
    with ctx.changes() as changes:
        gezin = changes.session.get(Gezin, traject.gezin_id)
        assert gezin is not None
        changes.update(gezin, naam="Gezin Testnaam")
    ctx.changed(traject.gezin_id)
    assert view.naam.text() == "Gezin Testnaam"
    assert isinstance(view.warnings, QLabel)


def test_step_buttons_prefill_the_kind_of_the_step(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _active(ctx)
    view = _view(qtbot, ctx, traject)
    volgende = next_step(view.pijl.states())
    assert volgende is not None
    view.activate_step(volgende.stap.value)
    qtbot.mouseClick(view.step_panel.plan_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in view.findChildren(QDialog) if w.isVisible()]
    assert len(dialogs) == 1
    expected = "doelbezoek" if volgende.stap is Stap.WERKEN_AAN_DOELEN else volgende.stap.value
    assert dialogs[0].soort.currentData() == expected  # type: ignore[attr-defined]
    dialogs[0].reject()
