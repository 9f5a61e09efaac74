"""The Logboek page's list: one row per audit entry, the codes in plain words.

    model = AuditTableModel(); model.set_regels(logboek.regels)

The trail holds family ids only; the row shows the family's name as this laptop knows it
(`LogboekRegel.gezin_naam`), or says the family is no longer on this laptop.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from samenleren_desktop.model.services.audit_logboek import LogboekRegel

ACTIE_NAMEN = {
    "create": QT_TRANSLATE_NOOP("AuditLogPage", "aangemaakt"),
    "update": QT_TRANSLATE_NOOP("AuditLogPage", "gewijzigd"),
    "delete": QT_TRANSLATE_NOOP("AuditLogPage", "verwijderd"),
    "read": QT_TRANSLATE_NOOP("AuditLogPage", "bekeken"),
    "export": QT_TRANSLATE_NOOP("AuditLogPage", "geëxporteerd"),
    "search": QT_TRANSLATE_NOOP("AuditLogPage", "gezocht"),
    "unlock": QT_TRANSLATE_NOOP("AuditLogPage", "ontgrendeld"),
    "purge": QT_TRANSLATE_NOOP("AuditLogPage", "van laptop gehaald"),
    "erase": QT_TRANSLATE_NOOP("AuditLogPage", "gewist"),
}
TABEL_NAMEN = {
    "gezin": QT_TRANSLATE_NOOP("AuditLogPage", "gezin"),
    "ouder": QT_TRANSLATE_NOOP("AuditLogPage", "ouder"),
    "kind": QT_TRANSLATE_NOOP("AuditLogPage", "kind"),
    "traject": QT_TRANSLATE_NOOP("AuditLogPage", "traject"),
    "traject_begeleider": QT_TRANSLATE_NOOP("AuditLogPage", "begeleider van traject"),
    "contactmoment": QT_TRANSLATE_NOOP("AuditLogPage", "bezoek"),
    "smiley_score": QT_TRANSLATE_NOOP("AuditLogPage", "smiley"),
    "vragenlijst_antwoord": QT_TRANSLATE_NOOP("AuditLogPage", "vragenlijst"),
    "toestemming": QT_TRANSLATE_NOOP("AuditLogPage", "toestemming"),
    "contraindicatie": QT_TRANSLATE_NOOP("AuditLogPage", "zorg"),
    "verwijzing": QT_TRANSLATE_NOOP("AuditLogPage", "verwijzing"),
    "plan_doel": QT_TRANSLATE_NOOP("AuditLogPage", "doel"),
    "activiteit_keuze": QT_TRANSLATE_NOOP("AuditLogPage", "activiteit"),
    "afsprakenkaart_item": QT_TRANSLATE_NOOP("AuditLogPage", "afsprakenkaart"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditLogPage", "logboek"),
}
LIST_NAME = QT_TRANSLATE_NOOP("AuditLogPage", "Regels van het logboek")
BROKEN_HERE = QT_TRANSLATE_NOOP("AuditLogPage", "Hier is de keten verbroken.")
BROKEN_BACKGROUND, BROKEN_TEXT = "#FDECEA", "#B3261E"
NOT_HERE = QT_TRANSLATE_NOOP("AuditLogPage", "niet op deze laptop ({0})")
HEADERS = (
    QT_TRANSLATE_NOOP("AuditLogPage", "Nr."),
    QT_TRANSLATE_NOOP("AuditLogPage", "Tijd"),
    QT_TRANSLATE_NOOP("AuditLogPage", "Gebruiker"),
    QT_TRANSLATE_NOOP("AuditLogPage", "Apparaat"),
    QT_TRANSLATE_NOOP("AuditLogPage", "Actie"),
    QT_TRANSLATE_NOOP("AuditLogPage", "Gezin"),
    QT_TRANSLATE_NOOP("AuditLogPage", "Onderdeel"),
    QT_TRANSLATE_NOOP("AuditLogPage", "Velden"),
)
GEZIN_COLUMN = HEADERS.index("Gezin")
FOUND_ONE = QT_TRANSLATE_NOOP("AuditLogPage", "1 gezin gevonden")
FOUND_MANY = QT_TRANSLATE_NOOP("AuditLogPage", "{0} gezinnen gevonden")
_FOUND = re.compile(r"resultaten=(\d+)")
"""A search entry's one field (`audit_search.results_field`): how many families were found."""


def tr(text: object) -> str:
    """`text` in the language of the Logboek page (QT_TRANSLATE_NOOP's result is an object)."""
    return QCoreApplication.translate("AuditLogPage", str(text))


def family_label(naam: str, gezin_id: str) -> str:
    """How a family is shown: its name here, or that it is not on this laptop (short id)."""
    if not gezin_id:
        return ""
    return naam or tr(NOT_HERE).format(gezin_id[:8])


def tabel_label(tabel: str) -> str:
    """A record kind in plain words (an unknown one with spaces for underscores)."""
    return tr(TABEL_NAMEN[tabel]) if tabel in TABEL_NAMEN else tabel.replace("_", " ")


def velden_label(actie: str, velden: str) -> str:
    """The fields of an entry as shown; a search says how many families it found."""
    found = _FOUND.fullmatch(velden) if actie == "search" else None
    if found is None:
        return velden
    count = int(found.group(1))
    return tr(FOUND_ONE) if count == 1 else tr(FOUND_MANY).format(count)


def logboek_table(model: AuditTableModel, parent: QWidget) -> QTableView:
    """The list: whole rows selected, one line per entry, Tab leaves it for the buttons."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(tr(LIST_NAME))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # one line per entry; the whole text is in the tooltip
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class AuditTableModel(QAbstractTableModel):
    """The entries as rows: nr, time, user, device, action, family, record kind, fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regels: list[LogboekRegel] = []
        self.broken_at: int | None = None

    def set_regels(self, regels: list[LogboekRegel], broken_at: int | None = None) -> None:
        """Show `regels`; the entry numbered `broken_at` (where the chain breaks) stands out."""
        self.beginResetModel()
        self.regels = regels
        self.broken_at = broken_at
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.regels)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        regel = self.regels[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._values(regel)[index.column()]
        broken = regel.volgnummer is not None and regel.volgnummer == self.broken_at
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._values(regel)[index.column()]
            if index.column() == GEZIN_COLUMN and regel.gezin_id:
                text = f"{text}\n{regel.gezin_id}"  # the whole id, to look a family up
            return f"{tr(BROKEN_HERE)}\n{text}" if broken else text
        if broken and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(BROKEN_BACKGROUND)
        if broken and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(BROKEN_TEXT)
        return None

    @staticmethod
    def _values(regel: LogboekRegel) -> tuple[str, ...]:
        return (
            "" if regel.volgnummer is None else str(regel.volgnummer),
            regel.tijd.strftime("%d-%m-%Y %H:%M:%S"),
            regel.gebruiker,
            regel.apparaat,
            tr(ACTIE_NAMEN.get(regel.actie, regel.actie)),
            family_label(regel.gezin_naam, regel.gezin_id),
            tabel_label(regel.tabel),
            velden_label(regel.actie, regel.velden),
        )
