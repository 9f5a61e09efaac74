"""What every record shares: a UUID made on the laptop, times and who changed it last."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class Record(SQLModel):
    """Columns every synced record carries.

    Attributes:
        id: made on the laptop, so records can be created offline.
        created_at: when the record was made (UTC).
        updated_at: when it last changed (UTC).
        changed_by: the user name of whoever changed it last.
    """

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    changed_by: str = Field(default="", max_length=100)
