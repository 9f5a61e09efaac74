"""The trajectpijl: every step of a traject with its status, in the order of the arrow.

Rules (see docs/trajectpijl.md):
- A step is done when a held contact of its kind exists; its day is that of the first one.
  Aanmelding is done on the aanmeld_datum. Werken aan doelen is done when the per-goal rule is
  satisfied (`doelen.werken_aan_doelen_done_on`).
- Done wins over skipped: a step with a held contact is done even when also marked skipped.
- A step that is not done is skipped when the coach skipped it, when the traject was stopped, or
  when the intake decision was uitstellen or doorverwijzen (for every step after the intake).
- The first step that is neither done nor skipped is next; the steps after it are open. So there is
  never more than one next step, and none when every step is done or skipped.
- `overdue` is a flag, not a status: a next or open step whose due date has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from samenleren_desktop.model.rules.doelen import werken_aan_doelen_done_on
from samenleren_desktop.model.rules.facts import IntakeBesluit, TrajectFacts
from samenleren_desktop.model.rules.stappen import (
    STAP_VAN_SOORT,
    STAPPEN,
    ContactSoort,
    Fase,
    Stap,
)
from samenleren_desktop.model.rules.termijnen import Termijn, termijnen


class StepStatus(StrEnum):
    """Where a step stands on the arrow."""

    DONE = "done"
    NEXT = "next"
    OPEN = "open"
    SKIPPED = "skipped"

    @property
    def label(self) -> str:
        """The Dutch word shown to the user."""
        return _STATUS_LABELS[self]


_STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.DONE: "Gedaan",
    StepStatus.NEXT: "Volgende stap",
    StepStatus.OPEN: "Nog te doen",
    StepStatus.SKIPPED: "Overgeslagen",
}


@dataclass(frozen=True)
class StepState:
    """One step of the trajectpijl.

    Attributes:
        stap: the step.
        status: done, next, open or skipped.
        gedaan_op: the day the step was done (only when done).
        gepland_op: the first planned contact of this kind (only when not done).
        termijn: target and due date, for the steps that have one.
        overdue: the step is next or open and its due date has passed.
        reden: why the step was skipped (only when skipped).
    """

    stap: Stap
    status: StepStatus
    gedaan_op: date | None = None
    gepland_op: date | None = None
    termijn: Termijn | None = None
    overdue: bool = False
    reden: str = ""

    @property
    def label(self) -> str:
        """The Dutch name of the step."""
        return self.stap.label

    @property
    def fase(self) -> Fase:
        """The phase of the step."""
        return self.stap.fase

    @property
    def uiterste_datum(self) -> date | None:
        """The last day the step is on time, for the steps that have a due date."""
        return self.termijn.uiterste if self.termijn is not None else None


def done_dates(facts: TrajectFacts) -> dict[Stap, date]:
    """The day each done step was done; steps not done are absent."""
    result: dict[Stap, date] = {Stap.AANMELDING: facts.aanmeld_datum}
    for soort, stap in STAP_VAN_SOORT.items():
        dag = facts.eerste_gehouden(soort)
        if dag is not None:
            result[stap] = dag
    doelen_dag = werken_aan_doelen_done_on(facts)
    if doelen_dag is not None:
        result[Stap.WERKEN_AAN_DOELEN] = doelen_dag
    return result


def _besluit_reden(besluit: IntakeBesluit | None) -> str:
    if besluit is IntakeBesluit.UITSTELLEN:
        return "Traject uitgesteld na de intake."
    if besluit is IntakeBesluit.DOORVERWIJZEN:
        return "Gezin doorverwezen na de intake; traject niet gestart."
    return ""


def skip_reasons(facts: TrajectFacts) -> dict[Stap, str]:
    """Why each skipped step is skipped, before `done` is taken into account.

    The coach's own reason comes first, then a stop, then the intake decision.
    """
    result: dict[Stap, str] = {
        s.stap: s.reden for s in facts.overgeslagen if s.stap is not Stap.AANMELDING
    }
    stop = facts.gestopt
    besluit = _besluit_reden(facts.intake_besluit)
    for stap in STAPPEN[1:]:
        if stap in result:
            continue
        if stop is not None:
            result[stap] = f"Traject gestopt op {stop.datum:%d-%m-%Y}: {stop.reden}"
        elif besluit and stap.volgnummer > Stap.INTAKE.volgnummer:
            result[stap] = besluit
    return result


def trajectpijl(facts: TrajectFacts, today: date) -> list[StepState]:
    """Every step of the traject in the order of the arrow, with its state on `today`."""
    done = done_dates(facts)
    skipped = skip_reasons(facts)
    eind_overgeslagen = any(s.stap is Stap.EINDEVALUATIE for s in facts.overgeslagen)
    due = termijnen(done, eindevaluatie_overgeslagen=eind_overgeslagen)
    states: list[StepState] = []
    next_given = False
    for stap in STAPPEN:
        termijn = due.get(stap)
        if stap in done:
            states.append(StepState(stap, StepStatus.DONE, gedaan_op=done[stap], termijn=termijn))
            continue
        if stap in skipped:
            states.append(StepState(stap, StepStatus.SKIPPED, termijn=termijn, reden=skipped[stap]))
            continue
        status = StepStatus.OPEN if next_given else StepStatus.NEXT
        next_given = True
        states.append(
            StepState(
                stap,
                status,
                gepland_op=_gepland(facts, stap),
                termijn=termijn,
                overdue=termijn is not None and termijn.te_laat(today),
            )
        )
    return states


def _gepland(facts: TrajectFacts, stap: Stap) -> date | None:
    soorten = [soort for soort, s in STAP_VAN_SOORT.items() if s is stap]
    if stap is Stap.WERKEN_AAN_DOELEN:
        soorten = [ContactSoort.DOELBEZOEK]
    dagen = [d for soort in soorten if (d := facts.eerste_gepland(soort)) is not None]
    return min(dagen, default=None)


def next_step(pijl: list[StepState]) -> StepState | None:
    """The next step, or None when every step is done or skipped."""
    return next((s for s in pijl if s.status is StepStatus.NEXT), None)


def state_of(pijl: list[StepState], stap: Stap) -> StepState:
    """The state of one step on the arrow."""
    return pijl[stap.volgnummer]
