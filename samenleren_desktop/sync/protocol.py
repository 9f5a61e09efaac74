"""The sync protocol, version 2: the messages laptop and server exchange (see docs/sync.md).

Shared by the client (`samenleren_desktop.sync.client`) and the server (`samenleren_server`),
so both sides always agree on the shape of every request and answer. All requests carry the
protocol version and the schema version of the laptop; the server answers 426 with
`ErrorBody(error="client_too_old")` when the laptop is too old, and the laptop keeps its outbox.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

PROTOCOL_VERSION = 2
"""The protocol this program speaks (2: ended assignments in the pull stream, content)."""

SCHEMA_VERSION = 4
"""The workspace schema (Alembic revision number) whose records this program sends."""

MIN_PROTOCOL_VERSION = 2
"""Protocol 1 skips the `revoked_family` entries and would keep ended families: it must update."""
MIN_SCHEMA_VERSION = 3
MAX_PUSH_CHANGES = 500
PUSH_BYTES = 8 * 1024 * 1024
"""What a laptop puts in one push at most (a change larger than this goes alone): well under
the server's request limit of 64 MiB, however large the signatures in a batch."""
MAX_PULL_LIMIT = 5000
DEFAULT_PULL_LIMIT = 2000
MAX_SEQUENCE = 2**63 - 1
"""Sequence numbers and versions are 64-bit on the server."""
CONFLICT_TABLE = "sync_conflict"
"""Conflicts travel in the pull stream as records of this pseudo-table."""
REVOKED_FAMILY = "revoked_family"
"""An ended assignment travels in the pull stream as a record of this pseudo-table: the family
(`record_id` = `gezin_id`) is no longer the caller's (protocol 1 skipped it; no longer served)."""
ERASED_FAMILY = "erased_family"
"""An erased family (right of erasure, or the organisation's retention) travels in the pull
stream as a record of this pseudo-table to every laptop of the organisation: remove it, with
its waiting changes. Older protocol-2 laptops skip it as an unknown table (their pushes for the
family are refused), so the protocol version stays 2."""

ERASED_REASON = (
    "Dit gezin is gewist (op verzoek of na de bewaartermijn); de wijziging is niet bewaard."
)
"""The `reason` of a change refused because its family was erased: the laptop drops it."""

UPDATE_MESSAGE = (
    "Deze versie van Samen Leren is te oud voor de server: werk het programma bij. "
    "Uw wijzigingen blijven bewaard op deze laptop."
)

_ID = r"^[0-9A-Za-z-]{1,64}$"
Op = Literal["create", "update", "delete"]
Status = Literal["applied", "merged", "conflict", "rejected"]
ConflictKind = Literal["field", "edit_on_deleted", "delete_on_edited"]
Role = Literal["begeleider", "coordinator", "admin"]


class Versions(BaseModel):
    """What every request tells the server about the laptop."""

    protocol: int = PROTOCOL_VERSION
    schema_version: int = SCHEMA_VERSION
    app_version: str = ""


class ErrorBody(BaseModel):
    """Any refusal: a machine-readable code and one Dutch sentence for the user."""

    error: str
    message: str


class HelloResponse(BaseModel):
    """The server's versions and clock (the clock is for display only)."""

    protocol_min: int
    protocol_max: int
    schema_min: int
    schema_max: int
    server_epoch: str
    server_time: datetime


class LoginRequest(Versions):
    """Enrol this laptop as a device of a user."""

    username: str = Field(pattern=r"^[^\x00-\x1f]{1,100}$")
    password: str = Field(min_length=1, max_length=1000)
    device_name: str = Field(default="", pattern=r"^[^\x00-\x1f]{0,100}$")


class LoginResponse(BaseModel):
    """A device token (shown once; the server keeps only its hash)."""

    token: str
    device_id: str
    username: str
    role: Role
    organisation: str
    server_epoch: str


class Change(BaseModel):
    """One field-level change from the laptop's outbox.

    Attributes:
        change_id: made on the laptop; the server applies each change id once.
        base_version: the record version the laptop last received from the server (0: none).
        fields: for create and update the changed fields with their new (JSON) values.
    """

    change_id: str = Field(pattern=_ID)
    tx_group: str = Field(default="", pattern=r"^[0-9A-Za-z-]{0,64}$")
    table: str = Field(pattern=r"^[a-z_]{1,50}$")
    record_id: str = Field(pattern=_ID)
    gezin_id: str | None = Field(default=None, pattern=_ID)
    op: Op
    base_version: int = Field(default=0, ge=0, le=MAX_SEQUENCE)
    fields: dict[str, Any] = Field(default_factory=dict)
    client_time: datetime | None = None


class PushRequest(Versions):
    """A batch of changes, in outbox order."""

    changes: list[Change] = Field(max_length=MAX_PUSH_CHANGES)


class ConflictInfo(BaseModel):
    """Two values that met: `kept` is what the record holds now, `other` was overwritten."""

    conflict_id: str
    kind: ConflictKind
    field: str | None
    kept: Any = None
    other: Any = None


class ChangeResult(BaseModel):
    """The server's answer to one change.

    applied: as sent; merged: other fields had changed meanwhile, all kept; conflict: see
    `conflicts`; rejected: not applied, with `reason` in Dutch (the change is kept on the
    server as a conflict record, so nothing is lost). `replayed`: answered from the receipt of
    an earlier push of the same change id.
    """

    change_id: str
    status: Status
    version: int = 0
    reason: str = ""
    replayed: bool = False
    conflicts: list[ConflictInfo] = Field(default_factory=list)


class PushResponse(BaseModel):
    """One result per change, in the order sent."""

    results: list[ChangeResult]


class PullRequest(Versions):
    """Changes after `cursor` (0: from the start)."""

    cursor: int = Field(default=0, ge=0, le=MAX_SEQUENCE)
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)


class RecordState(BaseModel):
    """The full current state of one record (or its tombstone)."""

    table: str
    record_id: str
    gezin_id: str | None
    version: int
    seq: int
    deleted: bool
    data: dict[str, Any]
    changed_by: str = ""


class PullResponse(BaseModel):
    """One page of the change stream; `has_more=false` means the laptop is up to date.

    `content_version`: the organisation's newest published content (0: none); a laptop that
    holds another version fetches it from `/sync/v1/content`.
    """

    records: list[RecordState]
    cursor: int
    has_more: bool
    remaining: int
    server_epoch: str
    content_version: int = 0


class EraseRequest(Versions):
    """A coordinator or admin erases a family everywhere (right of erasure)."""

    gezin_id: str = Field(pattern=_ID)


class EraseResponse(BaseModel):
    """What the erasure removed from the server (counts only)."""

    gezin_id: str
    records: int
    seq: int


class RetireRequest(Versions):
    """A begeleider's laptop no longer needs these families (laptop retention)."""

    gezin_ids: list[Annotated[str, Field(pattern=_ID)]] = Field(max_length=MAX_PUSH_CHANGES)


class RetireResponse(BaseModel):
    """How many of the caller's assignments ended; each streams a `revoked_family` entry."""

    ended: int


class ContentRequest(Versions):
    """The organisation's content, unless the laptop already has version `since`."""

    since: int = Field(default=0, ge=0, le=MAX_SEQUENCE)


class ContentResponse(BaseModel):
    """The organisation's published content (version 0: none; use the shipped content).

    `files` (relative path in a content folder -> its JSON) is sent only when `version` differs
    from the `since` of the request.
    """

    version: int
    published_at: datetime | None = None
    files: dict[str, Any] | None = None
