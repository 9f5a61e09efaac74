"""Reading the audit trail back: entries by family, period, user and action; CSV export.

with workspace.session() as session:
    entries = list(audit_entries(session, gezin_id=gezin.id, van=date(2026, 1, 1)))
export_csv(workspace, actor, Path("logboek.csv"))
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session

from samenleren_desktop.model.entities.logboek import AuditEntry
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.audit_access import log_access
from samenleren_desktop.model.services.audit_chain import audit_table, chained_columns, entry_of
from samenleren_desktop.model.services.bestand import write_atomic

if TYPE_CHECKING:
    from samenleren_desktop.model.services.changes import Actor
    from samenleren_desktop.model.store.workspace import Workspace

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


def local_day_start(day: date) -> datetime:
    """Local midnight at the start of `day`, in UTC."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def audit_entries(
    session: Session,
    gezin_id: uuid.UUID | None = None,
    van: date | None = None,
    tot: date | None = None,
    *,
    gebruiker: str | None = None,
    actie: str | None = None,
    gezin_prefix: str = "",
) -> Iterator[AuditEntry]:
    """The entries in chain order (unchained last), filtered.

    Args:
        gezin_id: only this family's entries.
        van, tot: only entries of these local days (both included).
        gebruiker, actie: only entries of this user, of this action.
        gezin_prefix: only entries of families whose id starts so (as typed, any case).
    """
    t = audit_table()
    query = sa.select(*chained_columns()).order_by(
        t.c.volgnummer.is_(None), t.c.volgnummer, t.c.tijd
    )
    if gezin_id is not None:
        query = query.where(t.c.gezin_id == gezin_id)
    if van is not None:
        query = query.where(t.c.tijd >= local_day_start(van))
    if tot is not None:
        query = query.where(t.c.tijd < local_day_start(tot + timedelta(days=1)))
    if gebruiker:
        query = query.where(t.c.gebruiker == gebruiker)
    if actie:
        query = query.where(t.c.actie == actie)
    prefix = gezin_prefix.strip().lower()
    for row in session.connection().execute(query):
        entry = entry_of(row)
        if not prefix or str(entry.gezin_id or "").startswith(prefix):
            yield entry


def csv_bytes(entries: Iterable[AuditEntry]) -> tuple[bytes, int]:
    """The entries as CSV (semicolons, UTF-8 with BOM for Excel) and how many there are."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for entry in entries:
        count += 1
        writer.writerow(csv_row(entry))
    return buffer.getvalue().encode("utf-8-sig"), count


def csv_row(entry: AuditEntry) -> Sequence[str]:
    """One entry as the values of `CSV_COLUMNS`."""
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
    *,
    gebruiker: str | None = None,
    actie: str | None = None,
    gezin_prefix: str = "",
) -> int:
    """Write the audit trail (or one family's part, or some days) as CSV; the rows written.

    The export itself is logged (as actie export, tabel audit_entry) after the file is written.
    """
    if van and tot and tot < van:
        raise ValidationError("De einddatum ligt voor de begindatum.", field="to")
    with workspace.session() as session:
        entries = audit_entries(
            session, gezin_id, van, tot, gebruiker=gebruiker, actie=actie, gezin_prefix=gezin_prefix
        )
        data, count = csv_bytes(entries)
    write_atomic(data, target, prefix=".logboek-")
    log_access(workspace, actor, "export", gezin_id, tabel="audit_entry")
    return count
