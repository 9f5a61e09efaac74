"""schemathesis against the server's own OpenAPI description: no 5xx, answers as documented.

The real app runs on loopback (SQLite and PostgreSQL). CI runs a bounded number of examples per
operation with a fixed seed; `SAMENLEREN_SCHEMATHESIS_EXAMPLES=500` (and optionally
`SAMENLEREN_SCHEMATHESIS_SEED`) runs a larger or different search.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from samenleren_desktop.sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from tests.server.live import PASSWORD, LiveServer

EXAMPLES = int(os.environ.get("SAMENLEREN_SCHEMATHESIS_EXAMPLES", "20"))
SEED = int(os.environ.get("SAMENLEREN_SCHEMATHESIS_SEED", "20261201"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _token(server: LiveServer) -> str:
    server.user("Noord", "begeleider", "sanne")
    body = {
        "protocol": PROTOCOL_VERSION,
        "schema_version": SCHEMA_VERSION,
        "username": "sanne",
        "password": PASSWORD,
    }
    answer = httpx.post(f"{server.url}/sync/v1/login", json=body)
    answer.raise_for_status()
    return str(answer.json()["token"])


def _explore(
    operation: Any, mode: GenerationMode, url: str, headers: dict[str, str], statuses: set[int]
) -> None:
    """Call one operation with generated requests and check every answer."""

    @seed(SEED)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def call(case: Any) -> None:
        response = case.call(base_url=url, headers=headers)
        statuses.add(response.status_code)
        case.validate_response(response, checks=CHECKS, headers=headers)

    call()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_keeps_its_openapi_promises(server: LiveServer, mode: GenerationMode) -> None:
    headers = {"Authorization": f"Bearer {_token(server)}"}
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    paths = {operation.path for operation in operations}
    assert paths >= {"/sync/v1/push", "/sync/v1/pull", "/sync/v1/content"}
    seen: dict[str, set[int]] = {}
    for operation in operations:
        if mode == GenerationMode.NEGATIVE and operation.method.upper() == "GET":
            continue  # nothing to get wrong in a request without parameters (/health)
        statuses = seen.setdefault(f"{operation.method.upper()} {operation.path}", set())
        _explore(operation, mode, server.url, headers, statuses)
    assert all(seen.values()), seen  # every operation was really called
    if mode == GenerationMode.POSITIVE:
        assert 200 in seen["POST /sync/v1/pull"] | seen["POST /sync/v1/content"]
