"""The tamper-evident audit trail (NEN 7513 in spirit): chaining, access logging, checking, CSV.

Every audit entry gets a `volgnummer` and the hash of the entry before it; its own hash covers
its fields and that previous hash (see `AuditEntry.canonical`). Changes are chained by
`Changes._log`; reads, exports, searches and unlocks by `log_access`:

    log_access(workspace, actor, "export", gezin_id=gezin.id)
    report = verify_chain(workspace)

The chain head is read once per transaction (writers take `BEGIN IMMEDIATE`, so no other
writer can move it meanwhile) and kept in the session. Entries written straight to the table
by other code (`volgnummer` still empty) are chained, in (tijd, id) order, by the next
transaction that chains an entry. See docs/audit.md.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlmodel import Session

from samenleren_desktop.model.entities.logboek import GENESIS_HASH, AuditEntry
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.bestand import write_atomic

if TYPE_CHECKING:
    from samenleren_desktop.model.services.changes import Actor
    from samenleren_desktop.model.store.workspace import Workspace

ACCESS_ACTIONS = ("read", "export", "search", "unlock")
"""The actions `log_access` records (changes are create / update / delete)."""

Reason = Literal["changed", "removed", "reordered", "inserted"]
REASONS: dict[str, str] = {
    "changed": "de regel is achteraf veranderd",
    "removed": "er is een regel verwijderd",
    "reordered": "de volgorde van de regels is veranderd",
    "inserted": "er is een regel tussengevoegd",
}
"""Why the chain is broken, as the end of a Dutch sentence."""

CSV_COLUMNS = (
    "tijd",
    "gebruiker",
    "apparaat",
    "actie",
    "tabel",
    "record",
    "gezin",
    "velden",
    "volgnummer",
    "hash",
)

_HEAD_KEY = "samenleren.audit_head"
# The columns the hash covers. Named, not the whole table: migration 0005 chains with this
# code, and a later migration may add columns the table does not have yet at 0005.
_CHAINED = (
    "id",
    "tijd",
    "gebruiker",
    "apparaat",
    "actie",
    "tabel",
    "record_id",
    "gezin_id",
    "velden",
    "volgnummer",
    "vorige_hash",
    "hash",
)


@dataclass(frozen=True)
class ChainHead:
    """The last chained entry: its volgnummer (0 for an empty chain) and hash."""

    volgnummer: int
    hash: str


EMPTY_CHAIN = ChainHead(0, GENESIS_HASH)


def _table() -> sa.Table:
    table: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
    return table


def _columns() -> list[sa.ColumnElement[Any]]:
    t = _table()
    return [t.c[name] for name in _CHAINED]


def _entry(row: sa.Row[Any]) -> AuditEntry:
    return AuditEntry(**dict(row._mapping))


def read_head(conn: Connection) -> ChainHead:
    """The last chained entry in the database."""
    t = _table()
    row = conn.execute(
        sa.select(t.c.volgnummer, t.c.hash)
        .where(t.c.volgnummer.is_not(None))
        .order_by(t.c.volgnummer.desc())
        .limit(1)
    ).first()
    return ChainHead(int(row.volgnummer), str(row.hash)) if row else EMPTY_CHAIN


def link(entry: AuditEntry, head: ChainHead) -> ChainHead:
    """Give `entry` the next volgnummer after `head`, the previous hash and its own hash."""
    entry.volgnummer = head.volgnummer + 1
    entry.vorige_hash = head.hash
    entry.hash = entry.compute_hash()
    return ChainHead(entry.volgnummer, entry.hash)


def seal_pending(conn: Connection) -> ChainHead:
    """Chain every entry that has no volgnummer yet, in (tijd, id) order; the new head.

    Runs in the caller's transaction. Migration 0005 chains an older workspace's entries so.
    """
    t = _table()
    head = read_head(conn)
    pending = conn.execute(
        sa.select(*_columns()).where(t.c.volgnummer.is_(None)).order_by(t.c.tijd, t.c.id)
    ).all()
    for row in pending:
        entry = _entry(row)
        head = link(entry, head)
        conn.execute(
            sa.update(t)
            .where(t.c.id == entry.id)
            .values(volgnummer=entry.volgnummer, vorige_hash=entry.vorige_hash, hash=entry.hash)
        )
    return head


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Chain `entry` after the last entry and add it to the session's transaction.

    The head is read (after chaining any pending entries) at the first entry of a transaction
    and kept in the session for the next ones.
    """
    conn = session.connection()
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is transaction:
        head: ChainHead = cached[1]
    else:
        session.flush()  # entries other code added to this session are chained too
        head = seal_pending(conn)
    session.info[_HEAD_KEY] = (transaction, link(entry, head))
    session.add(entry)
    return entry


def access_entry(
    actor: Actor,
    actie: str,
    gezin_id: uuid.UUID | None = None,
    *,
    tabel: str = "",
    record_id: uuid.UUID | None = None,
    velden: Iterable[str] = (),
) -> AuditEntry:
    """An (unchained) entry for a read, export, search or unlock; never the data itself.

    Args:
        actie: one of ACCESS_ACTIONS.
        gezin_id: the family looked at; with no `tabel`, the family record itself.
        velden: field names only (what was searched on, say), never values or search terms.
    """
    if actie not in ACCESS_ACTIONS:
        raise ValueError(f"actie must be one of {ACCESS_ACTIONS}, not {actie!r}")
    if gezin_id is not None and not tabel:
        tabel, record_id = "gezin", record_id or gezin_id
    return AuditEntry(
        gebruiker=actor.gebruiker,
        apparaat=actor.apparaat,
        actie=actie,
        tabel=tabel,
        record_id=record_id,
        gezin_id=gezin_id,
        velden=sorted(velden),
    )


def record_access(
    session: Session,
    actor: Actor,
    actie: str,
    gezin_id: uuid.UUID | None = None,
    *,
    tabel: str = "",
    record_id: uuid.UUID | None = None,
    velden: Iterable[str] = (),
) -> AuditEntry:
    """`log_access` inside a transaction the caller already has open (and commits)."""
    entry = access_entry(actor, actie, gezin_id, tabel=tabel, record_id=record_id, velden=velden)
    return append(session, entry)


def log_access(
    workspace: Workspace,
    actor: Actor,
    actie: str,
    gezin_id: uuid.UUID | None = None,
    *,
    tabel: str = "",
    record_id: uuid.UUID | None = None,
    velden: Iterable[str] = (),
) -> AuditEntry:
    """Record a read / export / search / unlock in the audit trail, in its own transaction."""
    with workspace.transaction() as session:
        return record_access(
            session, actor, actie, gezin_id, tabel=tabel, record_id=record_id, velden=velden
        )


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
    def sentence(self) -> str:
        """The outcome as one plain Dutch sentence (or two)."""
        if not self.ok:
            why = REASONS[self.reason or "changed"]
            return (
                f"Het logboek is niet in orde: bij regel {self.broken_at} is de keten "
                f"verbroken ({why})."
            )
        text = f"Het logboek is in orde: {self.entries} regels, de keten is heel."
        if self.pending:
            text += (
                f" {self.pending} nieuwe regel(s) staan nog buiten de keten; de volgende "
                "wijziging neemt ze op."
            )
        return text


def check_entries(rows: Iterable[AuditEntry], known_hashes: set[str], pending: int) -> ChainReport:
    """Walk chained entries in volgnummer order and report the first break.

    Args:
        rows: the chained entries, by volgnummer.
        known_hashes: the stored hash of every chained entry (tells reordering from removal).
        pending: the number of unchained entries, for the report.
    """
    expected = 1
    before: AuditEntry | None = None  # the entry before `previous`
    previous: AuditEntry | None = None
    for count, entry in enumerate(rows, start=1):
        broken = _first_break(entry, expected, previous, before, known_hashes)
        if broken:
            return ChainReport(False, count, pending, broken[0], broken[1])
        before, previous = previous, entry
        expected += 1
    return ChainReport(True, expected - 1, pending)


def _first_break(
    entry: AuditEntry,
    expected: int,
    previous: AuditEntry | None,
    before: AuditEntry | None,
    known_hashes: set[str],
) -> tuple[int, Reason] | None:
    """Where and why the chain breaks at `entry` (expected to be number `expected`), if it does."""
    if entry.volgnummer != expected:
        return expected, "removed"
    if entry.vorige_hash != (previous.hash if previous else GENESIS_HASH):
        if previous is not None and entry.vorige_hash == (before.hash if before else GENESIS_HASH):
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
    t = _table()
    chained = t.c.volgnummer.is_not(None)
    known = set(conn.execute(sa.select(t.c.hash).where(chained)).scalars())
    pending = conn.execute(
        sa.select(sa.func.count()).select_from(t).where(t.c.volgnummer.is_(None))
    ).scalar_one()
    rows = conn.execute(sa.select(*_columns()).where(chained).order_by(t.c.volgnummer))
    return check_entries((_entry(row) for row in rows), known, int(pending))


def verify_chain(workspace: Workspace) -> ChainReport:
    """Check the whole audit trail of a workspace: is every entry there, unchanged, in order?

    What it cannot see: entries removed from the end (see docs/audit.md).
    """
    with workspace.session() as session:
        return verify_session(session)


def _utc(day: date) -> datetime:
    """Local midnight at the start of `day`, in UTC."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def audit_entries(
    session: Session,
    gezin_id: uuid.UUID | None = None,
    van: date | None = None,
    tot: date | None = None,
) -> Iterator[AuditEntry]:
    """The entries in chain order (unchained last), of one family and/or days `van`–`tot`."""
    t = _table()
    query = sa.select(*_columns()).order_by(t.c.volgnummer.is_(None), t.c.volgnummer, t.c.tijd)
    if gezin_id is not None:
        query = query.where(t.c.gezin_id == gezin_id)
    if van is not None:
        query = query.where(t.c.tijd >= _utc(van))
    if tot is not None:
        query = query.where(t.c.tijd < _utc(tot + timedelta(days=1)))
    for row in session.connection().execute(query):
        yield _entry(row)


def csv_bytes(entries: Iterable[AuditEntry]) -> tuple[bytes, int]:
    """The entries as CSV (semicolons, UTF-8 with BOM for Excel) and how many there are."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for entry in entries:
        count += 1
        writer.writerow(_csv_row(entry))
    return buffer.getvalue().encode("utf-8-sig"), count


def _csv_row(entry: AuditEntry) -> Sequence[str]:
    tijd = entry.tijd if entry.tijd.tzinfo else entry.tijd.replace(tzinfo=UTC)
    tijd = tijd.astimezone(UTC)
    return (
        tijd.isoformat(timespec="seconds"),
        entry.gebruiker,
        entry.apparaat,
        entry.actie,
        entry.tabel,
        str(entry.record_id or ""),
        str(entry.gezin_id or ""),
        ",".join(entry.velden),
        "" if entry.volgnummer is None else str(entry.volgnummer),
        entry.hash,
    )


def export_csv(
    workspace: Workspace,
    actor: Actor,
    target: Path,
    gezin_id: uuid.UUID | None = None,
    van: date | None = None,
    tot: date | None = None,
) -> int:
    """Write the audit trail (or one family's part, or some days) as CSV; the rows written.

    The export itself is logged (as actie export, tabel audit_entry) after the file is written.
    """
    if van and tot and tot < van:
        raise ValidationError("De einddatum ligt voor de begindatum.", field="to")
    with workspace.session() as session:
        data, count = csv_bytes(audit_entries(session, gezin_id, van, tot))
    write_atomic(data, target, prefix=".logboek-")
    log_access(workspace, actor, "export", gezin_id, tabel="audit_entry")
    return count
