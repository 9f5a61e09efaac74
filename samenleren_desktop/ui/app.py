"""Composition root of the GUI: application, start page, workspace, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from samenleren_desktop.model.demo import DEMO_PASSPHRASE, ensure_demo_workspace
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.overzicht import GezinRegel, gezin_regels
from samenleren_desktop.model.store.workspace import Workspace, is_workspace
from samenleren_desktop.ui.create_page import CreatePage
from samenleren_desktop.ui.main_window import MainWindow
from samenleren_desktop.ui.tasks import TaskRunner
from samenleren_desktop.ui.unlock import UnlockPage

log = logging.getLogger(__name__)

EXIT_AFTER_START_ENV = "SAMENLEREN_EXIT_AFTER_START"
UNEXPECTED = (
    "Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren; probeer het opnieuw."
)


def data_folder() -> Path:
    """Where the program keeps its workspaces for this user."""
    return platformdirs.user_data_path("samenleren", appauthor=False)


class WorkspaceController(QObject):
    """Opens one workspace from the start page and shows it; owns it until quit.

    Attributes:
        window: the main window.
        workspace: the open workspace, once unlocked.
    """

    def __init__(self, folder: Path, hint: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.workspace: Workspace | None = None
        self.runner = TaskRunner(self)
        if is_workspace(folder):
            self.page: UnlockPage | CreatePage = UnlockPage(folder, hint)
            self.page.unlock_requested.connect(self._on_unlock_requested)
        else:
            self.page = CreatePage(folder)
            self.page.create_requested.connect(self._on_create_requested)
        self.window = MainWindow(self.page)

    @Slot(str)
    def _on_unlock_requested(self, passphrase: str) -> None:
        self.runner.run(lambda: _open(self.folder, passphrase), self._on_opened, self._on_failed)

    @Slot(str)
    def _on_create_requested(self, passphrase: str) -> None:
        self.runner.run(lambda: _create(self.folder, passphrase), self._on_opened, self._on_failed)

    def _on_opened(self, result: tuple[Workspace, list[GezinRegel]]) -> None:
        self.workspace, rows = result
        self.window.show_families(rows, str(self.folder))
        if os.environ.get(EXIT_AFTER_START_ENV):
            print(f"Samen Leren gestart: {len(rows)} gezinnen in {self.folder}.")
            QTimer.singleShot(0, QApplication.quit)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, SamenLerenError):
            self.page.show_error(error.message)
            return
        log.error("Unexpected error while opening a workspace", exc_info=error)
        self.page.show_error(UNEXPECTED)

    def close(self) -> None:
        """Finish background work and close the workspace."""
        self.runner.shutdown()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def _open(folder: Path, passphrase: str) -> tuple[Workspace, list[GezinRegel]]:
    workspace = Workspace.open(folder, passphrase)
    with workspace.session() as session:
        return workspace, gezin_regels(session)


def _create(folder: Path, passphrase: str) -> tuple[Workspace, list[GezinRegel]]:
    return Workspace.create(folder, passphrase), []


def run(workspace: Path | None = None, demo: bool = False) -> int:
    """Start the GUI and return its exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Samen Leren")
    app.setOrganizationName("Samen Leren")
    hint = ""
    if demo:
        workspace = ensure_demo_workspace(data_folder() / "demo")
        hint = f"Demo met fictieve gezinnen. Het wachtwoord is: {DEMO_PASSPHRASE}"
    session = WorkspaceController(workspace or data_folder() / "werkruimte", hint)
    session.window.show()
    automated = os.environ.get("SAMENLEREN_PASSPHRASE")
    if automated and isinstance(session.page, UnlockPage):
        session.page.passphrase.setText(automated)
        QTimer.singleShot(0, session.page.button.click)
    try:
        return app.exec()
    finally:
        session.close()


def self_test() -> int:
    """Open every main screen on a temporary demo workspace; 0 when all of them work."""
    print("Fout: de zelftest is nog niet gebouwd.", file=sys.stderr)
    return 1
