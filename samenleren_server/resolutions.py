"""Deciding a conflict: a pushed status change of a `sync_conflict` record (see docs/sync.md).

A laptop sends `Change(table="sync_conflict", op="update", record_id=<conflict id>,
fields={"status": "opgelost", "keuze": "bewaard" | "anders"})`. The conflict record gets the
decision and a new sequence number, so it reaches every laptop that sees the family. A field
conflict needs nothing more here: choosing the other value travels as a normal edit of the
record, pushed just before the decision. For `edit_on_deleted` and `delete_on_edited`,
"anders" restores the deleted record with the kept values: the record comes back with its
last data plus those values, together with its deleted parents and whatever was deleted
along with it. The change log keeps every step.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from samenleren_desktop.sync.apply import field_problem
from samenleren_desktop.sync.protocol import CONFLICT_TABLE, Change, ChangeResult
from samenleren_server import db
from samenleren_server.access import synced_tables
from samenleren_server.accounts import now

if TYPE_CHECKING:
    from samenleren_server.merge import _Push

RESOLVED = "opgelost"
CHOICES = ("bewaard", "anders")
RESTORABLE = ("edit_on_deleted", "delete_on_edited")


def resolve(state: _Push, change: Change) -> ChangeResult:
    """Store a decision on a conflict the caller may see (and restore when so chosen)."""
    row = state.get(CONFLICT_TABLE, change.record_id)
    problem = _problem(state, change, row)
    if problem:
        return ChangeResult(change_id=change.change_id, status="rejected", reason=problem)
    data = dict(row.data)
    if data.get("status") == RESOLVED:  # decided elsewhere first: that decision stands
        return ChangeResult(change_id=change.change_id, status="applied", version=row.version)
    keuze = str(change.fields.get("keuze", "bewaard"))
    if keuze == "anders" and data.get("soort") in RESTORABLE:
        other = data.get("anders")
        values: dict[str, Any] = other if isinstance(other, dict) else {}
        _restore(state, change, str(data.get("tabel")), str(data.get("record_id")), values)
    data.update(
        status=RESOLVED, keuze=keuze, opgelost_door=state.caller.username, opgelost_op=_stamp()
    )
    version = int(row.version) + 1
    state.write(
        CONFLICT_TABLE,
        change.record_id,
        {"version": version, "data": data},
        "resolve",
        change_id=change.change_id,
        before=row.data,
        after=change.fields,
    )
    return ChangeResult(change_id=change.change_id, status="applied", version=version)


def _stamp() -> str:
    return now().isoformat(timespec="seconds")


def _problem(state: _Push, change: Change, row: Any) -> str | None:
    """Why this decision cannot be taken (None when it can)."""
    fields = change.fields
    if change.op != "update" or set(fields) - {"status", "keuze"}:
        return "Aan een conflict kan alleen een beslissing worden meegegeven."
    if fields.get("status") != RESOLVED or fields.get("keuze", "bewaard") not in CHOICES:
        return "Ongeldige beslissing over een conflict."
    if row is None or row.org_id != state.caller.org_id:
        return "Dit conflict is niet bekend op de server."
    caller = state.caller
    gezin = row.gezin_id
    allowed = gezin is None or caller.sees_whole_organisation
    if not (allowed or gezin in caller.assigned or gezin in caller.ending):
        return "U heeft geen toegang tot dit gezin."
    return None


def _restore(
    state: _Push, change: Change, table: str, record_id: str, values: dict[str, Any]
) -> None:
    """Bring a deleted record back with `values`, its deleted parents first."""
    row = state.get(table, record_id)
    if row is None or row.org_id != state.caller.org_id:
        return
    for parent_table, parent_id in _parents(table, row.data):
        parent = state.get(parent_table, parent_id)
        if parent is not None and parent.deleted:
            _restore(state, change, parent_table, parent_id, {})
    row = state.get(table, record_id)
    if row.deleted:
        _undelete(state, change, row)
    usable = {k: v for k, v in values.items() if field_problem(table, {k: v}) is None}
    changed = {k: v for k, v in usable.items() if row.data.get(k) != v}
    if changed:
        _set_fields(state, change, row, changed)


def _undelete(state: _Push, change: Change, row: Any) -> None:
    """Lift the tombstone of `row` and of what was deleted with it (cascade, same moment)."""
    group = {(row.tabel, row.record_id): row}
    _deleted_with(state, row, row.updated_at, group)
    for item in group.values():
        state.write(
            item.tabel,
            item.record_id,
            {"version": int(item.version) + 1, "deleted": False},
            "restore",
            change_id=change.change_id,
            after=item.data,
        )


def _set_fields(state: _Push, change: Change, row: Any, fields: dict[str, Any]) -> None:
    version = int(row.version) + 1
    device = state.caller.device_id
    state.write(
        row.tabel,
        row.record_id,
        {
            "version": version,
            "data": {**row.data, **fields},
            "field_versions": {**row.field_versions, **dict.fromkeys(fields, version)},
            "field_writers": {**row.field_writers, **dict.fromkeys(fields, device)},
        },
        "update",
        change_id=change.change_id,
        before=row.data,
        after=fields,
    )


@cache
def _parent_links() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each table, its (column, parent table) foreign keys to other synced tables."""

    links: dict[str, list[tuple[str, str]]] = {}
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent in synced_tables() and parent != table.name:
                links.setdefault(table.name, []).append((fk.parent.name, parent))
    return {k: tuple(v) for k, v in links.items()}


def _parents(table: str, data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for column, parent in _parent_links().get(table, ()):
        value = data.get(column)
        if value:
            yield parent, str(value)


def _deleted_with(
    state: _Push, row: Any, deleted_at: datetime, found: dict[tuple[str, str], Any]
) -> None:
    """Tombstones under `row` (ON DELETE CASCADE) written when it was deleted or later.

    Once a record is deleted its children are deleted with it in the same transaction, and a
    delete of a tombstone writes nothing; so a child tombstone from that moment on belongs to
    this delete (or is an edit that arrived after it), never to an earlier one. Adds them to
    `found`, keyed by (table, id).
    """
    from samenleren_server.merge import cascade_children  # noqa: PLC0415 - import cycle

    links = cascade_children().get(row.tabel, ())
    if not links or row.gezin_id is None:
        return
    r = db.record
    tables = {t for t, _ in links}
    children = state.conn.execute(
        sa.select(r).where(
            r.c.gezin_id == row.gezin_id,
            r.c.tabel.in_(tables),
            r.c.deleted,
            r.c.updated_at >= deleted_at,
        )
    ).all()
    for child in children:
        key = (child.tabel, child.record_id)
        linked = any(child.tabel == t and child.data.get(col) == row.record_id for t, col in links)
        if linked and key not in found:
            found[key] = child
            _deleted_with(state, child, deleted_at, found)
