"""The audit upload sends at once after the head it believes the server holds (`after`).

One request per sync when the belief holds; when it does not (the workspace kept another
head than the server has), the server stores nothing, refuses nothing and names its head, and
the laptop goes on from there: the server ends up with the whole chain all the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.entities.secret import WorkspaceSecret
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import audit_upload
from samenleren_server import audit_store
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop


class Counting(httpx.HTTPTransport):
    """A real transport that counts the requests per path."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return super().handle_request(request)


@pytest.fixture
def counted(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Counting]]:
    server.user("Stichting Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    transport = Counting()
    laptop.enrol(server, transport)
    yield laptop, transport
    laptop.close()


def _edit(laptop: Laptop, name: str) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        changes.create(Gezin(naam=name, plaats="Gouda"))


def _server_numbers(server: LiveServer) -> list[int]:
    e = audit_store.entries
    with server.db.engine.connect() as conn:
        return [r[0] for r in conn.execute(sa.select(e.c.volgnummer).order_by(e.c.volgnummer))]


def _refusals(server: LiveServer) -> int:
    with server.db.engine.connect() as conn:
        return len(conn.execute(sa.select(audit_store.refusals)).all())


def _believe(laptop: Laptop, volgnummer: int) -> None:
    """Make the workspace believe the server held `volgnummer` after the last upload."""
    with laptop.workspace.transaction() as session:
        row = session.get(WorkspaceSecret, audit_upload.STATUS_NAME)
        assert row is not None
        kept = json.loads(row.value)
        row.value = json.dumps({**kept, "volgnummer": volgnummer})
        session.add(row)


def _local_count(laptop: Laptop) -> int:
    outcome = audit_upload.last_upload(laptop.workspace)
    assert outcome is not None
    return outcome.volgnummer


def test_a_sync_after_a_good_upload_uploads_in_one_request(
    server: LiveServer, counted: tuple[Laptop, Counting]
) -> None:
    laptop, transport = counted
    _edit(laptop, "Gezin Akkerman")
    assert laptop.service.sync().ok
    first = transport.paths.count(audit_upload.AUDIT_PATH)
    assert first == 2  # no good upload yet: ask for the head, then send

    _edit(laptop, "Gezin Bos")
    transport.paths.clear()
    result = laptop.service.sync()

    assert result.ok, result.message
    assert transport.paths.count(audit_upload.AUDIT_PATH) == 1
    outcome = audit_upload.last_upload(laptop.workspace)
    assert outcome is not None
    assert outcome.state == "ok"
    assert _server_numbers(server) == list(range(1, outcome.volgnummer + 1))


def test_a_sync_with_nothing_new_in_the_trail_does_not_upload(
    server: LiveServer, counted: tuple[Laptop, Counting]
) -> None:
    laptop, transport = counted
    _edit(laptop, "Gezin Akkerman")
    assert laptop.service.sync().ok
    transport.paths.clear()

    result = laptop.service.sync()

    assert result.ok, result.message
    assert audit_upload.AUDIT_PATH not in transport.paths
    outcome = audit_upload.last_upload(laptop.workspace)
    assert outcome is not None
    assert outcome.state == "ok"
    assert _server_numbers(server) == list(range(1, outcome.volgnummer + 1))


@pytest.mark.parametrize("wrong", ["behind", "ahead"])
def test_a_wrong_belief_costs_a_request_not_a_refusal(
    server: LiveServer, counted: tuple[Laptop, Counting], wrong: str
) -> None:
    laptop, _transport = counted
    _edit(laptop, "Gezin Akkerman")
    assert laptop.service.sync().ok
    held = _local_count(laptop)
    _edit(laptop, "Gezin Bos")
    # "behind": the server holds more than the workspace remembers (its note was not kept);
    # "ahead": the server holds less (say, its database was put back from a backup).
    if wrong == "ahead":
        e = audit_store.entries
        with server.db.writer.begin() as conn:
            conn.execute(sa.delete(e).where(e.c.volgnummer > 1))
    _believe(laptop, 1 if wrong == "behind" else held)

    result = laptop.service.sync()

    assert result.ok, result.message
    outcome = audit_upload.last_upload(laptop.workspace)
    assert outcome is not None
    assert outcome.state == "ok", outcome
    assert _server_numbers(server) == list(range(1, outcome.volgnummer + 1))
    assert outcome.volgnummer > held
    assert _refusals(server) == 0
