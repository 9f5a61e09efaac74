"""Checking the audit trail's hash chain: is every entry there, unchanged, in order?

    report = verify_chain(workspace)
    print(report.sentence)

`check_entries` walks any run of chained entries (the whole trail, or a batch the server
receives after the part it already holds) and reports the first break. See docs/audit.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import sqlalchemy as sa
from sqlmodel import Session

from samenleren_desktop.model.entities.logboek import AuditEntry
from samenleren_desktop.model.services.audit_chain import (
    EMPTY_CHAIN,
    ChainHead,
    audit_table,
    chained_columns,
    entry_of,
)

if TYPE_CHECKING:
    from samenleren_desktop.model.store.workspace import Workspace

Reason = Literal["changed", "removed", "reordered", "inserted"]
REASONS: dict[str, str] = {
    "changed": "de regel is achteraf veranderd",
    "removed": "er is een regel verwijderd",
    "reordered": "de volgorde van de regels is veranderd",
    "inserted": "er is een regel tussengevoegd",
}
"""Why the chain is broken, as the end of a Dutch sentence."""


@dataclass(frozen=True)
class ChainReport:
    """The outcome of `verify_chain`.

    Attributes:
        ok: the chain is whole.
        entries: the chained entries checked.
        pending: entries not chained yet (written outside `Changes`; the next change chains them).
        broken_at: the first volgnummer where the chain breaks.
        reason: why: changed, removed, reordered or inserted (see REASONS).
    """

    ok: bool
    entries: int
    pending: int = 0
    broken_at: int | None = None
    reason: Reason | None = None

    @property
    def why(self) -> str:
        """Why the chain is broken, as the end of a sentence ('' when it is whole)."""
        return "" if self.ok else REASONS[self.reason or "changed"]

    @property
    def sentence(self) -> str:
        """The outcome as one plain Dutch sentence (or two)."""
        if not self.ok:
            return (
                f"Het logboek is niet in orde: bij regel {self.broken_at} is de keten "
                f"verbroken ({self.why})."
            )
        text = f"Het logboek is in orde: {self.entries} regels, de keten is heel."
        if self.pending:
            text += (
                f" {self.pending} nieuwe regel(s) staan nog buiten de keten; de volgende "
                "wijziging neemt ze op."
            )
        return text


def check_entries(
    rows: Iterable[AuditEntry],
    known_hashes: set[str],
    pending: int,
    start: ChainHead = EMPTY_CHAIN,
) -> ChainReport:
    """Walk chained entries in volgnummer order and report the first break.

    Args:
        rows: the chained entries, by volgnummer.
        known_hashes: the stored hash of every chained entry (tells reordering from removal).
        pending: the number of unchained entries, for the report.
        start: the entry the first row follows (the empty chain: the rows start at 1).
    """
    expected = start.volgnummer + 1
    before: AuditEntry | None = None  # the entry before `previous`
    previous: AuditEntry | None = None
    for count, entry in enumerate(rows, start=1):
        broken = _first_break(entry, expected, previous, before, known_hashes, start.hash)
        if broken:
            return ChainReport(False, count, pending, broken[0], broken[1])
        before, previous = previous, entry
        expected += 1
    return ChainReport(True, expected - 1 - start.volgnummer, pending)


def _first_break(
    entry: AuditEntry,
    expected: int,
    previous: AuditEntry | None,
    before: AuditEntry | None,
    known_hashes: set[str],
    start_hash: str,
) -> tuple[int, Reason] | None:
    """Where and why the chain breaks at `entry` (expected to be number `expected`), if it does."""
    if entry.volgnummer != expected:
        return expected, "removed"
    if entry.vorige_hash != (previous.hash if previous else start_hash):
        if previous is not None and entry.vorige_hash == (before.hash if before else start_hash):
            return expected - 1, "inserted"  # the chain goes round the entry before
        if entry.vorige_hash in known_hashes:
            return expected, "reordered"
        return expected, "removed"  # linked to an entry that is gone
    if entry.compute_hash() != entry.hash:
        return expected, "changed"
    return None


def verify_session(session: Session) -> ChainReport:
    """`verify_chain` on an open session (reads only)."""
    conn = session.connection()
    t = audit_table()
    chained = t.c.volgnummer.is_not(None)
    known = set(conn.execute(sa.select(t.c.hash).where(chained)).scalars())
    pending = conn.execute(
        sa.select(sa.func.count()).select_from(t).where(t.c.volgnummer.is_(None))
    ).scalar_one()
    rows = conn.execute(sa.select(*chained_columns()).where(chained).order_by(t.c.volgnummer))
    return check_entries((entry_of(row) for row in rows), known, int(pending))


def verify_chain(workspace: Workspace) -> ChainReport:
    """Check the whole audit trail of a workspace: is every entry there, unchanged, in order?

    What it cannot see: entries removed from the end (see docs/audit.md).
    """
    with workspace.session() as session:
        return verify_session(session)
