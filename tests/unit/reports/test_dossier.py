"""The dossier (AVG right of access) in plain Dutch, read back with pypdf, and still complete."""

from __future__ import annotations

import io
import re
import uuid
from datetime import date, datetime
from typing import Any

from pypdf import PdfReader
from sqlmodel import select

from samenleren_desktop.model.content import load_content, render_answers
from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import Gezin, Traject
from samenleren_desktop.model.services.export import gezin_dossier
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import maak_document
from samenleren_desktop.reports.dossier import TECHNISCH, VELD_NAMEN, Namen, _value, veld_naam
from samenleren_desktop.reports.opmaak import datum_tekst
from samenleren_desktop.reports.woorden import tijd_tekst
from tests.unit.reports.conftest import TODAY, Known

ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
RAW_CODES = (
    "created at",
    "updated at",
    "changed by",
    "created_at",
    "ouder_leerkracht_gesprek",
    "doelbezoek",
    "intake_ouder",
    "evaluatie_leerkracht",
    "plan_van_aanpak",
    "create gezin",
    "gezin_id",
    "duur_minuten",
)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _demo_dossier(workspace: Workspace) -> tuple[str, dict[str, Any], Namen]:
    """The dossier of the demo traject with the most records, its text and its raw data."""
    with workspace.transaction() as session:
        fill_demo(session, 12, seed=3, today=TODAY)
    with workspace.session() as session:
        trajecten = [
            t
            for t in session.exec(select(Traject)).all()
            if t.status in ("nazorg", "afgesloten", "afronding")
        ]
        traject = trajecten[0]
        gezin = session.get(Gezin, traject.gezin_id)
        assert gezin is not None
        raw = gezin_dossier(session, gezin)
        text = _text(maak_document(session, traject.id, "dossier", TODAY))
        namen = Namen(session, raw, load_content())
    return text, raw, namen


def _plain(value: str) -> str:
    return " ".join(str(value).split())


def _expected(tabel: str, key: str, value: Any, namen: Namen) -> list[str]:  # noqa: PLR0911
    """What must be in the PDF for one stored value (several strings: all of them)."""
    if value is None or value in ("", [], {}) or key == "handtekening":
        return []
    if isinstance(value, str) and UUID.fullmatch(value):
        return [value]
    if isinstance(value, str) and ISO_MOMENT.match(value):
        return [tijd_tekst(datetime.fromisoformat(value))]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return [datum_tekst(date.fromisoformat(value))]
    if key == "antwoorden":
        return []  # checked with the questions below
    if tabel == "audit_entry":
        return _logbook_expected(key, value)
    if isinstance(value, bool):
        return ["ja" if value else "nee"]
    if isinstance(value, int):
        return [str(value)]
    # codes and lists are shown as words; the words must be there and mean the value
    return [_plain(_value(tabel, key, value, namen))]


ACTIE_WOORD = {"create": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd"}


def _logbook_expected(key: str, value: Any) -> list[str]:
    if key == "actie":
        return [ACTIE_WOORD.get(value, "")]
    if key == "velden":
        return [veld_naam(v) for v in value if v not in TECHNISCH]
    if key == "volgnummer":
        return [f"Logboek nr. {value}"]
    if key == "tabel":
        return []  # named in the sentence ("de gegevens van kind Sara")
    return [str(value)]


def test_every_stored_value_of_a_demo_family_is_in_the_dossier(workspace: Workspace) -> None:
    text, raw, namen = _demo_dossier(workspace)
    content = load_content()
    missing = []
    checked = 0
    for tabel, rows in raw.items():
        for row in rows if isinstance(rows, list) else [rows]:
            for key, value in row.items():
                for expected in _expected(tabel, key, value, namen):
                    checked += 1
                    if _plain(expected) not in text:
                        missing.append((tabel, key, expected))
            if tabel == "vragenlijst_antwoord":
                lijst = content.questionnaire(row["vragenlijst"], row["versie"])
                for answer in render_answers(lijst, row["antwoorden"], content.goal_names):
                    checked += 1
                    if _plain(f"{answer.question} {answer.answer}") not in text:
                        missing.append((tabel, answer.question, answer.answer))
    assert checked > 300
    assert missing == [], missing[:10]
    # free text is shown exactly as stored (not turned into words)
    for row in raw["contactmoment"] + raw["afsprakenkaart_item"]:
        for key in ("notities", "tekst", "wie", "wanneer", "aanwezigen"):
            if row.get(key):
                assert _plain(row[key]) in text


def test_the_dossier_speaks_plain_dutch(workspace: Workspace) -> None:
    text, raw, _ = _demo_dossier(workspace)
    for code in RAW_CODES:
        assert code not in text, code
    assert not ISO_MOMENT.search(text), "no ISO timestamps"
    # stored codes as words
    assert "Huisbezoek werken aan doelen" in text
    assert "Ouder-leerkracht gesprek" in text
    assert "Intakevragenlijst ouder" in text
    assert "Doel " in text
    # every field has a Dutch label
    records = [r for rows in raw.values() for r in (rows if isinstance(rows, list) else [rows])]
    fields = {k for row in records for k in row} - TECHNISCH
    fields -= {"tijd", "gebruiker", "apparaat", "actie", "velden", "volgnummer"}  # logbook
    assert fields <= set(VELD_NAMEN), sorted(fields - set(VELD_NAMEN))
    # ids only in the appendix at the end
    front, appendix = text.split("Technische gegevens", 1)
    assert not UUID.search(front)
    assert str(raw["gezin"]["id"]) in appendix
    for row in raw["contactmoment"]:
        assert row["id"] in appendix


def test_the_logbook_is_sentences_with_dutch_field_names(
    workspace: Workspace, known: Known
) -> None:
    with workspace.session() as session:
        text = _text(maak_document(session, known.traject_a, "dossier", TODAY))
        traject = session.get(Traject, known.traject_a)
        assert traject is not None
        gezin = session.get(Gezin, traject.gezin_id)
        assert gezin is not None
        entry = gezin_dossier(session, gezin)["audit_entry"][0]
    when = tijd_tekst(datetime.fromisoformat(entry["tijd"]))
    assert f"{when} — tester (test) heeft de gegevens van het gezin aangemaakt (velden: " in text
    assert "Woonplaats" in text
    assert "heeft de gegevens van kind Zoë Öztürk aangemaakt" in text
    assert "heeft het traject gewijzigd (velden: " in text
    assert "Stand van zaken" in text
    # codes of the known data as words
    assert "Evaluatie leerkracht" in text
    assert "Basisschool De Eik" in text  # the child's school by name, not its id
    assert "Juf Mirjam" in text
    assert "Plan van aanpak bespreken" in text
    assert "2 (Slecht)" in text
    assert "Tussenevaluatie" in text
    assert str(uuid.UUID(str(entry["id"]))) in text.split("Technische gegevens", 1)[1]
