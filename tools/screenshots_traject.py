"""The Traject tabs, the parent view and two dialogs for `tools/screenshots.py`.

    shots = extra_shots(window, ctx)   # [(name, widget to grab, clean-up), ...] in order

Each shot is made just before it is grabbed (a dialog is opened, a tab brought to the front),
so the list is a generator: grab each widget, then call its clean-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWidget
from sqlmodel import select

from samenleren_desktop.model.entities import Traject
from samenleren_desktop.model.entities.keuzes import TrajectStatus
from samenleren_desktop.ui.caseload import CaseloadView
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.main_window import MainWindow
from samenleren_desktop.ui.traject_screens import TrajectPage

Shot = tuple[str, QWidget, Callable[[], object]]
SIZE = (1280, 800)


def _nothing() -> object:
    return None


def working_family(ctx: AppContext) -> Traject | None:
    """A traject working on its goals (a plan, smileys and visits to show), else the first."""
    with ctx.session() as session:
        trajecten = sorted(session.exec(select(Traject)).all(), key=lambda t: t.aanmeld_datum)
    doelen = [t for t in trajecten if t.status == TrajectStatus.DOELEN]
    chosen = doelen or list(trajecten)
    return chosen[0] if chosen else None


def extra_shots(window: MainWindow, ctx: AppContext) -> Iterator[Shot]:
    """The screens behind the tabs and buttons of the Traject and Gezinnen pages."""
    page = window.page("traject")
    traject = working_family(ctx)
    if not isinstance(page, TrajectPage) or traject is None:
        return
    window.show_page("traject")
    page.show_gezin(traject.gezin_id)
    page.show_tab(page.vragenlijsten)
    page.vragenlijsten.start("intake_ouder")
    yield "traject-vragenlijst", window, _nothing
    for name, screen in (("plan", page.plan), ("smileys", page.smileys), ("zorg", page.zorg)):
        page.show_tab(screen)
        yield f"traject-{name}", window, _nothing
    page.smileys.parent_view_full_screen = False
    page.show_tab(page.smileys)
    page.smileys.open_parent_view()
    parent = page.smileys.parent_view
    if parent is not None:
        parent.resize(*SIZE)
        yield "ouderscherm", parent, parent.close
    page.tabs.setCurrentIndex(0)
    dialog = page.plan_visit()
    if dialog is not None:
        yield "bezoek", dialog, dialog.reject
    caseload = window.page("gezinnen")
    if isinstance(caseload, CaseloadView):
        window.show_page("gezinnen")
        aanmelding = caseload.nieuwe_aanmelding()
        yield "aanmelding", aanmelding, aanmelding.reject
