# mypy: disable-error-code="import-untyped"
"""Drawn pictures for the documents: smiley faces, goal badges, stars and the smiley chart."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
    Wedge,
)
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from samenleren_desktop.reports.opmaak import FONT, FONT_BOLD, INK, LINE, SOFT

SMILEY_KLEUREN = {
    1: colors.HexColor("#E57373"),
    2: colors.HexColor("#FFB74D"),
    3: colors.HexColor("#FFE082"),
    4: colors.HexColor("#AED581"),
    5: colors.HexColor("#66BB6A"),
}
MOMENT_KLEUREN = (
    colors.HexColor("#B0BEC5"),
    colors.HexColor("#64B5F6"),
    colors.HexColor("#1F6F8B"),
)


def smiley_group(waarde: int | None, cx: float, cy: float, r: float) -> Group:
    """A smiley face for a score of 1 (sad) to 5 (very happy); a grey '?' when unknown."""
    group = Group()
    if waarde is None:
        group.add(Circle(cx, cy, r, fillColor=colors.white, strokeColor=LINE, strokeWidth=1.2))
        group.add(
            String(
                cx,
                cy - r * 0.35,
                "?",
                fontName=FONT_BOLD,
                fontSize=r,
                fillColor=SOFT,
                textAnchor="middle",
            )
        )
        return group
    group.add(
        Circle(
            cx,
            cy,
            r,
            fillColor=SMILEY_KLEUREN[waarde],
            strokeColor=INK,
            strokeWidth=max(0.8, r / 12),
        )
    )
    for side in (-1, 1):
        group.add(
            Circle(cx + side * r * 0.33, cy + r * 0.25, r * 0.1, fillColor=INK, strokeColor=None)
        )
    curve = (waarde - 3) / 2
    width = r * 0.48
    points: list[float] = []
    for step in range(13):
        x = -width + 2 * width * step / 12
        y = -r * 0.35 - curve * r * 0.22 * (1 - (x / width) ** 2)
        points += [cx + x, cy + y + curve * r * 0.08]
    group.add(PolyLine(points, strokeColor=INK, strokeWidth=max(1.0, r / 9), strokeLineCap=1))
    return group


def smiley(waarde: int | None, size: float = 28) -> Drawing:
    """A smiley face as a flowable of `size` points."""
    drawing = Drawing(size, size)
    drawing.add(smiley_group(waarde, size / 2, size / 2, size / 2 - 1.5))
    return drawing


def badge(nummer: int, kleur: Color, size: float = 30) -> Drawing:
    """A round badge with the goal number in the goal's colour."""
    drawing = Drawing(size, size)
    r = size / 2 - 1
    drawing.add(
        Circle(size / 2, size / 2, r, fillColor=kleur, strokeColor=colors.white, strokeWidth=1.5)
    )
    drawing.add(
        String(
            size / 2,
            size / 2 - r * 0.38,
            str(nummer),
            fontName=FONT_BOLD,
            fontSize=r * 1.1,
            fillColor=colors.white,
            textAnchor="middle",
        )
    )
    return drawing


def star_points(cx: float, cy: float, outer: float, inner: float | None = None) -> list[float]:
    """The corners of a five-pointed star."""
    inner = inner if inner is not None else outer * 0.45
    points: list[float] = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    return points


def star(cx: float, cy: float, outer: float, fill: Color) -> Polygon:
    """A five-pointed star shape."""
    return Polygon(star_points(cx, cy, outer), fillColor=fill, strokeColor=None)


def star_drawing(size: float, fill: Color | None = None) -> Drawing:
    """A golden star as a flowable of `size` points."""
    drawing = Drawing(size, size)
    drawing.add(star(size / 2, size / 2 - 1, size / 2, fill or colors.HexColor("#E0A526")))
    return drawing


CHART_LEFT, CHART_BOTTOM, CHART_TOP = 44.0, 36.0, 8.0
"""Room in the smiley chart for the scale (digits and small smileys), the labels and legend."""

MOMENT_NAMEN = ("start", "tussenevaluatie", "eindevaluatie")


def score_y(score: float, height: float) -> float:
    """Where a score of 1 to 5 sits in a smiley chart of `height`: 1 on the bottom line."""
    return CHART_BOTTOM + (score - 1) / 4 * (height - CHART_BOTTOM - CHART_TOP)


def _chart_scale(drawing: Drawing, width: float, height: float) -> None:
    """The scale 1 to 5 with a small smiley beside each number and a light line across."""
    for score in range(1, 6):
        y = score_y(score, height)
        drawing.add(PolyLine([CHART_LEFT, y, width - 4, y], strokeColor=LINE, strokeWidth=0.6))
        drawing.add(
            String(
                CHART_LEFT - 6,
                y - 3,
                str(score),
                fontName=FONT,
                fontSize=8,
                fillColor=INK,
                textAnchor="end",
            )
        )
        drawing.add(smiley_group(score, 10, y, 6))


def _fit_label(text: str, room: float) -> tuple[str, float]:
    size = 8.0
    while size > 6 and stringWidth(text, FONT, size) > room:
        size -= 0.5
    while len(text) > 3 and stringWidth(text, FONT, size) > room:
        text = text[:-2] + "…"
    return text, size


def smiley_chart(
    labels: Sequence[str], reeksen: Sequence[Sequence[float | None]], width: float, height: float
) -> Drawing:
    """Per goal a 'lollipop' for start, tussen and eind on the smiley scale 1 to 5.

    The scale starts at 1 (the saddest smiley), as the scores do; a score of 1 is a dot on the
    bottom line, an unknown score is left out. The legend is below the goal names.
    """
    drawing = Drawing(width, height)
    group_width = (width - 4 - CHART_LEFT) / max(1, len(labels))
    base, top = score_y(1, height), score_y(5, height) + 8
    for index in range(1, len(labels), 2):  # every other goal on a light band
        left = CHART_LEFT + index * group_width
        right = left + group_width
        drawing.add(
            Polygon(
                [left, base, right, base, right, top, left, top],
                fillColor=colors.HexColor("#F4F7FA"),
                strokeColor=None,
            )
        )
    _chart_scale(drawing, width, height)
    for index, label in enumerate(labels):
        left = CHART_LEFT + index * group_width
        for moment, reeks in enumerate(reeksen[:3]):
            waarde = reeks[index] if index < len(reeks) else None
            if waarde is None:
                continue
            x = left + group_width * (moment + 1) / 4
            y = score_y(waarde, height)
            kleur = MOMENT_KLEUREN[moment]
            drawing.add(PolyLine([x, base, x, y], strokeColor=kleur, strokeWidth=4))
            drawing.add(
                Circle(x, y, 5.5, fillColor=kleur, strokeColor=colors.white, strokeWidth=1.2)
            )
        text, size = _fit_label(label, group_width - 4)
        drawing.add(
            String(
                left + group_width / 2,
                base - 12,
                text,
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    x = CHART_LEFT
    for naam, kleur in zip(MOMENT_NAMEN, MOMENT_KLEUREN, strict=False):
        drawing.add(Circle(x + 5, 8, 5, fillColor=kleur, strokeColor=None))
        drawing.add(String(x + 14, 5, naam, fontName=FONT, fontSize=8, fillColor=INK))
        x += 95
    return drawing


def persoon(size: float, kleur: Color) -> Drawing:
    """A small picture of a person (head and shoulders), for 'Wie'."""
    d = Drawing(size, size)
    d.add(Circle(size / 2, size * 0.68, size * 0.2, fillColor=kleur, strokeColor=None))
    d.add(Wedge(size / 2, 0, size * 0.42, 0, 180, fillColor=kleur, strokeColor=None))
    return d


def kalender(size: float, kleur: Color) -> Drawing:
    """A small picture of a calendar page, for 'Wanneer'."""
    d = Drawing(size, size)
    d.add(Rect(1, 1, size - 2, size * 0.78, rx=2, ry=2, fillColor=colors.white, strokeColor=kleur))
    d.add(Rect(1, size * 0.6, size - 2, size * 0.2, fillColor=kleur, strokeColor=kleur))
    for x in (size * 0.3, size * 0.7):
        d.add(Line(x, size * 0.72, x, size - 1, strokeColor=INK, strokeWidth=1.6))
    return d
