# mypy: disable-error-code="import-untyped"
"""The full dossier of a family: everything stored about it, for the AVG right of access.

The records come from `model.services.export.gezin_dossier`, which walks every table holding a
gezin_id, so the PDF and the JSON export always show the same data. Questionnaire answers are
shown with the questions as they were asked (the version they were answered in).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session, select

from samenleren_desktop.model.content import Content, UnknownContent, render_answers
from samenleren_desktop.model.entities import Begeleider, Leerkracht, Partner, School
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
from samenleren_desktop.reports.woorden import (
    leesbaar,
    smiley_woord,
    tijd_tekst,
    waarde_tekst,
    woord,
)

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


VELD_NAMEN: dict[str, str] = {
    "naam": "Naam",
    "adres": "Adres",
    "postcode": "Postcode",
    "plaats": "Woonplaats",
    "notities": "Notities",
    "voornaam": "Voornaam",
    "achternaam": "Achternaam",
    "taal": "Taal thuis",
    "tolk_nodig": "Tolk nodig",
    "telefoon": "Telefoonnummer",
    "email": "E-mailadres",
    "bereikbaarheid": "Bereikbaar",
    "geboortedatum": "Geboortedatum",
    "groep": "Groep",
    "school_id": "School",
    "leerkracht_id": "Leerkracht",
    "begeleider_id": "Begeleider",
    "partner_id": "Partner (sociale kaart)",
    "ouder_id": "Ouder",
    "toestemming_id": "Met toestemming",
    "aanmeld_bron": "Aangemeld via",
    "aanmeld_datum": "Datum van aanmelding",
    "aangemeld_door": "Aangemeld door",
    "status": "Stand van zaken",
    "start_datum": "Gestart op",
    "eind_datum": "Gestopt of afgerond op",
    "reden_einde": "Reden van stoppen",
    "registratie_minuten": "Tijd voor de administratie",
    "overgeslagen": "Overgeslagen stappen",
    "vanaf": "Vanaf",
    "tot": "Tot en met",
    "soort": "Soort",
    "datum": "Datum",
    "tijd": "Tijd",
    "setting": "Met wie",
    "aanwezigen": "Wie waren er",
    "doelen": "Doelen",
    "doel": "Doel",
    "duur_minuten": "Hoe lang",
    "reistijd_minuten": "Reistijd",
    "reden_annulering": "Reden van afzeggen",
    "subdoelen": "Subdoelen",
    "gekozen_op": "Gekozen op",
    "gestopt_op": "Gestopt op",
    "ervaren": "Ervaren",
    "bespreken": "Bespreken",
    "informeren": "Informeren",
    "proberen": "Proberen",
    "activiteit": "Activiteit",
    "gekozen_door": "Gekozen door",
    "uitgevoerd_op": "Samen gedaan op",
    "volgorde": "Plaats op de kaart",
    "tekst": "Afspraak",
    "wie": "Wie",
    "wanneer": "Wanneer",
    "moment": "Moment",
    "waarde": "Smiley",
    "gegeven_door": "Gegeven door",
    "vragenlijst": "Vragenlijst",
    "versie": "Versie van de vragenlijst",
    "antwoorden": "Antwoorden",
    "afgerond_op": "Afgerond op",
    "gegeven_op": "Gegeven op",
    "wijze": "Hoe gegeven",
    "handtekening": "Handtekening",
    "ingetrokken_op": "Ingetrokken op",
    "toelichting": "Toelichting",
    "gesignaleerd_op": "Gezien op",
    "besluit": "Besluit",
    "besluit_op": "Besluit genomen op",
    "opgelost_op": "Opgelost op",
    "reden": "Reden",
    "stap": "Stap",
    "warme_overdracht_op": "Warme overdracht op",
    "tabel": "Soort gegevens",
    "veld": "Veld",
    "waarde_bewaard": "Bewaarde waarde",
    "waarde_anders": "Andere waarde",
}
"""Every stored field as a parent reads it; an unknown field reads as its name with spaces."""

TECHNISCH = {"id", "created_at", "updated_at", "changed_by", "gezin_id", "traject_id", "record_id"}
"""Bookkeeping that goes to the appendix "Technische gegevens", not in the records."""

VERWIJZINGEN = {
    "school_id": "school",
    "leerkracht_id": "leerkracht",
    "begeleider_id": "begeleider",
    "partner_id": "partner",
    "ouder_id": "ouder",
    "toestemming_id": "toestemming",
}
"""Fields that point at another record: shown by name, their id in the appendix."""

CODES = {
    ("contactmoment", "soort"): "contact",
    ("contactmoment", "status"): "contactstatus",
    ("contactmoment", "setting"): "setting",
    ("traject", "status"): "traject",
    ("traject", "aanmeld_bron"): "bron",
    ("activiteit_keuze", "gekozen_door"): "gegeven_door",
    ("smiley_score", "gegeven_door"): "gegeven_door",
    ("smiley_score", "moment"): "moment",
    ("toestemming", "soort"): "toestemming",
    ("toestemming", "wijze"): "wijze",
    ("contraindicatie", "soort"): "zorg",
    ("contraindicatie", "besluit"): "besluit",
    ("verwijzing", "stap"): "verwijsstap",
    ("sync_conflict", "soort"): "conflict",
    ("sync_conflict", "status"): "conflictstatus",
}
"""(table, field) → the kind of code, for `woorden.woord`."""

MINUTEN = {"duur_minuten", "reistijd_minuten", "registratie_minuten"}

TABEL_ZIN = {
    "gezin": "de gegevens van het gezin",
    "ouder": "de gegevens van ouder {naam}",
    "kind": "de gegevens van kind {naam}",
    "traject": "het traject",
    "traject_begeleider": "de begeleider van het traject",
    "contactmoment": "het contact ‘{naam}’",
    "plan_doel": "{naam} in het plan van aanpak",
    "activiteit_keuze": "de gekozen activiteit {naam}",
    "afsprakenkaart_item": "een afspraak op de afsprakenkaart",
    "smiley_score": "een smileyscore",
    "vragenlijst_antwoord": "de {naam}",
    "toestemming": "een toestemming",
    "contraindicatie": "een zorgpunt",
    "verwijzing": "een verwijzing",
}
"""How a logbook sentence names the record it is about."""

ACTIES = {
    "create": "heeft {wat} aangemaakt",
    "update": "heeft {wat} gewijzigd",
    "delete": "heeft {wat} verwijderd",
    "read": "heeft {wat} bekeken",
    "export": "heeft {wat} opgevraagd of uitgevoerd",
    "search": "heeft gezocht in {wat}",
    "unlock": "heeft het programma geopend",
}


def veld_naam(key: str) -> str:
    """The Dutch label of a stored field."""
    return VELD_NAMEN.get(key) or leesbaar(key)


class Namen:
    """Names of the records a dossier points at (school, teacher, coach, partner, parent)."""

    def __init__(self, session: Session, gegevens: dict[str, Any], content: Content) -> None:
        self.content = content
        self._namen: dict[tuple[str, str], str] = {}
        modellen: tuple[tuple[str, Any], ...] = (
            ("school", School),
            ("leerkracht", Leerkracht),
            ("begeleider", Begeleider),
            ("partner", Partner),
        )
        for soort, model in modellen:
            for row in session.exec(select(model)).all():
                self._namen[(soort, str(row.id))] = row.naam
        self.gebruikers = {b.gebruikersnaam: b.naam for b in session.exec(select(Begeleider)).all()}
        for ouder in gegevens.get("ouder", []):
            naam = f"{ouder.get('voornaam', '')} {ouder.get('achternaam', '')}".strip()
            self._namen[("ouder", str(ouder["id"]))] = naam
        for t in gegevens.get("toestemming", []):
            wat = woord("toestemming", t.get("soort", ""))
            self._namen[("toestemming", str(t["id"]))] = f"{wat} ({_datum(t.get('gegeven_op'))})"
        self.records: dict[str, tuple[str, dict[str, Any]]] = {}
        for tabel, rows in gegevens.items():
            for row in rows if isinstance(rows, list) else [rows]:
                if tabel != "audit_entry" and row.get("id"):
                    self.records[str(row["id"])] = (tabel, row)

    def naam(self, soort: str, record_id: Any) -> str:
        """The name of what `record_id` points at, or a plain note when it is unknown."""
        found = self._namen.get((soort, str(record_id)))
        return found or "(niet meer bekend, zie Technische gegevens)"

    def doel(self, nummer: Any) -> str:
        """'Doel 2: Taal', or the number when the content does not know it."""
        try:
            return self.content.goal(int(nummer)).label
        except (UnknownContent, ValueError, TypeError):
            return f"Doel {nummer}"

    def subdoel(self, nummer: str) -> str:
        try:
            return f"{nummer} {self.content.subgoal(nummer).text}"
        except UnknownContent:
            return nummer

    def activiteit(self, activiteit_id: str) -> str:
        try:
            return self.content.activity(activiteit_id).name
        except UnknownContent:
            return leesbaar(activiteit_id)

    def vragenlijst(self, vragenlijst_id: str) -> str:
        try:
            return self.content.questionnaire(vragenlijst_id).title
        except UnknownContent:
            return leesbaar(vragenlijst_id)

    def omschrijving(self, tabel: str, row: dict[str, Any]) -> str:
        """A short name of a record: 'Amira Kaya', 'Intakegesprek, 10 augustus 2026'."""
        if tabel in ("ouder", "kind"):
            return f"{row.get('voornaam', '')} {row.get('achternaam', '')}".strip()
        if tabel == "contactmoment":
            return f"{woord('contact', row.get('soort', ''))}, {_datum(row.get('datum'))}"
        maker: dict[str, Callable[[], str]] = {
            "plan_doel": lambda: self.doel(row.get("doel")),
            "smiley_score": lambda: self.doel(row.get("doel")),
            "activiteit_keuze": lambda: self.activiteit(str(row.get("activiteit", ""))),
            "vragenlijst_antwoord": lambda: self.vragenlijst(str(row.get("vragenlijst", ""))),
            "gezin": lambda: str(row.get("naam", "")),
        }
        return maker[tabel]() if tabel in maker else ""


def _datum(value: Any) -> str:
    return waarde_tekst(value) or (str(value) if value else "—")


def _lijst(tabel: str, value: list[Any], namen: Namen) -> str:
    return ", ".join(_value(tabel, "", v, namen) for v in value)


def _overgeslagen(value: dict[str, Any]) -> str:
    return "; ".join(
        f"{woord('stap', stap)}: {reden}" if reden else woord("stap", stap)
        for stap, reden in value.items()
    )


_OPMAAK: dict[str, Callable[[str, Any, Namen], str]] = {
    "doel": lambda t, v, n: n.doel(v),
    "doelen": lambda t, v, n: ", ".join(n.doel(d) for d in v) if isinstance(v, list) else str(v),
    "subdoelen": lambda t, v, n: (
        "; ".join(n.subdoel(str(d)) for d in v) if isinstance(v, list) else str(v)
    ),
    "activiteit": lambda t, v, n: n.activiteit(str(v)),
    "vragenlijst": lambda t, v, n: n.vragenlijst(str(v)),
    "veld": lambda t, v, n: veld_naam(str(v)),
    "tabel": lambda t, v, n: TABEL_NAMEN.get(str(v), leesbaar(str(v))),
    "overgeslagen": lambda t, v, n: _overgeslagen(v) if isinstance(v, dict) else str(v),
    "handtekening": lambda t, v, n: f"(getekende handtekening, {len(str(v)) // 2} bytes)",
    **{k: (lambda t, v, n: f"{v} minuten") for k in MINUTEN},
}
"""Fields with their own way of being written out (key → formatter)."""


def _value(tabel: str, key: str, value: Any, namen: Namen) -> str:
    """A stored value in plain Dutch words."""
    if value is None or value in ("", [], {}):
        return "—"
    if key in VERWIJZINGEN:
        return namen.naam(VERWIJZINGEN[key], value)
    if (tabel, key) in CODES:
        return woord(CODES[(tabel, key)], value)
    if key == "waarde" and tabel == "smiley_score" and isinstance(value, int):
        return smiley_woord(value)
    if key in _OPMAAK:
        return _OPMAAK[key](tabel, value, namen)
    return _gewoon(tabel, value, namen)


def _gewoon(tabel: str, value: Any, namen: Namen) -> str:
    """A value without a field of its own: yes/no, a list, answers, a date, or the text."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return _lijst(tabel, value, namen)
    if isinstance(value, dict):
        return "; ".join(f"{veld_naam(k)}: {_value(tabel, k, v, namen)}" for k, v in value.items())
    return waarde_tekst(value) or str(value)


LANG = 400
"""Values longer than this go below the record's table, where they may run over pages."""


def _record(
    tabel: str, record: dict[str, Any], data: FamilieGegevens, namen: Namen
) -> list[Flowable]:
    klein = style("d", fontSize=8.5, leading=11)
    rows = []
    lang: list[Flowable] = []
    for key, value in record.items():
        if key in TECHNISCH:
            continue
        naam = f"<b>{esc(veld_naam(key))}</b>"
        if key == "antwoorden" and "vragenlijst" in record:
            regels = _antwoorden(record, data, namen)
            lang += [Paragraph(naam, klein)] + [Paragraph(r, klein) for r in regels]
            rows.append([Paragraph(naam, klein), Paragraph("zie hieronder", klein)])
            continue
        tekst = _value(tabel, key, value, namen)
        if len(tekst) > LANG:
            lang += [Paragraph(naam, klein)]
            lang += [Paragraph(esc(deel), klein) for deel in tekst.splitlines() if deel.strip()]
            rows.append([Paragraph(naam, klein), Paragraph("zie hieronder", klein)])
        else:
            rows.append([Paragraph(naam, klein), Paragraph(esc(tekst), klein)])
    table = Table(rows, colWidths=[50 * mm, WIDTH - 50 * mm])
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


def _antwoorden(record: dict[str, Any], data: FamilieGegevens, namen: Namen) -> list[str]:
    """Answers with the questions of the version they were given in, one line each."""
    try:
        lijst = data.content.questionnaire(record["vragenlijst"], record["versie"])
    except UnknownContent:
        return [esc(_value("vragenlijst_antwoord", "", record["antwoorden"], namen))]
    rendered = render_answers(lijst, record["antwoorden"], data.content.goal_names)
    return [f"{esc(r.question)} <b>{esc(r.answer)}</b>" for r in rendered] or ["—"]


def _tijd(value: Any) -> str:
    try:
        return tijd_tekst(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value or "—")


def logboek_zin(entry: dict[str, Any], namen: Namen) -> str:
    """'23 november 2026 14:03 — Sanne Wolters (laptop-1) heeft … aangemaakt (velden: …)'."""
    tabel = str(entry.get("tabel") or "")
    tabel_rij = namen.records.get(str(entry.get("record_id")))
    detail = namen.omschrijving(tabel, tabel_rij[1]) if tabel_rij else ""
    wat = TABEL_ZIN.get(tabel, "de gegevens ({tabel})").format(
        naam=detail or TABEL_NAMEN.get(tabel, leesbaar(tabel)).lower(),
        tabel=TABEL_NAMEN.get(tabel, leesbaar(tabel)).lower(),
    )
    if not detail:
        wat = wat.replace(" ‘’", "").replace("  ", " ")
    actie = str(entry.get("actie") or "")
    zin = ACTIES.get(actie, "heeft iets gedaan met {wat} (" + leesbaar(actie).lower() + ")")
    gebruiker = str(entry.get("gebruiker") or "")
    wie = namen.gebruikers.get(gebruiker) or gebruiker or "Iemand"
    if entry.get("apparaat"):
        wie += f" ({entry['apparaat']})"
    tekst = f"{_tijd(entry.get('tijd'))} — {wie} {zin.format(wat=wat)}"
    velden = [v for v in entry.get("velden") or [] if v not in TECHNISCH]
    if velden:
        tekst += " (velden: " + ", ".join(veld_naam(v) for v in velden) + ")"
    return tekst + "."


def _logboek(records: list[dict[str, Any]], namen: Namen) -> list[Flowable]:
    """The audit trail as one sentence per entry."""
    klein = style("log", fontSize=8, leading=10.5, spaceAfter=2.5)
    return [Paragraph(esc(logboek_zin(r, namen)), klein) for r in records]


def _technisch(gegevens: dict[str, Any], namen: Namen, s: Styles) -> list[Flowable]:
    """The appendix: every id, and when and by whom each record was made and last changed."""
    klein = style("tech", fontSize=6.8, leading=8.5)
    kop = style("techkop", fontName="SamenLeren-Bold", fontSize=6.8, leading=8.5)
    rows = [
        [
            Paragraph(t, kop)
            for t in ("Gegevens", "Nummer (id) en verwijzingen", "Aangemaakt", "Gewijzigd", "Door")
        ]
    ]
    for tabel, records in gegevens.items():
        for record in records if isinstance(records, list) else [records]:
            if tabel == "audit_entry":
                omschrijving = f"Logboek nr. {record.get('volgnummer', '')}"
            else:
                omschrijving = TABEL_NAMEN.get(tabel, leesbaar(tabel))
                detail = namen.omschrijving(tabel, record)
                if detail:
                    omschrijving += f": {detail}"
            ids = [f"{esc(str(record.get('id', '')))}"]
            for key, value in record.items():
                if key not in ("id", "gezin_id") and key.endswith("_id") and value:
                    ids.append(f"{esc(key.removesuffix('_id'))}: {esc(str(value))}")
            gemaakt = record.get("created_at") or record.get("tijd")
            rows.append(
                [
                    Paragraph(esc(omschrijving), klein),
                    Paragraph("<br/>".join(ids), klein),
                    Paragraph(esc(_tijd_sec(gemaakt)), klein),
                    Paragraph(esc(_tijd_sec(record.get("updated_at"))), klein),
                    Paragraph(
                        esc(str(record.get("changed_by") or record.get("gebruiker") or "—")), klein
                    ),
                ]
            )
    table = Table(
        rows,
        colWidths=[36 * mm, 70 * mm, 24 * mm, 24 * mm, WIDTH - 154 * mm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), PAPER),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    uitleg = Paragraph(
        "Voor wie het programma beheert: het nummer (id) van alles wat is vastgelegd, de "
        "nummers waarnaar het verwijst en wanneer het is aangemaakt en voor het laatst "
        "gewijzigd (plaatselijke tijd). U hebt deze gegevens alleen nodig als u een vraag "
        "over een bepaald gegeven stelt.",
        s.klein,
    )
    return [PageBreak(), Paragraph("Technische gegevens", s.kop), uitleg, Spacer(1, 4), table]


def _tijd_sec(value: Any) -> str:
    if not value:
        return "—"
    try:
        return tijd_tekst(datetime.fromisoformat(str(value)), seconden=True)
    except ValueError:
        return str(value)


def dossier(session: Session, data: FamilieGegevens, info: DocumentInfo) -> bytes:
    """Every record stored about the family of this traject, grouped by kind."""
    s = Styles()
    ruw = gezin_dossier(session, data.gezin)
    namen = Namen(session, ruw, data.content)
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
            first_line, *lines = _logboek(records, namen)
            story += [KeepTogether([titel, first_line]), *lines]
            continue
        first, *rest = records
        story.append(KeepTogether([titel, *_record(naam, first, data, namen), Spacer(1, 4)]))
        for record in rest:
            story += [*_record(naam, record, data, namen), Spacer(1, 4)]
    story += _technisch(gegevens, namen, s)
    return build_pdf(story, info, f"Dossier – {data.gezin.naam}")
