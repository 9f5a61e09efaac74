"""Auto-lock: lock the window after a while without input, unlock with the passphrase.

Idle means no key, mouse, wheel, touch or tablet input reached the application (an event
filter on the QApplication). The program also locks when it comes back to the foreground after
having been in the background for longer than the idle time (the coach switched to another
program), and when the first input after a gap longer than the idle time arrives (the laptop
slept: Qt's timers stand still during suspend, the wall clock does not); that input is then
swallowed, not typed into the screen. It also locks when the operating system says the laptop
is going to sleep or the screen locks (`ui/session_watch.py`).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.ui.lock_overlay import verify_passphrase
from samenleren_desktop.ui.main_window import MainWindow
from samenleren_desktop.ui.session_watch import SessionWatch
from samenleren_desktop.ui.tasks import TaskRunner

_clock = time.time  # wall-clock seconds: keeps running while the laptop sleeps

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input; any input starts the wait again.

    Signals:
        idle: the application saw no input for the whole idle time, or came back to the
            foreground after being away longer than that.
    """

    idle = Signal()

    def __init__(self, app: QApplication, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._away_since: float | None = None
        self._last_input = _clock()
        self.set_timeout_ms(timeout_ms)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_application_state_changed)

    @property
    def timeout_ms(self) -> int:
        """The idle time in milliseconds; 0 means never lock."""
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the idle time (0 = never) and start waiting again."""
        self._timeout_ms = max(0, timeout_ms)
        self.restart()

    def restart(self) -> None:
        """Start the idle time from now (after input, or after unlocking)."""
        self._last_input = _clock()
        if self._timeout_ms:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Stop watching (the window is locked already)."""
        self._timer.stop()

    def remove(self) -> None:
        """Stop watching for good and let go of the application."""
        self._timer.stop()
        self._app.removeEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in INPUT_EVENTS or not self._timer.isActive():
            return False
        now = _clock()
        if (now - self._last_input) * 1000 >= self._timeout_ms:
            self._timer.stop()
            self.idle.emit()
            return True
        self._last_input = now
        self._timer.start(self._timeout_ms)
        return False

    @Slot(Qt.ApplicationState)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            if self._away_since is None:
                self._away_since = time.monotonic()
            return
        away_since, self._away_since = self._away_since, None
        away_ms = 0.0 if away_since is None else (time.monotonic() - away_since) * 1000
        if self._timeout_ms and self._timer.isActive() and away_ms >= self._timeout_ms:
            self._timer.stop()
            self.idle.emit()


class AutoLock(QObject):
    """Locks `window` when idle, on Ctrl+L, on sleep and on the operating system's screen lock;
    unlocks it when the passphrase is right.

    Attributes:
        watcher: the idle watcher.
        session: the operating system's sleep and screen-lock watch.

    Signals:
        unlocked: the coach is back at the same screen.
    """

    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        folder: Path,
        runner: TaskRunner,
        minutes: int,
        parent: QObject | None = None,
        session: SessionWatch | None = None,
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._window = window
        self._folder = folder
        self._runner = runner
        self.watcher = IdleWatcher(app, minutes * 60_000, self)
        self.watcher.idle.connect(window.lock)
        window.locked.connect(self.watcher.stop)
        self.session = session or SessionWatch.for_platform(window, self)
        self.session.lock_needed.connect(window.lock)
        window.lock_overlay.unlock_requested.connect(self._on_unlock_requested)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (0 = never)."""
        self.watcher.set_timeout_ms(minutes * 60_000)

    def close(self) -> None:
        """Stop watching; the window stays as it is."""
        self.watcher.remove()
        self.session.remove()

    @Slot(str)
    def _on_unlock_requested(self, passphrase: str) -> None:
        # The passphrase lives on only in this closure, dropped when the check is done.
        self._runner.run(
            lambda: verify_passphrase(self._folder, passphrase), self._on_verified, self._on_failed
        )

    def _on_verified(self, _result: object) -> None:
        self._window.unlock()
        self.watcher.restart()
        self.unlocked.emit()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, SamenLerenError):
            self._window.lock_overlay.show_error(error.message)
            return
        self._window.lock_overlay.show_error(
            self.tr("Het wachtwoord kon niet worden gecontroleerd. Probeer het opnieuw.")
        )
        raise error
