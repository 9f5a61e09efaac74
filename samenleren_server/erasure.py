"""The right of erasure: a family erased from the server and, through the stream, every laptop.

`erase_family` removes every record of the family (conflicts included), their change log, the
receipts that answered those changes and the family's assignments, in one locked write
transaction, and notes the erasure in `erased_family` with its own sequence number. That row
holds no personal data (the family's random id, who, when, why) and does two things:

- the pull stream sends every laptop of the organisation an `erased_family` entry at that
  number, so every laptop removes the family on its next sync, outbox and all;
- a later push for the family is refused with `ERASED_REASON`, so unsynced edits on a laptop
  never bring it back.

Retention (`samenleren_server.retention`) erases families in the same way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from samenleren_desktop.sync.protocol import ERASED_REASON, Change
from samenleren_server import db
from samenleren_server.accounts import AdminError, Caller, now
from samenleren_server.db import Database

__all__ = ["ERASED_REASON", "Erasure", "erase_family", "erased_family", "is_erased"]

REASONS = ("verzoek", "bewaartermijn")
"""Why a family was erased: at the family's request (right of erasure) or by retention."""

erased_family = sa.Table(
    "erased_family",
    db.metadata,
    sa.Column("gezin_id", sa.String(64), primary_key=True),
    sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("erased_by", sa.String(100), nullable=False),
    sa.Column("reason", sa.String(20), nullable=False),
    sa.Index("ix_erased_family_org_seq", "org_id", "seq"),
)


@dataclass(frozen=True)
class Erasure:
    """What one erasure removed (counts only).

    Attributes:
        records: records of the family (conflicts included).
        history: change log entries of those records.
        seq: the stream position of the `erased_family` entry.
    """

    gezin_id: str
    records: int
    history: int
    seq: int


def claimed_family(change: Change) -> str | None:
    """The family a change names (before `access` checks it), or None."""
    if change.table == "gezin":
        return change.record_id
    named = change.gezin_id or change.fields.get("gezin_id")
    return str(named) if named is not None else None


def is_erased(conn: Connection, gezin_id: str) -> bool:
    """Whether the family was erased (by any organisation: its id is never used again)."""
    e = erased_family
    return conn.execute(sa.select(e.c.seq).where(e.c.gezin_id == gezin_id)).first() is not None


_ERASED_AMONG = sa.select(erased_family.c.gezin_id).where(
    erased_family.c.gezin_id.in_(sa.bindparam("ids", expanding=True))
)


def erased_among(conn: Connection, gezin_ids: set[str]) -> set[str]:
    """Which of these families were erased (one query per 500)."""
    ids = sorted(gezin_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        rows = conn.execute(_ERASED_AMONG, {"ids": ids[start : start + 500]})
        found.update(str(row[0]) for row in rows)
    return found


def org_id_of(conn: Connection, name: str) -> int:
    """The id of an organisation, or an AdminError."""
    o = db.organisation
    found = conn.execute(sa.select(o.c.id).where(o.c.name == name)).scalar()
    if found is None:
        raise AdminError(f"De organisatie {name!r} bestaat niet.")
    return int(found)


def erase_family(
    database: Database, org_id: int, gezin_id: str, by: str, reason: str = "verzoek"
) -> Erasure:
    """Erase one family of organisation `org_id` everywhere (see the module docstring)."""
    from samenleren_server.merge import Sequence  # noqa: PLC0415 - merge imports this module

    gezin_id = _plain_id(gezin_id)
    with database.writer.begin() as conn:
        seq = Sequence(conn)
        if is_erased(conn, gezin_id):
            raise AdminError(f"Het gezin {gezin_id} is al gewist.")
        if not _family_exists(conn, org_id, gezin_id):
            raise AdminError(f"Het gezin {gezin_id} is niet bekend bij deze organisatie.")
        erasure = erase_in(conn, seq, org_id, gezin_id, by, reason)
        seq.store()
    return erasure


def erase_in(
    conn: Connection, seq: Any, org_id: int, gezin_id: str, by: str, reason: str
) -> Erasure:
    """Erase one family inside the caller's locked write transaction (`seq`: its Sequence)."""
    r, log = db.record, db.change_log
    family = (r.c.org_id == org_id) & (
        (r.c.gezin_id == gezin_id) | ((r.c.tabel == "gezin") & (r.c.record_id == gezin_id))
    )
    keys = conn.execute(sa.select(r.c.tabel, r.c.record_id).where(family)).all()
    history = 0
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        where = sa.tuple_(log.c.tabel, log.c.record_id).in_([tuple(k) for k in chunk])
        changes = conn.execute(
            sa.select(log.c.change_id).where(where, log.c.change_id.is_not(None)).distinct()
        ).scalars()
        _delete_receipts(conn, list(changes))
        history += conn.execute(sa.delete(log).where(where)).rowcount
    removed = conn.execute(sa.delete(r).where(family)).rowcount
    conn.execute(sa.delete(db.assignment).where(db.assignment.c.gezin_id == gezin_id))
    position = seq.next()
    conn.execute(
        sa.insert(erased_family).values(
            gezin_id=gezin_id,
            org_id=org_id,
            seq=position,
            erased_at=now(),
            erased_by=by[:100],
            reason=reason,
        )
    )
    return Erasure(gezin_id, removed, history, position)


def _delete_receipts(conn: Connection, change_ids: list[str]) -> None:
    """Receipts may hold conflict values of the family: every device's copy goes."""
    for start in range(0, len(change_ids), 500):
        chunk = change_ids[start : start + 500]
        conn.execute(sa.delete(db.receipt).where(db.receipt.c.change_id.in_(chunk)))


def _family_exists(conn: Connection, org_id: int, gezin_id: str) -> bool:
    r = db.record
    query = sa.select(r.c.seq).where(
        r.c.org_id == org_id, r.c.tabel == "gezin", r.c.record_id == gezin_id
    )
    return conn.execute(query).first() is not None


def _plain_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise AdminError(f"{value!r} is geen geldig id van een gezin.") from None


_ERASED_WHERE = (erased_family.c.org_id == sa.bindparam("org_id")) & (
    erased_family.c.seq > sa.bindparam("cursor")
)
_ERASED_AFTER = (
    sa.select(erased_family.c.gezin_id, erased_family.c.seq)
    .where(_ERASED_WHERE)
    .order_by(erased_family.c.seq)
    .limit(sa.bindparam("limit"))
)
_ERASED_COUNT = sa.select(sa.func.count()).select_from(erased_family).where(_ERASED_WHERE)


def erased_after(conn: Connection, caller: Caller, cursor: int, limit: int) -> list[Any]:
    """(gezin_id, seq) of the organisation's erasures after `cursor`, oldest first."""
    where = {"org_id": caller.org_id, "cursor": cursor, "limit": limit}
    return list(conn.execute(_ERASED_AFTER, where))


def count_entries(conn: Connection, caller: Caller, cursor: int) -> int:
    """How many erasure entries the caller has still to pull after `cursor`."""
    where = {"org_id": caller.org_id, "cursor": cursor}
    return int(conn.execute(_ERASED_COUNT, where).scalar_one())
