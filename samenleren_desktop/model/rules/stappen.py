"""The steps of a traject in the order of the trajectpijl, and the kinds of contact.

The labels are the wording of the description of the intervention (section 1.3, "Inhoud van de
interventie"); see docs/trajectpijl.md.
"""

from __future__ import annotations

from enum import StrEnum


class Fase(StrEnum):
    """The phases of a traject: recruitment, then the three phases of section 1.3."""

    AANMELDING = "aanmelding"
    AFSTEMMINGSFASE = "afstemmingsfase"
    WERKEN_AAN_DOELEN = "werken_aan_doelen"
    AFRONDING = "afronding"

    @property
    def label(self) -> str:
        """The Dutch name of the phase, as shown to the user."""
        return _FASE_LABELS[self]


class Stap(StrEnum):
    """A step of the trajectpijl; the definition order is the order of the arrow."""

    AANMELDING = "aanmelding"
    INTAKE = "intake"
    KENNISMAKING = "kennismaking"
    INFORMATIEMAP = "informatiemap"
    ACTIVITEIT = "activiteit"
    OUDER_LEERKRACHT_GESPREK = "ouder_leerkracht_gesprek"
    PLAN_VAN_AANPAK = "plan_van_aanpak"
    WERKEN_AAN_DOELEN = "werken_aan_doelen"
    TUSSENEVALUATIE = "tussenevaluatie"
    EINDEVALUATIE = "eindevaluatie"
    AFSLUITENDE_ACTIVITEIT = "afsluitende_activiteit"
    NAZORG = "nazorg"
    FOLLOW_UP = "follow_up"

    @property
    def label(self) -> str:
        """The Dutch name of the step, as shown on the trajectpijl."""
        return _STAP_LABELS[self]

    @property
    def fase(self) -> Fase:
        """The phase this step belongs to."""
        return _FASE_VAN_STAP[self]

    @property
    def volgnummer(self) -> int:
        """The position of the step on the arrow, starting at 0."""
        return STAPPEN.index(self)


class ContactSoort(StrEnum):
    """What a contactmoment (mostly a huisbezoek) was for."""

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

    @property
    def label(self) -> str:
        """The Dutch name of this kind of contact."""
        stap = STAP_VAN_SOORT.get(self)
        if stap is not None:
            return stap.label
        return (
            "Huisbezoek werken aan doelen" if self is ContactSoort.DOELBEZOEK else "Overig contact"
        )


STAPPEN: tuple[Stap, ...] = tuple(Stap)
"""All steps in the order of the arrow."""

STAP_VAN_SOORT: dict[ContactSoort, Stap] = {
    ContactSoort.INTAKE: Stap.INTAKE,
    ContactSoort.KENNISMAKING: Stap.KENNISMAKING,
    ContactSoort.INFORMATIEMAP: Stap.INFORMATIEMAP,
    ContactSoort.ACTIVITEIT: Stap.ACTIVITEIT,
    ContactSoort.OUDER_LEERKRACHT_GESPREK: Stap.OUDER_LEERKRACHT_GESPREK,
    ContactSoort.PLAN_VAN_AANPAK: Stap.PLAN_VAN_AANPAK,
    ContactSoort.TUSSENEVALUATIE: Stap.TUSSENEVALUATIE,
    ContactSoort.EINDEVALUATIE: Stap.EINDEVALUATIE,
    ContactSoort.AFSLUITENDE_ACTIVITEIT: Stap.AFSLUITENDE_ACTIVITEIT,
    ContactSoort.NAZORG: Stap.NAZORG,
    ContactSoort.FOLLOW_UP: Stap.FOLLOW_UP,
}
"""The step a held contact of this kind completes. A doelbezoek counts towards werken aan
doelen through the per-goal rule (see `doelen`); an overig contact completes no step."""

_FASE_LABELS: dict[Fase, str] = {
    Fase.AANMELDING: "Werving en aanmelding",
    Fase.AFSTEMMINGSFASE: "Afstemmingsfase",
    Fase.WERKEN_AAN_DOELEN: "Werken aan doelen",
    Fase.AFRONDING: "Afrondingsfase",
}

_STAP_LABELS: dict[Stap, str] = {
    Stap.AANMELDING: "Aanmelding",
    Stap.INTAKE: "Intakegesprek",
    Stap.KENNISMAKING: "Kennismakingsactiviteit",
    Stap.INFORMATIEMAP: "Informatiemap doornemen",
    Stap.ACTIVITEIT: "Activiteit uitvoeren",
    Stap.OUDER_LEERKRACHT_GESPREK: "Ouder-leerkracht gesprek",
    Stap.PLAN_VAN_AANPAK: "Plan van aanpak bespreken",
    Stap.WERKEN_AAN_DOELEN: "Werken aan doelen",
    Stap.TUSSENEVALUATIE: "Tussenevaluatie",
    Stap.EINDEVALUATIE: "Eindevaluatiegesprek",
    Stap.AFSLUITENDE_ACTIVITEIT: "Afsluitende activiteit met het gezin",
    Stap.NAZORG: "Nazorgcontact",
    Stap.FOLLOW_UP: "Follow-up gesprek",
}

_FASE_VAN_STAP: dict[Stap, Fase] = {
    Stap.AANMELDING: Fase.AANMELDING,
    Stap.INTAKE: Fase.AFSTEMMINGSFASE,
    Stap.KENNISMAKING: Fase.AFSTEMMINGSFASE,
    Stap.INFORMATIEMAP: Fase.AFSTEMMINGSFASE,
    Stap.ACTIVITEIT: Fase.AFSTEMMINGSFASE,
    Stap.OUDER_LEERKRACHT_GESPREK: Fase.AFSTEMMINGSFASE,
    Stap.PLAN_VAN_AANPAK: Fase.AFSTEMMINGSFASE,
    Stap.WERKEN_AAN_DOELEN: Fase.WERKEN_AAN_DOELEN,
    Stap.TUSSENEVALUATIE: Fase.WERKEN_AAN_DOELEN,
    Stap.EINDEVALUATIE: Fase.AFRONDING,
    Stap.AFSLUITENDE_ACTIVITEIT: Fase.AFRONDING,
    Stap.NAZORG: Fase.AFRONDING,
    Stap.FOLLOW_UP: Fase.AFRONDING,
}

AFSTEMMINGSSTAPPEN: tuple[Stap, ...] = tuple(s for s in STAPPEN if s.fase is Fase.AFSTEMMINGSFASE)
"""The six steps of the afstemmingsfase, intake up to plan van aanpak."""
