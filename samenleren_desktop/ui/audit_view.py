"""The Logboek page for coordinators: the workspace's audit trail, its chain, CSV export.

    page = AuditLogPage(ctx)    # loads when shown; `loaded` fires when the list is there

Who did what, when, to which family (by the name this laptop knows), from which device, newest
first, filtered by period, family, action and user (`audit_filters`). Above the list: whether
the hash chain is intact and what the server holds of it. *Bron* switches to the whole
organisation's trail from the server (`audit_server`, `sync.audit_query`); when that fails the
page says why and shows this laptop's trail again. The logic is in
`model.services.audit_logboek` and `sync.audit_upload`; this widget only shows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.errors import SamenLerenError, ValidationError
from samenleren_desktop.model.services.audit_check import ChainReport
from samenleren_desktop.model.services.audit_logboek import (
    SHOWN,
    Logboek,
    LogboekFilter,
    exporteer_logboek,
    lees_logboek,
)
from samenleren_desktop.model.store.credentials import CredentialStore
from samenleren_desktop.sync.audit_query import OrganisatieLogboek, export_organisation
from samenleren_desktop.sync.audit_upload import UploadOutcome, upload_state
from samenleren_desktop.ui.audit_filters import BUTTON_HEIGHT, LogboekFilterBar
from samenleren_desktop.ui.audit_server import LAPTOP, OrganisationLoader, SourceChoice
from samenleren_desktop.ui.audit_status import chain_text, server_text, verdict_style
from samenleren_desktop.ui.audit_table import AuditTableModel, logboek_table
from samenleren_desktop.ui.context import AppContext

Upload = tuple[bool, UploadOutcome | None]


class AuditLogPage(QWidget):
    """The Logboek page (shown to coordinators and administrators).

    Signals:
        loaded: the entries (and, on a full load, the chain's state) arrived and are shown.
        exported: the path of a written CSV file.
    """

    loaded = Signal()
    exported = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        credentials: CredentialStore | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.logboek: Logboek | None = None
        self.organisatie: OrganisatieLogboek | None = None  # shown while the server is chosen
        self.org = OrganisationLoader(ctx, credentials, transport, self)
        self.org.loaded.connect(self._show_organisation)
        self.org.failed.connect(self._organisation_failed)
        self.org.progress.connect(self._say_progress)
        self.limit = SHOWN  # the newest entries listed; filters reach the older ones
        self._generation = 0  # only the newest load is shown
        self._load_problem = False  # the status line says why the list could not follow
        self._check_due = True  # the chain must be checked (again) by the next load
        self._build()
        ctx.events.data_changed.connect(lambda _g: self.reload() if self.isVisible() else None)

    def _build(self) -> None:
        self.title = QLabel(self.tr("Logboek"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(
            self.tr(
                "Hier ziet u wie wanneer en op welk apparaat gegevens van een gezin heeft "
                "bekeken of veranderd. Het logboek bewaart alleen wat er gebeurde, niet de "
                "gegevens zelf."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.source = SourceChoice(self)
        self.source.changed.connect(self._source_changed)
        self.filters = LogboekFilterBar(self.ctx.today, self)
        self.filters.changed.connect(lambda: self.reload(check=False))
        self.keten = self._status_label(self.tr("Staat van de keten"))
        self.server = self._status_label(self.tr("Logboek op de server"))
        self.model = AuditTableModel(self)
        self.table = logboek_table(self.model, self)
        self.count = QLabel("", self)
        self.status = self._status_label(self.tr("Melding"))
        self.refresh_button = self._button(self.tr("Ver&nieuwen"), self.tr("Logboek vernieuwen"))
        self.refresh_button.setToolTip(self.tr("Opnieuw lezen en de keten controleren (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        self.export_button = self._button(
            self.tr("&Exporteren als CSV…"), self.tr("Logboek als CSV-bestand opslaan")
        )
        self.export_button.clicked.connect(self._ask_export)
        self._lay_out()

    def _lay_out(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, self.source, self.filters, self.keten, self.server):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setMinimumHeight(BUTTON_HEIGHT)
        return button

    def _status_label(self, name: str) -> QLabel:
        label = QLabel("", self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def current_filter(self) -> LogboekFilter:
        """The filter the controls describe (a ValidationError for reversed dates)."""
        return self.filters.current_filter()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The trail grows with every unlock and family opened: show it fresh (not when only
        the window comes back from the task bar)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def reload(self, *, check: bool = True) -> None:
        """Read the matching entries in the background; with `check` also check the whole
        chain and read the upload state (a filter change keeps the last check)."""
        try:
            filter_ = self.current_filter()
        except ValidationError as error:
            self._say_problem(error.message)  # the list stays as it was
            return
        if self.source.organisation():
            self.count.setText(self.tr("Bezig met laden…"))
            self.org.load(filter_, self.limit)
            return
        check = check or self._check_due  # a newer load may overtake a check: it checks
        self._check_due = check
        self.count.setText(self.tr("Bezig met laden…"))
        if check and self.logboek is None:
            self.keten.setText(self.tr("De keten wordt gecontroleerd…"))
        self._generation += 1
        generation = self._generation
        workspace, limit = self.ctx.workspace, self.limit

        def work() -> tuple[Logboek, Upload | None]:
            logboek = lees_logboek(workspace, filter_, limit, check=check)
            return logboek, upload_state(workspace) if check else None

        def show(result: Any) -> None:
            if generation == self._generation:
                self._show(*result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.count.setText("")
                self._say_problem(
                    _error_text(error, self.tr("Het logboek kon niet worden gelezen."))
                )

        self.ctx.runner.run(work, show, failed)

    def _show(self, logboek: Logboek, upload: Upload | None) -> None:
        checked = logboek.keten is not None
        if not checked and self.logboek is not None:
            logboek = _with_chain(logboek, self.logboek.keten)
        self.logboek = logboek
        keten = logboek.keten
        self.model.set_regels(logboek.regels, None if keten is None else keten.broken_at)
        self.filters.fill(logboek)
        if checked and logboek.keten is not None:
            self._show_chain(logboek.keten)
            self._check_due = False
        if upload is not None:
            self._show_server(*upload)
        self._show_count(len(logboek.regels), logboek.matching)
        self.loaded.emit()

    def _show_count(self, shown: int, matching: int) -> None:
        if shown < matching:
            self.count.setText(
                self.tr(
                    "De nieuwste {0} van {1} regels; kies een periode of gezin voor de rest."
                ).format(shown, matching)
            )
        elif matching:
            self.count.setText(self.tr("{0} regels").format(matching))
        else:
            self.count.setText(self.tr("Geen regels bij deze keuzes."))
        if self._load_problem:
            self.status.setText("")
            self._load_problem = False

    def _source_changed(self) -> None:
        self.organisatie = None
        self.org.cancel()
        self.status.setText("")
        self.reload()  # back on this laptop: the chain is checked again

    def _say_progress(self, text: str) -> None:
        if self.source.organisation():
            self.count.setText(text)

    def _show_organisation(self, result: OrganisatieLogboek) -> None:
        if not self.source.organisation():
            return
        self.organisatie = result
        self.model.set_regels(result.logboek.regels, None)
        self.filters.fill(result.logboek)
        text, ok = self.org.verdict(result)
        self.keten.setText(text)
        self.keten.setStyleSheet(verdict_style(ok))
        self.server.setText(self.org.summary(result))
        self.server.setStyleSheet("")
        self._show_count(len(result.logboek.regels), result.logboek.matching)
        self.loaded.emit()

    def _organisation_failed(self, text: str) -> None:
        """Back to this laptop's trail; the status line keeps saying why."""
        self.source.choose(LAPTOP)
        self.organisatie = None
        self.reload()
        self.status.setText(text)
        self._load_problem = False  # the next list keeps the sentence

    def _say_problem(self, text: str) -> None:
        self.status.setText(text)
        self._load_problem = True

    def _show_chain(self, keten: ChainReport) -> None:
        self.keten.setText(chain_text(keten))
        self.keten.setStyleSheet(verdict_style(keten.ok))

    def _show_server(self, linked: bool, upload: UploadOutcome | None) -> None:
        text, colour = server_text(linked, upload)
        self.server.setText(text)
        self.server.setStyleSheet(f"color: {colour};" if colour else "")

    def _ask_export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Logboek opslaan"), str(Path.home() / "logboek.csv"), "CSV (*.csv)"
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Write the entries the filter selects as CSV, in the background."""
        try:
            filter_ = self.current_filter()
        except ValidationError as error:
            self.status.setText(error.message)
            return
        shown = self.organisatie
        if self.source.organisation() and shown is None:
            self.status.setText(self.tr("Er is nog niets van de server om op te slaan."))
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Het logboek wordt opgeslagen…"))
        workspace, actor = self.ctx.workspace, self.ctx.actor

        def work() -> int:
            if shown is not None:  # the organisation's entries as listed
                return export_organisation(workspace, actor, target, shown)
            return exporteer_logboek(workspace, actor, target, filter_)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(
                self.tr(
                    "{0} regels opgeslagen in {1}. Let op: dit bestand is niet versleuteld; "
                    "bewaar het veilig en gooi het weg als het niet meer nodig is."
                ).format(count, target)
            )
            self.exported.emit(target)
            self.reload()  # the export itself is a new entry

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(
                _error_text(error, self.tr("Het logboek kon niet worden opgeslagen."))
            )

        self.ctx.runner.run(work, done, failed)


def _with_chain(logboek: Logboek, keten: ChainReport | None) -> Logboek:
    """`logboek` carrying the chain state of an earlier, full load."""
    return Logboek(logboek.regels, logboek.matching, keten, logboek.gebruikers, logboek.gezinnen)


def _error_text(error: BaseException, general: str) -> str:
    """A known error's Dutch sentence, or `general` with the advice to try again."""
    if isinstance(error, SamenLerenError):
        return error.message
    return general + " " + QCoreApplication.translate("AuditLogPage", "Probeer het opnieuw.")
