"""The contactmomenten of one traject: a list with buttons to plan, record and cancel.

The dialogs write through the services and call `ctx.changed(gezin_id)`; the traject view
then reloads and hands the new list back with `set_contacten`.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from samenleren_desktop.model.entities import Contactmoment
from samenleren_desktop.model.entities.keuzes import ContactStatus
from samenleren_desktop.model.rules import ContactSoort
from samenleren_desktop.model.services import contacten
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.visit_dialog import (
    MIN_BUTTON_HEIGHT,
    ReasonDialog,
    VisitDialog,
    VisitMode,
)

_ROOT = QModelIndex()
_COLUMNS = (
    QT_TRANSLATE_NOOP("ContactenModel", "Datum"),
    QT_TRANSLATE_NOOP("ContactenModel", "Tijd"),
    QT_TRANSLATE_NOOP("ContactenModel", "Soort"),
    QT_TRANSLATE_NOOP("ContactenModel", "Status"),
    QT_TRANSLATE_NOOP("ContactenModel", "Duur"),
    QT_TRANSLATE_NOOP("ContactenModel", "Reistijd"),
    QT_TRANSLATE_NOOP("ContactenModel", "Waar"),
    QT_TRANSLATE_NOOP("ContactenModel", "Aanwezig"),
)


def _soort_label(value: str) -> str:
    try:
        return ContactSoort(value).label
    except ValueError:
        return value


class ContactenModel(QAbstractTableModel):
    """Rows of contactmomenten, oldest first."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Contactmoment] = []

    def set_rows(self, rows: list[Contactmoment]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def contact(self, row: int) -> Contactmoment:
        """The contact in a row."""
        return self._rows[row]

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(contact)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = contact.reden_annulering or contact.notities
            return extra or None
        if role == Qt.ItemDataRole.ForegroundRole and contact.status == ContactStatus.GEANNULEERD:
            return Qt.GlobalColor.darkGray
        return None

    @staticmethod
    def _cells(c: Contactmoment) -> tuple[str, ...]:
        status = contacten.STATUS_LABELS.get(c.status, c.status)
        if c.status == ContactStatus.GEANNULEERD and c.reden_annulering:
            status = f"{status}: {c.reden_annulering}"
        return (
            f"{c.datum:%d-%m-%Y}",
            f"{c.tijd:%H:%M}" if c.tijd else "",
            _soort_label(c.soort),
            status,
            f"{c.duur_minuten} min" if c.duur_minuten else "",
            f"{c.reistijd_minuten} min" if c.reistijd_minuten else "",
            contacten.SETTING_LABELS.get(c.setting, c.setting),
            c.aanwezigen,
        )

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ContactenModel", str(_COLUMNS[section]))
        return None


class VisitsList(QWidget):
    """The contacts of a traject with "Plannen", "Vastleggen" and "Annuleren"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._traject_id: uuid.UUID | None = None
        self._gezin_id: uuid.UUID | None = None
        self.model = ContactenModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contactmomenten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.record_visit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.plan_button = self._button(self.tr("Pla&nnen…"), self.tr("Huisbezoek plannen"))
        self.record_button = self._button(self.tr("Vast&leggen…"), self.tr("Huisbezoek vastleggen"))
        self.cancel_button = self._button(
            self.tr("&Annuleren…"), self.tr("Gepland contact annuleren")
        )
        self.plan_button.setToolTip(self.tr("Huisbezoek plannen (Ctrl+B)"))
        self.record_button.setToolTip(self.tr("Huisbezoek vastleggen (Ctrl+R)"))
        self.plan_button.clicked.connect(lambda _checked=False: self.plan_visit())
        self.record_button.clicked.connect(lambda _checked=False: self.record_visit())
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel_selected())
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.record_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setMinimumHeight(MIN_BUTTON_HEIGHT)
        return button

    def set_contacten(
        self, traject_id: uuid.UUID, gezin_id: uuid.UUID, rows: list[Contactmoment]
    ) -> None:
        """Show the contacts of a traject; the selection stays on the same contact."""
        keep = self.selected_contact()
        self._traject_id, self._gezin_id = traject_id, gezin_id
        self.model.set_rows(rows)
        if keep is not None:
            self.select_contact(keep.id)
        self._update_buttons()

    def select_contact(self, contact_id: uuid.UUID) -> None:
        """Select the row of a contact."""
        for row in range(self.model.rowCount()):
            if self.model.contact(row).id == contact_id:
                self.table.selectRow(row)

    def selected_contact(self) -> Contactmoment | None:
        """The contact of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.contact(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        loaded = self._traject_id is not None
        selected = self.selected_contact()
        planned = selected is not None and selected.status == ContactStatus.GEPLAND
        self.plan_button.setEnabled(loaded)
        self.record_button.setEnabled(loaded)
        self.cancel_button.setEnabled(planned)

    # --- actions ----------------------------------------------------------------------------

    def _dialog(
        self, mode: VisitMode, soort: str | None, contact: Contactmoment | None
    ) -> VisitDialog | None:
        if self._traject_id is None or self._gezin_id is None:
            return None
        dialog = VisitDialog(
            self._ctx, self._traject_id, self._gezin_id, mode, soort, contact, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def plan_visit(self, soort: str | None = None) -> VisitDialog | None:
        """Open the dialog to plan a new contact (of this kind)."""
        return self._dialog(VisitMode.PLAN, soort, None)

    def record_visit(self, soort: str | None = None) -> VisitDialog | None:
        """Record the selected planned contact as held, or else a new held contact."""
        selected = self.selected_contact()
        if (
            selected is not None
            and selected.status == ContactStatus.GEPLAND
            and soort in (None, selected.soort)
        ):
            return self._dialog(VisitMode.HOLD, None, selected)
        planned = self._first_planned(soort)
        if planned is not None:
            return self._dialog(VisitMode.HOLD, None, planned)
        return self._dialog(VisitMode.RECORD, soort, None)

    def _first_planned(self, soort: str | None) -> Contactmoment | None:
        if soort is None:
            return None
        for row in range(self.model.rowCount()):
            contact = self.model.contact(row)
            if contact.status == ContactStatus.GEPLAND and contact.soort == soort:
                return contact
        return None

    def cancel_selected(self) -> ReasonDialog | None:
        """Ask why the selected planned contact does not go ahead, then cancel it."""
        contact = self.selected_contact()
        if contact is None or contact.status != ContactStatus.GEPLAND:
            return None
        gezin_id = contact.gezin_id

        def cancel(reden: str) -> None:
            with self._ctx.changes() as changes:
                contacten.annuleren(changes, contact.id, reden)
            self._ctx.changed(gezin_id)

        dialog = ReasonDialog(
            self.tr("Contact annuleren"),
            self.tr("Waarom gaat dit contact niet door?"),
            cancel,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
