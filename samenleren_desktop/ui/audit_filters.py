"""The Logboek page's filters: period (or own dates), family by name, action and user.

    bar = LogboekFilterBar(today=ctx.today); bar.changed.connect(reload)
    bar.current_filter()   # a LogboekFilter, or a ValidationError for reversed dates

The family and user lists come from the trail itself (`fill`), keeping what was chosen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QWidget

from samenleren_desktop.model.services.audit_logboek import ACTIES, Logboek, LogboekFilter
from samenleren_desktop.ui.audit_table import ACTIE_NAMEN, family_label, tr

BUTTON_HEIGHT = 40
OWN = "zelf"
PERIODES = (
    ("alles", QT_TRANSLATE_NOOP("AuditLogPage", "Alles"), None),
    ("vandaag", QT_TRANSLATE_NOOP("AuditLogPage", "Vandaag"), 0),
    ("week", QT_TRANSLATE_NOOP("AuditLogPage", "Afgelopen 7 dagen"), 6),
    ("maand", QT_TRANSLATE_NOOP("AuditLogPage", "Afgelopen 30 dagen"), 29),
    (OWN, QT_TRANSLATE_NOOP("AuditLogPage", "Zelf kiezen"), None),
)


class LogboekFilterBar(QWidget):
    """Two rows of filters, each with a label and an Alt key.

    Signals:
        changed: a filter was changed by the user.
    """

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.periode = self._combo(self.tr("Periode"), [(k, tr(t)) for k, t, _ in PERIODES])
        self.van = self._date(today() - timedelta(days=29), self.tr("Van"))
        self.tot = self._date(today(), self.tr("Tot en met"))
        self.gezin = self._combo(self.tr("Gezin"), [("", self.tr("Alle gezinnen"))])
        acties = [(a, tr(ACTIE_NAMEN[a])) for a in ACTIES]
        self.actie = self._combo(self.tr("Actie"), [("", self.tr("Alle acties")), *acties])
        self.gebruiker = self._combo(self.tr("Gebruiker"), [("", self.tr("Iedereen"))])
        self.periode.currentIndexChanged.connect(lambda _i: self._show_dates())
        self._lay_out()
        self._show_dates()

    def _lay_out(self) -> None:
        # The own dates get a row of their own under the period: beside it they made the
        # filters 1,300 px wide at 200 %.
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        self.date_labels = [
            QLabel(self.tr("&Van:"), self),
            QLabel(self.tr("&Tot en met:"), self),
        ]
        for label, edit in zip(self.date_labels, (self.van, self.tot), strict=True):
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit)
        dates.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        place = {0: (0, 0), 1: (0, 1), 2: (2, 0), 3: (2, 1)}  # index: (row, column)
        for index, (text, widget) in enumerate(
            (
                (self.tr("&Periode:"), self.periode),
                (self.tr("Ge&zin:"), self.gezin),
                (self.tr("&Actie:"), self.actie),
                (self.tr("&Gebruiker:"), self.gebruiker),
            )
        ):
            row, column = place[index]
            grid.addWidget(self._label(text, widget), row, 2 * column)
            grid.addWidget(widget, row, 2 * column + 1, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(dates, 1, 1, 1, 3)
        grid.setColumnStretch(4, 1)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setMinimumHeight(BUTTON_HEIGHT)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for data, text in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _date(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(BUTTON_HEIGHT)
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def _show_dates(self) -> None:
        own = self.periode.currentData() == OWN
        for widget in (*self.date_labels, self.van, self.tot):
            widget.setVisible(own)

    def current_filter(self) -> LogboekFilter:
        """The filter the controls describe (the presets count back from today); a
        ValidationError when the own dates are reversed."""
        key = self.periode.currentData()
        if key == OWN:
            van: date | None = _pydate(self.van.date())
            tot: date | None = _pydate(self.tot.date())
        else:
            days = {k: d for k, _t, d in PERIODES}.get(key)
            tot = None if days is None else self.today()
            van = None if tot is None or days is None else tot - timedelta(days=days)
        gezin = self.gezin.currentData()
        filter_ = LogboekFilter(
            van=van,
            tot=tot,
            gebruiker=self.gebruiker.currentData() or None,
            actie=self.actie.currentData() or None,
            gezin_id=uuid.UUID(gezin) if gezin else None,
        )
        filter_.check()
        return filter_

    def fill(self, logboek: Logboek) -> None:
        """Offer every family (by name) and user of the trail, keeping what was chosen."""
        families = [(str(g.id), family_label(g.naam, str(g.id))) for g in logboek.gezinnen]
        kept = _refill(self.gezin, families)
        kept &= _refill(self.gebruiker, [(name, name) for name in logboek.gebruikers])
        if not kept:
            self.changed.emit()  # the chosen family or user is gone: the list follows "all"


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> bool:
    """Replace all but the first item ("all"), keeping the chosen one if it is still there
    (whether it was); no `currentIndexChanged`."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    return index >= 0


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
