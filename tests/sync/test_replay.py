"""Receipts belong to the device that pushed: a change id is only ever replayed to its sender."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from samenleren_desktop.sync.client import SyncClient
from samenleren_desktop.sync.protocol import Change, ChangeResult
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop, server_records


@pytest.fixture
def laptops(server: LiveServer, tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    """sanne and ahmed coach for Noord, olga coordinates Zuid; sanne has two laptops."""
    for org, role, name in (
        ("Noord", "begeleider", "sanne"),
        ("Noord", "begeleider", "ahmed"),
        ("Zuid", "coordinator", "olga"),
    ):
        server.user(org, role, name)
    found = {n: Laptop(tmp_path / n, n) for n in ("sanne", "ahmed", "olga")}
    found["sanne-2"] = Laptop(tmp_path / "sanne-2", "sanne")
    try:
        for laptop in found.values():
            laptop.enrol(server)
        yield found
    finally:
        for laptop in found.values():
            laptop.close()


def _push(server: LiveServer, laptop: Laptop, change: Change) -> ChangeResult:
    token = laptop.service.credentials.get("sync-token")
    client = SyncClient(server.url, token)
    try:
        (result,) = client.push([change]).results
        return result
    finally:
        client.close()


def _new_family(change_id: str, naam: str) -> Change:
    gezin_id = str(uuid.uuid4())
    return Change(
        change_id=change_id,
        table="gezin",
        record_id=gezin_id,
        gezin_id=gezin_id,
        op="create",
        fields={"naam": naam, "notities": f"geheim van {naam}"},
    )


def test_the_same_change_id_from_another_device_is_its_own_change(
    server: LiveServer, laptops: dict[str, Laptop]
) -> None:
    change_id = str(uuid.uuid4())
    first = _push(server, laptops["sanne"], _new_family(change_id, "Gezin Bakker"))
    assert (first.status, first.replayed) == ("applied", False)
    assert _push(server, laptops["sanne"], _new_family(change_id, "Anders")).replayed
    for name in ("ahmed", "olga", "sanne-2"):
        own = _new_family(change_id, f"Gezin van {name}")
        result = _push(server, laptops[name], own)
        assert (result.status, result.replayed, result.version) == ("applied", False, 1), name
        assert "Bakker" not in result.model_dump_json(), name
        assert server_records(server)["gezin"][own.record_id]["naam"] == f"Gezin van {name}"
    assert len(server_records(server)["gezin"]) == 4
    for name in ("ahmed", "olga"):
        assert laptops[name].service.sync().ok
        names = {g["naam"] for g in laptops[name].records()["gezin"].values()}
        assert names == {f"Gezin van {name}"}, name
