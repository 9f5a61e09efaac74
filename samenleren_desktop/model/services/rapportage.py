"""The figures of the coordinator's report over a period, optionally per school or begeleider.

The PDF report, its CSV and the coordinator's overview in the GUI all take their numbers from
`rapportcijfers`, so they always agree. Everything is read in a fixed number of queries (not one
per traject), so a report over a thousand trajecten stays quick.

Which trajecten count: a traject is in the period when it was running on some day of it (signed
up on or before the last day, not ended before the first). Sign-ups count the trajecten whose
aanmelding falls in the period. Smiley scores, teacher evaluations, contra-indications and
referrals count when they belong to a traject in the selection.
"""

from __future__ import annotations

import statistics
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from samenleren_desktop.model.entities import (
    Begeleider,
    Contactmoment,
    Contraindicatie,
    Gezin,
    Kind,
    PlanDoel,
    School,
    SmileyScore,
    Traject,
    TrajectBegeleider,
    Verwijzing,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import (
    NORM_UREN,
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
    StepStatus,
    Stopzetting,
    TrajectFacts,
    trajectpijl,
    urenbesteding,
)
from samenleren_desktop.model.rules import SmileyScore as SmileyFeit

LEERKRACHT_EVALUATIE = "evaluatie_leerkracht"
LEERKRACHT_SMILEYS = ("contact_ouder", "betrokkenheid", "samenwerking_begeleider")


@dataclass(frozen=True)
class RapportFilter:
    """Which trajecten a report is about.

    Attributes:
        van, tot: the first and last day of the period (both included).
        school_id: only families with a child at this school.
        begeleider_id: only trajecten this begeleider is (or was) assigned to.
    """

    van: date
    tot: date
    school_id: uuid.UUID | None = None
    begeleider_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if self.tot < self.van:
            raise ValidationError(
                "De einddatum ligt vóór de begindatum. Kies een einddatum na de begindatum.",
                field="tot",
            )


@dataclass(frozen=True)
class SmileyVoortgang:
    """The smiley scores of one goal: the mean per moment and how many went up."""

    doel: int
    gemiddeld: dict[str, float | None]
    aantal: dict[str, int]
    vooruit: int
    gelijk: int
    achteruit: int


@dataclass(frozen=True)
class OpTijd:
    """Whether a step with a due date (nazorg, follow-up) was done in time.

    Attributes:
        op_tijd: done on or before the last acceptable day.
        te_laat: done after it.
        achterstallig: not done, and the last acceptable day has passed.
        nog_niet: not done yet and not yet due.
    """

    op_tijd: int = 0
    te_laat: int = 0
    achterstallig: int = 0
    nog_niet: int = 0

    @property
    def gedaan(self) -> int:
        """Done at all."""
        return self.op_tijd + self.te_laat


@dataclass(frozen=True)
class Uren:
    """Hours spent against the norm of 50 hours per traject."""

    trajecten: int
    totaal_uren: float
    gemiddeld_uren: float
    boven_norm: int
    afgesloten_gemiddeld_uren: float | None
    norm_uren: int = NORM_UREN


@dataclass(frozen=True)
class LeerkrachtEvaluaties:
    """The teachers' evaluations per traject: how many, mean smileys, would sign up again."""

    aantal: int
    gemiddeld: dict[str, float | None]
    contact_veranderd: dict[str, int]
    opnieuw_aanmelden_ja: int
    opnieuw_aanmelden_beantwoord: int = 0
    """How many answered "would you sign up again?" at all (the "van" of "1 van 4")."""


@dataclass(frozen=True)
class Rapportcijfers:
    """Every figure of one coordinator's report."""

    filter: RapportFilter
    trajecten: int
    per_status: dict[str, int]
    aanmeldingen_per_bron: dict[str, int]
    doelen_gekozen: dict[int, int]
    smileys: list[SmileyVoortgang]
    uren: Uren
    nazorg: OpTijd
    follow_up: OpTijd
    leerkrachten: LeerkrachtEvaluaties
    contra_indicaties: dict[str, int]
    contra_besluiten: dict[str, int]
    verwijzingen: dict[str, int]
    warme_overdrachten: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Achterstand:
    """One traject in the coordinator's list: its coach, next step and overdue steps."""

    traject_id: uuid.UUID
    gezin_id: uuid.UUID
    gezin: str
    begeleiders: str
    status: str
    volgende_stap: str
    te_laat: tuple[str, ...]


@dataclass(frozen=True)
class TrajectGegevens:
    """One traject with the records the report looks at, and its facts for the rules."""

    traject: Traject
    facts: TrajectFacts
    doelen: list[PlanDoel]
    scores: list[SmileyScore]
    antwoorden: list[VragenlijstAntwoord]
    zorgen: list[Contraindicatie]
    verwijzingen: list[Verwijzing]
    begeleiders: list[uuid.UUID]


def _by_traject(session: Session, entity: Any, ids: set[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
    """All rows of `entity` of the given trajecten, grouped by traject (one query)."""
    grouped: dict[uuid.UUID, list[Any]] = defaultdict(list)
    if not ids:
        return grouped
    for row in session.exec(select(entity)).all():
        if row.traject_id in ids:
            grouped[row.traject_id].append(row)
    return grouped


def _facts(traject: Traject, rows: dict[str, list[Any]]) -> TrajectFacts:
    """The same facts as `feiten.traject_facts`, from rows already loaded."""
    contacten = sorted(rows["contacten"], key=lambda c: c.datum)
    intake = [a for a in rows["antwoorden"] if a.vragenlijst == "intake_ouder"]
    besluit = max(intake, key=lambda a: a.created_at).antwoorden.get("besluit") if intake else None
    gestopt = None
    if traject.status == "afgebroken":
        gestopt = Stopzetting(traject.eind_datum or traject.aanmeld_datum, traject.reden_einde)
    return TrajectFacts(
        aanmeld_datum=traject.aanmeld_datum,
        contacten=tuple(
            Contact(
                soort=ContactSoort(c.soort),
                datum=c.datum,
                status=ContactStatus(c.status),
                setting=Setting(c.setting),
                doelen=frozenset(c.doelen),
                duur_minuten=c.duur_minuten,
                reistijd_minuten=c.reistijd_minuten,
                tijd=c.tijd,
            )
            for c in contacten
        ),
        doelen=tuple(DoelKeuze(d.doel, d.gekozen_op, d.gestopt_op) for d in rows["doelen"]),
        smileys=tuple(SmileyFeit(s.doel, Moment(s.moment), s.waarde) for s in rows["scores"]),
        open_contra_indicaties=tuple(z.soort for z in rows["zorgen"] if z.opgelost_op is None),
        intake_besluit=IntakeBesluit(besluit) if besluit in set(IntakeBesluit) else None,
        registratie_minuten=traject.registratie_minuten,
        overgeslagen=tuple(
            SkippedStep(Stap(stap), reden) for stap, reden in sorted(traject.overgeslagen.items())
        ),
        gestopt=gestopt,
    )


_TABLES: dict[str, Any] = {
    "contacten": Contactmoment,
    "doelen": PlanDoel,
    "scores": SmileyScore,
    "antwoorden": VragenlijstAntwoord,
    "zorgen": Contraindicatie,
    "verwijzingen": Verwijzing,
    "begeleiders": TrajectBegeleider,
}


def load_trajecten(session: Session, trajecten: Sequence[Traject]) -> list[TrajectGegevens]:
    """The trajecten with their records, in one query per table."""
    ids = {t.id for t in trajecten}
    loaded = {name: _by_traject(session, entity, ids) for name, entity in _TABLES.items()}
    result = []
    for traject in trajecten:
        rows = {name: loaded[name].get(traject.id, []) for name in _TABLES}
        result.append(
            TrajectGegevens(
                traject=traject,
                facts=_facts(traject, rows),
                doelen=rows["doelen"],
                scores=rows["scores"],
                antwoorden=rows["antwoorden"],
                zorgen=rows["zorgen"],
                verwijzingen=rows["verwijzingen"],
                begeleiders=[b.begeleider_id for b in rows["begeleiders"]],
            )
        )
    return result


def _selected(session: Session, filter_: RapportFilter) -> list[Traject]:
    query = select(Traject).where(col(Traject.aanmeld_datum) <= filter_.tot)
    trajecten = [
        t for t in session.exec(query).all() if t.eind_datum is None or t.eind_datum >= filter_.van
    ]
    if filter_.school_id is not None:
        kinderen = select(Kind.gezin_id).where(Kind.school_id == filter_.school_id)
        gezinnen = set(session.exec(kinderen).all())
        trajecten = [t for t in trajecten if t.gezin_id in gezinnen]
    if filter_.begeleider_id is not None:
        koppeling = select(TrajectBegeleider.traject_id).where(
            TrajectBegeleider.begeleider_id == filter_.begeleider_id
        )
        ids = set(session.exec(koppeling).all())
        trajecten = [t for t in trajecten if t.id in ids]
    return sorted(trajecten, key=lambda t: (t.aanmeld_datum, str(t.id)))


def _mean(values: Sequence[float]) -> float | None:
    return round(statistics.fmean(values), 2) if values else None


def _smileys(scores: Iterable[SmileyScore]) -> list[SmileyVoortgang]:
    """Per goal: the mean per moment, and per traject whether the last score beat the first."""
    per_doel: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    per_traject: dict[tuple[uuid.UUID, int], dict[str, int]] = defaultdict(dict)
    for score in sorted(scores, key=lambda s: (s.datum, s.created_at)):
        per_doel[score.doel][score.moment].append(score.waarde)
        per_traject[(score.traject_id, score.doel)][score.moment] = score.waarde
    result = []
    for doel in sorted(per_doel):
        changes = Counter[str]()
        for (_, d), waarden in per_traject.items():
            if d != doel or Moment.START.value not in waarden:
                continue
            last = waarden.get(Moment.EIND.value, waarden.get(Moment.TUSSEN.value))
            if last is not None:
                start = waarden[Moment.START.value]
                changes["up" if last > start else "same" if last == start else "down"] += 1
        moments = [m.value for m in Moment]
        result.append(
            SmileyVoortgang(
                doel=doel,
                gemiddeld={m: _mean(per_doel[doel][m]) for m in moments},
                aantal={m: len(per_doel[doel][m]) for m in moments},
                vooruit=changes["up"],
                gelijk=changes["same"],
                achteruit=changes["down"],
            )
        )
    return result


def _op_tijd(pijlen: Iterable[list[StepState]], stap: Stap, today: date) -> OpTijd:
    counts = Counter[str]()
    for pijl in pijlen:
        state = next(s for s in pijl if s.stap is stap)
        if state.termijn is None or state.status is StepStatus.SKIPPED:
            continue
        if state.status is StepStatus.DONE and state.gedaan_op is not None:
            late = state.gedaan_op > state.termijn.uiterste
            counts["te_laat" if late else "op_tijd"] += 1
        elif state.termijn.te_laat(today):
            counts["achterstallig"] += 1
        else:
            counts["nog_niet"] += 1
    return OpTijd(**counts)


def _uren(gegevens: Sequence[TrajectGegevens]) -> Uren:
    besteed = [urenbesteding(g.facts) for g in gegevens]
    afgesloten = [
        urenbesteding(g.facts).totaal_uren for g in gegevens if g.traject.status == "afgesloten"
    ]
    totaal = sum(b.totaal_minuten for b in besteed) / 60
    return Uren(
        trajecten=len(besteed),
        totaal_uren=round(totaal, 2),
        gemiddeld_uren=round(totaal / len(besteed), 2) if besteed else 0.0,
        boven_norm=sum(1 for b in besteed if b.boven_norm),
        afgesloten_gemiddeld_uren=_mean(afgesloten),
    )


def _leerkrachten(antwoorden: Iterable[VragenlijstAntwoord]) -> LeerkrachtEvaluaties:
    lijst = [a for a in antwoorden if a.vragenlijst == LEERKRACHT_EVALUATIE]
    gemiddeld = {
        vraag: _mean(
            [float(a.antwoorden[vraag]) for a in lijst if isinstance(a.antwoorden.get(vraag), int)]
        )
        for vraag in LEERKRACHT_SMILEYS
    }
    veranderd = Counter(str(a.antwoorden.get("contact_veranderd", "onbekend")) for a in lijst)
    return LeerkrachtEvaluaties(
        aantal=len(lijst),
        gemiddeld=gemiddeld,
        contact_veranderd=dict(sorted(veranderd.items())),
        opnieuw_aanmelden_ja=sum(1 for a in lijst if a.antwoorden.get("opnieuw_aanmelden") == "ja"),
        opnieuw_aanmelden_beantwoord=sum(
            1 for a in lijst if a.antwoorden.get("opnieuw_aanmelden") not in (None, "")
        ),
    )


def rapportcijfers(session: Session, filter_: RapportFilter, today: date) -> Rapportcijfers:
    """All figures of the report for the trajecten that `filter_` selects."""
    gegevens = load_trajecten(session, _selected(session, filter_))
    trajecten = [g.traject for g in gegevens]
    pijlen = [trajectpijl(g.facts, today) for g in gegevens]
    bronnen = Counter(t.aanmeld_bron for t in trajecten if filter_.van <= t.aanmeld_datum)
    return Rapportcijfers(
        filter=filter_,
        trajecten=len(trajecten),
        per_status=dict(Counter(t.status for t in trajecten)),
        aanmeldingen_per_bron=dict(bronnen),
        doelen_gekozen=dict(sorted(Counter(d.doel for g in gegevens for d in g.doelen).items())),
        smileys=_smileys(s for g in gegevens for s in g.scores),
        uren=_uren(gegevens),
        nazorg=_op_tijd(pijlen, Stap.NAZORG, today),
        follow_up=_op_tijd(pijlen, Stap.FOLLOW_UP, today),
        leerkrachten=_leerkrachten(a for g in gegevens for a in g.antwoorden),
        contra_indicaties=dict(Counter(z.soort for g in gegevens for z in g.zorgen)),
        contra_besluiten=dict(Counter(z.besluit or "nog_geen" for g in gegevens for z in g.zorgen)),
        verwijzingen=dict(Counter(v.stap for g in gegevens for v in g.verwijzingen)),
        warme_overdrachten=sum(
            1 for g in gegevens for v in g.verwijzingen if v.warme_overdracht_op is not None
        ),
    )


def achterstanden(session: Session, filter_: RapportFilter, today: date) -> list[Achterstand]:
    """Every selected traject with its coaches, next step and the steps that are overdue."""
    gegevens = load_trajecten(session, _selected(session, filter_))
    namen = dict(session.exec(select(Begeleider.id, Begeleider.naam)).all())
    gezinnen = dict(session.exec(select(Gezin.id, Gezin.naam)).all())
    rows = []
    for g in gegevens:
        pijl = trajectpijl(g.facts, today)
        volgende = next((s.label for s in pijl if s.status is StepStatus.NEXT), "")
        rows.append(
            Achterstand(
                traject_id=g.traject.id,
                gezin_id=g.traject.gezin_id,
                gezin=gezinnen.get(g.traject.gezin_id, ""),
                begeleiders=", ".join(sorted(namen.get(b, "") for b in g.begeleiders)),
                status=g.traject.status,
                volgende_stap=volgende,
                te_laat=tuple(s.label for s in pijl if s.overdue),
            )
        )
    return sorted(rows, key=lambda r: (r.begeleiders, -len(r.te_laat), r.gezin))


__all__ = [
    "AFGERONDE_STATUSSEN",
    "Achterstand",
    "Keuze",
    "LeerkrachtEvaluaties",
    "OpTijd",
    "RapportFilter",
    "Rapportcijfers",
    "SmileyVoortgang",
    "TrajectGegevens",
    "Uren",
    "achterstanden",
    "afgeronde_trajecten",
    "load_trajecten",
    "rapportcijfers",
    "scholen_en_begeleiders",
]


@dataclass(frozen=True)
class Keuze:
    """An id with the name to show, for filter lists."""

    id: uuid.UUID
    naam: str


def scholen_en_begeleiders(session: Session) -> tuple[list[Keuze], list[Keuze]]:
    """The schools and the coaches of the workspace, by name, for the report filters."""
    scholen = session.exec(select(School).order_by(col(School.naam))).all()
    begeleiders = session.exec(select(Begeleider).order_by(col(Begeleider.naam))).all()
    return [Keuze(s.id, s.naam) for s in scholen], [Keuze(b.id, b.naam) for b in begeleiders]


AFGERONDE_STATUSSEN = ("nazorg", "afgesloten")


def afgeronde_trajecten(session: Session) -> list[Keuze]:
    """Trajecten past their afronding (nazorg or afgesloten), with the family name."""
    query = (
        select(Traject.id, Gezin.naam)
        .join(Gezin, col(Gezin.id) == col(Traject.gezin_id))
        .where(col(Traject.status).in_(AFGERONDE_STATUSSEN))
        .order_by(col(Gezin.naam))
    )
    return [Keuze(tid, naam) for tid, naam in session.exec(query).all()]
