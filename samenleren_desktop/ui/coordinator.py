"""The coordinator's overview: the report's figures on screen and every coach's trajecten.

    view = CoordinatorOverview(ctx)   # loads in the background; `loaded` fires when shown

Filters: period (van/tot), school and begeleider. The figures come from
`model.services.rapportage` (the same as the PDF report and its CSV); the list shows every
selected traject with its coach, next step and overdue steps, the most overdue first per coach.
Buttons export the report (PDF and CSV, with the organisation's name and logo from the
settings) and open the batch export of certificates for the finished trajecten within the
filters.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.rapportage import (
    Achterstand,
    Rapportcijfers,
    RapportFilter,
    achterstanden,
    rapportcijfers,
    scholen_en_begeleiders,
)
from samenleren_desktop.reports import exporteer_rapport
from samenleren_desktop.reports.rapport import STATUS_NAMEN, rows
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.export_dialog import BatchExportDialog, error_text
from samenleren_desktop.ui.preferences import Preferences

BUTTON_HEIGHT = 40
LATE = QColor("#B3261E")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class CoordinatorOverview(QWidget):
    """The overview page for coordinators.

    Signals:
        loaded: the figures and the list arrived and are shown.
        exported: the path of a written report PDF.
    """

    loaded = Signal()
    exported = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preferences = preferences or Preferences(parent=self)
        self.warnings: list[str] = []
        self.cijfers: Rapportcijfers | None = None
        self.regels: list[Achterstand] = []
        self._generation = 0  # only the newest load is shown
        self._build()
        self._fill_choices()
        ctx.events.data_changed.connect(self._on_data_changed)
        self.reload()

    def _build(self) -> None:
        title = QLabel(self.tr("Overzicht voor coördinatoren"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        today = self.ctx.today()
        self.van = self._date_edit(date(today.year, 1, 1), self.tr("Van"))
        self.tot = self._date_edit(today, self.tr("Tot en met"))
        self.school = self._combo(self.tr("School"))
        self.begeleider = self._combo(self.tr("Begeleider"))
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        self.figures = self._table([self.tr("Onderdeel"), self.tr("Waarde")], self.tr("Cijfers"))
        self.trajecten = self._table(
            [
                self.tr("Begeleider"),
                self.tr("Gezin"),
                self.tr("Fase"),
                self.tr("Volgende stap"),
                self.tr("Te laat"),
            ],
            self.tr("Trajecten per begeleider"),
        )
        self.export_button = QPushButton(self.tr("Rapportage als &PDF…"), self)
        self.export_button.setAccessibleName(self.tr("Rapportage als PDF en CSV opslaan"))
        self.batch_button = QPushButton(self.tr("&Certificaten…"), self)
        self.batch_button.setAccessibleName(self.tr("Certificaten van afgeronde trajecten"))
        for button in (self.export_button, self.batch_button):
            button.setMinimumHeight(BUTTON_HEIGHT)
        self.export_button.clicked.connect(self._ask_export)
        self.batch_button.clicked.connect(self._open_batch)
        self._lay_out(title)

    def _lay_out(self, title: QLabel) -> None:
        # Two rows of two filters: in one row they needed 1396 px at 200 %.
        filters = QGridLayout()
        for index, (text, widget) in enumerate(
            (
                (self.tr("&Van:"), self.van),
                (self.tr("&Tot en met:"), self.tot),
                (self.tr("&School:"), self.school),
                (self.tr("&Begeleider:"), self.begeleider),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row, column = divmod(index, 2)
            filters.addWidget(label, row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
        filters.setColumnStretch(4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.batch_button)
        buttons.addWidget(self.export_button)
        split = QSplitter(self)
        split.addWidget(self.figures)
        split.addWidget(self.trajecten)
        split.setStretchFactor(1, 2)
        # The figures pane grows with the font (400 px at 100 %, 500 at 200 %); the list gets
        # the rest and scrolls sideways when it must.
        split.setSizes([300 + self.fontMetrics().averageCharWidth() * 17, 800])
        self._size_figure_columns()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _size_figure_columns(self) -> None:
        """Labels take the room and wrap; values get at most about twelve digits and wrap.

        With the label column squeezed to a few letters at 200 % ("Tot…", "Aan…") the figures
        could not be read.
        """
        table = self.figures
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._fit_value_column()

    def _fit_value_column(self) -> None:
        metrics = self.figures.fontMetrics()
        needed = max(
            self.figures.sizeHintForColumn(1),
            self.figures.horizontalHeader().sectionSizeHint(1),
        )
        self.figures.setColumnWidth(1, min(needed, metrics.horizontalAdvance("0" * 12)))

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(BUTTON_HEIGHT)
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self.reload())
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setMinimumHeight(BUTTON_HEIGHT)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("Alle"), None)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fill_choices(self) -> None:
        with self.ctx.session() as session:
            scholen, begeleiders = scholen_en_begeleiders(session)
        for combo, keuzes in ((self.school, scholen), (self.begeleider, begeleiders)):
            combo.blockSignals(True)
            for keuze in keuzes:
                combo.addItem(keuze.naam, str(keuze.id))
            combo.blockSignals(False)

    def current_filter(self) -> RapportFilter:
        """The filter the controls describe (a ValidationError when the dates are reversed)."""
        school, begeleider = (
            uuid.UUID(data) if (data := combo.currentData()) else None
            for combo in (self.school, self.begeleider)
        )
        return RapportFilter(_pydate(self.van.date()), _pydate(self.tot.date()), school, begeleider)

    def _on_data_changed(self, _gezin_id: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Compute the figures and the list in the background."""
        try:
            filter_ = self.current_filter()
        except ValidationError as error:
            self.status.setText(error.message)
            return
        self.status.setText(self.tr("Bezig met laden…"))
        today = self.ctx.today()
        self._generation += 1
        generation = self._generation

        def work() -> tuple[Rapportcijfers, list[Achterstand]]:
            with self.ctx.session() as session:
                return rapportcijfers(session, filter_, today), achterstanden(
                    session, filter_, today
                )

        def show(result: Any) -> None:
            if generation == self._generation:
                self._show(result)

        self.ctx.runner.run(work, show, self._failed)

    def _show(self, result: Any) -> None:
        self.cijfers, self.regels = result
        self._fill_figures(rows(self.cijfers, self.ctx.content))
        self._fill(
            self.trajecten,
            [
                [
                    r.begeleiders,
                    r.gezin,
                    STATUS_NAMEN.get(r.status, r.status),
                    r.volgende_stap,
                    ", ".join(r.te_laat),
                ]
                for r in self.regels
            ],
            late_column=4,
        )
        late = sum(1 for r in self.regels if r.te_laat)
        self.status.setText(
            self.tr("{0} trajecten, {1} met een stap die te laat is.").format(
                self.cijfers.trajecten, late
            )
        )
        self.loaded.emit()

    def _fill_figures(self, figures: Iterable[tuple[str, str, str]]) -> None:
        """The figures grouped by section: a bold row per section, then its items."""
        table = self.figures
        table.clearSpans()
        table.setRowCount(0)
        section = ""
        for sectie, onderdeel, waarde in figures:
            if sectie != section:
                section = sectie
                row = table.rowCount()
                table.insertRow(row)
                item = QTableWidgetItem(sectie)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                table.setItem(row, 0, item)
                table.setSpan(row, 0, 1, 2)
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(onderdeel))
            table.setItem(row, 1, QTableWidgetItem(waarde))
        self._fit_value_column()

    def _fill(self, table: QTableWidget, data: list[list[str]], late_column: int = -1) -> None:
        table.setRowCount(len(data))
        for row, values in enumerate(data):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == late_column and value:
                    item.setForeground(LATE)
                table.setItem(row, column, item)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def _ask_export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Rapportage opslaan"), str(Path.home() / "rapportage.pdf"), "PDF (*.pdf)"
        )
        if chosen:
            self.export_report(Path(chosen), Path(chosen).with_suffix(".csv"))

    def export_report(self, target: Path, csv_target: Path | None = None) -> None:
        """Write the report (and its CSV) for the current filter in the background."""
        try:
            filter_ = self.current_filter()
        except ValidationError as error:
            self.status.setText(error.message)
            return
        today = self.ctx.today()
        logo, organisatie = self.preferences.document_settings()
        self.warnings = []
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("De rapportage wordt gemaakt…"))

        def work() -> Path:
            with self.ctx.session() as session:
                return exporteer_rapport(
                    session,
                    filter_,
                    target,
                    today,
                    csv_target,
                    logo,
                    organisatie=organisatie,
                    waarschuwingen=self.warnings,
                )

        def done(path: Path) -> None:
            self.export_button.setEnabled(True)
            saved = self.tr("Opgeslagen: {0} (niet versleuteld)").format(path)
            self.status.setText("\n".join([saved, *self.warnings]))
            self.exported.emit(path)

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._failed(error)

        self.ctx.runner.run(work, done, failed)

    def batch_dialog(self) -> BatchExportDialog | None:
        """The batch export for the finished trajecten within the current filters."""
        try:
            filter_ = self.current_filter()
        except ValidationError as error:
            self.status.setText(error.message)
            return None
        return BatchExportDialog(self.ctx, self, preferences=self.preferences, filter_=filter_)

    def _open_batch(self) -> None:
        dialog = self.batch_dialog()
        if dialog is not None:
            dialog.exec()
