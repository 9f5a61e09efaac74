"""The lock screen laid over the open window: a passphrase field and nothing personal.

The main window hides its pages (they are kept, with whatever the coach was typing) and shows
this overlay on top. The passphrase is checked against the workspace key file off the GUI
thread (`verify_passphrase`), then the window returns to exactly the same screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from shiboken6 import isValid

from samenleren_desktop.ui.layout import centered_column
from samenleren_desktop.ui.unlock import FORGOT_TEXT


def verify_passphrase(folder: Path, passphrase: str) -> None:
    """Raise `WrongPassphrase` unless `passphrase` unwraps the workspace's key file.

    Takes about half a second (Argon2id): run it through the TaskRunner, not on the GUI thread.
    """
    from samenleren_desktop.model.store import keyfile  # noqa: PLC0415 - start-up speed
    from samenleren_desktop.model.store.workspace import KEY_NAME  # noqa: PLC0415

    keyfile.read_key_file(folder / KEY_NAME).unwrap(passphrase)


class LockOverlay(QWidget):
    """Covers the whole window while it is locked.

    Signals:
        unlock_requested: (passphrase) the coach pressed Enter or the button.
    """

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = QLabel(self.tr("<h1>Samen Leren is vergrendeld</h1>"))
        title.setAccessibleName(self.tr("Samen Leren is vergrendeld"))
        title.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Het scherm is op slot gegaan zodat niemand anders de gegevens kan zien. "
                "Wat u aan het doen was, staat nog klaar. Typ uw wachtwoord om verder te gaan."
            )
        )
        explain.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Wachtwoord"))
        self.passphrase.setAccessibleName(self.tr("Wachtwoord"))
        self.passphrase.setMinimumHeight(40)
        self.passphrase.returnPressed.connect(self._on_submit)
        self.button = QPushButton(self.tr("&Ontgrendelen"))
        self.button.setAccessibleName(self.tr("Ontgrendelen"))
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self._on_submit)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.forgot = QPushButton(self.tr("Wachtwoord &vergeten?"))
        self.forgot.setFlat(True)
        self.forgot.setAccessibleName(self.tr("Wachtwoord vergeten?"))
        self.forgot.setMinimumHeight(36)
        self.forgot.clicked.connect(self._on_forgot)
        widgets = (title, explain, self.passphrase, self.button, self.message, self.forgot)
        centered_column(self, widgets)
        self.setTabOrder(self.passphrase, self.button)
        self.setTabOrder(self.button, self.forgot)

    def reset(self) -> None:
        """Empty the field and the message, ready for a new lock."""
        self.passphrase.clear()
        self.message.clear()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """Show that the passphrase is being checked."""
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Bezig met controleren…"))

    def show_error(self, text: str) -> None:
        """Show a plain message and let the coach try again."""
        self.set_busy(False)
        self.message.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        if self.passphrase.text() and self.button.isEnabled():
            passphrase = self.passphrase.text()
            self.passphrase.clear()  # not kept on the screen longer than needed
            self.set_busy(True)
            self.unlock_requested.emit(passphrase)

    @Slot()
    def _on_forgot(self) -> None:
        # The same words as the unlock page, so they are translated once (in its context).
        self.message.setText(QCoreApplication.translate("UnlockPage", FORGOT_TEXT))


class WindowCurtain:
    """Hides the application's other windows while locked, and brings them back after.

    A window that blocks the others (a dialog run with `exec()`) is not hidden, which would
    cancel it and lose its input: an opaque cover is laid over its contents instead.

    Attributes:
        covered_modal: True when a modal window is covered (the lock screen must then be a
            window of its own, or the modal window would block its passphrase field).
    """

    def __init__(self) -> None:
        self._hidden: list[QWidget] = []
        self._covers: list[QWidget] = []
        self.covered_modal = False

    def close_over(self, keep: QWidget) -> None:
        """Hide or cover every visible top-level window except `keep`."""
        self.open_up()
        passing = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        for widget in QApplication.topLevelWidgets():
            if widget is keep or not widget.isVisible():
                continue
            if widget.windowType() in passing:  # menus and tips close; they are not restored
                widget.hide()
            elif widget.isModal():
                self._covers.append(_cover(widget))
                self.covered_modal = True
            else:
                self._hidden.append(widget)
                widget.hide()

    def open_up(self) -> None:
        """Show the hidden windows again and take the covers away."""
        for cover in self._covers:
            if isValid(cover):
                cover.deleteLater()
        for widget in self._hidden:
            if isValid(widget):
                widget.show()
        self._hidden, self._covers = [], []
        self.covered_modal = False


def _cover(window: QWidget) -> QWidget:
    cover = QWidget(window)
    cover.setObjectName("lockCover")
    cover.setAutoFillBackground(True)
    cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    cover.setGeometry(window.rect())
    cover.show()
    cover.raise_()
    return cover
