"""A request body larger than the server takes is answered 413 before it is read whole.

An ASGI middleware, so it sees the body before FastAPI parses it: a Content-Length over the
limit is refused at once; a body without one (chunked) is read up to the limit and refused
as soon as it goes over. Either way the server holds at most `limit` bytes of one request.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_REQUEST_BYTES = 64 * 1024 * 1024
"""The largest request body: a push of 500 changes, each with a large note or a signature."""

TOO_LARGE = {
    "error": "too_large",
    "message": "Het verzoek is te groot voor de server; stuur minder wijzigingen tegelijk.",
}


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413 in the API's error shape."""

    def __init__(self, app: ASGIApp, limit: int = MAX_REQUEST_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _content_length(scope)
        if length is not None and length > self.limit:
            await _refuse(send)
            return
        if length is not None:
            await self.app(scope, receive, send)
            return
        body = await self._read(receive)
        if body is None:
            await _refuse(send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body of a request without Content-Length; None when over the limit."""
        parts: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(parts)
            size += len(message.get("body", b""))
            if size > self.limit:
                return None
            parts.append(message.get("body", b""))
            if not message.get("more_body", False):
                return b"".join(parts)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


async def _refuse(send: Send) -> None:
    body = json.dumps(TOO_LARGE).encode()
    headers: list[Any] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
