# mypy: disable-error-code="import-untyped"
"""The coordinator's report over a period (PDF) and the same figures as CSV for funders.

The figures come from `model.services.rapportage.rapportcijfers`; this module only lays them
out. CSV: UTF-8 with a byte-order mark (so Excel shows ë and é) and ';' between fields (what
Dutch Excel expects), one row per figure: sectie;onderdeel;waarde.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from samenleren_desktop.model.content import Content, UnknownContent
from samenleren_desktop.model.services.rapportage import OpTijd, Rapportcijfers
from samenleren_desktop.model.services.zorg import BESLUIT_LABELS
from samenleren_desktop.reports.opmaak import (
    ACCENT,
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
from samenleren_desktop.reports.plan import WIDTH, esc
from samenleren_desktop.reports.tekenen import smiley_chart
from samenleren_desktop.reports.woorden import (
    BRON_NAMEN,
    CONTACT_VERANDERD,
    STATUS_NAMEN,
    leesbaar,
)

__all__ = [
    "BRON_NAMEN",
    "CONTRA_NAMEN",
    "STATUS_NAMEN",
    "VERWIJS_NAMEN",
    "csv_bytes",
    "rapport_pdf",
    "rows",
]

CONTRA_NAMEN = {
    "geen_gemeenschappelijke_taal": "Geen gemeenschappelijke taal",
    "hoge_stress": "Hoge stress",
    "weinig_begrip": "Weinig begrip",
    "alleen_huiswerkbegeleiding": "Wil alleen huiswerkbegeleiding",
    "niet_beschikbaar": "Niet beschikbaar",
    "anders": "Anders",
}
VERWIJS_NAMEN = {
    "signaleren": "Signaleren",
    "benoemen": "Benoemen",
    "zorg_uiten": "Zorg uiten",
    "warme_overdracht": "Warme overdracht",
}
LEEG = "—"
"""A figure that cannot be given (no scores yet): "—" in the PDF and the GUI, empty in the CSV."""


def _geordend(
    aantallen: dict[str, int], namen: dict[str, str], alle: bool = False
) -> Iterator[tuple[str, int]]:
    """(Dutch name, count) in the fixed order of `namen`, unknown codes after them as words.

    With `alle`, every known kind is listed (0 where there is none), so reports of different
    periods have the same rows.
    """
    for code, naam in namen.items():
        if alle or code in aantallen:
            yield naam, aantallen.get(code, 0)
    for code in sorted(set(aantallen) - set(namen)):
        yield leesbaar(code), aantallen[code]


def _keuzes(content: Content, vragenlijst: str, vraag: str) -> dict[str, str]:
    """The options of a question (value → label), in the order the questionnaire asks them."""
    try:
        question = content.questionnaire(vragenlijst).question(vraag)
    except (UnknownContent, KeyError):
        return {}
    return {option.value: option.label for option in question.options}


def _fmt(value: float | int | None) -> str:
    if value is None:
        return LEEG
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def rows(cijfers: Rapportcijfers, content: Content) -> Iterator[tuple[str, str, str]]:
    """Every figure as (section, item, value): the CSV, and the tables of the PDF and GUI.

    Always the same rows in the same order, whatever the data (empty groups aside), so a
    funder's spreadsheet can compare periods.
    """
    f = cijfers.filter
    yield ("Periode", "Van", f.van.isoformat())
    yield ("Periode", "Tot en met", f.tot.isoformat())
    yield ("Trajecten", "Totaal in de periode", str(cijfers.trajecten))
    for status, naam in STATUS_NAMEN.items():
        yield ("Trajecten per fase", naam, str(cijfers.per_status.get(status, 0)))
    for bron, naam in BRON_NAMEN.items():
        yield ("Aanmeldingen per bron", naam, str(cijfers.aanmeldingen_per_bron.get(bron, 0)))
    for doel, aantal in cijfers.doelen_gekozen.items():
        yield ("Doelen gekozen", content.goal(doel).label, str(aantal))
    for sv in cijfers.smileys:
        label = content.goal(sv.doel).label
        for moment in ("start", "tussen", "eind"):
            yield ("Smiley gemiddeld", f"{label} – {moment}", _fmt(sv.gemiddeld[moment]))
        yield ("Smiley vooruit", f"{label} – vooruit", str(sv.vooruit))
        yield ("Smiley vooruit", f"{label} – gelijk", str(sv.gelijk))
        yield ("Smiley vooruit", f"{label} – achteruit", str(sv.achteruit))
    u = cijfers.uren
    yield ("Uren", "Totaal uren", _fmt(u.totaal_uren))
    yield ("Uren", "Gemiddeld per traject", _fmt(u.gemiddeld_uren))
    yield ("Uren", "Gemiddeld per afgesloten traject", _fmt(u.afgesloten_gemiddeld_uren))
    yield ("Uren", f"Trajecten boven de norm van {u.norm_uren} uur", str(u.boven_norm))
    for naam, op in (("Nazorg", cijfers.nazorg), ("Follow-up", cijfers.follow_up)):
        yield from _op_tijd_rows(naam, op)
    lk = cijfers.leerkrachten
    yield ("Evaluatie leerkrachten", "Aantal", str(lk.aantal))
    for vraag, naam in (
        ("contact_ouder", "Contact met de ouder"),
        ("betrokkenheid", "Betrokkenheid van de ouder"),
        ("samenwerking_begeleider", "Samenwerking met de begeleider"),
    ):
        yield ("Evaluatie leerkrachten", f"{naam} (gemiddeld, 1-5)", _fmt(lk.gemiddeld[vraag]))
    veranderd = _keuzes(content, "evaluatie_leerkracht", "contact_veranderd")
    veranderd = veranderd or CONTACT_VERANDERD
    for naam, aantal in _geordend(lk.contact_veranderd, veranderd, alle=lk.aantal > 0):
        yield ("Evaluatie leerkrachten", f"Contact veranderd: {naam.lower()}", str(aantal))
    yield (
        "Evaluatie leerkrachten",
        "Zou opnieuw aanmelden",
        f"{lk.opnieuw_aanmelden_ja} van {lk.opnieuw_aanmelden_beantwoord}",
    )
    for naam, aantal in _geordend(cijfers.contra_indicaties, CONTRA_NAMEN):
        yield ("Contra-indicaties", naam, str(aantal))
    for naam, aantal in _geordend(cijfers.contra_besluiten, BESLUIT_LABELS):
        yield ("Besluit bij contra-indicatie", naam, str(aantal))
    for naam, aantal in _geordend(cijfers.verwijzingen, VERWIJS_NAMEN):
        yield ("Verwijzingen", naam, str(aantal))
    yield ("Verwijzingen", "Warme overdracht gedaan", str(cijfers.warme_overdrachten))


def _op_tijd_rows(naam: str, op: OpTijd) -> Iterator[tuple[str, str, str]]:
    yield (naam, "Op tijd gedaan", str(op.op_tijd))
    yield (naam, "Te laat gedaan", str(op.te_laat))
    yield (naam, "Nog niet gedaan en te laat", str(op.achterstallig))
    yield (naam, "Nog niet aan de beurt", str(op.nog_niet))


def csv_bytes(cijfers: Rapportcijfers, content: Content) -> bytes:
    """The figures as CSV: UTF-8 with BOM, ';' separated, a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(("sectie", "onderdeel", "waarde"))
    writer.writerows(
        (sectie, onderdeel, "" if waarde == LEEG else waarde)
        for sectie, onderdeel, waarde in rows(cijfers, content)
    )
    return buffer.getvalue().encode("utf-8-sig")


def _bars(
    labels: list[str],
    values: list[int],
    kleuren: list[colors.Color] | None = None,
    height: float | None = None,
) -> Drawing:
    height = height or max(40.0, 16.0 * len(labels) + 20)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 10, WIDTH - 180, height - 20
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 8
    for index, kleur in enumerate(kleuren or []):
        chart.bars[(0, index)].fillColor = kleur
    drawing.add(chart)
    return drawing


def _table(section: list[tuple[str, str, str]], s: Styles) -> Table:
    table = Table(
        [
            [Paragraph(esc(item), s.tekst), Paragraph(esc(value), s.tekst)]
            for _, item, value in section
        ],
        colWidths=[WIDTH - 65 * mm, 65 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, PAPER]),
            ]
        )
    )
    return table


def _gemiddelden(cijfers: Rapportcijfers, content: Content, s: Styles) -> Table:
    """Per goal the mean smiley per moment and how many trajecten went up, stayed or went down.

    The chart above shows the same means; one table instead of a long list of rows.
    """
    kop = style("kop9", fontName=FONT_BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER)
    getal = style("getal", alignment=TA_CENTER)
    data: list[list[Any]] = [
        [
            "",
            Paragraph("Gemiddelde smiley (1 tot 5)", kop),
            "",
            "",
            Paragraph("Aantal trajecten (eerste → laatste score)", kop),
            "",
            "",
        ],
        [Paragraph("<b>Doel</b>", s.tekst)]
        + [
            Paragraph(k, kop) for k in ("Start", "Tussen", "Eind", "Vooruit", "Gelijk", "Achteruit")
        ],
    ]
    for sv in cijfers.smileys:
        waarden = [_fmt(sv.gemiddeld[m]) for m in ("start", "tussen", "eind")]
        waarden += [str(sv.vooruit), str(sv.gelijk), str(sv.achteruit)]
        data.append(
            [Paragraph(esc(content.goal(sv.doel).label), s.tekst)]
            + [Paragraph(w, getal) for w in waarden]
        )
    smal = 18 * mm
    table = Table(data, colWidths=[WIDTH - 6 * smal] + [smal] * 6, repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 0), (3, 0)),
                ("SPAN", (4, 0), (6, 0)),
                ("LEFTPADDING", (1, 0), (-1, -1), 3),
                ("RIGHTPADDING", (1, 0), (-1, -1), 3),
                ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
                ("VALIGN", (0, 2), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE),
                ("LINEBEFORE", (4, 0), (4, -1), 0.6, LINE),
                ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, PAPER]),
            ]
        )
    )
    return table


def _section(title: str, parts: list[Flowable], s: Styles) -> Flowable:
    return KeepTogether([Paragraph(title, s.kop), *parts, Spacer(1, 4)])


def rapport_pdf(
    cijfers: Rapportcijfers, content: Content, info: DocumentInfo, selectie: str = ""
) -> bytes:
    """The report as PDF: a table and, where it helps, a chart per section."""
    s = Styles()
    alle = list(rows(cijfers, content))

    def deel(sectie: str) -> list[tuple[str, str, str]]:
        return [r for r in alle if r[0] == sectie]

    f = cijfers.filter
    story: list[Flowable] = [
        Paragraph("Rapportage Samen Leren", s.titel),
        Paragraph(f"{datum_tekst(f.van)} tot en met {datum_tekst(f.tot)}", s.kop),
        Paragraph(esc(selectie or "Alle scholen en begeleiders"), s.tekst),
        Paragraph(f"<b>{cijfers.trajecten}</b> trajecten liepen in deze periode.", s.tekst),
    ]
    fasen = deel("Trajecten per fase")
    story.append(
        _section(
            "Trajecten per fase",
            [
                _table(deel("Trajecten"), s),
                _bars([r[1] for r in fasen], [int(r[2]) for r in fasen]),
            ],
            s,
        )
    )
    bronnen = deel("Aanmeldingen per bron")
    story.append(
        _section(
            "Aanmeldingen per bron",
            [_bars([r[1] for r in bronnen], [int(r[2]) for r in bronnen])],
            s,
        )
    )
    doelen = list(cijfers.doelen_gekozen.items())
    story.append(
        _section(
            "Gekozen doelen",
            [
                _bars(
                    [content.goal(d).label for d, _ in doelen],
                    [n for _, n in doelen],
                    [colors.HexColor(content.goal(d).colour.hex) for d, _ in doelen],
                )
            ],
            s,
        )
    )
    if cijfers.smileys:
        labels = [f"Doel {sv.doel}" for sv in cijfers.smileys]
        reeksen = [[sv.gemiddeld[m] for sv in cijfers.smileys] for m in ("start", "tussen", "eind")]
        story.append(
            _section(
                "Smileyscores per doel (gemiddeld, 1 tot 5)",
                [
                    smiley_chart(labels, reeksen, WIDTH, 60 * mm),
                    Spacer(1, 4),
                    _gemiddelden(cijfers, content, s),
                ],
                s,
            )
        )
    for titel in (
        "Uren",
        "Nazorg",
        "Follow-up",
        "Evaluatie leerkrachten",
        "Contra-indicaties",
        "Besluit bij contra-indicatie",
        "Verwijzingen",
    ):
        regels = deel(titel)
        if regels:
            story.append(_section(titel, [_table(regels, s)], s))
    return build_pdf(story, info, "Rapportage Samen Leren")
