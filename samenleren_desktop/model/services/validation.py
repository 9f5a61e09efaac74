"""Checks a record passes before it is written, with a Dutch message naming the field."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import pydantic
from sqlmodel import SQLModel

from samenleren_desktop.model.errors import ValidationError

_RANGE = {
    "greater_than_equal": "moet minstens {ge} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
    "greater_than": "moet groter zijn dan {gt}",
    "less_than": "moet kleiner zijn dan {lt}",
}


def validate_record(record: SQLModel) -> None:
    """Check the field constraints and the allowed values of a record.

    Raises:
        ValidationError: for the first bad field, naming it.
    """
    try:
        type(record).model_validate(record.model_dump())
    except pydantic.ValidationError as error:
        raise _translated(error) from None
    _check_choices(record)


def _translated(error: pydantic.ValidationError) -> ValidationError:
    first = error.errors()[0]
    name = str(first["loc"][0]) if first["loc"] else ""
    ctx: dict[str, Any] = first.get("ctx", {})
    kind = first["type"]
    if kind == "string_too_long":
        text = f"'{name}' is te lang: hoogstens {ctx.get('max_length')} tekens."
    elif kind in _RANGE:
        text = f"'{name}' {_RANGE[kind].format(**ctx)}."
    elif kind == "missing":
        text = f"Vul '{name}' in."
    else:
        text = f"'{name}' heeft een ongeldige waarde."
    return ValidationError(text, field=name)


def _check_choices(record: SQLModel) -> None:
    """Text fields with a fixed set of values (a model's `__choices__`) hold one of them.

    An empty value is allowed where the field's default is empty (not decided yet).
    """
    choices: dict[str, type[StrEnum]] = getattr(type(record), "__choices__", {})
    for name, allowed in choices.items():
        value = getattr(record, name)
        values = [item.value for item in allowed]
        if value in values or (value == "" and type(record).model_fields[name].default == ""):
            continue
        raise ValidationError(
            f"'{value}' is geen geldige waarde voor '{name}' (kies uit {', '.join(values)}).",
            field=name,
        )


def require_text(value: str, field: str, label: str) -> str:
    """Return the stripped text, or refuse an empty one."""
    text = value.strip()
    if not text:
        raise ValidationError(f"Vul {label} in.", field=field)
    return text
