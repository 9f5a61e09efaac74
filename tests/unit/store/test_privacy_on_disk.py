"""No name of a family may be readable in any file of the workspace folder."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import Gezin, Kind, Ouder
from samenleren_desktop.model.services.export import export_data
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE, folder_bytes


def _names(ws: Workspace) -> set[str]:
    with ws.session() as session:
        names = {g.naam.removeprefix("Gezin ") for g in session.exec(select(Gezin))}
        names |= {o.voornaam for o in session.exec(select(Ouder))}
        names |= {k.voornaam for k in session.exec(select(Kind))}
    return {name for name in names if len(name) >= 4}


def _readable(name: str, files: dict[str, bytes]) -> list[str]:
    needles = {name.encode("utf-8"), name.encode("utf-16-le")}
    return [path for path, data in files.items() if any(n in data for n in needles)]


def test_demo_workspace_files_hold_no_family_names(workspace_dir: Path) -> None:
    ws = Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF)
    with ws.transaction() as session:
        fill_demo(session, 60, seed=7)
    names = _names(ws)
    assert len(names) > 30
    (workspace_dir / "backups").mkdir()
    ws.backup(workspace_dir / "backups" / "kopie.db")
    while_open = folder_bytes(workspace_dir)
    assert "workspace.db-wal" in while_open  # the WAL is checked too, while it holds data
    for name in names:
        assert _readable(name, while_open) == [], name
    with ws.session() as session:
        plain = json.dumps(export_data(session), ensure_ascii=False).encode()
    assert all(_readable(name, {"export": plain}) for name in names)  # the search does find them
    ws.close()
    after_close = folder_bytes(workspace_dir)
    for name in names:
        assert _readable(name, after_close) == [], name
