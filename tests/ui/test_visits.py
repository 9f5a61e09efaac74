"""Plan, record and cancel contactmomenten through the dialog, read back from the workspace."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Contactmoment, Traject
from samenleren_desktop.model.rules import Stap, StepStatus, next_step, state_of
from samenleren_desktop.model.services.feiten import pijl_van
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.traject_view import TrajectView
from samenleren_desktop.ui.visit_dialog import VisitDialog
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui


def _intake_next(ctx: AppContext) -> Traject:
    """A demo traject whose next step is the intake."""
    with ctx.session() as session:
        for traject in session.exec(select(Traject)).all():
            volgende = next_step(pijl_van(session, traject, TODAY))
            if volgende is not None and volgende.stap is Stap.INTAKE:
                return traject
    raise AssertionError("the demo has no traject waiting for its intake")


def _contacts(ctx: AppContext, traject_id: uuid.UUID) -> list[Contactmoment]:
    with ctx.session() as session:
        rows = session.exec(
            select(Contactmoment).where(Contactmoment.traject_id == traject_id)
        ).all()
    return sorted(rows, key=lambda c: c.created_at)


def _view(qtbot: QtBot, ctx: AppContext, traject: Traject) -> TrajectView:
    view = TrajectView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.show_gezin(traject.gezin_id)
    return view


def _dialog(dialog: VisitDialog | None) -> VisitDialog:
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_plan_record_cancel_updates_store_and_hours(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _intake_next(ctx)
    view = _view(qtbot, ctx, traject)
    before = view.overzicht.uren.totaal_minuten if view.overzicht else 0
    count = len(_contacts(ctx, traject.id))

    # Plan the intake for next Thursday at 14:00 (Ctrl+B, pre-filled from the intake step).
    view.activate_step(Stap.INTAKE.value)
    dialog = _dialog(view.plan_visit(Stap.INTAKE.value))
    assert dialog.soort.currentData() == "intake"
    dialog.datum.setDate(QDate(2026, 11, 5))
    dialog.tijd.setTime(dialog.tijd.time().fromString("14:00", "HH:mm"))
    qtbot.keyClick(dialog.duur, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    planned = _contacts(ctx, traject.id)[count]
    assert (planned.soort, planned.status, planned.datum, planned.tijd) == (
        "intake",
        "gepland",
        date(2026, 11, 5),
        time(14, 0),
    )
    assert view.overzicht is not None
    assert view.overzicht.uren.totaal_minuten == before
    assert state_of(view.pijl.states(), Stap.INTAKE).gepland_op == date(2026, 11, 5)

    # Record it as held: the dialog opens pre-filled with the planned contact.
    dialog = _dialog(view.record_visit(Stap.INTAKE.value))
    assert dialog.datum.date() == QDate(2026, 11, 5)
    dialog.duur.setValue(90)
    dialog.reistijd.setValue(30)
    dialog.doelen[3].setChecked(True)
    qtbot.keyClicks(dialog.aanwezigen, "moeder en tante")
    qtbot.keyClick(dialog.aanwezigen, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    held = _contacts(ctx, traject.id)[count]
    assert (held.id, held.status, held.duur_minuten, held.reistijd_minuten) == (
        planned.id,
        "gehouden",
        90,
        30,
    )
    assert (held.aanwezigen, held.doelen) == ("moeder en tante", [3])
    assert view.overzicht.uren.totaal_minuten == before + 120
    assert view.uren_bar.value() == before + 120
    assert state_of(view.pijl.states(), Stap.INTAKE).status is StepStatus.DONE

    # Plan the kennismaking, then cancel it with a reason.
    dialog = _dialog(view.plan_visit(Stap.KENNISMAKING.value))
    qtbot.keyClick(dialog.duur, Qt.Key.Key_Return)
    kennismaking = _contacts(ctx, traject.id)[-1]
    view.visits.select_contact(kennismaking.id)
    reason = view.visits.cancel_selected()
    assert reason is not None
    qtbot.keyClick(reason.reden, Qt.Key.Key_Return)
    assert reason.isVisible()
    assert "waarom" in reason.error.text()
    qtbot.keyClicks(reason.reden, "Kind ziek")
    qtbot.keyClick(reason.reden, Qt.Key.Key_Return)
    assert not reason.isVisible()
    cancelled = _contacts(ctx, traject.id)[-1]
    assert (cancelled.status, cancelled.reden_annulering) == ("geannuleerd", "Kind ziek")
    assert view.overzicht.uren.totaal_minuten == before + 120
    model = view.visits.model
    row = next(r for r in range(model.rowCount()) if model.contact(r).id == cancelled.id)
    status = view.visits.model.index(row, 3).data()
    assert status == "Geannuleerd: Kind ziek"


def test_bad_duration_keeps_the_dialog_open(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _intake_next(ctx)
    view = _view(qtbot, ctx, traject)
    count = len(_contacts(ctx, traject.id))
    dialog = _dialog(view.record_visit())
    dialog.soort.setCurrentIndex(dialog.soort.findData("overig"))
    dialog.duur.lineEdit().selectAll()
    qtbot.keyClicks(dialog.duur, "2000")
    qtbot.keyClicks(dialog.notities, "Lang gesprek")
    qtbot.keyClick(dialog.duur, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not dialog.error.isHidden()
    assert "De duur moet tussen 0 en 1440 minuten liggen" in dialog.error.text()
    assert dialog.notities.toPlainText() == "Lang gesprek"
    assert dialog.duur.value() == 2000
    assert len(_contacts(ctx, traject.id)) == count
    dialog.duur.setValue(45)
    qtbot.keyClick(dialog.duur, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _contacts(ctx, traject.id)[-1].duur_minuten == 45


def test_escape_cancels_without_saving(qtbot: QtBot, ctx: AppContext) -> None:
    traject = _intake_next(ctx)
    view = _view(qtbot, ctx, traject)
    count = len(_contacts(ctx, traject.id))
    dialog = _dialog(view.plan_visit())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(_contacts(ctx, traject.id)) == count
