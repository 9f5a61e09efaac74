"""`samenleren export pdf` and `samenleren report pdf` on a real encrypted workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from samenleren_desktop.cli import main
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.reports.conftest import Known


@pytest.fixture
def folder(workspace: Workspace, known: Known, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The known workspace, closed so the command line can open it."""
    workspace.close()
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", PASSPHRASE)
    return workspace.folder


def test_export_pdf_warns_that_the_file_is_not_encrypted(
    folder: Path, known: Known, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "certificaat.pdf"
    argv = ["export", "pdf", str(folder), "--traject", str(known.traject_a)]
    assert main([*argv, "--document", "certificaat-kind", "--out", str(out)]) == 0
    assert "Zoë Öztürk" in PdfReader(out).pages[0].extract_text()
    assert "niet versleuteld" in capsys.readouterr().out


def test_report_pdf_with_csv_and_filter(
    folder: Path, known: Known, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, csv_out = tmp_path / "r.pdf", tmp_path / "r.csv"
    argv = ["report", "pdf", str(folder), "--from", "2026-01-01", "--to", "2026-12-31"]
    argv += ["--school", str(known.school_eik), "--out", str(out), "--csv", str(csv_out)]
    assert main(argv) == 0
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "School: Basisschool De Eik" in text
    assert "Trajecten;Totaal in de periode;1" in csv_out.read_text(encoding="utf-8-sig")
    assert "niet versleuteld" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-02-30", "--to", "2026-12-31"], "geen geldige datum"),
        (["--from", "2026-12-01", "--to", "2026-01-01"], "einddatum"),
        (["--from", "2026-01-01", "--to", "2026-12-31", "--school", "x"], "geen geldig school-id"),
    ],
)
def test_report_errors_are_one_dutch_sentence(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "pdf", str(folder), *extra, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fout: ")
    assert message in err
    assert not out.exists()


def test_export_to_a_missing_folder(
    folder: Path, known: Known, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nergens" / "plan.pdf"
    argv = ["export", "pdf", str(folder), "--traject", str(known.traject_a), "--document", "plan"]
    assert main([*argv, "--out", str(out)]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_without_logo_the_administrators_logo_is_used_and_a_missing_one_is_a_warning(
    folder: Path,
    known: Known,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_machine_config: Path,
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (90, 30), "#1F6F8B").save(logo)
    no_machine_config.write_text(
        f'logo = "{logo}"\norganisation = "Stichting Noord (fictief)"\n', encoding="utf-8"
    )
    out = tmp_path / "plan.pdf"
    argv = ["export", "pdf", str(folder), "--traject", str(known.traject_a), "--document"]
    assert main([*argv, "plan", "--out", str(out)]) == 0
    page: Any = PdfReader(out).pages[0]
    assert "/XObject" in page["/Resources"]
    assert "Stichting Noord (fictief)" in page.extract_text()
    assert "Let op: Het logo" not in capsys.readouterr().out
    assert main([*argv, "plan", "--out", str(out), "--logo", str(tmp_path / "weg.png")]) == 0
    printed = capsys.readouterr().out
    assert "Plan van aanpak gemaakt" in printed
    assert "Let op: Het logo" in printed
    assert "niet gevonden" in printed


def test_a_certificate_before_the_afronding_gets_a_plain_warning(
    folder: Path, known: Known, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "certificaat.pdf"
    argv = ["export", "pdf", str(folder), "--traject", str(known.traject_a)]
    assert main([*argv, "--document", "certificaat-kind", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.exists()
    assert "Let op: Dit traject is nog niet afgerond" in printed
