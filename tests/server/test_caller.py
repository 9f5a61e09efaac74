"""The caller behind a token: one fresh query per request; a pull writes only when needed."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from samenleren_server import accounts, db, stream
from samenleren_server.db import Database
from tests.server.live import PASSWORD, fresh_database

GEZIN_A, GEZIN_B, GEZIN_C = (str(uuid.UUID(int=n)) for n in (1, 2, 3))


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    found = db.open_database(fresh_database(request.param, tmp_path, request))
    accounts.create_org(found, "Stichting Zuid")
    for name, role in (("femke", "begeleider"), ("joost", "coordinator")):
        accounts.create_user(found, "Stichting Zuid", role, name, PASSWORD)
    yield found
    found.dispose()


def _user_id(database: Database, name: str) -> int:
    with database.engine.connect() as conn:
        return accounts.user_id_of(conn, name)


def _stored_cursor(database: Database, device_id: str) -> int:
    with database.engine.connect() as conn:
        query = sa.select(db.device.c.pulled_cursor).where(db.device.c.id == device_id)
        return int(conn.execute(query).scalar_one())


def _statements(database: Database) -> list[str]:
    seen: list[str] = []

    @event.listens_for(database.engine, "before_cursor_execute")
    def _seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    return seen


def test_one_query_gives_user_families_and_ends(database: Database) -> None:
    femke = _user_id(database, "femke")
    for gezin in (GEZIN_A, GEZIN_B, GEZIN_C):
        stream.assign(database, femke, gezin)
    stream.assign(database, femke, GEZIN_C, active=False)
    _, token = accounts.login(database, "femke", PASSWORD, "laptop")
    seen = _statements(database)
    caller = accounts.caller_for_token(database, token)
    assert caller is not None
    assert [s.split()[0] for s in seen if s != "BEGIN"] == ["SELECT"]
    assert (caller.username, caller.role, caller.organisation) == (
        "femke",
        "begeleider",
        "Stichting Zuid",
    )
    assert caller.assigned == {GEZIN_A, GEZIN_B}
    assert caller.ending == {GEZIN_C}
    assert caller.first_end is not None
    assert caller.first_end > 0


def test_a_coordinator_has_no_family_lists(database: Database) -> None:
    _, token = accounts.login(database, "joost", PASSWORD, "kantoor")
    caller = accounts.caller_for_token(database, token)
    assert caller is not None
    assert caller.sees_whole_organisation
    assert (caller.assigned, caller.ending, caller.first_end) == (set(), set(), None)


def test_revocation_and_assignments_count_from_the_next_request(database: Database) -> None:
    femke = _user_id(database, "femke")
    device_id, token = accounts.login(database, "femke", PASSWORD, "laptop")
    before = accounts.caller_for_token(database, token)
    assert before is not None
    assert before.assigned == set()
    stream.assign(database, femke, GEZIN_A)
    after = accounts.caller_for_token(database, token)
    assert after is not None
    assert after.assigned == {GEZIN_A}
    accounts.revoke_device(database, device_id)
    assert accounts.caller_for_token(database, token) is None
    assert accounts.caller_for_token(database, "een-onbekend-token") is None


def test_a_pull_writes_the_cursor_only_when_it_passes_an_end(database: Database) -> None:
    femke = _user_id(database, "femke")
    stream.assign(database, femke, GEZIN_A)
    device_id, token = accounts.login(database, "femke", PASSWORD, "laptop")
    caller = accounts.caller_for_token(database, token)
    assert caller is not None
    accounts.note_pulled(database, caller, 50)  # nothing ended: no write needed
    assert _stored_cursor(database, device_id) == 0

    stream.assign(database, femke, GEZIN_A, active=False)
    caller = accounts.caller_for_token(database, token)
    assert caller is not None
    assert caller.ending == {GEZIN_A}
    assert caller.first_end is not None
    accounts.note_pulled(database, caller, caller.first_end - 1)  # end not pulled yet
    assert _stored_cursor(database, device_id) == 0
    accounts.note_pulled(database, caller, caller.first_end)  # the end is stored now
    assert _stored_cursor(database, device_id) == caller.first_end
    later = accounts.caller_for_token(database, token)
    assert later is not None
    assert (later.ending, later.assigned) == (set(), set())

    accounts.note_pulled(database, later, 0)  # a new server database: back to the start
    assert _stored_cursor(database, device_id) == 0
