"""A coordinator reads the organisation's audit trail from the server (NEN 7513, issue #8).

    result = query_organisation(workspace, LogboekFilter(actie="read"))
    result.logboek.regels     # newest first, the rows the Logboek page lists
    result.more               # older entries match too but were not fetched
    export_organisation(workspace, actor, Path("logboek.csv"), result)

The server answers `POST /sync/v1/audit/query` in pages, oldest first. This asks how many
entries match, then fetches only the newest `limit` of them (at most `max_pages` requests).
Period, family, user and action go to the server; the same filter is applied again here, for
a server older than the action filter. The server's trail holds ids only: each family gets the
name this laptop knows. The rows' hashes are checked again here (`Controle`), and the
server's record of refused uploads comes along (`refusals`). Every trouble is a `SyncError`
with one Dutch sentence; nothing here raises for a malformed answer otherwise.
"""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from pydantic import ValidationError
from sqlmodel import select

from samenleren_desktop import __version__
from samenleren_desktop.model.entities.gezin import Gezin
from samenleren_desktop.model.services.audit_access import log_access
from samenleren_desktop.model.services.audit_export import local_day_start
from samenleren_desktop.model.services.audit_logboek import (
    SHOWN,
    Logboek,
    LogboekFilter,
    LogboekGezin,
    LogboekRegel,
)
from samenleren_desktop.model.services.bestand import write_atomic
from samenleren_desktop.model.store.credentials import CredentialStore
from samenleren_desktop.sync.audit_protocol import (
    MAX_AUDIT_PAGE,
    STORED_CSV_COLUMNS,
    AuditPage,
    AuditQuery,
    AuditRefusal,
    StoredAuditEntry,
)
from samenleren_desktop.sync.client import linked_client
from samenleren_desktop.sync.connection import (
    UNTRUSTED_MESSAGE,
    AccessRevoked,
    Offline,
    SyncClient,
    SyncError,
    UntrustedServer,
    UpdateRequired,
    _certificate_refused,
)
from samenleren_desktop.sync.protocol import SCHEMA_VERSION, UPDATE_MESSAGE

if TYPE_CHECKING:
    from samenleren_desktop.model.services.changes import Actor
    from samenleren_desktop.model.store.workspace import Workspace

QUERY_PATH = "/sync/v1/audit/query"
TIMEOUT = 20.0
"""Seconds per request: the page waits for this, not for the sync's minute."""
_log = logging.getLogger(__name__)


class NotLinked(SyncError):
    """This workspace has no server or no device token."""


class NotAllowed(SyncError):
    """The server says only coordinators and administrators may read the organisation's trail."""


class NotSupported(SyncError):
    """The server is older than the organisation's trail (no query endpoint)."""


class BadAnswer(SyncError):
    """The server's answer is not what the protocol says."""


NOT_LINKED = "Deze werkruimte is niet gekoppeld aan een server."
NOT_ALLOWED = "Alleen een coördinator of beheerder kan het logboek van de organisatie zien."
NOT_SUPPORTED = "De server kent het logboek van de organisatie nog niet; de server is te oud."
BAD_ANSWER = "De server gaf een antwoord dat dit programma niet begrijpt."
SERVER_TROUBLE = "De server heeft een probleem; probeer het later opnieuw."
UNREACHABLE = "De server is niet bereikbaar."


@dataclass(frozen=True)
class Controle:
    """The laptop's check of the rows the server sent: every hash, and the links between
    entries of one device that follow each other (not the parts that were not fetched).

    Attributes:
        checked: rows checked.
        wrong: (device name, volgnummer) of each row whose hash or link does not hold.
    """

    checked: int
    wrong: list[tuple[str, int]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.wrong


@dataclass(frozen=True)
class OrganisatieLogboek:
    """The organisation's trail as the Logboek page shows it.

    Attributes:
        logboek: the rows (newest first), how many match, the users and families to filter on
            (`keten` is None: the server's chains are described by `controle` and `refusals`).
        entries: the same entries as the server sent them, newest first (for the export).
        more: older matching entries exist that were not fetched.
        devices: how many devices the rows come from.
        controle: the check of the rows' hashes.
        refusals: the server's latest refused uploads (chains that did not hold), newest first.
    """

    logboek: Logboek
    entries: list[StoredAuditEntry]
    more: bool
    devices: int
    controle: Controle
    refusals: list[AuditRefusal]


Progress = Callable[[int, int], None]
"""(entries fetched, entries to fetch)."""


def query_organisation(
    workspace: Workspace,
    filter_: LogboekFilter,
    limit: int = SHOWN,
    *,
    credentials: CredentialStore | None = None,
    transport: httpx.BaseTransport | None = None,
    progress: Progress | None = None,
) -> OrganisatieLogboek:
    """The newest `limit` entries of the organisation that match `filter_`, from the server."""
    filter_.check()
    client = linked_client(workspace, credentials, transport)
    if client is None:
        raise NotLinked(NOT_LINKED)
    client.http.timeout = httpx.Timeout(TIMEOUT)
    try:
        entries, total, refusals = _fetch(client, _question(filter_), limit, progress)
    finally:
        client.close()
    return _result(workspace, filter_, entries, total, refusals)


def _question(filter_: LogboekFilter) -> AuditQuery:
    """The filter as the server's query: local days become a UTC range."""
    return AuditQuery(
        van=None if filter_.van is None else local_day_start(filter_.van),
        tot=None if filter_.tot is None else local_day_start(filter_.tot + timedelta(days=1)),
        gezin_id=filter_.gezin_id,
        gebruiker=filter_.gebruiker,
        actie=filter_.actie,
        schema_version=SCHEMA_VERSION,
        app_version=__version__,
    )


def _fetch(
    client: SyncClient, question: AuditQuery, limit: int, progress: Progress | None
) -> tuple[list[StoredAuditEntry], int, list[AuditRefusal]]:
    """The newest `limit` matching entries (oldest first), how many match, the refusals."""
    report = progress or (lambda _done, _total: None)
    size = max(1, min(MAX_AUDIT_PAGE, limit))
    first = _ask(client, question.model_copy(update={"offset": 0, "limit": size}))
    total, refusals = first.total, first.refusals
    start = max(total - limit, 0)  # the older ones stay on the server
    entries = list(first.entries) if start == 0 else []
    offset = first.next_offset if start == 0 else start
    wanted = min(total - start, limit)
    report(len(entries), wanted)
    for _page in range(limit // size + 2):  # bounded, whatever the server says
        if offset is None or len(entries) >= limit:
            break
        asked = min(size, limit - len(entries))
        page = _ask(client, question.model_copy(update={"offset": offset, "limit": asked}))
        if not page.entries or (page.next_offset is not None and page.next_offset <= offset):
            break  # nothing new: entries were removed meanwhile, or the server loops
        entries += page.entries
        offset = page.next_offset
        report(len(entries), wanted)
    return entries, total, refusals


def _ask(client: SyncClient, question: AuditQuery) -> AuditPage:
    """One page; a `SyncError` for every answer but a well-formed one."""
    try:
        response = client.http.post(QUERY_PATH, content=question.model_dump_json())
    except httpx.HTTPError as exc:
        if _certificate_refused(exc):
            raise UntrustedServer(UNTRUSTED_MESSAGE) from exc
        raise Offline(UNREACHABLE) from exc
    status = response.status_code
    if status == 200:
        return _page(response, question.limit)
    message = _message(response)
    _log.warning("Audit query answered %s", status)
    if status == 401:
        raise AccessRevoked(message or "Deze laptop is niet meer aangemeld bij de server.")
    if status == 403:
        raise NotAllowed(NOT_ALLOWED)
    if status == 404:
        raise NotSupported(NOT_SUPPORTED)
    if status == 426:
        raise UpdateRequired(UPDATE_MESSAGE)
    if status >= 500:
        raise Offline(SERVER_TROUBLE)
    raise BadAnswer(f"{BAD_ANSWER} {message}".strip())


def _page(response: httpx.Response, asked: int) -> AuditPage:
    try:
        page = AuditPage.model_validate_json(response.content)
    except (ValidationError, ValueError) as exc:
        raise BadAnswer(BAD_ANSWER) from exc
    if len(page.entries) > asked or page.total < len(page.entries):
        raise BadAnswer(BAD_ANSWER)
    return page


def _message(response: httpx.Response) -> str:
    try:
        return str(response.json()["message"])[:300]
    except (ValueError, KeyError, TypeError):
        return ""


def _result(
    workspace: Workspace,
    filter_: LogboekFilter,
    fetched: list[StoredAuditEntry],
    total: int,
    refusals: list[AuditRefusal],
) -> OrganisatieLogboek:
    kept = [e for e in fetched if _matches(e, filter_)]
    newest = sorted(kept, key=lambda e: e.tijd)[::-1]  # the server's order, newest first
    skipped = len(fetched) - len(kept)  # a server that ignored part of the filter
    more = total > len(fetched)
    matching = total - skipped if more else len(kept)
    namen = _family_names(workspace)
    in_rows = {e.gezin_id for e in newest if e.gezin_id is not None}
    gezinnen = sorted(
        (LogboekGezin(i, n) for i, n in namen.items()), key=lambda g: (g.naam.casefold(), g.id)
    ) + sorted((LogboekGezin(i, "") for i in in_rows - namen.keys()), key=lambda g: str(g.id))
    regels = [_regel(e, namen) for e in newest]
    users = sorted({e.gebruiker for e in newest})
    logboek = Logboek(regels, matching, None, users, gezinnen)
    devices = len({e.device_id for e in newest})
    return OrganisatieLogboek(logboek, newest, more, devices, check_rows(fetched), refusals)


def _matches(entry: StoredAuditEntry, f: LogboekFilter) -> bool:
    day = entry.tijd.astimezone().date()
    return (
        (f.van is None or day >= f.van)
        and (f.tot is None or day <= f.tot)
        and (f.gezin_id is None or entry.gezin_id == f.gezin_id)
        and (not f.gebruiker or entry.gebruiker == f.gebruiker)
        and (not f.actie or entry.actie == f.actie)
    )


def _family_names(workspace: Workspace) -> dict[uuid.UUID, str]:
    """Every family on this laptop by id (a coordinator's laptop holds the organisation's)."""
    with workspace.session() as session:
        return {i: naam for i, naam in session.exec(select(Gezin.id, Gezin.naam))}


def _regel(entry: StoredAuditEntry, namen: dict[uuid.UUID, str]) -> LogboekRegel:
    return LogboekRegel(
        volgnummer=entry.volgnummer,
        tijd=entry.tijd.astimezone(UTC).astimezone(),
        gebruiker=entry.gebruiker,
        apparaat=_device(entry),
        actie=entry.actie,
        tabel=entry.tabel,
        gezin_id=str(entry.gezin_id or ""),
        gezin_naam=namen.get(entry.gezin_id, "") if entry.gezin_id else "",
        velden=", ".join(entry.velden),
    )


def _device(entry: StoredAuditEntry) -> str:
    """The device that sent the entry, with the name the entry itself gives when it differs."""
    own = entry.apparaat
    if not entry.device_name or own == entry.device_name:
        return own or entry.device_name
    return f"{entry.device_name} ({own})" if own else entry.device_name


def check_rows(entries: list[StoredAuditEntry]) -> Controle:
    """Check each row's hash, and that entries of one device that follow each other link."""
    wrong: list[tuple[str, int]] = []
    previous: dict[str, StoredAuditEntry] = {}
    for entry in sorted(entries, key=lambda e: (e.device_id, e.volgnummer)):
        before = previous.get(entry.device_id)
        follows = before is not None and before.volgnummer == entry.volgnummer - 1
        linked = not follows or (before is not None and entry.vorige_hash == before.hash)
        if entry.entry().compute_hash() != entry.hash or not linked:
            wrong.append((entry.device_name or entry.apparaat, entry.volgnummer))
        previous[entry.device_id] = entry
    return Controle(len(entries), wrong)


def export_organisation(
    workspace: Workspace, actor: Actor, target: Path, result: OrganisatieLogboek
) -> int:
    """Write the entries shown (oldest first) as the server's admin export does, the device
    id and arrival time included; the export is logged here. The rows written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(STORED_CSV_COLUMNS)
    writer.writerows(stored.csv_row() for stored in reversed(result.entries))
    write_atomic(buffer.getvalue().encode("utf-8-sig"), target, prefix=".logboek-")
    log_access(workspace, actor, "export", tabel="audit_entry")
    return len(result.entries)
