# mypy: disable-error-code="import-untyped"
"""Drawn pictures for the documents: smiley faces, goal badges, stars and the smiley chart."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.colors import Color

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


def smiley_chart(
    labels: Sequence[str], reeksen: Sequence[Sequence[float | None]], width: float, height: float
) -> Drawing:
    """Grouped bars per goal: start, tussen and eind (1 to 5), with a legend below."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 40
    chart.width, chart.height = width - 40, height - 55
    chart.data = [[v if v is not None else 0 for v in reeks] for reeks in reeksen]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.barSpacing = 1.5
    chart.groupSpacing = 8
    for index, kleur in enumerate(MOMENT_KLEUREN[: len(reeksen)]):
        chart.bars[index].fillColor = kleur
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    x = 30.0
    for naam, kleur in zip(
        ("start", "tussenevaluatie", "eindevaluatie"), MOMENT_KLEUREN, strict=False
    ):
        drawing.add(
            Polygon([x, 8, x + 10, 8, x + 10, 18, x, 18], fillColor=kleur, strokeColor=None)
        )
        drawing.add(String(x + 14, 9, naam, fontName=FONT, fontSize=8, fillColor=INK))
        x += 95
    return drawing
