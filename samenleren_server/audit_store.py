"""The laptops' audit trails on the server: stored per organisation and device, chain checked.

A laptop uploads the next entries of its chain (`receive`); the server checks that they follow
on the last entry it holds of that device, that each links to the one before and that each
hash is right (`audit_check.check_entries`, the laptop's own check). An entry it already holds
is a duplicate when it is the same, a refusal when it differs. What follows on the chain is
stored; from the first break on nothing is, and the refusal is recorded. A coordinator reads
the organisation's entries with `query`; `export_csv` writes them for the admin CLI.
See docs/sync.md ("Audit trail") and docs/audit.md.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from samenleren_desktop.model.entities.logboek import AuditEntry
from samenleren_desktop.model.services.audit_chain import EMPTY_CHAIN, ChainHead
from samenleren_desktop.model.services.audit_check import REASONS, check_entries
from samenleren_desktop.model.services.bestand import write_atomic
from samenleren_desktop.sync.audit_protocol import (
    MAX_AUDIT_PAGE,
    STORED_CSV_COLUMNS,
    AuditEntryData,
    AuditPage,
    AuditQuery,
    AuditRefusal,
    StoredAuditEntry,
)
from samenleren_server import db
from samenleren_server.accounts import AdminError, Caller, now
from samenleren_server.db import Database

SERVER_REASONS = {
    **REASONS,
    "differs": "de regel is anders dan dezelfde regel die de server al heeft",
}
"""Why an upload is refused, as the end of a Dutch sentence."""
REFUSALS_SHOWN = 50

entries = sa.Table(
    "audit_entry",
    db.metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), nullable=False),
    sa.Column("device_id", sa.String(64), sa.ForeignKey("device.id"), nullable=False),
    sa.Column("volgnummer", sa.BigInteger, nullable=False),
    sa.Column("entry_id", sa.String(36), nullable=False),
    sa.Column("tijd", sa.DateTime(timezone=True), nullable=False),
    sa.Column("gebruiker", sa.String(100), nullable=False),
    sa.Column("apparaat", sa.String(100), nullable=False),
    sa.Column("actie", sa.String(20), nullable=False),
    sa.Column("tabel", sa.String(50), nullable=False),
    sa.Column("record_id", sa.String(36), nullable=True),
    sa.Column("gezin_id", sa.String(36), nullable=True),
    sa.Column("velden", sa.JSON, nullable=False),
    sa.Column("vorige_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("device_id", "volgnummer", name="audit_entry_device_volgnummer"),
    sa.Index("ix_audit_entry_org_tijd", "org_id", "tijd"),
    sa.Index("ix_audit_entry_org_gezin", "org_id", "gezin_id"),
)

refusals = sa.Table(
    "audit_refusal",
    db.metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), nullable=False),
    sa.Column("device_id", sa.String(64), sa.ForeignKey("device.id"), nullable=False),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("volgnummer", sa.BigInteger, nullable=False),
    sa.Column("reason", sa.String(20), nullable=False),
    sa.Index("ix_audit_refusal_org_at", "org_id", "at"),
)


@dataclass(frozen=True)
class Received:
    """What an upload did.

    Attributes:
        stored, duplicates: entries stored now, entries the server already held.
        head: the last entry of the device's chain on the server now.
        broken_at, reason: where and why the chain did not hold (None: it held).
    """

    stored: int
    duplicates: int
    head: ChainHead
    broken_at: int | None = None
    reason: str | None = None

    @property
    def message(self) -> str:
        """The refusal as one plain Dutch sentence ('' when nothing was refused)."""
        if self.reason is None:
            return ""
        return refusal_sentence(self.broken_at or 0, self.reason)


def refusal_sentence(volgnummer: int, reason: str) -> str:
    """'Het logboek van deze laptop is niet aangenomen: bij regel 7 …'."""
    why = SERVER_REASONS.get(reason, SERVER_REASONS["changed"])
    return (
        f"Het logboek van deze laptop is niet aangenomen: bij regel {volgnummer} is de keten "
        f"verbroken ({why})."
    )


_HEAD = (
    sa.select(entries.c.volgnummer, entries.c.hash)
    .where(entries.c.device_id == sa.bindparam("device_id"))
    .order_by(entries.c.volgnummer.desc())
    .limit(1)
)
_LOCK_DEVICE = (
    sa.select(db.device.c.id).where(db.device.c.id == sa.bindparam("device_id")).with_for_update()
)


def head_of(conn: Connection, device_id: str) -> ChainHead:
    """The last entry of a device's chain on the server."""
    row = conn.execute(_HEAD, {"device_id": device_id}).first()
    return ChainHead(int(row.volgnummer), str(row.hash)) if row else EMPTY_CHAIN


def receive(
    database: Database,
    caller: Caller,
    sent: list[AuditEntryData],
    after: ChainHead | None = None,
) -> Received:
    """Store the entries that continue the caller's device's chain; record a refusal.

    With `after` (the head the laptop believes the server holds) and another head here,
    nothing is stored or refused: the answer's head tells the laptop where to go on from.

    One transaction, with the device row locked (PostgreSQL; SQLite's writer takes the write
    lock at BEGIN), so two uploads of one device never interleave. An upload without entries
    only asks for the head: a read, which takes no write lock.
    """
    if not sent:
        with database.engine.connect() as conn:
            return Received(0, 0, head_of(conn, caller.device_id), None, None)
    with database.writer.begin() as conn:
        conn.execute(_LOCK_DEVICE, {"device_id": caller.device_id})
        head = head_of(conn, caller.device_id)
        if after is not None and after != head:
            return Received(0, 0, head)
        held = [e for e in sent if e.volgnummer <= head.volgnummer]
        new = [e.entry() for e in sent if e.volgnummer > head.volgnummer]
        differs = _first_different(conn, caller.device_id, held)
        report = check_entries(new, {e.hash for e in new} | {head.hash}, 0, start=head)
        broken_at, reason = (differs, "differs") if differs else (report.broken_at, report.reason)
        keep = [e for e in new if broken_at is None or int(e.volgnummer or 0) < broken_at]
        if differs is None and keep:
            conn.execute(sa.insert(entries), [_row(caller, e) for e in keep])
            head = ChainHead(int(keep[-1].volgnummer or 0), keep[-1].hash)
        else:
            keep = []
        if broken_at is not None and reason is not None:
            _record_refusal(conn, caller, broken_at, reason)
    return Received(len(keep), len(held) if differs is None else 0, head, broken_at, reason)


def _first_different(conn: Connection, device_id: str, held: list[AuditEntryData]) -> int | None:
    """The first volgnummer sent again whose entry is not the one the server holds."""
    if not held:
        return None
    e = entries
    numbers = sorted({x.volgnummer for x in held})
    stored = dict(
        conn.execute(
            sa.select(e.c.volgnummer, e.c.hash).where(
                e.c.device_id == device_id, e.c.volgnummer.in_(numbers)
            )
        ).all()
    )
    for entry in sorted(held, key=lambda x: x.volgnummer):
        if stored.get(entry.volgnummer) != entry.hash or entry.entry().compute_hash() != entry.hash:
            return entry.volgnummer
    return None


def _row(caller: Caller, entry: AuditEntry) -> dict[str, Any]:
    return {
        "org_id": caller.org_id,
        "device_id": caller.device_id,
        "volgnummer": entry.volgnummer,
        "entry_id": str(entry.id),
        "tijd": entry.tijd,
        "gebruiker": entry.gebruiker,
        "apparaat": entry.apparaat,
        "actie": entry.actie,
        "tabel": entry.tabel,
        "record_id": str(entry.record_id) if entry.record_id else None,
        "gezin_id": str(entry.gezin_id) if entry.gezin_id else None,
        "velden": list(entry.velden),
        "vorige_hash": entry.vorige_hash,
        "hash": entry.hash,
        "received_at": now(),
    }


def _record_refusal(conn: Connection, caller: Caller, volgnummer: int, reason: str) -> None:
    """Note a refusal, once for as long as the laptop keeps sending the same break."""
    r = refusals
    last = conn.execute(
        sa.select(r.c.volgnummer, r.c.reason)
        .where(r.c.device_id == caller.device_id)
        .order_by(r.c.id.desc())
        .limit(1)
    ).first()
    if last is not None and (int(last.volgnummer), last.reason) == (volgnummer, reason):
        return
    conn.execute(
        sa.insert(r).values(
            org_id=caller.org_id,
            device_id=caller.device_id,
            username=caller.username,
            at=now(),
            volgnummer=volgnummer,
            reason=reason,
        )
    )


def query(database: Database, org_id: int, q: AuditQuery) -> AuditPage:
    """One page of the organisation's entries (by time), the total and recent refusals."""
    e, d = entries, db.device
    where = [e.c.org_id == org_id, *_filters(q)]
    page = (
        sa.select(e, d.c.name.label("device_name"))
        .join(d, d.c.id == e.c.device_id)
        .where(*where)
        .order_by(e.c.tijd, e.c.id)
        .offset(q.offset)
        .limit(q.limit)
    )
    with database.engine.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).where(*where)).scalar_one())
        rows = conn.execute(page).all()
        shown = _refusals(conn, org_id)
    after = q.offset + len(rows)
    return AuditPage(
        entries=[_stored(row) for row in rows],
        total=total,
        next_offset=after if after < total else None,
        refusals=shown,
    )


def _filters(q: AuditQuery) -> list[sa.ColumnElement[bool]]:
    e = entries
    found: list[sa.ColumnElement[bool]] = []
    if q.van is not None:
        found.append(e.c.tijd >= q.van)
    if q.tot is not None:
        found.append(e.c.tijd < q.tot)
    if q.gezin_id is not None:
        found.append(e.c.gezin_id == str(q.gezin_id))
    if q.gebruiker:
        found.append(e.c.gebruiker == q.gebruiker)
    if q.actie:
        found.append(e.c.actie == q.actie)
    if q.device_id:
        found.append(e.c.device_id == q.device_id)
    return found


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _stored(row: Any) -> StoredAuditEntry:
    return StoredAuditEntry(
        id=uuid.UUID(row.entry_id),
        tijd=_utc(row.tijd),
        gebruiker=row.gebruiker,
        apparaat=row.apparaat,
        actie=row.actie,
        tabel=row.tabel,
        record_id=uuid.UUID(row.record_id) if row.record_id else None,
        gezin_id=uuid.UUID(row.gezin_id) if row.gezin_id else None,
        velden=list(row.velden),
        volgnummer=int(row.volgnummer),
        vorige_hash=row.vorige_hash,
        hash=row.hash,
        device_id=row.device_id,
        device_name=row.device_name,
        received_at=_utc(row.received_at),
    )


def _refusals(conn: Connection, org_id: int) -> list[AuditRefusal]:
    r = refusals
    rows = conn.execute(
        sa.select(r).where(r.c.org_id == org_id).order_by(r.c.id.desc()).limit(REFUSALS_SHOWN)
    )
    return [
        AuditRefusal(
            device_id=row.device_id,
            username=row.username,
            at=_utc(row.at),
            volgnummer=int(row.volgnummer),
            reason=refusal_sentence(int(row.volgnummer), row.reason),
        )
        for row in rows
    ]


def export_csv(database: Database, org: str, target: Path) -> int:
    """Write every entry of organisation `org` as CSV (like `samenleren audit export`); rows.

    The columns of the laptop's export, then the device id and when the server received it.
    """
    with database.engine.connect() as conn:
        org_id = conn.execute(
            sa.select(db.organisation.c.id).where(db.organisation.c.name == org)
        ).scalar()
    if org_id is None:
        raise AdminError(f"De organisatie {org!r} bestaat niet.")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(STORED_CSV_COLUMNS)
    count = 0
    offset: int | None = 0
    while offset is not None:
        page = query(database, int(org_id), AuditQuery(offset=offset, limit=MAX_AUDIT_PAGE))
        writer.writerows(stored.csv_row() for stored in page.entries)
        count += len(page.entries)
        offset = page.next_offset
    write_atomic(buffer.getvalue().encode("utf-8-sig"), target, prefix=".logboek-")
    return count


def add_export_command(actions: Any) -> None:
    """`admin audit-export --org NAME --out FILE` on the admin subcommands of the server CLI."""
    command = actions.add_parser(
        "audit-export", help="schrijf het logboek van een organisatie als CSV (niet versleuteld)"
    )
    command.add_argument("--org", required=True)
    command.add_argument("--out", required=True, type=Path, help="het CSV-bestand")


def export_command(database: Database, org: str, target: Path) -> str:
    """Run `audit-export`; the sentence the CLI prints."""
    count = export_csv(database, org, target)
    return (
        f"{count} regels van het logboek van {org} geschreven naar {target}. "
        "Let op: dit bestand is niet versleuteld."
    )
