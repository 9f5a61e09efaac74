"""Backup of a whole workspace into one encrypted file, and restoring it into a new folder."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.errors import WorkspaceExists
from samenleren_desktop.model.store.backup import BackupDamaged, backup_workspace, restore_backup
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE, folder_bytes

NAAM = "Gezin Reservekopijzer"


@pytest.fixture
def backup_file(workspace_dir: Path, tmp_path: Path) -> Path:
    with Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF) as ws:
        with ws.transaction() as session:
            session.add(Gezin(naam=NAAM))
        return backup_workspace(ws, tmp_path / "kopie.samenleren")


def test_round_trip_opens_with_the_same_passphrase(backup_file: Path, tmp_path: Path) -> None:
    restored = restore_backup(backup_file, tmp_path / "terug")
    with Workspace.open(restored, PASSPHRASE) as ws, ws.session() as session:
        assert [g.naam for g in session.exec(select(Gezin))] == [NAAM]
        assert ws.integrity_problems() == []
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_backup_holds_no_plaintext(backup_file: Path) -> None:
    data = backup_file.read_bytes()
    assert b"Reservekopijzer" not in data
    assert b"SQLite format 3" not in data
    with tarfile.open(backup_file) as tar:
        assert tar.getnames() == ["samenleren-backup.json", "keyfile.json", "workspace.db"]


def test_backup_never_overwrites(backup_file: Path, workspace_dir: Path) -> None:
    with Workspace.open(workspace_dir, PASSPHRASE) as ws, pytest.raises(WorkspaceExists):
        backup_workspace(ws, backup_file)


def test_restore_refuses_an_existing_workspace(backup_file: Path, workspace_dir: Path) -> None:
    before = folder_bytes(workspace_dir)
    with pytest.raises(WorkspaceExists, match="niet leeg"):
        restore_backup(backup_file, workspace_dir)
    assert folder_bytes(workspace_dir) == before


def test_restore_into_an_empty_folder(backup_file: Path, tmp_path: Path) -> None:
    (tmp_path / "leeg").mkdir()
    Workspace.open(restore_backup(backup_file, tmp_path / "leeg"), PASSPHRASE).close()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


@pytest.mark.parametrize("how", ["truncated", "half", "empty", "flipped", "random", "missing"])
def test_damaged_backup_gives_a_clear_message(backup_file: Path, tmp_path: Path, how: str) -> None:
    data = backup_file.read_bytes()
    with tarfile.open(backup_file) as tar:
        db = tar.getmember("workspace.db")
    end_of_db = db.offset_data + db.size  # after it comes only the tar's zero padding
    damaged = {
        "truncated": data[: end_of_db - 100],
        "half": data[: len(data) // 2],
        "empty": b"",
        "flipped": _flip(data, end_of_db - 100),
        "random": bytes(range(256)) * 40,
    }
    source = tmp_path / "kapot.samenleren"
    if how != "missing":
        source.write_bytes(damaged[how])
    with pytest.raises(BackupDamaged):
        restore_backup(source, tmp_path / "terug")
    assert not (tmp_path / "terug").exists()
    assert not list(tmp_path.glob(".terug*"))
