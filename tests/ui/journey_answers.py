"""What the coach answers in the journey's questionnaires (tests/ui/test_journey.py).

`INTAKE` and `NAZORG` hold what is typed or clicked per question ("vandaag" is the button that
fills in today); `as_stored` says how the workspace keeps it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

NUMBERS = {"aantal_kinderen"}
"""Questions answered by typing a number."""


def as_stored(answers: dict[str, Any], day: date) -> dict[str, Any]:
    """The answers as the workspace keeps them: "Vandaag" is a date, a typed number a number."""
    return {question: _stored_form(question, value, day) for question, value in answers.items()}


def _stored_form(question: str, value: Any, day: date) -> Any:
    if value == "vandaag":
        return day.isoformat()
    if question in NUMBERS:
        return int(value)
    return value


INTAKE: dict[str, Any] = {
    "intake_datum": "vandaag",
    "aanwezig": "een_ouder",
    "taal_thuis": "Nederlands en Pools",
    "hulp_bij_praten": "ja",
    "hulp_bij_praten_wie": "familie_of_buren",
    "aantal_kinderen": "2",
    "andere_hulp_nu": "ja",
    "andere_hulp_wie": "Logopedie voor Mees",
    "kind_groep": "2",
    "aanmelding": "school",
    "school_gaat": 3,
    "zorgen": ["taal", "anders"],
    "zorgen_anders": "Slaapt slecht",
    "thuis_gaat": 4,
    "dagritme": "Om half acht op, na school buiten spelen, om zeven uur naar bed.",
    "samen_spelen": "soms",
    "voorlezen": "vaak",
    "contact_leerkracht": "soms",
    "regels_thuis": "ja",
    "complimenten": "vaak",
    "wil_leren": ["2", "6"],
    "ci_geen_taal": "nee",
    "ci_stress": "nee",
    "ci_laag_begrip": "nee",
    "ci_alleen_huiswerk": "nee",
    "ci_niet_beschikbaar": "nee",
    "besluit": "start",
    "vaste_dagen": "Dinsdagochtend en donderdagmiddag",
}

NAZORG: dict[str, Any] = {
    "contact_moment": "nazorg",
    "datum": "vandaag",
    "contact_vorm": "telefoon",
    "gezin_gaat": 4,
    "doelen_score": {"2": 4, "6": 5},
    "blijft_doen": "Het weekschema hangt nog op de koelkast.",
    "map_gebruikt": "ja",
    "contact_school": 4,
    "hulp_nodig": "nee",
}
