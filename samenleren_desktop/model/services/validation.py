"""Friendly checks of single values, before the record-level checks in changes.py."""

from __future__ import annotations

from samenleren_desktop.model.errors import ValidationError


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
