"""`samenleren content check DIR`: every problem reported as `file: field: problem`."""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from samenleren_desktop.cli_content import register, run_content_check
from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.paths import content_dir

INTAKE_V2 = "questionnaires/intake_ouder/v2.json"


def _run(folder: Path) -> int:
    parser = argparse.ArgumentParser(prog="samenleren")
    register(parser.add_subparsers())
    args = parser.parse_args(["content", "check", str(folder)])
    assert args.handler is run_content_check
    result: int = args.handler(args)
    return result


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(content_dir(), target)
    return target


def _edit(folder: Path, relative: str, change: Callable[[Any], None]) -> None:
    path = folder / relative
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


def _problems(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert _run(folder) == 1
    lines = capsys.readouterr().err.splitlines()
    assert "klopt niet" in lines[-1]
    return lines[:-1]


def _question(doc: Any, section: int, question: int) -> Any:
    return doc["sections"][section]["questions"][question]


def test_the_shipped_content_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(content_dir()) == 0
    out = capsys.readouterr().out
    assert "in orde" in out
    assert "8 doelen, 38 subdoelen" in out


def test_invalid_json_is_reported_with_line_and_column(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (copy / "doelen.json").write_text('{\n  "schema": 1,\n  "doelen": [,]\n}\n', encoding="utf-8")
    problems = _problems(copy, capsys)
    assert problems[0].startswith("doelen.json: regel 3, kolom 14: ongeldige JSON")


def test_a_subgoal_that_does_not_exist(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(
        copy,
        "informatiemap.json",
        lambda d: d["activiteiten"][12]["subdoelen"].__setitem__(0, "9.9"),
    )
    assert _problems(copy, capsys) == [
        "informatiemap.json: activiteiten[12].subdoelen[0]: subdoel 9.9 bestaat niet"
    ]


def test_activity_problems_each_get_a_line(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def change(doc: Any) -> None:
        first, second = doc["activiteiten"][0], doc["activiteiten"][1]
        first["groep"]["max"] = 5
        first["doelen"] = [1]  # its subgoal 8.1 belongs to goal 8
        second["id"] = first["id"]
        second["kosten"] = "duur"

    _edit(copy, "informatiemap.json", change)
    problems = _problems(copy, capsys)
    assert (
        "informatiemap.json: activiteiten[0].groep.max: groep 5 ligt niet tussen 1 en 4" in problems
    )
    assert any(
        p.startswith("informatiemap.json: activiteiten[0].subdoelen[0]: subdoel 8.1")
        for p in problems
    )
    assert (
        "informatiemap.json: activiteiten[1].id: id ‘gezinscollage’ komt twee keer voor" in problems
    )
    assert (
        "informatiemap.json: activiteiten[1].kosten: kosten moeten gratis of weinig zijn"
        in problems
    )
    assert len(problems) == 4


def test_question_problems(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def change(doc: Any) -> None:
        _question(doc, 0, 0)["type"] = "slider"
        _question(doc, 0, 2)["id"] = "aanwezig"
        del _question(doc, 1, 0)["options"]
        _question(doc, 1, 1)["requird"] = True
        _question(doc, 0, 3)["show_if"] = {"question": "kind_groep", "equals": "1"}
        _question(doc, 1, 2)["show_if"] = {"question": "bestaat_niet", "equals": "ja"}

    _edit(copy, INTAKE_V2, change)
    problems = _problems(copy, capsys)
    prefix = f"{INTAKE_V2}: sections"
    assert f"{prefix}[0].questions[0].type: onbekend vraagtype ‘slider’" in problems
    assert f"{prefix}[0].questions[2].id: vraag-id ‘aanwezig’ komt twee keer voor" in problems
    assert f"{prefix}[1].questions[0].options: een keuzevraag heeft opties nodig" in problems
    assert f"{prefix}[1].questions[1].requird: onbekend veld ‘requird’" in problems
    assert (
        f"{prefix}[0].questions[3].show_if.question: verwijst naar vraag ‘kind_groep’ "
        "die pas later komt"
    ) in problems
    assert (
        f"{prefix}[1].questions[2].show_if.question: verwijst naar vraag ‘bestaat_niet’ "
        "die niet bestaat"
    ) in problems


def test_condition_values_must_fit_the_question(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(doc: Any) -> None:
        _question(doc, 0, 4)["show_if"] = {"question": "hulp_bij_praten", "equals": "yes"}
        _question(doc, 1, 4)["show_if"] = {"question": "zorgen", "in": ["anders"]}
        _question(doc, 4, 1)["show_if"] = {"all": [{"question": "besluit", "any_of": ["x"]}]}

    _edit(copy, INTAKE_V2, change)
    problems = _problems(copy, capsys)
    assert any(p.endswith('show_if.equals: gebruik "ja" of "nee"') for p in problems)
    assert any("gebruik any_of bij een vraag van type multiple_choice" in p for p in problems)
    assert any("show_if.all[0].any_of: any_of werkt alleen" in p for p in problems)


def test_a_version_gap_is_reported(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy / "questionnaires" / "intake_ouder"
    (folder / "v2.json").rename(folder / "v3.json")
    problems = _problems(copy, capsys)
    assert (
        "questionnaires/intake_ouder: versies moeten 1, 2, 3 … zonder gaten zijn (gevonden: 1, 3)"
        in problems
    )
    assert (
        "questionnaires/intake_ouder/v3.json: version: moet 3 zijn, net als de bestandsnaam"
        in problems
    )


def test_a_question_may_not_change_type_between_versions(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(copy, INTAKE_V2, lambda d: _question(d, 0, 2).__setitem__("type", "long_text"))
    problems = _problems(copy, capsys)
    assert any(
        p.startswith(f"{INTAKE_V2}: vraag taal_thuis: type long_text wijkt af") for p in problems
    )


def test_contra_indications_need_the_decision_question(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(copy, INTAKE_V2, lambda d: _question(d, 4, 0)["options"].pop())
    problems = _problems(copy, capsys)
    assert any("heeft een vraag ‘besluit’ nodig" in p for p in problems)


def test_goal_problems(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def change(doc: Any) -> None:
        doc["doelen"][5]["kleur"] = "blauw"
        doc["doelen"][1]["subdoelen"][2]["nummer"] = "2.9"
        doc["kleuren"][0]["hex"] = "paars"

    _edit(copy, "doelen.json", change)
    problems = _problems(copy, capsys)
    assert "doelen.json: doelen[5].kleur: kleur ‘blauw’ staat niet bij de kleuren" in problems
    assert "doelen.json: doelen[1].subdoelen[2].nummer: verwacht subdoel 2.3, niet 2.9" in problems
    assert "doelen.json: kleuren[0].hex: ‘paars’ is geen kleurcode zoals #6A3D9A" in problems


def test_missing_files_and_folders(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (copy / "informatiemap.json").unlink()
    shutil.rmtree(copy / "questionnaires")
    assert _problems(copy, capsys) == [
        "informatiemap.json: bestand ontbreekt",
        "questionnaires: map ontbreekt",
    ]


def test_a_folder_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path / "nergens") == 1
    assert "deze map bestaat niet" in capsys.readouterr().err


def test_loading_broken_content_raises_a_validation_error(copy: Path) -> None:
    _edit(copy, "informatiemap.json", lambda d: d["activiteiten"][0].__setitem__("duur_minuten", 0))
    with pytest.raises(ValidationError) as caught:
        load_content(copy)
    assert caught.value.field == "informatiemap.json: activiteiten[0].duur_minuten"
    assert "klopt niet" in caught.value.message
