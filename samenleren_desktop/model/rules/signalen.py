"""Warnings (signalen) a coach wants to see for one traject.

Warnings are given only for an active traject: not stopped, and not postponed or referred after
the intake. See docs/trajectpijl.md for every warning and when it fires.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from samenleren_desktop.model.rules.facts import Moment, TrajectFacts
from samenleren_desktop.model.rules.pijl import StepState, StepStatus, state_of, trajectpijl
from samenleren_desktop.model.rules.stappen import Stap

GEEN_CONTACT_NA = timedelta(days=14)
"""Warn when the last held contact (or the aanmelding) is longer ago than this."""

_MOMENT_STAP: dict[Moment, Stap] = {
    Moment.START: Stap.PLAN_VAN_AANPAK,
    Moment.TUSSEN: Stap.TUSSENEVALUATIE,
    Moment.EIND: Stap.EINDEVALUATIE,
}
"""Scores at a moment are expected once this step is done."""


class WarningCode(StrEnum):
    """What a warning is about; stable values for icons, filters and tests."""

    CONTRA_INDICATIE_OPEN = "contra_indicatie_open"
    GEEN_CONTACT = "geen_contact"
    AFSTEMMING_TE_LANG = "afstemming_te_lang"
    SMILEY_ONTBREEKT = "smiley_ontbreekt"
    NAZORG_TE_LAAT = "nazorg_te_laat"
    FOLLOW_UP_TE_LAAT = "follow_up_te_laat"


@dataclass(frozen=True)
class TrajectWarning:
    """One warning for the coach.

    Attributes:
        code: what the warning is about.
        bericht: one Dutch sentence, shown as is.
        stap: the step the warning belongs to, if any.
        doel: the goal number the warning belongs to, if any.
        moment: the smiley moment, for a missing smiley score.
    """

    code: WarningCode
    bericht: str
    stap: Stap | None = None
    doel: int | None = None
    moment: Moment | None = None


def traject_warnings(facts: TrajectFacts, today: date) -> list[TrajectWarning]:
    """All warnings for the traject on `today`, in a fixed order."""
    if not facts.actief:
        return []
    pijl = trajectpijl(facts, today)
    return [
        *_contra_indicaties(facts),
        *_geen_contact(facts, pijl, today),
        *_afstemming(pijl),
        *_smileys(facts, pijl),
        *_te_laat(pijl),
    ]


def _contra_indicaties(facts: TrajectFacts) -> Iterator[TrajectWarning]:
    for omschrijving in facts.open_contra_indicaties:
        yield TrajectWarning(
            WarningCode.CONTRA_INDICATIE_OPEN,
            f"Contra-indicatie nog niet opgelost: {omschrijving}",
            stap=Stap.INTAKE,
        )


def in_begeleiding(pijl: list[StepState]) -> bool:
    """Whether visits are still expected: the afsluitende activiteit is not done or skipped."""
    slot = state_of(pijl, Stap.AFSLUITENDE_ACTIVITEIT)
    return slot.status not in (StepStatus.DONE, StepStatus.SKIPPED)


def days_without_contact(facts: TrajectFacts, today: date) -> int:
    """Days since the last held contact, or since the aanmelding when there was none."""
    laatste = max([facts.aanmeld_datum, *(c.datum for c in facts.contacten if c.gehouden)])
    return (today - laatste).days


def _geen_contact(
    facts: TrajectFacts, pijl: list[StepState], today: date
) -> Iterator[TrajectWarning]:
    if not in_begeleiding(pijl):
        return
    dagen = days_without_contact(facts, today)
    if dagen > GEEN_CONTACT_NA.days:
        yield TrajectWarning(
            WarningCode.GEEN_CONTACT,
            f"Al {dagen} dagen geen contact met het gezin.",
        )


def _afstemming(pijl: list[StepState]) -> Iterator[TrajectWarning]:
    pva = state_of(pijl, Stap.PLAN_VAN_AANPAK)
    if pva.overdue and pva.termijn is not None:
        yield TrajectWarning(
            WarningCode.AFSTEMMING_TE_LANG,
            "De afstemmingsfase duurt langer dan 5 weken: het plan van aanpak had uiterlijk "
            f"{pva.termijn.uiterste:%d-%m-%Y} besproken moeten zijn.",
            stap=Stap.PLAN_VAN_AANPAK,
        )


def expected_goals(facts: TrajectFacts, moment: Moment, pijl: list[StepState]) -> list[int]:
    """The goals that should have a smiley score at `moment`, by goal number.

    None before the step of the moment is done. At the start: every goal in the plan. At the
    tussen- and eindevaluatie: the goals in the plan that were chosen on or before that day.
    """
    dag = state_of(pijl, _MOMENT_STAP[moment]).gedaan_op
    if dag is None:
        return []
    keuzes = [k for k in facts.doelen if k.actief]
    if moment is not Moment.START:
        keuzes = [k for k in keuzes if k.gekozen_op <= dag]
    return sorted({k.doel for k in keuzes})


def _smileys(facts: TrajectFacts, pijl: list[StepState]) -> Iterator[TrajectWarning]:
    for moment in Moment:
        for doel in expected_goals(facts, moment, pijl):
            if not facts.has_score(doel, moment):
                yield TrajectWarning(
                    WarningCode.SMILEY_ONTBREEKT,
                    f"Smileyscore bij de {moment.label} ontbreekt voor doel {doel}.",
                    stap=_MOMENT_STAP[moment],
                    doel=doel,
                    moment=moment,
                )


_TE_LAAT: dict[Stap, tuple[WarningCode, str]] = {
    Stap.NAZORG: (WarningCode.NAZORG_TE_LAAT, "Het nazorgcontact"),
    Stap.FOLLOW_UP: (WarningCode.FOLLOW_UP_TE_LAAT, "Het follow-up gesprek"),
}


def _te_laat(pijl: list[StepState]) -> Iterator[TrajectWarning]:
    for stap, (code, naam) in _TE_LAAT.items():
        state = state_of(pijl, stap)
        if state.overdue and state.termijn is not None:
            yield TrajectWarning(
                code,
                f"{naam} is te laat: gepland rond {state.termijn.streefdatum:%d-%m-%Y}, "
                f"uiterlijk {state.termijn.uiterste:%d-%m-%Y}.",
                stap=stap,
            )
