"""The `samenleren` command line: every command, and one clear sentence for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samenleren_desktop import __version__
from samenleren_desktop.cli import main
from tests.conftest import PASSPHRASE, folder_bytes

NEW = "een ander lang wachtwoord"


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "wachtwoord.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def demo(tmp_path: Path, passfile: Path) -> Path:
    folder = tmp_path / "demo"
    assert (
        main(
            [
                "demo",
                str(folder),
                "--families",
                "12",
                "--seed",
                "3",
                "--passphrase-file",
                str(passfile),
            ]
        )
        == 0
    )
    return folder


def _export(folder: Path, out: Path, *extra: str) -> dict[str, object]:
    assert main(["export", "json", str(folder), "--out", str(out), *extra]) == 0
    data: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("argv", [[], ["workspace"], ["export"], ["demo"]])
def test_help_reads_in_dutch(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    assert "werkruimte" in capsys.readouterr().out


def test_create_and_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "nieuw"
    assert main(["workspace", "create", str(folder)]) == 0
    assert main(["workspace", "check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Gezinnen: 0" in out
    assert "geen problemen" in out


def test_wrong_passphrase_is_one_sentence_and_changes_nothing(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = folder_bytes(demo)
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", "niet het goede wachtwoord")
    assert main(["workspace", "check", str(demo)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Fout: Het wachtwoord klopt niet")
    assert len(err.splitlines()) == 1
    assert folder_bytes(demo) == before


def test_not_a_workspace(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["workspace", "check", str(tmp_path), "--passphrase-file", str(passfile)]) == 1
    assert "geen werkruimte" in capsys.readouterr().err


def test_no_passphrase_without_terminal(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["workspace", "check", str(demo)]) == 1
    assert "SAMENLEREN_PASSPHRASE" in capsys.readouterr().err


def test_passwd(demo: Path, passfile: Path, tmp_path: Path) -> None:
    new_file = tmp_path / "nieuw.txt"
    new_file.write_text(NEW, encoding="utf-8")
    assert (
        main(
            [
                "workspace",
                "passwd",
                str(demo),
                "--passphrase-file",
                str(passfile),
                "--new-passphrase-file",
                str(new_file),
            ]
        )
        == 0
    )
    assert main(["workspace", "check", str(demo), "--passphrase-file", str(passfile)]) == 1
    assert main(["workspace", "check", str(demo), "--passphrase-file", str(new_file)]) == 0


def test_passwd_refuses_a_short_passphrase(
    demo: Path, passfile: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMENLEREN_NEW_PASSPHRASE", "kort")
    before = folder_bytes(demo)
    assert main(["workspace", "passwd", str(demo), "--passphrase-file", str(passfile)]) == 1
    assert "minstens 12" in capsys.readouterr().err
    assert folder_bytes(demo) == before


def test_demo_is_reproducible_for_a_seed(
    demo: Path, tmp_path: Path, passfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    again = tmp_path / "nog-een-demo"
    assert (
        main(
            [
                "demo",
                str(again),
                "--families",
                "12",
                "--seed",
                "3",
                "--passphrase-file",
                str(passfile),
            ]
        )
        == 0
    )
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", PASSPHRASE)

    def content(folder: Path, out: str) -> list[object]:
        data = _export(folder, tmp_path / out)
        text = json.dumps(data["gezinnen"])
        for volatile in ("created_at", "updated_at", "tijd"):
            text = _strip_field(text, volatile)
        return json.loads(text)  # type: ignore[no-any-return]

    first, second = content(demo, "a.json"), content(again, "b.json")
    assert first == second
    assert len(first) == 12


def _strip_field(text: str, name: str) -> str:
    def drop(value: object) -> object:
        if isinstance(value, dict):
            return {k: drop(v) for k, v in value.items() if k != name}
        if isinstance(value, list):
            items = [drop(v) for v in value]
            return sorted(items, key=lambda v: str(v.get("id")) if isinstance(v, dict) else str(v))
        return value

    return json.dumps(drop(json.loads(text)))


def test_demo_refuses_an_existing_workspace(demo: Path, passfile: Path) -> None:
    before = folder_bytes(demo)
    assert main(["demo", str(demo), "--passphrase-file", str(passfile)]) == 1
    assert folder_bytes(demo) == before


def test_export_one_family_has_every_record_with_its_id(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", PASSPHRASE)
    everything = _export(demo, tmp_path / "alles.json")
    families = everything["gezinnen"]
    assert isinstance(families, list)
    chosen = families[4]
    one = _export(demo, tmp_path / "een.json", "--family", chosen["gezin"]["id"])
    # The first export is in the audit trail now: one "export" entry for this family.
    (again,) = one["gezinnen"]
    logged = [e for e in again["audit_entry"] if e not in chosen["audit_entry"]]
    assert [(e["actie"], e["gezin_id"]) for e in logged] == [("export", chosen["gezin"]["id"])]
    assert {**again, "audit_entry": chosen["audit_entry"]} == chosen
    assert chosen["ouder"]
    assert chosen["kind"]
    for record in [chosen["gezin"], *chosen["ouder"], *chosen["kind"]]:
        assert record["id"]
    assert all(k["gezin_id"] == chosen["gezin"]["id"] for k in chosen["kind"])
    assert "niet versleuteld" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ("geen-uuid", "geen geldig gezins-id"),
        ("00000000-0000-4000-8000-000000000000", "geen gezin met id"),
    ],
)
def test_export_of_an_unknown_family(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    family: str,
    message: str,
) -> None:
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "x.json"
    assert main(["export", "json", str(demo), "--family", family, "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_export_to_a_folder_that_does_not_exist(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMENLEREN_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "bestaat-niet" / "x.json"
    assert main(["export", "json", str(demo), "--out", str(out)]) == 1
    assert "Kan niet schrijven" in capsys.readouterr().err


def test_the_command_line_names_every_document_the_reports_make() -> None:
    from samenleren_desktop.cli_reports import DOCUMENT_SOORTEN
    from samenleren_desktop.reports import DOCUMENTEN

    assert list(DOCUMENT_SOORTEN) == list(DOCUMENTEN)


def test_parsing_the_command_line_loads_no_database_or_pdf_library() -> None:
    """Starting the GUI parses the same command line; it must not wait for heavy imports."""
    import subprocess
    import sys

    code = (
        "import sys, samenleren_desktop.cli as c; c.build_parser().parse_args(['--demo']); "
        "print(sorted(m for m in ('reportlab', 'sqlalchemy', 'httpx') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
