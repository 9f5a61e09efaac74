# mypy: disable-error-code="import-untyped"
"""Certificates for the parent(s) and the child(ren): landscape, big type, a drawn border, stars.

One page per person, drawn straight on the canvas so each page is a poster to hang on the wall.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Polygon, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
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
from samenleren_desktop.reports.tekenen import star

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


ROSETTE_X, ROSETTE_Y = PAGE[0] - 54 * mm, PAGE[1] - 54 * mm
ROSETTE_SCALE = 0.85
ROSETTE_RADIUS = 27 * mm * ROSETTE_SCALE
ROSETTE_RIBBON = 42 * mm * ROSETTE_SCALE
"""How far the ribbons hang below the rosette's centre."""

NAME_Y = 99 * mm
"""The baseline of the name (of its last line when it is wrapped)."""
NAME_MARGIN = 6 * mm
"""The clear space kept around the rosette."""
NAME_SIDE = 45 * mm
"""The space kept left and right of the name when it is clear of the rosette's height."""
NAME_SIZES = (54, 50, 46, 42, 38, 34, 30)
TWO_LINE_SIZES = (40, 36, 32, 30, 28, 26, 24, 22, 20)


def rosette_box() -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of the rosette with its ribbons."""
    return (
        ROSETTE_X - ROSETTE_RADIUS,
        ROSETTE_Y - ROSETTE_RIBBON,
        ROSETTE_X + ROSETTE_RADIUS,
        ROSETTE_Y + ROSETTE_RADIUS,
    )


def _rosette(canvas: Canvas, tekst: Sequence[str]) -> None:
    """A golden rosette with ribbons and a short cheer in the middle."""
    import math  # noqa: PLC0415 - only here

    cx, cy, k = ROSETTE_X, ROSETTE_Y, ROSETTE_SCALE
    drawing = Drawing(PAGE[0], PAGE[1])
    for dx in (-1, 1):
        corners = ((6, -10), (16, -40), (9, -35), (4, -42), (0, -12))
        points: list[float] = []
        for x, y in corners:
            points += [cx + dx * x * k * mm, cy + y * k * mm]
        drawing.add(
            Polygon(points, fillColor=BLUE if dx < 0 else STAR_COLOURS[1], strokeColor=None)
        )
    teeth: list[float] = []
    for i in range(48):
        radius = ROSETTE_RADIUS if i % 2 == 0 else 24 * k * mm
        angle = i * math.pi / 24
        teeth += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    drawing.add(Polygon(teeth, fillColor=GOLD, strokeColor=None))
    drawing.add(
        Circle(cx, cy, 20 * k * mm, fillColor=colors.white, strokeColor=GOLD, strokeWidth=2)
    )
    drawing.add(star(cx, cy + 6 * mm, 6 * mm, GOLD))
    for line, text in enumerate(tekst):
        drawing.add(
            String(
                cx,
                cy - 4 * mm - line * 4.6 * mm,
                text,
                fontName=FONT_BOLD,
                fontSize=12,
                fillColor=BLUE,
                textAnchor="middle",
            )
        )
    renderPDF.draw(drawing, canvas, 0, 0)


@dataclass(frozen=True)
class NameLayout:
    """Where the name goes: its lines (top first), the type size and each line's baseline."""

    lines: tuple[str, ...]
    size: float
    baselines: tuple[float, ...]

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """(left, bottom, right, top) of each line as printed, centred on the page."""
        ascent, descent = getAscentDescent(FONT_TITLE, self.size)
        result = []
        for line, y in zip(self.lines, self.baselines, strict=True):
            half = stringWidth(line, FONT_TITLE, self.size) / 2
            result.append((PAGE[0] / 2 - half, y + descent, PAGE[0] / 2 + half, y + ascent))
        return result


def _room(size: float, top_baseline: float) -> float:
    """The widest a line may be: beside the rosette when it reaches its height, else wide."""
    ascent = getAscentDescent(FONT_TITLE, size)[0]
    left, bottom, _, _ = rosette_box()
    if top_baseline + ascent + NAME_MARGIN <= bottom:
        return float(PAGE[0] - 2 * NAME_SIDE)
    return float(2 * (left - NAME_MARGIN - PAGE[0] / 2))


TUSSENVOEGSELS = frozenset(
    {"van", "de", "den", "der", "het", "'t", "te", "ten", "ter", "in", "op", "el", "al", "da"}
)
"""Name particles a line never ends with: 'van' / 'den Heuvel' reads as a broken name."""


def _splits(naam: str) -> list[tuple[str, str]]:
    """The ways to put the name on two lines, nearest the middle first.

    Never after a particle ('van', 'de', 'el'), so a surname stays whole where it can.
    """
    words = naam.split(" ")
    splits = [
        (" ".join(words[:i]), " ".join(words[i:]))
        for i in range(1, len(words))
        if words[i - 1].lower() not in TUSSENVOEGSELS
    ]
    return sorted(splits, key=lambda parts: abs(len(parts[0]) - len(parts[1])))


def _two_lines(naam: str) -> NameLayout | None:
    """The name on two lines in the largest size that fits, or None.

    Each line gets its own room: the top line reaches the rosette's height, the bottom line,
    below the ribbons, may be wider.
    """
    for size in TWO_LINE_SIZES:
        top = NAME_Y + size * 1.15
        for first, second in _splits(naam):
            if stringWidth(first, FONT_TITLE, size) <= _room(size, top) and stringWidth(
                second, FONT_TITLE, size
            ) <= _room(size, NAME_Y):
                return NameLayout((first, second), size, (top, NAME_Y))
    return None


def name_layout(naam: str) -> NameLayout:
    """The name as big as fits: one line, else two lines, else shortened with '…'.

    The name keeps NAME_MARGIN clear of the rosette and NAME_SIDE from the border.
    """
    for size in NAME_SIZES:
        if stringWidth(naam, FONT_TITLE, size) <= _room(size, NAME_Y):
            return NameLayout((naam,), size, (NAME_Y,))
    two = _two_lines(naam)
    if two is not None:
        return two
    size = NAME_SIZES[-1]
    room = _room(size, NAME_Y)
    while len(naam) > 1 and stringWidth(naam, FONT_TITLE, size) > room:
        naam = naam[:-2] + "…"  # one word too long even in small type is shortened
    return NameLayout((naam,), size, (NAME_Y,))


def _name(canvas: Canvas, naam: str) -> None:
    width = PAGE[0]
    layout = name_layout(naam)
    canvas.setFont(FONT_TITLE, layout.size)
    canvas.setFillColor(INK)
    for line, y in zip(layout.lines, layout.baselines, strict=True):
        canvas.drawCentredString(width / 2, y, line)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.5)
    widest = max(stringWidth(line, FONT_TITLE, layout.size) for line in layout.lines)
    half = max(width / 2 - 70 * mm, widest / 2 + 4 * mm)  # never shorter than the name
    canvas.line(width / 2 - half, NAME_Y - 7 * mm, width / 2 + half, NAME_Y - 7 * mm)


def _footer(canvas: Canvas, info: DocumentInfo, begeleider: str, datum: date) -> None:
    width = PAGE[0]
    canvas.setStrokeColor(SOFT)
    canvas.setLineWidth(0.8)
    canvas.line(40 * mm, 37 * mm, 115 * mm, 37 * mm)
    canvas.line(width - 115 * mm, 37 * mm, width - 40 * mm, 37 * mm)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 13)
    canvas.drawCentredString(77.5 * mm, 40 * mm, datum_tekst(datum))
    canvas.drawCentredString(width - 77.5 * mm, 40 * mm, begeleider or "")
    canvas.setFont(FONT, 10)
    canvas.setFillColor(SOFT)
    canvas.drawCentredString(77.5 * mm, 32 * mm, "Datum")
    canvas.drawCentredString(width - 77.5 * mm, 32 * mm, "Begeleider")
    canvas.setFont(FONT_BOLD, 11)
    canvas.drawCentredString(width / 2, 22 * mm, info.organisatie)
    logo = info.logo_image()
    if logo is not None:
        iw, ih = logo.getSize()
        h = 13 * mm
        canvas.drawImage(logo, width / 2 - h * iw / ih / 2, 26 * mm, h * iw / ih, h, mask="auto")


def _title(canvas: Canvas, regel: str) -> None:
    width, height = PAGE
    canvas.setFillColor(BLUE)
    canvas.setFont(FONT_TITLE, 46)
    canvas.drawCentredString(width / 2, height - 56 * mm, "Certificaat")
    canvas.setFillColor(SOFT)
    canvas.setFont(FONT_ITALIC, 15)
    canvas.drawCentredString(width / 2, height - 69 * mm, regel)


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
        y -= 11 * mm


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
    canvas.drawCentredString(width / 2, 83 * mm, "Jij hebt samen met je ouders")
    canvas.drawCentredString(width / 2, 75 * mm, "hard gewerkt bij Samen Leren.")
    canvas.setFont(FONT_BOLD, 22)
    canvas.setFillColor(BLUE)
    canvas.drawCentredString(width / 2, 63 * mm, "Wat knap van jou!")
    drawing = Drawing(width, 20 * mm)
    for i in range(5):
        drawing.add(star(width / 2 + (i - 2) * 13 * mm, 8 * mm, 5 * mm, STAR_COLOURS[i]))
    renderPDF.draw(drawing, canvas, 0, 44 * mm)


def _ouder_text(canvas: Canvas, data: FamilieGegevens) -> None:
    width = PAGE[0]
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 16)
    canvas.drawCentredString(width / 2, 83 * mm, "voor het meedoen aan Samen Leren.")
    goals = [data.content.goal(d.doel) for d in data.actieve_doelen]
    if not goals:  # no plan yet: no "U hebt gewerkt aan:" followed by nothing
        return
    canvas.drawCentredString(width / 2, 75 * mm, "U hebt gewerkt aan:")
    _goal_chips(canvas, goals, 61 * mm)


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
    for naam in namen:
        _border(canvas)
        _title(canvas, regel)
        _name(canvas, naam)
        text(canvas, data)  # type: ignore[operator]
        _rosette(canvas, ("Super", "gedaan!"))
        _footer(canvas, info, data.begeleider_namen, _datum(data, info))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
