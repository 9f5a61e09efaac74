"""Who may write a pushed change: its family, derived on the server, and the caller's rights.

A record of a family-owned table (every synced table with a `gezin_id` column) belongs to one
family for good. The server derives that family from the change's `gezin_id`, the record's
`fields["gezin_id"]` and the stored record; they must agree, and access is checked on that
family. A change without a family, with two different families or moving a stored record to
another family is rejected: otherwise a coach could write into (or, stored without a family,
publish to the whole organisation) a family that is not theirs.
"""

from __future__ import annotations

import uuid
from functools import cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from samenleren_desktop.sync import apply
from samenleren_desktop.sync.apply import field_problem
from samenleren_desktop.sync.protocol import Change
from samenleren_desktop.sync.values import NOT_STORED
from samenleren_server import db

if TYPE_CHECKING:
    from samenleren_server.merge import _Push

NO_FAMILY = "Dit gegeven hoort bij een gezin, maar er is geen gezin opgegeven."
TWO_FAMILIES = "Het gezin van deze wijziging klopt niet: er zijn twee verschillende gezinnen."
MOVED = "Een gegeven kan niet naar een ander gezin worden verplaatst."
NOT_A_FAMILY_TABLE = "Dit soort gegeven hoort niet bij een gezin."
UNKNOWN_FAMILY = "Het gezin van dit gegeven is niet bekend op de server."
NO_ACCESS = "U heeft geen toegang tot dit gezin."
OTHER_ORG = "Dit gegeven hoort bij een andere organisatie."
UNKNOWN_KIND = "Deze wijziging gaat over een soort gegeven dat de server niet kent. " + NOT_STORED


@cache
def synced_tables() -> frozenset[str]:
    """The workspace tables that travel (every `Record` table)."""
    return frozenset(apply.synced_tables())


@cache
def family_tables() -> frozenset[str]:
    """The synced tables whose records each belong to one family (they have `gezin_id`)."""
    return frozenset(n for n, t in apply.synced_tables().items() if "gezin_id" in t.c)


def check(state: _Push, change: Change) -> tuple[str | None, Any, str | None, Any]:
    """(why not allowed, the stored record, its family id, the family's record)."""
    problem = None if change.table in synced_tables() else UNKNOWN_KIND
    problem = problem or _id_problem(change) or field_problem(change.table, change.fields)
    if problem:
        return problem, None, None, None
    caller = state.caller
    row = state.get(change.table, change.record_id)
    if row is not None and row.org_id != caller.org_id:
        return OTHER_ORG, row, None, None
    problem, gezin = family_of(change, row)
    if problem:
        return problem, row, None, None
    gezin_row = row if change.table == "gezin" else (state.get("gezin", gezin) if gezin else None)
    foreign = gezin_row is None or gezin_row.org_id != caller.org_id
    if gezin is not None and change.table != "gezin" and foreign:
        return UNKNOWN_FAMILY, row, gezin, gezin_row
    # An ended assignment still takes what the laptop holds until it has pulled the end.
    writable = gezin in caller.assigned or gezin in caller.ending
    if gezin is not None and not caller.sees_whole_organisation and not writable:
        if not (change.table == "gezin" and row is None and change.op == "create"):
            return NO_ACCESS, row, gezin, gezin_row
        assign_in(state.conn, caller.user_id, gezin)  # a new family belongs to its maker
        caller.assigned.add(gezin)
    return None, row, gezin, gezin_row


def family_of(change: Change, row: Any) -> tuple[str | None, str | None]:
    """(why the family is not clear, the family id; None for a record of no family)."""
    claimed = {change.gezin_id}
    if "gezin_id" in change.fields:
        claimed.add(change.fields["gezin_id"])
    claimed.discard(None)
    if change.table == "gezin":
        return (TWO_FAMILIES, None) if claimed - {change.record_id} else (None, change.record_id)
    if change.table not in family_tables():
        return (NOT_A_FAMILY_TABLE, None) if claimed else (None, None)
    if row is not None:
        stored = row.gezin_id
        if stored is None:  # stored before families were derived: nobody may write it now
            return UNKNOWN_FAMILY, None
        return (MOVED, None) if claimed - {stored} else (None, str(stored))
    if len(claimed) != 1:
        return (TWO_FAMILIES if claimed else NO_FAMILY), None
    return None, str(claimed.pop())


def assign_in(conn: Connection, user_id: int, gezin_id: str, active: bool = True) -> None:
    """Make or update one assignment row."""
    a = db.assignment
    where = (a.c.user_id == user_id) & (a.c.gezin_id == gezin_id)
    if conn.execute(sa.update(a).where(where).values(active=active)).rowcount == 0:
        conn.execute(sa.insert(a).values(user_id=user_id, gezin_id=gezin_id, active=active))


def _id_problem(change: Change) -> str | None:
    """Record and family ids must be UUIDs in their usual written form."""
    in_fields = change.fields.get("gezin_id")
    for value in (change.record_id, change.gezin_id, in_fields):
        if value is None:
            continue
        try:
            if str(uuid.UUID(str(value))) != value:
                return "Een id moet in de gewone vorm geschreven zijn."
        except ValueError:
            return "Een id is geen geldige UUID."
    return None
