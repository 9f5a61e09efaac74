"""Every change goes through here: validated, one transaction, an audit entry and an outbox row.

    with record_changes(workspace, Actor("sanne")) as changes:
        gezin = changes.create(Gezin(naam="Gezin Veldkamp"))
        changes.update(gezin, plaats="Gouda")

Either everything in the block is written, with its audit entries and sync outbox rows, or
nothing is (a `ValidationError` names the first bad field). The audit entries are chained
(`services.audit`, docs/audit.md) in the same transaction.
"""

from __future__ import annotations

import getpass
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlmodel import Session

from samenleren_desktop.model.entities import AuditEntry, OutboxChange, Record, utcnow
from samenleren_desktop.model.entities.base import new_id
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services import audit
from samenleren_desktop.model.services.validation import validate_record
from samenleren_desktop.model.store.workspace import Workspace

R = TypeVar("R", bound=Record)
_BOOKKEEPING = {"id", "created_at", "updated_at", "changed_by"}


@dataclass(frozen=True)
class Actor:
    """Who makes the changes, from which device."""

    gebruiker: str
    apparaat: str = ""


def local_actor() -> Actor:
    """Who works here: the operating-system user name on this computer's name."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "begeleider"
    return Actor(user, socket.gethostname() or "laptop")


def plain(value: Any) -> Any:
    """A JSON-friendly form of a field value, for the outbox."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


@dataclass
class Changes:
    """The changes of one transaction.

    Attributes:
        session: the open session (inside a transaction).
        actor: who makes the changes.
        tx_group: shared by the outbox rows of this transaction.
    """

    session: Session
    actor: Actor
    tx_group: uuid.UUID = field(default_factory=new_id)

    def create(self, record: R) -> R:
        """Validate and add a new record."""
        record.changed_by = self.actor.gebruiker
        validate_record(record)
        self.session.add(record)
        # Flush at once: without ORM relationships the unit of work does not know that a
        # contact must be inserted after its traject, and foreign keys are checked per row.
        self.session.flush()
        values = {k: v for k, v in record.model_dump().items() if k not in _BOOKKEEPING}
        self._log("create", record, values)
        return record

    def update(self, record: R, **values: Any) -> R:
        """Change fields of a record; only real changes are logged and queued for sync."""
        unknown = sorted(set(values) - set(type(record).model_fields))
        if unknown:
            raise ValidationError(f"Onbekend veld: {unknown[0]}.", field=unknown[0])
        changed = {k: v for k, v in values.items() if getattr(record, k) != v}
        if not changed:
            return record
        candidate = record.model_copy(update=changed)
        validate_record(candidate)
        for name, value in changed.items():
            setattr(record, name, value)
        record.updated_at = utcnow()
        record.changed_by = self.actor.gebruiker
        self.session.add(record)
        self._log("update", record, changed)
        return record

    def delete(self, record: Record) -> None:
        """Remove a record (the server keeps a tombstone)."""
        self.session.delete(record)
        self._log("delete", record, {})

    def _log(self, op: str, record: Record, values: dict[str, Any]) -> None:
        table = str(getattr(type(record), "__tablename__", type(record).__name__))
        gezin_id = record.id if table == "gezin" else getattr(record, "gezin_id", None)
        audit.append(
            self.session,
            AuditEntry(
                gebruiker=self.actor.gebruiker,
                apparaat=self.actor.apparaat,
                actie=op,
                tabel=table,
                record_id=record.id,
                gezin_id=gezin_id,
                velden=sorted(values),
            ),
        )
        self.session.add(
            OutboxChange(
                tx_group=self.tx_group,
                tabel=table,
                record_id=record.id,
                gezin_id=gezin_id,
                op=op,
                velden={k: plain(v) for k, v in values.items()},
            )
        )


@contextmanager
def record_changes(workspace: Workspace, actor: Actor) -> Iterator[Changes]:
    """One transaction whose changes are validated, audited and queued for sync."""
    with workspace.transaction() as session:
        yield Changes(session, actor)
