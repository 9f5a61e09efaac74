# mypy: disable-error-code="import-untyped"
"""Certificates for the parent(s) and the child(ren): landscape, big type, a drawn border, stars.

One page per person, drawn straight on the canvas so each page is a poster to hang on the wall.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Polygon, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from samenleren_desktop.model.content import Goal
from samenleren_desktop.reports.gegevens import FamilieGegevens
from samenleren_desktop.reports.opmaak import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    FONT_TITLE,
    INK,
    SOFT,
    DocumentInfo,
    datum_tekst,
    register_fonts,
)
from samenleren_desktop.reports.plan import goal_colour, tint
from samenleren_desktop.reports.tekenen import star, star_points

PAGE = landscape(A4)
GOLD = colors.HexColor("#E0A526")
BLUE = colors.HexColor("#1F6F8B")
CREAM = colors.HexColor("#FFFBF0")
STAR_COLOURS = (
    colors.HexColor("#6A3D9A"),
    colors.HexColor("#C2185B"),
    colors.HexColor("#B35900"),
    colors.HexColor("#2E7D32"),
    GOLD,
)


def _border(canvas: Canvas) -> None:
    width, height = PAGE
    canvas.setFillColor(CREAM)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(BLUE)
    canvas.setLineWidth(9)
    canvas.roundRect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm, 10 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(2)
    canvas.roundRect(17 * mm, 17 * mm, width - 34 * mm, height - 34 * mm, 7 * mm)
    drawing = Drawing(width, height)
    for index, (x, y) in enumerate(
        (
            (28 * mm, height - 28 * mm),
            (width - 28 * mm, height - 28 * mm),
            (28 * mm, 28 * mm),
            (width - 28 * mm, 28 * mm),
        )
    ):
        drawing.add(star(x, y, 9 * mm, STAR_COLOURS[index]))
    renderPDF.draw(drawing, canvas, 0, 0)


def _rosette(canvas: Canvas, cx: float, cy: float, tekst: Sequence[str]) -> None:
    """A golden rosette with ribbons and a short cheer in the middle."""
    drawing = Drawing(PAGE[0], PAGE[1])
    for dx in (-1, 1):
        drawing.add(
            Polygon(
                [
                    cx + dx * 6 * mm,
                    cy - 10 * mm,
                    cx + dx * 16 * mm,
                    cy - 40 * mm,
                    cx + dx * 9 * mm,
                    cy - 35 * mm,
                    cx + dx * 4 * mm,
                    cy - 42 * mm,
                    cx,
                    cy - 12 * mm,
                ],
                fillColor=BLUE if dx < 0 else STAR_COLOURS[1],
                strokeColor=None,
            )
        )
    drawing.add(Polygon(star_points(cx, cy, 27 * mm, 22 * mm)[:], fillColor=GOLD, strokeColor=None))
    teeth: list[float] = []
    for i in range(48):
        import math  # noqa: PLC0415 - only here

        radius = 27 * mm if i % 2 == 0 else 24 * mm
        angle = i * math.pi / 24
        teeth += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    drawing.add(Polygon(teeth, fillColor=GOLD, strokeColor=None))
    drawing.add(Circle(cx, cy, 20 * mm, fillColor=colors.white, strokeColor=GOLD, strokeWidth=2))
    drawing.add(star(cx, cy + 7 * mm, 7 * mm, GOLD))
    for line, text in enumerate(tekst):
        drawing.add(
            String(
                cx,
                cy - 5 * mm - line * 5 * mm,
                text,
                fontName=FONT_BOLD,
                fontSize=13,
                fillColor=BLUE,
                textAnchor="middle",
            )
        )
    renderPDF.draw(drawing, canvas, 0, 0)


def _fit(canvas: Canvas, text: str, font: str, size: float, max_width: float) -> float:
    """The largest font size up to `size` at which `text` fits `max_width`."""
    while size > 12 and canvas.stringWidth(text, font, size) > max_width:
        size -= 2
    return size


def _name(canvas: Canvas, naam: str, y: float) -> None:
    width = PAGE[0]
    size = _fit(canvas, naam, FONT_TITLE, 54, width - 150 * mm)
    while len(naam) > 1 and canvas.stringWidth(naam, FONT_TITLE, size) > width - 100 * mm:
        naam = naam[:-2] + "…"  # a name too long even in small type is shortened
    canvas.setFont(FONT_TITLE, size)
    canvas.setFillColor(INK)
    canvas.drawCentredString(width / 2, y, naam)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.5)
    canvas.line(70 * mm, y - 6 * mm, width - 70 * mm, y - 6 * mm)


def _footer(canvas: Canvas, info: DocumentInfo, begeleider: str, datum: date) -> None:
    width = PAGE[0]
    canvas.setStrokeColor(SOFT)
    canvas.setLineWidth(0.8)
    canvas.line(40 * mm, 42 * mm, 115 * mm, 42 * mm)
    canvas.line(width - 115 * mm, 42 * mm, width - 40 * mm, 42 * mm)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 13)
    canvas.drawCentredString(77.5 * mm, 45 * mm, datum_tekst(datum))
    canvas.drawCentredString(width - 77.5 * mm, 45 * mm, begeleider or "")
    canvas.setFont(FONT, 10)
    canvas.setFillColor(SOFT)
    canvas.drawCentredString(77.5 * mm, 37 * mm, "Datum")
    canvas.drawCentredString(width - 77.5 * mm, 37 * mm, "Begeleider")
    canvas.setFont(FONT_BOLD, 11)
    canvas.drawCentredString(width / 2, 26 * mm, info.organisatie)
    logo = info.logo_image()
    if logo is not None:
        iw, ih = logo.getSize()
        h = 16 * mm
        canvas.drawImage(logo, width / 2 - h * iw / ih / 2, 30 * mm, h * iw / ih, h, mask="auto")


def _title(canvas: Canvas, regel: str) -> None:
    width, height = PAGE
    canvas.setFillColor(BLUE)
    canvas.setFont(FONT_TITLE, 46)
    canvas.drawCentredString(width / 2, height - 52 * mm, "Certificaat")
    canvas.setFillColor(SOFT)
    canvas.setFont(FONT_ITALIC, 15)
    canvas.drawCentredString(width / 2, height - 64 * mm, regel)


def _goal_chips(canvas: Canvas, goals: Sequence[Goal], y: float) -> None:
    width = PAGE[0]
    chip_w, gap = 44 * mm, 4 * mm
    per_row = 4
    for row_start in range(0, len(goals), per_row):
        row = goals[row_start : row_start + per_row]
        x = width / 2 - (len(row) * chip_w + (len(row) - 1) * gap) / 2
        for goal in row:
            kleur: Color = goal_colour(goal)
            canvas.setFillColor(tint(kleur, 0.0))
            canvas.roundRect(x, y, chip_w, 9 * mm, 4 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(FONT_BOLD, 11)
            canvas.drawCentredString(x + chip_w / 2, y + 3 * mm, goal.short_name)
            x += chip_w + gap
        y -= 12 * mm


def _datum(data: FamilieGegevens, info: DocumentInfo) -> date:
    return data.datum_van("afsluitende_activiteit") or data.datum_van("eindevaluatie") or info.datum


def certificaat_kind(data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """One certificate per child: "Super gedaan!"."""
    namen = [f"{k.voornaam} {k.achternaam}".strip() for k in data.kinderen] or [data.gezin.naam]
    return _pages(data, info, namen, "Dit certificaat is voor", _kind_text, "Certificaat kind")


def certificaat_ouder(data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """One certificate per parent, with the goals they worked on."""
    namen = [f"{o.voornaam} {o.achternaam}".strip() for o in data.ouders] or [data.gezin.naam]
    return _pages(data, info, namen, "Met trots uitgereikt aan", _ouder_text, "Certificaat ouder")


def _kind_text(canvas: Canvas, data: FamilieGegevens) -> None:
    width = PAGE[0]
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 17)
    canvas.drawCentredString(width / 2, 95 * mm, "Jij hebt samen met je ouders")
    canvas.drawCentredString(width / 2, 87 * mm, "hard gewerkt bij Samen Leren.")
    canvas.setFont(FONT_BOLD, 22)
    canvas.setFillColor(BLUE)
    canvas.drawCentredString(width / 2, 74 * mm, "Wat knap van jou!")
    drawing = Drawing(width, 20 * mm)
    for i in range(5):
        drawing.add(star(width / 2 + (i - 2) * 13 * mm, 8 * mm, 5 * mm, STAR_COLOURS[i]))
    renderPDF.draw(drawing, canvas, 0, 54 * mm)


def _ouder_text(canvas: Canvas, data: FamilieGegevens) -> None:
    width = PAGE[0]
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 16)
    canvas.drawCentredString(width / 2, 95 * mm, "voor het meedoen aan Samen Leren.")
    goals = [data.content.goal(d.doel) for d in data.actieve_doelen]
    if not goals:  # no plan yet: no "U hebt gewerkt aan:" followed by nothing
        return
    canvas.drawCentredString(width / 2, 87 * mm, "U hebt gewerkt aan:")
    _goal_chips(canvas, goals, 70 * mm)


def _pages(
    data: FamilieGegevens,
    info: DocumentInfo,
    namen: Sequence[str],
    regel: str,
    text: object,
    titel: str,
) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, initialFontName=FONT, initialFontSize=11)
    canvas.setTitle(f"{titel} – {data.gezin.naam}")
    canvas.setAuthor(info.organisatie)
    canvas.setCreator("Samen Leren")
    height = PAGE[1]
    for naam in namen:
        _border(canvas)
        _title(canvas, regel)
        _name(canvas, naam, height - 98 * mm)
        text(canvas, data)  # type: ignore[operator]
        _rosette(canvas, PAGE[0] - 56 * mm, height - 60 * mm, ("Super", "gedaan!"))
        _footer(canvas, info, data.begeleider_namen, _datum(data, info))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
