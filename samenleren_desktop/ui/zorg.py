"""The zorg tab of a traject: concerns and decisions, referrals to partners, consents.

`ZorgTab(ctx)` shows one traject (`show_traject`). Each button opens a small dialog (non-modal
to the rest of the program, kept in `active_dialog` so tests can fill it in); after a write the
dialog calls `ctx.changed(gezin_id)` and the tab reloads.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.entities.keuzes import Besluit, ToestemmingSoort, VerwijsStap
from samenleren_desktop.model.errors import RecordNotFound, SamenLerenError
from samenleren_desktop.model.services import zorg
from samenleren_desktop.model.services.toestemming import withdraw_toestemming
from samenleren_desktop.model.services.zorg import ZorgOverzicht
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.toestemming import (
    MIN_HEIGHT,
    FormDialog,
    ToestemmingDialog,
    combo,
    date_edit,
    date_of,
    title_label,
)

_ID = Qt.ItemDataRole.UserRole
MAX_COLUMN_WIDTH = 360
"""Long texts (a reason, an explanation) are cut off in the list; the tooltip shows them."""


def _dag(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else ""


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(90)
    box.setAccessibleName(name)
    return box


class ZorgDialog(FormDialog):
    """Record a concern: what kind, when it was noticed, a short explanation."""

    def __init__(self, ctx: AppContext, overzicht: ZorgOverzicht, parent: QWidget) -> None:
        super().__init__(ctx, self.tr("Zorg vastleggen"), parent)
        self._overzicht = overzicht
        self.soort = combo([(lbl, s) for s, lbl in zorg.ZORG_SOORTEN.items()], self.tr("Soort"))
        self.datum = date_edit(ctx.today(), self.tr("Gezien op"), maximum=ctx.today())
        self.toelichting = _text_box(self.tr("Toelichting"))
        self.add_row(self.tr("&Soort zorg:"), self.soort)
        self.add_row(self.tr("&Gezien op:"), self.datum)
        self.add_row(self.tr("&Toelichting:"), self.toelichting)

    def store(self) -> None:
        with self.ctx.changes() as changes:
            zorg.record_zorg(
                changes,
                self._overzicht.traject_id,
                str(self.soort.currentData()),
                date_of(self.datum),
                self.toelichting.toPlainText(),
            )
        self.ctx.changed(self._overzicht.gezin_id)


class BesluitDialog(FormDialog):
    """Decide about a concern: start, postpone or refer."""

    def __init__(
        self, ctx: AppContext, gezin_id: uuid.UUID, zorg_id: uuid.UUID, parent: QWidget
    ) -> None:
        super().__init__(ctx, self.tr("Besluit over de zorg"), parent)
        self._ids = (gezin_id, zorg_id)
        besluiten = [(label, b) for b, label in zorg.BESLUIT_LABELS.items()]
        self.besluit = combo(besluiten, self.tr("Besluit"))
        self.datum = date_edit(ctx.today(), self.tr("Besloten op"), maximum=ctx.today())
        self.add_row(self.tr("&Besluit:"), self.besluit)
        self.add_row(self.tr("&Datum:"), self.datum)

    def store(self) -> None:
        gezin_id, zorg_id = self._ids
        with self.ctx.changes() as changes:
            besluit = str(self.besluit.currentData())
            zorg.decide_zorg(changes, zorg_id, besluit, date_of(self.datum))
        self.ctx.changed(gezin_id)


class VerwijzingDialog(FormDialog):
    """Start a referral to a partner of the sociale kaart."""

    def __init__(
        self, ctx: AppContext, overzicht: ZorgOverzicht, parent: QWidget, reden: str = ""
    ) -> None:
        super().__init__(ctx, self.tr("Doorverwijzen"), parent)
        self._overzicht = overzicht
        with ctx.session() as session:
            partners = [(p.naam, p.id) for p in zorg.list_partners(session)]
        self.partner = combo(partners, self.tr("Partner"))
        self.reden = _text_box(self.tr("Reden"))
        self.datum = date_edit(ctx.today(), self.tr("Datum"), maximum=ctx.today())
        self.add_row(self.tr("&Partner:"), self.partner)
        self.reden.setPlainText(reden)
        self.add_row(self.tr("&Reden:"), self.reden)
        self.add_row(self.tr("&Datum:"), self.datum)

    def store(self) -> None:
        partner_id = self.partner.currentData()
        if not isinstance(partner_id, uuid.UUID):
            raise SamenLerenError(self.tr("Zet eerst een partner op de sociale kaart."))
        with self.ctx.changes() as changes:
            zorg.start_verwijzing(
                changes,
                self._overzicht.traject_id,
                partner_id,
                self.reden.toPlainText(),
                date_of(self.datum),
            )
        self.ctx.changed(self._overzicht.gezin_id)


class DatumDialog(FormDialog):
    """Ask for one date, then run `on_date` (which writes and may refuse)."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        question: str,
        on_date: Callable[[date], None],
        parent: QWidget,
    ) -> None:
        super().__init__(ctx, title, parent)
        self._on_date = on_date
        self.extra_button: QPushButton | None = None
        intro = QLabel(question)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.datum = date_edit(ctx.today(), self.tr("Datum"), maximum=ctx.today())
        self.add_row(self.tr("&Datum:"), self.datum)

    def add_extra_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        """A button above Opslaan / Annuleren for a step the coach may need first."""
        button = QPushButton(text)
        button.setMinimumHeight(MIN_HEIGHT)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        self.layout_.insertWidget(self.layout_.count() - 1, button)
        self.extra_button = button
        return button

    def store(self) -> None:
        self._on_date(date_of(self.datum))


class ZorgTab(QWidget):
    """Concerns, referrals and consents of one traject, with the buttons to record them.

    Attributes:
        active_dialog: the dialog last opened from the tab (None before the first).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overzicht: ZorgOverzicht | None = None
        self.active_dialog: QDialog | None = None
        self._dialogs: list[QDialog] = []
        self.setAccessibleName(self.tr("Zorg, doorverwijzing en toestemming"))
        self.zorgen = self._tree(
            self.tr("Zorgen"),
            [
                self.tr("Gezien op"),
                self.tr("Soort"),
                self.tr("Toelichting"),
                self.tr("Besluit"),
                self.tr("Opgelost op"),
            ],
        )
        self.verwijzingen = self._tree(
            self.tr("Doorverwijzingen"),
            [
                self.tr("Datum"),
                self.tr("Partner"),
                self.tr("Reden"),
                self.tr("Stap"),
                self.tr("Warme overdracht"),
            ],
        )
        self.toestemmingen = self._tree(
            self.tr("Toestemmingen"),
            [
                self.tr("Gegeven op"),
                self.tr("Ouder"),
                self.tr("Waarvoor"),
                self.tr("Partner"),
                self.tr("Hoe"),
                self.tr("Ingetrokken op"),
            ],
        )
        self.zorg_button = self._button(self.tr("&Zorg vastleggen"), self.new_zorg)
        self.besluit_button = self._button(self.tr("&Besluit"), self._besluit)
        self.opgelost_button = self._button(self.tr("Op&gelost"), self._opgelost)
        self.verwijs_button = self._button(self.tr("&Doorverwijzen"), self.new_verwijzing)
        self.stap_button = self._button(self.tr("Volgende &stap"), self._volgende_stap)
        self.overdracht_button = self._button(self.tr("&Warme overdracht"), self._overdracht)
        self.toestemming_button = self._button(
            self.tr("&Toestemming vastleggen"),
            lambda: self.new_toestemming(),  # noqa: PLW0108 - not the clicked(bool) argument
        )
        self.intrekken_button = self._button(self.tr("&Intrekken"), self._intrekken)
        self.title = title_label("")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._build()
        for tree in (self.zorgen, self.verwijzingen, self.toestemmingen):
            tree.itemSelectionChanged.connect(self._update_buttons)
        ctx.events.data_changed.connect(self._on_data_changed)
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(name)
        tree.setMinimumHeight(120)
        return tree

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(MIN_HEIGHT)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _section(self, title: str, tree: QTreeWidget, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(tree)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _build(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(
            self._section(
                self.tr("Zorgen en contra-indicaties"),
                self.zorgen,
                [self.zorg_button, self.besluit_button, self.opgelost_button],
            )
        )
        layout.addWidget(
            self._section(
                self.tr("Doorverwijzen naar een partner"),
                self.verwijzingen,
                [self.verwijs_button, self.stap_button, self.overdracht_button],
            )
        )
        layout.addWidget(
            self._section(
                self.tr("Toestemming van de ouders"),
                self.toestemmingen,
                [self.toestemming_button, self.intrekken_button],
            )
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- showing ----------------------------------------------------------------------------

    def show_traject(self, traject_id: uuid.UUID) -> None:
        """Read and show the concerns, referrals and consents of a traject."""
        if self.overzicht is None or self.overzicht.traject_id != traject_id:
            self.message.clear()
        with self.ctx.session() as session:
            self.overzicht = zorg.zorg_overzicht(session, traject_id)
        self._fill()

    def _on_data_changed(self, gezin_id: object) -> None:
        if self.overzicht is not None and gezin_id in (None, self.overzicht.gezin_id):
            try:
                self.show_traject(self.overzicht.traject_id)
            except RecordNotFound:  # the traject was erased, or went with a sync
                self.overzicht = None

    def _fill(self) -> None:
        data = self.overzicht
        if data is None:
            return
        self.title.setText(data.gezin_naam)
        self._rows(
            self.zorgen,
            [
                (
                    z.id,
                    [
                        _dag(z.gesignaleerd_op),
                        z.soort_label,
                        z.toelichting,
                        z.besluit_label,
                        _dag(z.opgelost_op),
                    ],
                )
                for z in data.zorgen
            ],
        )
        self._rows(
            self.verwijzingen,
            [
                (
                    v.id,
                    [
                        _dag(v.datum),
                        v.partner_naam,
                        v.reden,
                        v.stap_label,
                        _dag(v.warme_overdracht_op),
                    ],
                )
                for v in data.verwijzingen
            ],
        )
        self._rows(
            self.toestemmingen,
            [
                (
                    t.id,
                    [
                        _dag(t.gegeven_op),
                        t.ouder_naam,
                        t.soort_label,
                        t.partner_naam,
                        self._wijze(t),
                        _dag(t.ingetrokken_op),
                    ],
                )
                for t in data.toestemmingen
            ],
        )
        self._update_buttons()

    def _wijze(self, regel: zorg.ToestemmingRegel) -> str:
        if regel.heeft_handtekening:
            return regel.wijze_label + self.tr(" (getekend)")
        return regel.wijze_label

    @staticmethod
    def _rows(tree: QTreeWidget, rows: list[tuple[uuid.UUID, list[str]]]) -> None:
        tree.clear()
        for record_id, values in rows:
            item = QTreeWidgetItem(values)
            item.setData(0, _ID, record_id)
            for column, value in enumerate(values):
                item.setToolTip(column, value)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(tree.columnWidth(column), MAX_COLUMN_WIDTH))
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)

    @staticmethod
    def _selected(tree: QTreeWidget) -> uuid.UUID | None:
        item = tree.currentItem()
        value = item.data(0, _ID) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _update_buttons(self) -> None:
        shown = self.overzicht is not None
        for button in (self.zorg_button, self.verwijs_button, self.toestemming_button):
            button.setEnabled(shown)
        self.besluit_button.setEnabled(self._selected(self.zorgen) is not None)
        self.opgelost_button.setEnabled(self._selected(self.zorgen) is not None)
        verwijzing = self._current_verwijzing()
        open_referral = verwijzing is not None and verwijzing.stap != VerwijsStap.WARME_OVERDRACHT
        following = zorg.next_stap(verwijzing.stap) if verwijzing is not None else None
        self.stap_button.setEnabled(
            open_referral and following not in (None, VerwijsStap.WARME_OVERDRACHT)
        )
        self.overdracht_button.setEnabled(open_referral)
        self.intrekken_button.setEnabled(self._selected(self.toestemmingen) is not None)

    def _current_verwijzing(self) -> zorg.VerwijzingRegel | None:
        selected = self._selected(self.verwijzingen)
        if self.overzicht is None or selected is None:
            return None
        return next((v for v in self.overzicht.verwijzingen if v.id == selected), None)

    # --- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        for old in self._dialogs:
            if not old.isVisible():
                old.deleteLater()
        self._dialogs = [old for old in self._dialogs if old.isVisible()] + [dialog]
        self.active_dialog = dialog
        dialog.open()

    def new_zorg(self) -> None:
        """Open the dialog to record a concern."""
        if self.overzicht is not None:
            self._open(ZorgDialog(self.ctx, self.overzicht, self))

    def _besluit(self) -> None:
        zorg_id = self._selected(self.zorgen)
        if self.overzicht is None or zorg_id is None:
            return
        dialog = BesluitDialog(self.ctx, self.overzicht.gezin_id, zorg_id, self)
        dialog.accepted.connect(lambda: self._after_besluit(dialog, zorg_id))
        self._open(dialog)

    def _after_besluit(self, dialog: BesluitDialog, zorg_id: uuid.UUID) -> None:
        """After "doorverwijzen", go straight on to the referral, with the concern as reason."""
        if dialog.besluit.currentData() != Besluit.DOORVERWIJZEN or self.overzicht is None:
            return
        regel = next((z for z in self.overzicht.zorgen if z.id == zorg_id), None)
        reden = "" if regel is None else f"{regel.soort_label}. {regel.toelichting}".strip(" .")
        self._open(VerwijzingDialog(self.ctx, self.overzicht, self, reden))

    def _opgelost(self) -> None:
        zorg_id = self._selected(self.zorgen)
        if self.overzicht is None or zorg_id is None:
            return
        gezin_id = self.overzicht.gezin_id

        def resolve(op: date) -> None:
            with self.ctx.changes() as changes:
                zorg.resolve_zorg(changes, zorg_id, op)
            self.ctx.changed(gezin_id)

        question = self.tr("Sinds wanneer staat deze zorg het traject niet meer in de weg?")
        self._open(DatumDialog(self.ctx, self.tr("Zorg opgelost"), question, resolve, self))

    def new_verwijzing(self) -> None:
        """Open the dialog to refer the family to a partner."""
        if self.overzicht is not None:
            self._open(VerwijzingDialog(self.ctx, self.overzicht, self))

    def _volgende_stap(self) -> None:
        verwijzing = self._current_verwijzing()
        if self.overzicht is None or verwijzing is None:
            return
        stap = zorg.next_stap(verwijzing.stap)
        if stap is None or stap == VerwijsStap.WARME_OVERDRACHT:
            return
        try:
            with self.ctx.changes() as changes:
                zorg.advance_verwijzing(changes, verwijzing.id, stap)
        except SamenLerenError as error:
            self.message.setText(error.message)
            return
        now = self.tr("De verwijzing is nu bij: %1")
        self.message.setText(now.replace("%1", zorg.STAP_LABELS[stap]))
        self.ctx.changed(self.overzicht.gezin_id)

    def _overdracht(self) -> None:
        verwijzing = self._current_verwijzing()
        if self.overzicht is None or verwijzing is None:
            return
        gezin_id = self.overzicht.gezin_id

        def handover(op: date) -> None:
            with self.ctx.changes() as changes:
                zorg.warme_overdracht(changes, verwijzing.id, op)
            self.ctx.changed(gezin_id)

        question = self.tr(
            "Op welke dag heeft u het gezin warm overgedragen aan %1? "
            "Daarvoor is toestemming van de ouder nodig."
        ).replace("%1", verwijzing.partner_naam)
        dialog = DatumDialog(self.ctx, self.tr("Warme overdracht"), question, handover, self)
        dialog.add_extra_button(
            self.tr("&Eerst toestemming vastleggen…"),
            lambda: self.new_toestemming(
                ToestemmingSoort.OVERDRACHT_PARTNER, verwijzing.partner_id
            ),
        )
        self._open(dialog)

    def new_toestemming(
        self, soort: str = ToestemmingSoort.VERWERKING, partner_id: uuid.UUID | None = None
    ) -> None:
        """Open the consent dialog (pre-set to a kind and, for a handover, a partner)."""
        if self.overzicht is None:
            return
        shown = [dialog for dialog in self._dialogs if dialog.isVisible()]
        parent: QWidget = shown[-1] if shown else self
        self._open(
            ToestemmingDialog(
                self.ctx, self.overzicht.gezin_id, self.overzicht.ouders, parent, soort, partner_id
            )
        )

    def _intrekken(self) -> None:
        toestemming_id = self._selected(self.toestemmingen)
        if self.overzicht is None or toestemming_id is None:
            return
        gezin_id = self.overzicht.gezin_id

        def withdraw(op: date) -> None:
            with self.ctx.changes() as changes:
                withdraw_toestemming(changes, toestemming_id, op)
            self.ctx.changed(gezin_id)

        question = self.tr("Op welke dag heeft de ouder deze toestemming ingetrokken?")
        title = self.tr("Toestemming intrekken")
        self._open(DatumDialog(self.ctx, title, question, withdraw, self))
