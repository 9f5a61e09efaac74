"""The erasure and retention endpoints (see docs/sync.md, "Erasure and retention").

    app.include_router(erasure_api.router(database, caller))

`POST /sync/v1/erase`: a coordinator or admin erases a family of their organisation everywhere
(right of erasure); a begeleider gets 403, an unknown or already erased family 404.
`POST /sync/v1/retire`: a begeleider's laptop gives up families it no longer needs (laptop
retention): the caller's own assignments of them end.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from samenleren_desktop.sync.protocol import (
    EraseRequest,
    EraseResponse,
    ErrorBody,
    RetireRequest,
    RetireResponse,
)
from samenleren_server import erasure, retention
from samenleren_server.accounts import AdminError, Caller
from samenleren_server.db import Database

COORDINATORS_ONLY = "Alleen een coördinator of beheerder kan een gezin wissen."

_COMMON: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Geen geldige JSON"},
    401: {"model": ErrorBody, "description": "Niet (meer) aangemeld"},
    409: {"model": ErrorBody, "description": "Server te oud"},
    426: {"model": ErrorBody, "description": "Programma te oud"},
}
_ERASE: dict[int | str, dict[str, Any]] = {
    **_COMMON,
    403: {"model": ErrorBody, "description": "Alleen voor coördinatoren en beheerders"},
    404: {"model": ErrorBody, "description": "Gezin onbekend of al gewist"},
}


def _refusal(status: int, error: str, message: str) -> JSONResponse:
    body = ErrorBody(error=error, message=message).model_dump()
    return JSONResponse(status_code=status, content=body)


def router(database: Database, caller: Callable[..., Caller]) -> APIRouter:
    """The erasure routes on one server database; `caller` is the app's token dependency."""
    from samenleren_server.app import check_versions  # noqa: PLC0415 - app.py includes this

    routes = APIRouter()

    @routes.post("/sync/v1/erase", response_model=EraseResponse, responses=_ERASE)
    def erase(request: EraseRequest, who: Annotated[Caller, Depends(caller)]) -> Any:
        check_versions(request)
        if not who.sees_whole_organisation:
            return _refusal(403, "forbidden", COORDINATORS_ONLY)
        try:
            done = erasure.erase_family(database, who.org_id, request.gezin_id, who.username)
        except AdminError as exc:
            return _refusal(404, "unknown_family", exc.message)
        return EraseResponse(gezin_id=done.gezin_id, records=done.records, seq=done.seq)

    @routes.post("/sync/v1/retire", response_model=RetireResponse, responses=_COMMON)
    def retire(request: RetireRequest, who: Annotated[Caller, Depends(caller)]) -> Any:
        check_versions(request)
        return RetireResponse(ended=retention.retire_families(database, who, request.gezin_ids))

    return routes
