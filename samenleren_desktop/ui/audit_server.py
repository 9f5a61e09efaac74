"""The Logboek page's second source: the whole organisation's trail, from the server.

    source = SourceChoice(page)           # "Deze laptop" / "Hele organisatie (server)"
    loader = OrganisationLoader(ctx)      # loaded(OrganisatieLogboek), failed(str), progress(str)
    loader.load(filter_, limit)

The work is `sync.audit_query` on the background thread; this only turns its result and its
errors into words. A failure is one plain Dutch sentence that ends by saying the page shows
this laptop's trail again.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime
from typing import Any

import httpx
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from samenleren_desktop.model.services.audit_logboek import LogboekFilter, LogboekGezin
from samenleren_desktop.model.store.credentials import CredentialStore
from samenleren_desktop.sync.audit_query import (
    NotAllowed,
    NotLinked,
    NotSupported,
    OrganisatieLogboek,
    query_organisation,
)
from samenleren_desktop.sync.connection import AccessRevoked, Offline, SyncError
from samenleren_desktop.ui.audit_filters import BUTTON_HEIGHT
from samenleren_desktop.ui.context import AppContext

LAPTOP, SERVER = "laptop", "server"


class SourceChoice(QWidget):
    """Which trail the page lists: this laptop's or the organisation's (Alt+B).

    Signals:
        changed: the user chose the other source.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Bron van het logboek"))
        self.combo.setMinimumHeight(BUTTON_HEIGHT)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem(self.tr("Deze laptop"), LAPTOP)
        self.combo.addItem(self.tr("Hele organisatie (server)"), SERVER)
        self.combo.setToolTip(
            self.tr("De hele organisatie: wat alle laptops naar de server hebben gestuurd.")
        )
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        label = QLabel(self.tr("&Bron:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def organisation(self) -> bool:
        """Whether the organisation's trail (from the server) is chosen."""
        return bool(self.combo.currentData() == SERVER)

    def choose(self, source: str) -> None:
        """Choose `source` (LAPTOP or SERVER) without `changed`."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findData(source), 0))
        self.combo.blockSignals(False)


class OrganisationLoader(QObject):
    """Fetch the organisation's trail in the background; only the newest load is delivered.

    Signals:
        loaded: (OrganisatieLogboek) the filter and family lists include what earlier loads saw.
        failed: (str) why not, in plain Dutch; the page goes back to this laptop's trail.
        progress: (str) how far the fetch is.
    """

    loaded = Signal(object)
    failed = Signal(str)
    progress = Signal(str)
    _report = Signal(int, int)  # from the worker thread, delivered on the GUI thread

    def __init__(
        self,
        ctx: AppContext,
        credentials: CredentialStore | None = None,
        transport: httpx.BaseTransport | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.credentials, self.transport = ctx, credentials, transport
        self._generation = 0
        self._users: set[str] = set()
        self._unknown: set[uuid.UUID] = set()
        self._report.connect(self._say_progress)

    def cancel(self) -> None:
        """Forget a running load (the page went back to this laptop)."""
        self._generation += 1

    def load(self, filter_: LogboekFilter, limit: int) -> None:
        """Ask the server for the newest `limit` entries that match `filter_`."""
        self._generation += 1
        generation = self._generation
        self.progress.emit(self.tr("Verbinden met de server…"))
        workspace, report = self.ctx.workspace, self._report.emit

        def work() -> OrganisatieLogboek:
            return query_organisation(
                workspace,
                filter_,
                limit,
                credentials=self.credentials,
                transport=self.transport,
                progress=report,
            )

        def done(result: OrganisatieLogboek) -> None:
            if generation == self._generation:
                self.loaded.emit(self._with_seen(result))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.failed.emit(self.error_text(error))

        self.ctx.runner.run(work, done, failed)

    def _say_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.emit(
                self.tr("Logboek van de organisatie ophalen… {0} van {1} regels").format(
                    done, total
                )
            )

    def _with_seen(self, result: OrganisatieLogboek) -> OrganisatieLogboek:
        """The users and unknown families of earlier loads stay in the filters."""
        logboek = result.logboek
        self._users.update(logboek.gebruikers)
        self._unknown.update(g.id for g in logboek.gezinnen if not g.naam)
        named = [g for g in logboek.gezinnen if g.naam]
        unknown = [LogboekGezin(i, "") for i in sorted(self._unknown, key=str)]
        merged = dataclasses.replace(
            logboek, gebruikers=sorted(self._users), gezinnen=named + unknown
        )
        return dataclasses.replace(result, logboek=merged)

    def error_text(self, error: BaseException) -> str:
        """Why the organisation's trail is not shown, and that this laptop's is."""
        back = self.tr("U ziet weer het logboek van deze laptop.")
        if isinstance(error, NotLinked):
            why = self.tr(
                "Deze werkruimte is niet gekoppeld aan een server, dus het logboek van de "
                "organisatie is hier niet te zien."
            )
        elif isinstance(error, NotAllowed):
            why = self.tr(
                "Alleen een coördinator of beheerder kan het logboek van de organisatie zien."
            )
        elif isinstance(error, NotSupported):
            why = self.tr("De server kent het logboek van de organisatie nog niet.")
        elif isinstance(error, AccessRevoked):
            why = self.tr("Deze laptop is niet meer aangemeld bij de server.")
        elif isinstance(error, Offline):
            why = self.tr("De server is nu niet bereikbaar; probeer het later opnieuw.")
        elif isinstance(error, SyncError):
            why = error.message
        else:
            why = self.tr("Het logboek van de organisatie kon niet worden opgehaald.")
        return f"{why} {back}"

    def verdict(self, result: OrganisatieLogboek) -> tuple[str, bool]:
        """The chains of the organisation in one line, and whether all is well."""
        if result.refusals:
            last = result.refusals[0]
            return (
                self.tr(
                    "✖ De server heeft {0} keer een logboek geweigerd omdat de keten niet "
                    "klopte; het laatst van {1} bij regel {2} ({3}). Meld dit bij de beheerder."
                ).format(len(result.refusals), last.username, last.volgnummer, _when(last.at)),
                False,
            )
        if not result.controle.ok:
            device, volgnummer = result.controle.wrong[0]
            return (
                self.tr(
                    "✖ {0} regels van de server kloppen niet meer (de eerste: {1}, regel {2}). "
                    "Meld dit bij de beheerder."
                ).format(len(result.controle.wrong), device, volgnummer),
                False,
            )
        return (
            self.tr(
                "✔ Ketens in orde: de server heeft geen logboek geweigerd en de {0} regels "
                "zijn niet veranderd."
            ).format(result.controle.checked),
            True,
        )

    def summary(self, result: OrganisatieLogboek) -> str:
        """Where the list comes from."""
        at = datetime.now().strftime("%H:%M")
        if result.devices == 1:
            return self.tr(
                "Het logboek van de hele organisatie, van de server: regels van 1 apparaat "
                "(opgehaald om {0})."
            ).format(at)
        return self.tr(
            "Het logboek van de hele organisatie, van de server: regels van {0} apparaten "
            "(opgehaald om {1})."
        ).format(result.devices, at)


def _when(moment: Any) -> str:
    return str(moment.astimezone().strftime("%d-%m-%Y %H:%M"))
