"""Truncated and corrupted workspaces, key files, recovery seals and backups.

Every damaged file gives one `WorkspaceError` with a Dutch sentence, and the files on disk stay
exactly as they were (nothing is "repaired" over the saved data).
"""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.errors import KeyFileDamaged, WorkspaceError
from samenleren_desktop.model.store import keyfile, recovery
from samenleren_desktop.model.store.backup import backup_workspace, restore_backup
from samenleren_desktop.model.store.workspace import KEY_NAME, Workspace
from tests.conftest import FAST_KDF, PASSPHRASE, folder_bytes
from tests.hardening.corpus import WRONG_VALUES, damaged, json_values
from tests.hardening.fuzzing import attempt, fuzz

NAAM = "Gezin Hardeman"
RECOVERY_PASSPHRASE = "het geheim van de beheerder"


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed workspace with one family, sealed to a recovery key; never changed."""
    base = tmp_path_factory.mktemp("origineel")
    _private, public = recovery.generate_key_pair(base / "beheer", RECOVERY_PASSPHRASE)
    folder = base / "werkruimte"
    key = recovery.load_public_key(public)
    with Workspace.create(folder, PASSPHRASE, FAST_KDF, recovery_key=key) as ws:
        with ws.transaction() as session:
            session.add(Gezin(naam=NAAM))
        backup_workspace(ws, base / "kopie.samenleren")
    return folder


@pytest.fixture(scope="module")
def backup(original: Path) -> bytes:
    return (original.parent / "kopie.samenleren").read_bytes()


def _copy(original: Path, base: Path) -> Path:
    target = base / "werkruimte"
    shutil.copytree(original, target)
    return target


def _opens_or_refuses(folder: Path) -> None:
    """Opening either fails with a WorkspaceError and changes nothing, or shows the family."""
    before = folder_bytes(folder)
    workspace, error = attempt(lambda: Workspace.open(folder, PASSPHRASE, upgrade=False))
    if workspace is None:
        assert isinstance(error, WorkspaceError)
        assert error.message.endswith(".")
        assert folder_bytes(folder) == before
        return
    with workspace:
        problems = workspace.integrity_problems()
        if not problems:
            with workspace.session() as session:
                assert [g.naam for g in session.exec(select(Gezin))] == [NAAM]


@given(data=st.data())
@fuzz(60)
def test_a_damaged_key_file_is_refused_and_left_alone(
    tmp_path_factory: pytest.TempPathFactory, original: Path, data: st.DataObject
) -> None:
    folder = _copy(original, tmp_path_factory.mktemp("sleutel"))
    path = folder / KEY_NAME
    path.write_bytes(damaged(path.read_bytes(), data.draw))
    parsed, _error = attempt(lambda: keyfile.read_key_file(path))
    if parsed is not None and parsed.kdf != FAST_KDF:
        return  # other KDF parameters are bound to the wrap: WrongPassphrase, but slow to show
    _opens_or_refuses(folder)


def _set(doc: Any, path: list[int], value: Any) -> Any:
    if not path or not isinstance(doc, dict | list) or not doc:
        return value
    keys = list(doc) if isinstance(doc, dict) else list(range(len(doc)))
    key = keys[path[0] % len(keys)]
    doc[key] = _set(doc[key], path[1:], value)
    return doc


@given(path=st.lists(st.integers(0, 20), min_size=1, max_size=3), value=json_values)
@fuzz(80)
def test_wrong_values_in_a_key_file_are_refused(
    tmp_path_factory: pytest.TempPathFactory, original: Path, path: list[int], value: Any
) -> None:
    doc = _set(json.loads((original / KEY_NAME).read_text()), path, value)
    target = tmp_path_factory.mktemp("waarden") / KEY_NAME
    target.write_text(json.dumps(doc))
    parsed, error = attempt(lambda: keyfile.read_key_file(target))
    if parsed is None:
        assert isinstance(error, WorkspaceError)
        return
    if parsed.kdf == FAST_KDF:
        key, error = attempt(lambda: parsed.unwrap(PASSPHRASE))
        assert isinstance(error, WorkspaceError) or len(key or b"") == keyfile.DATA_KEY_BYTES


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 60_000,
        b'{"format": "samenleren-workspace-key", "version": ' + b"9" * 5000 + b"}",
        json.dumps({"format": "samenleren-workspace-key", "version": 2, "kdf": "\ud800"}).encode(),
        b"\x00" * 1000,
        "\ufeff{}".encode(),
    ],
    ids=["deep", "huge-version", "surrogate", "zeros", "bom"],
)
def test_hostile_key_files(tmp_path: Path, content: bytes) -> None:
    (tmp_path / KEY_NAME).write_bytes(content)
    with pytest.raises(WorkspaceError):
        keyfile.read_key_file(tmp_path / KEY_NAME)


@given(data=st.data())
@fuzz(40)
def test_a_damaged_database_is_refused_or_reported(
    tmp_path_factory: pytest.TempPathFactory, original: Path, data: st.DataObject
) -> None:
    folder = _copy(original, tmp_path_factory.mktemp("database"))
    path = folder / "workspace.db"
    path.write_bytes(damaged(path.read_bytes(), data.draw))
    _opens_or_refuses(folder)


@given(
    seal=st.fixed_dictionaries(
        {},
        optional={
            key: st.sampled_from(WRONG_VALUES) | json_values | st.just("AAAA")
            for key in ("scheme", "key_id", "recipient", "ephemeral", "nonce", "ciphertext")
        },
    )
    | json_values
)
@fuzz(60)
def test_a_hostile_recovery_seal_is_refused(seal: Any) -> None:
    with pytest.raises(KeyFileDamaged):
        recovery.RecoverySeal.from_dict(seal)


@pytest.mark.parametrize(
    "pem",
    [
        b"",
        b"-----BEGIN PUBLIC KEY-----\n",
        b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
        b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
        b"\xff" * 100,
        b"x" * 100_000,
    ],
    ids=["empty", "header", "short", "encrypted", "binary", "huge"],
)
def test_hostile_recovery_key_files(tmp_path: Path, pem: bytes) -> None:
    path = tmp_path / "sleutel.pem"
    path.write_bytes(pem)
    with pytest.raises(recovery.RecoveryError):
        recovery.load_public_key(path)
    with pytest.raises(recovery.RecoveryError):
        recovery.load_private_key(path, RECOVERY_PASSPHRASE)


def _restore_refused_cleanly(source: Path, target: Path) -> None:
    restored, error = attempt(lambda: restore_backup(source, target))
    if restored is None:
        assert isinstance(error, WorkspaceError)
        assert error.message.endswith(".")
        assert not target.exists()
        assert not list(target.parent.glob(f".{target.name}*"))
        return
    _opens_or_refuses(target)


@given(data=st.data())
@fuzz(40)
def test_a_damaged_backup_restores_nothing(
    tmp_path_factory: pytest.TempPathFactory, backup: bytes, data: st.DataObject
) -> None:
    base = tmp_path_factory.mktemp("kopie")
    source = base / "kapot.samenleren"
    source.write_bytes(damaged(backup, data.draw))
    _restore_refused_cleanly(source, base / "terug")


def _members(backup: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(backup)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _tar(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return out.getvalue()


@given(path=st.lists(st.integers(0, 20), min_size=1, max_size=3), value=json_values)
@fuzz(60)
def test_a_backup_with_a_hostile_manifest_restores_nothing(
    tmp_path_factory: pytest.TempPathFactory, backup: bytes, path: list[int], value: Any
) -> None:
    members = _members(backup)
    manifest = _set(json.loads(members["samenleren-backup.json"]), path, value)
    members["samenleren-backup.json"] = json.dumps(manifest).encode()
    base = tmp_path_factory.mktemp("manifest")
    source = base / "vreemd.samenleren"
    source.write_bytes(_tar(members))
    _restore_refused_cleanly(source, base / "terug")


@pytest.mark.parametrize("name", ["../buiten.db", "/tmp/absoluut.db", "werkruimte/../../x"])
def test_a_backup_cannot_write_outside_its_folder(tmp_path: Path, backup: bytes, name: str) -> None:
    members = _members(backup)
    members[name] = members.pop("workspace.db")
    source = tmp_path / "vreemd.samenleren"
    source.write_bytes(_tar(members))
    _restore_refused_cleanly(source, tmp_path / "sub" / "terug")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub", "vreemd.samenleren"]
