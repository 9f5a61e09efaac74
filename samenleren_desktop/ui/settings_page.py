"""The settings page: auto-lock, language, font size and the logo on documents.

A setting the administrator locked in the machine-wide file (`samenleren_desktop.config`) is
shown disabled with "vastgezet door de beheerder"; what the administrator set for the
organisation (name, server) and any problem with that file are shown under "Organisatie".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.ui.i18n import apply_font_percent
from samenleren_desktop.ui.preferences import AUTOLOCK_MINUTES, FONT_PERCENT, Preferences

_LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class SettingsPage(QWidget):
    """Changes take effect at once, except the language (after a restart).

    Attributes:
        autolock: minutes without input before locking (0 = never).
        language: the language of the program.
        font_percent: the font size in percent.
        lock_now: locks the program right away.
        locked_notes: setting name -> the "vastgezet door de beheerder" label of a locked one.
        organisation: the administrator's settings and problems, or None when there are none.
        backup: the backup box (`ui/backup_box.py`) of the open workspace, or None.

    Signals:
        lock_requested: the coach pressed "Nu vergrendelen".
        autolock_changed: (minutes) the idle time changed.
    """

    lock_requested = Signal()
    autolock_changed = Signal(int)

    def __init__(
        self,
        preferences: Preferences,
        workspace_place: str = "",
        parent: QWidget | None = None,
        backup: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.backup = backup
        self.autolock = QSpinBox()
        self.autolock.setRange(AUTOLOCK_MINUTES.minimum, AUTOLOCK_MINUTES.maximum)
        self.autolock.setSpecialValueText(self.tr("nooit"))
        self.autolock.setSuffix(self.tr(" minuten"))
        self.autolock.setValue(preferences.autolock_minutes)
        self.autolock.setAccessibleName(self.tr("Vergrendelen na minuten zonder gebruik"))
        self.autolock.setKeyboardTracking(False)
        self.autolock.valueChanged.connect(self._on_autolock_changed)
        self.lock_now = QPushButton(self.tr("Nu &vergrendelen (Ctrl+L)"))
        self.lock_now.setAccessibleName(self.tr("Nu vergrendelen"))
        self.lock_now.clicked.connect(self.lock_requested)
        self.language = QComboBox()
        for code, name in _LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.language.setAccessibleName(self.tr("Taal"))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.font_percent = QSpinBox()
        self.font_percent.setRange(FONT_PERCENT.minimum, FONT_PERCENT.maximum)
        self.font_percent.setSingleStep(10)
        self.font_percent.setSuffix(" %")
        self.font_percent.setValue(preferences.font_percent)
        self.font_percent.setAccessibleName(self.tr("Lettergrootte in procenten"))
        self.font_percent.setKeyboardTracking(False)
        self.font_percent.valueChanged.connect(self._on_font_changed)
        self.locked_notes: dict[str, QLabel] = {}
        for name, control in (("autolock_minutes", self.autolock), ("language", self.language)):
            if preferences.is_locked(name):
                control.setEnabled(False)
                self.locked_notes[name] = QLabel(self.tr("vastgezet door de beheerder"))
        self._make_document_controls()
        self._show_documents()
        self.organisation = self._organisation_box()
        self._lay_out(workspace_place)

    def _organisation_box(self) -> QGroupBox | None:
        """What the administrator set for the whole organisation, and problems with that file."""
        prefs = self._preferences
        lines = []
        if prefs.organisation:
            lines.append(self.tr("Organisatie: {naam}").format(naam=prefs.organisation))
        if prefs.server_url:
            lines.append(self.tr("Server: {adres}").format(adres=prefs.server_url))
        lines.extend(prefs.machine.problems)
        if not lines:
            return None
        box = QGroupBox(self.tr("Organisatie"))
        column = QVBoxLayout(box)
        for line in lines:
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        return box

    def _make_document_controls(self) -> None:
        """The logo on documents: chooser, "Geen logo", and the name documents carry."""
        preferences = self._preferences
        self.logo_path = QLabel()
        self.logo_path.setWordWrap(True)
        self.logo_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_logo = QPushButton(self.tr("Logo voor &documenten…"))
        self.choose_logo.setAccessibleName(self.tr("Logo voor documenten kiezen"))
        self.choose_logo.clicked.connect(self._on_choose_logo)
        self.clear_logo = QPushButton(self.tr("&Geen logo"))
        self.clear_logo.setAccessibleName(self.tr("Geen eigen logo op documenten"))
        self.clear_logo.clicked.connect(lambda: self.set_logo(""))
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        self.logo_note.hide()
        self.document_name = QLabel()
        self.document_name.setWordWrap(True)
        if preferences.is_locked("logo"):
            self.choose_logo.setEnabled(False)
            self.clear_logo.setEnabled(False)
            self.locked_notes["logo"] = QLabel(self.tr("vastgezet door de beheerder"))

    def _show_documents(self) -> None:
        logo = self._preferences.document_logo
        self.logo_path.setText(logo or self.tr("Geen logo"))
        self.clear_logo.setEnabled(bool(logo) and not self._preferences.is_locked("logo"))
        naam = self._preferences.organisation
        self.document_name.setText(
            self.tr("Naam op documenten: {naam}").format(naam=naam)
            if naam
            else self.tr("Naam op documenten: de naam van de organisatie in de werkruimte")
        )

    def ask_logo_file(self) -> str:
        """Ask the coach for a picture (a separate method, so tests can answer for the coach)."""
        start = self._preferences.document_logo or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo voor documenten"),
            start,
            self.tr("Plaatjes (*.png *.jpg *.jpeg)"),
        )
        return chosen

    @Slot()
    def _on_choose_logo(self) -> None:
        chosen = self.ask_logo_file()
        if chosen:
            self.set_logo(chosen)

    def set_logo(self, path: str) -> bool:
        """Use `path` as the logo on documents ("" for none); False when it is no picture."""
        if path and not QImageReader(path).canRead():
            self.logo_note.setText(
                self.tr(
                    "Dit bestand is geen plaatje dat Samen Leren kan lezen. "
                    "Kies een PNG- of JPEG-bestand."
                )
            )
            self.logo_note.show()
            return False
        self._preferences.document_logo = path
        self.logo_note.setText(
            self.tr("Het logo staat voortaan op elk document dat u maakt.") if path else ""
        )
        self.logo_note.setVisible(bool(path))
        self._show_documents()
        return True

    def _row(self, form: QFormLayout, text: str, control: QWidget, name: str) -> None:
        """A labelled row; a locked setting gets its "vastgezet" note beneath."""
        form.addRow(self._label(text, control), control)
        if name in self.locked_notes:
            form.addRow("", self.locked_notes[name])

    def _lay_out(self, workspace_place: str) -> None:
        safety = QGroupBox(self.tr("Beveiliging"))
        safety_form = QFormLayout(safety)
        self._row(safety_form, self.tr("Vergrendel &na"), self.autolock, "autolock_minutes")
        explain = QLabel(
            self.tr(
                "Na deze tijd zonder gebruik gaat Samen Leren op slot. "
                "Wat open staat, blijft bewaard."
            )
        )
        explain.setWordWrap(True)
        safety_form.addRow(explain)
        safety_form.addRow(self.lock_now)
        view = QGroupBox(self.tr("Weergave"))
        view_form = QFormLayout(view)
        self._row(view_form, self.tr("&Taal"), self.language, "language")
        view_form.addRow(self.language_note)
        view_form.addRow(
            self._label(self.tr("&Lettergrootte"), self.font_percent), self.font_percent
        )
        documents = QGroupBox(self.tr("Documenten"))
        documents_form = QFormLayout(documents)
        documents_form.addRow(self.document_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.clear_logo)
        buttons.addStretch(1)
        documents_form.addRow(self._label(self.tr("Logo:"), self.choose_logo), self.logo_path)
        if "logo" in self.locked_notes:
            documents_form.addRow("", self.locked_notes["logo"])
        documents_form.addRow(buttons)
        documents_form.addRow(self.logo_note)
        for form in (safety_form, view_form, documents_form):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column = QVBoxLayout(self._scrolling_body())
        title = QLabel(self.tr("<h2>Instellingen</h2>"))
        column.addWidget(title)
        column.addWidget(safety)
        if self.backup is not None:
            column.addWidget(self.backup)
        column.addWidget(view)
        column.addWidget(documents)
        if self.organisation is not None:
            column.addWidget(self.organisation)
        if workspace_place:
            place = QLabel(self.tr("Werkruimte: {map}").format(map=workspace_place))
            place.setWordWrap(True)
            column.addWidget(place)
        column.addStretch(1)
        for control in (
            self.autolock,
            self.lock_now,
            self.language,
            self.font_percent,
            self.choose_logo,
            self.clear_logo,
        ):
            control.setMinimumHeight(36)

    def _scrolling_body(self) -> QWidget:
        """The page's column, in a scroll area for large font sizes.

        The scroll area sizes the body itself (at most 740 wide), so wrapped text gets the
        height of the width it really has.
        """
        body = QWidget()
        body.setMaximumWidth(740)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; it follows
        scroll.setWidget(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        return body

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    @Slot(int)
    def _on_autolock_changed(self, minutes: int) -> None:
        self._preferences.autolock_minutes = minutes
        self.autolock_changed.emit(minutes)

    @Slot(int)
    def _on_language_changed(self, _index: int) -> None:
        self._preferences.language = str(self.language.currentData())
        self.language_note.setText(
            self.tr("De nieuwe taal wordt gebruikt zodra u Samen Leren opnieuw start.")
        )
        self.language_note.show()

    @Slot(int)
    def _on_font_changed(self, percent: int) -> None:
        self._preferences.font_percent = percent
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font_percent(app, percent)
