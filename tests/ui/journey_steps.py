"""The coach at the laptop, for the end-to-end journey test (tests/ui/test_journey.py).

`Coach` starts the real program (`WorkspaceController`) on a workspace and works through the
screens with `Hands`: the caseload, the trajectpijl and its step panel, the visit dialog, the
tabs of a traject, the export dialog and the parent view. It never calls a service or writes to
the store; it only calls a widget's public slot where a click would land on a guessed pixel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.entities.keuzes import Setting
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import DOCUMENTEN
from samenleren_desktop.ui.aanmelding import AanmeldingDialog
from samenleren_desktop.ui.app import WorkspaceController
from samenleren_desktop.ui.caseload import CaseloadView
from samenleren_desktop.ui.export_dialog import ExportDialog
from samenleren_desktop.ui.main_window import TRAJECT_PAGE
from samenleren_desktop.ui.parent_view import ParentView
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.traject_screens import TrajectPage
from samenleren_desktop.ui.unlock import UnlockPage
from samenleren_desktop.ui.visit_dialog import VisitDialog
from tests.ui.journey_hands import LEFT, Clock, Hands, W, button_named

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Visit:
    """What the coach types into the visit dialog."""

    duur: int = 60
    reistijd: int = 15
    setting: str = Setting.GEZIN
    doelen: tuple[int, ...] = ()
    aanwezigen: str = ""


class Coach(Hands):
    """The main window of one workspace, worked by keys and clicks.

    Attributes:
        visits: every visit recorded as held: (soort, day, what was typed).
        chosen: goal → the activity picked for it (by the parent or the coach).
    """

    def __init__(self, qtbot: QtBot, folder: Path, clock: Clock, preferences: Path) -> None:
        self.clock = clock
        self.folder = folder
        self.controller = WorkspaceController(
            folder, preferences=Preferences.from_file(str(preferences)), today=clock
        )
        super().__init__(qtbot, self.controller.window)
        self.main = self.controller.window
        qtbot.addWidget(self.main)
        self.main.resize(1280, 900)
        self.main.show()
        qtbot.waitExposed(self.main)
        self.visits: list[tuple[str, date, Visit]] = []
        self.chosen: dict[int, str] = {}

    @property
    def workspace(self) -> Workspace:
        """The open workspace (to read back what the screens stored)."""
        assert self.controller.workspace is not None
        return self.controller.workspace

    @property
    def caseload(self) -> CaseloadView:
        page = self.main.page("gezinnen")
        assert isinstance(page, CaseloadView)
        return page

    @property
    def traject(self) -> TrajectPage:
        page = self.main.page(TRAJECT_PAGE)
        assert isinstance(page, TrajectPage)
        return page

    # --- the shell and the caseload ---------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Type the passphrase on the unlock page and press Enter."""
        page = self.controller.page
        assert isinstance(page, UnlockPage)
        self.qtbot.keyClicks(page.passphrase, passphrase)
        self.qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        self.qtbot.waitUntil(self.main.shell_shown, timeout=20_000)
        self.page_scroll = self.traject.scroll_area
        self.back_to_window()

    def sign_up(self, fields: dict[str, str], choices: dict[str, str]) -> None:
        """Ctrl+1 (Gezinnen), Ctrl+N, fill in the form, save: the traject page opens."""
        self.qtbot.keyClick(self.main.navigation, Qt.Key.Key_1, CTRL)
        assert self.main.current_page_key() == "gezinnen"
        self.qtbot.keyClick(self.caseload.table, Qt.Key.Key_N, CTRL)
        dialog = self.wait_for(AanmeldingDialog)
        for name, text in fields.items():
            self.type_into(_child(dialog, QLineEdit, name), text)
        for name, text in choices.items():
            self.choose(_child(dialog, QComboBox, name), text)
        self.screenshot("aanmelding", dialog)
        self.click(dialog.opslaan)
        self.qtbot.waitUntil(lambda: self.main.current_page_key() == TRAJECT_PAGE)
        assert not dialog.isVisible()
        self.back_to_window()

    def open_family(self, search: str) -> None:
        """Ctrl+1, Ctrl+F, type part of the name, Down and Enter: the traject opens."""
        self.qtbot.keyClick(self.main.navigation, Qt.Key.Key_1, CTRL)
        caseload = self.caseload
        self.qtbot.waitUntil(lambda: caseload.model.rowCount() > 0)
        self.qtbot.keyClick(caseload.table, Qt.Key.Key_F, CTRL)
        assert caseload.search.hasFocus()
        self.qtbot.keyClicks(caseload.search, search)
        assert caseload.model.rowCount() == 1
        self.qtbot.keyClick(caseload.search, Qt.Key.Key_Down)
        self.qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: self.main.current_page_key() == TRAJECT_PAGE)

    # --- the traject page -------------------------------------------------------------------

    def open_tab(self, widget: QWidget) -> None:
        """Click the tab of one of the traject's screens."""
        tabs = self.traject.tabs
        self.click(tabs.tabBar(), tabs.tabBar().tabRect(self.traject.tab_index(widget)).center())
        assert widget.isVisible()

    def open_step(self, stap: str) -> None:
        """Back on the Overzicht tab, click a step of the trajectpijl: the panel shows it."""
        self.back_to_window()
        page = self.traject
        overzicht = page.tab_screen(0)
        assert overzicht is not None
        self.open_tab(overzicht)
        rect = page.pijl.step_rect(stap)
        shown = QRect(page.pijl.mapTo(page.scroll_area.viewport(), rect.topLeft()), rect.size())
        assert page.scroll_area.viewport().rect().contains(shown), f"{stap} is scrolled out of view"
        self.click(page.pijl, rect.center())
        state = next(s for s in page.pijl.states() if s.stap.value == stap)
        assert page.step_panel.title.text() == state.label

    def step_action(self, text: str) -> None:
        """Click one of the step panel's buttons for the open step."""
        self.qtbot.wait(1)  # a new button shows on the next turn of the event loop
        self.click(button_named(self.traject.step_panel, text))

    def open_goal_tab(self, doel: int) -> None:
        """On the plan van aanpak, click the tab of a chosen goal ("6 · Structuur")."""
        tabs = self.traject.plan.tabs
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        index = next(i for i, title in enumerate(titles) if title.startswith(f"{doel} ·"))
        self.click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())

    def activity_row(self, doel: int, activity_id: str) -> int:
        """The row of an activity in a goal's list on the plan van aanpak."""
        shown = self.traject.plan.details[doel].activities
        ids = [shown.item(row).data(Qt.ItemDataRole.UserRole) for row in range(shown.count())]
        return ids.index(activity_id)

    def give_smileys(self, scores: dict[int, int]) -> None:
        """On the Smileys tab, press 1-5 on each goal's row of faces."""
        panel = self.traject.smileys
        assert panel.isVisible()
        for doel, score in scores.items():
            picker = panel.pickers[doel]
            self.qtbot.keyClick(picker.focusProxy() or picker, str(score))
            assert panel.pickers[doel].value() == score, panel.message.text()

    # --- visits -----------------------------------------------------------------------------

    def record_visit(self, stap: str, visit: Visit) -> None:
        """Open the step, click "Huisbezoek vastleggen", fill in the dialog, press Enter."""
        self.open_step(stap)
        self.click(self.traject.step_panel.record_button)
        self._fill_and_save(self.wait_for(VisitDialog), visit)

    def plan_visit(self, stap: str, day: date) -> None:
        """Open the step and plan its visit on `day` (Ctrl+B)."""
        self.open_step(stap)
        self.qtbot.keyClick(self.traject.pijl, Qt.Key.Key_B, CTRL)
        dialog = self.wait_for(VisitDialog)
        self.type_date(dialog.datum, day)
        self.qtbot.keyClick(dialog.aanwezigen, Qt.Key.Key_Return)
        assert not dialog.isVisible(), dialog.error.text()
        self.back_to_window()

    def hold_planned_visit(self, stap: str, visit: Visit) -> None:
        """Ctrl+R on the step: the planned visit opens pre-filled; record it as held."""
        self.open_step(stap)
        self.qtbot.keyClick(self.traject.pijl, Qt.Key.Key_R, CTRL)
        dialog = self.wait_for(VisitDialog)
        assert dialog.windowTitle() == "Vastleggen als gehouden"
        self._fill_and_save(dialog, visit)

    def _fill_and_save(self, dialog: VisitDialog, visit: Visit) -> None:
        """Type the visit's fields, tick its goals, press Enter; note what was entered."""
        self.type_into(dialog.duur.lineEdit(), str(visit.duur))
        self.type_into(dialog.reistijd.lineEdit(), str(visit.reistijd))
        self.choose(dialog.setting, dialog.setting.itemText(dialog.setting.findData(visit.setting)))
        for doel in visit.doelen:
            self.tick(dialog.doelen[doel])
        self.type_into(dialog.aanwezigen, visit.aanwezigen)
        soort, day = str(dialog.soort.currentData()), dialog.datum.date().toPython()
        self.qtbot.keyClick(dialog.aanwezigen, Qt.Key.Key_Return)
        assert not dialog.isVisible(), dialog.error.text()
        assert isinstance(day, date)
        self.visits.append((soort, day, visit))
        self.back_to_window()

    # --- documents and the parent view ------------------------------------------------------

    def make_documents(self, folder: Path, kinds: list[str]) -> list[Path]:
        """In the export dialog just opened (with the first kind chosen) make each kind."""
        dialog = self.wait_for(ExportDialog)
        assert dialog.document.currentData() == kinds[0]
        made: list[Path] = []
        for kind in kinds:
            self.choose(dialog.document, DOCUMENTEN[kind][0])
            target = folder / Path(dialog.path.text()).name
            self.type_into(dialog.path, str(target))
            with self.qtbot.waitSignal(dialog.exported, timeout=20_000):
                self.click(dialog.make)
            assert dialog.message.text().startswith("Klaar"), dialog.message.text()
            made.append(target)
        self.click(dialog.cancel)
        self.back_to_window()
        return made

    def parent_view(self) -> ParentView:
        """The parent view that just opened (no pause between goals)."""
        view = self.wait_for(ParentView)
        view.advance_delay_ms = 0
        return view

    def hand_back(self, view: ParentView) -> None:
        """The parent taps "Klaar": the screen goes back to the coach."""
        with self.qtbot.waitSignal(view.finished):
            self.qtbot.mouseClick(view.done_button, LEFT)
        self.back_to_window()


def _child(dialog: QWidget, kind: type[W], name: str) -> W:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found
