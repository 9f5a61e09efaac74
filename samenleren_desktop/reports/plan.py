# mypy: disable-error-code="import-untyped"
"""The plan van aanpak and the afsprakenkaart of one traject, in plain and friendly Dutch."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from samenleren_desktop.model.content import Goal
from samenleren_desktop.model.entities import PlanDoel
from samenleren_desktop.model.entities.keuzes import ContactSoort, ContactStatus, Setting
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
from samenleren_desktop.reports.tekenen import badge, smiley, star_drawing

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


def planning(data: FamilieGegevens, s: Styles) -> list[Flowable]:
    """The home visits: held, planned and called off, in date order."""
    rows = [["<b>Datum</b>", "<b>Bezoek</b>", "<b>Met wie</b>", "<b>Status</b>"]]
    for c in data.contacten:
        rows.append(
            [
                datum_tekst(c.datum),
                esc(ContactSoort(c.soort).label),
                esc(Setting(c.setting).label),
                ContactStatus(c.status).label,
            ]
        )
    if len(rows) == 1:
        return [Paragraph("Er zijn nog geen huisbezoeken gepland.", s.tekst)]
    return [_table(rows, [42 * mm, 74 * mm, 26 * mm, 28 * mm], s)]


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


def _volgend_bezoek(data: FamilieGegevens, today: date) -> str:
    gepland = [c for c in data.contacten if c.status == "gepland" and c.datum >= today]
    if not gepland:
        return "Dat spreken we samen af."
    c = gepland[0]
    tijd = f" om {c.tijd:%H.%M} uur" if c.tijd else ""
    return f"{datum_tekst(c.datum)}{tijd}"


def afsprakenkaart(data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """The card of agreements: big numbered agreements, the goals as colours, signatures."""
    s = Styles()
    groot = style("groot", fontSize=15, leading=20)
    story: list[Flowable] = [
        Paragraph("Onze afspraken", s.titel),
        Paragraph(
            f"{esc(data.gezin.naam)} en {esc(data.begeleider_namen) or 'de begeleider'}", s.kop
        ),
        Spacer(1, 6),
    ]
    afspraken = data.afspraken or []
    for nummer, item in enumerate(afspraken, start=1):
        extra = " · ".join(
            part
            for part in (
                f"Wie: {esc(item.wie)}" if item.wie else "",
                f"Wanneer: {esc(item.wanneer)}" if item.wanneer else "",
            )
            if part
        )
        cel = [Paragraph(esc(item.tekst), groot)]
        if extra:
            cel.append(Paragraph(extra, s.klein))
        row = Table(
            [[badge(nummer, colors.HexColor("#1F6F8B"), 34), cel]],
            colWidths=[18 * mm, WIDTH - 18 * mm],
        )
        row.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), PAPER),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story += [row, Spacer(1, 6)]
    if not afspraken:
        story.append(Paragraph("Er zijn nog geen afspraken opgeschreven.", groot))
    story += [Paragraph("Hier werken we aan", s.kop)]
    chips = [_chip(data.content.goal(d.doel), s) for d in data.actieve_doelen]
    if chips:
        story.append(
            Table(
                [chips[i : i + 4] for i in range(0, len(chips), 4)],
                colWidths=[WIDTH / 4] * 4,
                hAlign="LEFT",
            )
        )
    story += [
        Paragraph("Ons volgende huisbezoek", s.kop),
        Paragraph(_volgend_bezoek(data, info.datum), groot),
        Spacer(1, 24),
        _handtekeningen(data, s),
        Spacer(1, 30),
        _tip(s),
    ]
    return build_pdf(story, info, f"Afsprakenkaart – {data.gezin.naam}")


def _tip(s: Styles) -> Table:
    """A friendly hint with a star, at the bottom of the card."""
    tekst = Paragraph(
        "<b>Tip:</b> hang deze kaart op een plek waar iedereen hem ziet, bijvoorbeeld op de "
        "koelkast. Zet een sterretje bij elke afspraak die goed ging!",
        style("tip", fontSize=12, leading=17),
    )
    tip = Table([[star_drawing(26), tekst]], colWidths=[14 * mm, WIDTH - 14 * mm])
    tip.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6D8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return tip


def _chip(goal: Goal, s: Styles) -> Table:
    kleur = goal_colour(goal)
    label = Paragraph(
        f"<b>{goal.number}</b> {esc(goal.short_name)}",
        style("chip", textColor=colors.white, fontSize=10, leading=13),
    )
    chip = Table([[label]], colWidths=[WIDTH / 4 - 4 * mm])
    chip.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), kleur),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return chip


def _handtekeningen(data: FamilieGegevens, s: Styles) -> Table:
    lijn = "_" * 28
    table = Table(
        [
            [Paragraph(lijn, s.tekst), Paragraph(lijn, s.tekst)],
            [
                Paragraph(f"Ouder: {esc(data.ouder_namen)}", s.klein),
                Paragraph(f"Begeleider: {esc(data.begeleider_namen)}", s.klein),
            ],
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )
    return table
