"""Open conflicts for a person to decide on, and the decision as an outbox change.

    for view in open_conflicts(workspace):
        print(view.gezin, view.gegeven, view.veld, view.bewaard, "|", view.anders)
    resolve(workspace, Actor("sanne"), view.id, keep="anders")

A decision is local first and travels like any edit. Choosing the other value of a field
conflict writes it to the record through `Changes` (audited, queued for sync); the conflict is
marked `opgelost` here and an outbox change of the pseudo-table `sync_conflict` carries the
decision to the server, which passes it on to every laptop that sees the family. For a record
deleted on one side and edited on the other (`edit_on_deleted`, `delete_on_edited`), "bewaard"
accepts the delete and "anders" asks the server to restore the record with the edit. Nothing
is lost either way: the server's change log keeps every value ever sent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session, select

from samenleren_desktop.model.entities import AuditEntry, OutboxChange, Record
from samenleren_desktop.model.entities.sync import SyncConflict
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services import audit
from samenleren_desktop.model.services.changes import Actor, Changes, record_changes
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.conflict_text import (
    describe_record,
    field_label,
    format_fields,
    format_value,
)
from samenleren_desktop.sync.protocol import CONFLICT_TABLE

Keep = Literal["bewaard", "anders"]
RESOLVED = "opgelost"
DELETED = "(verwijderd)"

_EXPLANATION = {
    "field": "Dit veld is op twee plaatsen tegelijk gewijzigd.",
    "edit_on_deleted": "Dit gegeven is gewijzigd terwijl het elders werd verwijderd.",
    "delete_on_edited": "Dit gegeven is verwijderd terwijl het elders werd gewijzigd.",
    "rejected": "De server heeft deze wijziging geweigerd.",
}


@dataclass(frozen=True)
class ConflictView:
    """One open conflict, in the words the conflicts screen shows.

    Attributes:
        gezin: the family's name (or that the record belongs to no family).
        gegeven: which record, e.g. "Kind Sara" or "Gezinsgegevens".
        veld: the field's label for a field conflict, else "".
        bewaard: what the record holds now (or "(verwijderd)").
        anders: the other value (or the edit that could not be applied).
        uitleg: one sentence on what happened.
        door: who last changed the record, where known.
        tijd: when the conflict reached this laptop (UTC).
        kan_anders: whether the other value can be chosen (not for a refused change).
    """

    id: uuid.UUID
    soort: str
    tabel: str
    record_id: uuid.UUID
    gezin_id: uuid.UUID | None
    gezin: str
    gegeven: str
    veld: str
    bewaard: str
    anders: str
    uitleg: str
    door: str
    tijd: datetime
    kan_anders: bool


def open_conflicts(workspace: Workspace) -> list[ConflictView]:
    """The conflicts nobody has decided on yet, newest first, ready to show."""
    with workspace.session() as session:
        rows = session.exec(
            select(SyncConflict)
            .where(SyncConflict.status == "open")
            .order_by(SyncConflict.tijd.desc())  # type: ignore[attr-defined]
        ).all()
        return [_view(session, row) for row in rows]


def count_open(workspace: Workspace) -> int:
    """How many conflicts wait for a decision."""
    with workspace.session() as session:
        query = select(sa.func.count()).select_from(SyncConflict)
        return int(session.exec(query.where(SyncConflict.status == "open")).one())


def _view(session: Session, conflict: SyncConflict) -> ConflictView:
    row = _row(session, conflict.tabel, conflict.record_id)
    table = conflict.tabel
    if conflict.soort == "field" and conflict.veld:
        bewaard = format_value(table, conflict.veld, conflict.waarde_bewaard)
        anders = format_value(table, conflict.veld, conflict.waarde_anders)
    elif conflict.soort == "rejected":
        bewaard = conflict.reden or "Niet toegepast."
        anders = format_fields(table, conflict.waarde_anders)
    else:
        bewaard = DELETED if row is None else format_fields(table, conflict.waarde_bewaard)
        anders = format_fields(table, conflict.waarde_anders)
    return ConflictView(
        id=conflict.id,
        soort=conflict.soort,
        tabel=table,
        record_id=conflict.record_id,
        gezin_id=conflict.gezin_id,
        gezin=_gezin_name(session, conflict.gezin_id),
        gegeven=describe_record(table, row or _fields(conflict.waarde_anders)),
        veld=field_label(conflict.veld) if conflict.veld else "",
        bewaard=bewaard,
        anders=anders,
        uitleg=_EXPLANATION.get(conflict.soort, "Twee wijzigingen kwamen samen."),
        door=str(row.get("changed_by") or "") if row else "",
        tijd=conflict.tijd,
        kan_anders=conflict.soort != "rejected",
    )


def _fields(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def _row(session: Session, table: str, record_id: uuid.UUID) -> dict[str, Any] | None:
    """The local record as plain values, or None when it is not (or no longer) here."""
    tables = apply.synced_tables()
    if table not in tables:
        return None
    t = tables[table]
    found = session.execute(sa.select(t).where(t.c.id == record_id)).mappings().first()
    return dict(found) if found is not None else None


def _gezin_name(session: Session, gezin_id: uuid.UUID | None) -> str:
    if gezin_id is None:
        return "Geen gezin (gedeelde gegevens)"
    t = apply.synced_tables()["gezin"]
    name = session.execute(sa.select(t.c.naam).where(t.c.id == gezin_id)).scalar()
    return str(name) if name else "Gezin niet (meer) op deze laptop"


def resolve(
    workspace: Workspace, actor: Actor, conflict_id: uuid.UUID, keep: Keep = "bewaard"
) -> None:
    """Decide a conflict: keep what the record holds ("bewaard") or the other value ("anders").

    Raises:
        SamenLerenError: the conflict is unknown or decided, or the choice cannot be made.
    """
    if keep not in ("bewaard", "anders"):
        raise ValueError(f"keep must be 'bewaard' or 'anders', not {keep!r}")
    with record_changes(workspace, actor) as changes:
        conflict = changes.session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.status != "open":
            raise SamenLerenError("Over dit conflict is al beslist.")
        if conflict.soort == "rejected":
            if keep == "anders":
                raise SamenLerenError(
                    "Een geweigerde wijziging kan niet opnieuw worden verstuurd; "
                    "neem de waarde zo nodig zelf over."
                )
        elif conflict.soort == "field" and keep == "anders":
            _write_other_value(changes, conflict)
        conflict.status = RESOLVED
        changes.session.add(conflict)
        _log_decision(changes, conflict, keep)


def _write_other_value(changes: Changes, conflict: SyncConflict) -> None:
    """The other value becomes the record's value, as a normal edit of this user."""
    record_class = _record_class(conflict.tabel)
    record = changes.session.get(record_class, conflict.record_id) if record_class else None
    if record is None or not conflict.veld:
        raise SamenLerenError(
            "Dit gegeven staat niet (meer) op deze laptop; de andere waarde kan niet worden "
            "gekozen. Synchroniseer eerst."
        )
    values = apply.from_json(conflict.tabel, {conflict.veld: conflict.waarde_anders})
    if conflict.veld not in values:
        raise SamenLerenError(f"Het veld {conflict.veld} bestaat niet meer.")
    changes.update(record, **values)


def _log_decision(changes: Changes, conflict: SyncConflict, keep: Keep) -> None:
    """Audit the decision and queue it for the server (not for a refusal the server never kept)."""
    fields = {"status": RESOLVED, "keuze": keep}
    audit.append(  # chained at once, like every other entry
        changes.session,
        AuditEntry(
            gebruiker=changes.actor.gebruiker,
            apparaat=changes.actor.apparaat,
            actie="update",
            tabel=CONFLICT_TABLE,
            record_id=conflict.id,
            gezin_id=conflict.gezin_id,
            velden=sorted(fields),
        ),
    )
    if conflict.soort == "rejected":
        return
    changes.session.add(
        OutboxChange(
            tx_group=changes.tx_group,
            tabel=CONFLICT_TABLE,
            record_id=conflict.id,
            gezin_id=conflict.gezin_id,
            op="update",
            velden=fields,
        )
    )


def _record_class(table: str) -> type[Record] | None:
    """The entity class stored in `table`."""
    pending: list[type[Record]] = [Record]
    while pending:
        cls = pending.pop()
        if getattr(cls, "__tablename__", None) == table and cls is not Record:
            return cls
        pending.extend(cls.__subclasses__())
    return None
