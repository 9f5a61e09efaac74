"""How a coach knows a record and a field: the words the laptop shows, never a column name.

Imports nothing, so every part may use it: the conflict texts (`conflict_text`), the check of pushed
values (`values.field_problem`) and the server's refusals (`samenleren_server.integrity`).
"""

from __future__ import annotations

TABLE_NOUNS: dict[str, str] = {
    "gezin": "Gezinsgegevens",
    "ouder": "Ouder",
    "kind": "Kind",
    "traject": "Traject",
    "traject_begeleider": "Begeleider van het traject",
    "contactmoment": "Contactmoment",
    "plan_doel": "Doel in het plan van aanpak",
    "activiteit_keuze": "Gekozen activiteit",
    "afsprakenkaart_item": "Afspraak op de afsprakenkaart",
    "smiley_score": "Smileyscore",
    "vragenlijst_antwoord": "Vragenlijst",
    "toestemming": "Toestemming",
    "contraindicatie": "Zorgpunt",
    "verwijzing": "Verwijzing",
    "partner": "Partner op de sociale kaart",
    "school": "School",
    "leerkracht": "Leerkracht",
    "begeleider": "Begeleider",
    "organisatie": "Organisatie",
}

FIELD_LABELS: dict[str, str] = {
    "naam": "Naam",
    "adres": "Adres",
    "postcode": "Postcode",
    "plaats": "Plaats",
    "notities": "Notities",
    "voornaam": "Voornaam",
    "achternaam": "Achternaam",
    "taal": "Taal thuis",
    "tolk_nodig": "Tolk nodig",
    "telefoon": "Telefoonnummer",
    "email": "E-mailadres",
    "bereikbaarheid": "Bereikbaarheid",
    "geboortedatum": "Geboortedatum",
    "groep": "Groep",
    "status": "Status",
    "datum": "Datum",
    "tijd": "Tijd",
    "setting": "Met wie",
    "aanwezigen": "Aanwezigen",
    "doelen": "Doelen",
    "doel": "Doel",
    "duur_minuten": "Duur (minuten)",
    "reistijd_minuten": "Reistijd (minuten)",
    "reden_annulering": "Reden van afzeggen",
    "subdoelen": "Subdoelen",
    "ervaren": "Ervaren",
    "bespreken": "Bespreken",
    "informeren": "Informeren",
    "proberen": "Proberen",
    "tekst": "Afspraak",
    "wie": "Wie",
    "wanneer": "Wanneer",
    "waarde": "Smiley",
    "moment": "Moment",
    "antwoorden": "Antwoorden",
    "toelichting": "Toelichting",
    "besluit": "Besluit",
    "reden": "Reden",
    "stap": "Stap",
    "aanmeld_datum": "Datum van aanmelding",
    "aangemeld_door": "Aangemeld door",
    "start_datum": "Startdatum",
    "eind_datum": "Einddatum",
    "reden_einde": "Reden van stoppen",
    "registratie_minuten": "Registratietijd (minuten)",
    "gekozen_door": "Gekozen door",
    "uitgevoerd_op": "Uitgevoerd op",
    "ingetrokken_op": "Ingetrokken op",
    "handtekening": "Handtekening",
}


def plain_label(column: str, refers_to: str | None = None) -> str | None:
    """The laptop's word for a column: its label, or for a reference the noun of what it
    refers to ('traject_id' referring to 'traject' -> 'Traject'); None when there is none."""
    if column == "gezin_id":
        return "Gezin"
    if column in FIELD_LABELS:
        return FIELD_LABELS[column]
    return TABLE_NOUNS.get(refers_to) if refers_to else None
