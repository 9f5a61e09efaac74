"""The report figures, checked against the known data they were made from."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.entities import Traject, VragenlijstAntwoord
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.gezinnen import NieuweOuder, NieuwGezin, create_gezin
from samenleren_desktop.model.services.rapportage import (
    OpTijd,
    RapportFilter,
    achterstanden,
    rapportcijfers,
)
from samenleren_desktop.model.services.trajecten import NieuwContact, add_contact, start_traject
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import exporteer_rapport
from samenleren_desktop.reports.opmaak import datum_tekst
from samenleren_desktop.reports.rapport import csv_bytes, rows
from tests.unit.reports.conftest import TODAY, Known

JAAR = RapportFilter(date(2026, 1, 1), date(2026, 12, 31))


def test_figures_of_the_whole_year(workspace: Workspace, known: Known) -> None:
    with workspace.session() as session:
        c = rapportcijfers(session, JAAR, TODAY)
    assert c.trajecten == 2  # the traject that ended in 2025 is left out
    assert c.per_status == {"doelen": 1, "afgebroken": 1}
    assert c.aanmeldingen_per_bron == {"school": 1, "ouder": 1}
    assert c.doelen_gekozen == {2: 1, 6: 2}
    taal, structuur = c.smileys
    assert (taal.doel, taal.gemiddeld) == (2, {"start": 2.0, "tussen": 3.0, "eind": 5.0})
    assert (taal.vooruit, taal.gelijk, taal.achteruit) == (1, 0, 0)
    assert structuur.gemiddeld == {"start": 3.0, "tussen": None, "eind": 3.0}
    assert structuur.gelijk == 1
    assert c.uren.totaal_uren == 3.5  # 90 + 30 and 60 + 30 minutes; the planned visit not
    assert c.uren.gemiddeld_uren == 1.75
    assert c.uren.boven_norm == 0
    assert c.leerkrachten.aantal == 1
    assert c.leerkrachten.gemiddeld == {
        "contact_ouder": 4.0,
        "betrokkenheid": 5.0,
        "samenwerking_begeleider": 3.0,
    }
    assert c.leerkrachten.contact_veranderd == {"beter": 1}
    assert c.leerkrachten.opnieuw_aanmelden_ja == 1
    assert c.contra_indicaties == {"hoge_stress": 1}
    assert c.contra_besluiten == {"uitstellen": 1}
    assert c.verwijzingen == {"benoemen": 1}
    assert c.warme_overdrachten == 0


def test_filters_by_school_begeleider_and_period(workspace: Workspace, known: Known) -> None:
    with workspace.session() as session:
        eik = rapportcijfers(session, RapportFilter(JAAR.van, JAAR.tot, known.school_eik), TODAY)
        bram = rapportcijfers(
            session, RapportFilter(JAAR.van, JAAR.tot, begeleider_id=known.bram), TODAY
        )
        vorig = rapportcijfers(session, RapportFilter(date(2025, 1, 1), date(2025, 12, 31)), TODAY)
        zomer = rapportcijfers(session, RapportFilter(date(2026, 7, 1), date(2026, 8, 31)), TODAY)
    assert eik.trajecten == 1
    assert eik.per_status == {"doelen": 1}
    assert bram.trajecten == 1
    assert bram.per_status == {"afgebroken": 1}
    assert vorig.trajecten == 1
    assert vorig.aanmeldingen_per_bron == {"wijkteam": 1}
    # B ended on 1 June, A still runs: only A; no sign-ups in the summer
    assert zomer.trajecten == 1
    assert zomer.aanmeldingen_per_bron == {}


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(ValidationError, match="einddatum"):
        RapportFilter(date(2026, 5, 1), date(2026, 4, 1))


def test_achterstanden_lists_every_traject_with_its_coach(
    workspace: Workspace, known: Known
) -> None:
    with workspace.session() as session:
        rows = achterstanden(session, JAAR, TODAY)
    by_gezin = {r.gezin: r for r in rows}
    assert set(by_gezin) == {"Gezin Öztürk", "Gezin Jansen"}
    assert by_gezin["Gezin Öztürk"].begeleiders == "Anna Veld"
    assert by_gezin["Gezin Jansen"].begeleiders == "Bram Hout"
    # A skipped the kennismaking etc.: the next step is the first one not done
    assert by_gezin["Gezin Öztürk"].volgende_stap == "Kennismakingsactiviteit"


@pytest.fixture
def afgerond(workspace: Workspace, known: Known) -> dict[str, object]:
    """Four finished trajecten whose nazorg and follow-up are on time, late, overdue or not due.

    TODAY is 2 November 2026. Nazorg: 6 weeks after the eindevaluatie, late after 8 weeks.
    Follow-up: 6 months after, late 4 weeks later.
    """
    with record_changes(workspace, Actor("tester", "test")) as ch:
        plan: list[tuple[str, date, date | None, date | None, str, int]] = [
            # name, eindevaluatie, nazorg held, follow-up held, status, registratie minuten
            (
                "Gezin Een",
                date(2026, 3, 2),
                date(2026, 4, 13),
                date(2026, 9, 2),
                "afgesloten",
                3100,
            ),
            ("Gezin Twee", date(2026, 3, 2), date(2026, 6, 1), None, "afgesloten", 0),
            ("Gezin Drie", date(2026, 6, 1), None, None, "nazorg", 0),
            ("Gezin Vier", date(2026, 10, 1), None, None, "nazorg", 0),
        ]
        for naam, eind, nazorg, follow_up, status, registratie in plan:
            gezin = create_gezin(ch, NieuwGezin(naam=naam, ouders=[NieuweOuder(voornaam="Ida")]))
            t = start_traject(ch, gezin.id, date(2025, 11, 3), "anders")
            for soort, dag, minuten in (
                ("eindevaluatie", eind, 60),
                ("nazorg", nazorg, 15),
                ("follow_up", follow_up, 15),
            ):
                if dag is not None:
                    add_contact(
                        ch,
                        t,
                        NieuwContact(
                            soort=soort,
                            datum=dag,
                            setting="telefoon" if soort != "eindevaluatie" else "ouder",
                            status="gehouden",
                            duur_minuten=minuten,
                        ),
                    )
            ch.update(t, status=status, registratie_minuten=registratie)
    return {}


def test_nazorg_and_follow_up_on_time_late_overdue_and_not_yet_due(
    workspace: Workspace, afgerond: dict[str, object]
) -> None:
    with workspace.session() as session:
        c = rapportcijfers(session, JAAR, TODAY)
    # Een: nazorg on 13 April (6 weeks), Twee: on 1 June (13 weeks: late),
    # Drie: none, due by 27 July (overdue), Vier: none, due by 26 November (not yet)
    assert c.nazorg == OpTijd(op_tijd=1, te_laat=1, achterstallig=1, nog_niet=1)
    # Een on 2 September (on time); Twee not done, due by 30 September (overdue);
    # Drie (1 December) and Vier (1 April 2027) not yet due
    assert c.follow_up == OpTijd(op_tijd=1, te_laat=0, achterstallig=1, nog_niet=2)


def test_hours_of_closed_trajecten_and_over_the_norm(
    workspace: Workspace, afgerond: dict[str, object]
) -> None:
    with workspace.session() as session:
        c = rapportcijfers(session, JAAR, TODAY)
    een = (60 + 15 + 15 + 3100) / 60  # 53.2 hours: over the norm of 50
    twee = (60 + 15) / 60
    assert c.uren.boven_norm == 1
    assert c.uren.afgesloten_gemiddeld_uren == pytest.approx((een + twee) / 2, abs=0.01)
    assert c.uren.totaal_uren == pytest.approx(3.5 + een + twee + 1 + 1, abs=0.01)


def test_report_rows_are_words_in_a_fixed_order_and_the_csv_is_plain_numbers(
    workspace: Workspace, known: Known
) -> None:
    content = load_content()
    with record_changes(workspace, Actor("tester", "test")) as ch:
        for antwoord in ("weet_niet", "slechter"):
            ch.create(
                VragenlijstAntwoord(
                    gezin_id=ch.session.get(Traject, known.traject_a).gezin_id,  # type: ignore[union-attr]
                    traject_id=known.traject_a,
                    vragenlijst="evaluatie_leerkracht",
                    versie=1,
                    antwoorden={"contact_veranderd": antwoord, "opnieuw_aanmelden": "nee"},
                )
            )
    with workspace.session() as session:
        c = rapportcijfers(session, JAAR, TODAY)
    regels = list(rows(c, content))
    leerkracht = [(o, w) for s, o, w in regels if s == "Evaluatie leerkrachten"]
    assert [o for o, _ in leerkracht if o.startswith("Contact veranderd")] == [
        "Contact veranderd: beter",
        "Contact veranderd: hetzelfde",
        "Contact veranderd: slechter",
        "Contact veranderd: weet ik niet",
    ]
    assert ("Zou opnieuw aanmelden", "1 van 3") in leerkracht
    assert ("Besluit bij contra-indicatie", "Uitstellen", "1") in regels
    assert not any("_" in o or o[:1].islower() for _, o, _ in regels)
    assert ("Smiley vooruit", "Doel 2: Taal – vooruit", "1") in regels
    assert ("Smiley vooruit", "Doel 2: Taal – gelijk", "0") in regels
    assert ("Smiley vooruit", "Doel 2: Taal – achteruit", "0") in regels
    lines = csv_bytes(c, content).decode("utf-8-sig").splitlines()
    assert "Smiley gemiddeld;Doel 6: Structuur – tussen;" in lines  # no score: empty, not "—"
    assert not any("—" in line for line in lines)
    # the same data gives the same rows in the same order
    with workspace.session() as session:
        again = list(rows(rapportcijfers(session, JAAR, TODAY), content))
    assert again == regels


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_every_csv_figure_is_in_the_pdf(
    workspace: Workspace, known: Known, afgerond: dict[str, object], tmp_path: Path
) -> None:
    out, csv_out = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    with workspace.session() as session:
        exporteer_rapport(session, JAAR, out, TODAY, csv_out)
        c = rapportcijfers(session, JAAR, TODAY)
    text = _pdf_text(out.read_bytes())
    records = list(csv.reader(io.StringIO(csv_out.read_text("utf-8-sig")), delimiter=";"))
    assert records[0] == ["sectie", "onderdeel", "waarde"]
    assert len(records) > 45
    for sectie, onderdeel, waarde in records[1:]:
        if sectie == "Periode":
            assert datum_tekst(date.fromisoformat(waarde)) in text
            continue
        assert onderdeel.split(" – ")[0] in text, onderdeel
        assert (waarde or "—") in text, (sectie, onderdeel, waarde)
    # section tables show each item with its value side by side
    for sectie, onderdeel, waarde in records[1:]:
        if sectie in ("Uren", "Nazorg", "Follow-up", "Evaluatie leerkrachten", "Verwijzingen"):
            assert f"{onderdeel} {waarde}" in text, (sectie, onderdeel, waarde)
    assert f"{c.trajecten} trajecten liepen" in text
    assert "Nog niet gedaan en te laat 1" in text
    assert "Trajecten boven de norm van 50 uur 1" in text
