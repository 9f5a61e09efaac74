"""The plan van aanpak: goals and subgoals, per-goal notes, activities, afsprakenkaart, smileys.

Writes take the `Changes` of one transaction (validated, audited, queued for sync); reads take a
`Session`. A second smiley score for the same goal, moment and giver *replaces* the first one
(`score_smiley` updates the stored record, so the audit log keeps the change and there is one
score per goal and moment); `smiley_table` also copes with older duplicates by taking the latest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlmodel import Session, col, select

from samenleren_desktop.model.content import Activity, Content, UnknownContent
from samenleren_desktop.model.entities import (
    ActiviteitKeuze,
    AfsprakenkaartItem,
    Kind,
    PlanDoel,
    Record,
    SmileyScore,
    Traject,
)
from samenleren_desktop.model.entities.keuzes import GegevenDoor, Moment
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import check_contact_datum, check_doel, check_smiley_waarde
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.trajecten import add_smiley, choose_goal
from samenleren_desktop.model.services.validation import require_text

NOTE_FIELDS = ("ervaren", "bespreken", "informeren", "proberen", "notities")
"""The per-goal note fields: the learning cycle and free notes."""

MOMENTS = (Moment.START, Moment.TUSSEN, Moment.EIND)

R = TypeVar("R", bound=Record)


def _fresh(changes: Changes, record: R) -> R:
    """The record as this transaction sees it (screens hold copies from earlier reads)."""
    current = changes.session.get(type(record), record.id)
    if current is None:
        raise ValidationError("Dit gegeven is intussen verwijderd.", field="id")
    return current


@dataclass(frozen=True)
class Plan:
    """A traject's plan van aanpak as read from the workspace.

    Attributes:
        traject: the traject.
        doelen: every goal ever chosen (dropped ones have `gestopt_op`), by goal number.
        keuzes: the activities picked, oldest first.
        afspraken: the afsprakenkaart, in its order.
        groepen: the school years of the family's children (for filtering activities).
    """

    traject: Traject
    doelen: tuple[PlanDoel, ...]
    keuzes: tuple[ActiviteitKeuze, ...]
    afspraken: tuple[AfsprakenkaartItem, ...]
    groepen: tuple[int, ...]

    @property
    def actieve_doelen(self) -> tuple[PlanDoel, ...]:
        """The goals still in the plan."""
        return tuple(d for d in self.doelen if d.gestopt_op is None)

    def doel(self, nummer: int) -> PlanDoel | None:
        """The plan's record for a goal number, if it was ever chosen."""
        return next((d for d in self.doelen if d.doel == nummer), None)

    def keuzes_voor(self, doel: int) -> tuple[ActiviteitKeuze, ...]:
        """The activities picked for one goal."""
        return tuple(k for k in self.keuzes if k.doel == doel)


def read_plan(session: Session, traject_id: uuid.UUID) -> Plan:
    """The plan van aanpak of a traject.

    Raises:
        ValidationError: when the traject does not exist.
    """
    traject = session.get(Traject, traject_id)
    if traject is None:
        raise ValidationError("Dit traject bestaat niet (meer).", field="traject_id")
    doelen = session.exec(select(PlanDoel).where(PlanDoel.traject_id == traject_id)).all()
    keuzes = session.exec(
        select(ActiviteitKeuze)
        .where(ActiviteitKeuze.traject_id == traject_id)
        .order_by(col(ActiviteitKeuze.created_at))
    ).all()
    afspraken = session.exec(
        select(AfsprakenkaartItem)
        .where(AfsprakenkaartItem.traject_id == traject_id)
        .order_by(col(AfsprakenkaartItem.volgorde), col(AfsprakenkaartItem.created_at))
    ).all()
    return Plan(
        traject=traject,
        doelen=tuple(sorted(doelen, key=lambda d: d.doel)),
        keuzes=tuple(keuzes),
        afspraken=tuple(afspraken),
        groepen=kind_groepen(session, traject.gezin_id),
    )


def kind_groepen(session: Session, gezin_id: uuid.UUID) -> tuple[int, ...]:
    """The distinct school years (groep 1-4) of a family's children, lowest first."""
    kinderen = session.exec(select(Kind).where(Kind.gezin_id == gezin_id)).all()
    return tuple(sorted({k.groep for k in kinderen}))


def activities_for_goal(
    content: Content, doel: int, groepen: Iterable[int]
) -> tuple[Activity, ...]:
    """Informatiemap activities for a goal that suit at least one of the children's groepen.

    With no groep known (no child registered yet), every activity of the goal is offered.
    """
    wanted = tuple(groepen)
    if not wanted:
        return content.activities_for(goal=doel)
    ids = {a.id for g in wanted for a in content.activities_for(goal=doel, groep=g)}
    return tuple(a for a in content.activities if a.id in ids)


# --- goals and subgoals ---------------------------------------------------------------------


def include_goal(
    changes: Changes, plan: Plan, content: Content, doel: int, datum: date
) -> PlanDoel:
    """Put a goal in the plan: a new choice, or a dropped goal taken up again."""
    existing = plan.doel(doel)
    if existing is None:
        return choose_goal(changes, plan.traject, content, doel, (), datum)
    return changes.update(_fresh(changes, existing), gestopt_op=None)


def drop_goal(changes: Changes, plan_doel: PlanDoel, datum: date) -> PlanDoel:
    """Take a goal out of the plan (it stays on record with the day it stopped)."""
    if datum < plan_doel.gekozen_op:
        raise ValidationError(
            "Een doel kan niet stoppen vóór de dag dat het gekozen is.", field="gestopt_op"
        )
    return changes.update(_fresh(changes, plan_doel), gestopt_op=datum)


def set_subgoals(
    changes: Changes, content: Content, plan_doel: PlanDoel, subdoelen: Iterable[str]
) -> PlanDoel:
    """Replace the chosen subgoals of a goal in the plan."""
    chosen = sorted(set(subdoelen))
    for nummer in chosen:
        try:
            content.subgoal(nummer)
        except UnknownContent as error:
            raise ValidationError(error.message, field="subdoelen") from None
        if not nummer.startswith(f"{plan_doel.doel}."):
            raise ValidationError(
                f"Subdoel {nummer} hoort niet bij doel {plan_doel.doel}.", field="subdoelen"
            )
    return changes.update(_fresh(changes, plan_doel), subdoelen=chosen)


def write_note(changes: Changes, plan_doel: PlanDoel, veld: str, tekst: str) -> PlanDoel:
    """Save one of the per-goal notes (ervaren, bespreken, informeren, proberen, notities)."""
    if veld not in NOTE_FIELDS:
        raise ValidationError(f"'{veld}' is geen notitieveld van een doel.", field=veld)
    limit = 5_000
    if len(tekst) > limit:
        raise ValidationError(
            f"Deze notitie is te lang: hoogstens {limit} tekens, nu {len(tekst)}.", field=veld
        )
    return changes.update(_fresh(changes, plan_doel), **{veld: tekst})


# --- activities from the informatiemap --------------------------------------------------------


def pick_activity(
    changes: Changes,
    plan: Plan,
    content: Content,
    activiteit: str,
    doel: int,
    datum: date,
    gekozen_door: str = GegevenDoor.OUDER,
) -> ActiviteitKeuze:
    """Pick an informatiemap activity for a goal; picking it again returns the earlier pick."""
    try:
        activity = content.activity(activiteit)
    except UnknownContent as error:
        raise ValidationError(error.message, field="activiteit") from None
    if doel not in activity.goals:
        raise ValidationError(f"‘{activity.name}’ hoort niet bij doel {doel}.", field="activiteit")
    check_contact_datum(datum, plan.traject.aanmeld_datum)
    for keuze in plan.keuzes_voor(doel):
        if keuze.activiteit == activiteit:
            return keuze
    return changes.create(
        ActiviteitKeuze(
            gezin_id=plan.traject.gezin_id,
            traject_id=plan.traject.id,
            activiteit=activiteit,
            doel=doel,
            gekozen_door=str(gekozen_door),
            gekozen_op=datum,
        )
    )


def mark_activity_done(
    changes: Changes, keuze: ActiviteitKeuze, datum: date | None
) -> ActiviteitKeuze:
    """Record the day the activity was done together (None: not done after all)."""
    if datum is not None and datum < keuze.gekozen_op:
        raise ValidationError(
            "Een activiteit kan niet gedaan zijn vóór ze gekozen is.", field="uitgevoerd_op"
        )
    return changes.update(_fresh(changes, keuze), uitgevoerd_op=datum)


def remove_pick(changes: Changes, keuze: ActiviteitKeuze) -> None:
    """Take a picked activity off the plan."""
    changes.delete(_fresh(changes, keuze))


# --- afsprakenkaart ---------------------------------------------------------------------------


def add_afspraak(
    changes: Changes, plan: Plan, tekst: str, wie: str = "", wanneer: str = ""
) -> AfsprakenkaartItem:
    """Add an agreement at the end of the afsprakenkaart."""
    volgorde = max((a.volgorde for a in plan.afspraken), default=-1) + 1
    return changes.create(
        AfsprakenkaartItem(
            gezin_id=plan.traject.gezin_id,
            traject_id=plan.traject.id,
            volgorde=volgorde,
            tekst=require_text(tekst, "tekst", "de afspraak"),
            wie=wie.strip(),
            wanneer=wanneer.strip(),
        )
    )


def edit_afspraak(
    changes: Changes, item: AfsprakenkaartItem, tekst: str, wie: str, wanneer: str
) -> AfsprakenkaartItem:
    """Change an agreement's text, who and when."""
    return changes.update(
        _fresh(changes, item),
        tekst=require_text(tekst, "tekst", "de afspraak"),
        wie=wie.strip(),
        wanneer=wanneer.strip(),
    )


def remove_afspraak(changes: Changes, item: AfsprakenkaartItem) -> None:
    """Take an agreement off the afsprakenkaart."""
    changes.delete(_fresh(changes, item))


# --- smiley scores ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SmileyRij:
    """One goal's smiley scores at start, tussen- and eindevaluatie (None where not taken)."""

    doel: int
    start: int | None
    tussen: int | None
    eind: int | None

    def waarde(self, moment: Moment) -> int | None:
        """The score at a moment."""
        return {Moment.START: self.start, Moment.TUSSEN: self.tussen, Moment.EIND: self.eind}[
            moment
        ]

    @property
    def verloop(self) -> tuple[int, int] | None:
        """(first, last) score when at least two moments have a score, else None."""
        values = [v for v in (self.start, self.tussen, self.eind) if v is not None]
        return (values[0], values[-1]) if len(values) >= 2 else None


def smiley_table(
    session: Session, traject_id: uuid.UUID, gegeven_door: str = GegevenDoor.OUDER
) -> dict[int, SmileyRij]:
    """Goal number → its scores per moment (the latest score where there are several)."""
    scores = session.exec(
        select(SmileyScore)
        .where(SmileyScore.traject_id == traject_id, SmileyScore.gegeven_door == gegeven_door)
        .order_by(col(SmileyScore.datum), col(SmileyScore.updated_at))
    ).all()
    latest: dict[tuple[int, str], int] = {}
    for score in scores:
        latest[score.doel, score.moment] = score.waarde
    doelen = sorted({doel for doel, _ in latest})
    return {
        d: SmileyRij(
            d,
            latest.get((d, Moment.START.value)),
            latest.get((d, Moment.TUSSEN.value)),
            latest.get((d, Moment.EIND.value)),
        )
        for d in doelen
    }


def score_smiley(
    changes: Changes,
    traject: Traject,
    doel: int,
    moment: str,
    waarde: int,
    datum: date,
    gegeven_door: str = GegevenDoor.OUDER,
) -> SmileyScore:
    """Record a smiley score; a score already given for this goal and moment is replaced."""
    if moment not in {m.value for m in MOMENTS}:
        raise ValidationError(f"'{moment}' is geen moment voor smileys.", field="moment")
    existing = changes.session.exec(
        select(SmileyScore).where(
            SmileyScore.traject_id == traject.id,
            SmileyScore.doel == doel,
            SmileyScore.moment == moment,
            SmileyScore.gegeven_door == gegeven_door,
        )
    ).all()
    if not existing:
        return add_smiley(changes, traject, doel, moment, waarde, datum, gegeven_door)
    keep = max(existing, key=lambda s: (s.datum, s.updated_at))
    _check_score(traject, doel, waarde, datum)
    return changes.update(keep, waarde=waarde, datum=datum)


def _check_score(traject: Traject, doel: int, waarde: int, datum: date) -> None:
    """The same checks `add_smiley` makes, for a replaced score."""
    check_doel(doel)
    check_smiley_waarde(waarde)
    check_contact_datum(datum, traject.aanmeld_datum)
