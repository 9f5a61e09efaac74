"""A real sync server on loopback for tests: SQLite file or a throwaway PostgreSQL database."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
import sqlalchemy as sa
import uvicorn
from argon2 import PasswordHasher

from samenleren_server import accounts, db
from samenleren_server.app import create_app
from samenleren_server.db import Database

PASSWORD = "geheim-wachtwoord-1"


def _admin_connection() -> tuple[object, str] | tuple[None, str]:
    """A psycopg connection to the `postgres` database, or None with the reason."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover
        return None, f"psycopg ontbreekt: {exc}"
    host = os.environ.get("SAMENLEREN_TEST_PG_HOST", "127.0.0.1")
    reasons = []
    for user in ("postgres", "root"):
        try:
            conn = psycopg.connect(host=host, user=user, dbname="postgres", autocommit=True)
        except psycopg.Error as exc:
            reasons.append(f"{user}: {exc}".strip())
            continue
        return conn, user
    return None, "PostgreSQL op 127.0.0.1:5432 is niet bereikbaar (" + "; ".join(reasons) + ")"


def unreachable(reason: str) -> NoReturn:
    """PostgreSQL is not there: skip locally, fail in CI (the PostgreSQL tests must run)."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; in CI (CI is set) the PostgreSQL tests must run, not be skipped")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A uniquely named PostgreSQL database for this test session, dropped at the end.

    Without PostgreSQL the tests are skipped locally; in CI (`CI` set) they fail instead.
    """
    conn, user = _admin_connection()
    if conn is None:
        unreachable(user)
    name = f"samenleren_test_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[attr-defined]
    try:
        yield f"postgresql+psycopg://{user}@127.0.0.1:5432/{name}"
    finally:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[attr-defined]
        conn.close()  # type: ignore[attr-defined]


def fresh_database(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """An empty, migrated server database of `kind` (sqlite / postgresql); its URL."""
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
        engine.dispose()
    db.upgrade(url)
    return url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn in a thread on a free loopback port; can be stopped and started again."""

    def __init__(self, url: str) -> None:
        self.database_url = url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database: Database | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> LiveServer:
        self.database = db.open_database(self.database_url)
        config = uvicorn.Config(
            create_app(self.database),
            host="127.0.0.1",
            port=self.port,
            log_level="error",
            lifespan="off",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
        if self.database is not None:
            self.database.dispose()
        self._server = self._thread = self.database = None

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def db(self) -> Database:
        assert self.database is not None
        return self.database

    def user(self, org: str, role: str, username: str) -> int:
        """Make the organisation when needed, then a user in it with PASSWORD."""
        with contextlib.suppress(accounts.AdminError):
            accounts.create_org(self.db, org)
        return accounts.create_user(self.db, org, role, username, PASSWORD)


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """A running server on an empty database, on SQLite and on PostgreSQL."""
    live = LiveServer(fresh_database(request.param, tmp_path, request)).start()
    yield live
    live.stop()


@pytest.fixture(autouse=True)
def fast_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap Argon2 parameters for test users (the server keeps argon2-cffi's defaults)."""
    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    )
