"""The workspace side of sync: read the outbox, store push answers, apply pulled pages.

Pulled records are written with SQLAlchemy Core straight into the tables, never through
`Changes`, so they are not queued for sync again. A page and the new cursor are committed in one
transaction, so a broken connection resumes exactly after the last stored page.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlmodel import select

from samenleren_desktop.model.entities import OutboxChange, utcnow
from samenleren_desktop.model.entities.sync import SyncConflict, SyncRecordVersion, SyncState
from samenleren_desktop.model.services.changes import plain
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import purge
from samenleren_desktop.sync.protocol import (
    CONFLICT_TABLE,
    ERASED_FAMILY,
    ERASED_REASON,
    REVOKED_FAMILY,
    Change,
    ChangeResult,
    PullResponse,
    RecordState,
)
from samenleren_desktop.sync.values import BOOKKEEPING

# Kept importable from here (the server and the conflicts code use them as apply.*).
from samenleren_desktop.sync.values import field_problem as field_problem  # noqa: PLC0414
from samenleren_desktop.sync.values import from_json as from_json  # noqa: PLC0414
from samenleren_desktop.sync.values import synced_tables as synced_tables  # noqa: PLC0414


def load_state(workspace: Workspace) -> SyncState:
    """The sync state row (a blank one before the first enrolment)."""
    with workspace.session() as session:
        return session.get(SyncState, 1) or SyncState()


def save_state(workspace: Workspace, state: SyncState) -> None:
    """Store the sync state row."""
    with workspace.transaction() as session:
        session.merge(state)


def mark_synced(workspace: Workspace) -> None:
    """Remember that a sync just finished (shown as "last synced at")."""
    with workspace.engine.connect() as conn, conn.begin():
        s = SyncState.__table__  # type: ignore[attr-defined]
        conn.execute(sa.update(s).where(s.c.id == 1).values(last_synced_at=utcnow()))


def outbox_batch(workspace: Workspace, limit: int) -> list[Change]:
    """The oldest `limit` outbox changes as protocol changes, with their base versions."""
    o = OutboxChange.__table__  # type: ignore[attr-defined]
    with workspace.engine.connect() as conn:
        rows = conn.execute(sa.select(o).order_by(o.c.mutation_id).limit(limit)).all()
        v = SyncRecordVersion.__table__  # type: ignore[attr-defined]
        ids = list({r.record_id for r in rows})
        bases: dict[tuple[str, uuid.UUID], int] = {}
        for start in range(0, len(ids), 500):
            query = sa.select(v.c.tabel, v.c.record_id, v.c.version).where(
                v.c.record_id.in_(ids[start : start + 500])
            )
            bases.update({(t, i): n for t, i, n in conn.execute(query)})
    return [
        Change(
            change_id=str(r.change_uuid),
            tx_group=str(r.tx_group),
            table=r.tabel,
            record_id=str(r.record_id),
            gezin_id=str(r.gezin_id) if r.gezin_id else None,
            op=r.op,
            base_version=0 if r.op == "create" else bases.get((r.tabel, r.record_id), 0),
            fields=r.velden,
            client_time=r.tijd,
        )
        for r in rows
    ]


def outbox_size(workspace: Workspace) -> int:
    """How many changes wait to be pushed."""
    with workspace.session() as session:
        count = session.exec(select(sa.func.count()).select_from(OutboxChange)).one()
        return int(count)


def acknowledge(workspace: Workspace, sent: list[Change], results: list[ChangeResult]) -> int:
    """Forget the acknowledged outbox rows and keep every conflict and refusal; conflicts found."""
    by_id = {c.change_id: c for c in sent}
    found = 0
    with workspace.transaction() as session:
        acked = [uuid.UUID(r.change_id) for r in results if r.change_id in by_id]
        session.execute(
            sa.delete(OutboxChange).where(OutboxChange.change_uuid.in_(acked))  # type: ignore[attr-defined]
        )
        for result in results:
            change = by_id.get(result.change_id)
            if change is None:
                continue
            for info in result.conflicts:
                found += 1
                session.merge(
                    SyncConflict(
                        id=uuid.UUID(info.conflict_id),
                        tabel=change.table,
                        record_id=uuid.UUID(change.record_id),
                        gezin_id=uuid.UUID(change.gezin_id) if change.gezin_id else None,
                        soort=info.kind,
                        veld=info.field,
                        waarde_bewaard=info.kept,
                        waarde_anders=info.other,
                    )
                )
            if result.status == "rejected" and result.reason != ERASED_REASON:
                found += 1  # a change of an erased family is dropped: the family goes next
                session.merge(_rejected(change, result.reason))
    return found


def _rejected(change: Change, reason: str) -> SyncConflict:
    """A refused change, kept locally with its values so nothing is lost."""
    return SyncConflict(
        id=uuid.uuid5(uuid.NAMESPACE_URL, f"rejected:{change.change_id}"),
        tabel=change.table,
        record_id=uuid.UUID(change.record_id),
        gezin_id=uuid.UUID(change.gezin_id) if change.gezin_id else None,
        soort="rejected",
        waarde_anders={"op": change.op, **change.fields},
        reden=reason[:500],
    )


@dataclass
class AppliedPage:
    """What storing one pulled page did.

    Attributes:
        records: records (and conflicts) stored.
        removed: families removed because their assignment ended.
        erased: erased families removed (with their waiting changes).
        kept: a family whose assignment ended while changes of it still wait in the outbox: it
            stays, the page is stored only up to its end, and the pull stops (next sync: push,
            then the end arrives again).
    """

    records: int = 0
    removed: list[str] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)
    kept: str | None = None


@contextmanager
def any_table_order(workspace: Workspace) -> Iterator[Connection]:
    """A transaction in which rows may be written in any table order (foreign keys are
    checked again after it): pulled rows arrive in server order, a child before its parent,
    and a removed family's tables go in any order."""
    with workspace.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                yield conn
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def apply_page(workspace: Workspace, page: PullResponse) -> AppliedPage:
    """Store one pulled page and its cursor in one transaction."""
    with any_table_order(workspace) as conn:
        return _apply_in_order(conn, page)


def _apply_in_order(conn: Connection, page: PullResponse) -> AppliedPage:
    """The records between ended assignments and erasures in bulk, each family removed in turn."""
    pending = _pending(conn)
    applied = AppliedPage()
    cursor = page.cursor
    segment: list[RecordState] = []
    busy: set[uuid.UUID] | None = None
    for record in [*page.records, None]:
        if record is not None and record.table not in (REVOKED_FAMILY, ERASED_FAMILY):
            segment.append(record)
            continue
        _apply_records(conn, segment, pending)
        applied.records += len(segment)
        segment = []
        if record is None:
            break
        gezin_id = uuid.UUID(record.record_id)
        if record.table == ERASED_FAMILY:
            if purge.erase_family(conn, synced_tables(), gezin_id):
                applied.erased.append(record.record_id)
            busy = None  # its waiting changes went
            continue
        busy = purge.busy_families(conn) if busy is None else busy
        if gezin_id in busy:
            applied.kept = record.record_id
            cursor = record.seq - 1
            break
        purge.purge_family(conn, synced_tables(), gezin_id)
        applied.removed.append(record.record_id)
    _store_cursor(conn, cursor, page.server_epoch)
    return applied


Pending = dict[tuple[str, uuid.UUID], tuple[set[str], set[str]]]


def _pending(conn: Connection) -> Pending:
    """Records with changes still in the outbox: (ops, fields) per (table, id)."""
    o = OutboxChange.__table__  # type: ignore[attr-defined]
    result: Pending = {}
    for tabel, record_id, op, velden in conn.execute(
        sa.select(o.c.tabel, o.c.record_id, o.c.op, o.c.velden)
    ):
        ops, fields = result.setdefault((tabel, record_id), (set(), set()))
        ops.add(op)
        fields.update(velden)
    return result


def _apply_records(conn: Connection, records: list[RecordState], pending: Pending) -> None:
    """Bulk upserts and deletes per table (one statement per table and field set)."""
    upserts: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = {}
    deletes: dict[str, list[uuid.UUID]] = {}
    versions: list[dict[str, Any]] = []
    now = utcnow()
    for record in records:
        if record.table == CONFLICT_TABLE:
            if (CONFLICT_TABLE, uuid.UUID(record.record_id)) not in pending:
                _apply_conflict(conn, record)  # else decided here, not yet pushed: keep that
            continue
        if record.table not in synced_tables():
            continue  # a table of a newer program version: not ours to store
        record_id = uuid.UUID(record.record_id)
        local = pending.get((record.table, record_id))
        version = {"tabel": record.table, "record_id": record_id, "version": record.version}
        if record.deleted:
            deletes.setdefault(record.table, []).append(record_id)
            versions.append({**version, "deleted": True})
            continue
        if local is not None and "delete" in local[0]:
            continue  # deleted here; the push decides (tombstone or conflict)
        values = from_json(record.table, record.data)
        if local is not None:  # keep the edits not yet pushed; keep the old base version
            values = {k: v for k, v in values.items() if k not in local[1]}
        else:
            versions.append({**version, "deleted": False})
        row = {"id": record_id, "created_at": now, "updated_at": now, **values}
        row["changed_by"] = record.changed_by[:100]
        upserts.setdefault((record.table, frozenset(row)), []).append(row)
    for name, ids in deletes.items():
        table = synced_tables()[name]
        for start in range(0, len(ids), 500):
            conn.execute(sa.delete(table).where(table.c.id.in_(ids[start : start + 500])))
    for (name, columns), rows in upserts.items():
        statement = sqlite_insert(synced_tables()[name])
        changed = {c: statement.excluded[c] for c in columns if c not in ("id", "created_at")}
        conn.execute(statement.on_conflict_do_update(index_elements=["id"], set_=changed), rows)
    if versions:
        v = SyncRecordVersion.__table__  # type: ignore[attr-defined]
        statement = sqlite_insert(v)
        changed = {"version": statement.excluded.version, "deleted": statement.excluded.deleted}
        conn.execute(
            statement.on_conflict_do_update(index_elements=["tabel", "record_id"], set_=changed),
            versions,
        )


def _apply_conflict(conn: Connection, record: RecordState) -> None:
    c = SyncConflict.__table__  # type: ignore[attr-defined]
    data = record.data
    gezin = data.get("gezin_id")
    values = {
        "tabel": str(data.get("tabel", "")),
        "record_id": uuid.UUID(str(data.get("record_id"))),
        "gezin_id": uuid.UUID(gezin) if gezin else None,
        "soort": str(data.get("soort", "")),
        "veld": data.get("veld"),
        "waarde_bewaard": data.get("bewaard"),
        "waarde_anders": data.get("anders"),
        "status": str(data.get("status", "open")),
        "reden": "",
    }
    statement = sqlite_insert(c).values(id=uuid.UUID(record.record_id), tijd=utcnow(), **values)
    conn.execute(statement.on_conflict_do_update(index_elements=["id"], set_=values))


def _store_cursor(conn: Connection, cursor: int, epoch: str) -> None:
    s = SyncState.__table__  # type: ignore[attr-defined]
    conn.execute(sa.update(s).where(s.c.id == 1).values(cursor=cursor, server_epoch=epoch))


def open_conflicts(workspace: Workspace) -> list[SyncConflict]:
    """Conflicts nobody has decided on yet, newest first."""
    with workspace.session() as session:
        query = select(SyncConflict).where(SyncConflict.status == "open")
        return list(session.exec(query.order_by(SyncConflict.tijd.desc())).all())  # type: ignore[attr-defined]


def local_records(workspace: Workspace, tables: Iterable[str] | None = None) -> dict[str, Any]:
    """Every synced record as {table: {id: JSON data}} (for checks and tests)."""
    out: dict[str, Any] = {}
    with workspace.engine.connect() as conn:
        for name in tables or synced_tables():
            table = synced_tables()[name]
            rows = conn.execute(sa.select(table)).mappings().all()
            out[name] = {
                str(row["id"]): {k: plain(v) for k, v in row.items() if k not in BOOKKEEPING}
                for row in rows
            }
    return out
