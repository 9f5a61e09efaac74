"""The audit trail travels to the server: once, chain checked, readable by coordinators only."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from samenleren_desktop.model.entities import AuditEntry, Gezin
from samenleren_desktop.model.services import audit
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply, audit_upload
from samenleren_desktop.sync.audit_protocol import AuditEntryData
from samenleren_desktop.sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from samenleren_server import audit_store
from samenleren_server.cli import main as server_main
from tests.server.live import PASSWORD, LiveServer
from tests.sync.laptops import Laptop

ORG = "Stichting Noord"
AUDIT_TABLE = AuditEntry.__table__  # type: ignore[attr-defined]


@pytest.fixture
def sanne(server: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    """A begeleider's laptop, enrolled."""
    server.user(ORG, "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    laptop.enrol(server)
    yield laptop
    laptop.close()


def _families(laptop: Laptop, *names: str) -> list[Gezin]:
    made = []
    for name in names:
        with record_changes(laptop.workspace, laptop.actor) as changes:
            gezin = changes.create(Gezin(naam=name, plaats="Gouda"))
            changes.update(gezin, plaats="Delft")
        made.append(gezin)
    return made


def _local(laptop: Laptop) -> list[AuditEntry]:
    with laptop.workspace.session() as session:
        return [e for e in audit.audit_entries(session) if e.volgnummer is not None]


def _server_rows(server: LiveServer) -> list[Any]:
    e = audit_store.entries
    with server.db.engine.connect() as conn:
        return list(conn.execute(sa.select(e).order_by(e.c.device_id, e.c.volgnummer)).all())


def _refusals(server: LiveServer) -> list[Any]:
    with server.db.engine.connect() as conn:
        return list(conn.execute(sa.select(audit_store.refusals)).all())


def _token(server: LiveServer, username: str) -> str:
    body = {
        "protocol": PROTOCOL_VERSION,
        "schema_version": SCHEMA_VERSION,
        "username": username,
        "password": PASSWORD,
    }
    answer = httpx.post(f"{server.url}/sync/v1/login", json=body)
    answer.raise_for_status()
    return str(answer.json()["token"])


def _call(server: LiveServer, token: str, path: str, **body: Any) -> httpx.Response:
    body = {"protocol": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION, **body}
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.post(f"{server.url}{path}", json=body, headers=headers)


def _wire(entries: list[AuditEntry]) -> list[dict[str, Any]]:
    return [AuditEntryData.of(e).model_dump(mode="json") for e in entries]


def test_the_chain_reaches_the_server_once(server: LiveServer, sanne: Laptop) -> None:
    _families(sanne, "Gezin Akkerman", "Gezin Bos")
    assert sanne.service.sync().ok
    local = _local(sanne)
    stored = _server_rows(server)
    assert [(r.volgnummer, r.hash) for r in stored] == [(e.volgnummer, e.hash) for e in local]
    assert {r.device_id for r in stored} == {_device(sanne)}
    assert all(
        r.velden == e.velden and r.actie == e.actie for r, e in zip(stored, local, strict=False)
    )
    last = audit_upload.last_upload(sanne.workspace)
    assert last is not None
    assert last.state == "ok"
    assert last.volgnummer == len(local)

    result = sanne.service.sync()  # nothing new: nothing sent again, nothing stored twice
    assert result.ok
    assert "logboek" not in result.message.lower()
    assert len(_server_rows(server)) == len(_local(sanne))

    # The same entries sent again by hand are duplicates, stored once.
    token = sanne.service.credentials.get("sync-token")
    assert token is not None
    again = _call(server, token, "/sync/v1/audit", entries=_wire(local))
    assert again.status_code == 200, again.text
    assert again.json()["stored"] == 0
    assert again.json()["duplicates"] == len(local)
    assert len(_server_rows(server)) == len(_local(sanne))

    _families(sanne, "Gezin Claes")
    sanne.service.sync()
    assert [r.volgnummer for r in _server_rows(server)] == list(range(1, len(_local(sanne)) + 1))


def _device(laptop: Laptop) -> str:
    return apply.load_state(laptop.workspace).device_id


def _sql(laptop: Laptop, statement: str, **params: Any) -> None:
    with laptop.workspace.engine.begin() as conn:
        conn.execute(sa.text(statement), params)


def test_a_tampered_chain_is_refused_from_the_break_and_recorded(
    server: LiveServer, sanne: Laptop
) -> None:
    _families(sanne, "Gezin Akkerman")
    sanne.service.sync()
    uploaded = len(_server_rows(server))
    _families(sanne, "Gezin Bos", "Gezin Claes")
    broken = uploaded + 2
    _sql(sanne, "UPDATE audit_entry SET actie = 'read' WHERE volgnummer = :n", n=broken)
    assert audit.verify_chain(sanne.workspace).broken_at == broken

    result = sanne.service.sync()
    assert result.ok  # the families' data synced; the audit trail was refused
    assert f"niet aangenomen: bij regel {broken}" in result.message
    assert "veranderd" in result.message
    assert [r.volgnummer for r in _server_rows(server)] == list(range(1, broken))
    (refusal,) = _refusals(server)
    assert (refusal.volgnummer, refusal.reason, refusal.username) == (broken, "changed", "sanne")
    last = audit_upload.last_upload(sanne.workspace)
    assert last is not None
    assert last.state == "refused"
    assert str(broken) in last.message

    sanne.service.sync()  # the same break again: still refused, recorded once
    assert len(_refusals(server)) == 1


def test_a_chain_rebuilt_on_the_laptop_is_not_sent(server: LiveServer, sanne: Laptop) -> None:
    _families(sanne, "Gezin Akkerman")
    sanne.service.sync()
    before = _server_rows(server)
    # Someone with the passphrase edits entry 1 and computes every hash again: the local
    # chain verifies, but it is not the chain the server already holds.
    _sql(sanne, "UPDATE audit_entry SET gebruiker = 'iemand' WHERE volgnummer = 1")
    with sanne.workspace.session() as session:
        entries = list(audit.audit_entries(session))
    head = audit.EMPTY_CHAIN
    for entry in entries:
        head = audit.link(entry, head)
        _sql(
            sanne,
            "UPDATE audit_entry SET vorige_hash = :v, hash = :h WHERE volgnummer = :n",
            v=entry.vorige_hash,
            h=entry.hash,
            n=entry.volgnummer,
        )
    assert audit.verify_chain(sanne.workspace).ok
    _families(sanne, "Gezin Bos")

    result = sanne.service.sync()
    assert "komt niet overeen met het logboek dat de server" in result.message
    assert _server_rows(server) == before
    last = audit_upload.last_upload(sanne.workspace)
    assert last is not None
    assert last.state == "differs"


def test_a_forged_upload_is_refused_with_the_reason(server: LiveServer, sanne: Laptop) -> None:
    _families(sanne, "Gezin Akkerman", "Gezin Bos")
    token = sanne.service.credentials.get("sync-token")
    assert token is not None
    wire = _wire(_local(sanne))
    wire[1]["gezin_id"] = None  # changed without its hash
    answer = _call(server, token, "/sync/v1/audit", entries=wire)
    assert answer.status_code == 409
    assert answer.json()["error"] == "audit_chain_broken"
    assert "bij regel 2" in answer.json()["message"]
    assert [r.volgnummer for r in _server_rows(server)] == [1]

    skipped = _wire(_local(sanne))[2:]  # entry 2 left out: a gap
    answer = _call(server, token, "/sync/v1/audit", entries=skipped)
    assert answer.status_code == 409
    assert "regel 2" in answer.json()["message"]
    assert "verwijderd" in answer.json()["message"]
    assert [r.reason for r in _refusals(server)] == ["changed", "removed"]


class _OldServer(httpx.BaseTransport):
    """A server from before the audit endpoint: 404 for /sync/v1/audit, the rest real."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.audit_calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sync/v1/audit":
            self.audit_calls += 1
            body = {"error": "not_found", "message": "Dit adres bestaat niet op de server."}
            return httpx.Response(404, json=body)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_an_older_server_without_the_endpoint_does_not_break_the_sync(
    server: LiveServer, sanne: Laptop
) -> None:
    old = _OldServer()
    sanne.service.transport = old
    gezin = _families(sanne, "Gezin Akkerman")[0]
    result = sanne.service.sync()
    assert result.ok
    assert result.pushed == 2
    assert "logboek" not in result.message.lower()
    assert old.audit_calls == 1
    assert audit_upload.last_upload(sanne.workspace) is None
    assert str(gezin.id) in sanne.records()["gezin"]

    sanne.service.transport = None  # the server is updated: the next sync sends the trail
    assert sanne.service.sync().ok
    assert len(_server_rows(server)) == len(_local(sanne))


def test_coordinators_read_the_organisation_and_a_begeleider_may_not(
    server: LiveServer, sanne: Laptop, tmp_path: Path
) -> None:
    server.user(ORG, "coordinator", "karim")
    akkerman, _bos = _families(sanne, "Gezin Akkerman", "Gezin Bos")
    sanne.service.sync()
    total = len(_local(sanne))
    begeleider = sanne.service.credentials.get("sync-token")
    assert begeleider is not None
    refused = _call(server, begeleider, "/sync/v1/audit/query")
    assert refused.status_code == 403
    assert "coördinator" in refused.json()["message"]

    karim = _token(server, "karim")
    page = _call(server, karim, "/sync/v1/audit/query", limit=3).json()
    assert page["total"] == total
    assert len(page["entries"]) == 3
    assert page["next_offset"] == 3
    assert page["entries"][0]["device_id"] == _device(sanne)
    rest = _call(server, karim, "/sync/v1/audit/query", offset=3, limit=1000).json()
    numbers = [e["volgnummer"] for e in page["entries"] + rest["entries"]]
    assert sorted(numbers) == list(range(1, total + 1))
    assert rest["next_offset"] is None

    family = _call(server, karim, "/sync/v1/audit/query", gezin_id=str(akkerman.id)).json()
    assert family["total"] >= 2
    assert {e["gezin_id"] for e in family["entries"]} == {str(akkerman.id)}
    nobody = _call(server, karim, "/sync/v1/audit/query", gebruiker="niemand").json()
    assert nobody["total"] == 0
    later = datetime.now(UTC) + timedelta(days=1)
    future = _call(server, karim, "/sync/v1/audit/query", van=later.isoformat()).json()
    assert future["total"] == 0
    today = _call(
        server, karim, "/sync/v1/audit/query", tot=later.isoformat(), gebruiker="sanne"
    ).json()
    assert today["total"] == total

    target = tmp_path / "logboek-noord.csv"
    code = server_main(
        [
            "admin",
            "--database",
            server.database_url,
            "audit-export",
            "--org",
            ORG,
            "--out",
            str(target),
        ]
    )
    assert code == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == total
    assert {r["apparaat_id"] for r in rows} == {_device(sanne)}
    assert sorted(int(r["volgnummer"]) for r in rows) == list(range(1, total + 1))
    assert (
        server_main(
            [
                "admin",
                "--database",
                server.database_url,
                "audit-export",
                "--org",
                "Onbekend",
                "--out",
                str(target),
            ]
        )
        == 1
    )
