"""The planned visits of one week, grouped per day (Monday to Sunday).

view = WeekView(ctx)    # this week; Alt+Left / Alt+Right for the week before / after
ctx.events.open_gezin   # emitted with the gezin id when a visit is activated (Enter)
"""

from __future__ import annotations

import logging
import uuid
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.bezoeken import BezoekRegel, geplande_bezoeken
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.errors import describe

log = logging.getLogger(__name__)
GEZIN_ROLE = Qt.ItemDataRole.UserRole + 1
_DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def maandag_van(dag: date) -> date:
    """The Monday of the week `dag` is in."""
    return dag - timedelta(days=dag.weekday())


def _qdate(dag: date) -> QDate:
    return QDate(dag.year, dag.month, dag.day)


class WeekView(QWidget):
    """Planned visits of a week as a list per day; activating a visit opens its family.

    Signals:
        loaded: the visits of the shown week arrived and are shown.

    Attributes:
        week_start: the Monday of the week shown.
        bezoeken: the visits shown.
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.week_start = maandag_van(ctx.today())
        self.bezoeken: list[BezoekRegel] = []
        self._build()
        ctx.events.data_changed.connect(self._on_data_changed)
        self.reload()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("week_titel")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.vorige = self._button("vorige_week", self.tr("◀ Vorige week"), "Alt+Left")
        self.deze = self._button("deze_week", self.tr("Deze week"), "Alt+Home")
        self.volgende = self._button("volgende_week", self.tr("Volgende week ▶"), "Alt+Right")
        self.vorige.clicked.connect(lambda: self.show_week(self.week_start - timedelta(days=7)))
        self.volgende.clicked.connect(lambda: self.show_week(self.week_start + timedelta(days=7)))
        self.deze.clicked.connect(lambda: self.show_week(maandag_van(self.ctx.today())))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Bezoeken worden geladen"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("week")
        self.tree.setAccessibleName(self.tr("Geplande bezoeken per dag"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Dag en tijd"), self.tr("Gezin"), self.tr("Bezoek"), self.tr("Wie en duur")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        average = self.tree.fontMetrics().averageCharWidth()
        for column, characters in enumerate((26, 36, 38)):
            self.tree.setColumnWidth(column, characters * average)
        self.tree.itemActivated.connect(self._activated)
        # The title has a row of its own and wraps: beside the buttons it needed 1480 px at 200 %.
        self.title.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.busy)
        buttons = QHBoxLayout()
        for button in (self.vorige, self.deze, self.volgende):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)

    def _button(self, name: str, text: str, shortcut: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setShortcut(QKeySequence(shortcut))
        button.setAccessibleName(f"{text.replace('&', '')} ({shortcut})")
        button.setToolTip(shortcut)
        button.setMinimumHeight(40)
        return button

    def show_week(self, maandag: date) -> None:
        """Show the week starting on `maandag`."""
        self.week_start = maandag_van(maandag)
        self.reload()

    def _on_data_changed(self, _gezin_id: uuid.UUID | None) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the visits of the shown week in the background."""
        start = self.week_start
        einde = start + timedelta(days=6)
        week = _qdate(start).weekNumber()[0]
        self.title.setText(
            self.tr("Week {week}: {van} t/m {tot}").format(
                week=week,
                van=_DUTCH.toString(_qdate(start), "d MMMM"),
                tot=_DUTCH.toString(_qdate(einde), "d MMMM yyyy"),
            )
        )
        self.busy.show()

        def work() -> list[BezoekRegel]:
            with self.ctx.session() as session:
                return geplande_bezoeken(session, start)

        self.ctx.runner.run(work, lambda rows: self._on_loaded(start, rows), self._on_failed)

    def _on_loaded(self, start: date, rows: list[BezoekRegel]) -> None:
        if not shiboken6.isValid(self) or start != self.week_start:
            return
        self.busy.hide()
        self.message.hide()
        self.bezoeken = rows
        self._fill(rows)
        self.loaded.emit()

    def _fill(self, rows: list[BezoekRegel]) -> None:
        self.tree.clear()
        first_visit: QTreeWidgetItem | None = None
        for offset in range(7):
            dag = self.week_start + timedelta(days=offset)
            op_dag = [b for b in rows if b.datum == dag]
            header = QTreeWidgetItem(self.tree, [self._dag_tekst(dag, len(op_dag))])
            header.setData(0, Qt.ItemDataRole.AccessibleTextRole, header.text(0))
            header.setFirstColumnSpanned(True)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            for bezoek in op_dag:
                item = QTreeWidgetItem(self.tree, self._kolommen(bezoek))
                item.setData(0, GEZIN_ROLE, bezoek.gezin_id)
                item.setToolTip(1, bezoek.plaats)
                first_visit = first_visit or item
        if first_visit is not None:
            self.tree.setCurrentItem(first_visit)

    def _dag_tekst(self, dag: date, aantal: int) -> str:
        naam = _DUTCH.toString(_qdate(dag), "dddd d MMMM")
        if dag == self.ctx.today():
            naam = self.tr("{dag} (vandaag)").format(dag=naam)
        if not aantal:
            return self.tr("{dag}: geen bezoeken gepland").format(dag=naam)
        if aantal == 1:
            return self.tr("{dag}: 1 bezoek").format(dag=naam)
        return self.tr("{dag}: {aantal} bezoeken").format(dag=naam, aantal=aantal)

    def _kolommen(self, bezoek: BezoekRegel) -> list[str]:
        tijd = f"{bezoek.tijd:%H:%M}" if bezoek.tijd else self.tr("tijd nog niet bekend")
        duur = (
            self.tr("{minuten} min").format(minuten=bezoek.duur_minuten)
            if bezoek.duur_minuten
            else ""
        )
        wie = ", ".join(part for part in (bezoek.setting_label, duur) if part)
        gezin = f"{bezoek.gezin} ({bezoek.plaats})" if bezoek.plaats else bezoek.gezin
        return [f"    {tijd}", gezin, bezoek.soort_label, wie]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        gezin_id = item.data(0, GEZIN_ROLE)
        if isinstance(gezin_id, uuid.UUID):
            self.ctx.events.open_gezin.emit(gezin_id)

    def _on_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy.hide()
        if isinstance(error, SamenLerenError):
            self.message.setText(error.message)
        else:
            where = describe(type(error), error, error.__traceback__)
            log.error("Loading the week failed: %s", where)
            self.message.setText(self.tr("De bezoeken konden niet worden geladen."))
        self.message.show()
