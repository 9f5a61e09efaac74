"""The facts of one traject that the rules look at, as small frozen values.

The services turn database records into these; the rules never touch the database. Collections
are tuples (and frozensets for goal numbers) so that every value is hashable and immutable.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from samenleren_desktop.model.rules.stappen import ContactSoort, Stap

DOEL_NUMMERS: frozenset[int] = frozenset(range(1, 9))
"""The eight goals of section 1.2 of the description, numbered 1 to 8."""

SMILEY_WAARDEN: range = range(1, 6)
"""A smiley score is 1 (saddest) to 5 (happiest)."""


class ContactStatus(StrEnum):
    """Whether a contact is still to come, took place or was called off."""

    GEPLAND = "gepland"
    GEHOUDEN = "gehouden"
    GEANNULEERD = "geannuleerd"

    @property
    def label(self) -> str:
        """The Dutch word shown to the user."""
        return {"gepland": "Gepland", "gehouden": "Gehouden", "geannuleerd": "Geannuleerd"}[
            self.value
        ]


class Setting(StrEnum):
    """Who was there: the whole family, the parent(s) alone, or a talk at school."""

    GEZIN = "gezin"
    OUDER = "ouder"
    SCHOOL = "school"
    TELEFOON = "telefoon"

    @property
    def label(self) -> str:
        """The Dutch word shown to the user."""
        labels = {"gezin": "Gezin", "ouder": "Ouder(s)", "school": "School", "telefoon": "Telefoon"}
        return labels[self.value]


class Moment(StrEnum):
    """When smiley scores per goal are taken."""

    START = "start"
    TUSSEN = "tussen"
    EIND = "eind"

    @property
    def label(self) -> str:
        """The Dutch name of the moment."""
        return {"start": "start", "tussen": "tussenevaluatie", "eind": "eindevaluatie"}[self.value]


class IntakeBesluit(StrEnum):
    """What was decided after the intake (contra-indications checked)."""

    STARTEN = "start"
    UITSTELLEN = "uitstellen"
    DOORVERWIJZEN = "doorverwijzen"


@dataclass(frozen=True)
class Contact:
    """One contactmoment, mostly a huisbezoek.

    Attributes:
        soort: what the contact was for.
        datum: the day it is planned or took place.
        status: gepland, gehouden or geannuleerd.
        setting: who was there (gezin, ouder, school).
        doelen: the goal numbers worked on (for a doelbezoek).
        duur_minuten: length of the contact itself.
        reistijd_minuten: travel time for this contact, there and back.
        tijd: the time of day, when known; only used to order contacts on one day.
    """

    soort: ContactSoort
    datum: date
    status: ContactStatus = ContactStatus.GEHOUDEN
    setting: Setting = Setting.OUDER
    doelen: frozenset[int] = frozenset()
    duur_minuten: int = 0
    reistijd_minuten: int = 0
    tijd: time | None = None

    @property
    def gehouden(self) -> bool:
        """Whether the contact took place."""
        return self.status is ContactStatus.GEHOUDEN

    @property
    def sort_key(self) -> tuple[date, time]:
        """Chronological order; a contact without a time sorts first on its day."""
        return (self.datum, self.tijd or time.min)


@dataclass(frozen=True)
class DoelKeuze:
    """A goal in the plan van aanpak.

    Attributes:
        doel: the goal number, 1 to 8.
        gekozen_op: the day the goal was added to the plan.
        vervallen_op: the day the goal was dropped from the plan, if it was.
    """

    doel: int
    gekozen_op: date
    vervallen_op: date | None = None

    @property
    def actief(self) -> bool:
        """Whether the goal is still in the plan."""
        return self.vervallen_op is None


@dataclass(frozen=True)
class SmileyScore:
    """A smiley score (1 to 5) the parent gave for one goal at one moment."""

    doel: int
    moment: Moment
    waarde: int


@dataclass(frozen=True)
class SkippedStep:
    """A step the coach decided to leave out, with the reason in the coach's words."""

    stap: Stap
    reden: str


@dataclass(frozen=True)
class Stopzetting:
    """The traject was ended early (uitval) on `datum` for `reden`."""

    datum: date
    reden: str


@dataclass(frozen=True)
class TrajectFacts:
    """Everything the rules need to know about one traject.

    Attributes:
        aanmeld_datum: the day the family was signed up.
        contacten: all contacts, in any order.
        doelen: the goals chosen, including dropped ones.
        smileys: the smiley scores recorded.
        open_contra_indicaties: short Dutch descriptions of contra-indications not yet resolved.
        intake_besluit: the decision after the intake, once recorded.
        registratie_minuten: time spent on registration and administration.
        overgeslagen: steps the coach skipped on purpose.
        gestopt: set when the traject was ended early.
    """

    aanmeld_datum: date
    contacten: tuple[Contact, ...] = ()
    doelen: tuple[DoelKeuze, ...] = ()
    smileys: tuple[SmileyScore, ...] = ()
    open_contra_indicaties: tuple[str, ...] = ()
    intake_besluit: IntakeBesluit | None = None
    registratie_minuten: int = 0
    overgeslagen: tuple[SkippedStep, ...] = ()
    gestopt: Stopzetting | None = None

    def gehouden_contacten(self) -> tuple[Contact, ...]:
        """The held contacts in chronological order."""
        return tuple(sorted((c for c in self.contacten if c.gehouden), key=lambda c: c.sort_key))

    def actieve_doelen(self) -> frozenset[int]:
        """The goal numbers that are in the plan and not dropped."""
        return frozenset(k.doel for k in self.doelen if k.actief)

    def eerste_gehouden(self, soort: ContactSoort) -> date | None:
        """The day of the first held contact of this kind, if any."""
        dagen = [c.datum for c in self.contacten if c.gehouden and c.soort is soort]
        return min(dagen, default=None)

    def eerste_gepland(self, soort: ContactSoort) -> date | None:
        """The day of the first planned (not yet held) contact of this kind, if any."""
        dagen = [
            c.datum
            for c in self.contacten
            if c.status is ContactStatus.GEPLAND and c.soort is soort
        ]
        return min(dagen, default=None)

    def has_score(self, doel: int, moment: Moment) -> bool:
        """Whether a smiley score was recorded for this goal at this moment."""
        return any(s.doel == doel and s.moment is moment for s in self.smileys)

    def met_contact(self, contact: Contact) -> TrajectFacts:
        """A copy with one more contact."""
        return dataclasses.replace(self, contacten=(*self.contacten, contact))

    @property
    def actief(self) -> bool:
        """False once the traject was stopped, postponed or referred elsewhere after intake."""
        besluit_stopt = self.intake_besluit in (
            IntakeBesluit.UITSTELLEN,
            IntakeBesluit.DOORVERWIJZEN,
        )
        return self.gestopt is None and not besluit_stopt
