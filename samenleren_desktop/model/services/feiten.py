"""Read a traject's records and describe them as `TrajectFacts` for the rules."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from samenleren_desktop.model.entities import (
    Contactmoment,
    Contraindicatie,
    PlanDoel,
    SmileyScore,
    Traject,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.entities.keuzes import TrajectStatus
from samenleren_desktop.model.rules import (
    Contact,
    ContactSoort,
    ContactStatus,
    DoelKeuze,
    IntakeBesluit,
    Moment,
    Setting,
    SkippedStep,
    Stap,
    StepState,
    Stopzetting,
    TrajectFacts,
    trajectpijl,
)
from samenleren_desktop.model.rules import SmileyScore as SmileyFeit

INTAKE_VRAGENLIJST = "intake_ouder"


def traject_facts(session: Session, traject: Traject) -> TrajectFacts:
    """Everything the rules need to know about one traject."""
    tid = traject.id
    contacten = session.exec(select(Contactmoment).where(Contactmoment.traject_id == tid)).all()
    doelen = session.exec(select(PlanDoel).where(PlanDoel.traject_id == tid)).all()
    scores = session.exec(select(SmileyScore).where(SmileyScore.traject_id == tid)).all()
    zorgen = session.exec(
        select(Contraindicatie).where(
            Contraindicatie.traject_id == tid, col(Contraindicatie.opgelost_op).is_(None)
        )
    ).all()
    return TrajectFacts(
        aanmeld_datum=traject.aanmeld_datum,
        contacten=tuple(_contact(c) for c in sorted(contacten, key=lambda c: c.datum)),
        doelen=tuple(DoelKeuze(d.doel, d.gekozen_op, d.gestopt_op) for d in doelen),
        smileys=tuple(SmileyFeit(s.doel, Moment(s.moment), s.waarde) for s in scores),
        open_contra_indicaties=tuple(z.soort for z in zorgen),
        intake_besluit=_intake_besluit(session, traject),
        registratie_minuten=traject.registratie_minuten,
        overgeslagen=tuple(
            SkippedStep(Stap(stap), reden) for stap, reden in sorted(traject.overgeslagen.items())
        ),
        gestopt=_stopzetting(traject),
    )


def _contact(record: Contactmoment) -> Contact:
    return Contact(
        soort=ContactSoort(record.soort),
        datum=record.datum,
        status=ContactStatus(record.status),
        setting=Setting(record.setting),
        doelen=frozenset(record.doelen),
        duur_minuten=record.duur_minuten,
        reistijd_minuten=record.reistijd_minuten,
        tijd=record.tijd,
    )


def _intake_besluit(session: Session, traject: Traject) -> IntakeBesluit | None:
    antwoorden = session.exec(
        select(VragenlijstAntwoord)
        .where(
            VragenlijstAntwoord.traject_id == traject.id,
            VragenlijstAntwoord.vragenlijst == INTAKE_VRAGENLIJST,
        )
        .order_by(col(VragenlijstAntwoord.created_at).desc())
    ).first()
    besluit = antwoorden.antwoorden.get("besluit") if antwoorden else None
    values = {item.value for item in IntakeBesluit}
    return IntakeBesluit(besluit) if besluit in values else None


def _stopzetting(traject: Traject) -> Stopzetting | None:
    if traject.status != TrajectStatus.AFGEBROKEN:
        return None
    return Stopzetting(traject.eind_datum or traject.aanmeld_datum, traject.reden_einde)


def pijl_van(session: Session, traject: Traject, today: date) -> list[StepState]:
    """The trajectpijl of a stored traject on `today`."""
    return trajectpijl(traject_facts(session, traject), today)
