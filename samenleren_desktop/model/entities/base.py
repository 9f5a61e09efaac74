"""What every record shares: a UUID made on the laptop, times and who changed it last."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel

_id_source: Callable[[], uuid.UUID] = uuid.uuid4


def new_id() -> uuid.UUID:
    """A new random record id (made on the laptop, so records can be created offline)."""
    return _id_source()


@contextmanager
def reproducible_ids(rng: random.Random) -> Iterator[None]:
    """Within the block, ids come from `rng` (demo data only; not thread-safe)."""
    global _id_source  # noqa: PLW0603 - a scoped swap, restored below
    previous = _id_source
    _id_source = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # noqa: E731
    try:
        yield
    finally:
        _id_source = previous


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

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    changed_by: str = Field(default="", max_length=100)
