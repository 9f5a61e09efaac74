"""Record a parent's consent: signed on screen, signed on paper, or given by word of mouth.

`FormDialog` is the small form frame the zorg dialogs share: labelled fields, a plain-words
error above the buttons, and `store()` that writes; a refused input keeps the dialog open with
everything filled in. `ToestemmingDialog` shows the `SignaturePad` only for a signature.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.entities.keuzes import ToestemmingSoort, ToestemmingWijze
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.toestemming import (
    SOORT_LABELS,
    WIJZE_LABELS,
    NieuweToestemming,
    record_toestemming,
)
from samenleren_desktop.model.services.zorg import list_partners
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.signature import SignaturePad

MIN_HEIGHT = 40
ERROR_STYLE = "color: #B3261E; font-weight: bold; padding: 6px; border: 2px solid #B3261E;"


def date_edit(value: date, name: str, maximum: date | None = None) -> QDateEdit:
    """A date field with a calendar, in Dutch day-month-year order."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumHeight(MIN_HEIGHT - 4)
    edit.setAccessibleName(name)
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    """The date a date field holds."""
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


def title_label(text: str) -> QLabel:
    """A page or section title, 40 % larger than the text around it (scales with the font)."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def combo(items: Sequence[tuple[str, object]], name: str) -> QComboBox:
    """A drop-down list of (label, value) items."""
    box = QComboBox()
    for label, value in items:
        box.addItem(label, value)
    box.setMinimumHeight(MIN_HEIGHT - 4)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setAccessibleName(name)
    return box


def select_data(box: QComboBox, value: object) -> bool:
    """Make the item holding `value` current (compared with ==, so ids work); False if none."""
    for index in range(box.count()):
        if box.itemData(index) == value:
            box.setCurrentIndex(index)
            return True
    return False


class FormDialog(QDialog):
    """A titled form with an error line and Opslaan / Annuleren; subclasses define `store()`.

    Attributes:
        form: where subclasses add their rows (`add_row`).
        save_button: the Opslaan button (Enter).
    """

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Enter of Ctrl+S)"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        for button in buttons.buttons():
            button.setMinimumHeight(MIN_HEIGHT)
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(buttons)

    def add_row(self, label: str, widget: QWidget) -> QLabel:
        """A labelled row; the label's mnemonic (&) focuses the widget."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        return caption

    def store(self) -> None:
        """Write what was filled in (raises `SamenLerenError` when refused)."""
        raise NotImplementedError

    def save(self) -> None:
        """Write; on a refused input show why and stay open."""
        try:
            self.store()
        except SamenLerenError as error:
            self.error.setText(error.message)
            self.error.setAccessibleDescription(error.message)
            self.error.show()
            return
        self.accept()


class ToestemmingDialog(FormDialog):
    """Which parent consents, to what, (for a handover) to which partner, and how.

    Attributes:
        saved_id: the id of the stored consent, after Opslaan.
    """

    def __init__(
        self,
        ctx: AppContext,
        gezin_id: uuid.UUID,
        ouders: list[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
        soort: str = ToestemmingSoort.VERWERKING,
        partner_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Toestemming vastleggen"), parent)
        self._gezin_id = gezin_id
        self.saved_id: uuid.UUID | None = None
        self.ouder = combo([(naam, ouder_id) for ouder_id, naam in ouders], self.tr("Ouder"))
        self.soort = combo([(label, s) for s, label in SOORT_LABELS.items()], self.tr("Waarvoor"))
        with ctx.session() as session:
            partners = [(p.naam, p.id) for p in list_partners(session)]
        self.partner = combo(partners, self.tr("Partner"))
        self.datum = date_edit(ctx.today(), self.tr("Gegeven op"), maximum=ctx.today())
        self.wijze = combo([(label, w) for w, label in WIJZE_LABELS.items()], self.tr("Hoe"))
        self.toelichting = QLineEdit()
        self.toelichting.setMaxLength(1_000)
        self.toelichting.setMinimumHeight(MIN_HEIGHT - 4)
        self.toelichting.setAccessibleName(self.tr("Toelichting"))
        self.pad = SignaturePad()
        self.pad_hint = QLabel(self.tr("Laat de ouder hieronder tekenen:"))
        self.add_row(self.tr("&Ouder:"), self.ouder)
        self.add_row(self.tr("&Waarvoor:"), self.soort)
        self._partner_label = self.add_row(self.tr("&Partner:"), self.partner)
        self.add_row(self.tr("&Datum:"), self.datum)
        self.add_row(self.tr("&Hoe:"), self.wijze)
        self.add_row(self.tr("&Toelichting:"), self.toelichting)
        self.layout_.insertWidget(1, self.pad_hint)
        self.layout_.insertWidget(2, self.pad, 1)
        select_data(self.soort, soort)
        if partner_id is not None:
            select_data(self.partner, partner_id)
        self.soort.currentIndexChanged.connect(self._update_visibility)
        self.wijze.currentIndexChanged.connect(self._update_visibility)
        self._update_visibility()

    def _update_visibility(self) -> None:
        handover = self.soort.currentData() == ToestemmingSoort.OVERDRACHT_PARTNER
        self.partner.setVisible(handover)
        self._partner_label.setVisible(handover)
        signing = self.wijze.currentData() == ToestemmingWijze.HANDTEKENING
        self.pad.setVisible(signing)
        self.pad_hint.setVisible(signing)
        self.layout_.activate()
        self.adjustSize()

    def store(self) -> None:
        """Record the consent in the workspace, with the drawn signature when signed."""
        ouder_id = self.ouder.currentData()
        if not isinstance(ouder_id, uuid.UUID):
            raise SamenLerenError(self.tr("Dit gezin heeft nog geen ouder om te kiezen."))
        wijze = str(self.wijze.currentData())
        partner = self.partner.currentData()
        nieuw = NieuweToestemming(
            ouder_id=ouder_id,
            soort=str(self.soort.currentData()),
            gegeven_op=date_of(self.datum),
            wijze=wijze,
            partner_id=partner if isinstance(partner, uuid.UUID) else None,
            handtekening=self.pad.to_png() if wijze == ToestemmingWijze.HANDTEKENING else None,
            toelichting=self.toelichting.text(),
        )
        with self.ctx.changes() as changes:
            self.saved_id = record_toestemming(changes, self._gezin_id, nieuw).id
        self.ctx.changed(self._gezin_id)
