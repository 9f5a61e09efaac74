"""Everything stored about one family (or all), as readable JSON: the AVG right of access."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select
from sqlmodel import Session, SQLModel

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.audit import record_access
from samenleren_desktop.model.services.bestand import write_atomic
from samenleren_desktop.model.services.changes import Actor, plain
from samenleren_desktop.model.services.gezinnen import get_gezin, list_gezinnen

if TYPE_CHECKING:
    from samenleren_desktop.model.store.workspace import Workspace

FORMAT = "samenleren-export"
VERSION = 1


_INTERNAL = {"outbox_change"}  # sync bookkeeping: copies of data already exported
_CHAIN = {"audit_entry": {"vorige_hash", "hash"}}  # integrity bookkeeping, not about the family


def _family_tables() -> list[Table]:
    """Every table whose rows belong to one family (they carry a gezin_id)."""
    tables = SQLModel.metadata.sorted_tables
    return [t for t in tables if "gezin_id" in t.columns and t.name not in _INTERNAL]


def gezin_dossier(session: Session, gezin: Gezin) -> dict[str, Any]:
    """One family and every record that belongs to it, each with its `id`."""
    connection = session.connection()
    gezin_table = SQLModel.metadata.tables["gezin"]
    row = connection.execute(select(gezin_table).where(gezin_table.c.id == gezin.id)).one()
    dossier: dict[str, Any] = {"gezin": {k: plain(v) for k, v in row._mapping.items()}}
    for table in _family_tables():
        rows = connection.execute(
            select(table)
            .where(table.c.gezin_id == gezin.id)
            .order_by(table.c.get("created_at", table.c.get("tijd")))
        )
        skip = _CHAIN.get(table.name, set())
        dossier[table.name] = [
            {k: plain(v) for k, v in row._mapping.items() if k not in skip} for row in rows
        ]
    return dossier


def export_data(session: Session, gezin_id: uuid.UUID | None = None) -> dict[str, Any]:
    """The whole export document: one family when `gezin_id` is given, else all."""
    gezinnen = [get_gezin(session, gezin_id)] if gezin_id else list_gezinnen(session)
    return {
        "format": FORMAT,
        "version": VERSION,
        "gemaakt_op": datetime.now().astimezone().isoformat(timespec="seconds"),
        "gezinnen": [gezin_dossier(session, gezin) for gezin in gezinnen],
    }


def export_audited(
    workspace: Workspace, actor: Actor, gezin_id: uuid.UUID | None = None
) -> dict[str, Any]:
    """`export_data`, with an audit entry (actie export) for each family exported.

    The data is read and the entries are written in one transaction.
    """
    with workspace.transaction() as session:
        data = export_data(session, gezin_id)
        for dossier in data["gezinnen"]:
            record_access(session, actor, "export", uuid.UUID(dossier["gezin"]["id"]))
    return data


def write_json(data: dict[str, Any], target: Path) -> None:
    """Write JSON to a temporary file beside `target` and move it into place.

    A failed export never leaves a half-written file; a target that cannot be written gets a
    clear message.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomic(text.encode("utf-8"), target)
