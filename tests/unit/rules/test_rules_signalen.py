"""Warnings for the coach."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from rules_factories import (
    afstemmingsfase,
    contact,
    dag,
    gezin,
    ouder,
    scores,
    traject,
    volledig_traject,
)

from samenleren_desktop.model.rules import (
    ContactSoort,
    DoelKeuze,
    IntakeBesluit,
    Moment,
    Stap,
    Stopzetting,
    TrajectWarning,
    WarningCode,
    add_months,
    state_of,
    traject_warnings,
    trajectpijl,
)


def codes(warnings: list[TrajectWarning]) -> list[WarningCode]:
    return [w.code for w in warnings]


def test_complete_traject_on_time_has_no_warnings() -> None:
    facts = volledig_traject()
    assert traject_warnings(facts, facts.contacten[-1].datum) == []


def test_open_contra_indication() -> None:
    facts = traject(open_contra_indicaties=("Veel stress door schulden.",))
    (warning,) = traject_warnings(facts, dag(1))
    assert warning.code is WarningCode.CONTRA_INDICATIE_OPEN
    assert warning.bericht == "Contra-indicatie nog niet opgelost: Veel stress door schulden."
    assert warning.stap is Stap.INTAKE


def test_no_contact_for_two_weeks() -> None:
    facts = traject(contact(ContactSoort.INTAKE, 1))
    assert traject_warnings(facts, dag(15)) == []
    (warning,) = traject_warnings(facts, dag(16))
    assert warning.code is WarningCode.GEEN_CONTACT
    assert warning.bericht == "Al 15 dagen geen contact met het gezin."


def test_no_contact_since_aanmelding_counts_too() -> None:
    assert codes(traject_warnings(traject(), dag(15))) == [WarningCode.GEEN_CONTACT]


def test_no_contact_warning_stops_after_the_afsluitende_activiteit() -> None:
    facts = volledig_traject()
    last = facts.contacten[-1].datum
    assert WarningCode.GEEN_CONTACT not in codes(traject_warnings(facts, last + timedelta(30)))


def test_afstemmingsfase_longer_than_five_weeks() -> None:
    facts = traject(*afstemmingsfase()[:5], contact(ContactSoort.OVERIG, 30))
    assert traject_warnings(facts, dag(36)) == []
    (warning,) = traject_warnings(facts, dag(37))
    assert warning.code is WarningCode.AFSTEMMING_TE_LANG
    assert warning.stap is Stap.PLAN_VAN_AANPAK
    assert "uiterlijk 13-02-2024 besproken" in warning.bericht  # intake on 09-01-2024


def test_missing_start_scores_once_plan_van_aanpak_is_done() -> None:
    facts = traject(*afstemmingsfase(), doelen=(1, 2, 3), smileys=scores(Moment.START, 2))
    warnings = traject_warnings(facts, dag(17))
    assert codes(warnings) == [WarningCode.SMILEY_ONTBREEKT] * 2
    assert [(w.doel, w.moment) for w in warnings] == [(1, Moment.START), (3, Moment.START)]
    assert warnings[0].bericht == "Smileyscore bij de start ontbreekt voor doel 1."
    before = traject(*afstemmingsfase()[:5], doelen=(1, 2, 3))
    assert traject_warnings(before, dag(14)) == []


def test_missing_tussen_and_eind_scores() -> None:
    facts = dataclasses.replace(volledig_traject(doelen=(1, 6)), smileys=scores(Moment.START, 1, 6))
    warnings = traject_warnings(facts, facts.contacten[-1].datum)
    assert [(w.doel, w.moment, w.stap) for w in warnings] == [
        (1, Moment.TUSSEN, Stap.TUSSENEVALUATIE),
        (6, Moment.TUSSEN, Stap.TUSSENEVALUATIE),
        (1, Moment.EIND, Stap.EINDEVALUATIE),
        (6, Moment.EIND, Stap.EINDEVALUATIE),
    ]
    assert warnings[-1].bericht == "Smileyscore bij de eindevaluatie ontbreekt voor doel 6."


def test_goal_added_after_tussenevaluatie_needs_no_tussen_score() -> None:
    facts = traject(
        *afstemmingsfase(),
        gezin(20, 1),
        ouder(22, 1),
        contact(ContactSoort.TUSSENEVALUATIE, 25),
        doelen=[1],
        smileys=(*scores(Moment.START, 1, 7), *scores(Moment.TUSSEN, 1)),
    )
    later = DoelKeuze(doel=7, gekozen_op=dag(26))
    facts = dataclasses.replace(facts, doelen=(*facts.doelen, later))
    assert traject_warnings(facts, dag(27)) == []


def test_nazorg_and_follow_up_late() -> None:
    facts = volledig_traject()
    eind = state_of(trajectpijl(facts, dag(0)), Stap.EINDEVALUATIE).gedaan_op
    assert eind is not None
    nazorg_late = traject_warnings(facts, eind + timedelta(days=57))
    assert codes(nazorg_late) == [WarningCode.NAZORG_TE_LAAT]
    assert nazorg_late[0].stap is Stap.NAZORG
    both = traject_warnings(facts, add_months(eind, 6) + timedelta(days=29))
    assert codes(both) == [WarningCode.NAZORG_TE_LAAT, WarningCode.FOLLOW_UP_TE_LAAT]
    assert both[1].bericht.startswith("Het follow-up gesprek is te laat: gepland rond ")


def test_inactive_trajecten_give_no_warnings() -> None:
    stopped = traject(
        open_contra_indicaties=("Geen gemeenschappelijke taal.",),
        gestopt=Stopzetting(dag(3), "Gezin wil niet verder."),
    )
    assert traject_warnings(stopped, dag(100)) == []
    postponed = traject(
        contact(ContactSoort.INTAKE, 1),
        intake_besluit=IntakeBesluit.UITSTELLEN,
        open_contra_indicaties=("Veel stress.",),
    )
    assert traject_warnings(postponed, dag(100)) == []
