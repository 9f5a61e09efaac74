"""A coordinator's laptop reads the organisation's audit trail from the server (issue #8)."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from samenleren_desktop.model.entities import AuditEntry, Gezin
from samenleren_desktop.model.services.audit import log_access
from samenleren_desktop.model.services.audit_logboek import LogboekFilter
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.audit_query import (
    BAD_ANSWER,
    NOT_ALLOWED,
    BadAnswer,
    NotAllowed,
    NotLinked,
    OrganisatieLogboek,
    export_organisation,
    query_organisation,
)
from samenleren_desktop.sync.client import TOKEN_NAME
from samenleren_desktop.sync.connection import Offline
from tests.server.live import LiveServer, free_port
from tests.sync.laptops import Laptop, coach_and_coordinator


@pytest.fixture
def laptops(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) made two families and read one; karim (coordinator) synced them and
    read one too; both trails are on the server."""
    with coach_and_coordinator(server, tmp_path) as (sanne, karim):
        for naam in ("Gezin Akkerman", "Gezin Bos"):
            with record_changes(sanne.workspace, sanne.actor) as changes:
                gezin = changes.create(Gezin(naam=naam, plaats="Gouda"))
                changes.update(gezin, plaats="Delft")
        log_access(sanne.workspace, sanne.actor, "read", gezin.id)
        assert sanne.service.sync().ok
        assert karim.service.sync().ok
        log_access(karim.workspace, karim.actor, "read", gezin.id)
        assert karim.service.sync().ok
        yield sanne, karim


def _ask(laptop: Laptop, filter_: LogboekFilter | None = None, **kw: int) -> OrganisatieLogboek:
    return query_organisation(
        laptop.workspace, filter_ or LogboekFilter(), credentials=laptop.service.credentials, **kw
    )


def _trail(laptop: Laptop) -> list[AuditEntry]:
    with laptop.workspace.session() as session:
        entries = session.exec(select(AuditEntry)).all()
        return [e for e in entries if e.volgnummer is not None]


def _bos(laptop: Laptop) -> Gezin:
    with laptop.workspace.session() as session:
        return session.exec(select(Gezin).where(Gezin.naam == "Gezin Bos")).one()


def test_the_coordinator_sees_both_laptops_newest_first_with_family_names(
    laptops: tuple[Laptop, Laptop],
) -> None:
    sanne, karim = laptops
    result = _ask(karim)
    mine, theirs = _trail(karim), _trail(sanne)
    regels = result.logboek.regels
    assert len(regels) == len(mine) + len(theirs) == result.logboek.matching
    assert not result.more
    assert result.devices == 2
    assert {r.apparaat for r in regels} == {"sanne", "karim"}
    assert {r.gebruiker for r in regels} == {"sanne", "karim"} == set(result.logboek.gebruikers)
    times = [r.tijd for r in regels]
    assert times == sorted(times, reverse=True)
    assert regels[0].gebruiker == "karim"  # karim's read came last
    assert regels[0].actie == "read"
    assert regels[0].gezin_naam == "Gezin Bos"  # a name only this laptop knows
    assert [g.naam for g in result.logboek.gezinnen] == ["Gezin Akkerman", "Gezin Bos"]
    assert result.controle.ok
    assert result.controle.checked == len(regels)
    assert result.refusals == []
    assert result.logboek.keten is None


def test_filters_go_to_the_server(laptops: tuple[Laptop, Laptop]) -> None:
    sanne, karim = laptops
    bos = _bos(karim)
    reads = _ask(karim, LogboekFilter(actie="read"))
    assert [(r.gebruiker, r.gezin_naam) for r in reads.logboek.regels] == [
        ("karim", "Gezin Bos"),
        ("sanne", "Gezin Bos"),
    ]
    family = _ask(karim, LogboekFilter(gezin_id=bos.id)).logboek.regels
    assert {r.gezin_id for r in family} == {str(bos.id)}
    assert len(family) == 4  # created, updated, read by sanne, read by karim
    hers = _ask(karim, LogboekFilter(gebruiker="sanne")).logboek.regels
    assert {r.gebruiker for r in hers} == {"sanne"}
    assert len(hers) == len(_trail(sanne))
    today = hers[0].tijd.date()
    assert len(_ask(karim, LogboekFilter(van=today, tot=today)).logboek.regels) > len(hers)
    tomorrow = today + timedelta(days=1)
    nothing = _ask(karim, LogboekFilter(van=tomorrow))
    assert nothing.logboek.regels == []
    assert nothing.logboek.matching == 0


def test_only_the_newest_are_fetched_in_bounded_pages(laptops: tuple[Laptop, Laptop]) -> None:
    _sanne, karim = laptops
    everything = _ask(karim).logboek.regels
    seen: list[tuple[int, int]] = []
    result = _ask(karim, limit=3, progress=lambda done, total: seen.append((done, total)))
    assert result.more
    assert result.logboek.matching == len(everything)
    assert result.logboek.regels == everything[:3]
    assert seen[-1] == (3, 3)


def test_the_export_writes_what_is_shown_and_is_logged(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    _sanne, karim = laptops
    result = _ask(karim, LogboekFilter(actie="read"))
    target = tmp_path / "organisatie.csv"
    assert export_organisation(karim.workspace, karim.actor, target, result) == 2
    text = target.read_text(encoding="utf-8-sig")
    assert "Gezin Bos" not in text  # ids only, as on the server
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert [(r["gebruiker"], r["actie"]) for r in rows] == [("sanne", "read"), ("karim", "read")]
    assert len({r["apparaat_id"] for r in rows}) == 2
    assert [e.tabel for e in _all(karim) if e.actie == "export"] == ["audit_entry"]


def _all(laptop: Laptop) -> list[AuditEntry]:
    with laptop.workspace.session() as session:
        return list(session.exec(select(AuditEntry)).all())


def test_a_begeleider_is_refused_in_plain_words(laptops: tuple[Laptop, Laptop]) -> None:
    sanne, _karim = laptops
    with pytest.raises(NotAllowed) as refused:
        _ask(sanne)
    assert refused.value.message == NOT_ALLOWED
    assert "coördinator" in refused.value.message


def test_not_linked_and_offline_are_said_in_plain_words(server: LiveServer, tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "los", "los")
    try:
        with pytest.raises(NotLinked, match="niet gekoppeld"):
            _ask(laptop)
        _link(laptop, f"http://127.0.0.1:{free_port()}")  # nobody listens there
        with pytest.raises(Offline, match="niet bereikbaar"):
            _ask(laptop)
    finally:
        laptop.close()


def _link(laptop: Laptop, url: str) -> None:
    state = apply.load_state(laptop.workspace)
    state.server_url = url
    apply.save_state(laptop.workspace, state)
    WorkspaceCredentials(laptop.workspace).set(TOKEN_NAME, "een-token")


class _Stub(BaseHTTPRequestHandler):
    """Answers every POST with status 200 and the class's `body`."""

    body = b""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[tuple[str, type[_Stub]]]:
    """A small real HTTP server on loopback whose answer the test sets."""
    handler = type("Answer", (_Stub,), {})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


ENTRY = {
    "id": "00000000-0000-4000-8000-000000000001",
    "tijd": "2026-11-02T09:00:00Z",
    "gebruiker": "sanne",
    "actie": "read",
    "volgnummer": 1,
    "vorige_hash": "0" * 64,
    "hash": "f" * 64,
    "device_id": "apparaat-1",
    "device_name": "laptop",
    "received_at": "2026-11-02T09:01:00Z",
}


@pytest.mark.parametrize(
    "body",
    [
        b"<html>geen json</html>",
        b'{"entries": "veel", "total": 1, "next_offset": null}',
        json.dumps({"entries": [{**ENTRY, "tijd": "gisteren"}], "total": 1}).encode(),
        json.dumps({"entries": [ENTRY] * 5, "total": 1, "next_offset": None}).encode(),
        b"",
    ],
    ids=["html", "wrong-type", "bad-time", "more-than-total", "empty"],
)
def test_a_malformed_answer_is_a_clear_error(
    stub: tuple[str, type[_Stub]], tmp_path: Path, body: bytes
) -> None:
    url, handler = stub
    handler.body = body
    laptop = Laptop(tmp_path / "karim", "karim")
    try:
        _link(laptop, url)
        with pytest.raises(BadAnswer) as error:
            _ask(laptop)
        assert error.value.message.startswith(BAD_ANSWER)
    finally:
        laptop.close()


def test_a_row_whose_hash_does_not_hold_is_reported(
    stub: tuple[str, type[_Stub]], tmp_path: Path
) -> None:
    url, handler = stub
    handler.body = json.dumps({"entries": [ENTRY], "total": 1, "next_offset": None}).encode()
    laptop = Laptop(tmp_path / "karim", "karim")
    try:
        _link(laptop, url)
        result = _ask(laptop)
        assert result.controle.wrong == [("laptop", 1)]
        assert result.logboek.regels[0].gezin_naam == ""
    finally:
        laptop.close()


def test_the_servers_refusals_come_along(laptops: tuple[Laptop, Laptop]) -> None:
    sanne, karim = laptops
    log_access(sanne.workspace, sanne.actor, "read", _bos(sanne).id)
    newest = len(_trail(sanne))
    with sanne.workspace.engine.begin() as conn:  # someone edits the newest entry afterwards
        conn.execute(
            sa.text("UPDATE audit_entry SET gebruiker = 'iemand' WHERE volgnummer = :n"),
            {"n": newest},
        )
    assert sanne.service.sync().ok  # the data synced, the trail was refused
    result = _ask(karim)
    (refusal,) = result.refusals
    assert (refusal.username, refusal.volgnummer) == ("sanne", newest)
    assert result.controle.ok  # what the server holds is as the laptops sent it


def test_a_server_that_ignores_the_action_filter_is_filtered_here(
    stub: tuple[str, type[_Stub]], tmp_path: Path
) -> None:
    url, handler = stub  # an older server: it knows no `actie` and sends every entry
    update = {**ENTRY, "id": "00000000-0000-4000-8000-000000000002", "actie": "update"}
    body = {"entries": [ENTRY, {**update, "volgnummer": 2}], "total": 2, "next_offset": None}
    handler.body = json.dumps(body).encode()
    laptop = Laptop(tmp_path / "karim", "karim")
    try:
        _link(laptop, url)
        result = _ask(laptop, LogboekFilter(actie="read"))
        assert [r.actie for r in result.logboek.regels] == ["read"]
        assert result.logboek.matching == 1
        assert not result.more
    finally:
        laptop.close()
