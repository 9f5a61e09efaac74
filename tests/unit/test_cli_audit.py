"""`samenleren audit verify` and `samenleren audit export`: exit codes and plain Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from samenleren_desktop.cli import main
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import PASSPHRASE


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "demo"
    assert main(["demo", str(folder), "--families", "4", "--seed", "3"]) == 0
    return folder


def test_verify_an_intact_demo(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", str(demo)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Het logboek is in orde: ")
    assert "de keten is heel" in out


def test_verify_a_tampered_workspace(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(demo, PASSPHRASE) as ws, ws.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_entry SET gebruiker = 'x' WHERE volgnummer = 7"))
    capsys.readouterr()
    assert main(["audit", "verify", str(demo)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        "Het logboek is niet in orde: bij regel 7 is de keten verbroken "
        "(de regel is achteraf veranderd)."
    )


def test_export_writes_csv_with_the_plaintext_warning(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "logboek.csv"
    assert main(["audit", "export", str(demo), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "geëxporteerd naar" in printed
    assert "niet versleuteld" in printed
    header = out.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header == "tijd;gebruiker;apparaat;actie;tabel;record;gezin;velden;volgnummer;hash"
    # The export was logged, and the chain still verifies.
    assert main(["audit", "verify", str(demo)]) == 0


def test_export_of_one_family_and_a_period(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(demo, PASSPHRASE) as ws, ws.engine.connect() as conn:
        gezin = conn.execute(sa.text("SELECT id FROM gezin LIMIT 1")).scalar_one()
    family = f"{gezin[:8]}-{gezin[8:12]}-{gezin[12:16]}-{gezin[16:20]}-{gezin[20:]}"
    out = tmp_path / "gezin.csv"
    argv = ["audit", "export", str(demo), "--out", str(out), "--family", family]
    assert main([*argv, "--from", "2000-01-01", "--to", "2999-12-31"]) == 0
    rows = out.read_bytes().decode("utf-8-sig").splitlines()[1:]
    assert rows
    assert all(row.split(";")[6] == family for row in rows)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--family", "geen-id"], "'geen-id' is geen geldig gezins-id."),
        (["--from", "1-9-2026"], "'1-9-2026' is geen geldige datum."),
        (["--from", "2026-09-02", "--to", "2026-09-01"], "De einddatum ligt voor de begindatum."),
    ],
)
def test_export_bad_input_is_one_sentence(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.csv"
    assert main(["audit", "export", str(demo), "--out", str(out), *extra]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_audit_help_reads_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["audit", "--help"])
    out = capsys.readouterr().out
    assert "verify" in out
    assert "export" in out
    assert "logboek" in out
