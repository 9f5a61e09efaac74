"""Sync benchmarks, each printed beside its baseline from the same run (not collected by pytest).

    /tmp/venv/bin/python -m tests.sync.bench_sync [--records 50000] [--postgres]

Runs `samenleren-server serve` as a real process on loopback (SQLite file, or a throwaway
PostgreSQL database with --postgres) and real encrypted workspaces as laptops.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.model.store.keyfile import KdfParams
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import SyncClient, SyncService
from samenleren_server import accounts, db
from tests.server.live import _admin_connection, free_port

PASSWORD = "benchmark-wachtwoord"
KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
NOW = datetime(2026, 11, 2, tzinfo=UTC).isoformat()


def _seed(database: db.Database, n: int) -> None:
    """n records (1 gezin per 4 kinderen) straight into the server database."""
    rows: list[tuple[str, str, str, int, dict[str, Any]]] = []
    seq = 0
    for _ in range(n // 5):
        gezin = str(uuid.uuid4())
        seq += 1
        data = {
            "naam": f"Gezin {seq}",
            "adres": "Dorpsstraat 1",
            "postcode": "1234 AB",
            "plaats": "Gouda",
            "notities": "x" * 120,
        }
        rows.append(("gezin", gezin, gezin, seq, data))
        for k in range(4):
            seq += 1
            kind = {
                "gezin_id": gezin,
                "voornaam": f"Kind {k}",
                "achternaam": "Jansen",
                "geboortedatum": "2019-05-01",
                "groep": 1 + k % 4,
                "school_id": None,
                "leerkracht_id": None,
            }
            rows.append(("kind", str(uuid.uuid4()), gezin, seq, kind))
    values = [
        {
            "tabel": t,
            "record_id": r,
            "org_id": 1,
            "gezin_id": g,
            "version": 1,
            "seq": s,
            "deleted": False,
            "data": d,
            "field_versions": {f: 1 for f in d},
            "field_writers": {},
            "changed_by": "bench",
            "updated_at": datetime.now(UTC),
        }
        for t, r, g, s, d in rows
    ]
    with database.writer.begin() as conn:
        for start in range(0, len(values), 5000):
            conn.execute(sa.insert(db.record), values[start : start + 5000])
        conn.execute(sa.update(db.counter).values(value=seq))


def _direct_copy(database: db.Database, folder: Path) -> float:
    """Baseline: the same rows read from the server database into a workspace, one txn."""
    ws = Workspace.create(folder, "benchmark wachtwoord", KDF)
    start = time.perf_counter()
    with database.engine.connect() as conn:
        rows = conn.execute(
            sa.select(db.record.c.tabel, db.record.c.record_id, db.record.c.data)
        ).all()
    now = datetime.now(UTC)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for tabel, record_id, data in rows:
        values = apply.from_json(tabel, data)
        by_table.setdefault(tabel, []).append(
            {
                "id": uuid.UUID(record_id),
                "created_at": now,
                "updated_at": now,
                "changed_by": "",
                **values,
            }
        )
    with ws.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            for tabel in ("gezin", "kind"):
                conn.execute(sqlite_insert(apply.synced_tables()[tabel]), by_table[tabel])
    elapsed = time.perf_counter() - start
    ws.close()
    return len(rows) / elapsed


class Served:
    def __init__(self, url: str) -> None:
        self.database_url = url
        db.upgrade(url)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "samenleren_server",
                "serve",
                "--database",
                url,
                "--port",
                str(self.port),
            ]
        )
        while True:
            try:
                httpx.get(f"{self.url}/health")
                break
            except httpx.TransportError:
                time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _laptop(folder: Path, server: Served, user: str) -> SyncService:
    ws = Workspace.create(folder, "benchmark wachtwoord", KDF)
    service = SyncService(ws, credentials=WorkspaceCredentials(ws), page_size=5000)
    service.enrol(server.url, user, PASSWORD)
    return service


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def run(url: str, n: int, folder: Path) -> None:  # noqa: PLR0915 - one story, top to bottom
    db.upgrade(url)
    database = db.open_database(url)
    accounts.create_org(database, "Bench")
    for name, role in (("coord", "coordinator"), ("coach", "begeleider")):
        accounts.create_user(database, "Bench", role, name, PASSWORD)
    _seed(database, n)
    direct = _direct_copy(database, folder / "direct")
    server = Served(url)
    try:
        laptop = _laptop(folder / "first", server, "coord")
        start = time.perf_counter()
        result = laptop.sync()
        rate = result.pulled / (time.perf_counter() - start)
        assert result.ok, result
        assert result.pulled == n, result
        print(
            f"first sync of {n} records: {rate:,.0f} records/s "
            f"(direct copy baseline {direct:,.0f}/s, ratio {rate / direct:.2f}x; "
            f"target >= 15,000/s and >= 0.3x)"
        )

        idle = []
        for _ in range(60):
            t = time.perf_counter()
            assert laptop.sync().ok
            idle.append(time.perf_counter() - t)
        print(
            f"sync with nothing to do: median {statistics.median(idle) * 1000:.1f} ms, "
            f"p95 {_p95(idle) * 1000:.1f} ms (target p95 <= 50 ms)"
        )

        coach = _laptop(folder / "coach", server, "coach")
        with record_changes(coach.workspace, Actor("coach")) as changes:
            gezin = changes.create(Gezin(naam="Gezin Bench"))
        assert coach.sync().ok
        for i in range(5000):
            with record_changes(coach.workspace, Actor("coach")) as changes:
                changes.update(gezin, notities=f"notitie {i}")
        start = time.perf_counter()
        result = coach.sync()
        push_rate = result.pushed / (time.perf_counter() - start)
        print(f"push of 5,000 edits: {push_rate:,.0f} edits/s (target >= 1,000/s)")

        tokens = []
        for i in range(50):
            client = SyncClient(server.url)
            tokens.append(client.login("coach", PASSWORD, f"laptop {i}").token)
            client.close()
        latencies: list[float] = []
        errors: list[BaseException] = []
        barrier = threading.Barrier(50)

        def one(token: str) -> None:
            client = SyncClient(server.url, token)
            try:
                barrier.wait()
                t = time.perf_counter()
                page = client.pull(0, 5000)
                while page.has_more:
                    page = client.pull(page.cursor, 5000)
                latencies.append(time.perf_counter() - t)
            except BaseException as exc:
                errors.append(exc)
            finally:
                client.close()

        threads = [threading.Thread(target=one, args=(token,)) for token in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(
            f"50 laptops syncing at once: p95 {_p95(latencies) * 1000:.0f} ms, "
            f"{len(errors)} errors (target p95 < 1 s, no errors)"
        )
        for service in (laptop, coach):
            service.close()
            service.workspace.close()
    finally:
        server.stop()
        database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.postgres:
            print("== SQLite server")
            run(f"sqlite:///{folder / 'server.db'}", args.records, folder)
            return
        conn, user = _admin_connection()
        if conn is None:
            sys.exit(user)
        name = f"samenleren_bench_{uuid.uuid4().hex[:8]}"
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[attr-defined]
        try:
            print("== PostgreSQL server")
            run(f"postgresql+psycopg://{user}@127.0.0.1:5432/{name}", args.records, folder)
        finally:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
