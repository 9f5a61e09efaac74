"""The key file: wrapping, unwrapping and every way a key file can be bad."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from samenleren_desktop.model.errors import KeyFileDamaged, WorkspaceTooNew, WrongPassphrase
from samenleren_desktop.model.store import keyfile
from tests.conftest import FAST_KDF

_REAL_CALIBRATE = keyfile.calibrate  # taken before the autouse fixture swaps it
WORKSPACE_ID = uuid.UUID("0b7c6a52-2f5e-4c1a-9d4e-3f2a1b0c9d8e")


def _written(tmp_path: Path, passphrase: str = "lang genoeg wachtwoord") -> tuple[Path, bytes]:
    data_key = keyfile.new_data_key()
    path = tmp_path / "keyfile.json"
    keyfile.write_key_file(path, keyfile.wrap(data_key, passphrase, WORKSPACE_ID, FAST_KDF))
    return path, data_key


def test_round_trip_gives_back_the_data_key(tmp_path: Path) -> None:
    path, data_key = _written(tmp_path)
    key_file = keyfile.read_key_file(path)
    assert key_file.workspace_id == WORKSPACE_ID
    assert key_file.kdf == FAST_KDF
    assert key_file.unwrap("lang genoeg wachtwoord") == data_key


def test_the_key_file_does_not_contain_the_data_key(tmp_path: Path) -> None:
    path, data_key = _written(tmp_path)
    raw = path.read_bytes()
    assert data_key not in raw
    assert data_key.hex().encode() not in raw


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    path, _ = _written(tmp_path)
    with pytest.raises(WrongPassphrase, match="klopt niet"):
        keyfile.read_key_file(path).unwrap("lang genoeg wachtwoorD")


def test_composed_and_decomposed_accents_are_the_same_passphrase(tmp_path: Path) -> None:
    path, data_key = _written(tmp_path, "café met één taart")
    decomposed = "cafe\u0301 met e\u0301e\u0301n taart"
    assert keyfile.read_key_file(path).unwrap(decomposed) == data_key


def test_weakened_kdf_parameters_do_not_unwrap(tmp_path: Path) -> None:
    path, _ = _written(tmp_path)
    data = json.loads(path.read_text())
    data["kdf"]["memory_kib"] = 16 * 1024
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        keyfile.read_key_file(path).unwrap("lang genoeg wachtwoord")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b'{"format": "samenleren-workspace-key", "version": 1',
        b'{"format": "iets anders"}',
        b'{"format": "samenleren-workspace-key", "version": 1}',
        b"[1, 2, 3]",
        b"x" * 70_000,
    ],
)
def test_damaged_key_files_get_one_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keyfile.json"
    path.write_bytes(content)
    with pytest.raises(KeyFileDamaged) as caught:
        keyfile.read_key_file(path)
    assert caught.value.message.startswith(("Het sleutelbestand", "Dit is geen"))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 64 * 1024 * 1024),
        ("memory_kib", 1),
        ("iterations", 10_000),
        ("lanes", 0),
        ("salt", "bm90IGJhc2U2NA=!"),
        ("memory_kib", "veel"),
        ("iterations", True),
    ],
)
def test_hostile_kdf_parameters_are_refused_before_deriving(
    tmp_path: Path, field: str, value: object
) -> None:
    path, _ = _written(tmp_path)
    data = json.loads(path.read_text())
    data["kdf"][field] = value
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        keyfile.read_key_file(path)


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileDamaged, match="ontbreekt"):
        keyfile.read_key_file(tmp_path / "keyfile.json")


def test_key_file_from_a_newer_program(tmp_path: Path) -> None:
    path, _ = _written(tmp_path)
    data = json.loads(path.read_text())
    data["version"] = keyfile.VERSION + 1
    path.write_text(json.dumps(data))
    with pytest.raises(WorkspaceTooNew, match="nieuwere versie"):
        keyfile.read_key_file(path)


def test_calibration_picks_accepted_parameters() -> None:
    params = _REAL_CALIBRATE(target_seconds=0.05, memory_kib=8 * 1024)
    params.validate()
    assert params.memory_kib == 8 * 1024
    assert 3 <= params.iterations <= 24


def test_default_memory_cost_is_64_mib() -> None:
    assert keyfile.KdfParams().memory_kib == 64 * 1024
