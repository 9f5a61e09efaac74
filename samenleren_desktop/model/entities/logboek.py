"""The audit trail and the sync outbox, written in the same transaction as every change."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from samenleren_desktop.model.entities.base import new_id, utcnow


class AuditEntry(SQLModel, table=True):
    """Who did what to which family's data, when (never the data itself).

    Attributes:
        actie: create / update / delete / read / export / search / unlock.
        tabel, record_id: the record touched.
        gezin_id: the family it belongs to, when it belongs to one.
        velden: the names of the changed fields (not their values).
    """

    __tablename__ = "audit_entry"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    tijd: datetime = Field(default_factory=utcnow, index=True)
    gebruiker: str = Field(max_length=100)
    apparaat: str = Field(default="", max_length=100)
    actie: str = Field(max_length=20)
    tabel: str = Field(default="", max_length=50)
    record_id: uuid.UUID | None = None
    gezin_id: uuid.UUID | None = Field(default=None, index=True)
    velden: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class OutboxChange(SQLModel, table=True):
    """A change waiting to be pushed to the server (field-level, see docs/sync.md).

    Attributes:
        mutation_id: increasing per workspace; the server applies each once.
        change_uuid: a unique id of this change (detects a workspace restored from backup).
        tx_group: changes made in one transaction share it.
        op: create / update / delete.
        velden: the changed fields with their new values.
    """

    __tablename__ = "outbox_change"

    mutation_id: int | None = Field(default=None, primary_key=True)
    change_uuid: uuid.UUID = Field(default_factory=new_id)
    tx_group: uuid.UUID
    tabel: str = Field(max_length=50)
    record_id: uuid.UUID
    gezin_id: uuid.UUID | None = None
    op: str = Field(max_length=10)
    velden: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    tijd: datetime = Field(default_factory=utcnow)
