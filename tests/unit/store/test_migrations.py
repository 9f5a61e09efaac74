"""Alembic migrations at unlock: an older workspace is backed up, then upgraded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.store import migrate
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

OLDEST = "0001"


def _old_workspace(folder: Path) -> None:
    """A workspace as the first schema revision wrote it, holding one family."""
    ws = Workspace.create(folder, PASSPHRASE, FAST_KDF, revision=OLDEST)
    assert "workspace_secret" not in inspect(ws.engine).get_table_names()
    with ws, ws.transaction() as session:
        session.add(Gezin(naam="Gezin Oudeversie"))


def test_unlock_migrates_an_older_workspace(workspace_dir: Path) -> None:
    _old_workspace(workspace_dir)
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        assert ws.schema_revision() == migrate.head_revision()
        with ws.session() as session:
            assert session.exec(select(Gezin)).one().naam == "Gezin Oudeversie"
        credentials = WorkspaceCredentials(ws)
        credentials.set("apparaat-token", "t0k3n")
        assert credentials.get("apparaat-token") == "t0k3n"


def test_an_encrypted_backup_is_taken_before_migrating(workspace_dir: Path) -> None:
    _old_workspace(workspace_dir)
    Workspace.open(workspace_dir, PASSPHRASE).close()
    backups = list((workspace_dir / "backups").iterdir())
    assert len(backups) == 1
    assert b"Oudeversie" not in backups[0].read_bytes()
    # The backup is the old database, still at the old revision: restoring it works.
    backups[0].replace(workspace_dir / "workspace.db")
    with Workspace.open(workspace_dir, PASSPHRASE, upgrade=False) as ws:
        assert ws.schema_revision() == OLDEST


def test_an_up_to_date_workspace_is_not_backed_up_again(workspace: Workspace) -> None:
    folder = workspace.folder
    workspace.close()
    Workspace.open(folder, PASSPHRASE).close()
    assert not (folder / "backups").exists()
