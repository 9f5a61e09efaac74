"""What a pushed record must hold before the server stores it (issue #5, see docs/sync.md).

Every laptop stores what it pulls in the workspace tables (`samenleren_desktop/model/entities`),
so the server checks a change against those same tables:

- a *create* of a record the server does not hold must carry every column that may not be empty
  and has no default (a `kind` without `groep` could not be stored by any laptop);
- a reference to another record (`traject_id`, `ouder_id`, `school_id`, ...) must name a record
  the server holds for the caller's organisation, and a record of a family (a table with
  `gezin_id`) must be of the same family as the record that refers to it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from samenleren_desktop.sync.protocol import Change
from samenleren_desktop.sync.values import BOOKKEEPING, synced_tables

if TYPE_CHECKING:
    from samenleren_server.merge import _Push

UNKNOWN_REFERENCE = "{field} verwijst naar een gegeven dat niet op de server bekend is."
OTHER_FAMILY = "{field} verwijst naar een gegeven van een ander gezin."


@cache
def required_columns(table: str) -> tuple[str, ...]:
    """The columns a new record of `table` must carry: not nullable and without a default."""
    return tuple(
        c.name
        for c in synced_tables()[table].columns
        if not c.nullable
        and c.default is None
        and c.server_default is None
        and c.name not in BOOKKEEPING
    )


@cache
def references(table: str) -> dict[str, str]:
    """Per column that refers to another synced record: the table it refers to.

    `gezin_id` is left out: the family of a change is derived and checked by `access`.
    """
    found: dict[str, str] = {}
    for column in synced_tables()[table].columns:
        if column.name == "gezin_id":
            continue
        for fk in column.foreign_keys:
            if fk.column.table.name in synced_tables():
                found[column.name] = fk.column.table.name
    return found


def missing_problem(change: Change) -> str | None:
    """Why a create of a new record cannot be stored: a required column is missing."""
    missing = [name for name in required_columns(change.table) if name not in change.fields]
    if not missing:
        return None
    names = ", ".join(missing)
    return f"Dit nieuwe gegeven mist verplichte velden: {names}. Het is niet bewaard."


def reference_problem(state: _Push, change: Change, gezin: str | None) -> str | None:
    """Why a reference in the change's fields is not allowed (None when all are fine)."""
    for name, target_table in references(change.table).items():
        value = change.fields.get(name)
        if value is None:
            continue
        target: Any = state.get(target_table, str(value))
        if target is None or target.org_id != state.caller.org_id:
            return UNKNOWN_REFERENCE.format(field=name)
        if "gezin_id" in synced_tables()[target_table].c:
            target_family = target.record_id if target_table == "gezin" else target.gezin_id
            if str(target_family) != str(gezin):
                return OTHER_FAMILY.format(field=name)
    return None
