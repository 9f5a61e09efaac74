"""The settings page: auto-lock, language and font size, for this coach on this laptop."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
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
        self._lay_out(workspace_place)

    def _lay_out(self, workspace_place: str) -> None:
        safety = QGroupBox(self.tr("Beveiliging"))
        safety_form = QFormLayout(safety)
        safety_form.addRow(self._label(self.tr("Vergrendel &na"), self.autolock), self.autolock)
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
        view_form.addRow(self._label(self.tr("&Taal"), self.language), self.language)
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
