"""SQLCipher connections keyed with a raw data key, and the engine built on them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlcipher3 import dbapi2 as sqlcipher

from samenleren_desktop.model.errors import DatabaseDamaged, WorkspaceLocked

DB_NAME = "workspace.db"

# Per-connection settings. The data key is full-entropy, so SQLCipher's own PBKDF2 is skipped by
# passing it as a raw key; page HMACs stay on. Temp data stays in memory so no plaintext temp
# file appears; WAL with synchronous=FULL keeps every acknowledged commit through a crash.
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


def key_pragma(data_key: bytes) -> str:
    """The PRAGMA that keys a connection: built from hex only, never from user text."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes) -> Any:
    """Open, key and probe one connection; raise `DatabaseDamaged` if the key does not fit.

    SQLCipher accepts any key at `PRAGMA key` and only fails at the first read, so the probe
    reads the schema right away.
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        for pragma in _PRAGMAS:
            conn.execute(pragma)
    except sqlcipher.DatabaseError:
        conn.close()
        raise DatabaseDamaged(
            "De database van deze werkruimte is beschadigd of hoort niet bij dit sleutelbestand."
        ) from None
    return conn


def set_wal(conn: Any) -> None:
    """Switch a new database to write-ahead logging (it is stored in the file)."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DatabaseDamaged("De database kon niet in WAL-modus worden gezet.")


class DataKey:
    """The data key of an open workspace; `forget()` makes every later connection fail."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def get(self) -> bytes:
        """The key, or `WorkspaceLocked` once forgotten."""
        if not self._key:
            raise WorkspaceLocked("De werkruimte is vergrendeld; ontgrendel haar eerst.")
        return self._key

    def forget(self) -> None:
        """Drop the reference to the key (the workspace is closed or locked)."""
        self._key = b""


def make_engine(path: Path, data_key: DataKey) -> Engine:
    """An SQLAlchemy engine whose every connection is keyed and probed."""
    creator: Callable[[], Any] = lambda: connect(path, data_key.get())  # noqa: E731
    engine = create_engine("sqlite+pysqlite://", creator=creator, module=sqlcipher)
    _use_explicit_transactions(engine)
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy issue BEGIN itself, so every session is one real SQLite transaction."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def integrity_problems(conn: Any) -> list[str]:
    """Rows of `integrity_check` and `cipher_integrity_check` that are not 'ok'."""
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [row for row in rows if row != "ok"]
        checked = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher.DatabaseError:  # so damaged that the check itself cannot read it
        return ["De database is zo beschadigd dat de controle haar niet helemaal kan lezen."]
    return problems + [str(row[0]) for row in checked]


def export_copy(conn: Any, target: Path, data_key: bytes) -> None:
    """Write an encrypted copy of the open database to `target` (same data key).

    Uses `sqlcipher_export`, which copies through SQLite itself and so is safe while the
    database is in use, unlike copying the files.
    """
    conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{data_key.hex()}'\"", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('backup')")
    finally:
        conn.execute("DETACH DATABASE backup")
    copy = connect(target, data_key)  # the export is in rollback mode; a workspace uses WAL
    try:
        set_wal(copy)
    finally:
        copy.close()
