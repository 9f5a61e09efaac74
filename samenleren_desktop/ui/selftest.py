"""`samenleren --self-test`: open every screen of the real main window on a throwaway workspace.

Makes a temporary demo workspace, unlocks it through the real unlock page, shows every
registered page (opening a family where a page needs one), locks and unlocks once, and prints
one line per screen. Then it checks the administrator's machine-wide file, renders a plan van
aanpak as PDF and, with `--server URL`, enrols a new empty workspace and syncs it once
(`selftest_checks`). Exit status 0 when every step worked, 1 otherwise. Runs offscreen where
there is no display, so CI and the packaged build can use it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler

from samenleren_desktop.config import load_machine_config
from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.overzicht import gezin_regels
from samenleren_desktop.model.store.keyfile import KdfParams
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.app import WorkspaceController, prepare_application
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.errors import ErrorReporter, describe
from samenleren_desktop.ui.main_window import TRAJECT_PAGE, MainWindow
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.selftest_checks import (
    CheckFailed,
    machine_config_line,
    render_plan,
    sync_once,
)
from samenleren_desktop.ui.unlock import UnlockPage

PASSPHRASE = "zelftest-wachtwoord-123"
FAMILIES = 4
SETTLE_SECONDS = 0.25
UNLOCK_TIMEOUT = 60.0


class SelfTestFailed(Exception):
    """One step of the self-test went wrong; the message says which and why."""


def use_offscreen_without_display() -> None:
    """Choose Qt's offscreen platform on Linux when no display server is reachable."""
    if sys.platform in ("win32", "darwin"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _quiet_offscreen_notes(_kind: QtMsgType, _where: QMessageLogContext, message: str) -> None:
    """Pass Qt's messages on, except the offscreen platform's note about window size hints."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Process events until `condition()` holds or `timeout` seconds pass."""

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def settle(seconds: float = SETTLE_SECONDS) -> None:
    """Let queued work and background results arrive."""
    wait_until(lambda: False, seconds)


def make_demo_workspace(folder: Path, families: int = FAMILIES, today: date | None = None) -> None:
    """A throwaway workspace with demo families (cheap key derivation: it is deleted after)."""

    cheap = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    workspace = Workspace.create(folder, PASSPHRASE, cheap)
    with workspace, workspace.transaction() as session:
        fill_demo(session, families, seed=1, today=today or date.today())


def first_gezin_id(ctx: AppContext) -> uuid.UUID | None:
    """The id of the first family in the workspace, to open on pages that show one."""

    with ctx.session() as session:
        rows = gezin_regels(session)
    return rows[0].id if rows else None


def prepare_page(window: MainWindow, ctx: AppContext, key: str) -> None:
    """Show page `key` the way a coach would first see it.

    A page may define `screenshot_setup(ctx)` (e.g. to open a family first); the traject page
    without one is given the first family through `ctx.events.open_gezin`.
    """

    window.show_page(key)
    setup = getattr(window.page(key), "screenshot_setup", None)
    if callable(setup):
        setup(ctx)
    elif key == TRAJECT_PAGE:
        gezin_id = first_gezin_id(ctx)
        if gezin_id is not None:
            ctx.events.open_gezin.emit(gezin_id)
    window.show_page(key)


def run_self_test(out: TextIO = sys.stdout, server: str | None = None) -> int:
    """Run the self-test; print one line per step; return the exit status.

    Args:
        out: where the lines go.
        server: sync once with this server (credentials: see `selftest_checks`).
    """
    use_offscreen_without_display()
    qInstallMessageHandler(_quiet_offscreen_notes)
    with tempfile.TemporaryDirectory(prefix="samenleren-zelftest-") as tmp:
        try:
            _run_in(Path(tmp), out, server)
        except SelfTestFailed as failure:
            print(f"FOUT  {failure}", file=out)
            return 1
    print("Zelftest geslaagd.", file=out)
    return 0


def _run_in(folder: Path, out: TextIO, server: str | None) -> None:

    machine = load_machine_config()
    make_demo_workspace(folder / "werkruimte")
    preferences = Preferences.from_file(str(folder / "instellingen.ini"), machine)
    app = prepare_application(preferences)
    reporter = ErrorReporter(folder / "logs", app)
    reporter.show_dialogs = False
    reporter.install()
    controller = WorkspaceController(folder / "werkruimte", "", preferences)
    try:
        _visit_everything(controller, reporter, out)
        _step("Beheerbestand", lambda: machine_config_line(machine), out)
        ctx = controller.ctx
        assert ctx is not None

        def pdf() -> str:
            with ctx.session() as session:
                return render_plan(session, folder, ctx.today())

        _step("PDF", pdf, out)
        if server:
            _step("Synchronisatie", lambda: sync_once(server, folder / "sync", PASSPHRASE), out)
    finally:
        controller.window.close()
        controller.close()
        reporter.uninstall()
        controller.window.deleteLater()
        settle(0.05)


def _step(name: str, check: Callable[[], str], out: TextIO) -> None:
    """Run one check that returns what it found; a failure stops the self-test."""
    try:
        found = check()
    except (CheckFailed, SamenLerenError) as error:
        raise SelfTestFailed(f"{name}: {error}") from error
    print(f"ok  {name}: {found}", file=out)


def _check(reporter: ErrorReporter, name: str, out: TextIO) -> None:

    if reporter.errors:
        raise SelfTestFailed(f"{name}: {reporter.errors[0]}")
    print(f"ok  {name}", file=out)


def _visit_everything(
    controller: WorkspaceController, reporter: ErrorReporter, out: TextIO
) -> None:

    window = controller.window
    window.show()
    page = controller.page
    if not isinstance(page, UnlockPage):
        raise SelfTestFailed("Ontgrendelen: de werkruimte is niet gemaakt")
    page.passphrase.setText(PASSPHRASE)
    page.button.click()
    if not wait_until(window.shell_shown, UNLOCK_TIMEOUT):
        raise SelfTestFailed(f"Ontgrendelen: {page.message.text() or 'duurde te lang'}")
    settle()
    _check(reporter, "Ontgrendelen", out)
    assert controller.ctx is not None
    for key in window.page_keys():
        try:
            prepare_page(window, controller.ctx, key)
        except Exception as error:
            where = describe(type(error), error, error.__traceback__)
            raise SelfTestFailed(f"{window.page_title(key)}: {where}") from error
        settle()
        if window.current_page_key() != key:
            raise SelfTestFailed(f"{window.page_title(key)}: het scherm werd niet getoond")
        _check(reporter, window.page_title(key), out)
    _lock_and_unlock(window, reporter, out)


def _lock_and_unlock(window: MainWindow, reporter: ErrorReporter, out: TextIO) -> None:

    before = window.current_page_key()
    window.lock()
    if not window.is_locked():
        raise SelfTestFailed("Vergrendelen: het scherm ging niet op slot")
    window.lock_overlay.passphrase.setText(PASSPHRASE)
    window.lock_overlay.button.click()
    if not wait_until(lambda: not window.is_locked(), UNLOCK_TIMEOUT):
        raise SelfTestFailed(f"Vergrendelen: {window.lock_overlay.message.text()}")
    if window.current_page_key() != before:
        raise SelfTestFailed("Vergrendelen: na ontgrendelen stond er een ander scherm")
    _check(reporter, "Vergrendelen", out)
