"""Syncing from the GUI: on unlock, every few minutes, and on demand, never on the GUI thread.

    controller = SyncController(ctx, window.sync_status)
    controller.show_requested.connect(lambda: window.show_page("sync"))
    controller.start()   # after unlock: syncs now (when linked) and then every 5 minutes
    controller.stop()    # on lock or close

Each sync runs `SyncService.sync` on `ctx.runner`; the status area says what is going on in
plain Dutch. After data came in, `ctx.events.data_changed` tells open screens to reload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from shiboken6 import isValid

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.sync.client import SyncProgress, SyncResult, SyncService, SyncStatus
from samenleren_desktop.sync.conflicts import count_open
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.errors import describe
from samenleren_desktop.ui.sync_status import SyncStatusWidget

log = logging.getLogger(__name__)
SYNC_SHORTCUT = "Ctrl+Shift+S"


@dataclass(frozen=True)
class SyncOutcome:
    """A finished sync with the state to show afterwards (both made on the worker thread)."""

    result: SyncResult
    status: SyncStatus
    open_conflicts: int


class SyncController(QObject):
    """Runs syncs one at a time and keeps the status area up to date.

    Attributes:
        service: the sync service of the open workspace.
        last_result: the result of the last finished sync, if any.

    Signals:
        started: a sync began.
        progress: (SyncProgress) how far the running sync is, on the GUI thread.
        finished: (SyncResult) a sync ended.
        enrolled: the workspace was linked to a server.
        enrol_failed: (str) linking failed, with the Dutch reason.
        state_changed: status, waiting changes or conflicts may have changed.
        show_requested: the coach clicked the status area; show the sync page.
    """

    started = Signal()
    progress = Signal(object)
    finished = Signal(object)
    enrolled = Signal()
    enrol_failed = Signal(str)
    state_changed = Signal()
    show_requested = Signal()
    _report = Signal(object)  # progress from the worker thread, delivered on the GUI thread

    def __init__(
        self,
        ctx: AppContext,
        status: SyncStatusWidget,
        parent: QObject | None = None,
        interval_minutes: float = 5,
        service: SyncService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self.service = service or SyncService(ctx.workspace)
        self.last_result: SyncResult | None = None
        self._busy = False
        self._enrolled: bool | None = None  # learnt on the worker thread: the keyring may be slow
        self._close_when_done = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, round(interval_minutes * 60_000)))
        self.timer.timeout.connect(self.sync_now)
        self._report.connect(self.progress)
        status.clicked.connect(self.show_requested)
        # Anywhere in the window (not while locked: the status bar is hidden then).
        self.shortcut = QShortcut(QKeySequence(SYNC_SHORTCUT), status)
        self.shortcut.activated.connect(self._on_shortcut)

    def is_busy(self) -> bool:
        """Whether a sync (or linking) is running."""
        return self._busy

    def is_enrolled(self) -> bool:
        """Whether the workspace is linked to a server, as last seen (no keyring call here)."""
        return bool(self._enrolled)

    def start(self) -> None:
        """Sync now when linked, then every interval; otherwise say "niet gekoppeld"."""
        self._close_when_done = False
        self._load_state(then_sync=True)

    def refresh(self) -> None:
        """Show the stored state again (e.g. after a conflict was decided)."""
        self._load_state(then_sync=False)

    def _load_state(self, then_sync: bool) -> None:
        """Read whether linked, the state and the open conflicts off the GUI thread."""

        def work() -> tuple[SyncStatus, int]:
            return self.service.status(), count_open(self.ctx.workspace)

        def done(found: tuple[SyncStatus, int]) -> None:
            status, conflicts = found
            self._enrolled = status.enrolled
            if not self._busy:
                self.show_status(status, conflicts, self.last_result)
            self.state_changed.emit()
            if then_sync and status.enrolled:
                self.timer.start()
                self.sync_now()
            elif then_sync:
                self.timer.stop()

        def failed(error: BaseException) -> None:
            log.error(
                "Reading the sync state failed: %s",
                describe(type(error), error, error.__traceback__),
            )

        self.ctx.runner.run(work, done, failed)

    def stop(self) -> None:
        """Stop the timer and close the connection (after a running sync has ended)."""
        self.timer.stop()
        if self._busy:
            self._close_when_done = True
        else:
            self.service.close()

    def _on_shortcut(self) -> None:
        if not self.sync_now() and not self._enrolled:
            self.show_requested.emit()  # not linked: show the form

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync unless one is running or the workspace is not linked; True if started."""
        if self._busy or not self._enrolled:
            return False
        self._begin()
        self.ctx.runner.run(self._work, self._on_done, self._on_error)
        return True

    def enrol(self, server_url: str, username: str, password: str) -> bool:
        """Link the workspace off the GUI thread, then sync; False when busy."""
        if self._busy:
            return False
        self._begin()

        def work() -> SyncOutcome:
            self.service.enrol(server_url, username, password, self.ctx.actor.apparaat)
            return self._work()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.refresh()
            if isinstance(error, SamenLerenError):
                self.enrol_failed.emit(error.message)
                return
            log.error(
                "Linking the workspace failed: %s",
                describe(type(error), error, error.__traceback__),
            )
            self.enrol_failed.emit(self.tr("Koppelen is mislukt door een fout in het programma."))

        def done(outcome: SyncOutcome) -> None:
            self.enrolled.emit()
            self.timer.start()
            self._on_done(outcome)

        self.ctx.runner.run(work, done, failed)
        return True

    def _begin(self) -> None:
        self._busy = True
        if isValid(self.status):
            self.status.set_syncing()
        self.started.emit()

    def _work(self) -> SyncOutcome:
        """On the worker thread: sync, then read what the status area needs."""
        emit: Callable[[SyncProgress], None] = self._report.emit
        result = self.service.sync(progress=emit)
        return SyncOutcome(result, self.service.status(), count_open(self.ctx.workspace))

    def _on_done(self, outcome: SyncOutcome) -> None:
        self._busy = False
        self._enrolled = outcome.status.enrolled
        result = outcome.result
        self.last_result = result
        self.show_status(outcome.status, outcome.open_conflicts, result)
        if result.pulled or result.removed_families:
            self.ctx.events.data_changed.emit(None)
        if self._close_when_done:
            self._close_when_done = False
            self.service.close()
        self.state_changed.emit()
        self.finished.emit(result)

    def _on_error(self, error: BaseException) -> None:
        """A bug or a refusal: the status says so, and a bug still reaches the error report."""
        self._busy = False
        message = error.message if isinstance(error, SamenLerenError) else ""
        failed = SyncResult(message=message or self.tr("Synchroniseren is mislukt."))
        self.last_result = failed
        if isValid(self.status):
            self.status.set_offline(self.tr("synchroniseren mislukt"))
            self.status.button.setToolTip(failed.message)
        self.state_changed.emit()
        self.finished.emit(failed)
        if not isinstance(error, SamenLerenError):
            log.error("Synchronising failed: %s", describe(type(error), error, error.__traceback__))

    def show_status(
        self, status: SyncStatus, conflicts: int, result: SyncResult | None = None
    ) -> None:
        """Put the state into the status area: offline, last synced, conflicts, messages."""
        widget = self.status
        if not isValid(widget):
            return
        if not status.enrolled:
            widget.set_offline(self.tr("niet gekoppeld"))
            widget.button.setToolTip(
                self.tr("Koppel deze laptop aan de server op de pagina Synchronisatie.")
            )
        elif result is not None and result.update_required:
            widget.set_offline(self.tr("werk het programma bij"))
        elif result is not None and result.access_revoked:
            widget.set_offline(self.tr("geen toegang meer; koppel opnieuw"))
        elif result is not None and result.refused:
            widget.set_offline(self.tr("server weigert; zie Synchronisatie"))
        elif result is not None and result.offline:
            widget.set_offline(self.tr("server niet bereikbaar"))
        elif conflicts:
            widget.set_conflicts(conflicts)
        elif status.last_synced_at is not None:
            widget.set_synced(local_time(status.last_synced_at))
        else:
            widget.set_offline(self.tr("nog niet gesynchroniseerd"))
        if result is not None and result.message and widget.state == "offline":
            widget.button.setToolTip(result.message)


def local_time(moment: datetime) -> datetime:
    """A stored UTC time (naive as read back from the workspace) in the laptop's time zone."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
