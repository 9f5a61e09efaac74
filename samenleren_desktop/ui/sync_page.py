"""The sync page: link this laptop to the server, sync now, and decide conflicts.

Usage in the composition root (after unlocking, with the main window and its status area):

    from samenleren_desktop.ui.sync_controller import SyncController, local_time
    from samenleren_desktop.ui.sync_page import SyncPage

    controller = SyncController(ctx, window.sync_status, parent=window)
    page = SyncPage(ctx, controller)
    window.add_page("sync", QCoreApplication.translate("Pages", "Synchronisatie"), page)
    controller.show_requested.connect(lambda: window.show_page("sync"))
    window.locked.connect(controller.stop)
    window.unlocked.connect(controller.start)
    controller.start()  # syncs now when linked, then every 5 minutes

Not linked yet: a form (server, gebruikersnaam, wachtwoord) whose "Koppelen" links off the GUI
thread and then syncs. Linked: the account, the last sync, the waiting changes, "Nu
synchroniseren" (Ctrl+Shift+S anywhere in the window) with a progress bar, and the open
conflicts with "Deze houden" / "Andere waarde kiezen".
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

import shiboken6
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.config import MachineConfig, load_machine_config
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import SyncError, SyncProgress, SyncResult, check_server_url
from samenleren_desktop.sync.conflicts import ConflictView, Keep, open_conflicts, resolve
from samenleren_desktop.ui.conflict_cards import ConflictList
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.errors import describe
from samenleren_desktop.ui.sync_controller import SyncController, local_time
from samenleren_desktop.ui.sync_forms import AccountBox, EnrolForm

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageState:
    """What the page shows, read on the worker thread."""

    enrolled: bool
    server_url: str
    gebruiker: str
    rol: str
    organisatie: str
    waiting: int
    last_synced: str
    conflicts: list[ConflictView]


class SyncPage(QWidget):
    """Linking, syncing and conflicts in one page.

    Attributes:
        form: the linking form (shown while not linked).
        account: server, user, role, last sync and waiting changes (shown once linked).
        sync_button: "Nu synchroniseren".
        progress: the progress bar of a running sync.
        message: the last result or problem, in Dutch.
        conflicts: the open conflicts as cards.

    Signals:
        loaded: the page shows the current state.
        decided: a conflict decision was stored (its id).
    """

    loaded = Signal()
    decided = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        controller: SyncController,
        parent: QWidget | None = None,
        config: MachineConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.state: PageState | None = None
        config = load_machine_config() if config is None else config
        self.form = EnrolForm(config.server_url or "", config.is_locked("server_url"))
        self.form.submitted.connect(self._on_enrol)
        self.account = AccountBox()
        self.account.relink.clicked.connect(self._relink)
        self._relinking = False
        self._refocus = False
        self.sync_button = QPushButton(self.tr("&Nu synchroniseren"))
        self.sync_button.setToolTip(self.tr("Nu synchroniseren (Ctrl+Shift+S)"))
        self.sync_button.setAccessibleName(self.tr("Nu synchroniseren"))
        self.sync_button.clicked.connect(controller.sync_now)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang van het synchroniseren"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.conflicts = ConflictList()
        self.conflicts.decided.connect(self._on_decided)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.form)
        self.linked = self._linked_page()
        self.stack.addWidget(self.linked)
        self._show_part(0)
        self._build()
        controller.started.connect(self._on_started)
        controller.progress.connect(self._on_progress)
        controller.finished.connect(self._on_finished)
        controller.enrol_failed.connect(self._on_enrol_failed)
        controller.state_changed.connect(self.reload)

    def _build(self) -> None:
        title = QLabel(self.tr("Synchronisatie"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(title)
        column.addWidget(self.stack)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _linked_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.account)
        row = QFormLayout()
        row.addRow(self.sync_button, self.progress)
        column.addLayout(row)
        column.addWidget(self.message)
        heading = QLabel(self.tr("Conflicten"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        explanation = QLabel(
            self.tr(
                "Soms is hetzelfde gegeven op twee plaatsen tegelijk gewijzigd. De waarde die "
                "het laatst binnenkwam is bewaard; de andere blijft hier staan tot u kiest. "
                "Er gaat niets verloren."
            )
        )
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        column.addWidget(self.conflicts)
        return page

    def _show_part(self, index: int) -> None:
        """The form (0) or the linked part (1); the hidden one takes no room."""
        for i, part in enumerate((self.form, self.linked)):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            part.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.stack.updateGeometry()

    # Loading ------------------------------------------------------------------------------

    def page_shown(self) -> None:
        """Called by the main window when the page comes to the front."""
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the state and the open conflicts in the background, then show them."""
        service = self.controller.service
        workspace = self.ctx.workspace

        def work() -> PageState:
            status = service.status()
            state = apply.load_state(workspace)
            last = status.last_synced_at
            return PageState(
                enrolled=status.enrolled,
                server_url=status.server_url,
                gebruiker=status.gebruiker,
                rol=state.rol,
                organisatie=state.organisatie,
                waiting=status.waiting,
                last_synced=_when(last) if last else "",
                conflicts=open_conflicts(workspace),
            )

        self.ctx.runner.run(work, self._on_loaded, self._on_failed)

    def _on_loaded(self, state: PageState) -> None:
        if not shiboken6.isValid(self):
            return
        self.state = state
        revoked = self.controller.last_result is not None and (
            self.controller.last_result.access_revoked
        )
        self._show_part(1 if state.enrolled and not self._relinking else 0)
        self.account.show_state(state, revoked)
        self.sync_button.setEnabled(state.enrolled)
        self.conflicts.set_conflicts(state.conflicts)
        if self._refocus:  # a decided card went away: keep the keyboard on the page
            self._refocus = False
            cards = self.conflicts.cards
            (cards[0].keep_button if cards else self.sync_button).setFocus()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, SamenLerenError):
            text = error.message
        else:
            log.error("The sync page failed: %s", describe(type(error), error, error.__traceback__))
            text = self.tr("Er ging iets mis; er is niets verloren.")
        if self.stack.currentWidget() is self.form:
            self.form.show_error(text)
        self.message.setText(text)
        self.loaded.emit()

    # Linking and syncing -------------------------------------------------------------------

    def _on_enrol(self, server_url: str, username: str, password: str) -> None:
        try:
            url = check_server_url(server_url)
        except SyncError as error:
            self.form.show_error(error.message)
            return
        if not username or not password:
            self.form.show_error(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
            return
        self.form.show_error("")
        self.form.set_busy(True)
        self.controller.enrol(url, username, password)

    def _relink(self) -> None:
        """Show the form again, with the server filled in (after access was revoked)."""
        self._relinking = True
        if self.state is not None and not self.form.server.isReadOnly():
            self.form.server.setText(self.state.server_url)
        self._show_part(0)
        self.form.username.setFocus()

    def _on_enrol_failed(self, message: str) -> None:
        self.form.set_busy(False)
        self.form.show_error(message)

    def _on_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Bezig…"))
        self.progress.show()
        self.message.setText(self.tr("Bezig met synchroniseren…"))

    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(min(progress.done, max(progress.total, 1)))
        if progress.phase == "push":
            self.progress.setFormat(self.tr("Versturen: %v van %m"))
        else:
            self.progress.setFormat(self.tr("Ontvangen: %v van %m"))

    def _on_finished(self, result: SyncResult) -> None:
        if self.controller.is_enrolled() and not result.access_revoked:
            self._relinking = False
        self.progress.hide()
        self.form.set_busy(False)
        self.form.password.clear()
        self.message.setText(result.message)
        self.sync_button.setEnabled(self.controller.is_enrolled())

    # Conflicts -----------------------------------------------------------------------------

    def _on_decided(self, conflict_id: uuid.UUID, keep: Keep) -> None:
        """Store the decision in the background, then sync so it reaches the others."""
        workspace, actor = self.ctx.workspace, self.ctx.actor
        self._refocus = True
        card = self.conflicts.card(conflict_id)
        gezin_id = card.view.gezin_id if card is not None else None

        def done(_result: object) -> None:
            self.ctx.changed(gezin_id)
            if not shiboken6.isValid(self):
                return
            self.message.setText(self.tr("Uw keuze is bewaard."))
            self.decided.emit(conflict_id)
            self.controller.refresh()
            self.controller.sync_now()

        def failed(error: BaseException) -> None:
            self._on_failed(error)
            self.reload()

        self.ctx.runner.run(lambda: resolve(workspace, actor, conflict_id, keep), done, failed)


def _when(moment: datetime) -> str:
    return local_time(moment).strftime("%d-%m-%Y %H:%M")
