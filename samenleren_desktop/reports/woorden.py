"""Plain Dutch words for what the database stores as codes, shared by every document.

The labels of the GUI and the services are reused where they exist (contact kinds, steps,
settings, consent, concerns, referral steps), so a parent reads the same word on paper as the
coach sees on screen. A code without a label reads as itself with spaces, never with '_'.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from samenleren_desktop.model.content import SMILEY_LABELS
from samenleren_desktop.model.entities.keuzes import (
    ContactSoort,
    ContactStatus,
    Moment,
)
from samenleren_desktop.model.rules.stappen import Stap
from samenleren_desktop.model.services.contacten import SETTING_LABELS
from samenleren_desktop.model.services.toestemming import SOORT_LABELS, WIJZE_LABELS
from samenleren_desktop.model.services.zorg import BESLUIT_LABELS, STAP_LABELS, ZORG_SOORTEN
from samenleren_desktop.reports.opmaak import datum_tekst

STATUS_NAMEN = {
    "aangemeld": "Aangemeld",
    "afstemming": "Afstemmingsfase",
    "doelen": "Werken aan doelen",
    "afronding": "Afrondingsfase",
    "nazorg": "Nazorg",
    "afgesloten": "Afgesloten",
    "uitgesteld": "Uitgesteld",
    "afgebroken": "Gestopt",
}
"""A traject's status as the coordinator report and the dossier name it."""

BRON_NAMEN = {"school": "School", "ouder": "Ouder zelf", "wijkteam": "Wijkteam", "anders": "Anders"}
GEGEVEN_DOOR = {"ouder": "Ouder", "kind": "Kind", "begeleider": "Begeleider"}
CONTACT_VERANDERD = {
    "beter": "Beter",
    "hetzelfde": "Hetzelfde",
    "slechter": "Slechter",
    "weet_niet": "Weet ik niet",
}
"""Answers of the teacher's question "Is het contact met de ouder veranderd?"."""

CONFLICT_SOORTEN = {
    "field": "Twee wijzigingen van hetzelfde veld",
    "edit_on_deleted": "Gewijzigd terwijl het elders verwijderd was",
    "delete_on_edited": "Verwijderd terwijl het elders gewijzigd was",
    "rejected": "Wijziging niet overgenomen",
}
CONFLICT_STATUS = {"open": "Nog niet opgelost", "opgelost": "Opgelost"}


def leesbaar(code: str) -> str:
    """An unknown code as words: 'weet_niet' → 'Weet niet'."""
    text = str(code).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


_ENUMS: dict[str, Any] = {
    "contact": ContactSoort,
    "stap": Stap,
    "contactstatus": ContactStatus,
    "moment": Moment,
}
_TABELLEN: dict[str, dict[str, str]] = {
    "setting": SETTING_LABELS,
    "traject": STATUS_NAMEN,
    "bron": BRON_NAMEN,
    "gegeven_door": GEGEVEN_DOOR,
    "toestemming": SOORT_LABELS,
    "wijze": WIJZE_LABELS,
    "zorg": ZORG_SOORTEN,
    "besluit": BESLUIT_LABELS,
    "verwijsstap": STAP_LABELS,
    "contact_veranderd": CONTACT_VERANDERD,
    "conflict": CONFLICT_SOORTEN,
    "conflictstatus": CONFLICT_STATUS,
}


def woord(soort: str, code: Any) -> str:
    """The Dutch word for a stored code of a kind ('contact', 'stap', 'setting', …)."""
    text = str(code)
    if soort in _ENUMS:
        try:
            label = str(_ENUMS[soort](text).label)
        except ValueError:
            return leesbaar(text)
        return label[:1].upper() + label[1:]
    return _TABELLEN.get(soort, {}).get(text) or leesbaar(text)


def smiley_woord(waarde: int) -> str:
    """'4 (Goed)': the score and what the smiley means."""
    label = SMILEY_LABELS.get(waarde)
    return f"{waarde} ({label})" if label else str(waarde)


def tijd_tekst(moment: datetime | None, seconden: bool = False) -> str:
    """A stored (UTC) moment in local time: '23 november 2026 14:03'."""
    if moment is None:
        return "—"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    klok = moment.strftime("%H:%M:%S" if seconden else "%H:%M")
    return f"{datum_tekst(moment.date())} {klok}"


def waarde_tekst(value: Any) -> str | None:
    """A date, time or moment stored as ISO text, in Dutch words; None when it is not one."""
    if not isinstance(value, str) or len(value) < 5 or not value[:1].isdigit():
        return None
    try:
        if len(value) == 10:
            return datum_tekst(date.fromisoformat(value))
        if len(value) > 10 and value[10:11] in ("T", " "):
            return tijd_tekst(datetime.fromisoformat(value))
        if len(value) in (5, 8) and value[2:3] == ":":
            return time.fromisoformat(value).strftime("%H:%M")
    except ValueError:
        return None
    return None
