"""`samenleren workspace recovery-keygen / seal-recovery / recover / backup / restore`."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from samenleren_desktop.cli import main
from tests.conftest import PASSPHRASE, folder_bytes

RECOVERY = "het geheim van de beheerder"
NEW = "een nieuw wachtwoord na herstel"


@pytest.fixture(autouse=True)
def _no_machine_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SAMENLEREN_CONFIG", str(tmp_path / "geen-beheerbestand.toml"))
    monkeypatch.delenv("SAMENLEREN_RECOVERY_PASSPHRASE", raising=False)


def _secret(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    """Passphrase files, and a key pair made with the command."""
    names = {
        "pass": _secret(tmp_path, "wachtwoord.txt", PASSPHRASE),
        "new": _secret(tmp_path, "nieuw.txt", NEW),
        "recovery": _secret(tmp_path, "herstel.txt", RECOVERY),
        "keys": str(tmp_path / "beheer"),
    }
    argv = ["workspace", "recovery-keygen", "--out", names["keys"]]
    assert main([*argv, "--recovery-passphrase-file", names["recovery"]]) == 0
    names["private"] = names["keys"] + "/herstelsleutel-prive.pem"
    names["public"] = names["keys"] + "/herstelsleutel-publiek.pem"
    return names


@pytest.fixture
def demo(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "demo"
    argv = ["demo", str(folder), "--families", "4", "--passphrase-file", files["pass"]]
    assert main(argv) == 0
    return folder


def _check(folder: Path, passfile: str) -> int:
    return main(["workspace", "check", str(folder), "--passphrase-file", passfile])


def _recover(folder: Path, files: dict[str, str], private: str = "") -> int:
    argv = ["workspace", "recover", str(folder), "--recovery-private-key"]
    argv += [private or files["private"], "--recovery-passphrase-file", files["recovery"]]
    return main([*argv, "--new-passphrase-file", files["new"]])


def _seal(folder: Path, files: dict[str, str]) -> int:
    argv = ["workspace", "seal-recovery", str(folder), "--recovery-key", files["public"]]
    return main([*argv, "--passphrase-file", files["pass"]])


def test_keygen_writes_a_protected_private_key(files: dict[str, str]) -> None:
    assert stat.S_IMODE(Path(files["private"]).stat().st_mode) == 0o600
    assert b"ENCRYPTED" in Path(files["private"]).read_bytes()


def test_keygen_never_replaces_a_key(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = Path(files["private"]).read_bytes()
    argv = ["workspace", "recovery-keygen", "--out", files["keys"]]
    assert main([*argv, "--recovery-passphrase-file", files["recovery"]]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert Path(files["private"]).read_bytes() == before


def test_create_with_a_recovery_key_then_recover(
    tmp_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nieuw"
    argv = ["workspace", "create", str(folder), "--recovery-key", files["public"]]
    assert main([*argv, "--passphrase-file", files["pass"]]) == 0
    assert "Verzegeld voor de herstelsleutel" in capsys.readouterr().out
    assert _recover(folder, files) == 0
    assert _check(folder, files["pass"]) == 1
    assert _check(folder, files["new"]) == 0


def test_seal_an_existing_workspace_then_recover_keeps_the_data(
    demo: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _seal(demo, files) == 0
    assert _recover(demo, files) == 0
    capsys.readouterr()
    assert _check(demo, files["new"]) == 0
    assert "Gezinnen: 4" in capsys.readouterr().out


def test_recovery_key_from_the_machine_wide_file(
    tmp_path: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'recovery_public_key = "{files["public"]}"\n', encoding="utf-8")
    monkeypatch.setenv("SAMENLEREN_CONFIG", str(config))
    folder = tmp_path / "beheerd"
    assert main(["workspace", "create", str(folder), "--passphrase-file", files["pass"]]) == 0
    assert _recover(folder, files) == 0


def _refused(folder: Path, run: object, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = folder_bytes(folder)
    assert run() == 1  # type: ignore[operator]
    assert message in capsys.readouterr().err
    assert folder_bytes(folder) == before


def test_recover_failures_change_nothing(
    demo: Path, files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused(demo, lambda: _recover(demo, files), "niet verzegeld", capsys)
    assert _seal(demo, files) == 0
    other = tmp_path / "ander"
    argv = ["workspace", "recovery-keygen", "--out", str(other)]
    assert main([*argv, "--recovery-passphrase-file", files["recovery"]]) == 0
    wrong_key = str(other / "herstelsleutel-prive.pem")
    _refused(demo, lambda: _recover(demo, files, wrong_key), "hoort niet bij", capsys)
    _refused(demo, lambda: _recover(demo, files, files["public"]), "geen privé", capsys)
    files = {**files, "recovery": _secret(tmp_path, "fout.txt", "niet het herstelwachtwoord")}
    _refused(demo, lambda: _recover(demo, files), "klopt niet", capsys)


def test_recover_with_a_damaged_key_file(
    demo: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _seal(demo, files) == 0
    key_path = demo / "keyfile.json"
    data = json.loads(key_path.read_text())
    data["recovery"]["ciphertext"] = "AAAA" + data["recovery"]["ciphertext"][4:]
    key_path.write_text(json.dumps(data))
    _refused(demo, lambda: _recover(demo, files), "beschadigd", capsys)


def test_backup_and_restore(
    demo: Path, files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    argv = ["export", "json", str(demo), "--out", str(out), "--passphrase-file", files["pass"]]
    assert main(argv) == 0
    family_name = re.findall(r'"naam": "Gezin ([^"]{4,})"', out.read_text())[0]
    backup = tmp_path / "kopie.samenleren"
    argv = ["workspace", "backup", str(demo), "--out", str(backup)]
    assert main([*argv, "--passphrase-file", files["pass"]]) == 0
    assert family_name.encode() not in backup.read_bytes()
    restored = tmp_path / "terug"
    assert main(["workspace", "restore", str(backup), "--to", str(restored)]) == 0
    capsys.readouterr()
    assert _check(restored, files["pass"]) == 0
    assert "Gezinnen: 4" in capsys.readouterr().out
    _refused(
        restored,
        lambda: main(["workspace", "restore", str(backup), "--to", str(restored)]),
        "niet leeg",
        capsys,
    )


def test_restore_of_a_damaged_backup(
    demo: Path, files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "kopie.samenleren"
    argv = ["workspace", "backup", str(demo), "--out", str(backup)]
    assert main([*argv, "--passphrase-file", files["pass"]]) == 0
    backup.write_bytes(backup.read_bytes()[:5000])
    assert main(["workspace", "restore", str(backup), "--to", str(tmp_path / "terug")]) == 1
    assert "beschadigd of onvolledig" in capsys.readouterr().err
    assert not (tmp_path / "terug").exists()
