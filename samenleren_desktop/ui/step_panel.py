"""The step panel of the traject view: what one step is, where it stands, the buttons that do it."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from samenleren_desktop.ui.visit_dialog import MIN_BUTTON_HEIGHT


class StepPanel(QFrame):
    """What one step is, where it stands, and the buttons that do it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Stap"))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.uitleg = QLabel()
        self.uitleg.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.plan_button = self._button(self.tr("Huis&bezoek plannen"))
        self.record_button = self._button(self.tr("Huisbezoek vastl&eggen"))
        self.skip_button = self._button(self.tr("Stap over&slaan…"))
        self.plan_button.setToolTip(self.tr("Huisbezoek plannen voor deze stap (Ctrl+B)"))
        self.record_button.setToolTip(self.tr("Huisbezoek vastleggen (Ctrl+R)"))
        self.extra = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.uitleg)
        layout.addWidget(self.status)
        layout.addLayout(self.extra)
        for button in (self.plan_button, self.record_button, self.skip_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.setMinimumWidth(240)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setMinimumHeight(MIN_BUTTON_HEIGHT)
        return button

    def order_tabs(self, after: QWidget) -> None:
        """Tab goes down the panel as it reads, right after `after`: the step's own buttons,
        then plan, record and skip (new buttons would otherwise come last in the window)."""
        items = (self.extra.itemAt(i) for i in range(self.extra.count()))
        extras = [w for item in items if item is not None and (w := item.widget()) is not None]
        chain = [after, *extras, self.plan_button, self.record_button, self.skip_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def clear_extra(self) -> None:
        """Remove the buttons registered for the previous step."""
        while self.extra.count():
            item = self.extra.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
