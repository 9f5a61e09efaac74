"""Every family document, read back with pypdf: names, goals, dates and scores are in it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.rapportage import RapportFilter
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import DOCUMENTEN, exporteer_rapport, maak_document
from tests.unit.reports.conftest import TODAY, Known


def _read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())


def _document(workspace: Workspace, known: Known, soort: str) -> tuple[PdfReader, str]:
    with workspace.session() as session:
        return _read(maak_document(session, known.traject_a, soort, TODAY))


def _fonts(reader: PdfReader) -> tuple[set[str], set[str]]:
    """(embedded, not embedded) base fonts of every page, including fonts of drawings."""
    embedded, missing = set(), set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = dict(resources.get("/Font", {}))
        for xobject in dict(resources.get("/XObject", {})).values():
            inner = xobject.get_object().get("/Resources")
            if inner is not None:
                fonts.update(dict(inner.get_object().get("/Font", {})))
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]))
            else:
                missing.add(str(font["/BaseFont"]))
    return embedded, missing


@pytest.mark.parametrize("soort", list(DOCUMENTEN))
def test_every_document_has_the_family_organisation_and_embedded_fonts(
    workspace: Workspace, known: Known, soort: str
) -> None:
    reader, text = _document(workspace, known, soort)
    assert "Stichting Testhuis (fictief)" in text
    assert "Öztürk" in text
    embedded, missing = _fonts(reader)
    assert embedded, "the fonts are embedded"
    assert missing == set(), f"fonts referenced but not embedded: {missing}"


def test_plan_van_aanpak(workspace: Workspace, known: Known) -> None:
    reader, text = _document(workspace, known, "plan")
    for expected in (
        "Plan van aanpak",
        "Gezin Öztürk",
        "Ayşe Öztürk",
        "Zoë (groep 2)",
        "Anna Veld",
        "Doel 2: Taal",
        "Doel 6: Structuur",
        "2.1",
        "2.3",
        "6.2",
        known.activiteit,
        "1 december 2026",  # the planned visit
        "10 februari 2026",  # the held intake
        "Gemaakt op 2 november 2026",
        "Pagina 1 van",
    ):
        assert expected in text, expected
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height  # portrait A4


def test_afsprakenkaart(workspace: Workspace, known: Known) -> None:
    _, text = _document(workspace, known, "afsprakenkaart")
    assert "We lezen elke avond samen een boekje." in text
    assert "Wie: Ayşe" in text
    assert "Wanneer: elke avond" in text
    assert "1 december 2026" in text  # the next visit


def test_certificates_are_landscape_one_page_per_person(workspace: Workspace, known: Known) -> None:
    reader, text = _document(workspace, known, "certificaat-kind")
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    assert "Zoë Öztürk" in text
    assert "Anna Veld" in text
    assert "2 november 2026" in text
    _, text = _document(workspace, known, "certificaat-ouder")
    assert "Ayşe Öztürk" in text
    assert "Taal" in text
    assert "Structuur" in text


def test_evaluatie_shows_scores_per_moment(workspace: Workspace, known: Known) -> None:
    _, text = _document(workspace, known, "evaluatie")
    # goal 2: start 2 (Slecht), tussen 3 (Gaat wel), eind 5 (Heel goed) → better by 3
    assert "Taal Slecht Gaat wel Heel goed beter! (+3)" in text
    assert "Structuur Gaat wel ? — Gaat wel gelijk gebleven" in text


def test_dossier_holds_every_kind_of_record(workspace: Workspace, known: Known) -> None:
    _, text = _document(workspace, known, "dossier")
    for expected in (
        "Alles wat we over u bewaren",
        "Ouders (1)",
        "Kinderen (1)",
        "Smileyscores (5)",
        "Ingevulde vragenlijsten (1)",
        "Hoe is het contact met de ouder nu?",  # the question as asked
        "We lezen elke avond samen een boekje.",
        "Wie heeft wanneer iets gedaan",
    ):
        assert expected in text, expected


def test_an_unknown_traject_or_document_gets_a_dutch_message(
    workspace: Workspace, known: Known
) -> None:
    import uuid

    with workspace.session() as session:
        with pytest.raises(SamenLerenError, match="geen traject"):
            maak_document(session, uuid.uuid4(), "plan", TODAY)
        with pytest.raises(SamenLerenError, match="Onbekend document"):
            maak_document(session, known.traject_a, "poster", TODAY)


def test_report_pdf_and_csv(workspace: Workspace, known: Known, tmp_path: Path) -> None:
    out, csv_out = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    with workspace.session() as session:
        exporteer_rapport(
            session,
            RapportFilter(TODAY.replace(month=1, day=1), TODAY.replace(month=12, day=31)),
            out,
            TODAY,
            csv_out,
        )
    _, text = _read(out.read_bytes())
    assert "Rapportage Samen Leren" in text
    assert "2 trajecten liepen" in text
    assert "Doel 2: Taal" in text
    assert "Hoge stress" in text
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "sectie;onderdeel;waarde"
    assert "Trajecten;Totaal in de periode;2" in lines
    assert "Smiley gemiddeld;Doel 2: Taal – eind;5,0" in lines
    assert "Uren;Totaal uren;3,5" in lines


def _has_image(pdf: bytes) -> bool:
    reader, _ = _read(pdf)
    resources: Any = reader.pages[0]["/Resources"]
    return "/XObject" in resources


def _logo(tmp_path: Path) -> Path:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), "#1F6F8B").save(logo)
    return logo


def test_a_logo_is_drawn_and_a_bad_logo_still_gives_the_document_with_a_warning(
    workspace: Workspace, known: Known, tmp_path: Path
) -> None:
    logo = _logo(tmp_path)
    bad = tmp_path / "logo.txt"
    bad.write_text("geen plaatje", encoding="utf-8")
    with workspace.session() as session:
        assert _has_image(maak_document(session, known.traject_a, "plan", TODAY, logo=logo))
        for kapot, zin in ((bad, "geen plaatje"), (tmp_path / "weg.png", "niet gevonden")):
            waarschuwingen: list[str] = []
            pdf = maak_document(
                session, known.traject_a, "plan", TODAY, logo=kapot, waarschuwingen=waarschuwingen
            )
            assert not _has_image(pdf)
            assert "Gezin Öztürk" in _read(pdf)[1]
            assert len(waarschuwingen) == 1
            assert zin in waarschuwingen[0]
            assert "gemaakt zonder logo" in waarschuwingen[0]


def test_logo_and_name_come_from_the_administrators_file(
    workspace: Workspace, known: Known, tmp_path: Path, no_machine_config: Path
) -> None:
    logo = _logo(tmp_path)
    no_machine_config.write_text(
        f'organisation = "Stichting Noord (fictief)"\nlogo = "{logo}"\n', encoding="utf-8"
    )
    with workspace.session() as session:
        pdf = maak_document(session, known.traject_a, "certificaat-kind", TODAY)
        assert _has_image(pdf)
        _, text = _read(pdf)
        assert "Stichting Noord (fictief)" in text
        assert "Stichting Testhuis" not in text
        # a name given by the caller (the user's settings) wins; so does an explicit logo
        _, text = _read(
            maak_document(session, known.traject_a, "plan", TODAY, organisatie="Eigen naam")
        )
        assert "Eigen naam" in text
        out = tmp_path / "rapport.pdf"
        exporteer_rapport(session, RapportFilter(TODAY, TODAY), out, TODAY)
        assert _has_image(out.read_bytes())
        assert "Stichting Noord (fictief)" in _read(out.read_bytes())[1]
        # the administrator's logo went missing: documents are still made, with a warning
        logo.unlink()
        waarschuwingen: list[str] = []
        pdf = maak_document(session, known.traject_a, "plan", TODAY, waarschuwingen=waarschuwingen)
        assert not _has_image(pdf)
        assert waarschuwingen
        assert "niet gevonden" in waarschuwingen[0]


def test_very_long_notes_run_over_pages(workspace: Workspace, known: Known) -> None:
    from samenleren_desktop.model.entities import Gezin, Traject
    from samenleren_desktop.model.services.changes import Actor, record_changes

    lang = "\n".join(f"Regel {n}: <b>niet vet</b> & een lange notitie." for n in range(180))
    with record_changes(workspace, Actor("tester")) as changes:
        traject = changes.session.get(Traject, known.traject_a)
        assert traject is not None
        gezin = changes.session.get(Gezin, traject.gezin_id)
        assert gezin is not None
        changes.update(gezin, notities=lang[:10_000])
    _, text = _document(workspace, known, "dossier")
    assert "Regel 0: <b>niet vet</b> & een lange notitie." in text
    assert "Regel 179:" in text


def test_every_document_of_every_demo_traject(workspace: Workspace) -> None:
    """Trajecten in every stage (no goals yet, stopped, finished) all give readable PDFs."""
    from sqlmodel import select

    from samenleren_desktop.model.demo import fill_demo
    from samenleren_desktop.model.entities import Traject

    with workspace.transaction() as session:
        fill_demo(session, 8, seed=7, today=TODAY)
    with workspace.session() as session:
        trajecten = session.exec(select(Traject)).all()
        for traject in trajecten:
            for soort in ("plan", "evaluatie", "certificaat-ouder"):
                reader, text = _read(maak_document(session, traject.id, soort, TODAY))
                assert reader.pages
                assert "Stichting Samen Verder (fictief)" in text


def test_a_report_makes_its_pdf_and_csv_together_or_neither(
    workspace: Workspace, known: Known, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "uit"
    tmp_path.mkdir()
    brief = tmp_path / "brief.txt"
    brief.write_text("tekst", encoding="utf-8")
    jaar = RapportFilter(TODAY.replace(month=1, day=1), TODAY.replace(month=12, day=31))
    pdf, csv_out = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    with workspace.session() as session:
        with pytest.raises(SamenLerenError, match="geen map"):
            exporteer_rapport(session, jaar, brief / "rapport.pdf", TODAY, csv_out)
        assert not csv_out.exists()
        with pytest.raises(SamenLerenError, match="geen map"):
            exporteer_rapport(session, jaar, pdf, TODAY, brief / "rapport.csv")
        assert not pdf.exists()
        with pytest.raises(SamenLerenError, match="andere bestandsnaam"):
            exporteer_rapport(session, jaar, pdf, TODAY, pdf)
        exporteer_rapport(session, jaar, pdf, TODAY, csv_out)
    assert pdf.exists()
    assert csv_out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.txt", "rapport.csv", "rapport.pdf"]


def test_a_certificate_without_goals_leaves_the_goal_line_out(
    workspace: Workspace, known: Known
) -> None:
    with workspace.session() as session:
        waarschuwingen: list[str] = []
        pdf = maak_document(
            session, known.traject_oud, "certificaat-ouder", TODAY, waarschuwingen=waarschuwingen
        )
    _, text = _read(pdf)
    assert "voor het meedoen aan Samen Leren." in text
    assert "U hebt gewerkt aan" not in text
    assert waarschuwingen == []  # that traject is afgesloten: no warning


def test_a_certificate_before_the_afronding_is_made_with_a_warning(
    workspace: Workspace, known: Known
) -> None:
    with workspace.session() as session:
        for soort in ("certificaat-kind", "certificaat-ouder"):
            waarschuwingen: list[str] = []
            pdf = maak_document(
                session, known.traject_a, soort, TODAY, waarschuwingen=waarschuwingen
            )
            assert _read(pdf)[0].pages
            assert len(waarschuwingen) == 1
            assert "nog niet afgerond" in waarschuwingen[0]
        waarschuwingen = []
        maak_document(session, known.traject_a, "plan", TODAY, waarschuwingen=waarschuwingen)
        assert waarschuwingen == []  # only certificates belong to the afronding


def test_the_report_embeds_every_font_it_references(
    workspace: Workspace, known: Known, tmp_path: Path
) -> None:
    out = tmp_path / "rapport.pdf"
    with workspace.session() as session:
        exporteer_rapport(session, RapportFilter(TODAY.replace(month=1, day=1), TODAY), out, TODAY)
    embedded, missing = _fonts(PdfReader(out))
    assert embedded
    assert missing == set()
