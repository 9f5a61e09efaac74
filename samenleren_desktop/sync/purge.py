"""Removing a family from this laptop when its assignment ended (see docs/sync.md).

The server streams a `revoked_family` entry when a begeleider's assignment ends. The laptop
pushes its outbox before it pulls, so what it held of the family is on the server by then; it
removes the family only when no change of it waits in the outbox. The rows are deleted straight
from the tables, like pulled records are written: nothing is queued for the server.
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


def busy_families(conn: Connection) -> set[uuid.UUID]:
    """Families with changes still waiting in the outbox."""
    o = OutboxChange.__table__  # type: ignore[attr-defined]
    query = sa.select(o.c.gezin_id).where(o.c.gezin_id.is_not(None)).distinct()
    return set(conn.execute(query).scalars())


def purge_family(conn: Connection, tables: Mapping[str, sa.Table], gezin_id: uuid.UUID) -> int:
    """Delete every local row of a family and its sync bookkeeping; the records deleted.

    Runs inside the caller's transaction (with foreign keys off, so every table holding a
    `gezin_id` is emptied of the family explicitly, then the family itself).
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
    conn.execute(sa.delete(conflicts).where(conflicts.c.gezin_id == gezin_id))
    _audit(conn, gezin_id)
    return len(ids)


def _audit(conn: Connection, gezin_id: uuid.UUID) -> None:
    """Note in the audit trail that the family left this laptop (who: the synced user)."""
    s = SyncState.__table__  # type: ignore[attr-defined]
    user = conn.execute(sa.select(s.c.gebruiker).where(s.c.id == 1)).scalar() or ""
    entry = AuditEntry(
        gebruiker=user, apparaat="sync", actie=PURGE_ACTION, tabel="gezin", record_id=gezin_id
    )
    entry.gezin_id = gezin_id
    link(entry, seal_pending(conn))  # chained at once, like every other entry
    audit = AuditEntry.__table__  # type: ignore[attr-defined]
    conn.execute(sa.insert(audit).values(**entry.model_dump()))
