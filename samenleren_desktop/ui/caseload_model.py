"""The caseload as a Qt table model, and the filter (search as you type, phase, overdue, week).

The model caches the `CaseloadRegel` rows; `data()` never touches the database. Filter and sort
are plain Python passes over the cached rows. It also tells when a search is finished, for the
audit trail (`searched`; which searches count is `model.services.audit_search.SearchLog`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from samenleren_desktop.model.services.audit_search import PAUSE_MS, SearchLog
from samenleren_desktop.model.services.caseload import CaseloadRegel, fase_waarde

_ROOT = QModelIndex()
REGEL_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the row's `CaseloadRegel`."""

COLUMNS = ("gezin", "kinderen", "plaats", "fase", "stap", "termijn", "signalen", "contact", "uren")
(GEZIN, KINDEREN, PLAATS, FASE, STAP, TERMIJN, SIGNALEN, CONTACT, UREN) = range(len(COLUMNS))


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseloadModel", text)


def _headers() -> tuple[str, ...]:
    return (
        _t("Gezin"),
        _t("Kinderen"),
        _t("Plaats"),
        _t("Fase"),
        _t("Volgende stap"),
        _t("Uiterlijk"),
        _t("Signalen"),
        _t("Laatste contact"),
        _t("Uren (norm 50)"),
    )


def datum_tekst(dag: date | None) -> str:
    """A date as the coach writes it: 02-11-2026 (empty when unknown)."""
    return f"{dag:%d-%m-%Y}" if dag else ""


def termijn_tekst(regel: CaseloadRegel) -> str:
    """The due date in words, saying "te laat" so it never relies on colour."""
    if regel.uiterste_datum is None:
        return ""
    text = datum_tekst(regel.uiterste_datum)
    if regel.termijn_label and regel.termijn_label != regel.stap_label:
        text = f"{text} ({regel.termijn_label})"
    if regel.te_laat:
        return _t("Te laat: {datum}").format(datum=text)
    return text


def stap_tekst(regel: CaseloadRegel) -> str:
    """The next step, with the day its visit is planned when it is."""
    if regel.stap_label and regel.gepland_op:
        gepland = _t("gepland {datum}").format(datum=f"{regel.gepland_op:%d-%m}")
        return f"{regel.stap_label} ({gepland})"
    return regel.stap_label or "—"


def _display(regel: CaseloadRegel, column: int) -> str:
    if column == STAP:
        return stap_tekst(regel)
    if column == TERMIJN:
        return termijn_tekst(regel) or ("—" if not regel.te_laat else _t("Te laat"))
    if column == SIGNALEN:
        return str(regel.waarschuwingen) if regel.waarschuwingen else ""
    if column == CONTACT:
        return datum_tekst(regel.laatste_contact)
    if column == UREN:
        uren = f"{regel.uren:.1f}".replace(".", ",")
        return "" if regel.traject_id is None else f"{uren} / {regel.norm_uren}"
    return (regel.gezin, regel.kinderen, regel.plaats, regel.fase_label)[column]


def _sort_key(regel: CaseloadRegel, column: int) -> Any:
    if column == TERMIJN:
        return regel.uiterste_datum.isoformat() if regel.uiterste_datum else "9999"
    if column == CONTACT:
        return regel.laatste_contact.isoformat() if regel.laatste_contact else ""
    if column == SIGNALEN:
        return regel.waarschuwingen
    if column == UREN:
        return regel.uren
    if column == STAP:
        return regel.stap.volgnummer if regel.stap else 99
    return _display(regel, column).casefold()


class CaseloadModel(QAbstractTableModel):
    """The caseload table: every `CaseloadRegel` cached, the matching ones shown, sorted.

    Filtering and sorting run in Python over the cached rows (a millisecond or two for 2,000
    families) and the view is reset, which is far cheaper than letting a proxy model ask
    `data()` for every row on every keystroke.

    Attributes:
        alle: every row, sorted.
        rows: the rows that pass the filter, in the order shown.
        zoek, fase, te_laat, actie: the filter (all must hold).
        gezinnen_getoond: how many different families are shown.

    Signals:
        searched: a search is finished (its text rested for `PAUSE_MS`, or `finish_search`),
            with the number of families it shows; the text itself is not passed on.
    """

    searched = Signal(int)

    def __init__(self, parent: Any = None, search_pause_ms: int = PAUSE_MS) -> None:
        super().__init__(parent)
        self._searches = SearchLog()
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(search_pause_ms)
        self._rest.timeout.connect(self._search_rested)
        self.alle: list[CaseloadRegel] = []
        self.rows: list[CaseloadRegel] = []
        self.zoek = ""
        self.fase = ""
        self.te_laat = False
        self.actie = False
        self.gezinnen_getoond = 0
        self._totaal = 0
        self._sort = (GEZIN, Qt.SortOrder.AscendingOrder)
        self._headers = _headers()
        self._icon: QIcon | None = None

    def set_rows(self, rows: list[CaseloadRegel]) -> None:
        """Show new rows (after loading or reloading), with the current filter and order."""
        self.alle = rows
        self._totaal = len({regel.gezin_id for regel in rows})
        self._order()
        self.refilter()

    def set_filter(
        self,
        zoek: str | None = None,
        fase: str | None = None,
        te_laat: bool | None = None,
        actie: bool | None = None,
    ) -> None:
        """Change one or more filters and apply them at once."""
        narrower = zoek is not None and zoek.startswith(self.zoek)
        narrower = narrower and fase is None and te_laat is None and actie is None
        if zoek is not None:
            self.zoek = zoek
            self._searches.typed(zoek)
            self._rest.start()
        if fase is not None:
            self.fase = fase
        if te_laat is not None:
            self.te_laat = te_laat
        if actie is not None:
            self.actie = actie
        self.refilter(narrower)

    def refilter(self, narrower: bool = False) -> None:
        """Decide again which rows match and show them.

        Args:
            narrower: only the search text grew, so only the rows shown now can still match.
        """
        words = self.zoek.casefold().split()
        candidates = self.rows if narrower else self.alle
        shown = [regel for regel in candidates if self._matches(regel, words)]
        self.beginResetModel()
        self.rows = shown
        self.gezinnen_getoond = len({regel.gezin_id for regel in shown})
        self.endResetModel()

    def finish_search(self) -> None:
        """The coach acts on the results (opens a family) or leaves: a pending search counts."""
        self._rest.stop()
        if self._searches.finish():
            self.searched.emit(self.gezinnen_getoond)

    def _search_rested(self) -> None:
        if self._searches.rested():
            self.searched.emit(self.gezinnen_getoond)

    def _matches(self, regel: CaseloadRegel, words: list[str]) -> bool:
        if self.te_laat and not regel.te_laat:
            return False
        if self.actie and not regel.actie_deze_week:
            return False
        if self.fase and fase_waarde(regel) != self.fase:
            return False
        return all(word in regel.zoektekst for word in words)

    def gezinnen_totaal(self) -> int:
        """How many families the caseload holds, whatever the filter."""
        return self._totaal

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._order()
        self.refilter()

    def _order(self) -> None:
        column, order = self._sort
        self.alle = sorted(
            self.alle,
            key=lambda regel: (_sort_key(regel, column), regel.gezin.casefold()),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        regel = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(regel, column)
        if role == REGEL_ROLE:
            return regel
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(regel, column)
        warn = role == Qt.ItemDataRole.DecorationRole and column == TERMIJN and regel.te_laat
        return self._warning_icon() if warn else None

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon

    def _tooltip(self, regel: CaseloadRegel, column: int) -> str | None:
        if column == GEZIN:
            return _t("Ouders: {ouders}").format(ouders=regel.ouders or "—")
        if column in (STAP, TERMIJN, KINDEREN):
            return _display(regel, column) or None
        if column == UREN and regel.begeleiders:
            return _t("Begeleider: {namen}").format(namen=regel.begeleiders)
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
