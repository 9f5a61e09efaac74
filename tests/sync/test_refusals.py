"""A server that refuses a sync (409, 413, 400) gives a result with a plain message; no loss."""

from __future__ import annotations

from pathlib import Path

import httpx

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.protocol import PROTOCOL_VERSION
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop


def _outbox(laptop: Laptop, families: int) -> None:
    with record_changes(laptop.workspace, laptop.actor) as changes:
        for i in range(families):
            changes.create(Gezin(naam=f"Gezin {i}"))


def test_a_server_older_than_the_program_is_a_result_not_an_error(
    server: LiveServer, tmp_path: Path
) -> None:
    server.user("Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        laptop.enrol(server)
        _outbox(laptop, 2)
        laptop.service.protocol = PROTOCOL_VERSION + 1  # a newer program than the server
        result = laptop.service.sync()
        assert result.refused
        assert not result.ok
        assert "De server is ouder dan dit programma" in result.message
        assert "Uw wijzigingen blijven bewaard" in result.message
        assert apply.outbox_size(laptop.workspace) == 2
        laptop.service.protocol = PROTOCOL_VERSION
        assert laptop.service.sync().ok  # nothing was lost
        assert len(laptop.records()["gezin"]) == 2
    finally:
        laptop.close()


def test_too_many_changes_at_once_is_a_result_not_an_error(
    server: LiveServer, tmp_path: Path
) -> None:
    """A server with a lower limit than this program answers 413 in its usual shape."""
    server.user("Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        laptop.enrol(server)
        _outbox(laptop, 3)
        body = {"error": "too_many", "message": "Te veel wijzigingen in één keer."}
        laptop.service.transport = httpx.MockTransport(
            lambda _request: httpx.Response(413, json=body)
        )
        result = laptop.service.sync()
        assert (result.refused, result.ok, result.pushed) == (True, False, 0)
        assert "Te veel wijzigingen in één keer." in result.message
        assert apply.outbox_size(laptop.workspace) == 3
    finally:
        laptop.close()


def test_a_bad_request_answer_is_a_result_not_an_error(server: LiveServer, tmp_path: Path) -> None:
    """A proxy in between answering 400 without the server's JSON: still a plain message."""
    server.user("Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        laptop.enrol(server)
        _outbox(laptop, 1)
        laptop.service.transport = httpx.MockTransport(
            lambda _request: httpx.Response(400, text="<html>Bad Request</html>")
        )
        result = laptop.service.sync()
        assert result.refused
        assert result.message == (
            "De server weigert de synchronisatie: Het verzoek is geweigerd (code 400). "
            "Uw wijzigingen blijven bewaard op deze laptop."
        )
        assert apply.outbox_size(laptop.workspace) == 1
    finally:
        laptop.close()
