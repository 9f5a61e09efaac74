"""Record values as they travel: which tables sync, JSON to column values, what fits a column.

Shared by the laptop (`apply`) and the server (`merge` checks every pushed value with
`field_problem`), so a value the server accepts is one every laptop can store.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from samenleren_desktop.sync.field_labels import plain_label

_NOT_SYNCED = {"audit_entry", "outbox_change", "workspace_secret"}
BOOKKEEPING = {"id", "created_at", "updated_at", "changed_by"}
Convert = Callable[[Any], Any]
_log = logging.getLogger(__name__)


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


_CONVERTERS: dict[str, Convert] = {
    "Uuid": _uuid,
    "Date": date.fromisoformat,
    "Time": time.fromisoformat,
    "DateTime": datetime.fromisoformat,
    "UTCDateTime": datetime.fromisoformat,
    "LargeBinary": bytes.fromhex,
}


@cache
def synced_tables() -> dict[str, sa.Table]:
    """The workspace tables that travel, by name."""
    return {
        t.name: t
        for t in SQLModel.metadata.sorted_tables
        if t.name not in _NOT_SYNCED and not t.name.startswith("sync_")
    }


@cache
def _converters(table: str) -> dict[str, Convert | None]:
    """Per column: how a JSON value becomes the column's Python value (None: as it is)."""
    columns = synced_tables()[table].columns
    return {c.name: _CONVERTERS.get(type(c.type).__name__) for c in columns}


def from_json(table: str, data: dict[str, Any]) -> dict[str, Any]:
    """Column values from the JSON data of a record; unknown fields are left out."""
    converters = _converters(table)
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in converters or name in BOOKKEEPING:
            continue
        convert = converters[name]
        values[name] = convert(value) if convert is not None and value is not None else value
    return values


_PLAIN: dict[str, type] = {"AutoString": str, "String": str, "Integer": int, "Boolean": bool}
_MAX_INT = 2**63 - 1


NOT_STORED = "Ze is niet bewaard; werk het programma bij of meld dit bij de beheerder."
UNKNOWN_FIELD = "Deze wijziging bevat een gegeven dat het programma niet kent{which}. " + NOT_STORED
EMPTY_FIELD = "Deze wijziging laat een gegeven leeg dat nodig is{which}. " + NOT_STORED
INVALID_VALUE = "Deze wijziging bevat een waarde die niet klopt{which}. " + NOT_STORED
INVALID_TEXT = "Deze wijziging bevat tekens die niet bewaard kunnen worden{which}. " + NOT_STORED


def field_problem(table: str, fields: dict[str, Any]) -> str | None:
    """Why these JSON field values cannot be stored in `table` (None when they can).

    A value every laptop could not store (the wrong type, a number beyond 64 bits, empty where
    the column needs a value) would stop every pull after it, so it never gets in. The reason
    names a field by its label on the laptop (a coach reads it); the column name is only logged.
    """
    for name, value in fields.items():
        problem = _value_problem(table, name, value)
        if problem is not None:
            sentence, detail = problem
            _log.warning("refused value for %s.%.60r: %s", table, name, detail)  # never the value
            return sentence.format(which=_which(table, name))
    return None


def _value_problem(table: str, name: str, value: Any) -> tuple[str, str] | None:
    """(the plain sentence, the detail for the log) when `value` does not fit column `name`."""
    converters = _converters(table)
    if name not in converters or name in BOOKKEEPING:
        return UNKNOWN_FIELD, "unknown column"
    column = synced_tables()[table].columns[name]
    if value is None:
        return None if column.nullable else (EMPTY_FIELD, "empty, not nullable")
    if not _plain_value_fits(type(column.type).__name__, value):
        return INVALID_VALUE, "wrong type or out of range"
    if not _utf8(value):
        return INVALID_TEXT, "not UTF-8"
    if not _converts(converters[name], value):
        return INVALID_VALUE, "does not convert"
    return None


def _converts(convert: Convert | None, value: Any) -> bool:
    """Whether the column's conversion takes the value (a date in ISO form, an UUID, hex)."""
    if convert is None:
        return True
    try:
        convert(value)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def _which(table: str, name: str) -> str:
    """' (Geboortedatum)', ' (Traject)' for a reference, or '' when the field has no label."""
    column = synced_tables()[table].columns.get(name)
    refers_to = None
    if column is not None:
        targets = [fk.column.table.name for fk in column.foreign_keys]
        refers_to = targets[0] if targets else None
    label = plain_label(name, refers_to)
    return f" ({label})" if label else ""


def _utf8(value: Any) -> bool:
    """Whether the text in a value can be written as UTF-8 (a lone surrogate cannot)."""
    try:
        if isinstance(value, str):
            value.encode("utf-8")
        elif isinstance(value, list | dict):
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError):
        return False
    return True


def _plain_value_fits(type_name: str, value: Any) -> bool:
    """Whether a JSON value fits a text, whole-number or yes/no column (others: True)."""
    kind = _PLAIN.get(type_name)
    if kind is None:
        return True
    if kind is int:
        return type(value) is int and -_MAX_INT <= value <= _MAX_INT
    return isinstance(value, kind)
