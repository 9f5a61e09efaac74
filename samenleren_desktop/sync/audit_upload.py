"""Upload this laptop's audit trail to the server, after every sync (see docs/sync.md).

    outcome = upload(workspace, client, notes)     # never raises for the server's answers

The entries after the head the server held at the last good upload go along at once, with
that head as `after`. When the server holds another head (or there was no good upload yet),
its answer names its head; the local entry with that volgnummer must have the same hash (else
the chain here was rebuilt, cut short or replaced since, and nothing more is sent), and the
entries after it go in batches. A server
without the endpoint (404, older than this program) is skipped silently: the next sync tries
again. A refusal (the chain does not hold) is added to `notes` and kept in the workspace, so
the Logboek page can show it (`last_upload`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import httpx
import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from samenleren_desktop import __version__
from samenleren_desktop.model.entities.logboek import GENESIS_HASH
from samenleren_desktop.model.entities.secret import WorkspaceSecret
from samenleren_desktop.model.services.audit_chain import (
    audit_table,
    chained_columns,
    seal_pending,
)
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync.apply import load_state
from samenleren_desktop.sync.audit_protocol import (
    MAX_AUDIT_ENTRIES,
    AuditEntryData,
    AuditHead,
    AuditUploadRequest,
    AuditUploadResponse,
)
from samenleren_desktop.sync.connection import SyncClient
from samenleren_desktop.sync.protocol import SCHEMA_VERSION

AUDIT_PATH = "/sync/v1/audit"
CHAIN_BROKEN = "audit_chain_broken"
STATUS_NAME = "audit-upload-status"
"""The `workspace_secret` row that keeps the last upload's outcome (no secret, no personal
data: a state, a volgnummer and a Dutch sentence)."""
LATER = "Het logboek kon niet naar de server; de volgende synchronisatie probeert het opnieuw."
_log = logging.getLogger(__name__)
_SECRET = WorkspaceSecret.__table__  # type: ignore[attr-defined]
_KEPT_OUTCOME = sa.select(_SECRET.c.value).where(_SECRET.c.name == STATUS_NAME)


@dataclass(frozen=True)
class UploadOutcome:
    """The last upload of the audit trail.

    Attributes:
        state: "ok" (the server holds the chain up to `volgnummer`), "refused" (the server
            refused the chain), "differs" (the server holds another chain for this laptop),
            "later" (not reached; try again).
        volgnummer: the last entry the server holds.
        message: one Dutch sentence ('' for ok).
        at: when (UTC, ISO 8601).
    """

    state: str
    volgnummer: int = 0
    message: str = ""
    at: str = ""


def upload(workspace: Workspace, client: SyncClient, notes: list[str]) -> UploadOutcome | None:
    """Send the entries the server does not have yet; None when the server has no endpoint."""
    try:
        outcome = _upload(workspace, client)
    except (httpx.HTTPError, ValidationError, ValueError) as exc:
        _log.warning("Audit upload failed: %s", type(exc).__name__)
        outcome = UploadOutcome("later", message=LATER)
    if outcome is None:
        return None
    outcome = UploadOutcome(outcome.state, outcome.volgnummer, outcome.message, _now())
    _keep(workspace, outcome)
    if outcome.message:
        notes.append(outcome.message)
    return outcome


def _upload(workspace: Workspace, client: SyncClient) -> UploadOutcome | None:
    with workspace.transaction() as session:
        conn = session.connection()
        seal_pending(conn)  # entries written outside Changes go along too
        believed = _believed_head(conn)
        batch = _after(conn, believed.volgnummer) if believed else []
    if believed is not None and not batch:
        return UploadOutcome("ok", believed.volgnummer)  # nothing new since the last upload
    answer = _post(client, batch, believed)
    if not isinstance(answer, AuditUploadResponse):
        return answer
    head = answer.head
    if believed is None or (not answer.stored and head != believed):
        if (differs := _differs(workspace, head)) is not None:
            return differs
    elif len(batch) < MAX_AUDIT_ENTRIES:
        return UploadOutcome("ok", head.volgnummer)  # everything after the head went along
    while batch := _next_batch(workspace, head.volgnummer):
        answer = _post(client, batch)
        if not isinstance(answer, AuditUploadResponse):
            return answer
        head = answer.head
    return UploadOutcome("ok", head.volgnummer)


def _post(
    client: SyncClient, batch: list[AuditEntryData], after: AuditHead | None = None
) -> AuditUploadResponse | UploadOutcome | None:
    """One upload request: the answer, a refusal or other trouble as an outcome, or None (404)."""
    body = AuditUploadRequest(
        entries=batch,
        after=after,
        protocol=client.protocol,
        schema_version=SCHEMA_VERSION,
        app_version=__version__,
    )
    response = client.http.post(AUDIT_PATH, content=body.model_dump_json())
    if response.status_code == 404:
        return None
    if response.status_code == 200:
        return AuditUploadResponse.model_validate_json(response.content)
    error, message = _error(response)
    if response.status_code == 409 and error == CHAIN_BROKEN:
        return UploadOutcome("refused", message=message)
    _log.warning("Audit upload answered %s (%s)", response.status_code, error)
    return UploadOutcome("later", message=LATER)


def _error(response: httpx.Response) -> tuple[str, str]:
    try:
        body = response.json()
        return str(body["error"]), str(body["message"])
    except (ValueError, KeyError, TypeError):
        return "", ""


def _believed_head(conn: Connection) -> AuditHead | None:
    """The head the server held after the last good upload, if this chain still has it."""
    last = _outcome_of(conn.execute(_KEPT_OUTCOME).scalar())
    if last is None or last.state != "ok":
        return None
    if last.volgnummer == 0:
        return AuditHead(volgnummer=0, hash=GENESIS_HASH)
    here = _local_hash(conn, last.volgnummer)
    return AuditHead(volgnummer=last.volgnummer, hash=here) if here else None


def _local_hash(conn: Connection, volgnummer: int) -> str | None:
    t = audit_table()
    return conn.execute(sa.select(t.c.hash).where(t.c.volgnummer == volgnummer)).scalar()


def _differs(workspace: Workspace, head: AuditHead) -> UploadOutcome | None:
    """An outcome when the server's head is not an entry of this laptop's chain."""
    if head.volgnummer == 0 and head.hash == GENESIS_HASH:
        return None
    with workspace.session() as session:
        here = _local_hash(session.connection(), head.volgnummer)
    if here == head.hash:
        return None
    return UploadOutcome(
        "differs",
        head.volgnummer,
        f"Het logboek op deze laptop komt niet overeen met het logboek dat de server van deze "
        f"laptop heeft (bij regel {head.volgnummer}); er is niets verstuurd. Vraag de "
        "coördinator of beheerder ernaar.",
    )


def _after(conn: Connection, volgnummer: int) -> list[AuditEntryData]:
    """The next chained entries after `volgnummer`, at most one batch."""
    t = audit_table()
    query = (
        sa.select(*chained_columns())
        .where(t.c.volgnummer > volgnummer)
        .order_by(t.c.volgnummer)
        .limit(MAX_AUDIT_ENTRIES)
    )
    # Straight from the row: the wire form has the chained columns, nothing else.
    return [AuditEntryData.model_validate(dict(row._mapping)) for row in conn.execute(query)]


def _next_batch(workspace: Workspace, volgnummer: int) -> list[AuditEntryData]:
    with workspace.session() as session:
        return _after(session.connection(), volgnummer)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _keep(workspace: Workspace, outcome: UploadOutcome) -> None:
    value = json.dumps(asdict(outcome))
    upsert = sqlite_insert(_SECRET).values(name=STATUS_NAME, value=value)
    with workspace.transaction() as session:
        session.connection().execute(
            upsert.on_conflict_do_update(index_elements=["name"], set_={"value": value})
        )


def last_upload(workspace: Workspace) -> UploadOutcome | None:
    """The outcome of the last upload of the audit trail (None: never uploaded)."""
    with workspace.session() as session:
        return _outcome_of(session.connection().execute(_KEPT_OUTCOME).scalar())


def _outcome_of(value: str | None) -> UploadOutcome | None:
    if value is None:
        return None
    try:
        return UploadOutcome(**json.loads(value))
    except (ValueError, TypeError):
        return None


def upload_state(workspace: Workspace) -> tuple[bool, UploadOutcome | None]:
    """(the workspace syncs with a server, the last upload of its audit trail)."""
    return bool(load_state(workspace).server_url), last_upload(workspace)
