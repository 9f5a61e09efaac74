"""Hostile file names on export: refused in plain Dutch, or kept inside the chosen folder.

Two ways a name reaches the disk: typed by the coach as the target of a PDF, the JSON export
or the audit CSV (refused when it is not a plain file name on every system, Windows
included), and made from a family's name for a batch of documents (always a plain name in
the chosen folder, whatever the family is called).
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given

from samenleren_desktop.model.entities import Gezin, Traject
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.audit_export import export_csv
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.export import export_data, write_json
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import exporteer_batch
from samenleren_desktop.reports.batch import batch_bestand
from samenleren_desktop.reports.bestand import MAX_NAME_BYTES, check_target, write_atomic
from tests.hardening.corpus import ODD_TEXT, odd_text
from tests.hardening.fuzzing import fuzz

HOSTILE_NAMES = [
    "",
    ".",
    "..",
    "CON",
    "con.{suffix}",
    "NUL.{suffix}",
    "Com1.{suffix}",
    "lpt9.backup.{suffix}",
    "aux .{suffix}",
    "regel\nnieuw.{suffix}",
    "tab\t.{suffix}",
    "nul\x00byte.{suffix}",
    "\x1b[31mrood.{suffix}",
    "del\x7f.{suffix}",
    "a:b.{suffix}",
    'aan"hal.{suffix}',
    "wat?.{suffix}",
    "ster*.{suffix}",
    "pijp|.{suffix}",
    "<>.{suffix}",
    "x" * 300 + ".{suffix}",
    "𝔖" * 64 + ".{suffix}",  # 256 bytes in UTF-8
    "los\ud800.{suffix}",
]
ACTOR = Actor("sanne", "laptop-sanne")


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    with record_changes(workspace, ACTOR) as changes:
        gezin = changes.create(Gezin(naam="Gezin Bakker"))
        changes.create(Traject(gezin_id=gezin.id, aanmeld_datum=date(2026, 9, 1)))
    return workspace


def _writers(workspace: Workspace) -> dict[str, object]:
    with workspace.session() as session:
        data = export_data(session)
    return {
        "pdf": lambda target: write_atomic(b"%PDF-1.4 proef", target),
        "json": lambda target: write_json(data, target),
        "csv": lambda target: export_csv(workspace, ACTOR, target),
    }


@pytest.mark.parametrize("suffix", ["pdf", "json", "csv"])
def test_a_hostile_target_name_is_refused_and_nothing_is_written(
    filled: Workspace, tmp_path: Path, suffix: str
) -> None:
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    write = _writers(filled)[suffix]
    for pattern in HOSTILE_NAMES:
        name = pattern.format(suffix=suffix)
        with pytest.raises(SamenLerenError) as refused:
            write(folder / name)  # type: ignore[operator]
        assert refused.value.message.endswith("."), name
        assert "Traceback" not in refused.value.message
        assert list(folder.iterdir()) == [], name
        assert sorted(p.name for p in tmp_path.iterdir()) == ["uitvoer", "werkruimte"], name


@pytest.mark.parametrize("suffix", ["pdf", "json", "csv"])
def test_a_plain_odd_name_is_written_where_it_was_asked(
    filled: Workspace, tmp_path: Path, suffix: str
) -> None:
    write = _writers(filled)[suffix]
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    names = ("Gezin Öztürk – plan", "ﷺ 𝔖𝔞𝔪𝔢𝔫 👨‍👩‍👧", "a" * 240, ".verborgen")
    for name in names:
        target = folder / f"{name}.{suffix}"
        write(target)  # type: ignore[operator]
        assert target.stat().st_size > 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.{suffix}" for n in names)
    if suffix == "json":
        exported = json.loads((folder / "ﷺ 𝔖𝔞𝔪𝔢𝔫 👨‍👩‍👧.json").read_text(encoding="utf-8"))
        assert exported["gezinnen"][0]["gezin"]["naam"] == "Gezin Bakker"


@given(naam=odd_text)
@fuzz(200)
def test_a_family_name_always_makes_a_plain_file_name_in_the_folder(naam: str) -> None:
    folder = Path("/uitvoer/map")
    target = batch_bestand(folder, "certificaat-kind", naam, uuid.UUID(int=7))
    assert target.parent == folder
    assert len(target.name.encode("utf-8")) <= MAX_NAME_BYTES
    assert target.name.startswith("certificaat-kind-")
    assert target.name.endswith("-00000000.pdf")


def test_a_batch_for_hostile_family_names_stays_in_its_folder(
    workspace: Workspace, tmp_path: Path
) -> None:
    names = [*ODD_TEXT, "../../buiten", "..\\..\\buiten", "C:\\Windows\\x", "/etc/passwd"]
    names += ["CON", "𝔖" * 200, "ﷺ" * 200, "a" * 200]
    names = [n for n in names if n.strip() and _utf8(n)][:30]
    trajecten = []
    with record_changes(workspace, ACTOR) as changes:
        for naam in names:
            gezin = changes.create(Gezin(naam=naam[:200]))
            traject = changes.create(Traject(gezin_id=gezin.id, aanmeld_datum=date(2026, 9, 1)))
            trajecten.append((traject.id, gezin.naam))
    folder = tmp_path / "batch"
    folder.mkdir()
    with workspace.session() as session:
        result = exporteer_batch(session, trajecten, "dossier", folder, date(2026, 12, 1))
    assert result.mislukt == []
    made = sorted(folder.iterdir())
    assert len(made) == len(trajecten)
    assert [p.parent for p in made] == [folder] * len(made)
    assert all(p.read_bytes().startswith(b"%PDF") for p in made)
    for path in made:
        check_target(path, ".pdf")  # a plain name on every system
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch", "werkruimte"]


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
