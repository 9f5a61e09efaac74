"""The conflicts list of the sync page: one card per conflict, both values side by side.

Every card says which family, which record and which field, shows the kept value and the other
value next to each other, and has two buttons that are reachable with Tab and carry the value
they choose in their accessible name.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.sync.conflicts import ConflictView
from samenleren_desktop.ui.sync_controller import local_time

CARD_STYLE = """
QFrame#conflictCard { border: 1px solid #c9ced6; border-radius: 6px; background: #ffffff; }
QLabel#valueKept, QLabel#valueOther { border: 1px solid #d5d9e0; border-radius: 4px;
    padding: 6px; background: #f6f7f9; }
QLabel#valueOther { border-style: dashed; }
"""

_DELETE_KINDS = ("edit_on_deleted", "delete_on_edited")


class ConflictCard(QFrame):
    """One conflict with its two values and the buttons to decide.

    Signals:
        decided: (conflict id, "bewaard" | "anders").
    """

    decided = Signal(object, str)

    def __init__(self, view: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("conflictCard")
        self.setStyleSheet(CARD_STYLE)
        where = " · ".join(part for part in (view.gezin, view.gegeven, view.veld) if part)
        self.title = _bold(where)
        self.title.setWordWrap(True)
        explanation = QLabel(view.uitleg)
        explanation.setWordWrap(True)
        values = QGridLayout()
        values.setColumnStretch(0, 1)
        values.setColumnStretch(1, 1)
        values.addWidget(_bold(self.tr("Bewaard")), 0, 0)
        values.addWidget(_bold(self.tr("Andere waarde")), 0, 1)
        self.kept = _value_label(view.bewaard, "valueKept")
        self.other = _value_label(view.anders, "valueOther")
        self.kept.setAccessibleName(self.tr("Bewaarde waarde: {w}").format(w=view.bewaard))
        self.other.setAccessibleName(self.tr("Andere waarde: {w}").format(w=view.anders))
        values.addWidget(self.kept, 1, 0)
        values.addWidget(self.other, 1, 1)
        self.keep_button = QPushButton(self._keep_text())
        self.other_button = QPushButton(self._other_text())
        self.keep_button.setAccessibleName(f"{self._keep_text()}: {view.bewaard} ({where})")
        self.other_button.setAccessibleName(f"{self._other_text()}: {view.anders} ({where})")
        self.other_button.setVisible(view.kan_anders)
        self.keep_button.clicked.connect(lambda: self.decided.emit(view.id, "bewaard"))
        self.other_button.clicked.connect(lambda: self.decided.emit(view.id, "anders"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(explanation)
        layout.addLayout(values)
        layout.addWidget(self._footer())
        layout.addLayout(buttons)
        self.setAccessibleName(where)
        self.setAccessibleDescription(view.uitleg)

    def _keep_text(self) -> str:
        if self.view.soort in _DELETE_KINDS:
            return self.tr("Verwijdering accepteren")
        if self.view.soort == "rejected":
            return self.tr("Gezien")
        return self.tr("Deze houden")

    def _other_text(self) -> str:
        if self.view.soort in _DELETE_KINDS:
            return self.tr("Herstellen met de wijziging")
        return self.tr("Andere waarde kiezen")

    def _footer(self) -> QLabel:
        when = local_time(self.view.tijd).strftime("%d-%m-%Y %H:%M")
        text = self.tr("Binnengekomen op {tijd}").format(tijd=when)
        if self.view.door:
            text += " · " + self.tr("laatst gewijzigd door {wie}").format(wie=self.view.door)
        footer = QLabel(text)
        footer.setStyleSheet("color: #4a4f57;")
        return footer

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while the decision is stored."""
        self.keep_button.setEnabled(not busy)
        self.other_button.setEnabled(not busy)


def _value_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ConflictList(QWidget):
    """The open conflicts as cards (or one line saying there are none).

    Signals:
        decided: (conflict id, "bewaard" | "anders") from one of the cards.
    """

    decided = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[ConflictCard] = []
        self.empty = QLabel(self.tr("Geen conflicten: alles is op elkaar afgestemd."))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)

    def set_conflicts(self, views: list[ConflictView]) -> None:
        """Show these conflicts (newest first), replacing the cards shown before."""
        for card in self.cards:
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for index, view in enumerate(views):
            card = ConflictCard(view, self)
            card.decided.connect(self._on_decided)
            self._layout.insertWidget(index, card)
            self.cards.append(card)
        self.empty.setVisible(not views)

    def card(self, conflict_id: uuid.UUID) -> ConflictCard | None:
        """The card of a conflict, if shown."""
        return next((c for c in self.cards if c.view.id == conflict_id), None)

    def _on_decided(self, conflict_id: uuid.UUID, keep: str) -> None:
        card = self.card(conflict_id)
        if card is not None:
            card.set_busy(True)
        self.decided.emit(conflict_id, keep)
