"""Concerns, referrals, the sociale kaart and consent, on a real encrypted workspace."""

from __future__ import annotations

import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date

import pytest
from sqlmodel import select

from samenleren_desktop.model.entities import (
    AuditEntry,
    Contraindicatie,
    OutboxChange,
    Partner,
    Toestemming,
    Verwijzing,
)
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.changes import Actor, Changes, record_changes
from samenleren_desktop.model.services.gezinnen import NieuweOuder, NieuwGezin, create_gezin
from samenleren_desktop.model.services.toestemming import (
    PNG_SIGNATURE,
    NieuweToestemming,
    record_toestemming,
    withdraw_toestemming,
)
from samenleren_desktop.model.services.trajecten import start_traject
from samenleren_desktop.model.services.zorg import (
    PartnerGegevens,
    advance_verwijzing,
    create_partner,
    decide_zorg,
    delete_partner,
    list_partners,
    record_zorg,
    resolve_zorg,
    start_verwijzing,
    update_partner,
    warme_overdracht,
    zorg_overzicht,
)
from samenleren_desktop.model.store.workspace import Workspace

AANMELDING = date(2026, 9, 7)
SANNE = Actor("sanne", "laptop")
FAKE_PNG = PNG_SIGNATURE + b"\x00" * 64


def _tx(workspace: Workspace) -> AbstractContextManager[Changes]:
    return record_changes(workspace, SANNE)


@dataclass(frozen=True)
class Setup:
    gezin_id: uuid.UUID
    traject_id: uuid.UUID
    ouder_id: uuid.UUID
    partner_id: uuid.UUID


@pytest.fixture
def setup(workspace: Workspace) -> Setup:
    with _tx(workspace) as changes:
        gezin = create_gezin(
            changes, NieuwGezin(naam="Gezin Dekker", ouders=[NieuweOuder("Fatma", "Dekker")])
        )
        traject = start_traject(changes, gezin.id, AANMELDING)
        partner = create_partner(changes, PartnerGegevens("Wijkteam Oost", soort="wijkteam"))
    with workspace.session() as session:
        overzicht = zorg_overzicht(session, traject.id)
    return Setup(gezin.id, traject.id, overzicht.ouders[0][0], partner.id)


def test_concern_decided_and_resolved(workspace: Workspace, setup: Setup) -> None:
    with _tx(workspace) as changes:
        zorg = record_zorg(changes, setup.traject_id, "hoge_stress", date(2026, 9, 10), " geld ")
        decide_zorg(changes, zorg.id, "uitstellen", date(2026, 9, 12))
        resolve_zorg(changes, zorg.id, date(2026, 10, 1))
    with workspace.session() as session:
        stored = session.exec(select(Contraindicatie)).one()
        regel = zorg_overzicht(session, setup.traject_id).zorgen[0]
        audit = session.exec(select(AuditEntry).where(AuditEntry.tabel == "contraindicatie")).all()
    assert (stored.besluit, stored.besluit_op, stored.opgelost_op) == (
        "uitstellen",
        date(2026, 9, 12),
        date(2026, 10, 1),
    )
    assert stored.toelichting == "geld"
    assert regel.soort_label.startswith("Veel stress")
    assert regel.besluit_label == "Uitstellen"
    assert [a.actie for a in audit] == ["create", "update", "update"]


@pytest.mark.parametrize(
    ("soort", "datum", "toelichting", "field"),
    [
        ("ruzie", date(2026, 9, 10), "", "soort"),
        ("anders", date(2026, 9, 1), "", "gesignaleerd_op"),
        ("anders", date(2026, 9, 10), "x" * 2_001, "toelichting"),
    ],
)
def test_bad_concern_is_refused(
    workspace: Workspace, setup: Setup, soort: str, datum: date, toelichting: str, field: str
) -> None:
    with pytest.raises(ValidationError) as raised, _tx(workspace) as changes:
        record_zorg(changes, setup.traject_id, soort, datum, toelichting)
    assert raised.value.field == field
    assert "te lang" in raised.value.message or field != "toelichting"
    with workspace.session() as session:
        assert session.exec(select(Contraindicatie)).all() == []


def test_decision_must_be_known_and_not_before_signal(workspace: Workspace, setup: Setup) -> None:
    with _tx(workspace) as changes:
        zorg = record_zorg(changes, setup.traject_id, "anders", date(2026, 9, 10))
    with (
        pytest.raises(ValidationError, match="starten, uitstellen"),
        record_changes(workspace, SANNE) as changes,
    ):
        decide_zorg(changes, zorg.id, "misschien", date(2026, 9, 12))
    with pytest.raises(ValidationError, match="vóór"), _tx(workspace) as changes:
        decide_zorg(changes, zorg.id, "start", date(2026, 9, 9))


def test_referral_to_warm_handover_needs_consent(workspace: Workspace, setup: Setup) -> None:
    with _tx(workspace) as changes:
        verwijzing = start_verwijzing(
            changes, setup.traject_id, setup.partner_id, "Geldzorgen", date(2026, 9, 20)
        )
        advance_verwijzing(changes, verwijzing.id, "benoemen")
        advance_verwijzing(changes, verwijzing.id, "zorg_uiten")
    with (
        pytest.raises(ValidationError, match="nog geen toestemming") as raised,
        record_changes(workspace, SANNE) as changes,
    ):
        warme_overdracht(changes, verwijzing.id, date(2026, 10, 1))
    assert "Wijkteam Oost" in raised.value.message
    with _tx(workspace) as changes:
        toestemming = record_toestemming(
            changes,
            setup.gezin_id,
            NieuweToestemming(
                setup.ouder_id, "overdracht_partner", date(2026, 9, 30), "papier", setup.partner_id
            ),
        )
        warme_overdracht(changes, verwijzing.id, date(2026, 10, 1))
    with workspace.session() as session:
        stored = session.exec(select(Verwijzing)).one()
        regel = zorg_overzicht(session, setup.traject_id).verwijzingen[0]
    assert stored.stap == "warme_overdracht"
    assert stored.warme_overdracht_op == date(2026, 10, 1)
    assert stored.toestemming_id == toestemming.id
    assert (regel.partner_naam, regel.stap_label) == ("Wijkteam Oost", "Warme overdracht")


def test_withdrawn_or_other_partner_consent_does_not_count(
    workspace: Workspace, setup: Setup
) -> None:
    with _tx(workspace) as changes:
        other = create_partner(changes, PartnerGegevens("Taalhuis"))
        verwijzing = start_verwijzing(
            changes, setup.traject_id, setup.partner_id, "Taal", date(2026, 9, 20)
        )
        for partner_id in (other.id, setup.partner_id):
            toestemming = record_toestemming(
                changes,
                setup.gezin_id,
                NieuweToestemming(
                    setup.ouder_id, "overdracht_partner", date(2026, 9, 21), "mondeling", partner_id
                ),
            )
        withdraw_toestemming(changes, toestemming.id, date(2026, 9, 25))
    with pytest.raises(ValidationError, match="nog geen toestemming"), _tx(workspace) as changes:
        warme_overdracht(changes, verwijzing.id, date(2026, 10, 1))


def test_referral_steps_only_go_forward(workspace: Workspace, setup: Setup) -> None:
    with _tx(workspace) as changes:
        verwijzing = start_verwijzing(
            changes, setup.traject_id, setup.partner_id, "Reden", date(2026, 9, 20)
        )
        advance_verwijzing(changes, verwijzing.id, "zorg_uiten")
    with (
        pytest.raises(ValidationError, match="al bij 'Zorg uiten'"),
        record_changes(workspace, SANNE) as changes,
    ):
        advance_verwijzing(changes, verwijzing.id, "benoemen")
    with pytest.raises(ValidationError, match="reden"), _tx(workspace) as changes:
        start_verwijzing(changes, setup.traject_id, setup.partner_id, "  ", date(2026, 9, 20))


def test_signed_consent_needs_png_and_paper_needs_none(workspace: Workspace, setup: Setup) -> None:
    for handtekening in (None, b"not a png"):
        with pytest.raises(ValidationError) as raised, _tx(workspace) as changes:
            record_toestemming(
                changes,
                setup.gezin_id,
                NieuweToestemming(
                    setup.ouder_id,
                    "verwerking",
                    date(2026, 9, 8),
                    "handtekening",
                    handtekening=handtekening,
                ),
            )
        assert raised.value.field == "handtekening"
    with _tx(workspace) as changes:
        record_toestemming(
            changes,
            setup.gezin_id,
            NieuweToestemming(
                setup.ouder_id, "verwerking", date(2026, 9, 8), "handtekening", None, FAKE_PNG
            ),
        )
        record_toestemming(
            changes,
            setup.gezin_id,
            NieuweToestemming(setup.ouder_id, "contact_school", date(2026, 9, 8), "papier"),
        )
    with workspace.session() as session:
        stored = {t.wijze: t.handtekening for t in session.exec(select(Toestemming)).all()}
        outbox = session.exec(select(OutboxChange).where(OutboxChange.tabel == "toestemming")).all()
    assert stored == {"handtekening": FAKE_PNG, "papier": None}
    assert len(outbox) == 2


def test_consent_refuses_parent_of_other_family_and_handover_without_partner(
    workspace: Workspace, setup: Setup
) -> None:
    with (
        pytest.raises(ValidationError, match="ouder van dit gezin"),
        record_changes(workspace, SANNE) as changes,
    ):
        record_toestemming(
            changes,
            setup.gezin_id,
            NieuweToestemming(uuid.uuid4(), "verwerking", date(2026, 9, 8)),
        )
    with pytest.raises(ValidationError, match="partner"), _tx(workspace) as changes:
        record_toestemming(
            changes,
            setup.gezin_id,
            NieuweToestemming(setup.ouder_id, "overdracht_partner", date(2026, 9, 8)),
        )


def test_partners_edit_search_and_delete(workspace: Workspace, setup: Setup) -> None:
    with _tx(workspace) as changes:
        taal = create_partner(changes, PartnerGegevens("Taalhuis", soort="taal", regio="Gouda"))
        update_partner(changes, taal.id, PartnerGegevens("Taalhuis Gouda", "taal", "Gouda"))
    with workspace.session() as session:
        assert [p.naam for p in list_partners(session)] == ["Taalhuis Gouda", "Wijkteam Oost"]
        assert [p.naam for p in list_partners(session, "GOUDA taal")] == ["Taalhuis Gouda"]
        assert [p.naam for p in list_partners(session, "wijk")] == ["Wijkteam Oost"]
    with _tx(workspace) as changes:
        delete_partner(changes, taal.id)
    with workspace.session() as session:
        assert [p.naam for p in list_partners(session)] == ["Wijkteam Oost"]


def test_partner_in_use_cannot_be_deleted(workspace: Workspace, setup: Setup) -> None:
    with _tx(workspace) as changes:
        start_verwijzing(changes, setup.traject_id, setup.partner_id, "Reden", date(2026, 9, 20))
    with (
        pytest.raises(ValidationError, match="kan niet weg"),
        record_changes(workspace, SANNE) as changes,
    ):
        delete_partner(changes, setup.partner_id)
    with workspace.session() as session:
        assert session.get(Partner, setup.partner_id) is not None


@pytest.mark.parametrize(
    ("gegevens", "field"),
    [
        (PartnerGegevens(""), "naam"),
        (PartnerGegevens("x" * 201), "naam"),
        (PartnerGegevens("Huisarts", email="geen-adres"), "email"),
        (PartnerGegevens("Huisarts", telefoon="0" * 31), "telefoon"),
    ],
)
def test_bad_partner_is_refused(
    workspace: Workspace, setup: Setup, gegevens: PartnerGegevens, field: str
) -> None:
    with pytest.raises(ValidationError) as raised, _tx(workspace) as changes:
        update_partner(changes, setup.partner_id, gegevens)
    assert raised.value.field == field
    with workspace.session() as session:
        assert session.get(Partner, setup.partner_id).naam == "Wijkteam Oost"  # type: ignore[union-attr]
