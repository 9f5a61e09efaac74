"""Auto-lock: the window locks when idle, hides every page, and comes back as it was."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.services.changes import Actor
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.app import build_pages
from samenleren_desktop.ui.autolock import AutoLock
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.lock_overlay import LockOverlay
from samenleren_desktop.ui.main_window import MainWindow
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.tasks import TaskRunner
from samenleren_desktop.ui.unlock import FORGOT_TEXT
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.gui


class NotePage(QWidget):
    """A page with a half-typed note, as a questionnaire or visit screen has."""

    def __init__(self) -> None:
        super().__init__()
        self.note = QLineEdit()
        self.note.setAccessibleName("Notitie")
        QVBoxLayout(self).addWidget(self.note)


@pytest.fixture
def ctx(qtbot: QtBot, workspace: Workspace) -> Iterator[AppContext]:
    """An empty workspace is enough here (and quicker than the demo families)."""
    runner = TaskRunner()
    yield AppContext(workspace, Actor("sanne", "test-laptop"), runner)
    runner.shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> MainWindow:
    main = MainWindow(QLabel("start"))
    qtbot.addWidget(main)
    preferences = Preferences.from_file(str(tmp_path / "instellingen.ini"))
    for key, title, widget in build_pages(ctx, preferences):
        main.add_page(key, title, widget)
    main.add_page("notitie", "Notitie", NotePage())
    main.show()
    main.show_shell()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def autolock(window: MainWindow, ctx: AppContext) -> Iterator[AutoLock]:
    guard = AutoLock(window, ctx.workspace.folder, ctx.runner, minutes=5)
    yield guard
    guard.close()


def _type_a_note(qtbot: QtBot, window: MainWindow) -> QLineEdit:
    window.show_page("notitie")
    page = window.page("notitie")
    assert isinstance(page, NotePage)
    page.note.setFocus()
    qtbot.keyClicks(page.note, "Moeder vertelt over")
    return page.note


def _unlock(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    overlay = window.lock_overlay
    qtbot.keyClicks(overlay.passphrase, passphrase)
    qtbot.keyClick(overlay.passphrase, Qt.Key.Key_Return)


def test_idle_time_locks_and_the_passphrase_returns_to_the_same_input(
    qtbot: QtBot, window: MainWindow, autolock: AutoLock
) -> None:
    note = _type_a_note(qtbot, window)
    autolock.watcher.set_timeout_ms(150)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert window.lock_overlay.isVisible()
    assert not window.centralWidget().isVisible()
    assert not window.statusBar().isVisible()
    assert window.lock_overlay.passphrase.hasFocus()
    _unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert window.current_page_key() == "notitie"
    assert note.text() == "Moeder vertelt over"
    assert note.hasFocus()
    assert window.lock_overlay.passphrase.text() == ""


def test_a_wrong_passphrase_keeps_it_locked_with_a_plain_message(
    qtbot: QtBot, window: MainWindow, autolock: AutoLock
) -> None:
    window.lock()
    _unlock(qtbot, window, "dit is het niet")
    qtbot.waitUntil(lambda: "klopt niet" in window.lock_overlay.message.text(), timeout=5000)
    assert window.is_locked()
    assert window.lock_overlay.button.isEnabled()


def test_the_lock_screen_explains_a_forgotten_passphrase(qtbot: QtBot) -> None:
    overlay = LockOverlay()
    qtbot.addWidget(overlay)
    overlay.show()
    qtbot.waitExposed(overlay)
    assert overlay.forgot.isVisible()
    assert overlay.forgot.text() == "Wachtwoord &vergeten?"
    qtbot.mouseClick(overlay.forgot, Qt.MouseButton.LeftButton)
    assert overlay.message.text() == FORGOT_TEXT
    assert "beheerder" in overlay.message.text()


def test_input_keeps_it_unlocked(qtbot: QtBot, window: MainWindow, autolock: AutoLock) -> None:
    note = _type_a_note(qtbot, window)
    autolock.watcher.set_timeout_ms(300)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(note, Qt.Key.Key_Space)
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_ctrl_l_locks_at_once(qtbot: QtBot, window: MainWindow, autolock: AutoLock) -> None:
    note = _type_a_note(qtbot, window)
    qtbot.keyClick(note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()


def test_zero_minutes_never_locks(qtbot: QtBot, window: MainWindow, autolock: AutoLock) -> None:
    autolock.set_minutes(0)
    qtbot.wait(200)
    assert autolock.watcher.timeout_ms == 0
    assert not window.is_locked()


def test_coming_back_after_the_idle_time_locks_at_once(
    qapp: QApplication, window: MainWindow, autolock: AutoLock
) -> None:
    autolock.watcher.set_timeout_ms(100)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    time.sleep(0.15)  # the laptop slept: no events were processed meanwhile
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert window.is_locked()


def test_open_dialogs_are_hidden_while_locked(
    qtbot: QtBot, window: MainWindow, autolock: AutoLock
) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle("Huisbezoek")
    qtbot.addWidget(dialog)
    dialog.show()
    window.lock()
    assert not dialog.isVisible()
    _unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert dialog.isVisible()


def test_nothing_locks_before_the_workspace_is_open(qtbot: QtBot) -> None:
    start = MainWindow(QLabel("start"))
    qtbot.addWidget(start)
    start.show()
    start.lock()
    assert not start.is_locked()


def test_a_dialog_run_with_exec_is_covered_not_cancelled(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, autolock: AutoLock
) -> None:
    dialog = QDialog(window)
    note = QLineEdit(dialog)
    note.setText("Vader werkt 's avonds")
    qtbot.addWidget(dialog)
    results: list[int] = []
    seen: list[object] = []

    def while_open() -> None:
        window.lock()
        cover = dialog.findChild(QWidget, "lockCover")
        seen.extend([dialog.isVisible(), qapp.activeModalWidget() is window.lock_overlay])
        seen.append(cover is not None and cover.isVisible() and cover.size() == dialog.size())
        window.lock_overlay.passphrase.setText(PASSPHRASE)
        window.lock_overlay.button.click()

    window.unlocked.connect(lambda: QTimer.singleShot(0, dialog.accept))
    QTimer.singleShot(50, while_open)
    QTimer.singleShot(0, lambda: results.append(dialog.exec()))
    qtbot.waitUntil(lambda: results == [QDialog.DialogCode.Accepted], timeout=10_000)
    assert seen == [True, True, True]  # open but covered; the lock screen takes the keys
    assert note.text() == "Vader werkt 's avonds"
    assert not window.lock_overlay.isWindow()
    assert not window.is_locked()


def test_the_first_input_after_sleeping_locks_and_is_not_typed(
    qtbot: QtBot, window: MainWindow, autolock: AutoLock, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = _type_a_note(qtbot, window)
    autolock.set_minutes(1)
    woke_up = time.time() + 120  # the laptop slept two minutes: Qt's timer did not run
    monkeypatch.setattr("samenleren_desktop.ui.autolock._clock", lambda: woke_up)
    qtbot.keyClick(note, Qt.Key.Key_X)
    assert window.is_locked()
    assert note.text() == "Moeder vertelt over"
