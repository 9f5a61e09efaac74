"""The coach's caseload: one line per traject (the week is in `bezoeken`, a new aanmelding in
`aanmelding`).

`caseload_regels` reads every table it needs once (a handful of queries whatever the number of
families), builds `TrajectFacts` per traject in memory and asks the rules for the trajectpijl,
the warnings and the hours; 2,000 families open in well under a second.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import String, func, select, type_coerce
from sqlmodel import Session, col

from samenleren_desktop.model.entities import (
    Begeleider,
    Contactmoment,
    Contraindicatie,
    Gezin,
    Kind,
    Ouder,
    PlanDoel,
    SmileyScore,
    Traject,
    TrajectBegeleider,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.entities.keuzes import TrajectStatus
from samenleren_desktop.model.rules import (
    NORM_UREN,
    Contact,
    ContactSoort,
    ContactStatus,
    DoelKeuze,
    Fase,
    IntakeBesluit,
    Moment,
    Setting,
    SkippedStep,
    Stap,
    StepState,
    StepStatus,
    Stopzetting,
    TrajectFacts,
    next_step,
    traject_warnings,
    trajectpijl,
    urenbesteding,
)
from samenleren_desktop.model.rules import SmileyScore as SmileyFeit
from samenleren_desktop.model.services.feiten import INTAKE_VRAGENLIJST

GEEN_TRAJECT = "Geen traject"
AFGEROND = "Afgerond"
GESTOPT = "Gestopt"


@dataclass(frozen=True)
class CaseloadRegel:
    """One line of the caseload: a traject, or a family that has none yet.

    Attributes:
        gezin_id: the family.
        traject_id: the traject, or None for a family without one.
        gezin: how the coach refers to the family.
        plaats: town.
        ouders: "Fatima El Amrani, Rachid El Amrani".
        kinderen: "Noah (groep 2), Sara (groep 4)".
        begeleiders: names of the coaches now assigned.
        fase: the phase of the next step; None when nothing is next or there is no traject.
        fase_label: the phase in Dutch, or "Afgerond", "Gestopt", "Geen traject".
        stap: the next step of the trajectpijl, if any.
        stap_label: the next step in Dutch, or "" when there is none.
        uiterste_datum: the first due date among the steps still to do (mostly the next
            step's; the plan van aanpak's while the afstemmingsfase runs).
        termijn_label: the step that `uiterste_datum` belongs to.
        gepland_op: the first planned contact for the next step, if any.
        te_laat: a step that is still to do is past its due date.
        actie_deze_week: something must happen this week (overdue, due, or a visit planned).
        waarschuwingen: how many warnings the rules give.
        laatste_contact: the day of the last held contact.
        uren: hours spent so far (visits, travel, registration).
        norm_uren: the norm in hours (50).
        actief: the traject goes on (not stopped, postponed, referred or finished).
        zoektekst: family, town, parents and children in lower case, for search as you type.
    """

    gezin_id: uuid.UUID
    traject_id: uuid.UUID | None
    gezin: str
    plaats: str
    ouders: str
    kinderen: str
    begeleiders: str = ""
    fase: Fase | None = None
    fase_label: str = GEEN_TRAJECT
    stap: Stap | None = None
    stap_label: str = ""
    uiterste_datum: date | None = None
    termijn_label: str = ""
    gepland_op: date | None = None
    te_laat: bool = False
    actie_deze_week: bool = False
    waarschuwingen: int = 0
    laatste_contact: date | None = None
    uren: float = 0.0
    norm_uren: int = NORM_UREN
    actief: bool = False
    zoektekst: str = field(default="", repr=False, compare=False)


Key = str
"""A record id as stored (32 hex digits): cheaper to group by than parsed UUIDs."""


@dataclass
class _Records:
    """Every record the rules need, grouped per traject (by stored id)."""

    contacten: dict[Key, list[Contact]] = field(default_factory=lambda: defaultdict(list))
    doelen: dict[Key, list[DoelKeuze]] = field(default_factory=lambda: defaultdict(list))
    smileys: dict[Key, list[SmileyFeit]] = field(default_factory=lambda: defaultdict(list))
    zorgen: dict[Key, list[str]] = field(default_factory=lambda: defaultdict(list))
    besluiten: dict[Key, IntakeBesluit] = field(default_factory=dict)
    begeleiders: dict[Key, list[str]] = field(default_factory=lambda: defaultdict(list))


class _TrajectRij(NamedTuple):
    """The columns of a traject the caseload needs."""

    id: Key
    gezin_id: Key
    aanmeld_datum: date
    status: str
    eind_datum: date | None
    reden_einde: str
    registratie_minuten: int
    overgeslagen: dict[str, str]


def _key(column: Any) -> Any:
    """Select an id column as its stored text, skipping the UUID conversion of every row."""
    return type_coerce(col(column), String)


def caseload_regels(session: Session, today: date) -> list[CaseloadRegel]:
    """Every traject (and every family without one) as a caseload line, by family name.

    Nine queries whatever the number of families; the rules run in memory.
    """
    conn = session.connection()
    gezinnen = conn.execute(
        select(_key(Gezin.id), col(Gezin.naam), col(Gezin.plaats)).order_by(
            func.lower(col(Gezin.naam))
        )
    ).all()
    ouders = _grouped(
        conn.execute(select(_key(Ouder.gezin_id), col(Ouder.voornaam), col(Ouder.achternaam))),
        lambda voornaam, achternaam: f"{voornaam} {achternaam}".strip(),
    )
    kinderen = _grouped(
        conn.execute(select(_key(Kind.gezin_id), col(Kind.voornaam), col(Kind.groep))),
        lambda voornaam, groep: f"{voornaam} (groep {groep})",
    )
    trajecten: dict[Key, list[_TrajectRij]] = defaultdict(list)
    for row in conn.execute(
        select(
            _key(Traject.id),
            _key(Traject.gezin_id),
            col(Traject.aanmeld_datum),
            col(Traject.status),
            col(Traject.eind_datum),
            col(Traject.reden_einde),
            col(Traject.registratie_minuten),
            col(Traject.overgeslagen),
        ).order_by(col(Traject.aanmeld_datum))
    ):
        traject = _TrajectRij(*row)
        trajecten[traject.gezin_id].append(traject)
    records = _load_records(session, today)
    regels: list[CaseloadRegel] = []
    for gezin_key, naam, plaats in gezinnen:
        basis = CaseloadRegel(
            gezin_id=uuid.UUID(gezin_key),
            traject_id=None,
            gezin=naam,
            plaats=plaats,
            ouders=", ".join(ouders.get(gezin_key, [])),
            kinderen=", ".join(kinderen.get(gezin_key, [])),
        )
        basis = _with_zoektekst(basis)
        if not trajecten.get(gezin_key):
            regels.append(basis)
        regels += [_regel(basis, t, records, today) for t in trajecten.get(gezin_key, [])]
    return regels


def _grouped(rows: Iterable[Any], label: Any) -> dict[Key, list[str]]:
    result: dict[Key, list[str]] = defaultdict(list)
    for gezin_id, *values in rows:
        result[gezin_id].append(label(*values))
    return result


def _with_zoektekst(regel: CaseloadRegel) -> CaseloadRegel:
    text = " ".join((regel.gezin, regel.plaats, regel.ouders, regel.kinderen)).casefold()
    return dataclasses.replace(regel, zoektekst=text)


_SOORTEN = {item.value: item for item in ContactSoort}
_STATUSSEN = {item.value: item for item in ContactStatus}
_SETTINGS = {item.value: item for item in Setting}
_MOMENTEN = {item.value: item for item in Moment}


def _load_records(session: Session, today: date) -> _Records:
    """All contacts, goals, scores, open concerns, intake decisions and coaches: six queries."""
    conn = session.connection()
    records = _Records()
    for tid, soort, datum, status, setting, doelen, duur, reis, tijd in conn.execute(
        select(
            _key(Contactmoment.traject_id),
            col(Contactmoment.soort),
            type_coerce(col(Contactmoment.datum), String),
            col(Contactmoment.status),
            col(Contactmoment.setting),
            type_coerce(col(Contactmoment.doelen), String),
            col(Contactmoment.duur_minuten),
            col(Contactmoment.reistijd_minuten),
            col(Contactmoment.tijd),
        )
    ):
        records.contacten[tid].append(
            Contact(
                soort=_SOORTEN[soort],
                datum=date.fromisoformat(datum),
                status=_STATUSSEN[status],
                setting=_SETTINGS[setting],
                doelen=_NO_GOALS if doelen == "[]" else frozenset(json.loads(doelen)),
                duur_minuten=duur,
                reistijd_minuten=reis,
                tijd=tijd,
            )
        )
    for tid, doel, gekozen, gestopt in conn.execute(
        select(
            _key(PlanDoel.traject_id),
            col(PlanDoel.doel),
            col(PlanDoel.gekozen_op),
            col(PlanDoel.gestopt_op),
        )
    ):
        records.doelen[tid].append(DoelKeuze(doel, gekozen, gestopt))
    for tid, doel, moment, waarde in conn.execute(
        select(
            _key(SmileyScore.traject_id),
            col(SmileyScore.doel),
            col(SmileyScore.moment),
            col(SmileyScore.waarde),
        )
    ):
        records.smileys[tid].append(SmileyFeit(doel, _MOMENTEN[moment], waarde))
    for tid, soort in conn.execute(
        select(_key(Contraindicatie.traject_id), col(Contraindicatie.soort)).where(
            col(Contraindicatie.opgelost_op).is_(None)
        )
    ):
        records.zorgen[tid].append(soort)
    _load_besluiten(session, records)
    _load_begeleiders(session, records, today)
    return records


_NO_GOALS: frozenset[int] = frozenset()


def _load_besluiten(session: Session, records: _Records) -> None:
    """The decision in the latest intake questionnaire of each traject (as in `feiten`)."""
    values = {item.value for item in IntakeBesluit}
    for tid, antwoorden in session.connection().execute(
        select(_key(VragenlijstAntwoord.traject_id), col(VragenlijstAntwoord.antwoorden))
        .where(col(VragenlijstAntwoord.vragenlijst) == INTAKE_VRAGENLIJST)
        .order_by(col(VragenlijstAntwoord.created_at))
    ):
        besluit = antwoorden.get("besluit") if antwoorden else None
        if besluit in values:
            records.besluiten[tid] = IntakeBesluit(besluit)
        else:
            records.besluiten.pop(tid, None)


def _load_begeleiders(session: Session, records: _Records, today: date) -> None:
    for tid, naam, tot in session.connection().execute(
        select(_key(TrajectBegeleider.traject_id), col(Begeleider.naam), col(TrajectBegeleider.tot))
        .join(Begeleider, col(Begeleider.id) == col(TrajectBegeleider.begeleider_id))
        .order_by(col(TrajectBegeleider.vanaf))
    ):
        if (tot is None or tot >= today) and naam not in records.begeleiders[tid]:
            records.begeleiders[tid].append(naam)


def _facts(traject: _TrajectRij, records: _Records) -> TrajectFacts:
    """The facts of one traject from records loaded in bulk (same result as `traject_facts`)."""
    tid = traject.id
    gestopt = None
    if traject.status == TrajectStatus.AFGEBROKEN:
        gestopt = Stopzetting(traject.eind_datum or traject.aanmeld_datum, traject.reden_einde)
    return TrajectFacts(
        aanmeld_datum=traject.aanmeld_datum,
        contacten=tuple(sorted(records.contacten.get(tid, []), key=lambda c: c.datum)),
        doelen=tuple(records.doelen.get(tid, [])),
        smileys=tuple(records.smileys.get(tid, [])),
        open_contra_indicaties=tuple(records.zorgen.get(tid, [])),
        intake_besluit=records.besluiten.get(tid),
        registratie_minuten=traject.registratie_minuten,
        overgeslagen=tuple(
            SkippedStep(Stap(stap), reden) for stap, reden in sorted(traject.overgeslagen.items())
        ),
        gestopt=gestopt,
    )


def _regel(
    basis: CaseloadRegel, traject: _TrajectRij, records: _Records, today: date
) -> CaseloadRegel:
    facts = _facts(traject, records)
    pijl = trajectpijl(facts, today)
    volgende = next_step(pijl)
    week_einde = today + timedelta(days=6 - today.weekday())
    held = [c.datum for c in facts.contacten if c.gehouden]
    te_laat = any(s.overdue for s in pijl)
    termijn = next((s for s in pijl if s.uiterste_datum and s.status in _TE_DOEN), None)
    actief = facts.actief and volgende is not None
    return CaseloadRegel(
        gezin_id=basis.gezin_id,
        traject_id=uuid.UUID(traject.id),
        gezin=basis.gezin,
        plaats=basis.plaats,
        ouders=basis.ouders,
        kinderen=basis.kinderen,
        begeleiders=", ".join(records.begeleiders.get(traject.id, [])),
        fase=volgende.fase if volgende else None,
        fase_label=_fase_label(facts, volgende),
        stap=volgende.stap if volgende else None,
        stap_label=volgende.label if volgende else "",
        uiterste_datum=termijn.uiterste_datum if termijn else None,
        termijn_label=termijn.label if termijn else "",
        gepland_op=volgende.gepland_op if volgende else None,
        te_laat=te_laat,
        actie_deze_week=actief and _actie(facts, termijn, today, week_einde, te_laat),
        waarschuwingen=len(traject_warnings(facts, today)),
        laatste_contact=max(held, default=None),
        uren=round(urenbesteding(facts).totaal_uren, 1),
        actief=actief,
        zoektekst=basis.zoektekst,
    )


_TE_DOEN = (StepStatus.NEXT, StepStatus.OPEN)


def _fase_label(facts: TrajectFacts, volgende: StepState | None) -> str:
    if not facts.actief:
        return GESTOPT
    return volgende.fase.label if volgende else AFGEROND


def _actie(
    facts: TrajectFacts, termijn: StepState | None, today: date, einde: date, te_laat: bool
) -> bool:
    """Overdue, a step due by Sunday, or a visit planned from today to Sunday."""
    if te_laat:
        return True
    uiterste = termijn.uiterste_datum if termijn else None
    if uiterste is not None and uiterste <= einde:
        return True
    return any(
        c.status is ContactStatus.GEPLAND and today <= c.datum <= einde for c in facts.contacten
    )


def fase_keuzes() -> list[tuple[str, str]]:
    """(value, Dutch label) of every phase filter: the four phases, then the ended states."""
    keuzes = [(fase.value, fase.label) for fase in Fase]
    return [*keuzes, (AFGEROND, AFGEROND), (GESTOPT, GESTOPT), (GEEN_TRAJECT, GEEN_TRAJECT)]


def fase_waarde(regel: CaseloadRegel) -> str:
    """The value of `regel` for the phase filter of `fase_keuzes`."""
    return regel.fase.value if regel.fase is not None else regel.fase_label
