"""Malformed, oversized, replayed and forged requests to the real server: 4xx in Dutch, no 5xx.

Nothing a request holds gets the server to fail, to store what no laptop could store, to
apply a change twice, or to accept a token it did not give out.
"""

from __future__ import annotations

import json
import socket
import uuid
from typing import Any

import httpx
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from samenleren_desktop.sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from samenleren_server import db
from samenleren_server.limits import MAX_REQUEST_BYTES
from tests.hardening.corpus import damaged, deep
from tests.hardening.fuzzing import fuzz
from tests.server.live import PASSWORD, LiveServer
from tests.sync.laptops import server_records

JSON = {"Content-Type": "application/json"}
VERSIONS = {"protocol": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION}
PATHS = [
    "/sync/v1/hello",
    "/sync/v1/login",
    "/sync/v1/push",
    "/sync/v1/pull",
    "/sync/v1/content",
    "/sync/v1/audit",
]
MALFORMED = [
    b"",
    b"{",
    b"null",
    b'{"changes": [',
    b"\xff\xfe\x00{}",
    b'{"protocol": NaN, "schema_version": Infinity}',
    b'{"protocol": 2, "schema_version": 4, "changes": [{"change_id": "\\ud800"}]}',
    b'{"protocol": 2, "schema_version": 4, "username": "\\ud800", "password": "\\udfff"}',
    b'{"protocol": 1e999, "schema_version": -1e999}',
    b'{"protocol": 99999999999999999999999999, "schema_version": 4, "cursor": -1}',
    deep(50_000).encode(),
    deep(50_000, '{"a":', "}").encode(),
    json.dumps({**VERSIONS, "changes": [{}] * 501}).encode(),
    json.dumps({**VERSIONS, "cursor": 0, "limit": 10**9}).encode(),
]


def _login(server: LiveServer, username: str = "sanne") -> str:
    body = {**VERSIONS, "username": username, "password": PASSWORD}
    answer = httpx.post(f"{server.url}/sync/v1/login", json=body)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])


def _raw(server: LiveServer, head: bytes, body: bytes = b"") -> bytes:
    """Send bytes to the server as they are; its answer's bytes, until it closes."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as conn:
        conn.sendall(head + body)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
        return answer


def _family(naam: Any) -> dict[str, Any]:
    gezin_id = str(uuid.uuid4())
    change = {
        "change_id": str(uuid.uuid4()),
        "table": "gezin",
        "record_id": gezin_id,
        "gezin_id": gezin_id,
        "op": "create",
        "fields": {"naam": naam},
    }
    return {**VERSIONS, "changes": [change]}


def test_malformed_bodies_get_a_dutch_refusal(server: LiveServer) -> None:
    server.user("Noord", "begeleider", "sanne")
    headers = {"Authorization": f"Bearer {_login(server)}", "Content-Type": "application/json"}
    with httpx.Client(base_url=server.url, headers=headers) as client:
        for body in MALFORMED:
            for path in PATHS:
                answer = client.post(path, content=body)
                assert answer.status_code < 500, (path, body[:60], answer.text)
                if answer.status_code >= 400:  # (unknown fields are left alone elsewhere)
                    assert answer.json()["message"].endswith("."), (path, body[:60])
                else:
                    assert path != "/sync/v1/push", (body[:60], answer.text)
    assert server_records(server)["gezin"] == {}


def test_a_body_over_the_limit_is_refused_before_it_is_read(server: LiveServer) -> None:
    head = (
        f"POST /sync/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {MAX_REQUEST_BYTES + 1}\r\n\r\n"
    ).encode()
    answer = _raw(server, head, b'{"changes": [')  # the rest is never sent
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"Het verzoek is te groot voor de server" in answer


def test_a_chunked_body_over_the_limit_is_refused(server: LiveServer) -> None:
    chunk = b"x" * (1024 * 1024)
    count = MAX_REQUEST_BYTES // len(chunk) + 1

    def chunks() -> Any:
        for _ in range(count):
            yield chunk

    with httpx.Client(base_url=server.url, timeout=60) as client:
        answer = client.post("/sync/v1/push", content=chunks())
        assert answer.status_code == 413
        assert answer.json()["error"] == "too_large"
        assert client.get("/health").status_code == 200


def test_text_no_laptop_can_store_is_refused(server: LiveServer) -> None:
    server.user("Noord", "coordinator", "karim")
    headers = {"Authorization": f"Bearer {_login(server, 'karim')}", **JSON}
    with httpx.Client(base_url=server.url, headers=headers) as client:
        for naam in ("a\ud800b", ["\udfff"], {"x": "\ud800"}):
            body = json.dumps(_family(naam)).encode()  # json escapes the lone surrogate
            answer = client.post("/sync/v1/push", content=body)
            assert answer.status_code == 200, answer.text
            (result,) = answer.json()["results"]
            assert result["status"] == "rejected", naam
        fine = client.post("/sync/v1/push", json=_family("Gezin 👨‍👩‍👧 Öztürk"))
        assert fine.json()["results"][0]["status"] == "applied"
        pulled = client.post("/sync/v1/pull", json={**VERSIONS, "cursor": 0})
    assert pulled.status_code == 200
    names = {r["data"].get("naam") for r in pulled.json()["records"] if r["table"] == "gezin"}
    assert names == {"Gezin 👨‍👩‍👧 Öztürk"}


def test_damaged_pushes_never_make_the_server_fail(server: LiveServer) -> None:
    server.user("Noord", "coordinator", "karim")
    headers = {"Authorization": f"Bearer {_login(server, 'karim')}", **JSON}
    valid = json.dumps(_family("Gezin Bakker")).encode()
    client = httpx.Client(base_url=server.url, headers=headers)

    @given(data=st.data())
    @fuzz(40)
    def push(data: st.DataObject) -> None:
        answer = client.post("/sync/v1/push", content=damaged(valid, data.draw))
        assert answer.status_code < 500, answer.text

    try:
        push()
        assert client.post("/sync/v1/push", content=valid).status_code == 200
    finally:
        client.close()
    assert len(server_records(server)["gezin"]) <= 1  # one change id: applied once at most


def test_a_replayed_request_is_applied_once(server: LiveServer) -> None:
    server.user("Noord", "coordinator", "karim")
    headers = {"Authorization": f"Bearer {_login(server, 'karim')}", **JSON}
    body = json.dumps(_family("Gezin Herhaal")).encode()
    with httpx.Client(base_url=server.url, headers=headers) as client:
        answers = [client.post("/sync/v1/push", content=body).json() for _ in range(3)]
    assert [a["results"][0]["replayed"] for a in answers] == [False, True, True]
    with server.db.engine.connect() as conn:
        log = conn.execute(sa.select(sa.func.count()).select_from(db.change_log)).scalar_one()
    assert log == 1
    (record,) = server_records(server)["gezin"].values()
    assert record["naam"] == "Gezin Herhaal"


FORGERIES = [
    lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),  # one character changed
    lambda token: token[:-4],
    lambda token: token + "x",
    lambda token: token.upper(),
    lambda token: "x" * 8000,
    lambda token: "",
    lambda token: "\x00" + token,
]


def test_a_forged_token_gets_401(server: LiveServer) -> None:
    server.user("Noord", "coordinator", "karim")
    token = _login(server, "karim")
    pull = json.dumps({**VERSIONS, "cursor": 0}).encode()
    head = (
        "POST /sync/v1/pull HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(pull)}\r\nAuthorization: Bearer "
    ).encode()
    for forge in FORGERIES:
        forged = forge(token).encode()
        answer = _raw(server, head + forged + b"\r\nConnection: close\r\n\r\n", pull)
        status = answer.split(b" ", 2)[1]
        assert status in (b"400", b"401"), answer[:200]  # 400: not even a valid header
        if status == b"401":
            assert b"geen toegang (meer)" in answer
    good = httpx.post(
        f"{server.url}/sync/v1/pull",
        json={**VERSIONS, "cursor": 0},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert good.status_code == 200


def test_a_header_with_bytes_outside_ascii_gets_4xx(server: LiveServer) -> None:
    pull = json.dumps({**VERSIONS, "cursor": 0}).encode()
    head = (
        b"POST /sync/v1/pull HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Authorization: Bearer \xff\xfe\xc3\xa9\r\nConnection: close\r\n"
        + f"Content-Length: {len(pull)}\r\n\r\n".encode()
    )
    answer = _raw(server, head, pull)
    assert answer.split(b" ", 2)[1] in (b"400", b"401"), answer[:200]
