"""The pull stream: what each caller may see, paged by server sequence, and assignments.

A begeleider sees the families assigned to them and the records without a family; a
coordinator or admin sees the whole organisation. Each visibility condition is queried on its
own so that it uses one index (`ix_record_gezin_seq` or `ix_record_org_seq`). A begeleider
also gets a `revoked_family` entry for each assignment that ended, with its own sequence number.
"""

from __future__ import annotations

from collections.abc import Iterator
from json.encoder import encode_basestring_ascii
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from samenleren_desktop.sync.protocol import ERASED_FAMILY, REVOKED_FAMILY
from samenleren_server import db, erasure
from samenleren_server.access import assign_in
from samenleren_server.accounts import Caller
from samenleren_server.db import Database
from samenleren_server.merge import Sequence


def _visibility() -> dict[str, sa.ColumnElement[bool]]:
    """What a caller may see after a cursor, each condition using one index: the whole
    organisation, or (a begeleider) the records of no family and those of the assigned ones."""
    r = db.record
    after = (r.c.org_id == sa.bindparam("org_id")) & (r.c.seq > sa.bindparam("cursor"))
    return {
        "organisation": after,
        "no_family": after & r.c.gezin_id.is_(None),
        "families": after & r.c.gezin_id.in_(sa.bindparam("families", expanding=True)),
    }


def _rows_query(where: sa.ColumnElement[bool]) -> sa.Select[Any]:
    r = db.record
    columns = (r.c.tabel, r.c.record_id, r.c.gezin_id, r.c.version, r.c.seq, r.c.deleted)
    data = sa.cast(r.c.data, sa.Text).label("data")
    query = sa.select(*columns, r.c.changed_by, data).where(where)
    return query.order_by(r.c.seq).limit(sa.bindparam("limit"))


# Prepared once with bound parameters: building statements cost more than running them.
_VISIBLE = _visibility()
_ROWS = {kind: _rows_query(where) for kind, where in _VISIBLE.items()}
_COUNTS = {
    kind: sa.select(sa.func.count()).select_from(db.record).where(where)
    for kind, where in _VISIBLE.items()
}
_NEWEST_CONTENT = (
    sa.select(sa.func.coalesce(sa.func.max(db.content_bundle.c.version), 0))
    .where(db.content_bundle.c.org_id == sa.bindparam("org_id"))
    .scalar_subquery()
)
_HEAD = sa.select(db.counter.c.epoch, _NEWEST_CONTENT)
_A = db.assignment
_ENDED_AFTER = (
    (_A.c.user_id == sa.bindparam("user_id"))
    & ~_A.c.active
    & (_A.c.ended_seq > sa.bindparam("cursor"))
)
_ENDED = (
    sa.select(_A.c.gezin_id, _A.c.ended_seq)
    .where(_ENDED_AFTER)
    .order_by(_A.c.ended_seq)
    .limit(sa.bindparam("limit"))
)
_ENDED_COUNT = sa.select(sa.func.count()).select_from(_A).where(_ENDED_AFTER)


def pull(database: Database, caller: Caller, cursor: int, limit: int) -> str:
    """One page of changes after `cursor` that the caller may see, as `PullResponse` JSON.

    The stored JSON of each record is copied into the answer as text, without decoding it:
    a first sync of a big organisation is mostly this loop.
    """
    with database.engine.connect() as conn:
        epoch, content = conn.execute(_HEAD, {"org_id": caller.org_id}).one()
        rows = _visible_rows(conn, caller, cursor, limit + 1)
        has_more = len(rows) > limit
        rows = rows[:limit]
        last = int(rows[-1].seq) if rows else cursor
        remaining = _count_visible(conn, caller, last) if has_more else 0
    quote = encode_basestring_ascii  # json.dumps of a str, without its per-call overhead
    records = ",".join(
        f'{{"table":{quote(row.tabel)},"record_id":{quote(row.record_id)},'
        f'"gezin_id":{"null" if row.gezin_id is None else quote(row.gezin_id)},'
        f'"version":{int(row.version)},"seq":{int(row.seq)},'
        f'"deleted":{"true" if row.deleted else "false"},"changed_by":{quote(row.changed_by)},'
        f'"data":{row.data}}}'
        for row in rows
    )
    return (
        f'{{"records":[{records}],"cursor":{last},"has_more":{"true" if has_more else "false"},'
        f'"remaining":{remaining},"server_epoch":{quote(epoch)},"content_version":{int(content)}}}'
    )


def _scopes(caller: Caller, where: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind of `_VISIBLE`, its parameters) for each condition the caller's view needs."""
    if caller.sees_whole_organisation:
        yield "organisation", where
        return
    yield "no_family", where
    families = sorted(caller.assigned)  # read with the token, in this same request
    for start in range(0, len(families), 500):
        yield "families", {**where, "families": families[start : start + 500]}


def _visible_rows(conn: Connection, caller: Caller, cursor: int, limit: int) -> list[Any]:
    """Up to `limit` visible records after `cursor`, in sequence order."""
    where = {"org_id": caller.org_id, "cursor": cursor, "limit": limit}
    rows: list[Any] = []
    for kind, params in _scopes(caller, where):
        rows += conn.execute(_ROWS[kind], params).all()
    rows += _ended(conn, caller, cursor, limit)
    rows += _erased(conn, caller, cursor, limit)
    rows.sort(key=lambda row: int(row.seq))
    return rows[:limit]


def _family_entry(table: str, gezin_id: str, seq: int, deleted: bool) -> Any:
    """A stream entry about a whole family (ended assignment, erasure), not a stored record."""
    return SimpleNamespace(
        tabel=table,
        record_id=gezin_id,
        gezin_id=gezin_id,
        version=0,
        seq=seq,
        deleted=deleted,
        changed_by="",
        data="{}",
    )


def _ended(conn: Connection, caller: Caller, cursor: int, limit: int) -> list[Any]:
    """A begeleider's ended assignments after `cursor`, as `revoked_family` stream entries."""
    if caller.sees_whole_organisation:
        return []
    where = {"user_id": caller.user_id, "cursor": cursor, "limit": limit}
    return [_family_entry(REVOKED_FAMILY, g, seq, False) for g, seq in conn.execute(_ENDED, where)]


def _erased(conn: Connection, caller: Caller, cursor: int, limit: int) -> list[Any]:
    """The organisation's erasures after `cursor`, as `erased_family` stream entries."""
    rows = erasure.erased_after(conn, caller, cursor, limit)
    return [_family_entry(ERASED_FAMILY, g, seq, True) for g, seq in rows]


def _count_visible(conn: Connection, caller: Caller, cursor: int) -> int:
    where = {"org_id": caller.org_id, "cursor": cursor}
    total = sum(
        int(conn.execute(_COUNTS[kind], params).scalar_one())
        for kind, params in _scopes(caller, where)
    )
    if not caller.sees_whole_organisation:
        ended = {"user_id": caller.user_id, "cursor": cursor}
        total += int(conn.execute(_ENDED_COUNT, ended).scalar_one())
    return total + erasure.count_entries(conn, caller, cursor)


def assign(database: Database, user_id: int, gezin_id: str, active: bool = True) -> None:
    """Assign a family to a user, or end it.

    A new assignment streams the family's records to the user from the start; an ended one
    streams a `revoked_family` entry, after which the user's laptops remove the family.
    """
    r, a = db.record, db.assignment
    with database.writer.begin() as conn:
        seq = Sequence(conn)
        if not active:
            where = (a.c.user_id == user_id) & (a.c.gezin_id == gezin_id) & a.c.active
            conn.execute(sa.update(a).where(where).values(ended_seq=seq.next()))
        assign_in(conn, user_id, gezin_id, active)
        if active:
            keys = conn.execute(
                sa.select(r.c.tabel, r.c.record_id)
                .where(r.c.gezin_id == gezin_id)
                .order_by(r.c.seq)
            ).all()
            for key in keys:
                conn.execute(
                    sa.update(r)
                    .where(r.c.tabel == key.tabel, r.c.record_id == key.record_id)
                    .values(seq=seq.next())
                )
        seq.store()
