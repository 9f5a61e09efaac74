"""The plain list of families: the first page of the shell until the caseload replaces it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget
from typing_extensions import override

from samenleren_desktop.model.services.overzicht import GezinRegel, gezin_regels
from samenleren_desktop.ui.context import AppContext

_HEADERS = (
    QT_TRANSLATE_NOOP("FamiliesModel", "Gezin"),
    QT_TRANSLATE_NOOP("FamiliesModel", "Plaats"),
    QT_TRANSLATE_NOOP("FamiliesModel", "Ouders"),
    QT_TRANSLATE_NOOP("FamiliesModel", "Kinderen"),
)
_ROOT = QModelIndex()


class FamiliesModel(QAbstractTableModel):
    """Rows of `GezinRegel`, read once from the workspace and cached."""

    def __init__(self, rows: list[GezinRegel]) -> None:
        super().__init__()
        self._rows = rows

    def row(self, number: int) -> GezinRegel:
        """The family on row `number`."""
        return self._rows[number]

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        return (row.naam, row.plaats, row.ouders, row.kinderen)[index.column()]

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("FamiliesModel", str(_HEADERS[section]))
        return None


class FamiliesPage(QWidget):
    """A plain table of the families; a stand-in until the caseload page is wired in.

    Enter or a double click on a family emits `ctx.events.open_gezin(gezin_id)`.

    Attributes:
        view: the table.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = QTableView()
        self.view.setObjectName("familiesView")
        self.view.setAccessibleName(self.tr("Gezinnen"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        ctx.events.data_changed.connect(self.reload)
        self.reload()

    @Slot(object)
    def reload(self, _gezin_id: object = None) -> None:
        """Read the families again (a quick read on the GUI thread)."""
        with self._ctx.session() as session:
            self.show_rows(gezin_regels(session))

    def show_rows(self, rows: list[GezinRegel]) -> None:
        """Show these families."""
        self.view.setModel(FamiliesModel(rows))
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        model = self.view.model()
        if isinstance(model, FamiliesModel) and index.isValid():
            self._ctx.events.open_gezin.emit(model.row(index.row()).id)
