"""Checks every record passes before it is written: lengths, required text, ranges."""

from __future__ import annotations

from sqlalchemy import String
from sqlmodel import SQLModel

from samenleren_desktop.model.errors import ValidationError


def check_lengths(record: SQLModel) -> None:
    """Refuse text longer than its column allows, naming the field."""
    table = getattr(type(record), "__table__", None)
    if table is None:
        return
    for column in table.columns:
        value = getattr(record, column.name, None)
        limit = column.type.length if isinstance(column.type, String) else None
        if isinstance(value, str) and limit is not None and len(value) > limit:
            raise ValidationError(
                f"'{column.name}' is te lang: {len(value)} tekens, hoogstens {limit}.",
                field=column.name,
            )


def require_text(value: str, field: str, label: str) -> str:
    """Return the stripped text, or refuse an empty one."""
    text = value.strip()
    if not text:
        raise ValidationError(f"Vul {label} in.", field=field)
    return text


def check_range(value: int, low: int, high: int, field: str, label: str) -> None:
    """Refuse a number outside [low, high]."""
    if not low <= value <= high:
        raise ValidationError(f"{label} moet tussen {low} en {high} liggen.", field=field)
