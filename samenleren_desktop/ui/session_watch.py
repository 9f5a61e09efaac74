"""Lock when the operating system suspends or locks the screen (issue #8).

Linux: D-Bus signals through `PySide6.QtDBus` (part of PySide6-Essentials):

    system bus   org.freedesktop.login1.Manager  PrepareForSleep(true)   the laptop goes to sleep
    system bus   org.freedesktop.login1.Session  Lock                    loginctl lock-session
    session bus  org.freedesktop.ScreenSaver     ActiveChanged(true)     KDE, XFCE, others
    session bus  org.gnome.ScreenSaver           ActiveChanged(true)     GNOME

Windows: a native event filter sees `WM_POWERBROADCAST` with `PBT_APMSUSPEND` and
`WM_WTSSESSION_CHANGE` with `WTS_SESSION_LOCK`; the window registers for the latter with
`WTSRegisterSessionNotification`.

macOS: nothing; its sleep and screen-lock notifications come from NSWorkspace, which
PySide6-Essentials cannot reach without PyObjC. The idle watcher's wall-clock check
(`ui/autolock.py`) still locks at the first input after a sleep.

The decisions (`locks_on_signal`, `locks_on_windows_message`, `login1_session_path`) are plain
functions; the Qt parts only feed them.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QWidget
from typing_extensions import override

LOGIN1 = "org.freedesktop.login1"
SLEEP = "PrepareForSleep"
SESSION_LOCK = "Lock"
SCREEN_SAVER = "ActiveChanged"

# Windows message numbers (winuser.h, wtsapi32.h).
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
_WINDOWS_EVENT_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


@dataclass(frozen=True)
class BusSignal:
    """One D-Bus signal to listen to ("" for path matches any object path).

    Attributes:
        system: on the system bus (else the session bus).
        path: the object path, or "" for any.
        interface: the D-Bus interface.
        name: the signal name (one of SLEEP, SESSION_LOCK, SCREEN_SAVER).
    """

    system: bool
    path: str
    interface: str
    name: str

    @property
    def slot(self) -> str:
        """The slot of `DBusSessionWatch` that receives it (a str: the stubs say bytes, but
        PySide6 6.12 refuses bytes there)."""
        if self.name == SESSION_LOCK:
            return SLOT("_on_session_lock()")
        return SLOT(f"_on_{'sleep' if self.name == SLEEP else 'screen_saver'}(bool)")


def login1_session_path(session_id: str) -> str:
    """The login1 object path of session `session_id` (sd_bus_path_encode), "" if unknown.

    Letters and digits stay, except a leading digit; every other byte becomes _ and two hex
    digits: session "2" is /org/freedesktop/login1/session/_32.
    """
    if not session_id:
        return ""
    parts = []
    for index, byte in enumerate(session_id.encode("utf-8")):
        char = chr(byte)
        plain = char.isascii() and char.isalnum() and not (index == 0 and char.isdigit())
        parts.append(char if plain else f"_{byte:02x}")
    return "/org/freedesktop/login1/session/" + "".join(parts)


def bus_signals(session_id: str) -> tuple[BusSignal, ...]:
    """The signals that mean "lock now"; the session's Lock only for this login session."""
    return (
        BusSignal(True, "/org/freedesktop/login1", f"{LOGIN1}.Manager", SLEEP),
        BusSignal(True, login1_session_path(session_id), f"{LOGIN1}.Session", SESSION_LOCK),
        BusSignal(False, "", "org.freedesktop.ScreenSaver", SCREEN_SAVER),
        BusSignal(False, "", "org.gnome.ScreenSaver", SCREEN_SAVER),
    )


def locks_on_signal(name: str, active: bool = True) -> bool:
    """Whether a D-Bus signal locks: going to sleep and the screen saver starting do;
    waking up (PrepareForSleep(false)) and the screen saver stopping do not."""
    if name == SESSION_LOCK:
        return True
    return name in (SLEEP, SCREEN_SAVER) and active


def locks_on_windows_message(message: int, wparam: int) -> bool:
    """Whether a Windows message locks: suspend, or this session's screen lock."""
    if message == WM_POWERBROADCAST:
        return wparam == PBT_APMSUSPEND
    return message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK


class DBusSessionWatch(QObject):
    """Emits `lock_needed` on the Linux sleep and screen-lock signals.

    Signals:
        lock_needed: the session is suspending or its screen locks.
    """

    lock_needed = Signal()

    def __init__(
        self,
        system_bus: QDBusConnection,
        session_bus: QDBusConnection,
        session_id: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._connected: list[tuple[QDBusConnection, BusSignal]] = []
        for wanted in bus_signals(session_id):
            bus = system_bus if wanted.system else session_bus
            if bus.isConnected() and bus.connect(
                "",
                wanted.path,
                wanted.interface,
                wanted.name,
                self,
                wanted.slot,  # type: ignore[call-overload]
            ):
                self._connected.append((bus, wanted))

    @property
    def listening(self) -> int:
        """How many of the signals are being listened to (0 without a bus)."""
        return len(self._connected)

    def remove(self) -> None:
        """Stop listening."""
        for bus, wanted in self._connected:
            bus.disconnect("", wanted.path, wanted.interface, wanted.name, self, wanted.slot)  # type: ignore[call-overload]
        self._connected = []

    @Slot(bool)
    def _on_sleep(self, sleeping: bool) -> None:
        if locks_on_signal(SLEEP, sleeping):
            self.lock_needed.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        self.lock_needed.emit()

    @Slot(bool)
    def _on_screen_saver(self, active: bool) -> None:
        if locks_on_signal(SCREEN_SAVER, active):
            self.lock_needed.emit()


class _Msg(ctypes.Structure):
    """The start of the Windows MSG structure (the fields the filter reads)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    )


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Calls `on_lock` (from the event loop, not inside the native event) on suspend and lock."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    @override
    def nativeEventFilter(self, eventType: QByteArray | bytes, message: int) -> object:  # type: ignore[override]
        if QByteArray(eventType).data() in _WINDOWS_EVENT_TYPES and message:
            msg = _Msg.from_address(int(message))
            if locks_on_windows_message(msg.message, msg.wParam):
                QTimer.singleShot(0, self._on_lock)
        return False, 0


def register_windows_session(window: QWidget) -> bool:
    """Ask Windows to send `window` the session's lock messages; False elsewhere or on failure."""
    if sys.platform != "win32":
        return False
    notify_for_this_session = 0
    wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined,unused-ignore]
    return bool(
        wtsapi32.WTSRegisterSessionNotification(int(window.winId()), notify_for_this_session)
    )


class SessionWatch(QObject):
    """The platform's sleep and screen-lock watch, as one `lock_needed` signal.

    Attributes:
        dbus: the Linux D-Bus watch, or None on other platforms.

    Signals:
        lock_needed: the session is suspending or its screen locks.
    """

    lock_needed = Signal()

    def __init__(self, dbus: DBusSessionWatch | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dbus = dbus
        self._filter: WindowsSessionFilter | None = None
        if dbus is not None:
            dbus.setParent(self)
            dbus.lock_needed.connect(self.lock_needed)

    @classmethod
    def for_platform(cls, window: QWidget, parent: QObject | None = None) -> SessionWatch:
        """The watch this operating system allows (see the top of the module)."""
        if sys.platform == "win32":
            watch = cls(parent=parent)
            watch.install_windows_filter(window)
            return watch
        if sys.platform == "darwin":
            return cls(parent=parent)
        session_id = os.environ.get("XDG_SESSION_ID", "")
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        return cls(DBusSessionWatch(system, session, session_id), parent)

    def install_windows_filter(self, window: QWidget) -> None:
        """Filter the application's native events for suspend and lock messages."""
        app = QCoreApplication.instance()
        if app is None:
            return
        self._filter = WindowsSessionFilter(self.lock_needed.emit)
        app.installNativeEventFilter(self._filter)
        register_windows_session(window)

    def remove(self) -> None:
        """Stop watching."""
        if self.dbus is not None:
            self.dbus.remove()
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
            self._filter = None
