"""The fixed sets of values that records use (stored as their string value)."""

from __future__ import annotations

from enum import StrEnum


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


class ContactSoort(StrEnum):
    """The step of the traject a contactmoment belongs to."""

    INTAKE = "intake"
    KENNISMAKING = "kennismaking"
    INFORMATIEMAP = "informatiemap"
    ACTIVITEIT = "activiteit"
    OUDER_LEERKRACHT_GESPREK = "ouder_leerkracht_gesprek"
    PLAN_VAN_AANPAK = "plan_van_aanpak"
    DOELBEZOEK = "doelbezoek"
    TUSSENEVALUATIE = "tussenevaluatie"
    EINDEVALUATIE = "eindevaluatie"
    AFSLUITENDE_ACTIVITEIT = "afsluitende_activiteit"
    NAZORG = "nazorg"
    FOLLOW_UP = "follow_up"
    OVERIG = "overig"


class ContactStatus(StrEnum):
    """Planned, held or cancelled."""

    GEPLAND = "gepland"
    GEHOUDEN = "gehouden"
    GEANNULEERD = "geannuleerd"


class Setting(StrEnum):
    """Who the contact was with."""

    GEZIN = "gezin"
    OUDER = "ouder"
    SCHOOL = "school"
    TELEFOON = "telefoon"


class Moment(StrEnum):
    """When smiley scores are taken."""

    START = "start"
    TUSSEN = "tussen"
    EIND = "eind"


class GegevenDoor(StrEnum):
    """Who gave a smiley score or chose an activity."""

    OUDER = "ouder"
    KIND = "kind"
    BEGELEIDER = "begeleider"


class Besluit(StrEnum):
    """The decision after the intake or a concern."""

    START = "start"
    UITSTELLEN = "uitstellen"
    DOORVERWIJZEN = "doorverwijzen"


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


class CycleStap(StrEnum):
    """The learning cycle per skill."""

    ERVAREN = "ervaren"
    BESPREKEN = "bespreken"
    INFORMEREN = "informeren"
    PROBEREN = "proberen"
