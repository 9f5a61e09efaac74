# mypy: disable-error-code="import-untyped"
"""The afsprakenkaart: a card for the fridge, with big text for parents who read little Dutch.

Each agreement is a coloured card with a big number, the agreement in large type, who does it
and when (each with a small picture), and a row of days to put a star on. Below: the goals as
coloured chips, the next home visit in a calendar box, room to sign and a friendly tip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from samenleren_desktop.model.content import Goal
from samenleren_desktop.model.entities import AfsprakenkaartItem
from samenleren_desktop.reports.gegevens import FamilieGegevens
from samenleren_desktop.reports.opmaak import (
    FONT_BOLD,
    INK,
    DocumentInfo,
    build_pdf,
    datum_tekst,
    style,
)
from samenleren_desktop.reports.plan import WIDTH, esc, goal_colour, tint
from samenleren_desktop.reports.tekenen import badge, kalender, persoon, star_drawing

KAART_KLEUREN = (
    colors.HexColor("#1F6F8B"),
    colors.HexColor("#C2185B"),
    colors.HexColor("#2E7D32"),
    colors.HexColor("#B35900"),
    colors.HexColor("#6A3D9A"),
)
DAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class Maat:
    """The type sizes and room of the agreement cards (in points)."""

    tekst: float
    """The agreement itself."""
    wie: float
    """'Wie' and 'Wanneer'."""
    dagen: bool
    """Whether each card has the row of days to put a star in."""
    ruimte: float
    """Padding inside a card and the space between cards."""
    badge: float


MATEN = (
    Maat(tekst=19, wie=15, dagen=True, ruimte=8, badge=44),
    Maat(tekst=15, wie=14, dagen=False, ruimte=6, badge=40),
    Maat(tekst=13, wie=12, dagen=False, ruimte=4, badge=32),
)
"""Big enough to read from afar first; smaller ones only when the card would not fit one page."""
COMPACT = 4
"""From this many agreements on, the cards start without the row of days."""


def _label(picture: Drawing, tekst: str, kleur: Color, size: float) -> Table:
    para = Paragraph(
        tekst,
        style("wie", fontName=FONT_BOLD, fontSize=size, leading=size * 1.27, textColor=kleur),
    )
    table = Table([[picture, para]], colWidths=[9 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 4),
            ]
        )
    )
    return table


def _dagen(kleur: Color, breed: float) -> Table:
    """Seven boxes, one per day, to put a star or a tick in."""
    vak = breed / 7
    kop = style("dag", fontName=FONT_BOLD, fontSize=10, leading=11, alignment=1, textColor=kleur)
    table = Table(
        [[Paragraph(d, kop) for d in DAGEN], [""] * 7],
        colWidths=[vak] * 7,
        rowHeights=[None, 8 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 1), (-1, 1), 1, kleur),
                ("BACKGROUND", (0, 1), (-1, 1), colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
            ]
        )
    )
    return table


def _breedte(tekst: str | None, size: float) -> float:
    """How wide 'Wanneer: …' prints in the type of the card."""
    return float(stringWidth(f"Wanneer: {tekst or ''}", FONT_BOLD, size))


def afspraak_kaart(nummer: int, item: AfsprakenkaartItem, maat: Maat = MATEN[0]) -> Table:
    """One agreement as a card in its own colour."""
    kleur = KAART_KLEUREN[(nummer - 1) % len(KAART_KLEUREN)]
    tekst = style("afspraak", fontName=FONT_BOLD, fontSize=maat.tekst, leading=maat.tekst * 1.3)
    rechts: list[Flowable] = [Paragraph(esc(item.tekst), tekst), Spacer(1, maat.ruimte / 2)]
    labels = []
    icoon = maat.wie * 1.45
    if item.wie:
        labels.append(_label(persoon(icoon, kleur), f"Wie: {esc(item.wie)}", kleur, maat.wie))
    if item.wanneer:
        tekst_wanneer = f"Wanneer: {esc(item.wanneer)}"
        labels.append(_label(kalender(icoon, kleur), tekst_wanneer, kleur, maat.wie))
    breed = WIDTH - 26 * mm
    if labels:
        naast = all(_breedte(t, maat.wie) <= breed / 2 - 12 * mm for t in (item.wie, item.wanneer))
        cellen = [labels] if naast else [[label] for label in labels]
        rij = Table(cellen, colWidths=[breed / len(cellen[0])] * len(cellen[0]), hAlign="LEFT")
        rij.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        rechts += [rij, Spacer(1, 2)]
    if maat.dagen:
        rechts.append(_dagen(kleur, breed - 12))
    card = Table([[badge(nummer, kleur, maat.badge), rechts]], colWidths=[22 * mm, WIDTH - 22 * mm])
    card.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint(kleur, 0.88)),
                ("LINEBEFORE", (0, 0), (0, 0), 6, kleur),
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), maat.ruimte),
                ("BOTTOMPADDING", (0, 0), (-1, -1), maat.ruimte),
            ]
        )
    )
    return card


def _chip(goal: Goal) -> Table:
    label = Paragraph(
        f"<b>{goal.number}</b>&nbsp; {esc(goal.short_name)}",
        style("chip", fontName=FONT_BOLD, textColor=colors.white, fontSize=10.5, leading=13),
    )
    chip = Table([[label]], colWidths=[WIDTH / 4 - 3 * mm])
    chip.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), goal_colour(goal)),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return chip


def volgend_bezoek(data: FamilieGegevens, today: date) -> str:
    """'1 december 2026 om 10.00 uur', or that the date is still to be agreed."""
    gepland = [c for c in data.contacten if c.status == "gepland" and c.datum >= today]
    if not gepland:
        return "Dat spreken we samen af."
    c = gepland[0]
    tijd = f" om {c.tijd:%H.%M} uur" if c.tijd else ""
    return f"{datum_tekst(c.datum)}{tijd}"


def _bezoek_box(data: FamilieGegevens, today: date) -> Table:
    blauw = KAART_KLEUREN[0]
    tekst = [
        Paragraph("Ons volgende huisbezoek", style("vb", fontName=FONT_BOLD, fontSize=14)),
        Paragraph(
            esc(volgend_bezoek(data, today)),
            style("vbd", fontName=FONT_BOLD, fontSize=20, leading=26, textColor=blauw),
        ),
    ]
    box = Table([[kalender(40, blauw), tekst]], colWidths=[20 * mm, WIDTH - 20 * mm])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, blauw),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _handtekeningen(data: FamilieGegevens) -> Table:
    naam = style("teken", fontSize=11, leading=15)
    breed = (WIDTH - 12 * mm) / 2
    table = Table(
        [
            ["", "", ""],
            [
                Paragraph(f"Ouder: {esc(data.ouder_namen) or '…'}", naam),
                "",
                Paragraph(f"Begeleider: {esc(data.begeleider_namen) or '…'}", naam),
            ],
        ],
        colWidths=[breed, 12 * mm, breed],
        rowHeights=[11 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 1, INK),
                ("LINEBELOW", (2, 0), (2, 0), 1, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _tip(dagen: bool) -> Table:
    """A friendly hint with a star, at the bottom of the card."""
    ster = (
        "Zet een sterretje in het vakje van de dag als een afspraak goed ging!"
        if dagen
        else "Zet een sterretje bij een afspraak als die goed ging!"
    )
    tekst = Paragraph(
        "<b>Tip:</b> hang deze kaart op een plek waar iedereen hem ziet, bijvoorbeeld op de "
        f"koelkast. {ster}",
        style("tip", fontSize=12.5, leading=17),
    )
    tip = Table([[star_drawing(30), tekst]], colWidths=[15 * mm, WIDTH - 15 * mm])
    tip.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6D8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return tip


def _kop(data: FamilieGegevens) -> Table:
    titel = [
        Paragraph("Onze afspraken", style("kt", fontName=FONT_BOLD, fontSize=30, leading=36)),
        Paragraph(
            f"{esc(data.gezin.naam)} en {esc(data.begeleider_namen) or 'de begeleider'}",
            style("ks", fontName=FONT_BOLD, fontSize=16, leading=21, textColor=KAART_KLEUREN[0]),
        ),
    ]
    kop = Table(
        [[titel, star_drawing(34), star_drawing(26, KAART_KLEUREN[1]), star_drawing(34)]],
        colWidths=[WIDTH - 42 * mm, 14 * mm, 14 * mm, 14 * mm],
    )
    kop.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return kop


def afsprakenkaart(data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """The card of agreements on one page when it can, in the biggest type that fits.

    Rows of days first; without them from COMPACT agreements on or when they do not fit; then
    smaller type. A card that fits no page in the smallest type runs on, its foot kept together.
    """
    titel = f"Afsprakenkaart – {data.gezin.naam}"
    maten = MATEN[1:] if len(data.afspraken) >= COMPACT else MATEN
    pdf = b""
    for maat in maten:
        pages: list[int] = []
        pdf = build_pdf(_story(data, info, maat), info, titel, counted=pages)
        if pages == [1]:
            break
    return pdf


def _story(data: FamilieGegevens, info: DocumentInfo, maat: Maat) -> list[Flowable]:
    """Big numbered agreements, the goals as colours, the next visit, signatures and a tip."""
    kop = style("sectie", fontName=FONT_BOLD, fontSize=16, leading=21, spaceBefore=6)
    story: list[Flowable] = [_kop(data), Spacer(1, 10)]
    for nummer, item in enumerate(data.afspraken, start=1):
        story += [afspraak_kaart(nummer, item, maat), Spacer(1, maat.ruimte)]
    if not data.afspraken:
        story.append(
            Paragraph("Er zijn nog geen afspraken opgeschreven.", style("leeg", fontSize=18))
        )
    chips = [_chip(data.content.goal(d.doel)) for d in data.actieve_doelen]
    if chips:
        story += [
            Paragraph("Hier werken we aan", kop),
            Spacer(1, 4),
            Table(
                [chips[i : i + 4] for i in range(0, len(chips), 4)],
                colWidths=[WIDTH / 4] * 4,
                hAlign="LEFT",
                style=[
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ],
            ),
        ]
    onder: list[Flowable] = [
        Spacer(1, 10),
        _bezoek_box(data, info.datum),
        _handtekeningen(data),
        Spacer(1, 10),
        _tip(maat.dagen),
    ]
    return [*story, Spacer(1, _rest(story + onder)), KeepTogether(onder)]


FRAME_HEIGHT = A4[1] - 46 * mm - 12
"""The height of a page's frame (build_pdf's margins, and the frame's own padding)."""


def _rest(story: list[Flowable]) -> float:
    """The room left on the page, so the visit, signatures and tip sit at its foot."""
    used = sum(f.wrap(WIDTH, FRAME_HEIGHT)[1] for f in story)
    return max(0.0, float(FRAME_HEIGHT - used - 4 * mm))
