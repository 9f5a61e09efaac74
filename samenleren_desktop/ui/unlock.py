"""The unlock screen: the passphrase opens the workspace; a wrong one says so plainly.

"Wachtwoord vergeten?" explains what to do and shows the administrator's way in: a new
passphrase with the organisation's recovery key (`ui/recovery_dialog.py`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from samenleren_desktop.ui.layout import centered_column

FORGOT_TEXT = str(
    QT_TRANSLATE_NOOP(
        "UnlockPage",
        "Uw wachtwoord kan niet worden teruggehaald: alleen u kent het, en zonder wachtwoord "
        "blijven de gegevens versleuteld. Neem contact op met de beheerder van uw organisatie. "
        "Is de werkruimte verzegeld voor de herstelsleutel van de organisatie, dan geeft de "
        "beheerder haar op dit beginscherm een nieuw wachtwoord en gaat er niets verloren. "
        "Anders staat wat al gesynchroniseerd is veilig op de server; de beheerder helpt u "
        "dan met een nieuwe werkruimte.",
    )
)


class UnlockPage(QWidget):
    """Asks for the passphrase of one workspace.

    Signals:
        unlock_requested: (passphrase) the coach pressed Enter or the button.
        recovery_requested: the administrator wants to set a new passphrase.
    """

    unlock_requested = Signal(str)
    recovery_requested = Signal()

    def __init__(self, folder: Path, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        title = QLabel(self.tr("<h1>Samen Leren</h1>"))
        title.setWordWrap(True)
        place = QLabel(self.tr("Werkruimte: {map}").format(map=folder))
        place.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Wachtwoord"))
        self.passphrase.setAccessibleName(self.tr("Wachtwoord"))
        self.passphrase.setMinimumHeight(40)
        self.passphrase.returnPressed.connect(self._on_submit)
        self.button = QPushButton(self.tr("&Ontgrendelen"))
        self.button.setDefault(True)
        self.button.setAccessibleName(self.tr("Ontgrendelen"))
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self._on_submit)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.forgot = QPushButton(self.tr("Wachtwoord &vergeten?"))
        self.forgot.setFlat(True)
        self.forgot.setAccessibleName(self.tr("Wachtwoord vergeten?"))
        self.forgot.setMinimumHeight(36)
        self.forgot.clicked.connect(self._on_forgot)
        self.recover = QPushButton(self.tr("Nieuw wachtwoord met de &herstelsleutel…"))
        self.recover.setAccessibleName(self.tr("Nieuw wachtwoord met de herstelsleutel"))
        self.recover.setMinimumHeight(36)
        self.recover.clicked.connect(self.recovery_requested)
        self.recover.hide()
        widgets = [title, place, self.passphrase, self.button, self.message, self.forgot]
        widgets.append(self.recover)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            widgets.insert(2, hint_label)
        centered_column(self, widgets)

    def set_busy(self, busy: bool) -> None:
        """Show that the passphrase is being checked (takes about half a second)."""
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Bezig met ontgrendelen…"))

    def show_error(self, text: str) -> None:
        """Show a plain message and let the coach try again."""
        self.set_busy(False)
        self.message.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        if self.passphrase.text():
            passphrase = self.passphrase.text()
            self.passphrase.clear()  # not kept on the screen longer than needed
            self.set_busy(True)
            self.unlock_requested.emit(passphrase)

    def show_recovered(self) -> None:
        """Say that the workspace has a new passphrase, and ask for it."""
        self.recover.hide()
        self.message.setText(
            self.tr(
                "De werkruimte heeft een nieuw wachtwoord. Het oude werkt niet meer. "
                "Typ het nieuwe wachtwoord om de werkruimte te openen."
            )
        )
        self.passphrase.setFocus()

    @Slot()
    def _on_forgot(self) -> None:
        self.message.setText(self.tr(FORGOT_TEXT))
        self.recover.show()
