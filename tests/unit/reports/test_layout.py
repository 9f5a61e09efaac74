"""Where things land on the page, measured in the PDFs themselves (pypdf's text positions)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, String
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from samenleren_desktop.model.entities import AfsprakenkaartItem, Kind, Traject
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.trajecten import NieuwContact, add_contact
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import certificaat, maak_document
from samenleren_desktop.reports.opmaak import register_fonts
from samenleren_desktop.reports.tekenen import MOMENT_KLEUREN, score_y, smiley_chart
from tests.unit.reports.conftest import TODAY, Known

LONG_NAME = ("Esmeralda-Josephine", "van den Heuvel-Ramdjanamsingh")
"""A fictional child with a double first name and a double surname."""


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: where it starts, its size and its font."""

    text: str
    x: float
    y: float
    size: float
    font: str

    @property
    def right(self) -> float:
        return self.x + stringWidth(self.text, _font_name(self.font), self.size)


def _font_name(base_font: str) -> str:
    """The registered reportlab name of an embedded subset font ('AAAAAA+DejaVuSans-Bold')."""
    name = base_font.rsplit("+", maxsplit=1)[-1]
    return {
        "DejaVuSerif-Bold": "SamenLeren-Serif-Bold",
        "DejaVuSans-Bold": "SamenLeren-Bold",
        "DejaVuSans-Oblique": "SamenLeren-Oblique",
    }.get(name, "SamenLeren")


def runs(pdf: bytes, page: int = 0) -> list[Run]:
    """Every piece of text on a page with its position, size and font."""
    register_fonts()
    found: list[Run] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            base = str(font.get("/BaseFont", "")) if font else ""
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            found.append(Run(text.strip(), x, y, size * tm[0] * cm[0], base))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def _add_child(workspace: Workspace, known: Known, voornaam: str, achternaam: str) -> None:
    with record_changes(workspace, Actor("tester", "test")) as ch:
        traject = ch.session.get(Traject, known.traject_a)
        assert traject is not None
        ch.create(
            Kind(gezin_id=traject.gezin_id, voornaam=voornaam, achternaam=achternaam, groep=3)
        )


@pytest.mark.parametrize(
    "naam",
    [
        "Zoë Öztürk",
        "Khadija Doğan",
        "Mohammed-Amin El Khayati",
        " ".join(LONG_NAME),
        "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft",
    ],
)
def test_a_name_keeps_clear_of_the_rosette_and_the_border(naam: str) -> None:
    register_fonts()
    layout = certificaat.name_layout(naam)
    left, bottom, right, _ = certificaat.rosette_box()
    margin = certificaat.NAME_MARGIN
    width = certificaat.PAGE[0]
    for x0, _, x1, y1 in layout.boxes():
        beside = x1 + margin <= left or x0 >= right + margin
        below = y1 + margin <= bottom
        assert beside or below, (naam, layout)
        assert x0 >= 40 * mm
        assert x1 <= width - 40 * mm
    assert layout.size >= 20


def test_short_names_stay_big_and_long_ones_shrink_or_wrap() -> None:
    register_fonts()
    assert certificaat.name_layout("Zoë Öztürk").size == 54
    lang = certificaat.name_layout(" ".join(LONG_NAME))
    assert len(lang.lines) == 2
    assert lang.lines == LONG_NAME  # wrapped between first name and surname, nothing cut off
    assert 28 <= lang.size < 54
    particle = certificaat.name_layout("Anna-Sophie de Vries-van der Meer")
    assert particle.lines == ("Anna-Sophie", "de Vries-van der Meer")  # never 'de' / 'Vries'


def test_the_long_name_in_the_certificate_is_clear_of_the_rosette(
    workspace: Workspace, known: Known
) -> None:
    _add_child(workspace, known, *LONG_NAME)
    with workspace.session() as session:
        pdf = maak_document(session, known.traject_a, "certificaat-kind", TODAY)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2  # Zoë, then Esmeralda (groep 3)
    page = runs(pdf, 1)
    naam = [r for r in page if r.font.endswith("DejaVuSerif-Bold") and r.text != "Certificaat"]
    assert " ".join(r.text for r in naam) == " ".join(LONG_NAME)
    rosette_left, rosette_bottom, _, _ = certificaat.rosette_box()
    for run in naam:
        ascent = run.size * 0.95  # DejaVu Serif Bold with accents stays below 0.95 em
        clear_beside = run.right + certificaat.NAME_MARGIN <= rosette_left
        clear_below = run.y + ascent <= rosette_bottom
        assert clear_beside or clear_below, run
    first = max(naam, key=lambda r: r.y)
    assert first.text == LONG_NAME[0]  # the first names on top, the surname whole below
    assert first.right + certificaat.NAME_MARGIN <= rosette_left
    cheer = next(r for r in page if r.text == "Super")
    assert cheer.x > first.right  # the top line stops before the rosette


def test_planning_dates_stay_on_one_line(workspace: Workspace, known: Known) -> None:
    with record_changes(workspace, Actor("tester", "test")) as ch:
        traject = ch.session.get(Traject, known.traject_a)
        assert traject is not None
        add_contact(
            ch,
            traject,
            NieuwContact(soort="afsluitende_activiteit", datum=date(2026, 9, 30), setting="gezin"),
        )
    with workspace.session() as session:
        pdf = maak_document(session, known.traject_a, "plan", TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "30 september 2026" in text  # not '30 september' and '2026' on two lines
    assert "10 februari 2026" in text
    dates = [
        r
        for i in range(len(reader.pages))
        for r in runs(pdf, i)
        if r.text.endswith(" 2026") and r.text[:2].strip().isdigit()
    ]
    assert any(r.text == "30 september 2026" for r in dates)


def test_the_afsprakenkaart_is_big_and_fills_its_page(workspace: Workspace, known: Known) -> None:
    with workspace.session() as session:
        pdf = maak_document(session, known.traject_a, "afsprakenkaart", TODAY)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    page = runs(pdf)
    afspraak = next(r for r in page if r.text.startswith("We lezen elke avond"))
    wie = next(r for r in page if r.text.startswith("Wie: Ayşe"))
    wanneer = next(r for r in page if r.text.startswith("Wanneer: elke avond"))
    assert afspraak.size >= 18
    assert wie.size >= 14
    assert wanneer.size >= 14
    assert wie.font.endswith("Bold")
    tip = next(r for r in page if r.text.startswith("Tip:"))
    assert tip.y < A4[1] / 4  # the card reaches down the page, not half of it empty
    onder = min(r.y for r in page if not r.text.startswith(("Gemaakt op", "Pagina")))
    assert onder < 45 * mm


def test_many_agreements_still_fit_on_one_card(workspace: Workspace, known: Known) -> None:
    with record_changes(workspace, Actor("tester", "test")) as ch:
        traject = ch.session.get(Traject, known.traject_a)
        assert traject is not None
        for volgorde, tekst in enumerate(("We ruimen samen op.", "We gaan samen naar de bieb.")):
            ch.create(
                AfsprakenkaartItem(
                    gezin_id=traject.gezin_id,
                    traject_id=traject.id,
                    volgorde=volgorde + 1,
                    tekst=tekst,
                    wie="Ayşe en Zoë",
                    wanneer="op zaterdag",
                )
            )
    with workspace.session() as session:
        pdf = maak_document(session, known.traject_a, "afsprakenkaart", TODAY)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = " ".join(r.text for r in runs(pdf))
    for expected in ("We ruimen samen op.", "We gaan samen naar de bieb.", "Wie: Ayşe en Zoë"):
        assert expected in text


def _add_agreements(workspace: Workspace, known: Known, teksten: tuple[str, ...]) -> None:
    with record_changes(workspace, Actor("tester", "test")) as ch:
        traject = ch.session.get(Traject, known.traject_a)
        assert traject is not None
        for volgorde, tekst in enumerate(teksten, start=1):
            ch.create(
                AfsprakenkaartItem(
                    gezin_id=traject.gezin_id,
                    traject_id=traject.id,
                    volgorde=volgorde,
                    tekst=tekst,
                    wie="Ayşe, Zoë en opa Mehmet",
                    wanneer="op zaterdagochtend na het ontbijt",
                )
            )


def test_long_agreements_shrink_to_one_page_and_the_tip_fits_the_card(
    workspace: Workspace, known: Known
) -> None:
    lang = "We ruimen samen op na het spelen en voor het eten, iedere dag weer."
    _add_agreements(workspace, known, (lang, "We gaan samen naar de bieb.", "We doen een spel."))
    with workspace.session() as session:
        pdf = maak_document(session, known.traject_a, "afsprakenkaart", TODAY)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # not the visit and tip alone on page 2
    page = runs(pdf)
    text = " ".join(r.text for r in page)
    for expected in ("We doen een spel.", "Wie: Ayşe, Zoë en opa Mehmet", "1 december 2026"):
        assert expected in text
    assert "vakje van de dag" not in text  # no row of days on the smaller cards
    assert "Zet een sterretje bij een afspraak" in text
    assert min(r.size for r in page if r.text.startswith("Wie:")) >= 12


def test_a_card_too_long_for_one_page_keeps_its_foot_together(
    workspace: Workspace, known: Known
) -> None:
    _add_agreements(workspace, known, tuple(f"Afspraak nummer {n} van de week." for n in range(8)))
    with workspace.session() as session:
        pdf = maak_document(session, known.traject_a, "afsprakenkaart", TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    last = reader.pages[-1].extract_text()
    for part in ("Ons volgende huisbezoek", "Begeleider: Anna Veld", "Tip:"):
        assert part in last
    assert "Afspraak nummer 7 van de week." in "".join(p.extract_text() for p in reader.pages)


def test_the_smiley_chart_starts_at_one() -> None:
    register_fonts()
    height = 62 * mm
    chart = smiley_chart(["Taal", "Rekenen"], [[1, 3], [2, None], [5, 4]], 170 * mm, height)
    shapes = chart.getContents()
    scale = [s for s in shapes if isinstance(s, String) and s.text.isdigit()]
    assert sorted(s.text for s in scale) == ["1", "2", "3", "4", "5"]  # no 0
    lowest = min(scale, key=lambda s: s.y)
    assert lowest.text == "1"
    dots = [s for s in shapes if isinstance(s, Circle) and s.fillColor in MOMENT_KLEUREN]
    dots = [d for d in dots if d.r > 5.2]  # the scores, not the legend
    assert len(dots) == 5  # Rekenen has no tussen score: left out, not drawn as 0 or 1
    start_taal = min(dots, key=lambda d: (d.cx, d.cy))
    assert start_taal.cy == pytest.approx(score_y(1, height))  # 1 sits on the bottom line
    assert max(d.cy for d in dots) == pytest.approx(score_y(5, height))
