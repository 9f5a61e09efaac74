"""The encrypted workspace: create, unlock, refuse bad input without changing anything."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    NotAWorkspace,
    WeakPassphrase,
    WorkspaceExists,
    WorkspaceInUse,
    WorkspaceLocked,
    WorkspaceTooNew,
    WrongPassphrase,
)
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE, folder_bytes


def _closed_workspace_with_family(folder: Path, naam: str = "Gezin Veldkamp") -> None:
    with Workspace.create(folder, PASSPHRASE, FAST_KDF) as ws, ws.transaction() as session:
        session.add(Gezin(naam=naam))


def test_create_and_reopen_keeps_the_data(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    with Workspace.open(workspace_dir, PASSPHRASE) as ws, ws.session() as session:
        assert [g.naam for g in session.exec(select(Gezin))] == ["Gezin Veldkamp"]


def test_database_settings(workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # memory
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # full
        assert conn.execute(text("PRAGMA cipher_version")).scalar()


def test_database_is_not_plain_sqlite(workspace: Workspace) -> None:
    header = (workspace.folder / "workspace.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_wrong_passphrase_is_refused_and_nothing_changes(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    before = folder_bytes(workspace_dir)
    with pytest.raises(WrongPassphrase):
        Workspace.open(workspace_dir, "dit is het niet helaas")
    assert folder_bytes(workspace_dir) == before
    Workspace.open(workspace_dir, PASSPHRASE).close()  # the lock was released


def test_change_passphrase_rewraps_without_rewriting_the_database(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    database_before = (workspace_dir / "workspace.db").read_bytes()
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.change_passphrase("een nieuw en lang wachtwoord")
    assert (workspace_dir / "workspace.db").read_bytes() == database_before
    with pytest.raises(WrongPassphrase):
        Workspace.open(workspace_dir, PASSPHRASE)
    with Workspace.open(workspace_dir, "een nieuw en lang wachtwoord") as ws:
        assert ws.integrity_problems() == []


def test_short_passphrase_is_refused(workspace_dir: Path) -> None:
    with pytest.raises(WeakPassphrase, match="minstens 12"):
        Workspace.create(workspace_dir, "kort", FAST_KDF)
    assert not workspace_dir.exists()


def test_create_never_overwrites_a_workspace(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    before = folder_bytes(workspace_dir)
    with pytest.raises(WorkspaceExists):
        Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF)
    assert folder_bytes(workspace_dir) == before


def test_second_open_in_this_process_is_refused(workspace: Workspace) -> None:
    with pytest.raises(WorkspaceInUse, match="al geopend"):
        Workspace.open(workspace.folder, PASSPHRASE)


def test_second_process_is_refused(workspace: Workspace) -> None:
    script = (
        "import sys\n"
        "from samenleren_desktop.model.store.workspace import Workspace\n"
        "from samenleren_desktop.model.errors import WorkspaceInUse\n"
        "try:\n"
        f"    Workspace.open(sys.argv[1], {PASSPHRASE!r})\n"
        "except WorkspaceInUse as e:\n"
        "    print(e.message); sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(workspace.folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 3, result.stderr
    assert "al geopend" in result.stdout


def test_a_folder_without_workspace(tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text("geen werkruimte")
    before = folder_bytes(tmp_path)
    with pytest.raises(NotAWorkspace, match="geen werkruimte"):
        Workspace.open(tmp_path, PASSPHRASE)
    assert folder_bytes(tmp_path) == before


def test_missing_key_file(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    (workspace_dir / "keyfile.json").unlink()
    with pytest.raises(NotAWorkspace):
        Workspace.open(workspace_dir, PASSPHRASE)


def test_corrupt_key_file(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    (workspace_dir / "keyfile.json").write_text('{"format": "samenleren-workspace-key"')
    before = folder_bytes(workspace_dir)
    with pytest.raises(KeyFileDamaged):
        Workspace.open(workspace_dir, PASSPHRASE)
    assert folder_bytes(workspace_dir) == before


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[:3000])
    elif how == "flipped":
        path.write_bytes(data[:100] + bytes([data[100] ^ 0xFF]) + data[101:])
    elif how == "random":
        path.write_bytes(bytes(range(256)) * (len(data) // 256))
    elif how == "empty":
        path.write_bytes(b"")


@pytest.mark.parametrize("how", ["truncated", "flipped", "random", "empty"])
def test_damaged_database_gets_a_clear_error(workspace_dir: Path, how: str) -> None:
    _closed_workspace_with_family(workspace_dir)
    _damage(workspace_dir / "workspace.db", how)
    before = folder_bytes(workspace_dir)
    with pytest.raises(DatabaseDamaged, match="beschadigd"):
        Workspace.open(workspace_dir, PASSPHRASE)
    assert folder_bytes(workspace_dir) == before


def test_plain_sqlite_file_is_not_a_workspace_database(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    (workspace_dir / "workspace.db").unlink()
    sqlite3.connect(workspace_dir / "workspace.db").execute("create table t(x)").connection.close()
    with pytest.raises(DatabaseDamaged):
        Workspace.open(workspace_dir, PASSPHRASE)


def test_key_file_of_another_workspace(tmp_path: Path) -> None:
    _closed_workspace_with_family(tmp_path / "a")
    _closed_workspace_with_family(tmp_path / "b")
    shutil.copy(tmp_path / "b" / "keyfile.json", tmp_path / "a" / "keyfile.json")
    with pytest.raises(DatabaseDamaged, match="hoort niet bij"):
        Workspace.open(tmp_path / "a", PASSPHRASE)


def test_workspace_from_a_newer_program(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    with Workspace.open(workspace_dir, PASSPHRASE) as ws, ws.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_toekomst'"))
    before = folder_bytes(workspace_dir)
    with pytest.raises(WorkspaceTooNew, match="nieuwere versie"):
        Workspace.open(workspace_dir, PASSPHRASE)
    assert folder_bytes(workspace_dir) == before


def test_rotating_the_data_key_is_verified_and_keeps_data(workspace_dir: Path) -> None:
    _closed_workspace_with_family(workspace_dir)
    old_key_file = (workspace_dir / "keyfile.json").read_bytes()
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.rotate_data_key(PASSPHRASE)
        with ws.session() as session:
            assert session.exec(select(Gezin)).one().naam == "Gezin Veldkamp"
    assert not (workspace_dir / "keyfile.pending.json").exists()
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        assert ws.integrity_problems() == []
    (workspace_dir / "keyfile.json").write_bytes(old_key_file)
    with pytest.raises(DatabaseDamaged):
        Workspace.open(workspace_dir, PASSPHRASE)


def test_backup_is_encrypted_and_complete(workspace_dir: Path, tmp_path: Path) -> None:
    _closed_workspace_with_family(workspace_dir, "Gezin Backupnaam")
    target = tmp_path / "kopie.db"
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.backup(target)
    assert b"Backupnaam" not in target.read_bytes()
    shutil.copy(target, workspace_dir / "workspace.db")
    with Workspace.open(workspace_dir, PASSPHRASE) as ws, ws.session() as session:
        assert session.exec(select(Gezin)).one().naam == "Gezin Backupnaam"


def test_a_closed_workspace_opens_no_new_connections(workspace: Workspace) -> None:
    workspace.close()
    with pytest.raises(WorkspaceLocked), workspace.session() as session:
        session.exec(select(Gezin)).all()
