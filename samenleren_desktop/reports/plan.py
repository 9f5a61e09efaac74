# mypy: disable-error-code="import-untyped"
"""The plan van aanpak of one traject, in plain and friendly Dutch (the afsprakenkaart is in
afsprakenkaart.py)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from samenleren_desktop.model.content import Goal
from samenleren_desktop.model.entities import Contactmoment, PlanDoel
from samenleren_desktop.model.entities.keuzes import ContactSoort, ContactStatus, Setting
from samenleren_desktop.reports.gegevens import FamilieGegevens
from samenleren_desktop.reports.opmaak import (
    FONT,
    FONT_BOLD,
    LINE,
    PAPER,
    DocumentInfo,
    Styles,
    build_pdf,
    datum_tekst,
    style,
)
from samenleren_desktop.reports.tekenen import badge, smiley

WIDTH = 170 * mm


def tint(kleur: Color, amount: float = 0.85) -> Color:
    """The colour mixed with white: 0 is the colour itself, 1 is white."""
    return Color(*(c + (1 - c) * amount for c in (kleur.red, kleur.green, kleur.blue)))


def goal_colour(goal: Goal) -> Color:
    """The goal's colour from doelen.json."""
    return colors.HexColor(goal.colour.hex)


def esc(text: str) -> str:
    """Text made safe for a reportlab Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def over_het_gezin(data: FamilieGegevens, s: Styles) -> Table:
    """A small box: parents, children, coach and the start of the traject."""
    kinderen = ", ".join(f"{esc(k.voornaam)} (groep {k.groep})" for k in data.kinderen)
    start = data.traject.start_datum or data.traject.aanmeld_datum
    rows = [
        ["Ouder(s)", esc(data.ouder_namen) or "—"],
        ["Kind(eren)", kinderen or "—"],
        ["Begeleider", esc(data.begeleider_namen) or "—"],
        ["Gestart op", datum_tekst(start)],
    ]
    cells = [[Paragraph(f"<b>{a}</b>", s.tekst), Paragraph(b, s.tekst)] for a, b in rows]
    table = Table(cells, colWidths=[35 * mm, WIDTH - 35 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PAPER),
                ("BOX", (0, 0), (-1, -1), 0.6, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def goal_card(data: FamilieGegevens, doel: PlanDoel, s: Styles) -> Flowable:
    """One chosen goal in its colour: text, subgoals, activities and the start smiley."""
    goal = data.content.goal(doel.doel)
    kleur = goal_colour(goal)
    kop = style("doelkop", fontName=FONT_BOLD, fontSize=13, leading=17, textColor=kleur)
    inhoud: list[Flowable] = [
        Paragraph(esc(goal.label), kop),
        Paragraph(esc(goal.text), s.tekst),
        Spacer(1, 3),
    ]
    for nummer in doel.subdoelen:
        tekst = esc(data.content.subgoal(nummer).text)
        inhoud.append(Paragraph(f"<b>{nummer}</b>&nbsp;&nbsp;{tekst}", s.tekst))
    namen = [
        data.content.activity(a.activiteit).name
        for a in data.activiteiten
        if a.doel == doel.doel or doel.doel in data.content.activity(a.activiteit).goals
    ]
    if namen:
        inhoud.append(Paragraph(f"<b>Wat we doen:</b> {esc(', '.join(namen))}", s.tekst))
    start = data.score(doel.doel, "start")
    rechts = [smiley(start, 30), Paragraph("start", style("s", fontSize=8, alignment=1))]
    table = Table(
        [[badge(doel.doel, kleur, 30), inhoud, rechts]],
        colWidths=[16 * mm, WIDTH - 36 * mm, 20 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint(kleur, 0.9)),
                ("LINEBEFORE", (0, 0), (0, 0), 5, kleur),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (2, 0), (2, 0), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([table, Spacer(1, 6)])


def _table(rows: list[list[str]], widths: list[float], s: Styles) -> Table:
    cells = [[Paragraph(c, s.tekst) for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PAPER),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


PADDING = 12.5
"""A table cell's left and right padding together (reportlab: 6 points each) and a little air."""


def one_line_width(texts: list[str], font: str = FONT, size: float = 11) -> float:
    """The column width at which the longest of `texts` stays on one line."""
    return float(max(stringWidth(t, font, size) for t in texts)) + PADDING


def _bezoek(data: FamilieGegevens, c: Contactmoment) -> str:
    """The kind of visit and, for a goal visit, which goals (in their colours)."""
    tekst = esc(ContactSoort(c.soort).label)
    doelen = []
    for nummer in sorted(c.doelen):
        goal = data.content.goal(nummer)
        doelen.append(f'<font color="{goal.colour.hex}"><b>{esc(goal.label)}</b></font>')
    if doelen:
        tekst += '<br/><font size="9">' + ", ".join(doelen) + "</font>"
    return tekst


def planning(data: FamilieGegevens, s: Styles) -> list[Flowable]:
    """The home visits: held, planned and called off, in date order; dates on one line."""
    kop = ["Datum", "Bezoek", "Met wie", "Status"]
    regels = [
        [
            datum_tekst(c.datum),
            _bezoek(data, c),
            Setting(c.setting).label,
            ContactStatus(c.status).label,
        ]
        for c in data.contacten
    ]
    if not regels:
        return [Paragraph("Er zijn nog geen huisbezoeken gepland.", s.tekst)]
    datum, wie, status = (
        max(one_line_width([r[i] for r in regels]), stringWidth(kop[i], FONT_BOLD, 11) + PADDING)
        for i in (0, 2, 3)
    )
    rows = [[f"<b>{k}</b>" for k in kop]] + [[r[0], r[1], esc(r[2]), esc(r[3])] for r in regels]
    return [_table(rows, [datum, WIDTH - datum - wie - status, wie, status], s)]


def activiteiten(data: FamilieGegevens, s: Styles) -> list[Flowable]:
    """The informatiemap activities the family picked."""
    rows = [["<b>Activiteit</b>", "<b>Wat is het?</b>", "<b>Gedaan op</b>"]]
    for keuze in data.activiteiten:
        activity = data.content.activity(keuze.activiteit)
        rows.append(
            [
                f"<b>{esc(activity.name)}</b>",
                esc(activity.explanation),
                datum_tekst(keuze.uitgevoerd_op) if keuze.uitgevoerd_op else "nog niet",
            ]
        )
    if len(rows) == 1:
        return [Paragraph("Er zijn nog geen activiteiten gekozen.", s.tekst)]
    return [_table(rows, [40 * mm, 100 * mm, 30 * mm], s)]


def plan_van_aanpak(data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """The plan van aanpak: chosen goals, subgoals, agreed activities and the planning."""
    s = Styles()
    story: list[Flowable] = [
        Paragraph("Plan van aanpak", s.titel),
        Paragraph(esc(data.gezin.naam), s.kop),
        over_het_gezin(data, s),
        Spacer(1, 8),
        Paragraph(
            "Hier staat waar we samen aan werken. Elk doel heeft een eigen kleur. "
            "Bij elk doel staan kleine stapjes (subdoelen) en wat we gaan doen.",
            s.tekst,
        ),
        Paragraph("Onze doelen", s.kop),
    ]
    doelen = data.actieve_doelen
    story += [goal_card(data, d, s) for d in doelen] or [
        Paragraph("Er zijn nog geen doelen gekozen.", s.tekst)
    ]
    story += [Paragraph("Gekozen activiteiten", s.kop), *activiteiten(data, s)]
    story += [Paragraph("Planning van de huisbezoeken", s.kop), *planning(data, s)]
    return build_pdf(story, info, f"Plan van aanpak – {data.gezin.naam}")
