"""The traject's questionnaires: which step each belongs to, how far it is, and the runner."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.content.answers import dutch_date
from samenleren_desktop.model.entities import Traject
from samenleren_desktop.model.services.vragenlijsten import (
    VRAGENLIJST_STAPPEN,
    VRAGENLIJST_VOLGORDE,
    VragenlijstStand,
    responses_of,
)
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.question_widgets import TOUCH_HEIGHT
from samenleren_desktop.ui.questionnaire import QuestionnaireRunner


class VragenlijstenTab(QWidget):
    """A list of the traject's questionnaires with their state; opens the runner in place.

    Signals:
        runner_opened: (vragenlijst id) the runner is showing a questionnaire.
    """

    runner_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("vragenlijstenTab")
        self.traject_id: uuid.UUID | None = None
        self.rows: dict[str, tuple[QLabel, QPushButton, QPushButton]] = {}
        self.standen: list[VragenlijstStand] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self._runner_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.runner.completed.connect(lambda _id: self.refresh())

    def _list_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Vragenlijsten van dit traject"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(10)
        for column, text in enumerate((self.tr("Vragenlijst"), self.tr("Stap"), self.tr("Stand"))):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        for row, vragenlijst_id in enumerate(self._ids(), start=1):
            self._add_row(row, vragenlijst_id)
        inner = QWidget()
        column_layout = QVBoxLayout(inner)
        column_layout.addWidget(heading)
        column_layout.addLayout(self.grid)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll)
        return page

    def _ids(self) -> list[str]:
        shipped = self.ctx.content.questionnaire_ids()
        known = [name for name in VRAGENLIJST_VOLGORDE if name in shipped]
        return known + sorted(name for name in shipped if name not in known)

    def _add_row(self, row: int, vragenlijst_id: str) -> None:
        title = self.ctx.content.questionnaire(vragenlijst_id).title
        name = QLabel(title)
        name.setWordWrap(True)
        step = QLabel(VRAGENLIJST_STAPPEN.get(vragenlijst_id, ""))
        step.setWordWrap(True)
        state = QLabel()
        state.setWordWrap(True)
        state.setAccessibleName(self.tr("Stand van {titel}").format(titel=title))
        fill = QPushButton(self.tr("Invullen"))
        fill.setMinimumHeight(TOUCH_HEIGHT)
        fill.clicked.connect(lambda: self.start(vragenlijst_id))
        view = QPushButton(self.tr("Bekijken"))
        view.setMinimumHeight(TOUCH_HEIGHT)
        view.setAccessibleName(self.tr("{titel} bekijken").format(titel=title))
        view.clicked.connect(lambda: self._view_last(vragenlijst_id))
        buttons = QHBoxLayout()
        buttons.addWidget(fill)
        buttons.addWidget(view)
        for column, widget in enumerate((name, step, state)):
            self.grid.addWidget(widget, row, column, alignment=Qt.AlignmentFlag.AlignVCenter)
        self.grid.addLayout(buttons, row, 3)
        self.rows[vragenlijst_id] = (state, fill, view)

    def _runner_page(self) -> QWidget:
        page = QWidget()
        self.back_button = QPushButton(self.tr("← &Terug naar de vragenlijsten"))
        self.back_button.setMinimumHeight(TOUCH_HEIGHT)
        self.back_button.setAccessibleName(self.tr("Terug naar de vragenlijsten"))
        self.back_button.clicked.connect(self.show_list)
        self.runner = QuestionnaireRunner(self.ctx)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.runner, 1)
        return page

    # -- public ---------------------------------------------------------------------------

    def show_traject(self, traject_id: uuid.UUID) -> None:
        """Show the questionnaires of this traject (the list, not a runner)."""
        self.traject_id = traject_id
        self.show_list()

    def start(self, vragenlijst_id: str) -> None:
        """Open the runner on this questionnaire: resume the open one or start a new one."""
        if self.traject_id is None:
            return
        self.runner.open(self.traject_id, vragenlijst_id)
        self.stack.setCurrentIndex(1)
        self.runner_opened.emit(vragenlijst_id)

    def view(self, response_id: uuid.UUID) -> None:
        """Show a stored response (read-only when it is completed)."""
        self.runner.open_response(response_id)
        self.stack.setCurrentIndex(1)

    def show_list(self) -> None:
        """Back to the list; typed answers are stored first."""
        self.runner.flush()
        self.stack.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        """Read the responses again and show each questionnaire's state."""
        if self.traject_id is None:
            return
        with self.ctx.session() as session:
            traject = session.get(Traject, self.traject_id)
            if traject is None:
                return
            standen = responses_of(session, self.ctx.content, traject, self.ctx.today())
        self.standen = standen
        for vragenlijst_id, (state, fill, view) in self.rows.items():
            mine = [s for s in standen if s.vragenlijst == vragenlijst_id]
            self._show_state(state, fill, view, mine)

    def _view_last(self, vragenlijst_id: str) -> None:
        klaar = [s for s in self.standen if s.vragenlijst == vragenlijst_id and s.afgerond]
        if klaar:
            self.view(klaar[-1].response_id)

    def _show_state(
        self, state: QLabel, fill: QPushButton, view: QPushButton, mine: list[VragenlijstStand]
    ) -> None:
        bezig = next((s for s in reversed(mine) if not s.afgerond), None)
        klaar = [s for s in mine if s.afgerond]
        parts: list[str] = []
        if bezig is not None:
            parts.append(self.tr("Bezig: {procent} %").format(procent=bezig.procent))
        if klaar and klaar[-1].afgerond_op is not None:
            parts.append(
                self.tr("Afgerond op {datum}").format(
                    datum=dutch_date(klaar[-1].afgerond_op.date())
                )
            )
            if len(klaar) > 1:
                parts.append(self.tr("({n} keer)").format(n=len(klaar)))
        state.setText(" · ".join(parts) or self.tr("Niet begonnen"))
        fill.setText(
            self.tr("Verder invullen")
            if bezig
            else (self.tr("Opnieuw invullen") if klaar else self.tr("Invullen"))
        )
        fill.setAccessibleName(f"{fill.text().replace('&', '')}: {state.accessibleName()}")
        view.setVisible(bool(klaar))
