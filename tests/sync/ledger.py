"""The convergence test's ledger: every saved edit, and the check that none was lost.

Each edit writes a value no other edit writes, and is matched by (table, record_id, field).
A saved edit counts as kept only when

- it is the record's current value (a tombstone keeps its last data), or
- a conflict on that record holds it for that field (the record's other value, or the edit
  kept with a delete), or
- the server log shows it written, and the first later write of another value to that field
  had seen it: made by the same laptop, or based on a version at least the one that wrote it.

A server that overwrote concurrent edits without a conflict fails the last rule.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from samenleren_desktop.sync.protocol import CONFLICT_TABLE
from samenleren_server import db
from samenleren_server.db import Database


@dataclass(frozen=True)
class Edit:
    table: str
    record_id: str
    field: str
    value: Any
    device_id: str


@dataclass
class Ledger:
    edits: list[Edit] = field(default_factory=list)
    counter: int = 0

    def unique(self, prefix: str) -> str:
        """A value no other edit of this run writes (short enough for a postcode)."""
        self.counter += 1
        return f"{prefix}{self.counter}"

    def saved(self, table: str, record_id: object, name: str, value: Any, device: str) -> None:
        self.edits.append(Edit(table, str(record_id), name, value, device))

    def lost(self, database: Database) -> list[Edit]:
        """The saved edits the server kept in none of the allowed ways."""
        server = _ServerView(database)
        return [e for e in self.edits if not server.keeps(e)]


class _ServerView:
    """Records (tombstones too), conflicts per record and the change log per record."""

    def __init__(self, database: Database) -> None:
        r, log = db.record, db.change_log
        with database.engine.connect() as conn:
            rows = conn.execute(sa.select(r.c.tabel, r.c.record_id, r.c.data)).all()
            entries = conn.execute(
                sa.select(
                    log.c.tabel,
                    log.c.record_id,
                    log.c.device_id,
                    log.c.after,
                    log.c.version,
                    log.c.base_version,
                ).order_by(log.c.seq, log.c.id)
            ).all()
        self.data = {(t, i): d for t, i, d in rows if t != CONFLICT_TABLE}
        self.conflicts: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for t, _i, d in rows:
            if t == CONFLICT_TABLE:
                self.conflicts[(str(d.get("tabel")), str(d.get("record_id")))].append(d)
        self.log: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for entry in entries:
            if entry.tabel != CONFLICT_TABLE and isinstance(entry.after, dict):
                self.log[(entry.tabel, entry.record_id)].append(entry)

    def keeps(self, edit: Edit) -> bool:
        key = (edit.table, edit.record_id)
        if self.data.get(key, {}).get(edit.field, _MISSING) == edit.value:
            return True
        if any(_holds(c, edit.field, edit.value) for c in self.conflicts[key]):
            return True
        return self._superseded_by_one_who_saw_it(edit)

    def _superseded_by_one_who_saw_it(self, edit: Edit) -> bool:
        writes = [e for e in self.log[(edit.table, edit.record_id)] if edit.field in e.after]
        mine = [
            i
            for i, e in enumerate(writes)
            if e.after[edit.field] == edit.value and e.device_id == edit.device_id
        ]
        if not mine:
            return False  # never written, and in no conflict: lost
        written = writes[mine[0]]
        for later in writes[mine[0] + 1 :]:
            if later.after[edit.field] == edit.value:
                continue  # the same value written again (a restore)
            if later.device_id == edit.device_id or later.base_version is None:
                return True  # the same laptop, or a decision on a conflict
            return int(later.base_version) >= int(written.version)
        return False  # never overwritten, yet not the current value


_MISSING = object()


def _holds(conflict: dict[str, Any], name: str, value: Any) -> bool:
    """Whether a conflict of the edited record keeps `value` for field `name`."""
    for side in (conflict.get("bewaard"), conflict.get("anders")):
        if conflict.get("veld") == name and side == value:
            return True
        if conflict.get("veld") is None and isinstance(side, dict) and side.get(name) == value:
            return True
    return False
