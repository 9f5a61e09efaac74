"""The set-up and the baselines of `bench_sync`: what the same work costs without the sync.

- `direct_copy`: the server's records read straight from its database and inserted into an
  encrypted workspace in one transaction (what a first sync does, minus HTTP, JSON, paging and
  the sync bookkeeping);
- `direct_push`: for n edits, the rows a push reads and writes (the records, their new
  versions, the change log and the receipts) straight in the server database, one transaction.
"""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from samenleren_desktop.model.store.keyfile import KdfParams
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply
from samenleren_server import accounts, db, stream
from samenleren_server.merge import Sequence

PASSWORD = "benchmark-wachtwoord"
KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def verdict(met: bool) -> str:
    return "ok" if met else "MISSED"


def print_machine() -> None:
    """One line on where the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    print(
        f"machine: {cpu}, {os.cpu_count()} logical CPUs, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def set_up(database: db.Database, n: int, laptops: int, edits: int) -> list[str]:
    """An organisation with a coordinator and begeleiders, n records; the begeleiders.

    Each begeleider gets enough families for its laptops to edit different ones (see
    `bench_laptops.Laptop.edit`).
    """
    accounts.create_org(database, "Bench")
    accounts.create_user(database, "Bench", "coordinator", "coord", PASSWORD)
    coaches = [f"coach{i:02d}" for i in range(max(1, laptops // 2))]
    ids = [accounts.create_user(database, "Bench", "begeleider", c, PASSWORD) for c in coaches]
    gezinnen = _seed(database, n)
    per_coach = math.ceil(laptops / len(coaches)) * edits
    if per_coach * len(coaches) > len(gezinnen):
        raise SystemExit(f"{n} records are too few families for {laptops} laptops")
    for number, user_id in enumerate(ids):
        for gezin in gezinnen[number * per_coach : (number + 1) * per_coach]:
            stream.assign(database, user_id, gezin)
    return coaches


def _seed(database: db.Database, n: int) -> list[str]:
    """n records (1 gezin per 4 kinderen) straight into the server database; the gezin ids."""
    rows: list[tuple[str, str, str, dict[str, Any]]] = []
    for number in range(n // 5):
        gezin = str(uuid.uuid4())
        data: dict[str, Any] = {
            "naam": f"Gezin {number}",
            "adres": "Dorpsstraat 1",
            "postcode": "1234 AB",
            "plaats": "Gouda",
            "notities": "x" * 120,
        }
        rows.append(("gezin", gezin, gezin, data))
        for k in range(4):
            kind = {
                "gezin_id": gezin,
                "voornaam": f"Kind {k}",
                "achternaam": "Jansen",
                "geboortedatum": "2019-05-01",
                "groep": 1 + k % 4,
                "school_id": None,
                "leerkracht_id": None,
            }
            rows.append(("kind", str(uuid.uuid4()), gezin, kind))
    values = [
        {
            "tabel": t,
            "record_id": r,
            "org_id": 1,
            "gezin_id": g,
            "version": 1,
            "seq": seq,
            "deleted": False,
            "data": d,
            "field_versions": dict.fromkeys(d, 1),
            "field_writers": {},
            "changed_by": "bench",
            "updated_at": datetime.now(UTC),
        }
        for seq, (t, r, g, d) in enumerate(rows, start=1)
    ]
    with database.writer.begin() as conn:
        for start in range(0, len(values), 5000):
            conn.execute(sa.insert(db.record), values[start : start + 5000])
        conn.execute(sa.update(db.counter).values(value=len(rows)))
    return [r for t, r, _g, _d in rows if t == "gezin"]


def direct_copy(database: db.Database, folder: Path) -> float:
    """Records per second of the same rows read from the server database into a workspace."""
    ws = Workspace.create(folder, "benchmark wachtwoord", KDF)
    start = time.perf_counter()
    with database.engine.connect() as conn:
        rows = conn.execute(
            sa.select(db.record.c.tabel, db.record.c.record_id, db.record.c.data)
        ).all()
    moment = datetime.now(UTC)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for tabel, record_id, data in rows:
        values = apply.from_json(tabel, data)
        by_table.setdefault(tabel, []).append(
            {
                "id": uuid.UUID(record_id),
                "created_at": moment,
                "updated_at": moment,
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


_KEY = (
    db.record.c.tabel == sa.bindparam("key_tabel"),
    db.record.c.record_id == sa.bindparam("key_record_id"),
)


def direct_push(database: db.Database, edits: int) -> float:
    """Edits per second of writing what a push of `edits` gezin edits writes, one transaction."""
    r = db.record
    with database.engine.connect() as conn:
        keys = conn.execute(
            sa.select(r.c.record_id).where(r.c.tabel == "gezin").order_by(r.c.record_id)
        ).all()
    chosen = [keys[i % len(keys)].record_id for i in range(edits)]
    device = uuid.uuid4().hex
    start = time.perf_counter()
    with database.writer.begin() as conn:
        seq = Sequence(conn)
        stored: dict[str, Any] = {}
        unique = sorted(set(chosen))
        for first in range(0, len(unique), 500):
            chunk = unique[first : first + 500]
            query = sa.select(r).where(r.c.tabel == "gezin", r.c.record_id.in_(chunk))
            stored.update({row.record_id: row._asdict() for row in conn.execute(query)})
        updates, log, receipts = [], [], []
        moment = datetime.now(UTC)
        for number, record_id in enumerate(chosen):
            row = stored[record_id]
            version = int(row["version"]) + 1
            new = {
                "data": {**row["data"], "notities": f"direct {number}"},
                "version": version,
                "field_versions": {**row["field_versions"], "notities": version},
                "field_writers": {**row["field_writers"], "notities": device},
                "seq": seq.next(),
                "updated_at": moment,
                "changed_by": "coord",
            }
            updates.append({"key_tabel": "gezin", "key_record_id": record_id, **new})
            change_id = str(uuid.uuid4())
            log.append(
                {
                    "seq": seq.value,
                    "tabel": "gezin",
                    "record_id": record_id,
                    "device_id": device,
                    "change_id": change_id,
                    "op": "update",
                    "before": row["data"],
                    "after": {"notities": new["data"]["notities"]},
                    "at": moment,
                    "version": version,
                    "base_version": version - 1,
                }
            )
            receipts.append({"change_id": change_id, "device_id": device, "result": {}})
            stored[record_id] = {**row, **new}
        conn.execute(sa.update(r).where(*_KEY), updates)
        conn.execute(sa.insert(db.change_log), log)
        conn.execute(sa.insert(db.receipt), receipts)
        seq.store()
    return edits / (time.perf_counter() - start)
