"""First start: choose a passphrase and make the encrypted workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from samenleren_desktop.ui.layout import centered_column


class CreatePage(QWidget):
    """Asks for a new passphrase, twice.

    Signals:
        create_requested: (passphrase) both fields agree and are long enough.
    """

    create_requested = Signal(str)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from samenleren_desktop.model.store.workspace import (  # noqa: PLC0415 - first start only
            MIN_PASSPHRASE_LENGTH,
        )

        self.setObjectName("createPage")
        intro = QLabel(
            self.tr(
                "<h1>Welkom bij Samen Leren</h1>"
                "<p>Er wordt een versleutelde werkruimte gemaakt in<br>{map}</p>"
                "<p>Kies een wachtwoord van minstens {lengte} tekens. "
                "Een zin van een paar woorden is makkelijk te onthouden.</p>"
            ).format(map=folder, lengte=MIN_PASSPHRASE_LENGTH)
        )
        intro.setWordWrap(True)
        self.first = self._field(self.tr("Nieuw wachtwoord"))
        self.second = self._field(self.tr("Herhaal het wachtwoord"))
        self.button = QPushButton(self.tr("Werkruimte &maken"))
        self.button.setAccessibleName(self.tr("Werkruimte maken"))
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self._on_submit)
        self.second.returnPressed.connect(self._on_submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        centered_column(self, (intro, self.first, self.second, self.button, self.message))

    def _field(self, label: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(label)
        field.setAccessibleName(label)
        field.setMinimumHeight(40)
        return field

    def show_error(self, text: str) -> None:
        """Show a plain message and let the coach try again."""
        self.button.setEnabled(True)
        self.message.setText(text)

    @Slot()
    def _on_submit(self) -> None:
        if self.first.text() != self.second.text():
            self.show_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Bezig met maken…"))
        self.create_requested.emit(self.first.text())
