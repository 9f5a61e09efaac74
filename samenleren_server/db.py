"""The server's own tables (SQLAlchemy Core, same DDL on SQLite and PostgreSQL) and engines."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

metadata = sa.MetaData()

organisation = sa.Table(
    "organisation",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
)

user = sa.Table(
    "server_user",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), nullable=False),
    sa.Column("username", sa.String(100), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
)

device = sa.Table(
    "device",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("server_user.id"), nullable=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    # The cursor of this device's last pull: it holds everything up to there (s0002).
    sa.Column("pulled_cursor", sa.BigInteger, nullable=False, server_default="0"),
    # When the token was last used, to the day (s0008): an unused token expires.
    sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
)

assignment = sa.Table(
    "assignment",
    metadata,
    sa.Column("user_id", sa.Integer, sa.ForeignKey("server_user.id"), primary_key=True),
    sa.Column("gezin_id", sa.String(64), primary_key=True),
    sa.Column("active", sa.Boolean, nullable=False),
    # The sequence number of the end, sent to the user's laptops as `revoked_family` (s0002).
    sa.Column("ended_seq", sa.BigInteger, nullable=True),
)

record = sa.Table(
    "record",
    metadata,
    sa.Column("tabel", sa.String(50), primary_key=True),
    sa.Column("record_id", sa.String(64), primary_key=True),
    sa.Column("org_id", sa.Integer, nullable=False),
    sa.Column("gezin_id", sa.String(64), nullable=True),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.Column("deleted", sa.Boolean, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("field_versions", sa.JSON, nullable=False),
    sa.Column("field_writers", sa.JSON, nullable=False),
    sa.Column("changed_by", sa.String(100), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_record_org_seq", "org_id", "seq"),
    sa.Index("ix_record_gezin_seq", "gezin_id", "seq"),
)

change_log = sa.Table(
    "change_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("seq", sa.BigInteger, nullable=False, index=True),
    sa.Column("tabel", sa.String(50), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("device_id", sa.String(64), nullable=True),
    sa.Column("change_id", sa.String(64), nullable=True),
    sa.Column("op", sa.String(20), nullable=False),
    sa.Column("before", sa.JSON, nullable=True),
    sa.Column("after", sa.JSON, nullable=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    # The record version written, and the version the pushing laptop had seen (s0004).
    sa.Column("version", sa.BigInteger, nullable=True),
    sa.Column("base_version", sa.BigInteger, nullable=True),
)

receipt = sa.Table(
    "receipt",
    metadata,
    # Per device (s0003): the same change id from another device is another change.
    sa.Column("change_id", sa.String(64), nullable=False),
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("result", sa.JSON, nullable=False),
    sa.PrimaryKeyConstraint("device_id", "change_id", name="receipt_device_change_pk"),
)

counter = sa.Table(
    "sync_counter",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
    sa.Column("epoch", sa.String(64), nullable=False),
)

content_bundle = sa.Table(
    "content_bundle",
    metadata,
    sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("files", sa.JSON, nullable=False),
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("published_by", sa.String(100), nullable=False),
)

DEFAULT_DATABASE = "sqlite:///samenleren-server.db"
# Connections kept open per engine: as many as the server's worker threads (40), so a burst of
# laptops reuses connections instead of opening (and on SQLite setting up) new ones.
POOL_SIZE = 40
POOL_OVERFLOW = 20


class Writer:
    """The engine for write transactions: `with writer.begin() as conn: ...`.

    On SQLite one write transaction runs at a time. Writers of this process queue on a lock
    that is held until the commit is done, so a waiting writer starts the moment the previous
    one ends; without it SQLite's busy handler lets waiting writers sleep in growing steps
    (up to 100 ms) and retry, which under a burst of laptops cost more than the work itself.
    Other processes (an admin command) still meet SQLite's busy timeout. On PostgreSQL there
    is no lock: row locks serialize what must be serialized.
    """

    def __init__(self, engine: Engine, serial: bool) -> None:
        self.engine = engine
        self._lock = threading.Lock() if serial else None

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A write transaction, committed at the end (rolled back on an exception)."""
        if self._lock is None:
            with self.engine.begin() as conn:
                yield conn
            return
        with self._lock, self.engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


@dataclass
class Database:
    """The engines of one server database.

    Attributes:
        url: the SQLAlchemy URL.
        engine: for reads (and PostgreSQL writes).
        writer: for write transactions; on SQLite it takes the write lock at BEGIN (see
            `Writer`).
    """

    url: str
    engine: Engine
    writer: Writer

    def dispose(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()
        self.writer.dispose()


def _sqlite_engine(url: str, begin: str) -> Engine:
    engine = sa.create_engine(
        url,
        connect_args={"timeout": 60, "check_same_thread": False},
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA journal_mode = WAL")
        dbapi_conn.execute("PRAGMA synchronous = NORMAL")
        dbapi_conn.execute("PRAGMA busy_timeout = 60000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


def open_database(url: str = DEFAULT_DATABASE) -> Database:
    """Engines on the database at `url` (SQLite file or postgresql+psycopg://…)."""
    if url.startswith("sqlite"):
        writer = Writer(_sqlite_engine(url, "BEGIN IMMEDIATE"), serial=True)
        return Database(url, _sqlite_engine(url, "BEGIN"), writer)
    engine = sa.create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
    return Database(url, engine, Writer(engine, serial=False))


def upgrade(url: str) -> None:
    """Apply pending server migrations (at every `serve` start and before admin commands)."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["database_url"] = url
    command.upgrade(config, "head")
