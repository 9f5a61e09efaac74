"""Sleep and screen lock of the operating system lock the window (issue #8).

The Linux path is tested for real: a private D-Bus daemon stands in for the system and session
buses, and the tests emit the very signals logind and the screen savers send. The Windows
filter gets real MSG structures in memory; only Windows itself delivering them is not tested.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.services.changes import Actor
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui import session_watch
from samenleren_desktop.ui.autolock import AutoLock
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.main_window import MainWindow
from samenleren_desktop.ui.session_watch import (
    DBusSessionWatch,
    SessionWatch,
    WindowsSessionFilter,
    locks_on_windows_message,
    login1_session_path,
)
from samenleren_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

SESSION_PATH = "/org/freedesktop/login1/session/_32"


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """The address of a private D-Bus daemon, stopped after the test."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian package dbus)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    yield address
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


def _connect(address: str, name: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    return bus


def _emit(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if args:
        message.setArguments(list(args))
    assert bus.send(message)


@pytest.fixture
def buses(bus_address: str) -> Iterator[tuple[QDBusConnection, QDBusConnection]]:
    """(listener, sender) on the private bus."""
    yield _connect(bus_address, "samenleren-watch"), _connect(bus_address, "samenleren-sender")
    QDBusConnection.disconnectFromBus("samenleren-watch")
    QDBusConnection.disconnectFromBus("samenleren-sender")


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    runner = TaskRunner()
    ctx = AppContext(workspace, Actor("sanne", "test-laptop"), runner)
    main = MainWindow(QLabel("start"))
    qtbot.addWidget(main)
    main.add_page("leeg", "Leeg", QLabel("pagina"))
    main.connect_context(ctx)
    main.show()
    main.show_shell()
    qtbot.waitExposed(main)
    yield main
    runner.shutdown()


@pytest.mark.parametrize(
    ("path", "interface", "name", "args"),
    [
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", (True,)),
        (SESSION_PATH, "org.freedesktop.login1.Session", "Lock", ()),
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", (True,)),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", (True,)),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", (True,)),
    ],
)
def test_the_sleep_and_screen_lock_signals_lock_the_window(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    buses: tuple[QDBusConnection, QDBusConnection],
    path: str,
    interface: str,
    name: str,
    args: tuple[object, ...],
) -> None:
    listener, sender = buses
    watch = SessionWatch(DBusSessionWatch(listener, listener, "2"))
    guard = AutoLock(window, workspace.folder, TaskRunner(window), 5, session=watch)
    assert watch.dbus is not None
    assert watch.dbus.listening == 4
    _emit(sender, path, interface, name, *args)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    guard.close()


@pytest.mark.parametrize(
    ("path", "interface", "name", "args"),
    [
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", (False,)),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", (False,)),
        # Another user's session locking is not ours.
        ("/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session", "Lock", ()),
    ],
)
def test_waking_up_and_other_sessions_do_not_lock(
    qtbot: QtBot,
    window: MainWindow,
    buses: tuple[QDBusConnection, QDBusConnection],
    path: str,
    interface: str,
    name: str,
    args: tuple[object, ...],
) -> None:
    listener, sender = buses
    watch = DBusSessionWatch(listener, listener, "2")
    seen: list[str] = []
    watch.lock_needed.connect(lambda: seen.append("lock"))
    _emit(sender, path, interface, name, *args)
    # A signal that does lock, sent after, proves the first one was delivered and ignored.
    _emit(sender, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: seen == ["lock"], timeout=3000)
    qtbot.wait(50)
    assert seen == ["lock"]
    watch.remove()


def test_after_closing_the_signals_are_not_heard(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    listener, sender = buses
    watch = DBusSessionWatch(listener, listener, "2")
    seen: list[str] = []
    watch.lock_needed.connect(lambda: seen.append("lock"))
    watch.remove()
    assert watch.listening == 0
    _emit(sender, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.wait(300)
    assert seen == []


def test_without_a_bus_nothing_is_listened_to(qtbot: QtBot) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "samenleren-nowhere")
    watch = DBusSessionWatch(nowhere, nowhere, "2")
    assert watch.listening == 0
    QDBusConnection.disconnectFromBus("samenleren-nowhere")


def test_login1_session_paths_are_encoded_as_systemd_does() -> None:
    assert login1_session_path("2") == SESSION_PATH
    assert login1_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login1_session_path("12") == "/org/freedesktop/login1/session/_312"
    assert login1_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
    assert login1_session_path("") == ""


def test_windows_suspend_and_lock_messages_lock_and_others_do_not() -> None:
    assert locks_on_windows_message(session_watch.WM_POWERBROADCAST, session_watch.PBT_APMSUSPEND)
    assert locks_on_windows_message(
        session_watch.WM_WTSSESSION_CHANGE, session_watch.WTS_SESSION_LOCK
    )
    resume_automatic, session_unlock, wm_paint = 0x12, 0x8, 0x000F
    assert not locks_on_windows_message(session_watch.WM_POWERBROADCAST, resume_automatic)
    assert not locks_on_windows_message(session_watch.WM_WTSSESSION_CHANGE, session_unlock)
    assert not locks_on_windows_message(wm_paint, session_watch.PBT_APMSUSPEND)


def test_the_windows_filter_reads_the_msg_structure(qtbot: QtBot) -> None:
    seen: list[str] = []
    native = WindowsSessionFilter(lambda: seen.append("lock"))
    msg = session_watch._Msg(None, session_watch.WM_WTSSESSION_CHANGE, 0x8, 0)  # unlock
    assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (False, 0)
    msg.wParam = session_watch.WTS_SESSION_LOCK
    native.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(msg))  # not Windows
    qtbot.wait(20)
    assert seen == []
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert seen == []  # not inside the native event: from the event loop
    qtbot.waitUntil(lambda: seen == ["lock"], timeout=1000)
