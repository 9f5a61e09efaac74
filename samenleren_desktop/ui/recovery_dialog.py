"""A forgotten passphrase: the administrator gives the workspace a new one with the recovery key.

Opened from the unlock screen ("Wachtwoord vergeten?"), before the workspace is open. The
administrator picks the organisation's private recovery key file, types its own passphrase and
a new passphrase for the workspace, twice. The work (`recover_with_key`: read the key, unseal
the data key, prove it opens the database, wrap it under the new passphrase) runs on the
TaskRunner; every failure happens before anything is written (`model/store/recover.py`).
Passphrase fields are emptied as soon as they are read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.ui.errors import describe
from samenleren_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def sealed_key_id(folder: Path) -> str:
    """The id of the recovery key the workspace is sealed to; `NoRecoverySeal` without one."""
    from samenleren_desktop.model.store.recover import recoverable_key_file  # noqa: PLC0415

    seal = recoverable_key_file(folder).recovery
    assert seal is not None  # recoverable_key_file raises without one
    return seal.key_id


def recover_with_key(folder: Path, key_path: Path, key_passphrase: str, new: str) -> str:
    """Give the workspace in `folder` the passphrase `new`; return the recovery key id.

    Takes a second or two (the key's and the workspace's key derivation): run it on the
    TaskRunner. Raises the model's errors, each with a sentence for the user.
    """
    from samenleren_desktop.model.store import recovery  # noqa: PLC0415 - start-up speed
    from samenleren_desktop.model.store.recover import recover_workspace  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import check_new_passphrase  # noqa: PLC0415

    check_new_passphrase(new)  # before the slow key derivation
    private_key = recovery.load_private_key(key_path, key_passphrase)
    return recover_workspace(folder, private_key, new)


class RecoveryDialog(QDialog):
    """The administrator's form for a new passphrase.

    Attributes:
        key_path: the chosen private key file ("" until chosen).

    Signals:
        recovered: the workspace has the new passphrase; the old one no longer works.
    """

    recovered = Signal()

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Nieuw wachtwoord met de herstelsleutel"))
        self.setMinimumWidth(520)
        self._folder = folder
        self._runner = runner
        self.key_path = ""
        self._make_controls()
        self._lay_out()
        self._set_form_enabled(False)
        self.seal.setText(self.tr("Bezig met nakijken of de werkruimte verzegeld is…"))
        runner.run(lambda: sealed_key_id(folder), self._on_sealed, self._on_seal_failed)

    def _make_controls(self) -> None:
        self.intro = QLabel(
            self.tr(
                "<p>Dit is voor de beheerder van uw organisatie. Met de herstelsleutel van de "
                "organisatie krijgt de werkruimte een nieuw wachtwoord; er gaat niets verloren. "
                "Het oude wachtwoord werkt daarna niet meer.</p>"
                "<p>Nodig: het bestand met de privé-herstelsleutel en het wachtwoord daarvan.</p>"
            )
        )
        self.intro.setWordWrap(True)
        self.seal = QLabel()
        self.seal.setWordWrap(True)
        self.choose_key = QPushButton(self.tr("Herstelsleutel &kiezen…"))
        self.choose_key.setAccessibleName(self.tr("Bestand met de privé-herstelsleutel kiezen"))
        self.choose_key.clicked.connect(self._on_choose_key)
        self.key_label = QLabel(self.tr("Nog geen bestand gekozen"))
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_passphrase = self._field(self.tr("Wachtwoord van de herstelsleutel"))
        self.first = self._field(self.tr("Nieuw wachtwoord voor de werkruimte"))
        self.second = self._field(self.tr("Herhaal het nieuwe wachtwoord"))
        self.second.returnPressed.connect(self._on_submit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work has no steps to count
        self.progress.setAccessibleName(self.tr("Bezig"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.buttons = QDialogButtonBox()
        self.submit = self.buttons.addButton(
            self.tr("Nieuw wachtwoord &instellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.submit.clicked.connect(self._on_submit)
        self.close_button.clicked.connect(self.reject)

    def _field(self, label: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(label)
        field.setAccessibleName(label)
        field.setMinimumHeight(36)
        return field

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(self.intro)
        column.addWidget(self.seal)
        row = QHBoxLayout()
        row.addWidget(self.choose_key)
        row.addWidget(self.key_label, 1)
        column.addLayout(row)
        for field in (self.key_passphrase, self.first, self.second):
            column.addWidget(field)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        column.addStretch(1)
        column.addWidget(self.buttons)

    def _set_form_enabled(self, enabled: bool) -> None:
        for control in (self.choose_key, self.key_passphrase, self.first, self.second):
            control.setEnabled(enabled)
        self.submit.setEnabled(enabled)

    def ask_key_file(self) -> str:
        """Ask for the private key file (a separate method, so tests can answer for it)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Privé-herstelsleutel"),
            self.key_path or str(Path.home()),
            self.tr("Herstelsleutel (*.pem);;Alle bestanden (*)"),
        )
        return chosen

    def set_key_file(self, path: str) -> None:
        """Use `path` as the private key file."""
        self.key_path = path
        self.key_label.setText(path or self.tr("Nog geen bestand gekozen"))

    @Slot()
    def _on_choose_key(self) -> None:
        chosen = self.ask_key_file()
        if chosen:
            self.set_key_file(chosen)

    def _on_sealed(self, key_id: str) -> None:
        self.seal.setText(
            self.tr("Deze werkruimte is verzegeld voor de herstelsleutel {sleutel}…").format(
                sleutel=key_id[:16]
            )
        )
        self._set_form_enabled(True)
        self.choose_key.setFocus()

    def _on_seal_failed(self, error: BaseException) -> None:
        self.seal.setText(self._plain(error))

    @Slot()
    def _on_submit(self) -> None:
        if not self.submit.isEnabled():
            return
        problem = self._problem()
        if problem:
            self.message.setText(problem)
            return
        key_path, key_passphrase = Path(self.key_path), self.key_passphrase.text()
        new = self.first.text()
        for field in (self.key_passphrase, self.first, self.second):
            field.clear()
        self._set_busy(True)
        folder = self._folder
        self._runner.run(
            lambda: recover_with_key(folder, key_path, key_passphrase, new),
            self._on_recovered,
            self._on_failed,
        )

    def _problem(self) -> str:
        """What is missing in the form, or ""."""
        if not self.key_path:
            return self.tr("Kies eerst het bestand met de privé-herstelsleutel.")
        if not self.key_passphrase.text():
            return self.tr("Typ het wachtwoord van de herstelsleutel.")
        if self.first.text() != self.second.text():
            return self.tr("De twee nieuwe wachtwoorden zijn niet gelijk.")
        return ""

    def _set_busy(self, busy: bool) -> None:
        self._set_form_enabled(not busy)
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.message.setText(
                self.tr("Bezig: de sleutel wordt gecontroleerd en het nieuwe wachtwoord ingesteld…")
            )

    def _on_recovered(self, _key_id: str) -> None:
        self._set_busy(False)
        self.message.setText(
            self.tr("De werkruimte heeft een nieuw wachtwoord. Het oude werkt niet meer.")
        )
        self.recovered.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(self._plain(error))
        self.key_passphrase.setFocus()

    def _plain(self, error: BaseException) -> str:
        if isinstance(error, SamenLerenError):
            return error.message
        log.error(
            "Unexpected error in recovery: %s", describe(type(error), error, error.__traceback__)
        )
        return self.tr(
            "Er ging iets mis dat niet had mogen gebeuren. Er is niets veranderd; "
            "probeer het opnieuw."
        )
