"""The list of families in the workspace (the caseload grows here in the GUI issue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from samenleren_desktop.model.services.overzicht import GezinRegel

_HEADERS = ("Gezin", "Plaats", "Ouders", "Kinderen")
_ROOT = QModelIndex()


class FamiliesModel(QAbstractTableModel):
    """Rows of `GezinRegel`, read once from the workspace and cached."""

    def __init__(self, rows: list[GezinRegel]) -> None:
        super().__init__()
        self._rows = rows

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
            return _HEADERS[section]
        return None
