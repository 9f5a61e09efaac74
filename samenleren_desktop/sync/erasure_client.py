"""A coordinator erases a family from the program (right of erasure, issue #8).

    outcome = erase_family(workspace, gezin_id)    # never raises for the server's answers
    outcome.done, outcome.message                  # one Dutch sentence for the coordinator

The server erases the family everywhere (`POST /sync/v1/erase`, only for a coordinator or
administrator of the family's organisation) and streams an `erased_family` entry to every
laptop. This laptop does not wait for its next sync: it removes the family at once, the same
way the pull does (`purge.erase_family`: records, waiting changes, sync bookkeeping, audit
entry `erase`). The entry that arrives later finds nothing left to remove.

Nothing changes on this laptop unless the server has erased the family.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

import httpx
from pydantic import ValidationError

from samenleren_desktop import __version__
from samenleren_desktop.model.store.credentials import CredentialStore
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply, purge
from samenleren_desktop.sync.client import linked_client
from samenleren_desktop.sync.connection import (  # the package's own helpers
    UNTRUSTED_MESSAGE,
    SyncClient,
    SyncError,
    _certificate_refused,
    _message,
)
from samenleren_desktop.sync.protocol import (
    SCHEMA_VERSION,
    UPDATE_MESSAGE,
    EraseRequest,
    EraseResponse,
)

ERASE_PATH = "/sync/v1/erase"
ERASING_ROLES = ("coordinator", "admin")
NOTHING_ERASED = "Er is niets gewist."

NOT_ENROLLED = (
    "Deze laptop is niet gekoppeld aan een server. Een gezin wissen kan alleen via de server: "
    "koppel de laptop eerst op de pagina Synchronisatie. " + NOTHING_ERASED
)
OFFLINE = (
    "De server is niet bereikbaar. " + NOTHING_ERASED + " Probeer het opnieuw als er verbinding is."
)
ANSWER_LOST = (
    "De verbinding met de server viel weg voordat die antwoordde. Misschien is het gezin toch "
    "gewist: dan verdwijnt het bij de volgende synchronisatie van deze laptop. Is het er daarna "
    "nog, probeer het dan opnieuw."
)
SERVER_TROUBLE = "De server heeft een probleem. " + NOTHING_ERASED + " Probeer het later opnieuw."
UNKNOWN_FAMILY = (
    "De server kent dit gezin niet (meer): het is al gewist of het hoort niet bij uw "
    "organisatie. " + NOTHING_ERASED
)
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EraseOutcome:
    """How an erasure went.

    Attributes:
        state: "done", "not_enrolled", "offline" (not reached, the answer was lost, or the
            server had trouble),
            "refused" (not a coordinator, not this organisation, unknown family, ...),
            "update_required" or "access_revoked".
        message: one Dutch sentence for the coordinator.
        records: records the server removed (done only).
    """

    state: str
    message: str
    records: int = 0

    @property
    def done(self) -> bool:
        """Whether the family is erased (on the server and on this laptop)."""
        return self.state == "done"


def may_erase(workspace: Workspace) -> bool:
    """Whether this laptop's user may erase a family: linked, as coordinator or admin.

    The server decides in the end; this only says whether to offer it.
    """
    state = apply.load_state(workspace)
    return bool(state.server_url) and state.rol in ERASING_ROLES


def erase_family(
    workspace: Workspace,
    gezin_id: uuid.UUID,
    credentials: CredentialStore | None = None,
    transport: httpx.BaseTransport | None = None,
) -> EraseOutcome:
    """Ask the server to erase the family, then remove it from this laptop right away."""
    try:
        client = linked_client(workspace, credentials, transport)
    except SyncError as exc:
        return EraseOutcome("not_enrolled", f"{exc.message} {NOTHING_ERASED}")
    if client is None:
        return EraseOutcome("not_enrolled", NOT_ENROLLED)
    try:
        answer = _ask(client, gezin_id)
    finally:
        client.close()
    if isinstance(answer, EraseOutcome):
        return answer
    remove_here(workspace, gezin_id)
    return EraseOutcome("done", _done_message(answer.records), answer.records)


def remove_here(workspace: Workspace, gezin_id: uuid.UUID) -> bool:
    """Remove an erased family from this laptop as the pull does; whether any of it was here."""
    with apply.any_table_order(workspace) as conn:
        return purge.erase_family(conn, apply.synced_tables(), gezin_id)


def _ask(client: SyncClient, gezin_id: uuid.UUID) -> EraseResponse | EraseOutcome:
    """The server's answer, or what went wrong as an outcome."""
    body = EraseRequest(
        gezin_id=str(gezin_id),
        protocol=client.protocol,
        schema_version=SCHEMA_VERSION,
        app_version=__version__,
    )
    try:
        response = client.http.post(ERASE_PATH, content=body.model_dump_json())
    except httpx.TransportError as exc:
        if _certificate_refused(exc):
            return EraseOutcome("offline", f"{UNTRUSTED_MESSAGE} {NOTHING_ERASED}")
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
            return EraseOutcome("offline", OFFLINE)  # the request never reached the server
        return EraseOutcome("offline", ANSWER_LOST)
    if response.status_code == 200:
        try:
            return EraseResponse.model_validate_json(response.content)
        except ValidationError:
            _log.warning("The erase answer could not be read")
            return EraseOutcome("offline", SERVER_TROUBLE)
    return _refusal(response)


def _refusal(response: httpx.Response) -> EraseOutcome:
    status = response.status_code
    if status == 426:
        return EraseOutcome("update_required", f"{UPDATE_MESSAGE} {NOTHING_ERASED}")
    if status == 401:
        return EraseOutcome("access_revoked", f"{_message(response)} {NOTHING_ERASED}")
    if status == 403:
        return EraseOutcome("refused", f"{_message(response)} {NOTHING_ERASED}")
    if status == 404:
        return EraseOutcome("refused", UNKNOWN_FAMILY)
    if status >= 500:
        return EraseOutcome("offline", SERVER_TROUBLE)
    return EraseOutcome(
        "refused", f"De server weigert het wissen: {_message(response)} {NOTHING_ERASED}"
    )


def _done_message(records: int) -> str:
    return (
        f"Het gezin is gewist: {records} gegevens van de server en van deze laptop verwijderd. "
        "Andere laptops verwijderen het gezin bij hun volgende synchronisatie."
    )
