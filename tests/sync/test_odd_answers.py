"""A 200 answer that is not the protocol (a Wi-Fi login page, a proxy) is a clear message."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import TOKEN_NAME
from samenleren_desktop.sync.connection import NOT_THE_PROTOCOL
from tests.sync.laptops import Laptop

PORTAL = b"<html><body>Log in op het gastennetwerk van Hotel De Linde</body></html>"


class _Portal(BaseHTTPRequestHandler):
    """Answers every POST with 200 and a web page, as a captive portal does."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PORTAL)))
        self.end_headers()
        self.wfile.write(PORTAL)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def portal() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_login_page_instead_of_the_server_keeps_every_change(portal: str, tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        state = apply.load_state(laptop.workspace)
        state.server_url = portal
        apply.save_state(laptop.workspace, state)
        WorkspaceCredentials(laptop.workspace).set(TOKEN_NAME, "een-token")
        with record_changes(laptop.workspace, laptop.actor) as changes:
            changes.create(Gezin(naam="Gezin Akkerman", plaats="Gouda"))
        waiting = apply.outbox_size(laptop.workspace)

        result = laptop.service.sync()

        assert result.offline
        assert not result.ok
        assert result.message == NOT_THE_PROTOCOL
        assert apply.outbox_size(laptop.workspace) == waiting > 0
    finally:
        laptop.close()
