"""The Logboek page for coordinators: the workspace's audit trail, its chain, CSV export.

    page = AuditLogPage(ctx)    # loads when shown; `loaded` fires when the list is there

Who did what, when, to which family (by the name this laptop knows), from which device, newest
first, filtered by period, family, action and user (`audit_filters`). Above the list: whether
the hash chain is intact and what the server holds of it. The logic is in
`model.services.audit_logboek` and `sync.audit_upload`; this widget only shows it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
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
from samenleren_desktop.sync.audit_upload import UploadOutcome, upload_state
from samenleren_desktop.ui.audit_filters import BUTTON_HEIGHT, LogboekFilterBar
from samenleren_desktop.ui.audit_table import (
    BROKEN_BACKGROUND,
    BROKEN_TEXT,
    AuditTableModel,
    tr,
)
from samenleren_desktop.ui.context import AppContext

GOOD = "#1B5E20"
REDENEN = {
    "changed": QT_TRANSLATE_NOOP("AuditLogPage", "een regel is achteraf veranderd"),
    "removed": QT_TRANSLATE_NOOP("AuditLogPage", "er is een regel weggehaald"),
    "reordered": QT_TRANSLATE_NOOP("AuditLogPage", "de volgorde van de regels is veranderd"),
    "inserted": QT_TRANSLATE_NOOP("AuditLogPage", "er is een regel tussengevoegd"),
}
Upload = tuple[bool, UploadOutcome | None]


class AuditLogPage(QWidget):
    """The Logboek page (shown to coordinators and administrators).

    Signals:
        loaded: the entries (and, on a full load, the chain's state) arrived and are shown.
        exported: the path of a written CSV file.
    """

    loaded = Signal()
    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.logboek: Logboek | None = None
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
        self.filters = LogboekFilterBar(self.ctx.today, self)
        self.filters.changed.connect(lambda: self.reload(check=False))
        self.keten = self._status_label(self.tr("Staat van de keten"))
        self.server = self._status_label(self.tr("Logboek op de server"))
        self.model = AuditTableModel(self)
        self.table = self._table()
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
        for widget in (self.title, self.intro, self.filters, self.keten, self.server):
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

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Regels van het logboek"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)  # one line per entry; the whole text is in the tooltip
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

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
        shown, matching = len(logboek.regels), logboek.matching
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
        self.loaded.emit()

    def _say_problem(self, text: str) -> None:
        self.status.setText(text)
        self._load_problem = True

    def _show_chain(self, keten: ChainReport) -> None:
        if keten.ok:
            text = self.tr(
                "✔ Keten in orde: geen van de {0} regels is achteraf veranderd, weggehaald "
                "of tussengevoegd."
            ).format(keten.entries)
            if keten.pending:
                text += " " + self.tr(
                    "{0} nieuwe regels komen bij de volgende wijziging in de keten."
                ).format(keten.pending)
            style = f"color: {GOOD}; font-weight: bold;"
        else:
            why = tr(REDENEN.get(keten.reason or "changed", REDENEN["changed"]))
            text = self.tr(
                "✖ Keten verbroken bij regel {0}: {1}. Het logboek is na het schrijven "
                "aangepast; meld dit bij de beheerder."
            ).format(keten.broken_at, why)
            style = (
                f"color: {BROKEN_TEXT}; background: {BROKEN_BACKGROUND}; font-weight: bold; "
                "padding: 6px; border-radius: 4px;"
            )
        self.keten.setText(text)
        self.keten.setStyleSheet(style)

    def _show_server(self, linked: bool, upload: UploadOutcome | None) -> None:
        colour = ""
        if not linked:
            text = self.tr(
                "Deze werkruimte is niet gekoppeld aan een server: het logboek staat alleen "
                "op deze laptop."
            )
        elif upload is None:
            text = self.tr("Het logboek is nog niet naar de server gestuurd.")
        elif upload.state == "ok":
            text = self.tr("Op de server: het logboek tot en met regel {0} ({1}).").format(
                upload.volgnummer, _when(upload.at)
            )
        else:
            text = self.tr("Laatste poging ({0}): {1}").format(_when(upload.at), upload.message)
            colour = BROKEN_TEXT if upload.state in ("refused", "differs") else ""
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
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Het logboek wordt opgeslagen…"))
        workspace, actor = self.ctx.workspace, self.ctx.actor

        def work() -> int:
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


def _when(moment: str) -> str:
    """An ISO time from the upload state as local 'dd-mm-jjjj uu:mm' ('' when unreadable)."""
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return ""
