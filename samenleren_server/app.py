"""The HTTP API (FastAPI; OpenAPI at /openapi.json, docs at /docs)."""

from datetime import UTC, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

from samenleren_desktop import __version__
from samenleren_desktop.sync.protocol import (
    MAX_PUSH_CHANGES,
    MIN_PROTOCOL_VERSION,
    MIN_SCHEMA_VERSION,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    UPDATE_MESSAGE,
    ContentRequest,
    ContentResponse,
    ErrorBody,
    HelloResponse,
    LoginRequest,
    LoginResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    Versions,
)
from samenleren_server import accounts, audit_api, db, erasure_api, limits, merge, stream, throttle
from samenleren_server import content as server_content
from samenleren_server.accounts import AdminError, Caller
from samenleren_server.db import Database
from samenleren_server.policy import DEFAULT_POLICY, Policy

_VERSION_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Geen geldige JSON"},
    409: {"model": ErrorBody, "description": "Server te oud"},
    426: {"model": ErrorBody, "description": "Programma te oud"},
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Niet (meer) aangemeld"},
    **_VERSION_ERRORS,
}
_LOGIN_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    429: {"model": ErrorBody, "description": "Te veel mislukte aanmeldingen; zie Retry-After"},
}
_PUSH_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    413: {"model": ErrorBody, "description": "Te veel wijzigingen in één keer"},
}


_HTTP_ERRORS = {
    400: ("bad_request", "Het verzoek is geen geldige JSON."),
    404: ("not_found", "Dit adres bestaat niet op de server."),
    405: ("method_not_allowed", "Dit adres kent deze opdracht niet."),
}


class ApiError(Exception):
    """A refusal with an HTTP status, a code and a Dutch sentence."""

    def __init__(
        self, status: int, error: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message
        self.headers = headers


def check_versions(versions: Versions) -> None:
    """A too-old laptop is told to update (it keeps its outbox); a too-new one to wait."""
    if versions.protocol < MIN_PROTOCOL_VERSION or versions.schema_version < MIN_SCHEMA_VERSION:
        raise ApiError(426, "client_too_old", UPDATE_MESSAGE)
    if versions.protocol > PROTOCOL_VERSION or versions.schema_version > SCHEMA_VERSION:
        raise ApiError(
            409,
            "server_too_old",
            "De server is ouder dan dit programma; vraag de beheerder de server bij te werken.",
        )


def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    body = ErrorBody(error=exc.error, message=exc.message).model_dump()
    return JSONResponse(status_code=exc.status, content=body, headers=exc.headers)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    """Framework refusals (unreadable body, unknown path) in the same shape, in Dutch."""
    assert isinstance(exc, StarletteHTTPException)
    error, message = _HTTP_ERRORS.get(
        exc.status_code, ("http_error", f"Het verzoek is geweigerd (code {exc.status_code}).")
    )
    body = ErrorBody(error=error, message=message).model_dump()
    return JSONResponse(status_code=exc.status_code, content=body, headers=exc.headers)


def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    """A request that is not as documented: 422 with where, never echoing the input back.

    FastAPI's own answer repeats the input, which fails for NaN or a lone surrogate (500).
    """
    assert isinstance(exc, RequestValidationError)
    detail = [
        {"loc": [str(part) for part in error["loc"]], "msg": error["msg"], "type": error["type"]}
        for error in exc.errors()
    ]
    message = "Het verzoek klopt niet met wat de server verwacht; werk het programma bij."
    body = {"detail": detail, "error": "invalid_request", "message": message}
    return JSONResponse(status_code=422, content=body)


def create_app(database: Database, policy: Policy = DEFAULT_POLICY) -> FastAPI:
    """The API on one server database (migrations must already be applied)."""
    app = FastAPI(title="Samen Leren sync", version=__version__)
    app.add_middleware(limits.BodyLimit)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    bearer = HTTPBearer(auto_error=False)

    def caller(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Caller:
        found = (
            accounts.caller_for_token(database, credentials.credentials, policy)
            if credentials
            else None
        )
        if found is None:
            raise ApiError(
                401,
                "unauthorized",
                "Deze laptop heeft geen toegang (meer) tot de server; meld u opnieuw aan.",
            )
        return found

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/sync/v1/hello", responses=_VERSION_ERRORS)
    def hello(versions: Versions) -> HelloResponse:
        check_versions(versions)
        with database.engine.connect() as conn:
            epoch = conn.execute(sa.select(db.counter.c.epoch)).scalar_one()
        return HelloResponse(
            protocol_min=MIN_PROTOCOL_VERSION,
            protocol_max=PROTOCOL_VERSION,
            schema_min=MIN_SCHEMA_VERSION,
            schema_max=SCHEMA_VERSION,
            server_epoch=epoch,
            server_time=datetime.now(UTC),
        )

    @app.post("/sync/v1/login", responses=_LOGIN_ERRORS)
    def login(request: LoginRequest, http: Request) -> LoginResponse:
        check_versions(request)
        address = http.client.host if http.client else ""
        try:
            device_id, token = accounts.login(
                database, request.username, request.password, request.device_name, address, policy
            )
        except throttle.LoginThrottled as exc:
            retry = {"Retry-After": str(exc.retry_after)}
            raise ApiError(429, "too_many_logins", exc.message, retry) from exc
        except AdminError as exc:
            raise ApiError(401, "bad_credentials", exc.message) from exc
        found = accounts.caller_for_token(database, token)
        assert found is not None
        with database.engine.connect() as conn:
            epoch = conn.execute(sa.select(db.counter.c.epoch)).scalar_one()
        return LoginResponse(
            token=token,
            device_id=device_id,
            username=found.username,
            role=found.role,  # type: ignore[arg-type]
            organisation=found.organisation,
            server_epoch=epoch,
        )

    @app.post("/sync/v1/push", response_model=PushResponse, responses=_PUSH_ERRORS)
    def push(request: PushRequest, who: Annotated[Caller, Depends(caller)]) -> Response:
        check_versions(request)
        if len(request.changes) > MAX_PUSH_CHANGES:
            raise ApiError(413, "too_many", "Te veel wijzigingen in één keer.")
        answer = PushResponse(results=merge.push(database, who, request.changes))
        return Response(content=answer.model_dump_json(), media_type="application/json")

    @app.post("/sync/v1/pull", response_model=PullResponse, responses=_ERRORS)
    def pull(request: PullRequest, who: Annotated[Caller, Depends(caller)]) -> Response:
        check_versions(request)
        accounts.note_pulled(database, who, request.cursor)
        page = stream.pull(database, who, request.cursor, request.limit)
        return Response(content=page, media_type="application/json")

    @app.post("/sync/v1/content", responses=_ERRORS)
    def content(
        request: ContentRequest, who: Annotated[Caller, Depends(caller)]
    ) -> ContentResponse:
        check_versions(request)
        return server_content.content_for(database, who.org_id, request.since)

    app.include_router(audit_api.router(database, caller))
    app.include_router(erasure_api.router(database, caller))
    return app
