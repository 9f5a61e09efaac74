"""What every screen of the open workspace shares: the workspace, who works, the content.

A screen is a QWidget built with an `AppContext`. It reads through `ctx.session()` and writes
through `with ctx.changes() as changes:` (one transaction: validated, audited, queued for sync),
then calls `ctx.events.data_changed.emit(gezin_id)` so other screens refresh. Screens never
hold business rules: they call `model.services` and `model.rules`.

Work that may take longer than ~100 ms runs through `ctx.runner.run(work, on_done, on_error)`;
a single small read or write (one answer, one score) may run on the GUI thread.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal
from sqlmodel import Session

from samenleren_desktop.model.content import Content, load_content
from samenleren_desktop.model.services.changes import Actor, Changes, record_changes
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class AppEvents(QObject):
    """Signals that cross screens.

    Signals:
        data_changed: something of a family changed (its id, or None for many families).
        open_gezin: show the family (its id) in the traject view.
        open_step: (traject id, stap value) the coach wants to do a step of the trajectpijl.
        status_message: a short line for the status bar.
    """

    data_changed = Signal(object)
    open_gezin = Signal(object)
    open_step = Signal(object, str)
    status_message = Signal(str)


@dataclass
class AppContext:
    """The open workspace as the screens see it.

    Attributes:
        workspace: the unlocked workspace.
        actor: who makes changes (the coach's user name and this device).
        content: the Samen Leren content (goals, informatiemap, questionnaires).
        runner: the background thread for slow work.
        events: signals shared by the screens.
        today: the date the screens treat as today (fixed in tests and screenshots).
    """

    workspace: Workspace
    actor: Actor
    runner: TaskRunner
    content: Content = field(default_factory=load_content)
    events: AppEvents = field(default_factory=AppEvents)
    today: Callable[[], date] = date.today

    def session(self) -> Session:
        """A read session (use as a context manager)."""
        return self.workspace.session()

    @contextmanager
    def changes(self) -> Iterator[Changes]:
        """One write transaction through the audited, synced change log."""
        with record_changes(self.workspace, self.actor) as changes:
            yield changes

    def log_access(self, actie: str, gezin_id: uuid.UUID | None = None) -> None:
        """Note a read / search / unlock in the audit trail, off the GUI thread."""
        from samenleren_desktop.model.services.audit import log_access  # noqa: PLC0415

        def failed(error: BaseException) -> None:
            log.error("Writing the audit trail failed: %s", type(error).__name__)

        self.runner.run(
            lambda: log_access(self.workspace, self.actor, actie, gezin_id), lambda _: None, failed
        )

    def changed(self, gezin_id: uuid.UUID | None) -> None:
        """Tell every screen that a family's data changed."""
        self.events.data_changed.emit(gezin_id)
