"""Sync bookkeeping in the workspace: server, cursor, record versions and conflicts."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from samenleren_desktop.model.entities.base import utcnow


class SyncState(SQLModel, table=True):
    """Where this workspace syncs to and how far it got (one row, id 1).

    Attributes:
        server_url: the central server.
        gebruiker: the user the device was enrolled for.
        device_id: given by the server at enrolment.
        cursor: the server sequence up to which changes were received.
        server_epoch: changes when the server database is replaced; then pull starts over.
    """

    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    server_url: str = Field(default="", max_length=500)
    gebruiker: str = Field(default="", max_length=100)
    rol: str = Field(default="", max_length=20)
    organisatie: str = Field(default="", max_length=200)
    device_id: str = Field(default="", max_length=64)
    cursor: int = 0
    server_epoch: str = Field(default="", max_length=64)
    last_synced_at: datetime | None = None


class SyncRecordVersion(SQLModel, table=True):
    """The server version of a record this workspace last received (its base for edits).

    A tombstone received from the server is remembered with `deleted`.
    """

    __tablename__ = "sync_record_version"

    tabel: str = Field(primary_key=True, max_length=50)
    record_id: uuid.UUID = Field(primary_key=True)
    version: int = 0
    deleted: bool = False


class SyncConflict(SQLModel, table=True):
    """Two edits that met on the server; both values are kept here until someone decides.

    Attributes:
        soort: field / edit_on_deleted / delete_on_edited / rejected.
        veld: the field, for a field conflict.
        waarde_bewaard: what the record holds now.
        waarde_anders: the value that was overwritten (or the edit that could not be applied).
        status: open / opgelost.
    """

    __tablename__ = "sync_conflict"

    id: uuid.UUID = Field(primary_key=True)
    tabel: str = Field(max_length=50)
    record_id: uuid.UUID
    gezin_id: uuid.UUID | None = Field(default=None, index=True)
    soort: str = Field(max_length=20)
    veld: str | None = Field(default=None, max_length=100)
    waarde_bewaard: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    waarde_anders: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    reden: str = Field(default="", max_length=500)
    status: str = Field(default="open", max_length=20)
    tijd: datetime = Field(default_factory=utcnow)
