"""Conflicts in plain Dutch: which record, which field, and values as a person reads them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from samenleren_desktop.sync import apply
from samenleren_desktop.sync.field_labels import FIELD_LABELS, TABLE_NOUNS

EMPTY = "(leeg)"


def field_label(field: str) -> str:
    """'plaats' → 'Plaats'; an unknown field reads as its name with spaces."""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def describe_record(table: str, row: Mapping[str, Any] | None) -> str:
    """'Kind Sara', 'Contactmoment van 03-11-2026', or just the noun when the row is gone."""
    noun = TABLE_NOUNS.get(table, table.replace("_", " ").capitalize())
    detail = _detail(table, row) if row else ""
    return f"{noun} {detail}".strip()


_NAMED_BY = {
    "ouder": "voornaam",
    "kind": "voornaam",
    "partner": "naam",
    "school": "naam",
    "leerkracht": "naam",
    "begeleider": "naam",
    "organisatie": "naam",
    "vragenlijst_antwoord": "vragenlijst",
    "plan_doel": "doel",
}
_DATED_BY = {
    "contactmoment": ("van {}", "datum"),
    "smiley_score": ("van {}", "datum"),
    "verwijzing": ("van {}", "datum"),
    "traject": ("(aangemeld {})", "aanmeld_datum"),
}


def _detail(table: str, row: Mapping[str, Any]) -> str:
    if table in _NAMED_BY:
        return str(row.get(_NAMED_BY[table]) or "")
    if table in _DATED_BY:
        pattern, field = _DATED_BY[table]
        when = row.get(field)
        return pattern.format(format_value(table, field, when)) if when else ""
    if table == "afsprakenkaart_item":
        text = str(row.get("tekst") or "")
        return f"“{text[:40]}{'…' if len(text) > 40 else ''}”" if text else ""
    return ""


def format_value(table: str, field: str, value: Any) -> str:
    """A stored (JSON) value as a person reads it: dates as 03-11-2026, yes/no, lists."""
    if value is None or value in ("", [], {}):
        return EMPTY
    if isinstance(value, bool | list | dict):
        return _plain(value)
    kind = _column_kind(table, field)
    if kind == "LargeBinary":
        return "(handtekening)"
    if kind in ("Date", "DateTime", "UTCDateTime") and isinstance(value, str | date):
        return _format_date(value, with_time=kind != "Date")
    return str(value)


def _plain(value: bool | list[Any] | dict[str, Any]) -> str:
    """Yes/no, a list with commas, a mapping as 'key: value; …'."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "; ".join(f"{k}: {v}" for k, v in value.items())


def format_fields(table: str, fields: Any) -> str:
    """Several fields, one per line: 'Plaats: Zwolle'."""
    if not isinstance(fields, dict) or not fields:
        return EMPTY if not fields else str(fields)
    return "\n".join(
        f"{field_label(name)}: {format_value(table, name, value)}"
        for name, value in fields.items()
        if name != "op"
    )


def _column_kind(table: str, field: str) -> str:
    tables = apply.synced_tables()
    if table not in tables or field not in tables[table].c:
        return ""
    return type(tables[table].c[field].type).__name__


def _format_date(value: str | date, with_time: bool) -> str:
    try:
        moment = value if isinstance(value, date) else datetime.fromisoformat(value)
    except ValueError:
        return str(value)
    if with_time and isinstance(moment, datetime):
        return moment.astimezone().strftime("%d-%m-%Y %H:%M")
    return moment.strftime("%d-%m-%Y")
