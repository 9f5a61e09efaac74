"""The traject page put together: the traject view with the screens that do its steps.

`TrajectView` knows the arrow, the visits and the step panel; this module adds the other
screens as tabs (questionnaires, plan van aanpak, smileys, zorg), a button for the family
documents (for a coordinator also one to erase the family, `erase_dialog`), and for each step
of the arrow the buttons that open the screen doing that step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from samenleren_desktop.model.rules import Stap
from samenleren_desktop.sync.erasure_client import may_erase
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.erase_dialog import EraseDialog
from samenleren_desktop.ui.export_dialog import ExportDialog
from samenleren_desktop.ui.plan_editor import PlanEditor
from samenleren_desktop.ui.questionnaires_tab import VragenlijstenTab
from samenleren_desktop.ui.smileys import SmileyPanel
from samenleren_desktop.ui.traject_view import TrajectView
from samenleren_desktop.ui.zorg import ZorgTab


class TrajectPage(TrajectView):
    """The traject view with every screen of a traject.

    Attributes:
        vragenlijsten, plan, smileys, zorg: the tabs.
        export_button: opens the export of family documents (PDF).
        erase_button: erases the family everywhere (coordinators and admins only, else None).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.vragenlijsten = VragenlijstenTab(ctx)
        self.plan = PlanEditor(ctx)
        self.smileys = SmileyPanel(ctx)
        self.zorg = ZorgTab(ctx)
        self.add_tab(self.tr("&Vragenlijsten"), self.vragenlijsten)
        self.add_tab(self.tr("&Plan van aanpak"), self.plan)
        self.add_tab(self.tr("S&mileys"), self.smileys)
        self.add_tab(self.tr("Zo&rg"), self.zorg)
        self.export_button = QPushButton(self.tr("Do&cumenten (PDF)…"))
        self.export_button.setAccessibleName(self.tr("Documenten van dit gezin als PDF maken"))
        self.export_button.clicked.connect(lambda _checked=False: self.export_documents())
        self.add_header_widget(self.export_button)
        self.erase_button: QPushButton | None = None
        if may_erase(ctx.workspace):
            self.erase_button = QPushButton(self.tr("Gezin &wissen…"))
            self.erase_button.setAccessibleName(self.tr("Dit gezin overal wissen"))
            self.erase_button.clicked.connect(lambda _checked=False: self.erase_family())
            self.add_header_widget(self.erase_button)
        self._register_step_actions()

    def _register_step_actions(self) -> None:
        actions: list[tuple[Stap, str, Callable[[], object]]] = [
            (
                Stap.INTAKE,
                self.tr("Intakevragenlijst invullen"),
                self._questionnaire("intake_ouder"),
            ),
            (
                Stap.OUDER_LEERKRACHT_GESPREK,
                self.tr("Vragenlijst leerkracht invullen"),
                self._questionnaire("intake_leerkracht"),
            ),
            (Stap.INFORMATIEMAP, self.tr("Activiteiten kiezen"), self.open_plan),
            (Stap.ACTIVITEIT, self.tr("Gekozen activiteit afvinken"), self.open_plan),
            (Stap.PLAN_VAN_AANPAK, self.tr("Plan van aanpak maken"), self.open_plan),
            (Stap.PLAN_VAN_AANPAK, self.tr("Startscore (smileys)"), self._smileys("start")),
            (Stap.WERKEN_AAN_DOELEN, self.tr("Plan van aanpak openen"), self.open_plan),
            (Stap.TUSSENEVALUATIE, self.tr("Smileys tussenevaluatie"), self._smileys("tussen")),
            (
                Stap.TUSSENEVALUATIE,
                self.tr("Evaluatievragenlijst"),
                self._questionnaire("evaluatie"),
            ),
            (Stap.EINDEVALUATIE, self.tr("Smileys eindevaluatie"), self._smileys("eind")),
            (Stap.EINDEVALUATIE, self.tr("Evaluatievragenlijst"), self._questionnaire("evaluatie")),
            (
                Stap.EINDEVALUATIE,
                self.tr("Evaluatie leerkracht"),
                self._questionnaire("evaluatie_leerkracht"),
            ),
            (
                Stap.AFSLUITENDE_ACTIVITEIT,
                self.tr("Certificaten maken (PDF)"),
                lambda: self.export_documents("certificaat-ouder"),
            ),
            (Stap.NAZORG, self.tr("Nazorgvragenlijst invullen"), self._questionnaire("nazorg")),
            (Stap.FOLLOW_UP, self.tr("Nazorgvragenlijst invullen"), self._questionnaire("nazorg")),
        ]
        for stap, label, callback in actions:
            self.register_step_action(stap.value, label, callback)

    def _questionnaire(self, vragenlijst_id: str) -> Callable[[], None]:
        def start() -> None:
            self.show_tab(self.vragenlijsten)
            self.vragenlijsten.start(vragenlijst_id)

        return start

    def _smileys(self, moment: str) -> Callable[[], None]:
        def open_moment() -> None:
            self.show_tab(self.smileys)
            self.smileys.set_moment(moment)

        return open_moment

    def open_plan(self) -> None:
        """Show the plan van aanpak tab."""
        self.show_tab(self.plan)

    def export_documents(self, document: str = "") -> ExportDialog | None:
        """Open the export dialog for this traject's documents (not modal: the program goes on),
        with `document` (e.g. "certificaat-ouder") chosen when given."""
        if self.traject_id is None:
            return None
        dialog = ExportDialog(self._ctx, self.traject_id, self)
        if document:
            dialog.document.setCurrentIndex(max(0, dialog.document.findData(document)))
        dialog.open()
        return dialog

    def erase_family(self) -> EraseDialog | None:
        """Ask the coordinator to confirm, then erase the family shown (right of erasure)."""
        o = self.overzicht
        if o is None or self.erase_button is None:
            return None
        dialog = EraseDialog(self._ctx, o.traject.gezin_id, o.gezin_naam, o.traject.id, self)
        dialog.erased.connect(self._on_erased)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_erased(self, gezin_id: uuid.UUID) -> None:
        """The family shown is gone: show the empty page instead of "Geen traject"."""
        if self._gezin_id == gezin_id:
            self._gezin_id, self.overzicht = None, None
            self.naam.clear()
            self._set_loaded(False)
