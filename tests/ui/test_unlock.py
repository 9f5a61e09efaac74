"""The first screens: unlock a workspace, or make one, without freezing the window."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.audit import audit_entries, verify_chain
from samenleren_desktop.model.store.workspace import Workspace, is_workspace
from samenleren_desktop.ui.app import WorkspaceController
from samenleren_desktop.ui.create_page import CreatePage
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.unlock import FORGOT_TEXT, UnlockPage
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_dir(workspace_dir: Path) -> Path:
    ws = Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF)
    with ws, ws.transaction() as session:
        fill_demo(session, 9, seed=5)
    return workspace_dir


@pytest.fixture
def session_for(qtbot: QtBot) -> Iterator[list[WorkspaceController]]:
    sessions: list[WorkspaceController] = []
    yield sessions
    for session in sessions:
        session.close()


def _start(folder: Path, qtbot: QtBot, sessions: list[WorkspaceController]) -> WorkspaceController:
    preferences = Preferences.from_file(str(folder.parent / "instellingen.ini"))
    session = WorkspaceController(folder, preferences=preferences)
    sessions.append(session)
    qtbot.addWidget(session.window)
    session.window.show()
    return session


def test_wrong_passphrase_shows_a_plain_message(
    demo_dir: Path, qtbot: QtBot, session_for: list[WorkspaceController]
) -> None:
    session = _start(demo_dir, qtbot, session_for)
    page = session.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase, "niet goed genoeg")
    qtbot.keyClick(page.passphrase, "\r")
    qtbot.waitUntil(lambda: "klopt niet" in page.message.text())
    assert page.button.isEnabled()
    assert session.workspace is None


def test_right_passphrase_shows_the_families(
    demo_dir: Path, qtbot: QtBot, session_for: list[WorkspaceController]
) -> None:
    session = _start(demo_dir, qtbot, session_for)
    page = session.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, "\r")
    qtbot.waitUntil(session.window.shell_shown)
    window = session.window
    assert window.current_page_key() == "gezinnen"
    assert window.page("gezinnen").isVisible()
    status = window.findChild(QLabel, "statusMessage")
    assert status is not None
    assert status.text().startswith("9 gezinnen")
    assert session.workspace is not None
    assert session.ctx is not None
    assert session.ctx.actor.gebruiker
    # The sync page comes before the settings; the status area says the laptop is not linked.
    assert window.page_keys()[-2:] == ["sync", "instellingen"]
    qtbot.waitUntil(lambda: "niet gekoppeld" in window.sync_status.button.text())
    window.sync_status.button.click()
    assert window.current_page_key() == "sync"
    # The audit trail notes the unlock, and who opened which family.
    workspace = session.ctx.workspace
    with workspace.session() as db:
        gezin_id = db.exec(select(Gezin.id)).first()
    session.ctx.events.open_gezin.emit(gezin_id)

    def logged() -> list[tuple[str, object]]:
        with workspace.session() as db:
            entries = audit_entries(db)
            return sorted((e.actie, e.gezin_id) for e in entries if e.actie in ("unlock", "read"))

    qtbot.waitUntil(lambda: logged() == sorted([("read", gezin_id), ("unlock", None)]))
    assert verify_chain(workspace).ok


def test_forgot_passphrase_explains_what_the_administrator_can_do(
    demo_dir: Path, qtbot: QtBot, session_for: list[WorkspaceController]
) -> None:
    session = _start(demo_dir, qtbot, session_for)
    page = session.page
    assert isinstance(page, UnlockPage)
    page.forgot.click()
    assert page.message.text() == FORGOT_TEXT
    assert "beheerder" in FORGOT_TEXT


def test_first_start_makes_a_workspace(
    workspace_dir: Path, qtbot: QtBot, session_for: list[WorkspaceController]
) -> None:
    session = _start(workspace_dir, qtbot, session_for)
    page = session.page
    assert isinstance(page, CreatePage)
    qtbot.keyClicks(page.first, "kort")
    qtbot.keyClicks(page.second, "kort")
    page.button.click()
    qtbot.waitUntil(lambda: "minstens 12" in page.message.text())
    assert not is_workspace(workspace_dir)
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE + "!")
    page.button.click()
    assert "niet gelijk" in page.message.text()
    page.second.setText(PASSPHRASE)
    page.button.click()
    qtbot.waitUntil(session.window.shell_shown)
    assert is_workspace(workspace_dir)


def test_a_screen_that_fails_to_build_is_reported_and_the_rest_works(
    demo_dir: Path,
    qtbot: QtBot,
    session_for: list[WorkspaceController],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from samenleren_desktop.ui import app
    from samenleren_desktop.ui.errors import ErrorReporter

    def broken(*_args: object) -> list[tuple[str, str, QWidget]]:
        raise RuntimeError("scherm kapot")

    monkeypatch.setattr(app, "build_pages", broken)
    reporter = ErrorReporter(tmp_path / "logs")
    reporter.show_dialogs = False
    reporter.install()
    try:
        session = _start(demo_dir, qtbot, session_for)
        page = session.page
        assert isinstance(page, UnlockPage)
        page.passphrase.setText(PASSPHRASE)
        page.button.click()
        qtbot.waitUntil(session.window.shell_shown)
    finally:
        reporter.uninstall()
    assert session.window.page_keys() == ["instellingen"]
    assert "RuntimeError" in reporter.errors[0]


def _holds(values: tuple[object, ...], secret: str) -> bool:
    return secret in [value for value in values if isinstance(value, str)]


def _holders_of(secret: str) -> list[object]:
    """Every object dict, list, tuple or closure cell that still holds `secret`.

    No closures in here: a closure over `secret` would itself be a cell holding it.
    """
    gc.collect()
    found: list[object] = []
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            values: tuple[object, ...] = tuple(obj.values())
        elif isinstance(obj, list | tuple):
            values = tuple(obj)
        elif type(obj).__name__ == "cell":
            try:
                values = (obj.cell_contents,)  # type: ignore[attr-defined]
            except ValueError:  # an empty cell
                values = ()
        else:
            values = ()
        if _holds(values, secret):
            found.append(obj)
    return found


def test_the_passphrase_is_not_kept_after_unlocking(
    workspace_dir: Path, qtbot: QtBot, session_for: list[WorkspaceController]
) -> None:
    secret = "".join(reversed("nooit bewaren hoor 93"))  # made here, so no constant holds it
    Workspace.create(workspace_dir, secret, FAST_KDF).close()
    session = _start(workspace_dir, qtbot, session_for)
    page = session.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase, secret)
    page.button.click()
    assert page.passphrase.text() == ""  # cleared as soon as it was read
    qtbot.waitUntil(session.window.shell_shown)
    window = session.window
    window.lock()
    qtbot.keyClicks(window.lock_overlay.passphrase, secret)
    window.lock_overlay.button.click()
    assert window.lock_overlay.passphrase.text() == ""
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    qtbot.wait(50)
    holders = _holders_of(secret)
    assert holders == [], [type(holder).__name__ for holder in holders]
