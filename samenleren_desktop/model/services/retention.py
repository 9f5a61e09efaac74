"""Laptop retention: which families the coach no longer needs (AVG data minimisation).

A traject is finished when the trajectpijl has no next step any more: every step up to the
follow-up (the last one) is done or skipped (a stopped traject, an intake decision not to
start). It finished on the latest day it holds: a step done, a contact (not cancelled) or its
`eind_datum`. A family is past retention when it has at least one traject, every traject is
finished, and the last one finished more than the grace period ago (`retention_grace_days`
in the administrator's file, default 90 days). A family without a traject is kept.

This module only decides; removing the local copy is the sync's work
(`samenleren_desktop.sync.retention`), since only what is safe on the server may go.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta

from sqlmodel import Session, select

from samenleren_desktop.model.entities import Traject
from samenleren_desktop.model.rules import ContactStatus, next_step, trajectpijl
from samenleren_desktop.model.services.feiten import traject_facts
from samenleren_desktop.model.store.workspace import Workspace

DEFAULT_GRACE_DAYS = 90
"""How long a family stays on the laptop after its last traject finished (the default)."""


def finished_on(session: Session, traject: Traject, today: date) -> date | None:
    """The day a traject finished, or None while a step is still to come."""
    facts = traject_facts(session, traject)
    pijl = trajectpijl(facts, today)
    if next_step(pijl) is not None:
        return None
    days = [step.gedaan_op for step in pijl if step.gedaan_op is not None]
    days += [c.datum for c in facts.contacten if c.status is not ContactStatus.GEANNULEERD]
    if traject.eind_datum is not None:
        days.append(traject.eind_datum)
    return max(days, default=traject.aanmeld_datum)


def finished_families(session: Session, today: date) -> dict[uuid.UUID, date]:
    """Per family whose every traject finished: the day the last one finished."""
    ends: dict[uuid.UUID, list[date | None]] = defaultdict(list)
    for traject in session.exec(select(Traject)).all():
        ends[traject.gezin_id].append(finished_on(session, traject, today))
    return {
        gezin_id: max(d for d in days if d is not None)
        for gezin_id, days in ends.items()
        if all(d is not None for d in days)
    }


def past_retention(
    workspace: Workspace, grace_days: int = DEFAULT_GRACE_DAYS, today: date | None = None
) -> list[uuid.UUID]:
    """The families finished more than `grace_days` ago, in a fixed order."""
    today = today or date.today()
    limit = today - timedelta(days=grace_days)
    with workspace.session() as session:
        finished = finished_families(session, today)
    return sorted(gezin_id for gezin_id, day in finished.items() if day < limit)
