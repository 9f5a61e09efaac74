"""Server retention: families are erased a set number of years after their traject ended.

Each organisation sets its own period (`admin set-retention --org NAME --years N`, stored in
`retention_setting`); `admin apply-retention [--dry-run]` erases every family past it in the
same way as the right of erasure (`samenleren_server.erasure`, reason "bewaartermijn"), so every
laptop removes it on its next sync.

A traject ended on its `eind_datum`; a closed traject without one (afgesloten, afgebroken,
uitgesteld) on its last contact that was not cancelled, or its aanmelding when it had none. A
family is past the period when it has at least one traject, every traject ended, and the last
end is more than the period ago. A family without a traject is never erased by retention.
Erasing (not anonymising) is the choice: what is left of a family once its name, children and
notes are gone is not worth keeping, and a count of erased families stays in `erased_family`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from samenleren_server import db, erasure, stream
from samenleren_server.accounts import AdminError, Caller, now
from samenleren_server.db import Database

YEARS_RANGE = (1, 50)
CLOSED = frozenset({"afgesloten", "afgebroken", "uitgesteld"})
CANCELLED = "geannuleerd"
"""A cancelled contact does not count as the traject's last contact."""

retention_setting = sa.Table(
    "retention_setting",
    db.metadata,
    sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), primary_key=True),
    sa.Column("years", sa.Integer, nullable=False),
    sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("set_by", sa.String(100), nullable=False),
)


@dataclass(frozen=True)
class OrgRetention:
    """What retention does (or would do) for one organisation: counts, no names."""

    organisation: str
    years: int
    families: int


def set_retention(database: Database, org: str, years: int, by: str) -> None:
    """Store the organisation's retention period in years."""
    low, high = YEARS_RANGE
    if not low <= years <= high:
        raise AdminError(f"De bewaartermijn moet {low} tot en met {high} jaar zijn.")
    t = retention_setting
    with database.writer.begin() as conn:
        org_id = erasure.org_id_of(conn, org)
        values = {"years": years, "set_at": now(), "set_by": by[:100]}
        if conn.execute(sa.update(t).where(t.c.org_id == org_id).values(**values)).rowcount == 0:
            conn.execute(sa.insert(t).values(org_id=org_id, **values))


def apply_retention(
    database: Database, by: str, dry_run: bool = False, today: date | None = None
) -> list[OrgRetention]:
    """Erase (or, with `dry_run`, count) every family past its organisation's period."""
    today = today or now().date()
    o, t = db.organisation, retention_setting
    with database.engine.connect() as conn:
        settings = conn.execute(
            sa.select(o.c.id, o.c.name, t.c.years).join(t, t.c.org_id == o.c.id).order_by(o.c.name)
        ).all()
    report = []
    for org_id, name, years in settings:
        due = due_families(database, org_id, years, today)
        if not dry_run:
            for gezin_id in due:
                erasure.erase_family(database, org_id, gezin_id, by, reason="bewaartermijn")
        report.append(OrgRetention(name, years, len(due)))
    return report


def due_families(database: Database, org_id: int, years: int, today: date) -> list[str]:
    """The families of an organisation whose last traject ended more than `years` ago."""
    r = db.record
    query = sa.select(r.c.tabel, r.c.gezin_id, r.c.record_id, r.c.data).where(
        r.c.org_id == org_id, r.c.tabel.in_(("traject", "contactmoment")), ~r.c.deleted
    )
    with database.engine.connect() as conn:
        rows = conn.execute(query).all()
    last_contact: dict[str, date] = {}
    trajecten: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for tabel, gezin_id, record_id, data in rows:
        if tabel == "traject":
            trajecten[str(gezin_id)].append({**data, "id": record_id})
        elif data.get("status") != CANCELLED and (day := _day(data.get("datum"))) is not None:
            traject = str(data.get("traject_id"))
            last_contact[traject] = max(day, last_contact.get(traject, day))
    limit = _years_before(today, years)
    due = []
    for gezin_id, items in sorted(trajecten.items()):
        ends = [_ended_on(item, last_contact) for item in items]
        if all(end is not None for end in ends) and max(e for e in ends if e) < limit:
            due.append(gezin_id)
    return due


def _ended_on(traject: dict[str, Any], last_contact: dict[str, date]) -> date | None:
    """The day a traject ended, or None while it runs."""
    end = _day(traject.get("eind_datum"))
    if end is not None:
        return end
    if traject.get("status") not in CLOSED:
        return None
    return last_contact.get(str(traject["id"])) or _day(traject.get("aanmeld_datum"))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _years_before(today: date, years: int) -> date:
    """The same day `years` years earlier (29 February becomes 28 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def retire_families(database: Database, caller: Caller, gezin_ids: list[str]) -> int:
    """Laptop retention: end the caller's own assignments of these families; how many ended.

    Each end streams a `revoked_family` entry, so the caller's laptops remove the family. An
    assignment a coordinator made again after an earlier end (`ended_seq` set) is kept: that
    was a choice for this coach to have the family, which the laptop's retention does not undo.
    """
    if caller.sees_whole_organisation:
        return 0
    wanted = [g for g in dict.fromkeys(gezin_ids) if g in caller.assigned]
    a = db.assignment
    with database.engine.connect() as conn:
        first_time = set(
            conn.execute(
                sa.select(a.c.gezin_id).where(
                    a.c.user_id == caller.user_id,
                    a.c.active,
                    a.c.ended_seq.is_(None),
                    a.c.gezin_id.in_(wanted),
                )
            ).scalars()
        )
    ended = 0
    for gezin_id in wanted:
        if gezin_id in first_time:
            stream.assign(database, caller.user_id, gezin_id, active=False)
            caller.assigned.discard(gezin_id)
            ended += 1
    return ended
