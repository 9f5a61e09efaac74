"""The audit trail and the sync outbox, written in the same transaction as every change."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from samenleren_desktop.model.entities.base import new_id, utcnow

GENESIS_HASH = "0" * 64
"""The `vorige_hash` of the first entry of the chain."""


class AuditEntry(SQLModel, table=True):
    """Who did what to which family's data, when (never the data itself).

    The entries form a hash chain (see docs/audit.md): entry n stores the hash of entry n - 1,
    and its own hash covers all its fields and that previous hash, so changing, removing,
    reordering or inserting an entry breaks the chain.

    Attributes:
        actie: create / update / delete / read / export / search / unlock (and purge, by sync).
        tabel, record_id: the record touched.
        gezin_id: the family it belongs to, when it belongs to one.
        velden: the names of the changed fields (not their values).
        volgnummer: the place in the chain, 1, 2, 3, ...; None while not yet chained.
        vorige_hash: the `hash` of the entry before (GENESIS_HASH for the first).
        hash: SHA-256 (hex) of `canonical()`.
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
    volgnummer: int | None = Field(default=None, unique=True, index=True)
    vorige_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)

    def canonical(self) -> bytes:
        """The bytes the hash covers: every field but `hash`, as sorted-key compact JSON.

        `tijd` is taken in UTC without its time zone, with microseconds: the form the database
        stores, so an entry read again hashes the same as when it was written.
        """
        tijd = self.tijd.astimezone(UTC).replace(tzinfo=None) if self.tijd.tzinfo else self.tijd
        fields = {
            "id": str(self.id),
            "tijd": tijd.isoformat(timespec="microseconds"),
            "gebruiker": self.gebruiker,
            "apparaat": self.apparaat,
            "actie": self.actie,
            "tabel": self.tabel,
            "record_id": str(self.record_id) if self.record_id else None,
            "gezin_id": str(self.gezin_id) if self.gezin_id else None,
            "velden": list(self.velden),
            "volgnummer": self.volgnummer,
            "vorige_hash": self.vorige_hash,
        }
        text = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return text.encode("utf-8")

    def compute_hash(self) -> str:
        """SHA-256 (hex) of the canonical encoding."""
        return hashlib.sha256(self.canonical()).hexdigest()


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
