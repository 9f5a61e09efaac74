"""Erase a family at its request (right of erasure): the coordinator's confirmation dialog.

    dialog = EraseDialog(ctx, gezin_id, "Gezin Bakker", traject_id)
    dialog.erased.connect(...)      # the family is gone from the server and this laptop
    dialog.open()

The dialog says what happens and that it cannot be undone, offers to make the dossier first
(the right of access) and enables "Definitief wissen" only once the family's name is typed.
The erasure (`sync.erasure_client.erase_family`) runs on `ctx.runner`; the dialog shows that
it is busy, then the outcome. Esc and Enter both cancel (Annuleren is the default button).
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from samenleren_desktop.model.store.credentials import CredentialStore
from samenleren_desktop.sync.erasure_client import EraseOutcome, erase_family
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.errors import describe
from samenleren_desktop.ui.export_dialog import ExportDialog

log = logging.getLogger(__name__)
DOSSIER = "dossier"
"""The export that gives a family everything stored about it (right of access)."""

_ERASE_STYLE = """
QPushButton#eraseButton { background: #a51d2d; color: white; border-color: #6d0f1a;
    font-weight: bold; }
QPushButton#eraseButton:hover { background: #c01c28; }
QPushButton#eraseButton:disabled { background: #eceef1; color: #8a8f98; border-color: #c9ced6;
    font-weight: normal; }
"""


def same_name(typed: str, naam: str) -> bool:
    """Whether the typed text is the family's name (spaces and capitals do not matter)."""
    return " ".join(typed.split()).casefold() == " ".join(naam.split()).casefold() != ""


class EraseDialog(QDialog):
    """Confirm and carry out the erasure of one family.

    Attributes:
        credentials: where the device token is (None: the workspace's usual place).
        outcome: how the last attempt went (None before the first).

    Signals:
        erased: (gezin id) the family is erased.
    """

    erased = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        gezin_id: uuid.UUID,
        naam: str,
        traject_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Gezin wissen"))
        self.setMinimumWidth(560)
        self.setStyleSheet(_ERASE_STYLE)
        self._ctx = ctx
        self._gezin_id = gezin_id
        self._naam = naam
        self._traject_id = traject_id
        self._busy = False
        self.credentials: CredentialStore | None = None
        self.outcome: EraseOutcome | None = None
        self._make_controls()
        self._lay_out()
        self.resize(self.sizeHint().expandedTo(self.minimumSize()))
        self.name.setFocus()

    def _make_controls(self) -> None:
        self.heading = QLabel(self.tr("%1 definitief wissen?").replace("%1", self._naam))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.explanation = self._text(
            self.tr(
                "Alle gegevens van dit gezin worden gewist: de kinderen, het traject, de "
                "bezoeken, de vragenlijsten en alles wat verder over het gezin bewaard is. Dat "
                "gebeurt meteen op de server en op deze laptop, en op de laptops van de "
                "begeleiders zodra die synchroniseren."
            )
        )
        self.warning = self._text(self.tr("Dit kan niet ongedaan worden gemaakt."))
        self.warning.setStyleSheet("color: #7A1812; font-weight: bold;")
        self.export_hint = self._text(
            self.tr(
                "Wil het gezin eerst zien wat er over hen bewaard is? Maak dan eerst het "
                "dossier (PDF) en geef het aan het gezin."
            )
        )
        self.export_button = QPushButton(self.tr("Eerst &dossier maken (PDF)…"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(lambda _c=False: self.export_dossier())
        for widget in (self.export_hint, self.export_button):
            widget.setVisible(self._traject_id is not None)
        self.name_label = self._text(
            self.tr("&Typ de naam van het gezin om te bevestigen: %1").replace(
                "%1", self._naam.replace("&", "&&")
            )
        )
        self.name = QLineEdit()
        self.name.setMinimumHeight(36)
        self.name.setAccessibleName(self.tr("Naam van het gezin ter bevestiging"))
        self.name_label.setBuddy(self.name)
        self.name.textChanged.connect(self._on_name_changed)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: one request, nothing to count
        self.progress.setAccessibleName(self.tr("Bezig met wissen"))
        self.progress.hide()
        self.message = self._text("")
        self.message.setObjectName("eraseMessage")
        self.message.setAccessibleName(self.tr("Melding"))
        self.cancel = QPushButton(self.tr("&Annuleren"))
        self.cancel.setDefault(True)
        self.cancel.clicked.connect(self.reject)
        self.confirm = QPushButton(self.tr("Definitief &wissen"))
        self.confirm.setObjectName("eraseButton")
        self.confirm.setAutoDefault(False)
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self.start)

    def _text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setSpacing(10)
        for label in (self.heading, self.explanation, self.warning, self.export_hint):
            column.addWidget(label)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        column.addLayout(export_row)
        column.addSpacing(6)
        for part in (self.name_label, self.name, self.progress, self.message):
            column.addWidget(part)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.confirm)
        column.addLayout(buttons)
        self.setTabOrder(self.name, self.cancel)
        self.setTabOrder(self.cancel, self.confirm)

    @Slot(str)
    def _on_name_changed(self, typed: str) -> None:
        self.confirm.setEnabled(not self._busy and same_name(typed, self._naam))

    def export_dossier(self) -> ExportDialog | None:
        """Open the export with the dossier chosen, above this dialog."""
        if self._traject_id is None:
            return None
        dialog = ExportDialog(self._ctx, self._traject_id, self)
        dialog.document.setCurrentIndex(max(0, dialog.document.findData(DOSSIER)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def start(self) -> None:
        """Erase the family in the background (only once its name is typed)."""
        if self._busy or not same_name(self.name.text(), self._naam):
            return
        self._set_busy(True)
        workspace, gezin_id, credentials = self._ctx.workspace, self._gezin_id, self.credentials
        self._ctx.runner.run(
            lambda: erase_family(workspace, gezin_id, credentials), self._on_done, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for control in (self.name, self.cancel, self.export_button):
            control.setEnabled(not busy)
        self.confirm.setEnabled(not busy and same_name(self.name.text(), self._naam))
        if busy:
            self.message.setText(self.tr("Bezig met wissen op de server…"))

    def _on_done(self, outcome: EraseOutcome) -> None:
        self.outcome = outcome
        self._set_busy(False)
        self.message.setText(outcome.message)
        if not outcome.done:
            self.name.setFocus()
            return
        for control in (self.confirm, self.name, self.name_label, self.export_button):
            control.hide()
        self.export_hint.hide()
        self.cancel.setText(self.tr("&Sluiten"))
        self.cancel.setFocus()
        self._ctx.events.status_message.emit(outcome.message)
        self._ctx.changed(None)  # every list drops the family
        self.erased.emit(self._gezin_id)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        log.error("Erasing a family failed: %s", describe(type(error), error, error.__traceback__))
        self.message.setText(
            self.tr(
                "Er ging iets mis dat niet had mogen gebeuren. Het gezin is misschien niet "
                "gewist; kijk na de volgende synchronisatie of het er nog is."
            )
        )

    @override
    def reject(self) -> None:
        """Esc and Annuleren close the dialog, but not while the erasure runs."""
        if not self._busy:
            super().reject()
