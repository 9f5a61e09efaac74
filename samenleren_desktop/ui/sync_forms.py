"""Parts of the sync page: the linking form and the account summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from samenleren_desktop.ui.sync_page import PageState


class EnrolForm(QWidget):
    """Server address, user name and password, and "Koppelen".

    Signals:
        submitted: (server address, gebruikersnaam, wachtwoord) as typed.
    """

    submitted = Signal(str, str, str)

    def __init__(
        self, server_url: str = "", server_locked: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Koppel deze laptop aan de server van uw organisatie. Daarna synchroniseert "
                "het programma vanzelf als er verbinding is; zonder verbinding werkt u gewoon "
                "door."
            )
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://sync.voorbeeld.nl")
        self.server.setAccessibleName(self.tr("Serveradres"))
        self.server.setReadOnly(server_locked)
        if server_locked:
            self.server.setToolTip(self.tr("Vastgezet door de beheerder"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        self.password.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("&Koppelen"))
        self.button.setAccessibleName(self.tr("Koppelen"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("enrolError")
        self.error.setStyleSheet("color: #a51d2d;")
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Serveradres"), self.server)
        form.addRow(self.tr("&Gebruikersnaam"), self.username)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        for field in (self.server, self.username, self.password):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)  # readable lines

    def _submit(self) -> None:
        if self.button.isEnabled():
            self.submitted.emit(
                self.server.text().strip(), self.username.text().strip(), self.password.text()
            )

    def show_error(self, message: str) -> None:
        """Show a problem in Dutch under the form (empty: hide it)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        """While linking: the button says so and cannot be pressed twice."""
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Bezig met koppelen…") if busy else self.tr("&Koppelen"))


class AccountBox(QGroupBox):
    """The linked account: server, user and role, organisation, last sync, waiting changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gekoppeld"), parent)
        self.server = QLabel()
        self.user = QLabel()
        self.organisation = QLabel()
        self.last_synced = QLabel()
        self.waiting = QLabel()
        self.revoked = QLabel(
            self.tr("Deze laptop heeft geen toegang meer tot de server. Koppel hem opnieuw.")
        )
        self.revoked.setWordWrap(True)
        self.revoked.hide()
        self.relink = QPushButton(self.tr("&Opnieuw koppelen"))
        self.relink.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Gebruiker"), self.user)
        form.addRow(self.tr("Organisatie"), self.organisation)
        form.addRow(self.tr("Laatst gesynchroniseerd"), self.last_synced)
        form.addRow(self.tr("Wachtende wijzigingen"), self.waiting)
        form.addRow(self.revoked)
        form.addRow(self.relink)
        for label in (self.server, self.user, self.organisation, self.last_synced, self.waiting):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _role(self, rol: str) -> str:
        names = {
            "begeleider": self.tr("begeleider"),
            "coordinator": self.tr("coördinator"),
            "admin": self.tr("beheerder"),
        }
        return names.get(rol, rol)

    def show_state(self, state: PageState, revoked: bool) -> None:
        """Fill in the linked account."""
        self.server.setText(state.server_url)
        role = self._role(state.rol)
        self.user.setText(f"{state.gebruiker} ({role})" if role else state.gebruiker)
        self.organisation.setText(state.organisatie)
        self.last_synced.setText(state.last_synced or self.tr("nog niet"))
        if state.waiting:
            self.waiting.setText(
                self.tr("{n} wijziging(en) wachten op verzending").format(n=state.waiting)
            )
        else:
            self.waiting.setText(self.tr("geen: alles is verstuurd"))
        self.revoked.setVisible(revoked)
        self.relink.setVisible(revoked)
