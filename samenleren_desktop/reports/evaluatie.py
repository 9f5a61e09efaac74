# mypy: disable-error-code="import-untyped"
"""The evaluation summary: smiley progress per goal (start → tussen → eind) and a small chart."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from samenleren_desktop.model.content import SMILEY_LABELS
from samenleren_desktop.model.entities import PlanDoel
from samenleren_desktop.reports.gegevens import FamilieGegevens
from samenleren_desktop.reports.opmaak import (
    FONT_BOLD,
    LINE,
    PAPER,
    DocumentInfo,
    Styles,
    build_pdf,
    datum_tekst,
    style,
)
from samenleren_desktop.reports.plan import WIDTH, esc, goal_colour, over_het_gezin, tint
from samenleren_desktop.reports.tekenen import badge, smiley, smiley_chart

MOMENTEN = (("start", "Start"), ("tussen", "Tussen"), ("eind", "Eind"))


def verschil_tekst(start: int | None, laatste: int | None) -> str:
    """A short, friendly word on the change from the first to the last score."""
    if start is None or laatste is None:
        return "nog niet bekend"
    if laatste > start:
        return f"beter! (+{laatste - start})"
    if laatste == start:
        return "gelijk gebleven"
    return f"lager ({laatste - start})"


def _row(data: FamilieGegevens, doel: PlanDoel, s: Styles) -> list[object]:
    goal = data.content.goal(doel.doel)
    kleur = goal_colour(goal)
    naam = Paragraph(
        f"<b>{esc(goal.short_name)}</b>", style("doelnaam", textColor=kleur, fontName=FONT_BOLD)
    )
    scores = [data.score(doel.doel, moment) for moment, _ in MOMENTEN]
    cells: list[object] = [badge(doel.doel, kleur, 26), naam]
    for score in scores:
        label = SMILEY_LABELS.get(score, "—") if score else "—"
        cells.append([smiley(score, 30), Paragraph(label, style("l", fontSize=8, alignment=1))])
    laatste = scores[2] if scores[2] is not None else scores[1]
    cells.append(Paragraph(verschil_tekst(scores[0], laatste), s.tekst))
    return cells


def _scores_table(data: FamilieGegevens, doelen: list[PlanDoel], s: Styles) -> Table:
    kop = ["", Paragraph("<b>Doel</b>", s.tekst)]
    kop += [
        Paragraph(f"<b>{naam}</b>", style("k", fontSize=9, alignment=1)) for _, naam in MOMENTEN
    ]
    kop.append(Paragraph("<b>Verschil</b>", s.tekst))
    rows = [kop] + [_row(data, d, s) for d in doelen]
    table = Table(rows, colWidths=[12 * mm, 38 * mm, 28 * mm, 28 * mm, 28 * mm, WIDTH - 134 * mm])
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), PAPER),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (4, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
    ]
    for index, doel in enumerate(doelen, start=1):
        kleur = goal_colour(data.content.goal(doel.doel))
        commands.append(("BACKGROUND", (0, index), (-1, index), tint(kleur, 0.92)))
    table.setStyle(TableStyle(commands))
    return table


def evaluatie(data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """How each goal went, in smileys and a chart, for the family to keep."""
    s = Styles()
    doelen = data.actieve_doelen
    story: list[Flowable] = [
        Paragraph("Zo ging het", s.titel),
        Paragraph(f"Evaluatie van {esc(data.gezin.naam)}", s.kop),
        over_het_gezin(data, s),
        Spacer(1, 8),
        Paragraph(
            "Bij de start, de tussenevaluatie en de eindevaluatie gaf u per doel een smiley. "
            "Hier ziet u ze naast elkaar.",
            s.tekst,
        ),
        Spacer(1, 6),
    ]
    if not doelen:
        story.append(Paragraph("Er zijn nog geen doelen gekozen.", s.tekst))
    else:
        story += [_scores_table(data, doelen, s), Spacer(1, 10)]
        story.append(Paragraph("In een grafiek", s.kop))
        labels = [data.content.goal(d.doel).short_name for d in doelen]
        reeksen = [[data.score(d.doel, m) for d in doelen] for m, _ in MOMENTEN]
        story.append(smiley_chart(labels, reeksen, WIDTH, 62 * mm))
    eind = data.datum_van("eindevaluatie") or data.datum_van("tussenevaluatie")
    story += [
        Spacer(1, 6),
        Paragraph(f"Laatste evaluatie: {datum_tekst(eind)}", s.klein),
        Paragraph(
            "1 = " + SMILEY_LABELS[1].lower() + " … 5 = " + SMILEY_LABELS[5].lower(), s.klein
        ),
    ]
    return build_pdf(story, info, f"Evaluatie – {data.gezin.naam}")
