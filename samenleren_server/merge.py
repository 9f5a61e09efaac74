"""Applying pushed changes field by field, and the pull stream (see docs/sync.md).

Every write transaction first locks the counter row, so writers are serialized and the server
sequence `seq` is handed out in commit order: a reader paging `seq > cursor` never skips a row.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row
from sqlmodel import SQLModel

import samenleren_desktop.model.entities  # noqa: F401 - registers the workspace tables
from samenleren_desktop.sync.protocol import (
    CONFLICT_TABLE,
    Change,
    ChangeResult,
    ConflictInfo,
    Status,
)
from samenleren_server import access, db, erasure, integrity, resolutions
from samenleren_server.accounts import Caller, now
from samenleren_server.db import Database


@cache
def cascade_children() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each table, the (child table, column) pairs whose rows go when its row goes."""
    children: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.ondelete == "CASCADE":
                children[fk.column.table.name].append((table.name, fk.parent.name))
    return {k: tuple(v) for k, v in children.items()}


_COUNTER = db.counter
_LOCK_COUNTER = sa.update(_COUNTER).where(_COUNTER.c.id == 1).values(value=_COUNTER.c.value)
_READ_COUNTER = sa.select(_COUNTER.c.value, _COUNTER.c.epoch).where(_COUNTER.c.id == 1)
_STORE_COUNTER = (
    sa.update(_COUNTER).where(_COUNTER.c.id == 1).values(value=sa.bindparam("counter_value"))
)
_RECEIPTS = sa.select(db.receipt.c.change_id, db.receipt.c.result).where(
    db.receipt.c.device_id == sa.bindparam("device_id"),
    db.receipt.c.change_id.in_(sa.bindparam("change_ids", expanding=True)),
)


class Sequence:
    """Hands out server sequence numbers inside one locked write transaction."""

    def __init__(self, conn: Connection) -> None:
        # The no-op update takes the row (PostgreSQL) or database (SQLite) write lock first.
        conn.execute(_LOCK_COUNTER)
        row = conn.execute(_READ_COUNTER).one()
        self.conn = conn
        self.value = int(row.value)
        self.epoch = str(row.epoch)

    def next(self) -> int:
        """The next sequence number."""
        self.value += 1
        return self.value

    def store(self) -> None:
        """Write the last number handed out (the last statement of the transaction)."""
        self.conn.execute(_STORE_COUNTER, {"counter_value": self.value})


# Prepared once: the SET clause comes from the parameter names (fast for many rows).
_UPDATE = sa.update(db.record).where(
    db.record.c.tabel == sa.bindparam("key_tabel"),
    db.record.c.record_id == sa.bindparam("key_record_id"),
)

_SELECT = sa.select(db.record).where(
    db.record.c.tabel == sa.bindparam("key_tabel"),
    db.record.c.record_id == sa.bindparam("key_record_id"),
)


_PRELOAD = sa.select(db.record).where(
    db.record.c.tabel == sa.bindparam("tabel"),
    db.record.c.record_id.in_(sa.bindparam("ids", expanding=True)),
)


@dataclass
class _Push:
    conn: Connection
    caller: Caller
    seq: Sequence
    log: list[dict[str, Any]] = field(default_factory=list)
    rows: dict[tuple[str, str], Any] = field(default_factory=dict)
    erased: dict[str, bool] = field(default_factory=dict)

    def is_erased(self, gezin_id: str) -> bool:
        """Whether a family was erased (right of erasure or retention): never written again."""
        if gezin_id not in self.erased:
            self.erased[gezin_id] = erasure.is_erased(self.conn, gezin_id)
        return self.erased[gezin_id]

    def preload(self, changes: list[Change]) -> None:
        """Read the records a batch names, their families and erasures in a few queries
        (instead of one query per change for each)."""
        keys: set[tuple[str, str]] = set()
        families: set[str] = set()
        for change in changes:
            if change.table == CONFLICT_TABLE:
                continue
            keys.add((change.table, change.record_id))
            if (claimed := erasure.claimed_family(change)) is not None:
                families.add(claimed)
                keys.add(("gezin", claimed))
        erased = erasure.erased_among(self.conn, families - self.erased.keys())
        self.erased.update({gezin: gezin in erased for gezin in families})
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, record_id in sorted(keys - self.rows.keys()):
            by_table[table].append(record_id)
        for table, ids in by_table.items():  # per table, so SQLite searches its primary key
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                params = {"tabel": table, "ids": chunk}
                found = {row.record_id: row for row in self.conn.execute(_PRELOAD, params)}
                for record_id in chunk:
                    row = found.get(record_id)
                    self.rows[(table, record_id)] = (
                        SimpleNamespace(**row._asdict()) if row is not None else None
                    )

    def get(self, table: str, record_id: str) -> Any:
        """The stored record (as written earlier in this batch), or None."""
        key = (table, record_id)
        if key not in self.rows:
            params = {"key_tabel": table, "key_record_id": record_id}
            row = self.conn.execute(_SELECT, params).first()
            self.rows[key] = SimpleNamespace(**row._asdict()) if row is not None else None
        return self.rows[key]

    def write(self, table: str, record_id: str, values: dict[str, Any], op: str, **log: Any) -> int:
        """Insert or update a record with a new sequence number, and log it."""
        seq = self.seq.next()
        values = {**values, "seq": seq, "updated_at": now(), "changed_by": self.caller.username}
        key = {"key_tabel": table, "key_record_id": record_id}
        cached = self.rows.get((table, record_id))
        if cached is not None:
            self.conn.execute(_UPDATE, {**key, **values})
            vars(cached).update(values)
        elif self.conn.execute(_UPDATE, {**key, **values}).rowcount == 0:
            full = {"tabel": table, "record_id": record_id, **values}
            self.conn.execute(sa.insert(db.record), full)
            self.rows[(table, record_id)] = SimpleNamespace(**full)
        entry = {"change_id": None, "before": None, "after": None, "base_version": None, **log}
        self.log.append(
            {
                "seq": seq,
                "tabel": table,
                "record_id": record_id,
                "device_id": self.caller.device_id,
                "op": op,
                "at": now(),
                "version": values.get("version"),
                **entry,
            }
        )
        return seq

    def conflict(self, change: Change, gezin: str | None, info: dict[str, Any]) -> ConflictInfo:
        """Store a conflict record (it travels to everyone who sees the family)."""
        conflict_id = str(uuid.uuid4())
        data = {
            "tabel": change.table,
            "record_id": change.record_id,
            "gezin_id": gezin,
            "status": "open",
            "door": self.caller.username,
            **info,
        }
        self.write(
            CONFLICT_TABLE,
            conflict_id,
            {
                "org_id": self.caller.org_id,
                "gezin_id": gezin,
                "version": 1,
                "deleted": False,
                "data": data,
                "field_versions": {},
                "field_writers": {},
            },
            "conflict",
            change_id=change.change_id,
            after=data,
        )
        return ConflictInfo(
            conflict_id=conflict_id,
            kind=info["soort"],
            field=info.get("veld"),
            kept=info.get("bewaard"),
            other=info.get("anders"),
        )


def push(database: Database, caller: Caller, changes: list[Change]) -> list[ChangeResult]:
    """Apply a batch in one transaction; a change id this device sent before gets its answer."""
    if not changes:
        return []
    results: list[ChangeResult] = []
    receipts: list[dict[str, Any]] = []
    with database.writer.begin() as conn:
        state = _Push(conn, caller, Sequence(conn))
        ids = [c.change_id for c in changes]
        known = dict(
            conn.execute(_RECEIPTS, {"device_id": caller.device_id, "change_ids": ids}).all()
        )
        state.preload([c for c in changes if c.change_id not in known])
        for change in changes:
            stored = known.get(change.change_id)
            if stored is not None:
                results.append(ChangeResult.model_validate({**stored, "replayed": True}))
                continue
            result = _apply(state, change)
            stored = result.model_dump(mode="json")
            known[change.change_id] = stored  # the same id twice in one batch: applied once
            receipts.append(
                {"change_id": change.change_id, "device_id": caller.device_id, "result": stored}
            )
            results.append(result)
        if state.log:
            conn.execute(sa.insert(db.change_log), state.log)
        if receipts:
            conn.execute(sa.insert(db.receipt), receipts)
        state.seq.store()
    return results


def _reject(change: Change, reason: str) -> ChangeResult:
    return ChangeResult(change_id=change.change_id, status="rejected", reason=reason)


def _apply(state: _Push, change: Change) -> ChangeResult:
    """Authorise and merge one change (the rules are in docs/sync.md)."""
    if change.table == CONFLICT_TABLE:  # a decision on a conflict
        return resolutions.resolve(state, change)
    problem, row, gezin, gezin_row = _check(state, change)
    if problem:
        return _reject(change, problem)
    if change.op == "delete":
        return _delete(state, change, row)
    family_gone = gezin_row is not None and gezin_row.deleted and change.table != "gezin"
    if row is None and (change.op == "update" or family_gone):
        return _edit_without_record(state, change, gezin, family_gone)
    if row is not None and row.deleted:
        info = {"soort": "edit_on_deleted", "veld": None, "bewaard": None, "anders": change.fields}
        conflict = state.conflict(change, gezin, info)
        return ChangeResult(
            change_id=change.change_id, status="conflict", version=row.version, conflicts=[conflict]
        )
    return _update(state, change, row, gezin)


def _check(state: _Push, change: Change) -> tuple[str | None, Any, str | None, Any]:
    """(why refused, the stored record, its family, the family's record): erasure, access,
    then what a laptop needs to store the record (`integrity`)."""
    claimed = erasure.claimed_family(change)
    if claimed is not None and state.is_erased(claimed):
        return erasure.ERASED_REASON, None, None, None
    problem, row, gezin, gezin_row = access.check(state, change)
    if not problem and change.op != "delete":
        problem = integrity.reference_problem(state, change, gezin)
        if row is None and change.op == "create":
            problem = problem or integrity.missing_problem(change)
    return problem, row, gezin, gezin_row


def _edit_without_record(
    state: _Push, change: Change, gezin: str | None, family_gone: bool
) -> ChangeResult:
    """An edit of a record the server does not hold alive: kept as a conflict, not lost."""
    if not family_gone:
        return _reject(change, "Dit gegeven bestaat niet (meer) op de server.")
    info = {"soort": "edit_on_deleted", "veld": None, "bewaard": None, "anders": change.fields}
    conflict = state.conflict(change, gezin, info)
    values = {
        "org_id": state.caller.org_id,
        "gezin_id": gezin,
        "version": 1,
        "deleted": True,
        "data": change.fields,
        "field_versions": {f: 1 for f in change.fields},
        "field_writers": {f: state.caller.device_id for f in change.fields},
    }
    state.write(change.table, change.record_id, values, "create", change_id=change.change_id)
    return ChangeResult(
        change_id=change.change_id, status="conflict", version=1, conflicts=[conflict]
    )


def _update(state: _Push, change: Change, row: Any, gezin: str | None) -> ChangeResult:
    """Create or update field by field: different fields merge, the same field conflicts."""
    device = state.caller.device_id
    data = dict(row.data) if row else {}
    versions = dict(row.field_versions) if row else {}
    writers = dict(row.field_writers) if row else {}
    version = (row.version if row else 0) + 1
    base = change.base_version
    conflicts = []
    others_changed = any(v > base and writers.get(f) != device for f, v in versions.items())
    for name, value in change.fields.items():
        concurrent = versions.get(name, 0) > base and writers.get(name) != device
        if concurrent and name in data and data[name] != value:
            info = {"soort": "field", "veld": name, "bewaard": value, "anders": data[name]}
            conflicts.append(state.conflict(change, gezin, info))
        data[name] = value
        versions[name] = version
        writers[name] = device
    values = {
        "org_id": state.caller.org_id,
        "gezin_id": gezin,
        "version": version,
        "deleted": False,
        "data": data,
        "field_versions": versions,
        "field_writers": writers,
    }
    before = dict(row.data) if row else None
    state.write(
        change.table,
        change.record_id,
        values,
        change.op,
        change_id=change.change_id,
        before=before,
        after=change.fields,
        base_version=change.base_version,
    )
    status: Status = "conflict" if conflicts else ("merged" if others_changed else "applied")
    return ChangeResult(
        change_id=change.change_id, status=status, version=version, conflicts=conflicts
    )


def _delete(state: _Push, change: Change, row: Any) -> ChangeResult:
    """Tombstone the record and what hangs under it; an unseen edit makes a conflict."""
    if row is None or row.deleted:
        version = row.version if row else 0
        return ChangeResult(change_id=change.change_id, status="applied", version=version)
    device = state.caller.device_id
    unseen = {
        f: row.data.get(f)
        for f, v in row.field_versions.items()
        if v > change.base_version and row.field_writers.get(f) != device
    }
    conflicts = []
    if unseen:
        info = {"soort": "delete_on_edited", "veld": None, "bewaard": None, "anders": unseen}
        conflicts.append(state.conflict(change, row.gezin_id, info))
    version = _tombstone(state, row, change.change_id)
    status: Status = "conflict" if conflicts else "applied"
    return ChangeResult(
        change_id=change.change_id, status=status, version=version, conflicts=conflicts
    )


def _tombstone(state: _Push, row: Row[Any], change_id: str | None) -> int:
    version = int(row.version) + 1
    state.write(
        row.tabel,
        row.record_id,
        {"version": version, "deleted": True},
        "delete",
        change_id=change_id,
        before=row.data,
    )
    for child in _children(state, row):
        _tombstone(state, child, change_id)
    return version


def _children(state: _Push, row: Row[Any]) -> list[Row[Any]]:
    """Live records that the workspace would delete with this one (ON DELETE CASCADE)."""
    links = cascade_children().get(row.tabel, ())
    if not links or row.gezin_id is None:
        return []
    r = db.record
    tables = {t for t, _ in links}
    candidates = state.conn.execute(
        sa.select(r).where(r.c.gezin_id == row.gezin_id, r.c.tabel.in_(tables), ~r.c.deleted)
    ).all()
    return [
        c
        for c in candidates
        if any(c.tabel == t and c.data.get(col) == row.record_id for t, col in links)
    ]
