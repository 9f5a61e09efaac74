"""The navigation sidebar: one entry per registered page, reachable by keyboard.

Arrow keys move through the entries (the page follows), Ctrl+1 … Ctrl+9 jump to the first nine
pages from anywhere in the window (the main window adds those shortcuts).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget
from typing_extensions import override

_KEY_ROLE = Qt.ItemDataRole.UserRole
_ROW_HEIGHT = 44


class NavigationBar(QListWidget):
    """The list of pages on the left of the main window.

    Signals:
        page_requested: (key) the coach chose a page.
    """

    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Schermen"))
        self.setAccessibleDescription(
            self.tr("Kies een scherm met de pijltjestoetsen, of met Ctrl en een cijfer.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setIconSize(QSize(24, 24))
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def add_entry(self, key: str, title: str, icon: QIcon | None = None) -> None:
        """Add the entry of one page, numbered for its Ctrl shortcut."""
        number = self.count() + 1
        item = QListWidgetItem(title)
        item.setData(_KEY_ROLE, key)
        if icon is not None:
            item.setIcon(icon)
        if number <= 9:
            item.setToolTip(self.tr("{titel} (Ctrl+{nummer})").format(titel=title, nummer=number))
        self.addItem(item)
        self.refit()

    def keys(self) -> list[str]:
        """The keys of all entries, top to bottom."""
        return [str(self.item(row).data(_KEY_ROLE)) for row in range(self.count())]

    def select(self, key: str) -> None:
        """Mark the entry of `key` as current without emitting `page_requested`."""
        self.blockSignals(True)
        try:
            self.setCurrentRow(self.keys().index(key))
        finally:
            self.blockSignals(False)
        self.viewport().update()

    def refit(self) -> None:
        """Size rows and width to the titles at the current font size (up to 200 %)."""
        metrics = self.fontMetrics()
        height = max(_ROW_HEIGHT, metrics.height() * 2)
        widest = 0
        for row in range(self.count()):
            item = self.item(row)
            item.setSizeHint(QSize(0, height))
            widest = max(widest, metrics.horizontalAdvance(item.text()))
        self.setFixedWidth(min(360, widest + self.iconSize().width() + 56))

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refit()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.page_requested.emit(str(current.data(_KEY_ROLE)))
