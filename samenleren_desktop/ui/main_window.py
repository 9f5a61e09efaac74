"""The main window: a shell holding the unlock page and the family list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTableView, QWidget

from samenleren_desktop.model.services.overzicht import GezinRegel
from samenleren_desktop.ui.families import FamiliesModel


class MainWindow(QMainWindow):
    """Shows the start page (unlock or create) until the workspace is open, then the families.

    Attributes:
        start_page: the passphrase screen.
        families_view: the table of families.
    """

    def __init__(self, start_page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Samen Leren")
        self.resize(1000, 680)
        self.start_page = start_page
        self.families_view = QTableView()
        self.families_view.setObjectName("familiesView")
        self.families_view.setAccessibleName("Gezinnen")
        self.families_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.families_view.setAlternatingRowColors(True)
        self.families_view.verticalHeader().hide()
        self._stack = QStackedWidget()
        self._stack.addWidget(start_page)
        self._stack.addWidget(self.families_view)
        self.setCentralWidget(self._stack)
        self._status = QLabel()
        self.statusBar().addWidget(self._status)

    def show_families(self, rows: list[GezinRegel], place: str) -> None:
        """Replace the unlock page with the family list."""
        self.families_view.setModel(FamiliesModel(rows))
        self.families_view.resizeColumnsToContents()
        self.families_view.horizontalHeader().setStretchLastSection(True)
        self._stack.setCurrentWidget(self.families_view)
        self.families_view.setFocus()
        self._status.setText(f"{len(rows)} gezinnen · werkruimte {place} · offline")
