"""Target and due dates of the steps that have one.

- Plan van aanpak: "De afstemmingsfase, waarvan de duur kan variëren van drie tot vijf weken"
  → target and due date five weeks after the held intake (no tolerance: warn after 5 weeks).
- Nazorg: "Zes weken na het eindevaluatiegesprek wordt er telefonisch contact opgenomen"
  → target six weeks after the eindevaluatie, due two weeks later.
- Follow-up: "Na ongeveer zes maanden wordt er … opnieuw contact opgenomen"
  → target six calendar months after the eindevaluatie, due four weeks later.

When the eindevaluatie was skipped because the tussenevaluatie served as eindevaluatie ("indien er
weinig doelen waren kan dit als eindevaluatiegesprek gelden"), the held tussenevaluatie is the
reference day for nazorg and follow-up.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from samenleren_desktop.model.rules.stappen import Stap

AFSTEMMINGSFASE_MAX = timedelta(weeks=5)
"""Longest expected afstemmingsfase: from the intake to the plan van aanpak."""

NAZORG_NA = timedelta(weeks=6)
"""Nazorg is about six weeks after the eindevaluatie."""

NAZORG_MARGE = timedelta(weeks=2)
"""Nazorg is overdue this long after its target date."""

FOLLOW_UP_MAANDEN = 6
"""The follow-up is about six months after the eindevaluatie."""

FOLLOW_UP_MARGE = timedelta(weeks=4)
"""The follow-up is overdue this long after its target date."""


@dataclass(frozen=True)
class Termijn:
    """When a step should happen (`streefdatum`) and from when on it is late (after `uiterste`)."""

    streefdatum: date
    uiterste: date

    def te_laat(self, today: date) -> bool:
        """Whether `today` is past the last acceptable day."""
        return today > self.uiterste


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later, clamped to the end of a shorter month."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def plan_van_aanpak_termijn(intake: date) -> Termijn:
    """The plan van aanpak is due five weeks after the intake."""
    uiterste = intake + AFSTEMMINGSFASE_MAX
    return Termijn(streefdatum=uiterste, uiterste=uiterste)


def nazorg_termijn(eindevaluatie: date) -> Termijn:
    """Nazorg six weeks after the eindevaluatie, late after two more weeks."""
    streef = eindevaluatie + NAZORG_NA
    return Termijn(streefdatum=streef, uiterste=streef + NAZORG_MARGE)


def follow_up_termijn(eindevaluatie: date) -> Termijn:
    """Follow-up six months after the eindevaluatie, late after four more weeks."""
    streef = add_months(eindevaluatie, FOLLOW_UP_MAANDEN)
    return Termijn(streefdatum=streef, uiterste=streef + FOLLOW_UP_MARGE)


def termijnen(done_on: dict[Stap, date], eindevaluatie_overgeslagen: bool) -> dict[Stap, Termijn]:
    """The termijnen that follow from the days steps were done.

    Args:
        done_on: the day each done step was done.
        eindevaluatie_overgeslagen: whether the coach skipped the eindevaluatie on purpose, so
            that the tussenevaluatie is the reference day for nazorg and follow-up.
    """
    result: dict[Stap, Termijn] = {}
    intake = done_on.get(Stap.INTAKE)
    if intake is not None:
        result[Stap.PLAN_VAN_AANPAK] = plan_van_aanpak_termijn(intake)
    einde = done_on.get(Stap.EINDEVALUATIE)
    if einde is None and eindevaluatie_overgeslagen:
        einde = done_on.get(Stap.TUSSENEVALUATIE)
    if einde is not None:
        result[Stap.NAZORG] = nazorg_termijn(einde)
        result[Stap.FOLLOW_UP] = follow_up_termijn(einde)
    return result
