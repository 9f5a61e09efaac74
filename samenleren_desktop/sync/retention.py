"""Laptop retention, the sync side: only a family that is safe on the server leaves the laptop.

`model.services.retention.past_retention` says which families the coach no longer needs. Of
those, a family is *ready* when nothing of it waits in the outbox, no conflict of it is open and
the server has sent it at least once (so the server holds what the laptop holds).

The laptop does not delete a ready family itself: after a successful sync it asks the server
to end the coach's assignment of it (`/sync/v1/retire`), and the pull that follows brings the
usual `revoked_family` entry, which removes it (`purge.purge_family`, audit entry `purge`).
So the server stops sending the family's later changes to this coach, and a coordinator who
assigns the family again brings it back with its whole history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from samenleren_desktop.config import load_machine_config
from samenleren_desktop.model.entities.sync import SyncConflict, SyncRecordVersion
from samenleren_desktop.model.services.retention import DEFAULT_GRACE_DAYS, past_retention
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import purge


@dataclass(frozen=True)
class RetentionPlan:
    """Families past retention: `ready` may go now; `waiting` first need a sync or a decision."""

    ready: list[str]
    waiting: int


def configured_grace_days() -> int:
    """`retention_grace_days` from the administrator's file, or the default (90)."""
    days = load_machine_config().retention_grace_days
    return DEFAULT_GRACE_DAYS if days is None else days


def plan(workspace: Workspace, grace_days: int, today: date | None = None) -> RetentionPlan:
    """Which families past retention may leave the laptop now."""
    due = past_retention(workspace, grace_days, today)
    if not due:
        return RetentionPlan([], 0)
    v = SyncRecordVersion.__table__  # type: ignore[attr-defined]
    c = SyncConflict.__table__  # type: ignore[attr-defined]
    with workspace.engine.connect() as conn:
        busy = purge.busy_families(conn)
        open_conflicts = set(
            conn.execute(sa.select(c.c.gezin_id).where(c.c.status == "open")).scalars()
        )
        known = set(
            conn.execute(
                sa.select(v.c.record_id).where(v.c.tabel == "gezin", ~v.c.deleted)
            ).scalars()
        )
    ready = [g for g in due if g in known and g not in busy and g not in open_conflicts]
    return RetentionPlan([str(g) for g in ready], len(due) - len(ready))
