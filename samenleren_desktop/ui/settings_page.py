"""The settings page: auto-lock, language and font size, for this coach on this laptop.

A setting the administrator locked in the machine-wide file (`samenleren_desktop.config`) is
shown disabled with "vastgezet door de beheerder"; what the administrator set for the
organisation (name, server) and any problem with that file are shown under "Organisatie".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
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

    Signals:
        lock_requested: the coach pressed "Nu vergrendelen".
        autolock_changed: (minutes) the idle time changed.
    """

    lock_requested = Signal()
    autolock_changed = Signal(int)

    def __init__(
        self, preferences: Preferences, workspace_place: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
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
        for form in (safety_form, view_form):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        body = QWidget(self)
        body.setMaximumWidth(720)
        outer = QVBoxLayout(self)
        outer.addWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<h2>Instellingen</h2>"))
        column.addWidget(title)
        column.addWidget(safety)
        column.addWidget(view)
        if self.organisation is not None:
            column.addWidget(self.organisation)
        if workspace_place:
            place = QLabel(self.tr("Werkruimte: {map}").format(map=workspace_place))
            place.setWordWrap(True)
            column.addWidget(place)
        outer.addStretch(1)
        for control in (self.autolock, self.lock_now, self.language, self.font_percent):
            control.setMinimumHeight(36)

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
