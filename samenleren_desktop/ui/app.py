"""Composition root of the GUI: application, start page, workspace, pages, auto-lock.

Start-up order in `run()`: QApplication, error handlers, settings, translations, font and
style, the start page (unlock or create); after unlocking: the `AppContext`, the pages from
`build_pages()`, the auto-lock.

Start-up speed: this module imports only Qt and light modules, so the unlock screen shows in
a fraction of a second. The database layer and the screens (SQLAlchemy, SQLModel, Alembic,
the content) are imported on the background thread while the coach types the passphrase
(`_preload`), and used from functions. Keep it that way: import screens inside `build_pages`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.ui.autolock import AutoLock
from samenleren_desktop.ui.create_page import CreatePage
from samenleren_desktop.ui.errors import ErrorReporter, describe
from samenleren_desktop.ui.i18n import apply_font_percent, install_translators
from samenleren_desktop.ui.main_window import TRAJECT_PAGE, MainWindow
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.settings_page import SettingsPage
from samenleren_desktop.ui.tasks import TaskRunner
from samenleren_desktop.ui.unlock import UnlockPage

if TYPE_CHECKING:
    from samenleren_desktop.model.services.changes import Actor
    from samenleren_desktop.model.store.workspace import Workspace
    from samenleren_desktop.ui.context import AppContext
    from samenleren_desktop.ui.sync_controller import SyncController

log = logging.getLogger(__name__)

EXIT_AFTER_START_ENV = "SAMENLEREN_EXIT_AFTER_START"
SYNC_PAGE = "sync"
UNEXPECTED = str(
    QT_TRANSLATE_NOOP(
        "WorkspaceController",
        "Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren; probeer het opnieuw.",
    )
)

# A visible focus on every control, and buttons big enough for a finger.
STYLE_SHEET = """
QPushButton { min-height: 28px; padding: 6px 14px; border: 1px solid #8a8f98;
    border-radius: 4px; background: #f6f7f9; color: #1d1f23; }
QPushButton:hover { background: #e6edf8; }
QPushButton:pressed { background: #cfdcf1; }
QPushButton:disabled { color: #8a8f98; background: #eceef1; }
QPushButton:default { border-color: #1a5fb4; }
QPushButton[flat="true"] { border: none; background: transparent; color: #1a5fb4;
    text-decoration: underline; }
QPushButton:focus, QToolButton:focus { border: 3px solid #1a5fb4; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTableView:focus, QListView:focus,
QTreeView:focus { border: 3px solid #1a5fb4; border-radius: 3px; }
QAbstractSpinBox QLineEdit:focus { border: none; }
QListWidget#navigation { background: #f1f3f6; border: none; border-right: 1px solid #c9ced6; }
QListWidget#navigation::item { padding: 4px 12px; color: #1d1f23; }
QListWidget#navigation::item:selected { background: #1a5fb4; color: white; }
QListWidget#navigation:focus { border: 3px solid #1a5fb4; }
QWidget#lockOverlay, QWidget#lockCover { background: #e9edf3; }
"""


def data_folder() -> Path:
    """Where the program keeps its workspaces for this user."""
    return platformdirs.user_data_path("samenleren", appauthor=False)


def current_actor() -> Actor:
    """Who works: the operating-system user name of the coach, on this laptop's name.

    Until accounts arrive with sync, the login name is the best name the laptop knows.
    """
    from samenleren_desktop.model.services.changes import local_actor  # noqa: PLC0415 - see top

    return local_actor()


def build_pages(
    ctx: AppContext,
    preferences: Preferences | None = None,
    workspace_place: str = "",
    sync: SyncController | None = None,
) -> list[tuple[str, str, QWidget]]:
    """The pages of the open workspace, in the order of the sidebar: (key, title, widget).

    Keys are stable names other code refers to ("traject" receives `ctx.events.open_gezin`).
    With `sync`, the sync page (link, sync now, conflicts) comes before the settings.
    Import the screens here, not at the top of this module (start-up speed, see top).
    """
    from samenleren_desktop.ui.audit_view import AuditLogPage  # noqa: PLC0415
    from samenleren_desktop.ui.caseload import CaseloadView  # noqa: PLC0415
    from samenleren_desktop.ui.coordinator import CoordinatorOverview  # noqa: PLC0415
    from samenleren_desktop.ui.sociale_kaart import SocialeKaartPage  # noqa: PLC0415
    from samenleren_desktop.ui.traject_screens import TrajectPage  # noqa: PLC0415
    from samenleren_desktop.ui.week import WeekView  # noqa: PLC0415

    pages: list[tuple[str, str, QWidget]] = [
        ("gezinnen", QCoreApplication.translate("Pages", "Gezinnen"), CaseloadView(ctx)),
        ("week", QCoreApplication.translate("Pages", "Week"), WeekView(ctx)),
        (TRAJECT_PAGE, QCoreApplication.translate("Pages", "Traject"), TrajectPage(ctx)),
        (
            "sociale_kaart",
            QCoreApplication.translate("Pages", "Sociale kaart"),
            SocialeKaartPage(ctx),
        ),
    ]
    if sees_organisation(ctx):
        pages.append(
            (
                "overzicht",
                QCoreApplication.translate("Pages", "Overzicht"),
                CoordinatorOverview(ctx),
            )
        )
        pages.append(("logboek", QCoreApplication.translate("Pages", "Logboek"), AuditLogPage(ctx)))
    if sync is not None:
        from samenleren_desktop.ui.sync_page import SyncPage  # noqa: PLC0415

        title = QCoreApplication.translate("Pages", "Synchronisatie")
        pages.append((SYNC_PAGE, title, SyncPage(ctx, sync)))
    from samenleren_desktop.ui.backup_box import BackupBox  # noqa: PLC0415

    settings = SettingsPage(preferences or Preferences(), workspace_place, backup=BackupBox(ctx))
    title = QCoreApplication.translate("Pages", "Instellingen")
    pages.append(("instellingen", title, settings))
    return pages


def sees_organisation(ctx: AppContext) -> bool:
    """Whether the coordinator's overview is shown: for a coordinator or administrator, and on
    a workspace not linked to a server (all its data is the user's own, e.g. the demo)."""
    from samenleren_desktop.sync.apply import load_state  # noqa: PLC0415 - see top

    state = load_state(ctx.workspace)
    return not state.server_url or state.rol in ("coordinator", "admin")


class WorkspaceController(QObject):
    """Opens one workspace from the start page and shows it; owns it until quit.

    Attributes:
        window: the main window.
        workspace: the open workspace, once unlocked.
        ctx: what the pages share, once unlocked.
        autolock: locks the window when idle, once unlocked.
    """

    def __init__(
        self,
        folder: Path,
        hint: str = "",
        preferences: Preferences | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.preferences = preferences or Preferences()
        self.today = today
        self.workspace: Workspace | None = None
        self.ctx: AppContext | None = None
        self.autolock: AutoLock | None = None
        self.sync: SyncController | None = None
        self.recovery_dialog: QWidget | None = None
        self.runner = TaskRunner(self)
        if looks_like_workspace(folder):
            self.page: UnlockPage | CreatePage = UnlockPage(folder, hint)
            self.page.unlock_requested.connect(self._on_unlock_requested)
            self.page.recovery_requested.connect(self._on_recovery_requested)
        else:
            self.page = CreatePage(folder)
            self.page.create_requested.connect(self._on_create_requested)
        self.window = MainWindow(self.page)

    @Slot(str)
    def _on_unlock_requested(self, passphrase: str) -> None:
        self.runner.run(lambda: _open(self.folder, passphrase), self._on_opened, self._on_failed)

    @Slot()
    def _on_recovery_requested(self) -> None:
        """The administrator's form for a new passphrase (the workspace is not open yet)."""
        from samenleren_desktop.ui.recovery_dialog import RecoveryDialog  # noqa: PLC0415

        if self.recovery_dialog is not None:
            self.recovery_dialog.deleteLater()
        dialog = RecoveryDialog(self.folder, self.runner, self.window)
        if isinstance(self.page, UnlockPage):
            dialog.recovered.connect(self.page.show_recovered)
        self.recovery_dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_create_requested(self, passphrase: str) -> None:
        self.runner.run(lambda: _create(self.folder, passphrase), self._on_opened, self._on_failed)

    def preload(self) -> None:
        """Load the database layer and the screens in the background (see the top)."""
        self.runner.run(_preload, lambda _: None, self._on_failed)

    def _on_opened(self, result: tuple[Workspace, int]) -> None:
        from samenleren_desktop.sync.content import workspace_content  # noqa: PLC0415
        from samenleren_desktop.ui.context import AppContext  # noqa: PLC0415 - see top
        from samenleren_desktop.ui.sync_controller import SyncController  # noqa: PLC0415

        self.workspace, families = result
        content = workspace_content(self.workspace)  # from the server when it sent content
        self.ctx = AppContext(
            self.workspace, current_actor(), self.runner, content=content, today=self.today
        )
        self.sync = SyncController(self.ctx, self.window.sync_status, parent=self)
        for key, title, widget in self._pages(self.ctx, self.sync):
            self.window.add_page(key, title, widget)
            if isinstance(widget, SettingsPage):
                widget.lock_requested.connect(self.window.lock)
                widget.autolock_changed.connect(self._on_autolock_changed)
        self.window.connect_context(self.ctx)
        minutes = self.preferences.autolock_minutes
        self.autolock = AutoLock(self.window, self.folder, self.runner, minutes, self)
        self._start_sync(self.sync)
        self.ctx.log_access("unlock")
        self.window.show_shell()
        self.window.show_message(
            self.tr("{n} gezinnen · werkruimte {map}").format(n=families, map=self.folder)
        )
        if os.environ.get(EXIT_AFTER_START_ENV):
            print(f"Samen Leren gestart: {families} gezinnen in {self.folder}.")
            QTimer.singleShot(0, QApplication.quit)

    def _start_sync(self, sync: SyncController) -> None:
        """Sync now when linked and then every few minutes; not while the window is locked."""
        sync.show_requested.connect(lambda: self.window.show_page(SYNC_PAGE))
        self.window.locked.connect(sync.stop)
        self.window.unlocked.connect(sync.start)
        sync.start()

    def _pages(self, ctx: AppContext, sync: SyncController) -> list[tuple[str, str, QWidget]]:
        """The pages; if building one fails, report it and go on with the settings alone."""
        try:
            return build_pages(ctx, self.preferences, str(self.folder), sync)
        except Exception:
            sys.excepthook(*sys.exc_info())
            title = QCoreApplication.translate("Pages", "Instellingen")
            return [("instellingen", title, SettingsPage(self.preferences, str(self.folder)))]

    @Slot(int)
    def _on_autolock_changed(self, minutes: int) -> None:
        if self.autolock is not None:
            self.autolock.set_minutes(minutes)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, SamenLerenError):
            self.page.show_error(error.message)
            return
        where = describe(type(error), error, error.__traceback__)
        log.error("Unexpected error while opening a workspace: %s", where)
        self.page.show_error(self.tr(UNEXPECTED))

    def close(self) -> None:
        """Finish background work and close the workspace."""
        if self.autolock is not None:
            self.autolock.close()
        if self.sync is not None:
            self.sync.stop()
        self.runner.shutdown()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def looks_like_workspace(folder: Path) -> bool:
    """`model.store.workspace.is_workspace` without loading the database layer first.

    tests/ui/test_shell.py checks that both agree.
    """
    return (folder / "keyfile.json").is_file() and (folder / "workspace.db").is_file()


def _preload() -> None:
    """Import what unlocking and the pages need (on the background thread)."""
    import samenleren_desktop.model.services.overzicht  # noqa: PLC0415
    import samenleren_desktop.model.store.workspace  # noqa: PLC0415
    import samenleren_desktop.ui.context  # noqa: PLC0415, F401


def _open(folder: Path, passphrase: str) -> tuple[Workspace, int]:
    from samenleren_desktop.model.services.overzicht import gezin_regels  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    workspace = Workspace.open(folder, passphrase)
    with workspace.session() as session:
        return workspace, len(gezin_regels(session))


def _create(folder: Path, passphrase: str) -> tuple[Workspace, int]:
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    return Workspace.create(folder, passphrase), 0


def prepare_application(preferences: Preferences) -> QApplication:
    """The QApplication with the coach's language, font size and the focus style."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Samen Leren")
    app.setOrganizationName("Samen Leren")
    translators = install_translators(app, preferences.language)
    app.setProperty("samenleren_translators", len(translators))
    app.setStyleSheet(STYLE_SHEET)
    apply_font_percent(app, preferences.font_percent)
    return app


def run(workspace: Path | None = None, demo: bool = False) -> int:
    """Start the GUI and return its exit status."""
    QCoreApplication.setApplicationName("Samen Leren")
    QCoreApplication.setOrganizationName("Samen Leren")
    preferences = Preferences()
    app = prepare_application(preferences)
    reporter = ErrorReporter(data_folder() / "logs", app)
    reporter.install()
    hint = ""
    if demo:
        from samenleren_desktop.model.demo import (  # noqa: PLC0415 - only for the demo
            DEMO_PASSPHRASE,
            ensure_demo_workspace,
        )

        workspace = ensure_demo_workspace(data_folder() / "demo")
        hint = QCoreApplication.translate(
            "WorkspaceController", "Demo met fictieve gezinnen. Het wachtwoord is: {wachtwoord}"
        ).format(wachtwoord=DEMO_PASSPHRASE)
    session = WorkspaceController(workspace or data_folder() / "werkruimte", hint, preferences)
    reporter.parent_window = session.window
    session.window.show()
    session.preload()
    automated = os.environ.get("SAMENLEREN_PASSPHRASE")
    if automated and isinstance(session.page, UnlockPage):
        session.page.passphrase.setText(automated)
        QTimer.singleShot(0, session.page.button.click)
    try:
        return app.exec()
    finally:
        session.close()
        reporter.uninstall()


def self_test() -> int:
    """Open every main screen on a temporary demo workspace; 0 when all of them work."""
    from samenleren_desktop.ui.selftest import run_self_test  # noqa: PLC0415 - avoids a cycle

    return run_self_test()
