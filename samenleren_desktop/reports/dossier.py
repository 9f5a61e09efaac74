# mypy: disable-error-code="import-untyped"
"""The full dossier of a family: everything stored about it, for the AVG right of access.

The records come from `model.services.export.gezin_dossier`, which walks every table holding a
gezin_id, so the PDF and the JSON export always show the same data. Questionnaire answers are
shown with the questions as they were asked (the version they were answered in).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from samenleren_desktop.model.content import UnknownContent, render_answers
from samenleren_desktop.model.services.export import gezin_dossier
from samenleren_desktop.reports.gegevens import FamilieGegevens
from samenleren_desktop.reports.opmaak import (
    LINE,
    PAPER,
    DocumentInfo,
    Styles,
    build_pdf,
    style,
)
from samenleren_desktop.reports.plan import WIDTH, esc

TABEL_NAMEN = {
    "gezin": "Gezin",
    "ouder": "Ouders",
    "kind": "Kinderen",
    "traject": "Trajecten",
    "traject_begeleider": "Begeleiders van het traject",
    "contactmoment": "Huisbezoeken en andere contacten",
    "plan_doel": "Doelen in het plan van aanpak",
    "activiteit_keuze": "Gekozen activiteiten",
    "afsprakenkaart_item": "Afsprakenkaart",
    "smiley_score": "Smileyscores",
    "vragenlijst_antwoord": "Ingevulde vragenlijsten",
    "toestemming": "Toestemmingen",
    "contraindicatie": "Contra-indicaties en zorgen",
    "verwijzing": "Verwijzingen",
    "audit_entry": "Wie heeft wanneer iets gedaan (logboek)",
    "sync_conflict": "Conflicten bij het synchroniseren",
}


def _value(key: str, value: Any) -> str:
    if value is None or value in ("", [], {}):
        return "—"
    if key == "handtekening" and isinstance(value, str):
        return f"(getekende handtekening, {len(value) // 2} bytes)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


LANG = 400
"""Values longer than this go below the record's table, where they may run over pages."""


def _record(record: dict[str, Any], data: FamilieGegevens, s: Styles) -> list[Flowable]:
    klein = style("d", fontSize=8.5, leading=11)
    rows = []
    lang: list[Flowable] = []
    for key, value in record.items():
        naam = f"<b>{esc(key.replace('_', ' '))}</b>"
        if key == "antwoorden" and "vragenlijst" in record:
            regels = _antwoorden(record, data)
            lang += [Paragraph(naam, klein)] + [Paragraph(r, klein) for r in regels]
            rows.append([Paragraph(naam, klein), Paragraph("zie hieronder", klein)])
            continue
        tekst = _value(key, value)
        if len(tekst) > LANG:
            lang += [Paragraph(naam, klein)]
            lang += [Paragraph(esc(deel), klein) for deel in tekst.splitlines() if deel.strip()]
            rows.append([Paragraph(naam, klein), Paragraph("zie hieronder", klein)])
        else:
            rows.append([Paragraph(naam, klein), Paragraph(esc(tekst), klein)])
    table = Table(rows, colWidths=[42 * mm, WIDTH - 42 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, LINE),
                ("BACKGROUND", (0, 0), (0, -1), PAPER),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return [table, *lang]


def _antwoorden(record: dict[str, Any], data: FamilieGegevens) -> list[str]:
    """Answers with the questions of the version they were given in, one line each."""
    try:
        lijst = data.content.questionnaire(record["vragenlijst"], record["versie"])
    except UnknownContent:
        return [esc(_value("antwoorden", record["antwoorden"]))]
    rendered = render_answers(lijst, record["antwoorden"], data.content.goal_names)
    return [f"{esc(r.question)} <b>{esc(r.answer)}</b>" for r in rendered] or ["—"]


def _logboek(records: list[dict[str, Any]]) -> Table:
    """The audit trail as one compact line per entry."""
    klein = style("log", fontSize=7.5, leading=9.5)
    rows = [[Paragraph(f"<b>{kop}</b>", klein) for kop in ("Tijd", "Wie", "Wat", "Gegevens")]]
    for r in records:
        tijd = str(r.get("tijd", ""))[:16].replace("T", " ")
        wat = f"{r.get('actie', '')} {r.get('tabel', '')}"
        rows.append(
            [
                Paragraph(esc(tijd), klein),
                Paragraph(esc(str(r.get("gebruiker", ""))), klein),
                Paragraph(esc(wat), klein),
                Paragraph(esc(_value("velden", r.get("velden"))), klein),
            ]
        )
    table = Table(rows, colWidths=[28 * mm, 22 * mm, 40 * mm, WIDTH - 90 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), PAPER),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def dossier(session: Session, data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """Every record stored about the family of this traject, grouped by kind."""
    s = Styles()
    ruw = gezin_dossier(session, data.gezin)
    volgorde = [*TABEL_NAMEN, *sorted(set(ruw) - set(TABEL_NAMEN))]
    gegevens = {naam: ruw[naam] for naam in volgorde if naam in ruw}
    story: list[Flowable] = [
        Paragraph("Alles wat we over u bewaren", s.titel),
        Paragraph(esc(data.gezin.naam), s.kop),
        Paragraph(
            "U hebt het recht om te zien welke gegevens wij over uw gezin bewaren (AVG, "
            "recht op inzage). In dit overzicht staat alles wat in het programma Samen Leren "
            "over uw gezin is opgeslagen. Klopt er iets niet? Vraag uw begeleider om het te "
            "verbeteren of te verwijderen.",
            s.tekst,
        ),
        Spacer(1, 6),
        Paragraph("Inhoud", s.kop),
    ]
    tellingen = [
        [TABEL_NAMEN.get(naam, naam), str(len(rows) if isinstance(rows, list) else 1)]
        for naam, rows in gegevens.items()
    ]
    inhoud = Table(
        [["Soort gegevens", "Aantal"], *tellingen], colWidths=[120 * mm, 30 * mm], hAlign="LEFT"
    )
    inhoud.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "SamenLeren", 9),
                ("FONT", (0, 0), (-1, 0), "SamenLeren-Bold", 9),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
            ]
        )
    )
    story.append(inhoud)
    for naam, rows in gegevens.items():
        records = rows if isinstance(rows, list) else [rows]
        titel = Paragraph(f"{esc(TABEL_NAMEN.get(naam, naam))} ({len(records)})", s.kop)
        if not records:
            story += [titel, Paragraph("Niets bewaard.", s.klein)]
            continue
        if naam == "audit_entry":
            story += [titel, _logboek(records)]
            continue
        first, *rest = records
        story.append(KeepTogether([titel, *_record(first, data, s), Spacer(1, 4)]))
        for record in rest:
            story += [*_record(record, data, s), Spacer(1, 4)]
    return build_pdf(story, info, f"Dossier – {data.gezin.naam}")
