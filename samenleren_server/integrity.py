"""What a pushed record must hold before the server stores it (issue #5, see docs/sync.md).

Every laptop stores what it pulls in the workspace tables (`samenleren_desktop/model/entities`),
so the server checks a change against those same tables:

- a *create* of a record the server does not hold must carry every column that may not be empty
  and has no default (a `kind` without `groep` could not be stored by any laptop);
- a reference to another record (`traject_id`, `ouder_id`, `school_id`, ...) must name a record
  the server holds for the caller's organisation, and a record of a family (a table with
  `gezin_id`) must be of the same family as the record that refers to it.

The reason a laptop gets (and shows a coach as a refused change) is in plain words: fields by
their label on the laptop (`field_labels`), never a column name. The column names go to the
server log (logger `samenleren_server.integrity`, level WARNING): ids and column names only.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING, Any

from samenleren_desktop.sync import field_labels
from samenleren_desktop.sync.protocol import Change
from samenleren_desktop.sync.values import BOOKKEEPING, NOT_STORED, synced_tables

if TYPE_CHECKING:
    from samenleren_server.merge import _Push

MISSING = "Deze wijziging mist gegevens die nodig zijn{which}. " + NOT_STORED
UNKNOWN_REFERENCE = (
    "De server kent het gegeven niet waar deze wijziging naar verwijst{which}. " + NOT_STORED
)
OTHER_FAMILY = "Deze wijziging verwijst naar een gegeven van een ander gezin{which}. " + NOT_STORED
OTHER_DATA = "andere gegevens"

_log = logging.getLogger(__name__)


@cache
def required_columns(table: str) -> tuple[str, ...]:
    """The columns a new record of `table` must carry: not nullable and without a default."""
    return tuple(
        c.name
        for c in synced_tables()[table].columns
        if not c.nullable
        and c.default is None
        and c.server_default is None
        and c.name not in BOOKKEEPING
    )


@cache
def references(table: str) -> dict[str, str]:
    """Per column that refers to another synced record: the table it refers to.

    `gezin_id` is left out: the family of a change is derived and checked by `access`.
    """
    found: dict[str, str] = {}
    for column in synced_tables()[table].columns:
        if column.name == "gezin_id":
            continue
        for fk in column.foreign_keys:
            if fk.column.table.name in synced_tables():
                found[column.name] = fk.column.table.name
    return found


def plain_label(table: str, column: str) -> str | None:
    """How a coach knows a column: its label on the laptop, or for a reference the noun of
    what it refers to ('traject_id' -> 'Traject'); None when there is no such word."""
    return field_labels.plain_label(column, references(table).get(column))


def _which(table: str, columns: list[str]) -> str:
    """' (Groep, Datum van aanmelding en andere gegevens)', or '' when none has a word."""
    found = [plain_label(table, c) for c in columns]
    labels = list(dict.fromkeys(x for x in found if x))
    if not labels:
        return ""
    if None in found:
        labels.append(OTHER_DATA)
    listed = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} en {labels[-1]}"
    return f" ({listed})"


def _refuse(change: Change, sentence: str, columns: list[str], detail: str) -> str:
    """The plain reason for the laptop; the technical detail only in the server log."""
    _log.warning(
        "refused %s %s (change %s): %s %s",
        change.op,
        change.table,
        change.change_id,
        detail,
        ", ".join(columns),
    )
    return sentence.format(which=_which(change.table, columns))


def missing_problem(change: Change) -> str | None:
    """Why a create of a new record cannot be stored: a required column is missing."""
    missing = [name for name in required_columns(change.table) if name not in change.fields]
    if not missing:
        return None
    return _refuse(change, MISSING, missing, "missing required columns")


def reference_problem(state: _Push, change: Change, gezin: str | None) -> str | None:
    """Why a reference in the change's fields is not allowed (None when all are fine)."""
    for name, target_table in references(change.table).items():
        value = change.fields.get(name)
        if value is None:
            continue
        target: Any = state.get(target_table, str(value))
        if target is None or target.org_id != state.caller.org_id:
            return _refuse(change, UNKNOWN_REFERENCE, [name], "unknown reference")
        if "gezin_id" in synced_tables()[target_table].c:
            target_family = target.record_id if target_table == "gezin" else target.gezin_id
            if str(target_family) != str(gezin):
                return _refuse(change, OTHER_FAMILY, [name], "reference to another family")
    return None
