"""Randomized convergence: three coaches and a coordinator edit offline, sync in random order,
with broken connections, repeated pushes, server restarts and assignments that end (and begin
again); in the end every laptop equals the server within its families, and no saved edit was
lost: each is the current value, kept in a conflict, or overwritten by a write that had seen it
(`tests/sync/ledger.py`). Pushes are also abandoned halfway: the laptop gives up before the
server answered, while the server may still be applying them.

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
from samenleren_server import accounts, db, stream
from tests.server.live import LiveServer
from tests.sync.laptops import FaultyTransport, Laptop, server_records
from tests.sync.ledger import Ledger

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
        self.ledger = Ledger()
        self.devices: dict[str, str] = {}
        self.deleted: set[str] = set()
        for name in (*COACHES, COORDINATOR):
            role = "coordinator" if name == COORDINATOR else "begeleider"
            server.user("Noord", role, name)
            laptop = Laptop(folder / name, name, page_size=rng.choice([3, 7, 50]))
            self.faults[name] = FaultyTransport()
            laptop.enrol(server, self.faults[name])
            self.laptops[name] = laptop
            self.devices[name] = apply.load_state(laptop.workspace).device_id

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.close()
        for transport in self.faults.values():
            transport.close()

    # --- offline work -------------------------------------------------------------------
    def _rows(self, laptop: Laptop, table: str) -> list[str]:
        return sorted(apply.local_records(laptop.workspace, [table])[table])

    def saved(self, laptop: Laptop, table: str, record_id: object, name: str, value: Any) -> None:
        self.ledger.saved(table, record_id, name, value, self.devices[laptop.username])

    def create_gezin(self, laptop: Laptop) -> None:
        achternaam = self.rng.choice(["Jansen", "Bos", "Smit", "Mulder"])
        naam = self.ledger.unique(f"Gezin {achternaam} ")
        with record_changes(laptop.workspace, laptop.actor) as changes:
            gezin = changes.create(Gezin(naam=naam))
        self.saved(laptop, "gezin", gezin.id, "naam", naam)

    def create_kind(self, laptop: Laptop) -> None:
        gezinnen = self._rows(laptop, "gezin")
        if not gezinnen:
            return self.create_gezin(laptop)
        gezin_id = uuid.UUID(self.rng.choice(gezinnen))
        voornaam = self.ledger.unique(self.rng.choice(["Noor", "Sem", "Lina", "Daan"]))
        with record_changes(laptop.workspace, laptop.actor) as changes:
            kind = changes.create(Kind(gezin_id=gezin_id, voornaam=voornaam, groep=1))
        self.saved(laptop, "kind", kind.id, "voornaam", voornaam)
        return None

    def edit(self, laptop: Laptop) -> None:
        table = self.rng.choice(["gezin", "kind"])
        ids = self._rows(laptop, table)
        if not ids:
            return
        record_id = uuid.UUID(self.rng.choice(ids))
        # Every value is unique (groep only has 1-4, so it is not among the edited fields).
        field = self.rng.choice(
            ["plaats", "notities", "postcode"] if table == "gezin" else ["voornaam", "achternaam"]
        )
        value = self.ledger.unique(f"{field[0].upper()}{laptop.username[0]}")
        model: Any = Gezin if table == "gezin" else Kind
        with record_changes(laptop.workspace, laptop.actor) as changes:
            row = changes.session.get(model, record_id)
            assert row is not None
            changes.update(row, **{field: value})
        self.saved(laptop, table, record_id, field, value)

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

    def sync_abandoning_push(self, laptop: Laptop) -> None:
        """The laptop gives up on a push before the answer; the server may still apply it."""
        fault = self.faults[laptop.username]
        fault.abandon["/sync/v1/push"] = (1, self.rng.choice([0.0, 0.005, 0.05]))
        result = laptop.service.sync()
        fault.abandon.clear()
        assert result.ok or result.offline, result

    def repeat_last_push(self, laptop: Laptop) -> None:
        self.faults[laptop.username].settle()  # an abandoned push has ended (and is stored)
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
                "abandon_push",
                "repeat",
                "restart",
                "end",
            ],
            weights=[3, 6, 30, 4, 12, 3, 3, 3, 2, 1, 2],
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
        elif action == "abandon_push":
            self.sync_abandoning_push(laptop)
        elif action == "repeat":
            self.repeat_last_push(laptop)
        elif action == "end":
            self.end_assignment()
        else:
            for transport in self.faults.values():
                transport.settle()
            self.server.restart()

    # --- the checks -------------------------------------------------------------------------
    def heal(self) -> None:
        for transport in self.faults.values():
            transport.settle()
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
        lost = self.ledger.lost(self.server.db)
        assert not lost, lost[:5]
        for record_id in self.deleted:
            assert record_id in tombstones  # a delete always arrives as a tombstone


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
