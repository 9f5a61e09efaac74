"""A caseload search in the audit trail: one entry per finished search, never its text.

Searching as you type shows the matching families at every keystroke, and NEN 7513 wants
viewing recorded; the trail never holds personal data, so neither the search text nor the
families found go in, only that the coach searched the families and how many were found
(action "search", table "gezin", `velden` ["resultaten=3"]).

Typing "jansen" is one search, not six: `SearchLog` decides when a search is finished.

    searches = SearchLog()
    searches.typed("jan")             # every change of the search text
    searches.typed("jansen")
    if searches.rested():             # the text stayed the same for PAUSE_MS
        log_search(workspace, actor, found=3)

The caller (the caseload's view-model) owns the clock: it calls `rested` once the text has not
changed for `PAUSE_MS`, and `finish` when the coach acts on the results (opens a family) or
leaves the page before that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from samenleren_desktop.model.entities.logboek import AuditEntry
from samenleren_desktop.model.services.audit_access import log_access

if TYPE_CHECKING:
    from samenleren_desktop.model.services.changes import Actor
    from samenleren_desktop.model.store.workspace import Workspace

PAUSE_MS = 1500
"""A search text unchanged this long (milliseconds) is a finished search."""
SEARCHED_TABLE = "gezin"
"""What the caseload search looks through: the families."""


def results_field(found: int) -> str:
    """The one `velden` item of a search entry: 'resultaten=3' (a count, never a name)."""
    return f"resultaten={found}"


@dataclass
class SearchLog:
    """Which searches as you type are finished searches worth an audit entry.

    A search is the text with its words normalised ("Jansen " and "jansen" are one); an
    empty text is no search. A finished search is recorded once: waiting longer, or typing a
    letter and taking it away again within the pause, does not record it again. After the
    text was cleared, the same text again is a new search.

    The text is held in memory only, to tell whether it changed; it is never written.
    """

    _shown: str = ""
    _recorded: str = ""

    def typed(self, text: str) -> None:
        """The search text changed to `text`."""
        self._shown = " ".join(text.casefold().split())
        if not self._shown:
            self._recorded = ""

    def rested(self) -> bool:
        """The text has not changed for PAUSE_MS: whether to record the search shown now."""
        if not self._shown or self._shown == self._recorded:
            return False
        self._recorded = self._shown
        return True

    def finish(self) -> bool:
        """The coach acts on the results or leaves before the pause ended: the same answer."""
        return self.rested()


def log_search(workspace: Workspace, actor: Actor, found: int) -> AuditEntry:
    """Record one finished caseload search that found `found` families (own transaction)."""
    return log_access(
        workspace, actor, "search", tabel=SEARCHED_TABLE, velden=[results_field(found)]
    )
