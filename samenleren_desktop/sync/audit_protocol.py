"""The messages of the audit endpoints (`/sync/v1/audit`, `/sync/v1/audit/query`).

Shared by the laptop (`sync/audit_upload.py`) and the server (`samenleren_server/audit_api.py`).
An entry travels with every field its hash covers, so the server can check the chain; none of
them is personal data (field names, ids, user and device names). See docs/sync.md.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from pydantic import BaseModel, Field, field_validator

from samenleren_desktop.model.entities.logboek import AuditEntry
from samenleren_desktop.model.services.audit_export import CSV_COLUMNS, csv_row
from samenleren_desktop.sync.protocol import MAX_SEQUENCE, Versions

MAX_AUDIT_ENTRIES = 500
"""Entries per upload request."""
MAX_AUDIT_PAGE = 1000
"""Entries per query page."""

_TEXT = r"^[^\x00-\x1f]*$"
_HASH = r"^[0-9a-f]{64}$"
Name = Annotated[str, Field(max_length=100, pattern=_TEXT)]


def as_utc(moment: datetime) -> datetime:
    """`moment` in UTC (a time without a zone is taken as UTC); ValueError when out of range."""
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("tijd valt buiten het bereik") from exc


class AuditEntryData(BaseModel):
    """One chained audit entry, every field its hash covers (see `AuditEntry.canonical`)."""

    id: uuid.UUID
    tijd: datetime
    gebruiker: Name
    apparaat: Name = ""
    actie: str = Field(max_length=20, pattern=_TEXT)
    tabel: str = Field(default="", max_length=50, pattern=_TEXT)
    record_id: uuid.UUID | None = None
    gezin_id: uuid.UUID | None = None
    velden: list[Name] = Field(default_factory=list, max_length=500)
    volgnummer: int = Field(ge=1, le=MAX_SEQUENCE)
    vorige_hash: str = Field(pattern=_HASH)
    hash: str = Field(pattern=_HASH)

    _utc = field_validator("tijd")(as_utc)

    @classmethod
    def of(cls, entry: AuditEntry) -> AuditEntryData:
        """The wire form of a chained workspace entry."""
        data = entry.model_dump(include=set(cls.model_fields))
        return cls.model_validate(data)

    def entry(self) -> AuditEntry:
        """The entry as the laptop stored it (to compute its hash again)."""
        return AuditEntry(**self.model_dump(include=set(AuditEntryData.model_fields)))


class AuditHead(BaseModel):
    """The last entry of a device's chain the server holds (0 and 64 zeros: none yet)."""

    volgnummer: int
    hash: str


class AuditUploadRequest(Versions):
    """The next entries of this laptop's chain, in volgnummer order; none to ask for the head.

    `after` is the head the laptop believes the server holds (from its last upload), so it
    sends the entries after it without asking first. When the server holds another head, it
    stores nothing and answers with its head, and the laptop goes on from there; nothing is
    refused for it. (A server older than `after` ignores it.)
    """

    entries: list[AuditEntryData] = Field(default_factory=list, max_length=MAX_AUDIT_ENTRIES)
    after: AuditHead | None = None


class AuditUploadResponse(BaseModel):
    """What the server stored of an upload, and the head of this device's chain there now."""

    stored: int
    duplicates: int
    head: AuditHead


class AuditQuery(Versions):
    """A coordinator's question: the organisation's entries, filtered, one page at a time.

    `van` (inclusive) and `tot` (exclusive) bound the entry's time; `offset` pages on. A
    server older than `actie` ignores it (unknown fields are ignored): filter again locally.
    """

    van: datetime | None = None
    tot: datetime | None = None
    gezin_id: uuid.UUID | None = None
    gebruiker: Name | None = None
    actie: str | None = Field(default=None, max_length=20, pattern=_TEXT)
    device_id: str | None = Field(default=None, pattern=r"^[0-9A-Za-z-]{1,64}$")
    offset: int = Field(default=0, ge=0, le=MAX_SEQUENCE)
    limit: int = Field(default=200, ge=1, le=MAX_AUDIT_PAGE)

    _utc = field_validator("van", "tot")(lambda v: None if v is None else as_utc(v))


STORED_CSV_COLUMNS = (*CSV_COLUMNS, "apparaat_id", "ontvangen")
"""The columns of the organisation's trail as CSV (`samenleren-server admin audit-export` and
the Logboek's organisation view): the laptop's export, the device id, when it arrived."""


class StoredAuditEntry(AuditEntryData):
    """An entry as the server holds it: with the device that sent it and when it arrived."""

    device_id: str
    device_name: str
    received_at: datetime

    def csv_row(self) -> tuple[str, ...]:
        """This entry under `STORED_CSV_COLUMNS`."""
        received = self.received_at.isoformat(timespec="seconds")
        return (*csv_row(self.entry()), self.device_id, received)


class AuditRefusal(BaseModel):
    """An upload the server refused because the chain did not hold."""

    device_id: str
    username: str
    at: datetime
    volgnummer: int
    reason: str


class AuditPage(BaseModel):
    """One page of entries (oldest first), how many match in all, and the recorded refusals."""

    entries: list[StoredAuditEntry]
    total: int
    next_offset: int | None
    refusals: list[AuditRefusal] = Field(default_factory=list)
