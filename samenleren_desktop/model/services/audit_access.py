"""Logging access (read, export, search, unlock) in the audit trail; never the data itself.

log_access(workspace, actor, "export", gezin_id=gezin.id)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlmodel import Session

from samenleren_desktop.model.entities.logboek import AuditEntry
from samenleren_desktop.model.services.audit_chain import append

if TYPE_CHECKING:
    from samenleren_desktop.model.services.changes import Actor
    from samenleren_desktop.model.store.workspace import Workspace

ACCESS_ACTIONS = ("read", "export", "search", "unlock")
"""The actions `log_access` records (changes are create / update / delete)."""


def access_entry(
    actor: Actor,
    actie: str,
    gezin_id: uuid.UUID | None = None,
    *,
    tabel: str = "",
    record_id: uuid.UUID | None = None,
    velden: Iterable[str] = (),
) -> AuditEntry:
    """An (unchained) entry for a read, export, search or unlock; never the data itself.

    Args:
        actie: one of ACCESS_ACTIONS.
        gezin_id: the family looked at; with no `tabel`, the family record itself.
        velden: field names only (what was searched on, say), never values or search terms.
    """
    if actie not in ACCESS_ACTIONS:
        raise ValueError(f"actie must be one of {ACCESS_ACTIONS}, not {actie!r}")
    if gezin_id is not None and not tabel:
        tabel, record_id = "gezin", record_id or gezin_id
    return AuditEntry(
        gebruiker=actor.gebruiker,
        apparaat=actor.apparaat,
        actie=actie,
        tabel=tabel,
        record_id=record_id,
        gezin_id=gezin_id,
        velden=sorted(velden),
    )


def record_access(
    session: Session,
    actor: Actor,
    actie: str,
    gezin_id: uuid.UUID | None = None,
    *,
    tabel: str = "",
    record_id: uuid.UUID | None = None,
    velden: Iterable[str] = (),
) -> AuditEntry:
    """`log_access` inside a transaction the caller already has open (and commits)."""
    entry = access_entry(actor, actie, gezin_id, tabel=tabel, record_id=record_id, velden=velden)
    return append(session, entry)


def log_access(
    workspace: Workspace,
    actor: Actor,
    actie: str,
    gezin_id: uuid.UUID | None = None,
    *,
    tabel: str = "",
    record_id: uuid.UUID | None = None,
    velden: Iterable[str] = (),
) -> AuditEntry:
    """Record a read / export / search / unlock in the audit trail, in its own transaction."""
    with workspace.transaction() as session:
        return record_access(
            session, actor, actie, gezin_id, tabel=tabel, record_id=record_id, velden=velden
        )
