"""The unlock screen: the passphrase opens the workspace; a wrong one says so plainly."""

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
        "Wat al gesynchroniseerd is, staat veilig op de server; de beheerder helpt u met een "
        "nieuwe werkruimte.",
    )
)


class UnlockPage(QWidget):
    """Asks for the passphrase of one workspace.

    Signals:
        unlock_requested: (passphrase) the coach pressed Enter or the button.
    """

    unlock_requested = Signal(str)

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
        widgets = [title, place, self.passphrase, self.button, self.message, self.forgot]
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

    @Slot()
    def _on_forgot(self) -> None:
        self.message.setText(self.tr(FORGOT_TEXT))
