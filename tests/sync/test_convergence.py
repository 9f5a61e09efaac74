"""Randomized convergence: three coaches and a coordinator edit offline, sync in random order,
with broken connections, repeated pushes, server restarts and assignments that end (and begin
again); in the end every laptop equals the server within its families, and every saved edit
reached the server (as its value, in its log or a conflict).

CI runs seed 1; `SAMENLEREN_SYNC_SEEDS=1-50` (or `3,7,9`) runs more.
"""

from __future__ import annotations

import os
import random
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from samenleren_desktop.model.entities import Gezin, Kind
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.protocol import CONFLICT_TABLE
from samenleren_server import accounts, db, stream
from tests.server.live import LiveServer
from tests.sync.laptops import FaultyTransport, Laptop, server_records

COACHES = ("anna", "bram", "cem")
COORDINATOR = "dewi"
STEPS = int(os.environ.get("SAMENLEREN_SYNC_STEPS", "100"))


def _seeds() -> list[int]:
    text = os.environ.get("SAMENLEREN_SYNC_SEEDS", "1")
    if "-" in text:
        low, high = text.split("-")
        return list(range(int(low), int(high) + 1))
    return [int(s) for s in text.split(",")]


class World:
    """The laptops, the server and the ledger of every saved edit."""

    def __init__(self, server: LiveServer, folder: Path, rng: random.Random) -> None:
        self.server = server
        self.rng = rng
        self.laptops: dict[str, Laptop] = {}
        self.faults: dict[str, FaultyTransport] = {}
        self.ledger: list[tuple[str, str, str, Any]] = []  # (table, id, field, value)
        self.deleted: set[str] = set()
        for name in (*COACHES, COORDINATOR):
            role = "coordinator" if name == COORDINATOR else "begeleider"
            server.user("Noord", role, name)
            laptop = Laptop(folder / name, name, page_size=rng.choice([3, 7, 50]))
            self.faults[name] = FaultyTransport()
            laptop.enrol(server, self.faults[name])
            self.laptops[name] = laptop

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.close()
        for transport in self.faults.values():
            transport.close()

    # --- offline work -------------------------------------------------------------------
    def _rows(self, laptop: Laptop, table: str) -> list[str]:
        return sorted(apply.local_records(laptop.workspace, [table])[table])

    def create_gezin(self, laptop: Laptop) -> None:
        achternaam = self.rng.choice(["Jansen", "Bos", "Smit", "Mulder"])
        naam = f"Gezin {achternaam} {self.rng.randint(1, 99)}"
        with record_changes(laptop.workspace, laptop.actor) as changes:
            gezin = changes.create(Gezin(naam=naam))
        self.ledger.append(("gezin", str(gezin.id), "naam", naam))

    def create_kind(self, laptop: Laptop) -> None:
        gezinnen = self._rows(laptop, "gezin")
        if not gezinnen:
            return self.create_gezin(laptop)
        gezin_id = uuid.UUID(self.rng.choice(gezinnen))
        voornaam = self.rng.choice(["Noor", "Sem", "Lina", "Daan"])
        with record_changes(laptop.workspace, laptop.actor) as changes:
            kind = changes.create(Kind(gezin_id=gezin_id, voornaam=voornaam, groep=1))
        self.ledger.append(("kind", str(kind.id), "voornaam", voornaam))
        return None

    def edit(self, laptop: Laptop) -> None:
        table = self.rng.choice(["gezin", "kind"])
        ids = self._rows(laptop, table)
        if not ids:
            return
        record_id = uuid.UUID(self.rng.choice(ids))
        if table == "gezin":
            field = self.rng.choice(["plaats", "notities", "postcode"])
            value: Any = f"{field}-{laptop.username}-{self.rng.randint(0, 999)}"[:10]
            model: Any = Gezin
        else:
            field = self.rng.choice(["groep", "achternaam"])
            value = self.rng.randint(1, 4) if field == "groep" else f"A{self.rng.randint(0, 99)}"
            model = Kind
        with record_changes(laptop.workspace, laptop.actor) as changes:
            row = changes.session.get(model, record_id)
            assert row is not None
            if getattr(row, field) == value:
                return
            changes.update(row, **{field: value})
        self.ledger.append((table, str(record_id), field, value))

    def delete(self, laptop: Laptop) -> None:
        table = self.rng.choice(["kind", "kind", "gezin"])
        ids = self._rows(laptop, table)
        if not ids:
            return
        record_id = uuid.UUID(self.rng.choice(ids))
        with record_changes(laptop.workspace, laptop.actor) as changes:
            row = changes.session.get(Gezin if table == "gezin" else Kind, record_id)
            assert row is not None
            changes.delete(row)
        self.deleted.add(str(record_id))

    # --- syncing and faults ---------------------------------------------------------------
    def sync(self, laptop: Laptop) -> None:
        result = laptop.service.sync()
        assert result.ok or result.offline, result
        self.share_new_families()

    def sync_with_cut(self, laptop: Laptop, path: str) -> None:
        self.faults[laptop.username].cut_after[path] = 1
        result = laptop.service.sync()
        self.faults[laptop.username].cut_after[path] = 0
        assert result.ok or result.offline, result

    def repeat_last_push(self, laptop: Laptop) -> None:
        pushes = [b for p, b in self.faults[laptop.username].requests if p == "/sync/v1/push"]
        if not pushes:
            return
        token = laptop.service.credentials.get("sync-token")
        response = httpx.post(
            f"{self.server.url}/sync/v1/push",
            content=pushes[-1],
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        assert response.status_code == 200
        assert all(r["replayed"] for r in response.json()["results"])

    def share_new_families(self) -> None:
        """Every family gets a second coach, so coaches really share work."""
        r, a = db.record, db.assignment
        with self.server.db.engine.connect() as conn:
            gezinnen = conn.execute(sa.select(r.c.record_id).where(r.c.tabel == "gezin")).all()
            assigned = conn.execute(sa.select(a.c.gezin_id, a.c.user_id).where(a.c.active)).all()
            users = {n: accounts.user_id_of(conn, n) for n in COACHES}
        counts: dict[str, int] = {}
        for gezin_id, _user in assigned:
            counts[gezin_id] = counts.get(gezin_id, 0) + 1
        for (gezin_id,) in gezinnen:
            if counts.get(gezin_id, 0) < 2:
                taken = {u for g, u in assigned if g == gezin_id}
                free = sorted(set(users.values()) - taken)
                stream.assign(self.server.db, self.rng.choice(free), gezin_id)

    def end_assignment(self) -> None:
        """An admin ends a coach's assignment (the family may be shared again later)."""
        a = db.assignment
        with self.server.db.engine.connect() as conn:
            active = conn.execute(
                sa.select(a.c.user_id, a.c.gezin_id).where(a.c.active).order_by(a.c.gezin_id)
            ).all()
        if active:
            user_id, gezin_id = self.rng.choice(active)
            stream.assign(self.server.db, user_id, gezin_id, active=False)

    def step(self) -> None:
        laptop = self.laptops[self.rng.choice(sorted(self.laptops))]
        action = self.rng.choices(
            [
                "gezin",
                "kind",
                "edit",
                "delete",
                "sync",
                "cut_push",
                "cut_pull",
                "repeat",
                "restart",
                "end",
            ],
            weights=[3, 6, 30, 4, 12, 3, 3, 2, 1, 2],
        )[0]
        if action == "gezin":
            self.create_gezin(laptop)
        elif action == "kind":
            self.create_kind(laptop)
        elif action == "edit":
            self.edit(laptop)
        elif action == "delete":
            self.delete(laptop)
        elif action == "sync":
            self.sync(laptop)
        elif action == "cut_push":
            self.sync_with_cut(laptop, "/sync/v1/push")
        elif action == "cut_pull":
            self.sync_with_cut(laptop, "/sync/v1/pull")
        elif action == "repeat":
            self.repeat_last_push(laptop)
        elif action == "end":
            self.end_assignment()
        else:
            self.server.restart()

    # --- the checks -------------------------------------------------------------------------
    def heal(self) -> None:
        for _round in range(3):
            for laptop in self.laptops.values():
                assert laptop.service.sync().ok
            self.share_new_families()
        for laptop in self.laptops.values():
            assert laptop.service.sync().ok

    def check(self) -> None:
        everything = server_records(self.server)
        with self.server.db.engine.connect() as conn:
            r = db.record
            gezin_of = dict(conn.execute(sa.select(r.c.record_id, r.c.gezin_id)).all())
            mine = {
                name: accounts.assigned_families(conn, accounts.user_id_of(conn, name))
                for name in COACHES
            }
            logged = [row[0] for row in conn.execute(sa.select(db.change_log.c.after))]
            conflicts = [
                row[0]
                for row in conn.execute(sa.select(r.c.data).where(r.c.tabel == CONFLICT_TABLE))
            ]
            tombstones = {
                row[0] for row in conn.execute(sa.select(r.c.record_id).where(r.c.deleted))
            }
        for name, laptop in self.laptops.items():
            assert apply.outbox_size(laptop.workspace) == 0, name
            expected = {
                table: {
                    k: v
                    for k, v in rows.items()
                    if name == COORDINATOR or gezin_of[k] in mine[name]
                }
                for table, rows in everything.items()
            }
            assert laptop.records() == expected, name
            soorten = [c.soort for c in laptop.service.open_conflicts()]
            assert "rejected" not in soorten, name
        for table, record_id, field, value in self.ledger:
            current = everything.get(table, {}).get(record_id, {}).get(field, _MISSING)
            if current == value:
                continue
            in_log = any(isinstance(a, dict) and a.get(field) == value for a in logged)
            in_conflict = any(_holds(c, field, value) for c in conflicts)
            assert in_log or in_conflict, (table, record_id, field, value)
        for record_id in self.deleted:
            assert record_id in tombstones  # a delete always arrives as a tombstone


_MISSING = object()


def _holds(conflict: dict[str, Any], field: str, value: Any) -> bool:
    for side in (conflict.get("bewaard"), conflict.get("anders")):
        if side == value and conflict.get("veld") == field:
            return True
        if isinstance(side, dict) and side.get(field) == value:
            return True
    return False


@pytest.mark.parametrize("seed", _seeds())
def test_random_offline_work_converges(seed: int, server: LiveServer, tmp_path: Path) -> None:
    world = World(server, tmp_path, random.Random(seed))
    try:
        for _ in range(STEPS):
            world.step()
        world.heal()
        world.check()
    finally:
        world.close()
