"""Validation helpers: Dutch messages and the field that is wrong."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rules_factories import AANMELDING, contact, dag, gezin, traject, volledig_traject

from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import (
    Contact,
    ContactSoort,
    DoelKeuze,
    Moment,
    SkippedStep,
    SmileyScore,
    Stap,
    check_contact,
    check_contact_datum,
    check_doel,
    check_facts,
    check_smiley_waarde,
)


def test_contact_before_aanmelding_is_an_error() -> None:
    with pytest.raises(ValidationError) as info:
        check_contact_datum(dag(-1), AANMELDING)
    assert info.value.field == "datum"
    assert (
        info.value.message
        == "De datum van het contact (07-01-2024) ligt vóór de aanmelding (08-01-2024)."
    )
    check_contact_datum(AANMELDING, AANMELDING)


@given(st.integers(min_value=-1000, max_value=1000))
def test_smiley_values_one_to_five(waarde: int) -> None:
    if 1 <= waarde <= 5:
        check_smiley_waarde(waarde)
        return
    with pytest.raises(ValidationError) as info:
        check_smiley_waarde(waarde)
    assert info.value.field == "waarde"


@given(st.integers(min_value=-100, max_value=100))
def test_goal_numbers_one_to_eight(doel: int) -> None:
    if 1 <= doel <= 8:
        check_doel(doel)
        return
    with pytest.raises(ValidationError, match="bestaat niet") as info:
        check_doel(doel)
    assert info.value.field == "doel"


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (contact(ContactSoort.INTAKE, -3), "datum"),
        (gezin(20, 9), "doel"),
        (contact(ContactSoort.DOELBEZOEK, 20), "doel"),
        (contact(ContactSoort.INTAKE, 1, duur=-5), "duur_minuten"),
        (contact(ContactSoort.INTAKE, 1, reis=-1), "reistijd_minuten"),
    ],
)
def test_check_contact_names_the_field(bad: Contact, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_contact(bad, AANMELDING)
    assert info.value.field == field


def test_a_valid_traject_passes() -> None:
    check_facts(volledig_traject())


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"smileys": (SmileyScore(doel=1, moment=Moment.START, waarde=6),)}, "waarde"),
        ({"smileys": (SmileyScore(doel=0, moment=Moment.START, waarde=3),)}, "doel"),
        ({"doelen": (DoelKeuze(doel=12, gekozen_op=dag(3)),)}, "doel"),
        ({"doelen": (DoelKeuze(doel=1, gekozen_op=dag(-3)),)}, "gekozen_op"),
        ({"doelen": (DoelKeuze(doel=1, gekozen_op=dag(5), vervallen_op=dag(4)),)}, "vervallen_op"),
        ({"overgeslagen": (SkippedStep(Stap.AANMELDING, "nvt"),)}, "stap"),
        ({"overgeslagen": (SkippedStep(Stap.TUSSENEVALUATIE, "  "),)}, "reden"),
        ({"registratie_minuten": -10}, "registratie_minuten"),
        ({"contacten": (contact(ContactSoort.OVERIG, -1),)}, "datum"),
    ],
)
def test_check_facts_finds_each_problem(change: dict[str, Any], field: str) -> None:
    facts = dataclasses.replace(traject(), **change)
    with pytest.raises(ValidationError) as info:
        check_facts(facts)
    assert info.value.field == field
    assert info.value.message
