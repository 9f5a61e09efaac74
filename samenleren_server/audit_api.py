"""The audit endpoints: a laptop uploads its chain, a coordinator reads the organisation's.

    app.include_router(audit_api.router(database, caller))

`POST /sync/v1/audit`: the next entries of the calling device's chain (any role: a device
uploads its own entries only, as the server files them under the device of the token).
`POST /sync/v1/audit/query`: coordinators and administrators read their organisation's
entries; a begeleider gets 403. See docs/sync.md ("Audit trail").
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response

from samenleren_desktop.model.services.audit_chain import ChainHead
from samenleren_desktop.sync.audit_protocol import (
    AuditHead,
    AuditPage,
    AuditQuery,
    AuditUploadRequest,
    AuditUploadResponse,
)
from samenleren_desktop.sync.protocol import ErrorBody
from samenleren_server import audit_store
from samenleren_server.accounts import Caller
from samenleren_server.db import Database

CHAIN_BROKEN = "audit_chain_broken"
COORDINATORS_ONLY = "Alleen een coördinator of beheerder kan het logboek van de organisatie zien."

_COMMON: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Geen geldige JSON"},
    401: {"model": ErrorBody, "description": "Niet (meer) aangemeld"},
    409: {"model": ErrorBody, "description": "Server te oud"},
    426: {"model": ErrorBody, "description": "Programma te oud"},
}
_UPLOAD: dict[int | str, dict[str, Any]] = {
    **_COMMON,
    409: {
        "model": ErrorBody,
        "description": "Server te oud, of de keten klopt niet",
    },
}
_QUERY: dict[int | str, dict[str, Any]] = {
    **_COMMON,
    403: {"model": ErrorBody, "description": "Alleen voor coördinatoren en beheerders"},
}


def _refusal(status: int, error: str, message: str) -> JSONResponse:
    body = ErrorBody(error=error, message=message).model_dump()
    return JSONResponse(status_code=status, content=body)


def router(database: Database, caller: Callable[..., Caller]) -> APIRouter:
    """The audit routes on one server database; `caller` is the app's token dependency."""
    from samenleren_server.app import check_versions  # noqa: PLC0415 - app.py includes this

    routes = APIRouter()

    @routes.post("/sync/v1/audit", response_model=AuditUploadResponse, responses=_UPLOAD)
    def upload_audit(request: AuditUploadRequest, who: Annotated[Caller, Depends(caller)]) -> Any:
        check_versions(request)
        after = request.after
        believed = ChainHead(after.volgnummer, after.hash) if after else None
        received = audit_store.receive(database, who, request.entries, believed)
        if received.reason is not None:
            return _refusal(409, CHAIN_BROKEN, received.message)
        head = AuditHead(volgnummer=received.head.volgnummer, hash=received.head.hash)
        answer = AuditUploadResponse(
            stored=received.stored, duplicates=received.duplicates, head=head
        )  # serialized here: after every sync, FastAPI's check of the answer is no use
        return Response(content=answer.model_dump_json(), media_type="application/json")

    @routes.post("/sync/v1/audit/query", response_model=AuditPage, responses=_QUERY)
    def query_audit(request: AuditQuery, who: Annotated[Caller, Depends(caller)]) -> Any:
        check_versions(request)
        if not who.sees_whole_organisation:
            return _refusal(403, "forbidden", COORDINATORS_ONLY)
        return audit_store.query(database, who.org_id, request)

    return routes
