"""The traject view: one family's traject with its trajectpijl, warnings, hours and visits.

`show_gezin(gezin_id)` loads the family's latest traject. The first tab, "Overzicht", holds the
contacts and the step panel; other screens join as tabs with `add_tab(title, widget)` and get
`widget.show_traject(traject_id)` whenever a traject loads. Activating a step on the arrow shows
what the step is and the buttons that do it, and emits `ctx.events.open_step(traject_id, stap)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.entities import Traject
from samenleren_desktop.model.entities.keuzes import ContactStatus
from samenleren_desktop.model.rules import Stap, StepState, StepStatus, next_step
from samenleren_desktop.model.services import contacten, trajecten
from samenleren_desktop.model.services.contacten import TrajectOverzicht
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.pijl_widget import PijlWidget, look_key
from samenleren_desktop.ui.step_panel import StepPanel
from samenleren_desktop.ui.visit_dialog import ReasonDialog, VisitDialog
from samenleren_desktop.ui.visits import VisitsList

_CONTEXT = Qt.ShortcutContext.WidgetWithChildrenShortcut
_WARNING_STYLE = (
    "QLabel { background: #FFF4E5; border-left: 6px solid #B35C00; padding: 6px; color: #5A2E00; }"
)


_TAB_LINES = 32
"""The Overzicht tab is at least this many lines of text high (the page scrolls instead)."""

_SCREEN_TAB_LINES = 12
"""The other tabs: these scroll on their own, below a one-line summary of the traject, so their
buttons (a questionnaire's Vorige / Volgende / Afronden) stay on the screen."""


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} u {rest:02d} min" if rest else f"{hours} u"


class TrajectView(QWidget):
    """One family's traject: header, trajectpijl, warnings, hours and tabs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._gezin_id: uuid.UUID | None = None
        self.overzicht: TrajectOverzicht | None = None
        self._step: str | None = None
        self._step_actions: dict[str, list[tuple[str, Callable[[], object]]]] = {}
        self._header_widgets: list[QWidget] = []
        self.setAccessibleName(self.tr("Traject"))
        self._build()
        ctx.events.data_changed.connect(self._on_data_changed)
        QShortcut(
            QKeySequence("Ctrl+B"), self, lambda: self.plan_visit(self._open_step()), _CONTEXT
        )
        QShortcut(QKeySequence("Ctrl+R"), self, self._quick_record, _CONTEXT)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_header()
        self._build_hours()
        self._build_overview()
        self.empty = QLabel(self.tr("Kies een gezin om het traject te zien."))
        content = QWidget()
        layout = QVBoxLayout(content)
        self._header = QHBoxLayout()
        self._header.addWidget(self.naam, 1)
        layout.addLayout(self._header)
        for widget in (self.details, self.empty, self.pijl, self.warnings, self.summary):
            layout.addWidget(widget)
        hours = QHBoxLayout()
        self.uren_label = QLabel(self.tr("Uren:"))
        self.uren_label.setBuddy(self.uren_bar)
        hours.addWidget(self.uren_label)
        hours.addWidget(self.uren_bar, 1)
        hours.addWidget(self.uren_detail, 2)
        layout.addLayout(hours)
        layout.addWidget(self.tabs, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._set_loaded(False)

    def _build_header(self) -> None:
        self.naam = QLabel()
        font = self.naam.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.naam.setFont(font)
        self.naam.setAccessibleName(self.tr("Gezin"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Gegevens van het gezin"))
        self.pijl = PijlWidget()
        self.pijl.step_activated.connect(self.activate_step)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Waarschuwingen"))
        self.summary = QLabel()
        self.summary.setObjectName("trajectSummary")
        self.summary.setAccessibleName(self.tr("Samenvatting van het traject"))

    def _build_hours(self) -> None:
        self.uren_bar = QProgressBar()
        self.uren_bar.setAccessibleName(self.tr("Uren van de norm"))
        self.uren_bar.setMinimumHeight(24)
        self.uren_detail = QLabel()
        self.uren_detail.setWordWrap(True)

    def _build_overview(self) -> None:
        self.visits = VisitsList(self._ctx)
        self.step_panel = StepPanel()
        self.step_panel.plan_button.clicked.connect(lambda _c=False: self.plan_visit(self._step))
        self.step_panel.record_button.clicked.connect(
            lambda _c=False: self.record_visit(self._step)
        )
        self.step_panel.skip_button.clicked.connect(lambda _checked=False: self.skip_current_step())
        overzicht = QWidget()
        row = QHBoxLayout(overzicht)
        row.addWidget(self.visits, 3)
        row.addWidget(self.step_panel, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van het traject"))
        self.tabs.addTab(overzicht, self.tr("&Overzicht"))
        self._tab_pages: dict[QWidget, QScrollArea] = {}
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._size_tabs(overview=True)

    def _size_tabs(self, overview: bool) -> None:
        """On the overview the page scrolls rather than squeeze the visits and the step panel;
        the other tabs scroll themselves and get what is left below the summary."""
        lines = _TAB_LINES if overview else _SCREEN_TAB_LINES
        self.tabs.setMinimumHeight(lines * self.fontMetrics().lineSpacing())

    def _on_tab_changed(self, index: int) -> None:
        """Another screen than the overview: the arrow, details and hours fold into the summary
        line; back on the overview they return, with the arrow in view."""
        self._size_tabs(overview=index <= 0)
        self._show_parts()
        if index <= 0:
            self.scroll_area.ensureWidgetVisible(self.pijl, 0, 0)

    def _set_loaded(self, loaded: bool) -> None:
        self.empty.setVisible(not loaded)
        for widget in (self.tabs, *self._header_widgets):
            widget.setVisible(loaded)
        self._show_parts()

    def _show_parts(self) -> None:
        """Show the full header on the overview, the one-line summary on the other tabs."""
        loaded = self.overzicht is not None
        full = loaded and self.tabs.currentIndex() <= 0
        for widget in (self.pijl, self.details, self.uren_label, self.uren_bar, self.uren_detail):
            widget.setVisible(full)
        self.warnings.setVisible(full and bool(self.overzicht and self.overzicht.warnings))
        self.summary.setVisible(loaded and not full)

    # --- the integrator's hooks -------------------------------------------------------------

    def add_tab(self, title: str, widget: QWidget) -> None:
        """Add another screen as a tab; it gets `show_traject(traject_id)` on every load.

        The tab scrolls when the screen does not fit (a screen with its own scroll area, such as
        a questionnaire, fills the tab and keeps its buttons in sight)."""
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(widget)
        self._tab_pages[widget] = page
        self.tabs.addTab(page, title)
        if self.overzicht is not None:
            self._tell(widget, self.overzicht.traject.id)

    def show_tab(self, widget: QWidget) -> None:
        """Bring the tab of a screen added with `add_tab` (or the overview's) to the front."""
        self.tabs.setCurrentWidget(self._tab_pages.get(widget, widget))

    def current_tab(self) -> QWidget | None:
        """The screen of the tab in front (as given to `add_tab`)."""
        return self.tab_screen(self.tabs.currentIndex())

    def tab_screen(self, index: int) -> QWidget | None:
        """The screen of tab `index` (as given to `add_tab`; the overview for 0)."""
        page = self.tabs.widget(index)
        return page.widget() if isinstance(page, QScrollArea) else page

    def tab_index(self, widget: QWidget) -> int:
        """The index of a screen's tab (-1 when it is not one)."""
        return self.tabs.indexOf(self._tab_pages.get(widget, widget))

    def add_header_widget(self, widget: QWidget) -> None:
        """Put a widget (a button, say) at the right of the family's name; shown with a traject."""
        self._header.addWidget(widget)
        self._header_widgets.append(widget)
        widget.setVisible(self.overzicht is not None)

    def register_step_action(self, stap: str, label: str, callback: Callable[[], object]) -> None:
        """Add a button to the step panel of one step (e.g. "Intakevragenlijst invullen")."""
        self._step_actions.setdefault(stap, []).append((label, callback))
        if self._step == stap:
            self._show_step_panel()

    @property
    def traject_id(self) -> uuid.UUID | None:
        """The traject shown, if any."""
        return self.overzicht.traject.id if self.overzicht is not None else None

    # --- loading ----------------------------------------------------------------------------

    def show_gezin(self, gezin_id: uuid.UUID) -> None:
        """Load and show the family's latest traject; the audit trail notes who opened it."""
        self._gezin_id = gezin_id
        self.reload()
        self._ctx.log_access("read", gezin_id)

    def reload(self) -> None:
        """Read the traject again (after a change)."""
        if self._gezin_id is None:
            return
        previous = self.traject_id
        with self._ctx.session() as session:
            traject = contacten.latest_traject(session, self._gezin_id)
            overzicht = (
                contacten.traject_overzicht(session, traject, self._ctx.today())
                if traject is not None
                else None
            )
        self.overzicht = overzicht
        if overzicht is None:
            self.naam.setText(self.tr("Geen traject"))
            self._set_loaded(False)
            return
        self._show(overzicht)
        if overzicht.traject.id != previous:
            for index in range(1, self.tabs.count()):
                widget = self.tab_screen(index)
                if widget is not None:
                    self._tell(widget, overzicht.traject.id)

    @staticmethod
    def _tell(widget: QWidget, traject_id: uuid.UUID) -> None:
        show = getattr(widget, "show_traject", None)
        if callable(show):
            show(traject_id)

    def _on_data_changed(self, gezin_id: object) -> None:
        if self._gezin_id is not None and gezin_id in (None, self._gezin_id):
            self.reload()

    def _show(self, o: TrajectOverzicht) -> None:
        self._set_loaded(True)
        self.naam.setText(o.gezin_naam)
        self.details.setText(self._details_text(o))
        self.pijl.set_pijl(o.pijl)
        lines = "\n".join(f"⚠ {w.bericht}" for w in o.warnings)
        self.warnings.setText(lines)
        self._show_uren(o)
        self.summary.setText(self._summary_text(o))
        self._show_parts()
        self.visits.set_contacten(o.traject.id, o.traject.gezin_id, o.contacten)
        if self._step is None:
            self._step = self.pijl.current_step()
        self._show_step_panel()

    def _details_text(self, o: TrajectOverzicht) -> str:
        parts = [
            self.tr("Ouders: %1").replace("%1", ", ".join(o.ouders) or "–"),
            self.tr("Kinderen: %1").replace("%1", "; ".join(k.tekst for k in o.kinderen) or "–"),
            self.tr("Begeleider: %1").replace("%1", ", ".join(o.begeleiders) or "–"),
            self.tr("Aangemeld op %1 · Fase: %2")
            .replace("%1", f"{o.traject.aanmeld_datum:%d-%m-%Y}")
            .replace("%2", o.fase_label),
        ]
        return "\n".join(parts)

    def _summary_text(self, o: TrajectOverzicht) -> str:
        """One line for the other tabs: phase, next step, hours and how many warnings."""
        parts = [self.tr("Fase: %1").replace("%1", o.fase_label)]
        state = next_step(o.pijl)
        if state is not None:
            parts.append(self.tr("Volgende stap: %1").replace("%1", state.label))
        parts.append(self.uren_bar.format())
        if o.warnings:
            parts.append(self.tr("⚠ %n waarschuwing(en)", "", len(o.warnings)))
        return " · ".join(parts)

    def _show_uren(self, o: TrajectOverzicht) -> None:
        uren = o.uren
        norm = uren.norm_uren * 60
        self.uren_bar.setRange(0, norm)
        self.uren_bar.setValue(min(uren.totaal_minuten, norm))
        text = self.tr("%1 van %2 uur").replace("%1", f"{uren.totaal_uren:.0f}")
        text = text.replace("%2", str(uren.norm_uren))
        if uren.boven_norm:
            text += self.tr(" (boven de norm)")
        self.uren_bar.setFormat(text)
        self.uren_bar.setAccessibleDescription(text)
        self.uren_detail.setText(
            self.tr("Bezoeken %1 · Reistijd %2 · Registratie %3")
            .replace("%1", _hours(uren.bezoek_minuten))
            .replace("%2", _hours(uren.reis_minuten))
            .replace("%3", _hours(uren.registratie_minuten))
        )

    # --- steps ------------------------------------------------------------------------------

    def activate_step(self, stap: str) -> None:
        """Show the step panel for a step and tell the integrator the coach wants to do it."""
        self._step = stap
        self.pijl.set_current_step(stap)
        self._show_step_panel()
        if self.traject_id is not None:
            self._ctx.events.open_step.emit(self.traject_id, stap)

    def _state(self, stap: str | None) -> StepState | None:
        if self.overzicht is None or stap is None:
            return None
        return next((s for s in self.overzicht.pijl if s.stap.value == stap), None)

    def _show_step_panel(self) -> None:
        panel = self.step_panel
        state = self._state(self._step)
        panel.clear_extra()
        panel.setVisible(state is not None)
        if state is None:
            return
        panel.title.setText(state.label)
        panel.uitleg.setText(self._uitleg(state.stap))
        panel.status.setText("\n".join(self.pijl.step_lines(state)))
        panel.status.setAccessibleName(self.pijl.step_text(state))
        bad = look_key(state) == "overdue"
        panel.status.setStyleSheet("color: #7A1812; font-weight: bold;" if bad else "")
        doable = state.status is not StepStatus.DONE and state.stap is not Stap.AANMELDING
        has_soort = contacten.soort_voor_stap(state.stap) is not None
        panel.plan_button.setVisible(has_soort)
        panel.record_button.setVisible(has_soort)
        panel.skip_button.setVisible(doable and state.status is not StepStatus.SKIPPED)
        for label, callback in self._step_actions.get(state.stap.value, []):
            button = panel._button(label)
            button.clicked.connect(partial(lambda cb: cb(), callback))
            panel.extra.addWidget(button)
        panel.order_tabs(self.visits.table)

    def _open_step(self) -> str | None:
        """The step in the panel when it still has to be done (for the shortcuts)."""
        state = self._state(self._step)
        if state is None or state.status in (StepStatus.DONE, StepStatus.SKIPPED):
            return None
        return state.stap.value

    def _quick_plan(self) -> VisitDialog | None:
        """Ctrl+B: plan a visit for the open step in the panel."""
        return self.plan_visit(self._open_step())

    def _quick_record(self) -> VisitDialog | None:
        """Ctrl+R: the selected planned contact, or a visit for the open step."""
        selected = self.visits.selected_contact()
        if selected is not None and selected.status == ContactStatus.GEPLAND:
            return self.visits.record_visit()
        return self.record_visit(self._open_step())

    def _uitleg(self, stap: Stap) -> str:
        """One plain sentence on what happens in a step."""
        return {
            Stap.AANMELDING: self.tr("School of ouder meldt het gezin aan."),
            Stap.INTAKE: self.tr(
                "Huisbezoek met de ouder: intakevragenlijst en contra-indicaties."
            ),
            Stap.KENNISMAKING: self.tr("Huisbezoek met het hele gezin: samen iets leuks doen."),
            Stap.INFORMATIEMAP: self.tr("Met de ouder de informatiemap doornemen; ouder kiest."),
            Stap.ACTIVITEIT: self.tr("Met het gezin de gekozen activiteit doen."),
            Stap.OUDER_LEERKRACHT_GESPREK: self.tr("Gesprek op school met ouder en leerkracht."),
            Stap.PLAN_VAN_AANPAK: self.tr("Doelen kiezen en het plan van aanpak bespreken."),
            Stap.WERKEN_AAN_DOELEN: self.tr(
                "Per doel een huisbezoek met het gezin en een met de ouder."
            ),
            Stap.TUSSENEVALUATIE: self.tr("Samen terugkijken: smileys en het plan bijstellen."),
            Stap.EINDEVALUATIE: self.tr("Laatste evaluatie: zijn de doelen bereikt?"),
            Stap.AFSLUITENDE_ACTIVITEIT: self.tr("Afsluiten met het gezin, met certificaten."),
            Stap.NAZORG: self.tr("Ongeveer zes weken na de eindevaluatie: even bellen."),
            Stap.FOLLOW_UP: self.tr("Ongeveer zes maanden later: hoe gaat het nu?"),
        }[stap]

    def plan_visit(self, stap: str | None = None) -> VisitDialog | None:
        """Plan a visit, of the kind that does `stap` when given (Ctrl+B)."""
        soort = contacten.soort_voor_stap(Stap(stap)) if stap else None
        return self.visits.plan_visit(soort.value if soort else None)

    def record_visit(self, stap: str | None = None) -> VisitDialog | None:
        """Record a visit, of the kind that does `stap` when given (Ctrl+R)."""
        soort = contacten.soort_voor_stap(Stap(stap)) if stap else None
        return self.visits.record_visit(soort.value if soort else None)

    def skip_current_step(self) -> ReasonDialog | None:
        """Ask why, then skip the step shown in the step panel."""
        stap, gezin_id, traject_id = self._step, self._gezin_id, self.traject_id
        if stap is None or traject_id is None:
            return None

        def skip(reden: str) -> None:
            with self._ctx.changes() as changes:
                traject = changes.session.get(Traject, traject_id)
                if traject is not None:
                    trajecten.skip_step(changes, traject, stap, reden)
            self._ctx.changed(gezin_id)

        state = self._state(stap)
        dialog = ReasonDialog(
            self.tr("Stap overslaan"),
            self.tr("Waarom slaat u „%1” over? De reden komt op de trajectpijl.").replace(
                "%1", state.label if state else stap
            ),
            skip,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
