"""The API answers nonsense with 4xx, never 5xx (a small schemathesis-style fuzz)."""

from __future__ import annotations

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samenleren_desktop.sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from tests.server.live import PASSWORD, LiveServer

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=10,
)
_tables = st.sampled_from(["gezin", "kind", "traject", "contactmoment", "onbekend", "GEZIN"])
_ids = st.uuids().map(str) | st.text(max_size=70)
_change = st.fixed_dictionaries(
    {
        "change_id": _ids,
        "table": _tables,
        "record_id": _ids,
        "op": st.sampled_from(["create", "update", "delete", "drop"]),
        "base_version": st.integers(-5, 10**12),
        "fields": st.dictionaries(
            st.sampled_from(["naam", "plaats", "gezin_id", "datum", "x", "id"]), _json, max_size=4
        ),
    },
    optional={"gezin_id": _ids | st.none()},
)
_versions = {"protocol": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION}


def test_no_input_makes_the_server_fail(server: LiveServer) -> None:
    server.user("Noord", "begeleider", "sanne")
    with httpx.Client(base_url=server.url) as anonymous:
        login = anonymous.post(
            "/sync/v1/login", json={**_versions, "username": "sanne", "password": PASSWORD}
        )
        token = login.json()["token"]
    client = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"})

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        path=st.sampled_from(
            [
                "/sync/v1/push",
                "/sync/v1/pull",
                "/sync/v1/login",
                "/sync/v1/hello",
                "/sync/v1/content",
            ]
        ),
        body=_json | st.fixed_dictionaries({"changes": st.lists(_change, max_size=3)}),
        versions=st.booleans(),
        cursor=st.integers(-3, 10**15),
    )
    def fuzz(path: str, body: object, versions: bool, cursor: int) -> None:
        if isinstance(body, dict) and versions:
            body = {**body, **_versions, "cursor": cursor}
        response = client.post(path, json=body)
        assert response.status_code < 500, (path, body, response.text)

    try:
        fuzz()
    finally:
        client.close()


def test_protocol_1_is_told_to_update(server: LiveServer) -> None:
    """Protocol 1 skips ended assignments (it would keep those families): no longer served."""
    with httpx.Client(base_url=server.url) as anonymous:
        hello = anonymous.post("/sync/v1/hello", json=_versions)
        assert hello.json()["protocol_min"] == PROTOCOL_VERSION == 2
        old = anonymous.post("/sync/v1/hello", json={**_versions, "protocol": 1})
    assert old.status_code == 426
    assert old.json()["error"] == "client_too_old"
    assert "werk het programma bij" in old.json()["message"]
