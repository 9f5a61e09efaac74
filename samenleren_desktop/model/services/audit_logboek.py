"""What the coordinator's Logboek page shows: the entries that match and the chain's state.

    logboek = lees_logboek(workspace, LogboekFilter(van=date(2026, 1, 1), actie="read"))
    logboek.regels, logboek.keten.ok
    exporteer_logboek(workspace, actor, Path("logboek.csv"), filter_)

Newest entries first, at most `limit` of them. The trail holds no personal data (who, when,
which action, which family id, which device and the field names); the page adds each family's
name as this laptop knows it (`gezin_naam`, '' for a family no longer on the laptop). The
export writes only what the trail holds, never those names. The page shows the codes (actie,
the chain's reason) in words of its own language. What the server holds of the chain comes
from `sync.audit_upload.upload_state`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from samenleren_desktop.model.entities.gezin import Gezin
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.audit_chain import audit_table
from samenleren_desktop.model.services.audit_check import ChainReport, verify_session
from samenleren_desktop.model.services.audit_export import export_csv, local_day_start

if TYPE_CHECKING:
    from samenleren_desktop.model.services.changes import Actor
    from samenleren_desktop.model.store.workspace import Workspace

ACTIES = ("create", "update", "delete", "read", "export", "search", "unlock", "purge", "erase")
"""The actions an entry can have, in the order the page offers them as a filter."""
SHOWN = 2000


@dataclass(frozen=True)
class LogboekFilter:
    """Which entries: days `van`–`tot` (local, both included), one user, one action, one family."""

    van: date | None = None
    tot: date | None = None
    gebruiker: str | None = None
    actie: str | None = None
    gezin_id: uuid.UUID | None = None

    def check(self) -> None:
        """A ValidationError (in Dutch) for a period that ends before it starts."""
        if self.van and self.tot and self.tot < self.van:
            raise ValidationError("De einddatum ligt voor de begindatum.", field="tot")


@dataclass(frozen=True)
class LogboekRegel:
    """One entry as the page lists it (tijd in local time, gezin_naam '' when not known here)."""

    volgnummer: int | None
    tijd: datetime
    gebruiker: str
    apparaat: str
    actie: str
    tabel: str
    gezin_id: str
    gezin_naam: str
    velden: str


@dataclass(frozen=True)
class LogboekGezin:
    """A family that occurs in the trail, for the filter (naam '' when not on this laptop)."""

    id: uuid.UUID
    naam: str


@dataclass(frozen=True)
class Logboek:
    """The page's data.

    Attributes:
        regels: the matching entries, newest first, at most `limit`.
        matching: how many entries match the filter in all.
        keten: the check of the whole chain (not only of the matching entries); None when
            `lees_logboek` was asked not to check.
        gebruikers: every user in the audit trail (for the filter).
        gezinnen: every family in the audit trail, named ones by name, then the unknown ones.
    """

    regels: list[LogboekRegel]
    matching: int
    keten: ChainReport | None
    gebruikers: list[str] = field(default_factory=list)
    gezinnen: list[LogboekGezin] = field(default_factory=list)


LISTED = ("volgnummer", "tijd", "gebruiker", "apparaat", "actie", "tabel", "gezin_id", "velden")
"""The columns the list reads (not the hashes: `verify_session` reads those)."""


def _regel(row: sa.Row[Any], namen: dict[uuid.UUID, str]) -> LogboekRegel:
    tijd: datetime = row.tijd if row.tijd.tzinfo else row.tijd.replace(tzinfo=UTC)
    gezin_id = uuid.UUID(str(row.gezin_id)) if row.gezin_id else None
    return LogboekRegel(
        volgnummer=row.volgnummer,
        tijd=tijd.astimezone(),
        gebruiker=row.gebruiker,
        apparaat=row.apparaat,
        actie=row.actie,
        tabel=row.tabel,
        gezin_id=str(gezin_id or ""),
        gezin_naam=namen.get(gezin_id, "") if gezin_id else "",
        velden=", ".join(row.velden or ()),
    )


def _conditions(filter_: LogboekFilter) -> list[sa.ColumnElement[bool]]:
    """The filter as SQL, the same selection as `audit_export.audit_entries` makes."""
    t = audit_table()
    found: list[sa.ColumnElement[bool]] = []
    if filter_.gezin_id is not None:
        found.append(t.c.gezin_id == filter_.gezin_id)
    if filter_.van is not None:
        found.append(t.c.tijd >= local_day_start(filter_.van))
    if filter_.tot is not None:
        found.append(t.c.tijd < local_day_start(filter_.tot + timedelta(days=1)))
    if filter_.gebruiker:
        found.append(t.c.gebruiker == filter_.gebruiker)
    if filter_.actie:
        found.append(t.c.actie == filter_.actie)
    return found


def _newest(session: Session, filter_: LogboekFilter, limit: int) -> tuple[list[Any], int]:
    """The newest `limit` matching rows (unchained ones are the newest) and how many match."""
    t = audit_table()
    where = _conditions(filter_)
    conn = session.connection()
    matching = conn.execute(sa.select(sa.func.count()).select_from(t).where(*where)).scalar_one()
    newest = (
        sa.select(*(t.c[name] for name in LISTED))
        .where(*where)
        .order_by(t.c.volgnummer.is_(None).desc(), t.c.volgnummer.desc(), t.c.tijd.desc())
        .limit(max(limit, 0))
    )
    return list(conn.execute(newest)), int(matching)


def gezin_namen(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names this laptop knows for these families (a family purged from it is absent)."""
    wanted = list(set(ids))
    namen: dict[uuid.UUID, str] = {}
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start : start + 500]
        for gezin_id, naam in session.exec(
            select(Gezin.id, Gezin.naam).where(col(Gezin.id).in_(chunk))
        ):
            namen[gezin_id] = naam
    return namen


def _trail_families(session: Session) -> list[uuid.UUID]:
    t = audit_table()
    query = sa.select(t.c.gezin_id).where(t.c.gezin_id.is_not(None)).distinct()
    return [uuid.UUID(str(value)) for value in session.connection().execute(query).scalars()]


def _families(namen: dict[uuid.UUID, str], ids: list[uuid.UUID]) -> list[LogboekGezin]:
    named = sorted((LogboekGezin(i, namen[i]) for i in ids if i in namen), key=_by_name)
    unknown = sorted((LogboekGezin(i, "") for i in ids if i not in namen), key=lambda g: str(g.id))
    return named + unknown


def _by_name(gezin: LogboekGezin) -> tuple[str, str]:
    return gezin.naam.casefold(), str(gezin.id)


def lees_logboek(
    workspace: Workspace, filter_: LogboekFilter, limit: int = SHOWN, *, check: bool = True
) -> Logboek:
    """The entries that match (newest first), the chain's state (unless not `check`), the
    users and families of the trail (reads only)."""
    filter_.check()
    t = audit_table()
    with workspace.session() as session:
        rows, matching = _newest(session, filter_, limit)
        keten = verify_session(session) if check else None
        users = session.connection().execute(sa.select(t.c.gebruiker).distinct()).scalars()
        gebruikers = sorted(str(u) for u in users)
        in_trail = _trail_families(session)
        namen = gezin_namen(session, in_trail)
    regels = [_regel(row, namen) for row in rows]
    return Logboek(regels, matching, keten, gebruikers, _families(namen, in_trail))


def exporteer_logboek(
    workspace: Workspace, actor: Actor, target: Path, filter_: LogboekFilter
) -> int:
    """The matching entries as CSV with `export_csv` (plaintext, ids and no names, see
    docs/audit.md); the rows written."""
    filter_.check()
    return export_csv(
        workspace,
        actor,
        target,
        filter_.gezin_id,
        filter_.van,
        filter_.tot,
        gebruiker=filter_.gebruiker,
        actie=filter_.actie,
    )
