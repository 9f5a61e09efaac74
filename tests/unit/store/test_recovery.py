"""Organisation recovery: the data key sealed to a recovery key, and a lost passphrase replaced."""

from __future__ import annotations

import json
import stat
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.errors import (
    KeyFileDamaged,
    WeakPassphrase,
    WorkspaceExists,
    WrongPassphrase,
)
from samenleren_desktop.model.store import keyfile, recovery
from samenleren_desktop.model.store.recover import recover_workspace
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE, folder_bytes

RECOVERY_PASSPHRASE = "het geheim van de beheerder"
NEW = "een nieuw wachtwoord na herstel"


@pytest.fixture
def key_pair(tmp_path: Path) -> tuple[Path, Path]:
    return recovery.generate_key_pair(tmp_path / "beheer", RECOVERY_PASSPHRASE)


def _private(key_pair: tuple[Path, Path]) -> X25519PrivateKey:
    return recovery.load_private_key(key_pair[0], RECOVERY_PASSPHRASE)


def _sealed_workspace(folder: Path, public: Path, naam: str = "Gezin Hersteldijk") -> None:
    key = recovery.load_public_key(public)
    with (
        Workspace.create(folder, PASSPHRASE, FAST_KDF, recovery_key=key) as ws,
        ws.transaction() as session,
    ):
        session.add(Gezin(naam=naam))


def _names(folder: Path, passphrase: str) -> list[str]:
    with Workspace.open(folder, passphrase) as ws, ws.session() as session:
        return [g.naam for g in session.exec(select(Gezin))]


def test_key_pair_files(key_pair: tuple[Path, Path]) -> None:
    private, public = key_pair
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in private.read_bytes()
    assert b"PUBLIC KEY" in public.read_bytes()
    with pytest.raises(WorkspaceExists):
        recovery.generate_key_pair(private.parent, RECOVERY_PASSPHRASE)


def test_recovered_workspace_opens_with_the_new_passphrase_only(
    workspace_dir: Path, key_pair: tuple[Path, Path]
) -> None:
    _sealed_workspace(workspace_dir, key_pair[1])
    used = recover_workspace(workspace_dir, _private(key_pair), NEW)
    assert used == recovery.public_key_id(recovery.load_public_key(key_pair[1]))
    assert _names(workspace_dir, NEW) == ["Gezin Hersteldijk"]
    with pytest.raises(WrongPassphrase):
        Workspace.open(workspace_dir, PASSPHRASE)
    recover_workspace(workspace_dir, _private(key_pair), PASSPHRASE)  # the seal was renewed
    assert _names(workspace_dir, PASSPHRASE) == ["Gezin Hersteldijk"]


def test_seal_survives_a_passphrase_change(
    workspace_dir: Path, key_pair: tuple[Path, Path]
) -> None:
    _sealed_workspace(workspace_dir, key_pair[1])
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.change_passphrase("nog een ander wachtwoord")
        assert ws.recovery_key_id is not None
    recover_workspace(workspace_dir, _private(key_pair), NEW)
    assert _names(workspace_dir, NEW) == ["Gezin Hersteldijk"]


def test_rotation_reseals_the_new_data_key(
    workspace_dir: Path, key_pair: tuple[Path, Path]
) -> None:
    _sealed_workspace(workspace_dir, key_pair[1])
    before = json.loads((workspace_dir / "keyfile.json").read_text())["recovery"]
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.rotate_data_key(PASSPHRASE)
    after = json.loads((workspace_dir / "keyfile.json").read_text())["recovery"]
    assert after["key_id"] == before["key_id"]
    assert after["ciphertext"] != before["ciphertext"]
    recover_workspace(workspace_dir, _private(key_pair), NEW)
    assert _names(workspace_dir, NEW) == ["Gezin Hersteldijk"]


def test_seal_an_existing_workspace(workspace: Workspace, key_pair: tuple[Path, Path]) -> None:
    folder = workspace.folder
    with pytest.raises(WrongPassphrase):
        workspace.seal_recovery("niet het wachtwoord", recovery.load_public_key(key_pair[1]))
    workspace.seal_recovery(PASSPHRASE, recovery.load_public_key(key_pair[1]))
    workspace.close()
    recover_workspace(folder, _private(key_pair), NEW)
    assert _names(folder, NEW) == []


def test_a_version_1_key_file_still_opens(workspace_dir: Path) -> None:
    data_key = keyfile.new_data_key()
    old = keyfile.KeyFile(uuid.uuid4(), FAST_KDF, b"s" * 16, b"n" * 12, b"", version=1)
    kek = keyfile.derive_key(PASSPHRASE, old.salt, FAST_KDF)
    sealed = AESGCM(kek).encrypt(old.nonce, data_key, old._associated_data())
    text = keyfile.KeyFile(old.workspace_id, FAST_KDF, old.salt, old.nonce, sealed, 1).to_json()
    assert json.loads(text)["version"] == 1
    assert "recovery" not in text
    path = workspace_dir / "keyfile.json"
    workspace_dir.mkdir()
    path.write_text(text)
    assert keyfile.read_key_file(path).unwrap(PASSPHRASE) == data_key


def test_swapping_the_recipient_breaks_the_passphrase_wrap(
    workspace_dir: Path, key_pair: tuple[Path, Path], tmp_path: Path
) -> None:
    """Otherwise someone who can write the key file could have the next rotation sealed to them."""
    _sealed_workspace(workspace_dir, key_pair[1])
    _, other_public = recovery.generate_key_pair(tmp_path / "ander", RECOVERY_PASSPHRASE)
    other_seal = recovery.seal(b"x" * 32, recovery.load_public_key(other_public), uuid.uuid4())
    data = json.loads((workspace_dir / "keyfile.json").read_text())
    data["recovery"] = other_seal.to_dict()
    (workspace_dir / "keyfile.json").write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Workspace.open(workspace_dir, PASSPHRASE)


def _assert_refused(folder: Path, error: type[Exception], match: str, *args: object) -> None:
    before = folder_bytes(folder)
    with pytest.raises(error, match=match):
        recover_workspace(folder, *args)  # type: ignore[arg-type]
    assert folder_bytes(folder) == before


def test_wrong_private_key(
    workspace_dir: Path, key_pair: tuple[Path, Path], tmp_path: Path
) -> None:
    _sealed_workspace(workspace_dir, key_pair[1])
    other, _ = recovery.generate_key_pair(tmp_path / "ander", RECOVERY_PASSPHRASE)
    wrong = recovery.load_private_key(other, RECOVERY_PASSPHRASE)
    _assert_refused(workspace_dir, recovery.WrongRecoveryKey, "hoort niet bij", wrong, NEW)


def test_wrong_recovery_passphrase_and_not_a_key(key_pair: tuple[Path, Path]) -> None:
    with pytest.raises(recovery.WrongRecoveryPassphrase, match="klopt niet"):
        recovery.load_private_key(key_pair[0], "dit is het niet")
    with pytest.raises(recovery.WrongRecoveryKey, match="geen privé-herstelsleutel"):
        recovery.load_private_key(key_pair[1], RECOVERY_PASSPHRASE)
    with pytest.raises(recovery.WrongRecoveryKey, match="geen publieke"):
        recovery.load_public_key(key_pair[0])


def test_workspace_without_a_seal(workspace_dir: Path, key_pair: tuple[Path, Path]) -> None:
    Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF).close()
    private = _private(key_pair)
    _assert_refused(workspace_dir, recovery.NoRecoverySeal, "niet verzegeld", private, NEW)


@pytest.mark.parametrize("part", ["ciphertext", "ephemeral", "key_id", "scheme"])
def test_damaged_seal(workspace_dir: Path, key_pair: tuple[Path, Path], part: str) -> None:
    _sealed_workspace(workspace_dir, key_pair[1])
    data = json.loads((workspace_dir / "keyfile.json").read_text())
    value = data["recovery"][part]
    data["recovery"][part] = ("A" if value[0] != "A" else "B") + value[1:]
    (workspace_dir / "keyfile.json").write_text(json.dumps(data))
    _assert_refused(workspace_dir, KeyFileDamaged, "beschadigd", _private(key_pair), NEW)


def test_damaged_key_file_and_weak_passphrase(
    workspace_dir: Path, key_pair: tuple[Path, Path]
) -> None:
    _sealed_workspace(workspace_dir, key_pair[1])
    _assert_refused(workspace_dir, WeakPassphrase, "minstens", _private(key_pair), "kort")
    (workspace_dir / "keyfile.json").write_bytes(b'{"format": "samenleren-workspace-key", "ver')
    _assert_refused(workspace_dir, KeyFileDamaged, "beschadigd", _private(key_pair), NEW)
