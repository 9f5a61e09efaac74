"""The sociale kaart: the region's care partners, searchable, kept up to date by the coaches.

`SocialeKaartPage(ctx)` shows the partners as a list (search as you type) beside a form to add,
change or remove one. Removing asks for a confirmation in the page itself (no pop-up) and is
refused with a plain message while a referral or consent names the partner.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.entities import Partner
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.zorg import (
    PartnerGegevens,
    create_partner,
    delete_partner,
    list_partners,
    update_partner,
)
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.toestemming import ERROR_STYLE, MIN_HEIGHT, title_label

_ID = Qt.ItemDataRole.UserRole
_FIELDS = ("naam", "soort", "regio", "telefoon", "email")


class SocialeKaartPage(QWidget):
    """The partners of the sociale kaart with a form to add, change and remove them.

    Attributes:
        current_id: the partner in the form, or None for a new one.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: uuid.UUID | None = None
        self.setAccessibleName(self.tr("Sociale kaart"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, soort of regio"))
        self.search.setAccessibleName(self.tr("Zoeken in de sociale kaart"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [self.tr("Naam"), self.tr("Soort"), self.tr("Regio"), self.tr("Telefoon")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Partners"))
        self.edits = {name: self._line(name) for name in _FIELDS}
        self.notities = QPlainTextEdit()
        self.notities.setTabChangesFocus(True)
        self.notities.setFixedHeight(100)
        self.notities.setAccessibleName(self.tr("Notities"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_button = self._button(self.tr("&Nieuwe partner"), self.new_partner)
        self.save_button = self._button(self.tr("&Opslaan"), self.save)
        self.delete_button = self._button(self.tr("&Verwijderen"), self.ask_delete)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_button = self._button(self.tr("&Ja, verwijderen"), self.delete)
        self.keep_button = self._button(self.tr("Nee, &houden"), self._hide_confirm)
        self._build()
        self.search.textChanged.connect(lambda _text: self.reload())
        self.list.currentItemChanged.connect(self._on_current_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_partner)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        ctx.events.data_changed.connect(lambda _gezin: self.reload())
        self._hide_confirm()
        self.reload()

    # --- building ---------------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMinimumHeight(MIN_HEIGHT - 4)
        edit.setObjectName(name)
        edit.returnPressed.connect(self.save)
        return edit

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(MIN_HEIGHT)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        labels = {
            "naam": self.tr("Naa&m:"),
            "soort": self.tr("&Soort hulp:"),
            "regio": self.tr("&Regio:"),
            "telefoon": self.tr("&Telefoon:"),
            "email": self.tr("&E-mail:"),
        }
        form = QFormLayout()
        for name, text in labels.items():
            self.edits[name].setAccessibleName(text.replace("&", "").rstrip(":"))
            caption = QLabel(text)
            caption.setBuddy(self.edits[name])
            form.addRow(caption, self.edits[name])
        notes = QLabel(self.tr("Not&ities:"))
        notes.setBuddy(self.notities)
        form.addRow(notes, self.notities)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirm_button)
        confirm.addWidget(self.keep_button)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.error)
        side.addWidget(self.status)
        side.addLayout(buttons)
        side.addWidget(self.confirm_label)
        side.addLayout(confirm)
        side.addStretch(1)
        left = QVBoxLayout()
        title = title_label(self.tr("Sociale kaart"))
        left.addWidget(title)
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 3)
        outer.addLayout(side, 2)
        self.setTabOrder(self.search, self.list)
        self.setTabOrder(self.list, self.edits["naam"])

    # --- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the partners matching the search; keep the selected one selected."""
        with self.ctx.session() as session:
            partners = list_partners(session, self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for partner in partners:
            item = QTreeWidgetItem([partner.naam, partner.soort, partner.regio, partner.telefoon])
            item.setData(0, _ID, partner.id)
            item.setToolTip(0, partner.notities or partner.naam)
            self.list.addTopLevelItem(item)
            if partner.id == self.current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        value = item.data(0, _ID) if item is not None else None
        if not isinstance(value, uuid.UUID):
            return
        with self.ctx.session() as session:
            partner = session.get(Partner, value)
        if partner is not None:
            self._fill(partner)

    def _fill(self, partner: Partner | None) -> None:
        self.current_id = partner.id if partner is not None else None
        for name, edit in self.edits.items():
            edit.setText(str(getattr(partner, name)) if partner is not None else "")
        self.notities.setPlainText(partner.notities if partner is not None else "")
        self.delete_button.setEnabled(partner is not None)
        self.error.hide()
        self._hide_confirm()

    def select(self, partner_id: uuid.UUID) -> bool:
        """Show a partner in the form (when it is in the list)."""
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, _ID) == partner_id:
                self.list.setCurrentItem(item)
                return True
        return False

    # --- actions ----------------------------------------------------------------------------

    def new_partner(self) -> None:
        """Empty the form for a new partner."""
        self.list.setCurrentIndex(QModelIndex())
        self.list.clearSelection()
        self._fill(None)
        self.status.clear()
        self.edits["naam"].setFocus()

    def gegevens(self) -> PartnerGegevens:
        """What the form holds."""
        texts = {name: edit.text() for name, edit in self.edits.items()}
        return PartnerGegevens(notities=self.notities.toPlainText(), **texts)

    def save(self) -> None:
        """Add the new partner or store the changes; on refusal, say why and keep the input."""
        try:
            with self.ctx.changes() as changes:
                if self.current_id is None:
                    saved = create_partner(changes, self.gegevens())
                else:
                    saved = update_partner(changes, self.current_id, self.gegevens())
                saved_id, naam = saved.id, saved.naam
        except SamenLerenError as error:
            self._show_error(error)
            return
        self.current_id = saved_id
        self.error.hide()
        self.delete_button.setEnabled(True)
        self.status.setText(self.tr("%1 is opgeslagen.").replace("%1", naam))
        self.ctx.changed(None)

    def ask_delete(self) -> None:
        """Ask, in the page, whether the partner really goes."""
        if self.current_id is None:
            return
        question = self.tr("Wilt u %1 van de sociale kaart halen?")
        self.confirm_label.setText(question.replace("%1", self.edits["naam"].text()))
        for widget in (self.confirm_label, self.confirm_button, self.keep_button):
            widget.show()
        self.keep_button.setFocus()

    def _hide_confirm(self) -> None:
        for widget in (self.confirm_label, self.confirm_button, self.keep_button):
            widget.hide()

    def delete(self) -> None:
        """Remove the partner in the form (refused while it is in use)."""
        if self.current_id is None:
            return
        naam = self.edits["naam"].text()
        try:
            with self.ctx.changes() as changes:
                delete_partner(changes, self.current_id)
        except SamenLerenError as error:
            self._hide_confirm()
            self._show_error(error)
            return
        self._fill(None)
        self.status.setText(self.tr("%1 is verwijderd.").replace("%1", naam))
        self.ctx.changed(None)

    def _show_error(self, error: SamenLerenError) -> None:
        self.error.setText(error.message)
        self.error.setAccessibleDescription(error.message)
        self.error.show()
        field = getattr(error, "field", "")
        if field in self.edits:
            self.edits[field].setFocus()
