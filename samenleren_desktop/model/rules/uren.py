"""Hours spent on a traject against the norm of 50 hours.

"Er kan ten minste vijftig uur per traject besteed worden aan de uitvoering. Dit omvat de
voorbereiding, begeleiding, reistijd en registratie." (description, section 2)

Only held contacts count: a cancelled contact took no time and a planned one has not yet.
Everything is summed in whole minutes, so the totals are exact.
"""

from __future__ import annotations

from dataclasses import dataclass

from samenleren_desktop.model.rules.facts import TrajectFacts

NORM_UREN = 50
"""Hours per traject, from the description."""


@dataclass(frozen=True)
class Urenbesteding:
    """The time spent on one traject, in minutes per part.

    Attributes:
        bezoek_minuten: the length of all held contacts.
        reis_minuten: travel time of all held contacts.
        registratie_minuten: registration and administration.
        norm_uren: the norm in hours (50).
    """

    bezoek_minuten: int
    reis_minuten: int
    registratie_minuten: int
    norm_uren: int = NORM_UREN

    @property
    def totaal_minuten(self) -> int:
        """All parts together."""
        return self.bezoek_minuten + self.reis_minuten + self.registratie_minuten

    @property
    def totaal_uren(self) -> float:
        """All parts together, in hours."""
        return self.totaal_minuten / 60

    @property
    def fractie(self) -> float:
        """The part of the norm used: 0.0 is nothing, 1.0 is exactly the norm, above 1 is over."""
        return self.totaal_minuten / (self.norm_uren * 60)

    @property
    def boven_norm(self) -> bool:
        """Whether more time was spent than the norm."""
        return self.totaal_minuten > self.norm_uren * 60

    @property
    def resterend_minuten(self) -> int:
        """Minutes left within the norm; negative when over it."""
        return self.norm_uren * 60 - self.totaal_minuten


def urenbesteding(facts: TrajectFacts, norm_uren: int = NORM_UREN) -> Urenbesteding:
    """The time spent on the traject so far."""
    held = [c for c in facts.contacten if c.gehouden]
    return Urenbesteding(
        bezoek_minuten=sum(c.duur_minuten for c in held),
        reis_minuten=sum(c.reistijd_minuten for c in held),
        registratie_minuten=facts.registratie_minuten,
        norm_uren=norm_uren,
    )
