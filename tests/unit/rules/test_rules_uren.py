"""Hours spent against the norm of 50 hours."""

from __future__ import annotations

import pytest
from rules_factories import contact, traject

from samenleren_desktop.model.rules import (
    NORM_UREN,
    ContactSoort,
    ContactStatus,
    Urenbesteding,
    urenbesteding,
)


def test_empty_traject_spent_nothing() -> None:
    uren = urenbesteding(traject())
    assert uren == Urenbesteding(0, 0, 0, NORM_UREN)
    assert uren.fractie == 0.0
    assert uren.resterend_minuten == 50 * 60


def test_only_held_contacts_count_with_travel_and_registration() -> None:
    facts = traject(
        contact(ContactSoort.INTAKE, 1, duur=90, reis=30),
        contact(ContactSoort.KENNISMAKING, 4, duur=60, reis=30),
        contact(ContactSoort.INFORMATIEMAP, 8, duur=90, reis=30, status=ContactStatus.GEANNULEERD),
        contact(ContactSoort.INFORMATIEMAP, 9, duur=90, reis=30, status=ContactStatus.GEPLAND),
        registratie_minuten=150,
    )
    uren = urenbesteding(facts)
    assert (uren.bezoek_minuten, uren.reis_minuten, uren.registratie_minuten) == (150, 60, 150)
    assert uren.totaal_minuten == 360
    assert uren.totaal_uren == 6.0
    assert uren.norm_uren == 50
    assert uren.fractie == pytest.approx(0.12)
    assert not uren.boven_norm


def test_over_the_norm() -> None:
    facts = traject(contact(ContactSoort.OVERIG, 1, duur=0, reis=0), registratie_minuten=51 * 60)
    uren = urenbesteding(facts)
    assert uren.boven_norm
    assert uren.fractie == pytest.approx(1.02)
    assert uren.resterend_minuten == -60


def test_custom_norm() -> None:
    uren = urenbesteding(traject(registratie_minuten=600), norm_uren=40)
    assert uren.fractie == pytest.approx(0.25)
