"""The audit trail's hash chain: the head, linking an entry, chaining pending entries.

Every audit entry gets a `volgnummer` and the hash of the entry before it; its own hash covers
its fields and that previous hash (see `AuditEntry.canonical`). The chain head is read once per
transaction (writers take `BEGIN IMMEDIATE`, so no other writer can move it meanwhile) and kept
in the session. Entries written straight to the table by other code (`volgnummer` still empty)
are chained, in (tijd, id) order, by the next transaction that chains an entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlmodel import Session

from samenleren_desktop.model.entities.logboek import GENESIS_HASH, AuditEntry

_HEAD_KEY = "samenleren.audit_head"
# The columns the hash covers. Named, not the whole table: migration 0005 chains with this
# code, and a later migration may add columns the table does not have yet at 0005.
CHAINED_COLUMNS = (
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


def audit_table() -> sa.Table:
    """The workspace's `audit_entry` table."""
    table: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
    return table


def chained_columns() -> list[sa.ColumnElement[Any]]:
    """The columns of `CHAINED_COLUMNS`, for a select."""
    t = audit_table()
    return [t.c[name] for name in CHAINED_COLUMNS]


def entry_of(row: sa.Row[Any]) -> AuditEntry:
    """An `AuditEntry` from a row selected with `chained_columns()`."""
    return AuditEntry(**dict(row._mapping))


def read_head(conn: Connection) -> ChainHead:
    """The last chained entry in the database."""
    t = audit_table()
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
    t = audit_table()
    head = read_head(conn)
    pending = conn.execute(
        sa.select(*chained_columns()).where(t.c.volgnummer.is_(None)).order_by(t.c.tijd, t.c.id)
    ).all()
    for row in pending:
        entry = entry_of(row)
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
