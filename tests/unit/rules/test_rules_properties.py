"""Property-based tests: contacts are added one at a time with non-decreasing dates, and the
trajectpijl, the per-goal rule and the hours are recomputed after each addition.

What is asserted, precisely:
- never more than one step is next; exactly one is next when some step is neither done nor
  skipped, and it is the first such step on the arrow;
- done stays done: a step done before an addition is still done after it, on the same day;
- the next step never moves backwards along the arrow;
- tussenevaluatie_ready, once true, stays true;
- hours never decrease, and grow by exactly duration + travel when a held contact is added;
- when the contacts follow the arrow (each step's contacts dated on or after the previous step's),
  the days of the done steps never decrease along the arrow.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from rules_factories import AANMELDING, DEFAULT_SETTING, keuzes

from samenleren_desktop.model.rules import (
    Contact,
    ContactSoort,
    ContactStatus,
    IntakeBesluit,
    Setting,
    SkippedStep,
    Stap,
    StepState,
    StepStatus,
    Stopzetting,
    TrajectFacts,
    traject_warnings,
    trajectpijl,
    tussenevaluatie_ready,
    urenbesteding,
)
from samenleren_desktop.model.rules.stappen import AFSTEMMINGSSTAPPEN

SETTINGS = settings(max_examples=100, deadline=None)

AFSTEMMING_SOORTEN = [ContactSoort(s.value) for s in AFSTEMMINGSSTAPPEN]
AFRONDING_SOORTEN = [
    ContactSoort.EINDEVALUATIE,
    ContactSoort.AFSLUITENDE_ACTIVITEIT,
    ContactSoort.NAZORG,
    ContactSoort.FOLLOW_UP,
]


class _Builder:
    """Collects contacts with non-decreasing days, each maybe preceded by a cancelled one."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.day = AANMELDING
        self.contacten: list[Contact] = []

    def add(
        self,
        soort: ContactSoort,
        setting: Setting,
        doelen: frozenset[int] = frozenset(),
        gap: tuple[int, int] = (0, 6),
    ) -> None:
        step, cancel, duur, reis = self.draw(
            st.tuples(st.integers(*gap), st.integers(0, 9), st.integers(0, 120), st.integers(0, 60))
        )
        self.day += timedelta(days=step)
        if cancel == 0:
            self.contacten.append(
                Contact(soort, self.day, ContactStatus.GEANNULEERD, setting, doelen, duur, reis)
            )
            self.day += timedelta(days=1)
        self.contacten.append(
            Contact(soort, self.day, ContactStatus.GEHOUDEN, setting, doelen, duur, reis)
        )


@st.composite
def ordered_traject(draw: st.DrawFn) -> tuple[TrajectFacts, list[Contact]]:
    """A traject in arrow order, cut off at a random point; facts without contacts + contacts."""
    goals = sorted(draw(st.sets(st.integers(1, 8), min_size=1, max_size=5)))
    b = _Builder(draw)
    for soort in AFSTEMMING_SOORTEN:
        b.add(soort, DEFAULT_SETTING.get(soort, Setting.OUDER))
    required = [(g, s) for g in goals for s in (Setting.GEZIN, Setting.OUDER)]
    for goal, setting in draw(st.permutations(required)):
        b.add(ContactSoort.DOELBEZOEK, setting, frozenset({goal}))
    b.add(ContactSoort.TUSSENEVALUATIE, Setting.OUDER)
    for _ in range(draw(st.integers(0, 4))):
        extra = draw(st.sets(st.sampled_from(goals), min_size=1))
        b.add(ContactSoort.DOELBEZOEK, draw(st.sampled_from(Setting)), frozenset(extra))
    for soort in AFRONDING_SOORTEN:
        gap = {ContactSoort.NAZORG: (35, 60), ContactSoort.FOLLOW_UP: (120, 200)}.get(
            soort, (0, 14)
        )
        b.add(soort, DEFAULT_SETTING.get(soort, Setting.OUDER), gap=gap)
    cut = draw(st.integers(0, len(b.contacten)))
    return TrajectFacts(aanmeld_datum=AANMELDING, doelen=keuzes(*goals)), b.contacten[:cut]


_ROW = st.tuples(
    st.integers(0, 20),
    st.sampled_from(ContactSoort),
    st.sampled_from(ContactStatus),
    st.sampled_from(Setting),
    st.frozensets(st.integers(1, 8), max_size=3),
    st.integers(0, 120),
    st.integers(0, 60),
)
"""Gap in days since the previous contact, then the fields of a Contact."""


@st.composite
def random_traject(draw: st.DrawFn) -> tuple[TrajectFacts, list[Contact]]:
    """Any kinds, settings, goals and statuses in any order, with non-decreasing days."""
    goals = sorted(draw(st.sets(st.integers(1, 8), max_size=5)))
    skipped = draw(st.sets(st.sampled_from(list(Stap)[1:]), max_size=3))
    facts = TrajectFacts(
        aanmeld_datum=AANMELDING,
        doelen=keuzes(*goals),
        intake_besluit=draw(st.none() | st.sampled_from(IntakeBesluit)),
        overgeslagen=tuple(SkippedStep(s, "Reden van de begeleider.") for s in sorted(skipped)),
        gestopt=draw(st.none() | st.builds(Stopzetting, st.just(AANMELDING), st.just("Uitval."))),
        registratie_minuten=draw(st.integers(0, 600)),
    )
    rows = draw(st.lists(_ROW, max_size=25))
    day = AANMELDING
    contacten = []
    for gap, soort, status, setting, doelen, duur, reis in rows:
        day += timedelta(days=gap)
        contacten.append(Contact(soort, day, status, setting, doelen, duur, reis))
    return facts, contacten


def _check_single(pijl: list[StepState]) -> None:
    assert [s.stap for s in pijl] == list(Stap)
    nexts = [i for i, s in enumerate(pijl) if s.status is StepStatus.NEXT]
    pending = [i for i, s in enumerate(pijl) if s.status in (StepStatus.NEXT, StepStatus.OPEN)]
    assert len(nexts) <= 1
    assert nexts == pending[:1]
    assert pijl[0].status is StepStatus.DONE
    for s in pijl:
        assert (s.gedaan_op is not None) == (s.status is StepStatus.DONE)
        assert bool(s.reden) == (s.status is StepStatus.SKIPPED)
        assert not s.overdue or s.status in (StepStatus.NEXT, StepStatus.OPEN)


def _next_index(pijl: list[StepState]) -> int:
    return next((i for i, s in enumerate(pijl) if s.status is StepStatus.NEXT), len(pijl))


def _check_growth(facts: TrajectFacts, contacten: list[Contact], today: date) -> None:
    """Add the contacts one by one and check every property after each addition."""
    before = trajectpijl(facts, today)
    uren = urenbesteding(facts).totaal_minuten
    ready = tussenevaluatie_ready(facts)
    for contact in contacten:
        facts = facts.met_contact(contact)
        after = trajectpijl(facts, today)
        _check_single(after)
        for old, new in zip(before, after, strict=True):
            if old.status is StepStatus.DONE:
                assert new.status is StepStatus.DONE
                assert new.gedaan_op == old.gedaan_op
        assert _next_index(after) >= _next_index(before)
        new_uren = urenbesteding(facts).totaal_minuten
        grow = contact.duur_minuten + contact.reistijd_minuten if contact.gehouden else 0
        assert new_uren == uren + grow
        new_ready = tussenevaluatie_ready(facts)
        assert new_ready or not ready
        before, uren, ready = after, new_uren, new_ready


@SETTINGS
@given(ordered_traject(), st.integers(0, 500))
def test_growing_an_ordered_traject(case: tuple[TrajectFacts, list[Contact]], later: int) -> None:
    facts, contacten = case
    today = (contacten[-1].datum if contacten else AANMELDING) + timedelta(days=later)
    _check_growth(facts, contacten, today)


@SETTINGS
@given(ordered_traject())
def test_done_days_follow_the_arrow_when_visits_are_in_order(
    case: tuple[TrajectFacts, list[Contact]],
) -> None:
    facts, contacten = case
    full = TrajectFacts(aanmeld_datum=facts.aanmeld_datum, doelen=facts.doelen)
    for contact in contacten:
        full = full.met_contact(contact)
    pijl = trajectpijl(full, contacten[-1].datum if contacten else AANMELDING)
    days = [s.gedaan_op for s in pijl if s.gedaan_op is not None]
    assert days == sorted(days)
    done = [s.stap for s in pijl if s.status is StepStatus.DONE]
    assert done == list(Stap)[: len(done)]  # in order, nothing is done out of turn


@SETTINGS
@given(random_traject(), st.integers(0, 500))
def test_growing_any_traject(case: tuple[TrajectFacts, list[Contact]], later: int) -> None:
    facts, contacten = case
    today = (contacten[-1].datum if contacten else AANMELDING) + timedelta(days=later)
    _check_growth(facts, contacten, today)


@SETTINGS
@given(random_traject(), st.integers(0, 500))
def test_warnings_on_any_traject(case: tuple[TrajectFacts, list[Contact]], later: int) -> None:
    facts, contacten = case
    for contact in contacten:
        facts = facts.met_contact(contact)
    last = max([AANMELDING, *(c.datum for c in facts.contacten if c.gehouden)])
    today = last + timedelta(days=later)
    warnings = traject_warnings(facts, today)
    if not facts.actief:
        assert warnings == []
    if later <= 14:
        assert all(w.code.value != "geen_contact" for w in warnings)
    assert all(w.bericht for w in warnings)
