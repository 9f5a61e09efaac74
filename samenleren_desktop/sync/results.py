"""What a sync reports: its progress, its result and the status between syncs (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

RETIRE_REFUSED = (
    "Afgeronde gezinnen blijven voorlopig op deze laptop: de server kent het opruimen nog niet."
)
KEPT_MESSAGE = (
    "Een gezin dat niet meer aan u is toegewezen blijft tot de volgende synchronisatie: "
    "er zijn nog wijzigingen van dat gezin te versturen."
)


@dataclass(frozen=True)
class SyncProgress:
    """Where a sync is: phase `push` or `pull`, done so far and (estimated) total."""

    phase: str
    done: int
    total: int


@dataclass(frozen=True)
class SyncResult:
    """What one sync did, for the status area.

    Attributes:
        ok: everything pushed and pulled up to date.
        offline: the server could not be reached; try again later.
        update_required / access_revoked: see `message`.
        refused: the server refused a request (e.g. it is older than this program); the
            outbox is kept, `message` says why.
        removed_families: families removed from this laptop because their assignment ended,
            they were erased or the laptop no longer needs them (retention); screens showing
            one of them should close it and refresh.
        content_version: new content from the server stored in this sync (0: none); reload it
            with `workspace_content(workspace)`.
        message: one Dutch sentence for the user.
    """

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    removed_families: int = 0
    content_version: int = 0
    ok: bool = False
    offline: bool = False
    update_required: bool = False
    access_revoked: bool = False
    refused: bool = False
    message: str = ""


@dataclass(frozen=True)
class SyncStatus:
    """What the status area shows between syncs.

    Attributes:
        enrolled: the workspace has a server and a device token.
        last_synced_at: the end of the last complete sync (UTC), or None.
        waiting: changes in the outbox, not yet on the server.
        open_conflicts: conflicts nobody has decided on yet.
    """

    enrolled: bool
    server_url: str
    gebruiker: str
    last_synced_at: datetime | None
    waiting: int
    open_conflicts: int


@dataclass
class Tally:
    """What a sync has done so far."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    removed_families: int = 0
    erased: int = 0
    dropped: int = 0
    retired: int = 0
    content_version: int = 0
    notes: list[str] = field(default_factory=list)

    def result(self, **flags: Any) -> SyncResult:
        return SyncResult(
            pushed=self.pushed,
            pulled=self.pulled,
            conflicts=self.conflicts,
            removed_families=self.removed_families,
            content_version=self.content_version,
            **flags,
        )

    def message(self) -> str:
        """'Gesynchroniseerd: 3 verstuurd, 5 ontvangen.' plus what else happened."""
        parts = [f"Gesynchroniseerd: {self.pushed} verstuurd, {self.pulled} ontvangen."]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict(en) om te bekijken.")
        ended = self.removed_families - self.erased - self.retired
        if ended:
            parts.append(
                f"{ended} gezin(nen) van deze laptop verwijderd: de toewijzing is beëindigd."
            )
        if self.erased:
            parts.append(f"{self.erased} gewist(e) gezin(nen) van deze laptop verwijderd.")
        if self.dropped:
            parts.append(
                f"{self.dropped} wijziging(en) niet bewaard: die hoorden bij een gezin dat "
                "gewist is (op verzoek of na de bewaartermijn)."
            )
        if self.retired:
            parts.append(
                f"{self.retired} afgerond(e) gezin(nen) van deze laptop verwijderd: "
                "de bewaartermijn op de laptop is voorbij."
            )
        if self.content_version:
            parts.append(f"Nieuwe inhoud ontvangen (versie {self.content_version}).")
        return " ".join([*parts, *self.notes])
