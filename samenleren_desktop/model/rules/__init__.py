"""The rules of a Samen Leren traject as pure functions: no I/O, no Qt, no database.

The services describe one traject as `TrajectFacts` and ask for the trajectpijl, the per-goal
rule, the hours against the norm and the warnings. docs/trajectpijl.md explains every rule with
the passage of the description it comes from.
"""

from samenleren_desktop.model.rules.doelen import (
    GoalProgress,
    goal_progress,
    missing_per_goal,
    tussenevaluatie_ready,
    werken_aan_doelen_done_on,
)
from samenleren_desktop.model.rules.facts import (
    DOEL_NUMMERS,
    SMILEY_WAARDEN,
    Contact,
    ContactStatus,
    DoelKeuze,
    IntakeBesluit,
    Moment,
    Setting,
    SkippedStep,
    SmileyScore,
    Stopzetting,
    TrajectFacts,
)
from samenleren_desktop.model.rules.pijl import (
    StepState,
    StepStatus,
    done_dates,
    next_step,
    skip_reasons,
    state_of,
    trajectpijl,
)
from samenleren_desktop.model.rules.signalen import (
    TrajectWarning,
    WarningCode,
    days_without_contact,
    traject_warnings,
)
from samenleren_desktop.model.rules.stappen import ContactSoort, Fase, Stap
from samenleren_desktop.model.rules.termijnen import Termijn, add_months
from samenleren_desktop.model.rules.uren import NORM_UREN, Urenbesteding, urenbesteding
from samenleren_desktop.model.rules.validatie import (
    check_contact,
    check_contact_datum,
    check_doel,
    check_facts,
    check_smiley_waarde,
)

__all__ = [
    "DOEL_NUMMERS",
    "NORM_UREN",
    "SMILEY_WAARDEN",
    "Contact",
    "ContactSoort",
    "ContactStatus",
    "DoelKeuze",
    "Fase",
    "GoalProgress",
    "IntakeBesluit",
    "Moment",
    "Setting",
    "SkippedStep",
    "SmileyScore",
    "Stap",
    "StepState",
    "StepStatus",
    "Stopzetting",
    "Termijn",
    "TrajectFacts",
    "TrajectWarning",
    "Urenbesteding",
    "WarningCode",
    "add_months",
    "check_contact",
    "check_contact_datum",
    "check_doel",
    "check_facts",
    "check_smiley_waarde",
    "days_without_contact",
    "done_dates",
    "goal_progress",
    "missing_per_goal",
    "next_step",
    "skip_reasons",
    "state_of",
    "traject_warnings",
    "trajectpijl",
    "tussenevaluatie_ready",
    "urenbesteding",
    "werken_aan_doelen_done_on",
]
