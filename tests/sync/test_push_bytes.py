"""A push is cut by size as well as by count, so large signatures never meet the server's
request limit (413): every change still arrives, in more pushes."""

from __future__ import annotations

from pathlib import Path

import httpx

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop, server_records


class Counting(httpx.HTTPTransport):
    """A real transport that notes the size of every push."""

    def __init__(self) -> None:
        super().__init__()
        self.pushes: list[int] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sync/v1/push":
            self.pushes.append(len(request.content))
        return super().handle_request(request)


def test_a_large_outbox_goes_in_pushes_under_the_byte_budget(
    server: LiveServer, tmp_path: Path
) -> None:
    server.user("Stichting Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne", batch_bytes=20_000)
    transport = Counting()
    try:
        laptop.enrol(server, transport)
        notes = "Afspraken met de school over de overgang naar groep 3. " * 100  # ~5.6 kB
        with record_changes(laptop.workspace, laptop.actor) as changes:
            for n in range(12):
                changes.create(Gezin(naam=f"Gezin Visser {n}", plaats="Zwolle", notities=notes))
        waiting = apply.outbox_size(laptop.workspace)

        result = laptop.service.sync()

        assert result.ok, result.message
        assert result.pushed == waiting == 12
        assert len(transport.pushes) >= 4
        assert max(transport.pushes) < 20_000 + 1_000  # the budget, plus the request's frame
        assert apply.outbox_size(laptop.workspace) == 0
        names = {g["naam"] for g in server_records(server)["gezin"].values()}
        assert names == {f"Gezin Visser {n}" for n in range(12)}
    finally:
        laptop.close()


def test_a_change_larger_than_the_budget_goes_alone(server: LiveServer, tmp_path: Path) -> None:
    server.user("Stichting Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne", batch_bytes=1_000)
    transport = Counting()
    try:
        laptop.enrol(server, transport)
        with record_changes(laptop.workspace, laptop.actor) as changes:
            changes.create(Gezin(naam="Gezin Kok", plaats="Zwolle", notities="x" * 3_000))
            changes.create(Gezin(naam="Gezin Mulder", plaats="Zwolle"))

        result = laptop.service.sync()

        assert result.ok, result.message
        assert result.pushed == 2
        assert len(transport.pushes) == 2
        assert apply.outbox_size(laptop.workspace) == 0
    finally:
        laptop.close()
