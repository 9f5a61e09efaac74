"""Removing a family from this laptop: its assignment ended, or it was erased (docs/sync.md).

The server streams a `revoked_family` entry when a begeleider's assignment ends. The laptop
pushes its outbox before it pulls, so what it held of the family is on the server by then; it
removes the family only when no change of it waits in the outbox. The rows are deleted straight
from the tables, like pulled records are written: nothing is queued for the server.

An `erased_family` entry (right of erasure, or the organisation's retention) removes the family
whatever waits: its changes in the outbox are dropped too, since the server refuses them and
they must not bring the family back. The audit trail notes it as `erase`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from samenleren_desktop.model.entities import AuditEntry, OutboxChange
from samenleren_desktop.model.entities.sync import SyncConflict, SyncRecordVersion, SyncState
from samenleren_desktop.model.services.audit import link, seal_pending

PURGE_ACTION = "purge"
"""The audit action of a family removed from the laptop (no data, only the fact)."""
ERASE_ACTION = "erase"
"""The audit action of an erased family removed from the laptop, waiting changes and all."""


def busy_families(conn: Connection) -> set[uuid.UUID]:
    """Families with changes still waiting in the outbox."""
    o = OutboxChange.__table__  # type: ignore[attr-defined]
    query = sa.select(o.c.gezin_id).where(o.c.gezin_id.is_not(None)).distinct()
    return set(conn.execute(query).scalars())


def erase_family(conn: Connection, tables: Mapping[str, sa.Table], gezin_id: uuid.UUID) -> bool:
    """Remove an erased family with its waiting changes; whether this laptop held any of it."""
    o = OutboxChange.__table__  # type: ignore[attr-defined]
    dropped = conn.execute(sa.delete(o).where(o.c.gezin_id == gezin_id)).rowcount
    removed = purge_family(conn, tables, gezin_id, ERASE_ACTION, always_audit=dropped > 0)
    return removed > 0 or dropped > 0


def purge_family(
    conn: Connection,
    tables: Mapping[str, sa.Table],
    gezin_id: uuid.UUID,
    action: str = PURGE_ACTION,
    always_audit: bool = True,
) -> int:
    """Delete every local row of a family and its sync bookkeeping; the records deleted.

    Runs inside the caller's transaction (with foreign keys off, so every table holding a
    `gezin_id` is emptied of the family explicitly, then the family itself). The audit entry
    (`action`) is written when rows went, or always with `always_audit`.
    """
    ids: list[uuid.UUID] = []
    for table in tables.values():
        if "gezin_id" not in table.c:
            continue
        where = table.c.gezin_id == gezin_id
        ids += conn.execute(sa.select(table.c.id).where(where)).scalars().all()
        conn.execute(sa.delete(table).where(where))
    gezin = tables["gezin"]
    if conn.execute(sa.delete(gezin).where(gezin.c.id == gezin_id)).rowcount:
        ids.append(gezin_id)
    versions = SyncRecordVersion.__table__  # type: ignore[attr-defined]
    known = [*ids, gezin_id]
    for start in range(0, len(known), 500):
        chunk = known[start : start + 500]
        conn.execute(sa.delete(versions).where(versions.c.record_id.in_(chunk)))
    conflicts = SyncConflict.__table__  # type: ignore[attr-defined]
    gone = conn.execute(sa.delete(conflicts).where(conflicts.c.gezin_id == gezin_id)).rowcount
    if ids or gone or always_audit:
        _audit(conn, gezin_id, action)
    return len(ids)


def _audit(conn: Connection, gezin_id: uuid.UUID, action: str) -> None:
    """Note in the audit trail that the family left this laptop (who: the synced user)."""
    s = SyncState.__table__  # type: ignore[attr-defined]
    user = conn.execute(sa.select(s.c.gebruiker).where(s.c.id == 1)).scalar() or ""
    entry = AuditEntry(
        gebruiker=user, apparaat="sync", actie=action, tabel="gezin", record_id=gezin_id
    )
    entry.gezin_id = gezin_id
    link(entry, seal_pending(conn))  # chained at once, like every other entry
    audit = AuditEntry.__table__  # type: ignore[attr-defined]
    conn.execute(sa.insert(audit).values(**entry.model_dump()))
