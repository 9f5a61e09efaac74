"""Plan, record and cancel a contactmoment in a few keystrokes.

`VisitDialog` plans a new contact, records one that took place, or records a planned one as held
(pre-filled). Enter saves, Esc cancels; a refused input shows its reason in plain words above the
buttons and the dialog stays open with everything typed. `ReasonDialog` asks why (to cancel a
contact or skip a step).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import time
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.entities import Contactmoment
from samenleren_desktop.model.entities.keuzes import ContactStatus, Setting
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.rules import ContactSoort
from samenleren_desktop.model.services import contacten
from samenleren_desktop.model.services.trajecten import NieuwContact
from samenleren_desktop.ui.context import AppContext

MIN_BUTTON_HEIGHT = 40
_ERROR_STYLE = "color: #B3261E; font-weight: bold; padding: 6px; border: 2px solid #B3261E;"


class VisitMode(StrEnum):
    """What the dialog does."""

    PLAN = "plan"
    RECORD = "record"
    HOLD = "hold"


def _show_error(label: QLabel, error: SamenLerenError) -> None:
    label.setText(error.message)
    label.setAccessibleDescription(error.message)
    label.show()


class VisitDialog(QDialog):
    """One contactmoment: plan it, record it, or record a planned one as held."""

    def __init__(
        self,
        ctx: AppContext,
        traject_id: uuid.UUID,
        gezin_id: uuid.UUID,
        mode: VisitMode = VisitMode.PLAN,
        soort: str | None = None,
        contact: Contactmoment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._traject_id = traject_id
        self._gezin_id = gezin_id
        self._mode = mode
        self._contact = contact
        self.saved: Contactmoment | None = None
        titles = {
            VisitMode.PLAN: self.tr("Huisbezoek plannen"),
            VisitMode.RECORD: self.tr("Huisbezoek vastleggen"),
            VisitMode.HOLD: self.tr("Vastleggen als gehouden"),
        }
        self.setWindowTitle(titles[mode])
        self.setAccessibleName(titles[mode])
        self._build()
        self._fill(soort, contact)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.soort = QComboBox()
        for item in ContactSoort:
            self.soort.addItem(item.label, item.value)
        self.datum = QDateEdit()
        self.datum.setCalendarPopup(True)
        self.datum.setDisplayFormat("dd-MM-yyyy")
        self.tijd = QTimeEdit()
        self.tijd.setDisplayFormat("HH:mm")
        self.duur = self._minutes()
        self.reistijd = self._minutes()
        self.setting = QComboBox()
        for value, text in contacten.SETTING_LABELS.items():
            self.setting.addItem(text, value)
        self.aanwezigen = QLineEdit()
        self.aanwezigen.setMaxLength(500)
        self.aanwezigen.setPlaceholderText(self.tr("Bijvoorbeeld: moeder, Noah"))
        self.notities = QPlainTextEdit()
        self.notities.setTabChangesFocus(True)
        self.notities.setMinimumHeight(60)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Soort:"), self.soort, self.tr("Soort contact")),
            (self.tr("&Datum:"), self.datum, self.tr("Datum")),
            (self.tr("&Tijd:"), self.tijd, self.tr("Tijd")),
            (self.tr("D&uur:"), self.duur, self.tr("Duur in minuten")),
            (self.tr("&Reistijd:"), self.reistijd, self.tr("Reistijd in minuten")),
            (self.tr("&Waar:"), self.setting, self.tr("Waar en met wie")),
            (self.tr("&Aanwezig:"), self.aanwezigen, self.tr("Wie waren er")),
        ]
        for text, widget, name in rows:
            widget.setAccessibleName(name)
            widget.setMinimumHeight(MIN_BUTTON_HEIGHT - 4)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.tr("Doelen:"), self._goal_boxes())
        notes_label = QLabel(self.tr("&Notities:"))
        notes_label.setBuddy(self.notities)
        self.notities.setAccessibleName(self.tr("Notities"))
        form.addRow(notes_label, self.notities)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Melding"))
        self.error.hide()
        self._build_buttons()
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Opslaan"))
        save.setDefault(True)
        save.setAccessibleName(self.tr("Opslaan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        for button in (save, cancel):
            button.setMinimumHeight(MIN_BUTTON_HEIGHT)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _minutes(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 9999)
        box.setSuffix(self.tr(" min"))
        box.setSingleStep(15)
        return box

    def _goal_boxes(self) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.doelen: dict[int, QCheckBox] = {}
        for i, goal in enumerate(self._ctx.content.goals):
            box = QCheckBox(f"{goal.number} {goal.short_name}")
            box.setAccessibleName(goal.label)
            box.setMinimumHeight(MIN_BUTTON_HEIGHT - 8)
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(goal.colour.hex))
            box.setIcon(QIcon(swatch))
            box.setToolTip(goal.text)
            self.doelen[goal.number] = box
            grid.addWidget(box, i // 4, i % 4)
        return holder

    def _fill(self, soort: str | None, contact: Contactmoment | None) -> None:
        today = self._ctx.today()
        self.datum.setDate(QDate(today.year, today.month, today.day))
        self.tijd.setTime(QTime(10, 0))
        self.duur.setValue(60)
        if soort:
            self.soort.setCurrentIndex(max(0, self.soort.findData(soort)))
        if contact is None:
            return
        self.soort.setCurrentIndex(max(0, self.soort.findData(contact.soort)))
        self.datum.setDate(QDate(contact.datum.year, contact.datum.month, contact.datum.day))
        if contact.tijd is not None:
            self.tijd.setTime(QTime(contact.tijd.hour, contact.tijd.minute))
        self.duur.setValue(contact.duur_minuten or 60)
        self.reistijd.setValue(contact.reistijd_minuten)
        self.setting.setCurrentIndex(max(0, self.setting.findData(contact.setting)))
        self.aanwezigen.setText(contact.aanwezigen)
        self.notities.setPlainText(contact.notities)
        for doel in contact.doelen:
            if doel in self.doelen:
                self.doelen[doel].setChecked(True)

    # --- saving -----------------------------------------------------------------------------

    def nieuw_contact(self) -> NieuwContact:
        """What the coach filled in."""
        qdate = self.datum.date()
        qtime = self.tijd.time()
        held = self._mode is not VisitMode.PLAN
        return NieuwContact(
            soort=str(self.soort.currentData()),
            datum=qdate.toPython(),  # type: ignore[arg-type]
            setting=str(self.setting.currentData() or Setting.GEZIN),
            status=ContactStatus.GEHOUDEN if held else ContactStatus.GEPLAND,
            tijd=time(qtime.hour(), qtime.minute()),
            doelen=tuple(n for n, box in self.doelen.items() if box.isChecked()),
            duur_minuten=self.duur.value(),
            reistijd_minuten=self.reistijd.value(),
            aanwezigen=self.aanwezigen.text().strip(),
            notities=self.notities.toPlainText().strip(),
        )

    def save(self) -> None:
        """Store the contact; on a refused input show why and stay open."""
        nieuw = self.nieuw_contact()
        try:
            with self._ctx.changes() as changes:
                if self._mode is VisitMode.HOLD and self._contact is not None:
                    self.saved = contacten.vastleggen(changes, self._contact.id, nieuw)
                else:
                    self.saved = contacten.plan_of_record(changes, self._traject_id, nieuw)
        except SamenLerenError as error:
            _show_error(self.error, error)
            self._focus_field(getattr(error, "field", None))
            return
        self.accept()
        self._ctx.changed(self._gezin_id)

    def _focus_field(self, field: str | None) -> None:
        widgets: dict[str, QWidget] = {
            "duur_minuten": self.duur,
            "reistijd_minuten": self.reistijd,
            "datum": self.datum,
            "aanwezigen": self.aanwezigen,
            "notities": self.notities,
            "soort": self.soort,
        }
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()


class ReasonDialog(QDialog):
    """Ask why (a cancelled visit, a skipped step), then run `on_reason(text)`.

    `on_reason` writes; when it raises a `SamenLerenError` its message shows and the dialog
    stays open with the text.
    """

    def __init__(
        self,
        title: str,
        question: str,
        on_reason: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_reason = on_reason
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        label = QLabel(question)
        label.setWordWrap(True)
        self.reden = QLineEdit()
        self.reden.setMaxLength(500)
        self.reden.setAccessibleName(self.tr("Reden"))
        self.reden.setMinimumHeight(MIN_BUTTON_HEIGHT - 4)
        label.setBuddy(self.reden)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Bevestigen"))
        ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Terug"))
        for button in buttons.buttons():
            button.setMinimumHeight(MIN_BUTTON_HEIGHT)
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reden)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)
        self.reden.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        """Pass the reason on; stay open with a message when it is refused."""
        try:
            self._on_reason(self.reden.text())
        except SamenLerenError as error:
            _show_error(self.error, error)
            return
        self.accept()
