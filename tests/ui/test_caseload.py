"""The caseload page on a real encrypted demo workspace: search, filters, keyboard, reload."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.entities import AuditEntry, Traject
from samenleren_desktop.model.services.aanmelding import NieuweAanmelding, registreer_aanmelding
from samenleren_desktop.model.services.audit_search import PAUSE_MS
from samenleren_desktop.model.services.gezinnen import NieuweOuder, NieuwGezin, NieuwKind
from samenleren_desktop.ui.aanmelding import AanmeldingDialog
from samenleren_desktop.ui.caseload import CaseloadView
from samenleren_desktop.ui.caseload_model import TERMIJN
from samenleren_desktop.ui.context import AppContext
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> CaseloadView:
    """The caseload, loaded."""
    page = CaseloadView(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _shown(view: CaseloadView) -> list[str]:
    return [view.regel_at(row).gezin for row in range(view.model.rowCount())]


def test_loads_every_traject_with_count(view: CaseloadView) -> None:
    assert view.model.rowCount() == 12
    assert view.count.text() == "12 gezinnen"
    assert view.busy.isHidden()
    assert _shown(view) == sorted(_shown(view), key=str.casefold)


def test_typing_filters_as_you_type(qtbot: QtBot, view: CaseloadView) -> None:
    target = view.regel_at(3)
    child = target.kinderen.split(" (")[0]
    qtbot.keyClicks(view.search, child.lower())
    shown = [view.regel_at(r) for r in range(view.model.rowCount())]
    assert shown
    assert all(child.casefold() in r.zoektekst for r in shown)
    assert target in shown
    assert "van 12 gezinnen" in view.count.text() or len(shown) == 12
    view.search.clear()
    assert view.model.rowCount() == 12
    qtbot.keyClicks(view.search, "zzzz niemand")
    assert view.model.rowCount() == 0
    assert view.count.text() == "0 van 12 gezinnen"


def test_town_and_parent_names_are_searched(qtbot: QtBot, view: CaseloadView) -> None:
    regel = view.regel_at(0)
    ouder = regel.ouders.split(",")[0].split()[0]
    for text in (regel.plaats, ouder):
        view.search.setText(text.upper())
        shown = [view.regel_at(r) for r in range(view.model.rowCount())]
        assert regel in shown
        assert all(text.casefold() in r.zoektekst for r in shown)


def test_filters_combine(qtbot: QtBot, ctx: AppContext, view: CaseloadView) -> None:
    rows = view.model.rows
    afstemming = [r for r in rows if r.fase_label == "Afstemmingsfase"]
    view.fase.setCurrentIndex(view.fase.findData("afstemmingsfase"))
    assert view.model.rowCount() == len(afstemming) > 0
    view.actie.setChecked(True)
    expected = [r for r in afstemming if r.actie_deze_week]
    assert view.model.rowCount() == len(expected)
    view.te_laat.setChecked(True)
    assert view.model.rowCount() == len([r for r in expected if r.te_laat])
    view.fase.setCurrentIndex(0)
    view.actie.setChecked(False)
    view.te_laat.setChecked(False)
    assert view.model.rowCount() == len(rows)


def test_overdue_shows_text_and_icon(qtbot: QtBot, ctx: AppContext, view: CaseloadView) -> None:
    ctx.today = lambda: TODAY + timedelta(days=60)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    view.te_laat.setChecked(True)
    assert view.model.rowCount() > 0
    index = view.model.index(0, TERMIJN)
    assert index.data().startswith("Te laat")
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert all(view.regel_at(r).te_laat for r in range(view.model.rowCount()))


def test_enter_and_double_click_open_the_family(
    qtbot: QtBot, ctx: AppContext, view: CaseloadView
) -> None:
    qtbot.keyClicks(view.search, view.regel_at(5).gezin.split()[-1])
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() or QApplication.focusWidget() is view.table
    expected = view.regel_at(0).gezin_id
    with qtbot.waitSignal(ctx.events.open_gezin) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]
    rect = view.table.visualRect(view.model.index(0, 1))
    # Qt's item views only take a double-click on the row that was pressed first.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(ctx.events.open_gezin) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [expected]


def test_ctrl_f_focuses_search(qtbot: QtBot, view: CaseloadView) -> None:
    view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)


def test_ctrl_n_opens_new_aanmelding(qtbot: QtBot, view: CaseloadView) -> None:
    view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.findChild(AanmeldingDialog) is not None)
    dialog = view.findChild(AanmeldingDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()


def test_reloads_on_data_changed_and_keeps_filter(
    qtbot: QtBot, ctx: AppContext, view: CaseloadView
) -> None:
    view.search.setText("Veldkamp")
    assert view.model.rowCount() == 0
    with ctx.changes() as changes:
        traject = registreer_aanmelding(
            changes,
            NieuweAanmelding(
                NieuwGezin("Gezin Veldkamp", [NieuweOuder("Ilse")], [NieuwKind("Bram", 2)]),
                TODAY,
            ),
        )
        gezin_id = traject.gezin_id
    with qtbot.waitSignal(view.loaded):
        ctx.changed(gezin_id)
    assert view.model.rowCount() == 1
    assert view.regel_at(0).gezin_id == gezin_id
    assert view.count.text() == "1 van 13 gezinnen"
    with ctx.session() as session:
        assert session.get(Traject, traject.id) is not None


def test_model_passes_qt_model_tester(qtmodeltester: Any, view: CaseloadView) -> None:
    qtmodeltester.check(view.model)


def test_header_click_sorts_by_due_date(qtbot: QtBot, view: CaseloadView) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(TERMIJN) + header.sectionSize(TERMIJN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    dates = [r.uiterste_datum for r in view.model.rows if r.uiterste_datum is not None]
    assert dates
    assert dates == sorted(dates)
    assert view.model.rows[-1].uiterste_datum is None  # no due date sorts last
    view.search.setText("gezin")
    assert [r.uiterste_datum for r in view.model.rows if r.uiterste_datum] == dates


def _searches(ctx: AppContext) -> list[list[str]]:
    """The `velden` of every search in the audit trail."""
    with ctx.session() as session:
        found = session.execute(sa.select(AuditEntry).where(AuditEntry.actie == "search"))
        return [entry.velden for entry in found.scalars()]


def test_a_search_is_audited_once_without_its_text(
    qtbot: QtBot, ctx: AppContext, view: CaseloadView
) -> None:
    name = view.regel_at(5).gezin.split()[-1]
    qtbot.keyClicks(view.search, name)  # one keystroke at a time: one search
    qtbot.waitUntil(lambda: len(_searches(ctx)) == 1, timeout=PAUSE_MS + 3000)
    qtbot.wait(PAUSE_MS // 2)
    assert _searches(ctx) == [[f"resultaten={view.model.gezinnen_getoond}"]]
    with ctx.workspace.engine.connect() as conn:
        trail = conn.execute(sa.select(AuditEntry.__table__)).all()  # type: ignore[attr-defined]
    assert name.casefold() not in repr(trail).casefold()
    # A new search, and the family opened before the pause ended: counted at once.
    view.search.clear()
    qtbot.keyClicks(view.search, "zzzz niemand")
    view.search.setText(name[:3])
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_searches(ctx)) == 2)
