"""The fixed sets of values that records use (stored as their string value).

The kinds of contact, their status, setting and smiley moments come from the rules, so the
records and the trajectpijl speak one vocabulary.
"""

from __future__ import annotations

from enum import StrEnum

from samenleren_desktop.model.rules import ContactSoort, ContactStatus, Moment, Setting
from samenleren_desktop.model.rules import IntakeBesluit as Besluit

__all__ = [
    "AanmeldBron",
    "Besluit",
    "ContactSoort",
    "ContactStatus",
    "GegevenDoor",
    "LeerkrachtRol",
    "Moment",
    "Rol",
    "Setting",
    "ToestemmingSoort",
    "ToestemmingWijze",
    "TrajectStatus",
    "VerwijsStap",
]


class Rol(StrEnum):
    """What a user of the program does."""

    BEGELEIDER = "begeleider"
    COORDINATOR = "coordinator"
    BEHEERDER = "beheerder"


class LeerkrachtRol(StrEnum):
    """A school contact's role."""

    LEERKRACHT = "leerkracht"
    IB = "ib"


class TrajectStatus(StrEnum):
    """Where a traject stands."""

    AANGEMELD = "aangemeld"
    AFSTEMMING = "afstemming"
    DOELEN = "doelen"
    AFRONDING = "afronding"
    NAZORG = "nazorg"
    AFGESLOTEN = "afgesloten"
    UITGESTELD = "uitgesteld"
    AFGEBROKEN = "afgebroken"


class AanmeldBron(StrEnum):
    """How the family was signed up."""

    SCHOOL = "school"
    OUDER = "ouder"
    WIJKTEAM = "wijkteam"
    ANDERS = "anders"


class GegevenDoor(StrEnum):
    """Who gave a smiley score or chose an activity."""

    OUDER = "ouder"
    KIND = "kind"
    BEGELEIDER = "begeleider"


class VerwijsStap(StrEnum):
    """The referral steps of the description."""

    SIGNALEREN = "signaleren"
    BENOEMEN = "benoemen"
    ZORG_UITEN = "zorg_uiten"
    WARME_OVERDRACHT = "warme_overdracht"


class ToestemmingSoort(StrEnum):
    """What the parent consents to."""

    VERWERKING = "verwerking"
    CONTACT_SCHOOL = "contact_school"
    OVERDRACHT_PARTNER = "overdracht_partner"


class ToestemmingWijze(StrEnum):
    """How consent was given."""

    HANDTEKENING = "handtekening"
    PAPIER = "papier"
    MONDELING = "mondeling"
